/**
 * A caption row ("Performance framework, 2018") over a header whose two labels are centred in wide
 * cells (corpus7 h7-009, LibreOffice): the caption lies between the labels and reaches neither, so
 * it crosses the middle of the white space between them, where the cells meet. A cell's wrapped
 * line a leading under the line above, centred on the header by chance (d7-028 "States."), stays
 * in its cell. Coordinates as pdf.js reads them (Times 11 pt, points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const mk = (page: number, line: number, y: number, cells: Cell[]): Line => pdfLineMaker(page, 11)(line, y, cells);
const layoutOf = (pages: Line[][]): Layout => ({ format: "pdf", text: "", pages: pages.map((lines, k) => ({ number: k + 1, width: 842, height: 595, lines, rules: [], removed: [] })) });

const header = (page: number, line: number, y: number) => [
  mk(page, line, y, [["Expected", 186.8, 56.0, true], ["Performance", 536.1, 79.3, true]]),
  mk(page, line + 1, y + 12.9, [["results", 193.6, 42.4, true], ["measure", 549.4, 52.7, true]]),
];
// Page 1: a table with an Objective column, its last row cut by the page break.
const page1 = [
  mk(1, 1, 100, [["Objective", 139.6, 57.5, true], ["Expected results", 356.9, 100, true], ["Performance measures", 560, 120, true]]),
  mk(1, 4, 140, [["To raise the quality of", 70.1, 150], ["• Terminology entries added to", 289.7, 180], ["(a) Captioning provided at 35", 506.2, 220]]),
  mk(1, 5, 153, [["translation.", 70.1, 60], ["the shared database", 306.7, 110], ["meetings", 523.2, 50]]),
  mk(1, 7, 175, [["• Documents produced through", 289.7, 185], ["(b) Print runs reduced by 43", 506.2, 210]]),
  mk(1, 8, 188, [["the paperless workflow", 306.7, 130], ["per cent", 523.2, 45]]),
];
const page2 = (first: Line) => [
  first,
  ...header(2, 11, 112.1),
  mk(2, 14, 147.9, [["Objective: To move documentation workflows to paperless processes.", 70.1, 425.6, true]]),
  mk(2, 15, 170.6, [["• Conference services utilized at the benchmark", 73.1, 277.1], ["(a) Captioning provided at 35 meetings", 382.5, 220]]),
  mk(2, 16, 183.4, [["rate", 90.1, 22.7]]),
];

describe("a caption between two labels centred in wide cells, opening the page above a repeated header", () => {
  it("is no cell of the row cut by the page break", () => {
    const layout = layoutOf([page1, page2(mk(2, 10, 89.2, [["Performance framework, 2018", 327.1, 187.8, true]]))]);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[0]?.accomplishments).toEqual(["Terminology entries added to the shared database", "Documents produced through the paperless workflow"]);
    expect(rows[0]?.measures.map((m) => m.text)).toEqual(["Captioning provided at 35 meetings", "Print runs reduced by 43 per cent"]);
    expect(rows[1]?.objective).toBe("To move documentation workflows to paperless processes.");
  });
});

describe("a cell's wrapped last line right above the next header, centred on it by chance", () => {
  it("stays in its cell: it follows the line above at a leading, no table edge between", () => {
    const lines = [
      ...header(1, 1, 100),
      mk(1, 4, 140, [["Objective: To raise the quality of translation through terminology databases.", 70.1, 430, true]]),
      mk(1, 5, 162, [["• Terminology entries added to the shared", 73.1, 250], ["(a) Captioning provided at 35 meetings", 382.5, 220]]),
      mk(1, 6, 175, [["database", 90.1, 45], ["(b) Appointments of nationals of unrepresented Member", 382.5, 300]]),
      mk(1, 8, 188, [["States.", 372.9, 42.1]]),
      ...header(1, 10, 224),
      mk(1, 13, 262, [["Objective: To move documentation workflows to paperless processes.", 70.1, 425.6, true]]),
      mk(1, 14, 284, [["• Conference services utilized", 73.1, 200], ["(a) Captioning provided at 35 meetings", 382.5, 220]]),
    ];
    const rows = readTables(layoutOf([lines]), findSections(layoutOf([lines]))).objectives;
    expect(rows[0]?.measures.map((m) => m.text)).toEqual(["Captioning provided at 35 meetings", "Appointments of nationals of unrepresented Member States."]);
  });
});
