/**
 * Word centres header labels in their cells (corpus10 d10-022, Word's "Save as PDF", horizontal
 * rules only): "ACCOMPLISHMENTS" 177–292 pt fills its cell to within 2 pt of the next column's
 * text (294), while the centred "RISKS AND" / "MITIGATIONS" label starts at 305–313. The
 * Risks column's edge is where its lines start (294, no word crosses it), just right of the label
 * on its left: a short first word of a risk line ("of", "the") stays in the Risks column instead
 * of joining the accomplishment beside it. Coordinates as pdf.js reads them (Times 11 pt, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const mk = (line: number, y: number, cells: Cell[]): Line => pdfLineMaker(1, 11)(line, y, cells);
const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] });

const lines = [
  mk(1, 149, [["EXPECTED", 205, 59, true], ["RISKS AND", 313, 59, true], ["INDICATORS OF", 416, 88, true]]),
  mk(2, 156, [["OBJECTIVES", 91, 70, true]]),
  mk(3, 162, [["ACCOMPLISHMENTS", 177, 115, true], ["MITIGATIONS", 305, 76, true], ["ACHIEVEMENT", 418, 84, true]]),
  mk(4, 179, [["To strengthen the", 77, 77], ["– Programme plans", 186, 89], ["Competing priorities", 294, 91], ["o", 402, 7], ["168 senior managers", 414, 91]]),
  mk(5, 191, [["management of", 77, 69], ["with measurable", 198, 72], ["of entities; senior", 294, 76], ["using the dashboards", 414, 93]]),
  mk(6, 204, [["business", 77, 38], ["results", 198, 28], ["management", 294, 56]]),
  mk(7, 217, [["transformation", 77, 65], ["endorsement.", 294, 59]]),
  mk(8, 372, [["To strengthen the", 77, 77], ["– Dashboards used", 186, 87], ["Limited data quality;", 294, 92], ["o", 402, 7], ["143 senior managers", 414, 91]]),
  mk(9, 385, [["delegation of", 77, 58], ["by senior", 198, 40], ["automated controls.", 294, 87], ["using the dashboards", 414, 93]]),
  mk(10, 398, [["authority framework", 77, 91], ["managers", 198, 42]]),
  mk(11, 399, [["Competing priorities", 294, 91], ["o", 402, 7], ["46 entities at gender", 414, 89]]),
  mk(12, 412, [["the entities; senior", 294, 76], ["parity", 414, 26]]),
  mk(13, 424, [["management", 294, 56]]),
  mk(14, 437, [["endorsement.", 294, 59]]),
];

describe("a wide centred label ending 2 pt left of the next column's text", () => {
  it("leaves that column's short first words in it", () => {
    const layout = layoutOf(lines);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => r.accomplishments)).toEqual([["Programme plans with measurable results"], ["Dashboards used by senior managers"]]);
    expect(rows[1]?.extra?.["risksAndMitigations"]).toEqual(["Limited data quality; automated controls.", "Competing priorities the entities; senior management endorsement."]);
  });
});
