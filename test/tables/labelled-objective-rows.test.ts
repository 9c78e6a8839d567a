/**
 * An objective cell that carries its own label ("Objective 2: To enable …") opens a row as "To …"
 * does, in a borderless table whose other columns run on without a full stop (test/corpus7 d7-027:
 * measure sub-rows "Planning teams with a gender" / "adviser" above the next objective).
 */
import { describe, expect, it } from "vitest";
import type { TableLine } from "../../src/tables/columns.js";
import { groupRowsIntoBlocks, opensObjective } from "../../src/tables/rows.js";

const line = (n: number, cells: string[]): TableLine => ({ page: 2, line: n, y: 124 + 14 * n, cells, lostGlyphs: cells.map(() => false) });

describe("an objective cell opening with its label", () => {
  const lines = [
    line(0, ["Objective 1: To make", "Budget proposals", "Days to close a serious", "70 days"]),
    line(1, ["rule-of-law assistance", "linked to measurable", "misconduct case", ""]),
    line(2, ["to host States more", "mission results.", "", ""]),
    line(3, ["predictable", "", "Planning teams with a gender", "49%"]),
    line(4, ["", "", "adviser", ""]),
    line(5, ["Objective 2: To enable", "Police units ready to", "Countervailing explosive-hazard", "29"]),
    line(6, ["missions to draw down", "deploy within the", "courses held", ""]),
  ];

  it("starts a new row although the objective and measure above end without a full stop", () => {
    expect(groupRowsIntoBlocks(lines).map((b) => b.lines.map((l) => l.line))).toEqual([[0, 1, 2, 3, 4], [5, 6]]);
  });

  it("is an objective's opening only with a capital label and text after it", () => {
    expect(opensObjective("Objective 2: To enable")).toBe(true);
    expect(opensObjective("Objective: To deepen South-South cooperation")).toBe(true);
    expect(opensObjective("To make rule-of-law assistance")).toBe(true);
    // A wrapped line of an objective that names objectives goes on with it.
    expect(opensObjective("objective: the targets of the plan")).toBe(false);
    expect(opensObjective("Objectives of the mission")).toBe(false);
  });
});
