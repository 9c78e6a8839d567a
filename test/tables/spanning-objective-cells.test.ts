/**
 * A spanning objective row without a full stop over its row's first cell (Word tables printed by
 * LibreOffice, corpus7 h7-011): the cell's one-run first line is no wrapped line of the objective
 * when a ruled border runs between them, or when the objective is bold and the cell is not.
 * Coordinates as pdf.js reads them (Calibri 10.5 pt, points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const line = pdfLineMaker(2, 10.5);
/** A line whose runs are all bold or all regular. */
const mk = (n: number, y: number, cells: Array<[string, number, number]>, bold = false): Line => line(n, y, cells.map(([t, x, w]) => [t, x, w, bold]));
const layoutOf = (lines: Line[], rules: Rule[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 2, width: 842, height: 595, lines, rules, removed: [] }] });

const table = (objectiveBold: boolean) => [
  mk(36, 383.8, [["EXPECTED", 159.1, 60.9], ["PERFORMANCE", 445.6, 89.3], ["TARGET", 699.2, 46.2]], true),
  mk(37, 396.0, [["RESULT", 166.9, 45.1], ["MEASURE", 461.7, 57.0]], true),
  mk(39, 418.8, [["Objective: To increase the participation of women in peace processes", 70.6, 412.4]], objectiveBold),
  mk(41, 441.5, [["Pledges to the multi-year appeal received on", 70.6, 236.6]]),
  mk(42, 447.6, [["Multi-year appeal funding received", 328.4, 183.5], ["83%", 710.7, 23.3]]),
  mk(43, 453.8, [["time", 70.6, 23.6]]),
];
// The table's vertical borders, and the horizontal ones under the header and under the objective row.
const borders: Rule[] = [
  { x1: 61, y1: 370, x2: 61, y2: 470 },
  { x1: 318, y1: 370, x2: 318, y2: 470 },
  { x1: 662, y1: 370, x2: 662, y2: 470 },
  { x1: 782, y1: 370, x2: 782, y2: 470 },
  { x1: 61, y1: 405, x2: 782, y2: 405 },
  { x1: 61, y1: 428, x2: 782, y2: 428 },
];
const read = (lines: Line[], rules: Rule[]) => {
  const layout = layoutOf(lines, rules);
  return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
};
const expected = [["To increase the participation of women in peace processes", ["Pledges to the multi-year appeal received on time"], ["Multi-year appeal funding received"]]];

describe("the first cell under a spanning objective that does not end a sentence", () => {
  it("is a cell when a ruled border lies between them", () => {
    expect(read(table(false), borders)).toEqual(expected);
  });
  it("is a cell when the objective is bold and the cell is not (no rules)", () => {
    expect(read(table(true), [])).toEqual(expected);
  });
  it("is the objective's wrapped line in the objective's own font, with no border between", () => {
    const lines = table(false);
    lines[3] = mk(41, 431.0, [["to women's networks", 70.6, 110]]);
    expect(read(lines, [])[0]?.[0]).toBe("To increase the participation of women in peace processes to women's networks");
  });
});
