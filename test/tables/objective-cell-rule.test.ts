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
