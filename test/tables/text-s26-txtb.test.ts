/**
 * pdftotext -layout text (session 26, h-txtb). Each test fails without its rule:
 * `runEndMarkerOpenings` (src/tables/runEndMarkers.ts), `closesRunBracket`
 * (src/tables/closingBracket.ts) and `markerThenText` in `pageAnchors` (src/tables/columns.ts).
 */
import { describe, expect, it } from "vitest";
import { tableRows, textRows, textRowsWithValues } from "../support/table-rows.js";
import { textToLayout } from "../../src/extract/text.js";
import { readTextBoxTables } from "../../src/extract/box-tables.js";
import { readFileSync } from "node:fs";

describe("a list number glued one space to the end of the previous cell's run, where the column's list stands", () => {
  // The objective's longest line meets the accomplishments' column: pdftotext keeps one space and
  // moves "1." left, but "Claims …" stays on the column's text edge (corpus8 d8e-010, d8e-011).
  const text = [
    "Objectives                                      Expected accomplishments          Key performance indicators",
    "",
    "To improve the accuracy of property records      1.   Network services available     ▪   Network availability of 68 per cent.",
    "across field entities                                 to all field locations.        ▪   Claims settled within 89 days.",
    "                                                 2.   Property records reconciled.",
    "To shorten the time needed to onboard civilian 1.     Claims settled on schedule.    ▪   Requisitions fulfilled on time.",
    "personnel in the field                           2.   Vehicle holdings reviewed.     ▪   Vehicle holdings within ratios.",
    "                                                 3.   Purchase orders raised.",
  ].join("\n");

  it("reads the number as the accomplishment's marker, not the objective's last word", () => {
    const out = textRows(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To improve the accuracy of property records across field entities",
      "To shorten the time needed to onboard civilian personnel in the field",
    ]);
    expect(out[1]?.accomplishments).toEqual(["Claims settled on schedule.", "Vehicle holdings reviewed.", "Purchase orders raised."]);
  });

  it("keeps a number that ends a cell's sentence where no list of numbers stands beside it", () => {
    const plain = [
      "Objectives                     Expected accomplishments          Performance measures",
      "",
      "To improve service 2.          Better reports.                   Number of reports issued.",
      "To reduce delays               Faster replies.                   Days to reply.",
    ].join("\n");
    expect(textRows(plain)[0]?.objective).toBe("To improve service 2.");
  });
});

describe("a number closing a bracket its own run opened is no list marker hung before the next column", () => {
  // "(target: 32)" five spaces before the Risks column's bullet (corpus16 d16-001).
  const text = [
    "Outcomes                                                       Performance measures                                  Risks and mitigations",
    "",
    "▪ Good offices missions undertaken before and after          ▪ Country teams aligning their frameworks with the      ▪ Staff turnover in partner institutions; mitigation:",
    "  elections                                                    Sahel strategy: 47 per cent                             training of trainers",
    "▪ Regional action plan against drug trafficking              ▪ Women mediators trained and deployed (target: 32)     ▪ Delays in extrabudgetary funding; mitigation: early",
    "  implemented                                                                                                          outreach to donors",
  ].join("\n");

  it("keeps '32)' in the measure and out of the risk", () => {
    const out = textRowsWithValues(`Objective 1: To advance security sector reform in countries emerging from conflict\n\n${text}`);
    const measures = out.flatMap((o) => o.measures);
    expect(measures).toContain("Women mediators trained and deployed (target: 32)");
    const risks = JSON.stringify(out.map((o) => o.extra));
    expect(risks).not.toContain("32)");
  });
});

describe("a table page without its header: items marked '(a) Text' whose wrapped lines open under the text", () => {
  // The header's page sets the columns at 36 and 75; the next page (no repeated header) at 35 and
  // 72, with one line whose accomplishment runs up to the measure one space apart (corpus17 d17-002).
  const page1 = [
    "OBJECTIVE                           EXPECTED ACCOMPLISHMENT                INDICATOR OF ACHIEVEMENT",
    "",
    "To ensure full compliance with      (a) Oversight recommendations          (a) Staff who completed the mandatory",
    "the mandatory training                  closed                                 training: 71%",
    "programme                                                                  (b) Selections of candidates from",
    "                                                                               unrepresented Member States: 9",
    "                                                                               per cent",
  ];
  const page2 = [
    "To improve geographical            (a) Women appointed at the P-5       (a) Oversight recommendations",
    "representation among staff in          level and above                      implemented within the deadline:",
    "posts subject to it                                                         65 per cent",
    "                                                                        (b) Women among staff at the P-5 level",
    "                                                                            and above: 50%",
    "",
    "                                   (b) Candidates selected from         (a) Average number of days to fill a",
    "                                       unrepresented Member States          vacancy (target: 167 days)",
    "",
    "To ensure the timely completion    (a) Performance documents            (a) Selections of candidates from",
    "of performance evaluations             completed by the deadline            unrepresented Member States",
    "                                                                            (target: 23%)",
    "",
    "                                   (c) Staff completing the mandatory (a) Average number of days to fill a",
    "                                       courses                            vacancy (target: 116 days)",
  ];
  const text = [...page1, "", "", `\f${page2.join("\n")}`].join("\n");

  it("keeps the accomplishments of the header-less page in their own column", () => {
    const out = textRows(text);
    expect(out.map((o) => o.accomplishments)).toEqual([
      ["Oversight recommendations closed"],
      ["Women appointed at the P-5 level and above", "Candidates selected from unrepresented Member States"],
      ["Performance documents completed by the deadline", "Staff completing the mandatory courses"],
    ]);
    expect(out[1]?.measures).toEqual([
      "Oversight recommendations implemented within the deadline: 65 per cent",
      "Women among staff at the P-5 level and above: 50%",
      "Average number of days to fill a vacancy (target: 167 days)",
    ]);
  });
});

describe("a value after a label on the line above the next table's header is no header piece", () => {
  // pandoc -t plain: the last wrapped line of a 4-column table's last row, "(target: 85%)", two
  // lines over the next table's labels (corpus17 d17-016 pandoc.txt; `statesValue`).
  const text = [
    "+---------------------------+---------------------------+-----------------------------+-------------------------+",
    "| Objective                 | Risks and mitigations     | Expected result             | Key performance         |",
    "|                           |                           |                             | indicator               |",
    "+===========================+===========================+=============================+=========================+",
    "| To provide timely support | -   Staff turnover in key | -   Programme of work       | -   Reports issued six  |",
    "| to the Advisory Committee |     posts; mitigation:    |     adopted at the start of |     weeks before        |",
    "|                           |     handover notes        |     each session            |     consideration       |",
    "|                           |                           |                             |     (target: 85%)       |",
    "+---------------------------+---------------------------+-----------------------------+-------------------------+",
    "",
    "+------------------------------------------+-----------------------------------------------------------------+",
    "| Objectives                               | Indicators of achievement                                       |",
    "+==========================================+=================================================================+",
    "| To facilitate the Committee's            | -   Recommendations tracked in the archive: 81 per cent         |",
    "| examination of peacekeeping budgets      |                                                                 |",
    "|                                          | -   Reports issued six weeks before consideration: 80%          |",
    "+------------------------------------------+-----------------------------------------------------------------+",
  ].join("\n");

  it("keeps the second table's two columns and the words past the first table's last column edge", () => {
    const out = tableRows(readTextBoxTables(textToLayout(text)));
    expect(out.map((o) => o.objective)).toEqual(["To provide timely support to the Advisory Committee", "To facilitate the Committee's examination of peacekeeping budgets"]);
    expect(out[0]?.measures).toEqual(["Reports issued six weeks before consideration (target: 85%)"]);
    expect(out[1]?.measures).toEqual(["Recommendations tracked in the archive: 81 per cent", "Reports issued six weeks before consideration: 80%"]);
  });
});

describe("a bullet glued one space to the objective's line, where the measures' bullets open left of their label", () => {
  // Wingdings arrow bullets (U+F0D8) at 68 under "Key performance indicators" at 67; on a row's
  // second line the objective runs up to the bullet, set at 58, nine characters left of the label
  // and four left of the bullets around (corpus17 d17-006, its table as printed; `bulletOpensCell`).
  const text = readFileSync(new URL("../corpus17/dev17/d17-006.txt", import.meta.url), "utf8").split("\n").slice(0, 40).join("\n");

  it("opens the measure at the glued bullet", () => {
    const row = textRows(text).find((o) => o.objective.startsWith("To improve the quality"));
    expect(row?.objective).toBe("To improve the quality of the substantive analysis submitted to the members of the Committee within existing resources");
    expect(row?.measures).toEqual(["Peacekeeping budgets examined: 12", "Average time to draft a report after the last hearing (target: 9 days)"]);
  });
});
