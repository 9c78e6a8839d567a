import { describe, expect, it } from "vitest";
import { groupCentredRows, objectivesCentred, tableLeading } from "../../src/tables/geometry.js";
import type { TableLine } from "../../src/tables/columns.js";

/** A borderless table line: y in points, cells [objective, accomplishment, measure]. */
const line = (y: number, cells: string[]): TableLine => ({ page: 1, line: y, y, cells, lostGlyphs: cells.map(() => false) });

// Two rows, each objective centred against its sub-rows of accomplishments and measures. Leading
// 10 pt inside cells (most cells wrap), 18 pt of cell padding between sub-rows and rows.
const LINES: TableLine[] = [
  line(100, ["", "First result", "Measure one"]),
  line(110, ["", "wrapped.", "wrapped"]),
  line(128, ["To do the first", "Second result", "Measure two"]),
  line(138, ["thing.", "wrapped.", "wrapped"]),
  line(156, ["", "Third result", "Measure three"]),
  line(166, ["", "wrapped.", "wrapped"]),
  line(190, ["", "Fourth result", "Measure four"]),
  line(200, ["", "wrapped.", "wrapped"]),
  line(218, ["To do the second", "Fifth result.", "Measure five"]),
  line(228, ["thing.", "", "wrapped"]),
];

describe("borderless rows from vertical white space", () => {
  it("measures the leading of wrapped cells", () => {
    expect(tableLeading(LINES, 3)).toBe(10);
  });
  it("sees objectives centred in their rows", () => {
    expect(objectivesCentred(LINES, 0, 10)).toBe(true);
  });
  it("gives each centred objective the bands around it", () => {
    const rows = groupCentredRows(LINES, 0, 10).map((b) => b.lines.map((l) => l.y));
    expect(rows).toEqual([
      [100, 110, 128, 138, 156, 166],
      [190, 200, 218, 228],
    ]);
  });
  it("does not take top-aligned objectives for centred ones", () => {
    const top = [line(100, ["To do A.", "Result A.", "Measure A"]), line(110, ["", "more", ""]), line(130, ["To do B.", "Result B.", "Measure B"])];
    expect(objectivesCentred(top, 0, 10)).toBe(false);
  });
});
