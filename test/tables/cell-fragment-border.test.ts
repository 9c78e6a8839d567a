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
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(5, 11.9);

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

/**
 * d7-022 html.pdf: the fragment of a rowspan objective cell run on from the page before ends with a
 * rule across the whole table at the foot of one of its sub-rows (y 140), and its last sub-row is
 * drawn below without the objective column: the left border stops there, the second column's goes on.
 */
describe("a rule across the table where the objective cell's fragment ends and its sub-rows go on", () => {
  const p = (line: number, y: number, cells: Array<[string, number, number, boolean?]>) => ({ ...mk(line, y, cells), page: 4 });
  const body = [
    p(1, 60, [["Objective", 73.3, 36, true], ["Expected", 219.5, 34, true], ["Performance", 368.2, 48, true]]),
    p(2, 70, [["result", 219.5, 21, true], ["indicators", 368.2, 37, true]]),
    p(3, 90, [["To advance gender-responsive", 73.3, 106], ["a. Budget statements", 233.1, 72], ["• 5 member States reporting on additional", 381.1, 149]]),
    p(4, 100, [["budgeting in member States", 73.3, 98], ["disaggregated by sex", 241.3, 73], ["Goal indicators", 390, 54]]),
    p(5, 125, [["a. Energy policies revised with", 233.1, 108], ["• 6 energy policies revised with advice", 381.1, 150]]),
    p(6, 155, [["a. Development plans addressing", 233.1, 115], ["• Development plans of 52 countries", 381.1, 131]]),
    p(7, 165, [["the rights of persons with disabilities", 241.3, 120], ["addressing disability", 390, 72]]),
    p(8, 210, [["II. Managerial objectives", 64.4, 93, true]]),
  ];
  const frame: Rule[] = [
    { x1: 65, y1: 50, x2: 552, y2: 50 },
    { x1: 65, y1: 78, x2: 552, y2: 78 },
    { x1: 212, y1: 110, x2: 552, y2: 110 },
    { x1: 65, y1: 140, x2: 552, y2: 140 },
    { x1: 212, y1: 176, x2: 552, y2: 176 },
    { x1: 65, y1: 50, x2: 65, y2: 141 },
    { x1: 212, y1: 50, x2: 212, y2: 177 },
    { x1: 361, y1: 50, x2: 361, y2: 177 },
    { x1: 552, y1: 50, x2: 552, y2: 177 },
  ];
  it("is no row's end: the sub-rows below belong to the objective above", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 4, width: 612, height: 792, lines: body, rules: frame, removed: [] }] };
    const got = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
    expect(got).toEqual([
      [
        "To advance gender-responsive budgeting in member States",
        ["Budget statements disaggregated by sex", "Energy policies revised with", "Development plans addressing the rights of persons with disabilities"],
        ["5 member States reporting on additional Goal indicators", "6 energy policies revised with advice", "Development plans of 52 countries addressing disability"],
      ],
    ]);
  });
});
