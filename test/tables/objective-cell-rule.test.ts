/**
 * Chromium's print of a Word table whose rowspan objective cell is cut by a page break (corpus7
 * h7-001): on the next page it draws the objective cell fragment's bottom border part-way down the
 * row, under the objective column only, while the measures run on beside it. A row's end is ruled
 * under every cell; that rule is no row boundary. Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(4, 8);

const lines = [
  mk(83, 77, [["OBJECTIVE", 64, 46.2, true], ["EXPECTED", 174.9, 43.6, true], ["PERFORMANCE MEASURES", 285.8, 109.6, true]]),
  mk(84, 86, [["ACCOMPLISHMENT", 174.9, 79.1, true]]),
  mk(86, 112, [["To ensure that staff complete", 64, 100], ["a. Oversight recommendations", 187.3, 98], ["1. Budget implementation rate of 61 per", 297.8, 128.2]]),
  mk(87, 121, [["the mandatory training courses.", 64, 104], ["implemented on time.", 194.9, 70], ["cent by June 2021.", 305.8, 60]]),
  mk(88, 138, [["2. Women holding 49 per cent of posts at", 297.8, 131.6]]),
  mk(89, 147, [["the P-5 level and above.", 305.8, 77.1]]),
  mk(91, 165, [["3. Performance evaluations completed for", 297.8, 133.9]]),
  mk(92, 174, [["82 per cent of staff.", 305.8, 62.3]]),
  mk(94, 204, [["To complete performance", 64, 90], ["a. Gender parity reached", 187.3, 78.6], ["1. Women holding 39 per cent of posts at", 297.8, 131.6]]),
  mk(95, 213, [["evaluations for all staff on time.", 64, 100], ["among senior staff.", 194.9, 61.4], ["the P-5 level and above.", 305.8, 77.1]]),
];
const rules: Rule[] = [
  { x1: 64, y1: 94.8, x2: 545.5, y2: 94.8 },
  // The objective cell fragment's bottom border, part-way down the row.
  { x1: 64, y1: 155, x2: 175, y2: 155 },
  { x1: 64, y1: 187, x2: 545.5, y2: 187 },
  { x1: 64, y1: 230, x2: 545.5, y2: 230 },
];

describe("a rule under the objective column alone, the measures running on across it", () => {
  it("does not end the row", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 4, width: 612, height: 792, lines, rules, removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.measures.map((m) => m.text)]);
    expect(rows).toEqual([
      ["To ensure that staff complete the mandatory training courses.", ["Budget implementation rate of 61 per cent by June 2021.", "Women holding 49 per cent of posts at the P-5 level and above.", "Performance evaluations completed for 82 per cent of staff."]],
      ["To complete performance evaluations for all staff on time.", ["Women holding 39 per cent of posts at the P-5 level and above."]],
    ]);
  });
});

describe("a rule under the objective and accomplishment columns, the measure running on across it (t7-021 in A4 landscape)", () => {
  // Chromium draws the bottom border of a rowspan cell fragment at the page top under the first two
  // columns; the measure "Forecast error (percentage points)" wraps across it, a line's step apart.
  const mk2 = pdfLineMaker(2, 8);
  const body = [
    mk2(1, 108, [["OBJECTIVE", 64, 46.2, true], ["EXPECTED", 174.9, 43.6, true], ["PERFORMANCE MEASURES", 285.8, 109.6, true]]),
    mk2(2, 117, [["ACCOMPLISHMENT", 174.9, 79.1, true]]),
    mk2(3, 143, [["To help countries integrate", 64, 100], ["a. Plans screened for", 187.3, 80], ["1. Plans screened for climate risk.", 297.8, 128.2]]),
    mk2(4, 152, [["climate risk into planning.", 64, 100], ["climate risk.", 194.9, 50], ["2. Forecast error (percentage", 297.8, 110]]),
    mk2(5, 163, [["points) reduced to 2.3.", 305.8, 90]]),
    mk2(6, 204, [["To provide policy advice", 64, 90], ["a. Budget statements", 187.3, 78.6], ["1. Countries with paperless trade", 297.8, 131.6]]),
    mk2(7, 213, [["on sustainable energy.", 64, 100], ["disaggregated by sex.", 194.9, 61.4], ["measures.", 305.8, 77.1]]),
  ];
  const rules: Rule[] = [
    { x1: 64, y1: 124.8, x2: 545.5, y2: 124.8 },
    // The fragment's bottom border: objective and accomplishment columns only, between the
    // measure's two lines.
    { x1: 64, y1: 156.5, x2: 286, y2: 156.5 },
    { x1: 64, y1: 187, x2: 545.5, y2: 187 },
    { x1: 64, y1: 230, x2: 545.5, y2: 230 },
  ];
  const read = (r: Rule[]) => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 612, height: 792, lines: body, rules: r, removed: [] }] };
    return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.measures.map((m) => m.text)]);
  };

  it("keeps the measure's wrapped lines in one row", () => {
    expect(read(rules)).toEqual([
      ["To help countries integrate climate risk into planning.", ["Plans screened for climate risk.", "Forecast error (percentage points) reduced to 2.3."]],
      ["To provide policy advice on sustainable energy.", ["Countries with paperless trade measures."]],
    ]);
  });

  it("ends the row there when the rule runs under the measure too", () => {
    const across = rules.map((r) => (r.y1 === 156.5 ? { ...r, x2: 545.5 } : r));
    // The measure is cut at the rule; the ruled row below it, its objective cell blank, goes on
    // with the objective above (session 24, h-abw4: blankObjectiveSubRow) instead of standing alone.
    expect(read(across)).toEqual([
      ["To help countries integrate climate risk into planning.", ["Plans screened for climate risk.", "Forecast error (percentage", "points) reduced to 2.3."]],
      ["To provide policy advice on sustainable energy.", ["Countries with paperless trade measures."]],
    ]);
  });
});
