/**
 * pdftotext -layout text of a justified, hyphenated table cell glued to the next cell (session 34,
 * h-v20; corpus20 val20 v20-023 typst.txt): "2) Oversight    recommendations       imple­ Air tickets
 * purchased …" — the outcome's justified line ends on the broken "imple-", one space before the
 * measure's "Air". The column's edge, read from the page's glued lines, gave "imple-" to the
 * measures, and `brokenWordEndsCell` then pushed "Air tickets …" on into the Baseline.
 * `brokenRunHeadEndsLeftCell`: a run head broken at its line's end, after an open line of the cell
 * on its left and before a capital, ends that cell's line. Fails without the change.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const table = [
  "II. Managing resources",
  " Outcome                                      Performance measure                        Baseline   Target",
  " OBJECTIVE 1: To complete the performance appraisals of all staff before the deadline",
  " 1) Recruitments completed within the Staff from unrepresented Member States             7%         9%",
  "    timeline",
  " 2) Oversight    recommendations       imple­ Air tickets purchased sixteen days ahead   47%        56 per cent",
  "    mented",
  " OBJECTIVE 2: To improve the geographical diversity of the staff of the Office",
  " 1) Mandatory courses completed               Budget implementation rate                 89%        At least 98%",
  " 2) Recruitments completed within the Oversight recommendations implemented              52%        65%",
  "    timeline",
  " OBJECTIVE 3: To publish the documents of the Office in all official languages on time",
  "                                              Staff who completed the ethics course      68%        75 per cent",
  " 1) Appraisals finalized on schedule",
  "                                              Air tickets purchased sixteen days ahead   68%        At least 77%",
  " 2) Recruitments completed within the Staff from unrepresented Member States             11%        12 per cent",
  "    timeline                          Appraisals completed on time                       81%        84 per cent",
].join("\n");

describe("a run head broken at its line's end before a capital", () => {
  it("ends the cell on its left; the capital opens the measure", () => {
    const rows = textRowsWithValues(table);
    const row = rows.find((r) => r.objective?.startsWith("To complete the performance appraisals"));
    expect(row?.measures).toEqual(["Staff from unrepresented Member States", "Air tickets purchased sixteen days ahead"]);
    expect(row?.baselines).toEqual(["7%", "47%"]);
    expect(row?.targets).toEqual(["9%", "56 per cent"]);
    expect(row?.accomplishments?.[1]).toMatch(/^Oversight recommendations imple-? ?mented$/);
  });
});
