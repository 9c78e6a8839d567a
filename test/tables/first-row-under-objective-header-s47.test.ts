/**
 * Session 47 (h-unread47), layout text (`pdftotext -layout`): a table without an Objective column
 * under its objective heading ("III. Managerial objectives" / "To deliver documents …" / the
 * header) lost its rows when the line right under the header read as prose — its two cells glued
 * by one space ("implement‐ a) Vacancies"), a hung bullet apart from its text — and ended the table
 * at once (TABLE_NO_ROWS, corpus11 val11j v11j-021 txt). The same with an objective numbered over a
 * repeated header ("9. To foster …", corpus8 val8h v8-011 txt: "informal   □ 38 trade …").
 * `firstRowUnderObjectiveHeader`: the line right under such a header (no blank line between) is
 * the objective's first row. Both document tests fail without the rule (checked: the call in
 * walkBodyLine disabled, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const MANAGERIAL = [
  "III. Managerial objectives",
  "To deliver documents to the legislative bodies by the slotted date",
  "Expected                                     Indicators",
  "accomplishments                              of achievement",
  "• Oversight recommendations implement‐ a) Vacancies filled in 184 days on average",
  "  ed within their deadlines",
  "• Staff from unrepresented Member",
  "  States recruited",
  "• Budget implemented within the ap‐",
  "  proved resources",
  "",
  "To ensure that staff complete the mandatory training courses",
  "Expected                                     Indicators",
  "accomplishments                              of achievement",
  "• Documents submitted within the slot‐       a) 88% of performance appraisals completed",
  "  ted dates                                     by the deadline",
  "",
  "",
  "IV. Challenges",
  "Funding arrives late in the year.",
].join("\n");

const REPEATED = [
  "8. To strengthen the productive capacity of least developed countries",
  "       EXPECTED ACCOMPLISHMENT                                 INDICATOR OF ACHIEVEMENT",
  "•   Voluntary national reviews informed by          □ 10 basin agreements supported by the commission.",
  "    regional analysis.                              □ 71 per cent of flagship publications downloaded more",
  "•   Graduation strategies prepared by least           than 1,000 times.",
  "    developed countries.",
  "",
  "",
  "",
  "9. To foster innovation policies and digital economy strategies",
  "      EXPECTED ACCOMPLISHMENT                                   INDICATOR OF ACHIEVEMENT",
  "•   Social protection floors extended to informal   □ 38 trade facilitation measures reported as implemented.",
  "    workers.                                        □ 57 per cent of flagship publications downloaded more",
  "                                                      than 1,000 times.",
  "",
  "",
  "",
  "III. Managerial objectives",
  "The managerial objectives below apply to every senior manager of the Secretariat.",
].join("\n");

describe("the line right under a header an objective heading opens (firstRowUnderObjectiveHeader)", () => {
  it("reads val11j v11j-021's first managerial table, its first line glued across the cells", () => {
    const rows = textRows(MANAGERIAL);
    expect(rows.map((r) => r.objective)).toEqual([
      "To deliver documents to the legislative bodies by the slotted date",
      "To ensure that staff complete the mandatory training courses",
    ]);
    // (The hyphenated words join by the document's lexicon, which this test does not load.)
    expect(rows[0]?.accomplishments).toHaveLength(3);
    expect(rows[0]?.accomplishments[0]).toMatch(/^Oversight recommendations implement‐? ?ed within their deadlines$/);
    expect(rows[0]?.accomplishments[1]).toBe("Staff from unrepresented Member States recruited");
    expect(rows[0]?.measures).toEqual(["Vacancies filled in 184 days on average"]);
  });

  it("reads val8h v8-011's objective numbered over the repeated header", () => {
    const rows = textRows(REPEATED);
    const row = rows.find((r) => r.objective === "To foster innovation policies and digital economy strategies");
    expect(row?.accomplishments).toEqual(["Social protection floors extended to informal workers."]);
    expect(row?.measures).toEqual([
      "38 trade facilitation measures reported as implemented.",
      "57 per cent of flagship publications downloaded more than 1,000 times.",
    ]);
  });
});
