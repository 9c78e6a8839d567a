/**
 * Session 53 (h-c11-53), layout text: a wrapped header line glued one space to the next cell's line
 * where the cell's label is broken at a line-end hyphen (WeasyPrint's `hyphens: auto` in narrow
 * header cells, printed by pdftotext -layout). `lowerLineCut` read each cell with the pieces above
 * it only and without mending the hyphen, so neither cell read as a label, the header was not read,
 * and its table's rows went into the table above or were lost (corpus11 v11o-015, v11p-021,
 * v11q-021 txt). Each cell is now also read over every other header line under its extent, the
 * line-end hyphen mended (`labelOverCellLines`). Both tests fail without it (checked: the new
 * clause returning false, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { textToLayout } from "../../src/extract/text.js";
import { detectHeader } from "../../src/tables/header.js";

/** v11q-021's page 3, cut down: "Key / performance indica‐ / tor" beside "Risks / and mitigations", glued on the middle line. */
const MIDDLE_LINE = [
  "Objective               Outcome                   Key                 Risks",
  "                                                  performance indica\u2010 and mitigations",
  "                                                  tor",
  "9. To reinforce na\u2010     9.1 Humanitarian re\u2010      (a) Teams deployed        (a) Simultaneous",
  "tional capacities for      sponse plans issued       within 48 hours in        large-scale emer\u2010",
  "disaster prepared\u2010         with agreed priori\u2010       85 per cent of emer\u2010      gencies; surge ros\u2010",
  "ness                       ties                      gencies                   ter activated",
  "10. To support the      10.1 Disaster assess\u2010     (a) 76 per cent of re\u2010    (a) Simultaneous",
  "humanitarian coun\u2010        ment teams de\u2010             sponse plans with         large-scale emer\u2010",
  "try teams in plan\u2010        ployed within 48           feedback mecha\u2010           gencies; surge ros\u2010",
  "ning the response         hours of a request         nisms                     ter activated",
].join("\n");

/** v11o-015's page 3, cut down: "KEY PERFOR‐" / "MANCE INDICATOR" glued to "GATIONS", the tail of "RISKS AND MITI‐". */
const LOWER_LINE = [
  "OBJECTIVE            EXPECTED ACCOM\u2010 KEY PERFOR\u2010     RISKS AND MITI\u2010",
  "                     PLISHMENT       MANCE INDICATOR GATIONS",
  "10. To reduce the    10.1 Oversight rec\u2010 \u2022 Budget implemen\u2010         \u2022 Late release of",
  "time taken to fill     ommendations im\u2010    tation rate of 95%         funds; monthly",
  "vacant posts           plemented within                               monitoring of",
  "                       their deadlines                                expenditure",
  "11. To act on the    11.1 Staff from un\u2010   \u2022 Vacancies filled in    \u2022 Heavy workload",
  "recommendations        represented Mem\u2010      117 days on aver\u2010        of managers; re\u2010",
  "of the oversight       ber States recruited  age                      minders",
].join("\n");

/** The reader's rows with the line-end hyphens mended as the pipeline's later stage does (`textRows` reads the layout alone). */
const mend = (cells: readonly string[] | undefined): string[] => (cells ?? []).map((t) => t.replace(/\u2010 /g, ""));

const roles = (text: string): string[] => {
  const layout = textToLayout(text);
  const lines = layout.pages.flatMap((p) => p.lines);
  return detectHeader(lines, 0, layout.text)?.columns.map((c) => c.role) ?? [];
};

describe("a header cell glued to the next one is read over all its lines, hyphens mended (labelOverCellLines)", () => {
  it("reads 'Key performance indicator' | 'Risks and mitigations' glued on the middle line (v11q-021)", () => {
    expect(roles(MIDDLE_LINE)).toEqual(["objective", "accomplishments", "measures", "risks"]);
    const rows = textRows(MIDDLE_LINE);
    expect(mend(rows.map((r) => r.objective))).toEqual(["To reinforce national capacities for disaster preparedness", "To support the humanitarian country teams in planning the response"]);
    expect(mend(rows[0]?.measures)).toEqual(["Teams deployed within 48 hours in 85 per cent of emergencies"]);
  });
  it("reads 'KEY PERFORMANCE INDICATOR' | 'RISKS AND MITIGATIONS' glued on the lower line (v11o-015)", () => {
    expect(roles(LOWER_LINE)).toEqual(["objective", "accomplishments", "measures", "risks"]);
    const rows = textRows(LOWER_LINE);
    expect(mend(rows.map((r) => r.objective))).toEqual(["To reduce the time taken to fill vacant posts", "To act on the recommendations of the oversight"]);
    expect(mend(rows[0]?.accomplishments)).toEqual(["Oversight recommendations implemented within their deadlines"]);
  });
});
