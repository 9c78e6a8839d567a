/**
 * Chromium's print of a Word table whose rowspan objective cell runs on from the page before
 * (corpus7 h7-002, h7-014 html.pdf): on the continuation page the table's left border is the
 * objective cell fragment's, and it stops at that cell's end — with no rule under it, or one under
 * the objective column alone — while the measures beside it run on lower, above the rule that
 * closes the other cells. The border's end is not the table's end there. Coordinates as pdf.js reads
 * them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const seg = (text: string, x: number, width: number, y: number, line: number, bold: boolean): Segment => ({ text, x, y, width, fontSize: 11.9, page: 5, line, start: 0, end: 0, ...(bold ? { bold } : {}) });
const mk = (line: number, y: number, cells: Array<[string, number, number, boolean?]>): Line => ({
  page: 5,
  line,
  y,
  text: cells.map(([t]) => t).join("\t"),
  start: 0,
  end: 0,
  segments: cells.map(([t, x, w, b]) => seg(t, x, w, y, line, b ?? false)),
});

const lines = [
  mk(1, 88.3, [["Objectives", 76.7, 54, true], ["Expected", 241.4, 47, true], ["Performance", 579.3, 66, true]]),
  mk(2, 101.7, [["Accomplishments", 241.4, 90, true], ["Measure", 579.3, 44, true]]),
  mk(3, 159.7, [["To ensure that mission", 76.7, 107], ["a. Allegations of", 259.9, 79], ["76 per cent of contingents meeting the", 579.3, 182]]),
  mk(4, 173.1, [["budgets are prepared.", 76.7, 100], ["misconduct investigated.", 271.1, 115], ["operational readiness standard.", 579.3, 156]]),
  mk(5, 200.6, [["Standing police capacity deployed", 579.3, 164]]),
  mk(6, 214.0, [["within 53 days of a request.", 579.3, 132]]),
  mk(7, 341.9, [["Transition benchmarks reviewed with", 579.3, 180]]),
  mk(8, 355.3, [["the host Government every 35 months.", 579.3, 185]]),
  mk(9, 421.5, [["The Department will report on these measures every quarter to the Under-Secretary-General.", 72.4, 600]]),
];

const top: Rule = { x1: 66, y1: 60, x2: 782, y2: 60 };
const tableBottom: Rule = { x1: 230, y1: 371, x2: 782, y2: 371 };
const layoutWith = (rules: Rule[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 5, width: 842, height: 595, lines, rules, removed: [] }] });
const rows = (layout: Layout) => readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.measures.map((m) => m.text)]);
const whole = [["To ensure that mission budgets are prepared.", ["76 per cent of contingents meeting the operational readiness standard.", "Standing police capacity deployed within 53 days of a request.", "Transition benchmarks reviewed with the host Government every 35 months."]]];

describe("the left border of a cell fragment that stops above the row's last lines", () => {
  it("does not end the table when no rule closes it (h7-002)", () => {
    expect(rows(layoutWith([top, { x1: 66, y1: 60, x2: 66, y2: 326 }, tableBottom]))).toEqual(whole);
  });
  it("does not end the table when the rule under it spans the objective column alone (h7-014)", () => {
    expect(rows(layoutWith([top, { x1: 66, y1: 60, x2: 66, y2: 326 }, { x1: 66, y1: 326, x2: 230, y2: 326 }]))).toEqual(whole);
  });
  it("still ends the table where a rule across the whole table closes the border", () => {
    const got = rows(layoutWith([top, { x1: 66, y1: 60, x2: 66, y2: 326 }, { x1: 66, y1: 326, x2: 782, y2: 326 }]));
    expect(got).toEqual([[whole[0]![0], (whole[0]![1] as string[]).slice(0, 2)]]);
  });
});
