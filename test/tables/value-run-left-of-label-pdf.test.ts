/**
 * Value columns with labels centred over their cells (corpus10 dev10 d10-032, Word's print, 9 pt;
 * corpus8 dev8b d8b-003 likewise): "80 per cent" is one run at x 487, after "75 per cent" in the
 * Baseline column and a real gap, and starts left of the "Target" label at 496. The run opened the
 * Target column, but its first word, left of the label, was put back into Baseline ("75 per cent
 * 80" | "per cent"): a run after a real gap is one cell's text.
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(2, 9);
const lines: Line[] = [
  mk(78, 142.9, [["Objectives", 128.8, 45.5, true], ["Performance Measures", 275.2, 99, true], ["Baseline", 430.2, 37, true], ["Target", 496.2, 26.8, true]]),
  mk(80, 157.3, [["To foster innovation and the use of", 77.4, 137.6], ["Number of national plans integrating climate", 236.5, 175.6], ["16", 443.7, 10], ["21", 504.6, 10]]),
  mk(81, 167.7, [["technology for development", 77.4, 110.6], ["risk assessments", 236.5, 69]]),
  mk(83, 182.2, [["Number of national statistical offices trained", 236.5, 173.9], ["29", 443.7, 10], ["32", 504.6, 10]]),
  mk(84, 192.6, [["in survey methods", 236.5, 73]]),
  mk(86, 207.1, [["Average border crossing time reduced", 236.5, 152.4], ["3 days", 435.5, 26.5], ["1 days", 496.3, 26.5]]),
  mk(88, 221.5, [["To advance transport connectivity", 77.4, 133.6], ["Percentage of member States with updated", 236.5, 173.1], ["75 per cent", 426.2, 45], ["80 per cent", 487.1, 45]]),
  mk(89, 231.9, [["across borders", 77.4, 59.5], ["social protection strategies", 236.5, 106.5]]),
  mk(91, 246.4, [["Average border crossing time reduced", 236.5, 152.4], ["2 days", 435.5, 26.5], ["1 days", 496.3, 26.5]]),
];
const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 595, height: 842, lines, rules: [], removed: [] }] };

describe("a value run starting left of its column's centred label", () => {
  it("stays whole in the column it opens", () => {
    const last = readTables(layout, findSections(layout)).objectives.at(-1)!;
    expect(last.objective).toBe("To advance transport connectivity across borders");
    expect(last.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([
      ["Percentage of member States with updated social protection strategies", "75 per cent", "80 per cent"],
      ["Average border crossing time reduced", "2 days", "1 days"],
    ]);
  });
});
