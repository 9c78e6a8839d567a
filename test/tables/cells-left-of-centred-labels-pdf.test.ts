/**
 * A table at full width on a landscape page with 1.5 pt cell padding (corpus8 dev8d d8d-005 as
 * first drawn, LibreOffice's print of an RTF, DejaVu Sans 9.5 pt): the labels are centred over
 * wide cells ("OBJECTIVE" at 146, "EXPECTED RESULT" at 328, "KEY PERFORMANCE INDICATOR" at 521)
 * while the cells' text starts at 72, 273 and 473 — 55 and 48 pt left of the labels, further than
 * MAX_ANCHOR_SHIFT_CHARS — and the gaps between the cells ("… parity at", "-", "Oversight …")
 * are as narrow as word spaces. The first row was read as prose under the header and ended the
 * table ("table has a header but no rows"): its runs each open a later column in the span the
 * labels leave free (right of the previous label's end, left of its own), so it is a row of cells.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const mk = (line: number, y: number, cells: Cell[]): Line => pdfLineMaker(1, 9.5)(line, y, cells);
const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 792, height: 612, lines, rules: [], removed: [] }] });

const lines = [
  mk(1, 140, [["B. MANAGERIAL OBJECTIVES", 72, 151, true]]),
  mk(2, 157, [["The managerial objectives below apply to every senior manager of the Secretariat.", 72, 395]]),
  mk(3, 194, [["OBJECTIVE", 146, 50, true], ["EXPECTED RESULT", 328, 87, true], ["KEY PERFORMANCE INDICATOR", 521, 149, true]]),
  mk(4, 204, [["1. To achieve gender parity at all levels of the", 72, 195], ["-", 273, 3], ["Oversight recommendations closed within", 288, 179], ["• 91 per cent of e-performance documents completed", 473, 238]]),
  mk(5, 214, [["department", 72, 50], ["their deadlines", 288, 63], ["on time", 488, 33]]),
  mk(6, 226, [["-", 273, 3], ["Staff completing mandatory courses", 288, 154], ["• Budget implementation rate of 64 per cent", 473, 198]]),
  mk(7, 238, [["2. To improve the geographical diversity of", 72, 182], ["-", 273, 3], ["Expenditure aligned with approved", 288, 149], ["• 86 per cent of tickets purchased 16 days before", 473, 219]]),
  mk(8, 248, [["staff", 72, 19], ["resources", 288, 41], ["travel", 488, 25]]),
  mk(9, 260, [["• Average of 77 days from job opening to selection", 473, 224]]),
  mk(10, 293, [["C. CHALLENGES", 72, 90, true]]),
];

describe("cells starting far left of labels centred over wide cells, in narrow padding", () => {
  it("reads the rows instead of ending the table at its first row", () => {
    const layout = layoutOf(lines);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => r.objective)).toEqual(["To achieve gender parity at all levels of the department", "To improve the geographical diversity of staff"]);
    expect(rows[0]?.accomplishments).toEqual(["Oversight recommendations closed within their deadlines", "Staff completing mandatory courses"]);
    expect(rows[1]?.measures.map((m) => m.text)).toEqual(["86 per cent of tickets purchased 16 days before travel", "Average of 77 days from job opening to selection"]);
  });

  it("still ends the table at a paragraph run across the columns", () => {
    const prose = [...lines.slice(0, 9), mk(10, 280, [["The main challenges I anticipate in delivering these results are those of the year before and a few more.", 72, 560]])];
    const layout = layoutOf(prose);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.flatMap((r) => r.measures).some((m) => m.text.includes("challenges"))).toBe(false);
  });
});
