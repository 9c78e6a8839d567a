/**
 * A bare objective heading (bold, no "Objective N:", no number) between two tables, over a table
 * without an Objective column (corpus9 d9-004 fodt.pdf, LibreOffice, landscape): it is short, so it
 * does not reach the table above's second column, and it opens "To …" like that table's objective
 * cells. Its font tells it apart: bold and larger than every line of the table above (the tables are
 * set in 9.5 pt, the body in 10 pt). Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const cell = pdfLineMaker(1, 9.5);
const body = pdfLineMaker(1, 10);

function table(headingSize: (line: number, y: number, cells: Array<[string, number, number, boolean?]>) => Line): Line[] {
  return [
    body(21, 280.0, [["2. Priority programme objectives", 62.5, 127.2, true]]),
    cell(23, 304.3, [["OBJECTIVES", 156.0, 49.4, true], ["INDICATORS OF ACHIEVEMENT", 377.1, 119.2, true], ["BASELINE", 606.4, 39.1, true], ["TARGET", 712.7, 31.4, true]]),
    cell(25, 322.8, [["To support the well-being and mental health of staff", 65.3, 176.0], ["Women at D-1 level and above", 301.7, 106.1], ["50%", 618.2, 15.5], ["55%", 720.6, 15.5]]),
    cell(27, 341.3, [["Selections made from rosters", 301.7, 100.9], ["63%", 618.2, 15.5], ["69%", 720.6, 15.5]]),
    cell(29, 359.8, [["To reduce the time taken to fill vacant posts", 65.3, 149.0], ["Days from vacancy to selection", 301.7, 107.1], ["187 days", 610.3, 31.3], ["174 days", 712.8, 31.3]]),
    cell(31, 378.3, [["Unrepresented and underrepresented Member States", 301.7, 184.5], ["34", 621.6, 8.6], ["23", 724.1, 8.6]]),
    headingSize(33, 411.4, [["To modernize the staff selection system", 62.5, 154.0, true]]),
    cell(35, 434.3, [["Outcomes", 209.0, 38.0, true], ["Indicators", 568.0, 37.1, true]]),
    cell(36, 445.7, [["of Achievement", 557.8, 57.5, true]]),
    cell(38, 464.2, [["o", 66.7, 5.7], ["Rosters used for most selections", 79.5, 112.6], ["1.", 397.7, 6.5], ["Counsellors deployed at 59 duty stations", 410.5, 139.8]]),
    cell(39, 477.0, [["o", 66.7, 5.7], ["More Member States within their desirable ranges", 79.5, 171.4], ["2.", 397.7, 6.5], ["79% of performance documents completed", 410.5, 148.4]]),
    cell(40, 489.8, [["o", 66.7, 5.7], ["Counselling services available at all duty stations", 79.5, 168.5], ["3.", 397.7, 6.5], ["22 staff moving to a new duty station", 410.5, 125.8]]),
  ];
}

function read(lines: Line[]): Array<[string | null, string[]]> {
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 842, height: 595, lines, rules: [], removed: [] }] };
  return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments]);
}

describe("a bare bold objective heading in the body's larger font over a table without an Objective column", () => {
  it("is that table's objective, not a row of the table above", () => {
    expect(read(table(body))).toEqual([
      ["To support the well-being and mental health of staff", []],
      ["To reduce the time taken to fill vacant posts", []],
      ["To modernize the staff selection system", ["Rosters used for most selections", "More Member States within their desirable ranges", "Counselling services available at all duty stations"]],
    ]);
  });
  it("is told by its font with the next table's caption, as large and bold, a blank line above it", () => {
    // corpus8 d8d-017 html.pdf (Chromium): "Table 3. Objectives, …" centred over the heading, in
    // the heading's size. Counted among the table above's lines it made that table's largest size
    // the heading's own, and heading and caption were read as a row of the table above.
    const renumber = (l: Line): Line => (l.line < 33 ? l : { ...l, line: l.line + 2, segments: l.segments.map((s) => ({ ...s, line: l.line + 2 })) });
    const lines = table(body).map(renumber);
    const at = lines.findIndex((l) => l.line === 35);
    lines.splice(at, 0, body(33, 395.0, [["Table 3. Objectives, expected accomplishments and performance measures", 280.0, 300.0, true]]));
    const rows = read(lines);
    expect(rows[2]).toEqual(["To modernize the staff selection system", ["Rosters used for most selections", "More Member States within their desirable ranges", "Counselling services available at all duty stations"]]);
    expect(rows.flatMap(([, a]) => a).join(" ")).not.toContain("Table 3");
  });
  it("set in the table's own size it is not told from the table above's objective cell", () => {
    const rows = read(table(cell));
    expect(rows.map(([o]) => o)).not.toContain("To modernize the staff selection system");
  });
});
