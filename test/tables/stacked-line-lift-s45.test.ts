/**
 * Session 45 (h-mid45), layout text (`pdftotext -layout`): in the centring fit's places
 * (`stackedLineYs`, session 44), a line two columns share lifts the inserted line above it
 * (`liftInsertedLine`). A centred objective's first line on a grid line of its own ("Objective 10:
 * To ensure that staff", right under its row's first sub-row) and its next lines beside the row's
 * other sub-rows: pdftotext shares a grid line between baselines close together, so the objective's
 * second line sits where the measure beside it does, one measure line under the sub-row above, and
 * its first line one line higher — not half a line under that sub-row. Counted at half a line, the
 * shared lines went half a line down, the objective's middle a quarter line low, and the fit gave
 * the row's first sub-row ("Recommendations implemented on time 51% 30%") to the row above.
 * Word's print of a managerial table (corpus7 tune7c t7c-016, the table as printed); both tests
 * fail without the rule (checked: `liftInsertedLine` returning false, run, restored).
 */
import { describe, expect, it } from "vitest";
import type { TableLine } from "../../src/tables/columns.js";
import { stackedLineYs } from "../../src/tables/stackedLines.js";
import { textRows } from "../support/table-rows.js";

const MANAGERIAL = [
  "II. Managerial objectives",
  "                                                            PERFORMANCE                                                             BASELINE",
  "           OBJECTIVES                                                                                             TARGET",
  "                                                               MEASURE                                                                (2015)",
  "                                     Recommendations implemented on time                                             61%               44%",
  "Objective 9: To spend the approved Women at P-5 and above                                                            83%                70%",
  "budget in line with the work plan",
  "                                   Tickets purchased 16 days in advance                                              80%                64%",
  "                                     Recommendations implemented on time                                             51%                30%",
  "Objective 10: To ensure that staff",
  "complete the mandatory training      Tickets purchased 16 days in advance                                            67%                57%",
  "courses                              Budget implementation rate                                                      34%                25%"
].join("\n");

const line = (y: number, cells: string[]): TableLine => ({ page: 1, line: y, y, cells, lostGlyphs: cells.map(() => false) });

describe("a line two columns share lifts the inserted line above it (liftInsertedLine)", () => {
  it("places the objective's first line level with the sub-row above it, not half a line under", () => {
    // Columns: objective, measure (t7c-016's lines 124–127).
    const lines = [
      line(0, ["", "Recommendations implemented on time"]),
      line(1, ["Objective 10: To ensure that staff", ""]),
      line(2, ["complete the mandatory training", "Tickets purchased 16 days in advance"]),
      line(3, ["courses", "Budget implementation rate"]),
    ];
    const at = stackedLineYs(lines, 1);
    expect(lines.map((l) => at.get(l))).toEqual([0, 0, 1, 2]);
  });

  it("keeps the row's first sub-row with its objective", () => {
    const rows = textRows(MANAGERIAL);
    expect(rows.map((r) => r.objective)).toEqual(["To spend the approved budget in line with the work plan", "To ensure that staff complete the mandatory training courses"]);
    expect(rows[0]!.measures).toEqual(["Recommendations implemented on time", "Women at P-5 and above", "Tickets purchased 16 days in advance"]);
    expect(rows[1]!.measures).toEqual(["Recommendations implemented on time", "Tickets purchased 16 days in advance", "Budget implementation rate"]);
  });
});
