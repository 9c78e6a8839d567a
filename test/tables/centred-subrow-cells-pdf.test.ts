/**
 * A borderless table without an Objective column, cells vertically centred (corpus10 dev10b
 * d10b-027, Word's print, Calibri 11 pt): each accomplishment sub-row's measures are numbered
 * "1." "2." at x 280.5 and their text at 300.5. The last sub-row of the first objective,
 * "Financial intelligence units exchanging" | "1." | "91 per cent …", runs from the left edge
 * past the measure column without a wide gap; it was read as a spanning objective row (prose
 * across the columns) because the lines above, each holding only a measure, open at the marker's
 * x with their first run, and only later runs counted as cell starts. The sub-row was lost.
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(1, 11);
const lines: Line[] = [
  mk(34, 422.6, [["Outcome", 149.7, 47.7, true], ["Key performance indicator", 329.5, 139.4, true]]),
  mk(36, 439.4, [["To strengthen the capacity of Member States to counter drug trafficking", 77.4, 374.5, true]]),
  mk(38, 456.1, [["1.", 280.5, 9.2], ["315 prosecutors and judges trained", 300.5, 172.4]]),
  mk(39, 463.5, [["Victims of trafficking identified and", 77.4, 165.9]]),
  mk(40, 469.9, [["2.", 280.5, 9.2], ["46 port control units operating at assisted", 300.5, 201.2]]),
  mk(41, 476.3, [["referred to assistance", 77.4, 105.8]]),
  mk(42, 482.6, [["ports", 300.5, 24.4]]),
  mk(44, 500.4, [["Financial intelligence units exchanging", 77.4, 187.7], ["1.", 280.5, 9.2], ["91 per cent of Member States returning the", 300.5, 209.7]]),
  mk(45, 513.1, [["information", 77.4, 54.4], ["questionnaire", 300.5, 66]]),
  mk(47, 530.9, [["To improve the collection and analysis of data on drugs and crime", 77.4, 345.8, true]]),
  mk(49, 547.7, [["Implementation reviews completed", 77.4, 169.4], ["1.", 280.5, 9.2], ["75% of Member States returning the", 300.5, 176.7]]),
  mk(50, 560.4, [["under the review mechanism", 77.4, 140.6], ["questionnaire", 300.5, 66]]),
];
const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] };

describe("a sub-row running from the left edge past the measure column's marker", () => {
  it("is a row of cells, its marker opening where the measures above open theirs", () => {
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
    expect(rows).toEqual([
      [
        "To strengthen the capacity of Member States to counter drug trafficking",
        ["Victims of trafficking identified and referred to assistance", "Financial intelligence units exchanging information"],
        ["315 prosecutors and judges trained", "46 port control units operating at assisted ports", "91 per cent of Member States returning the questionnaire"],
      ],
      ["To improve the collection and analysis of data on drugs and crime", ["Implementation reviews completed under the review mechanism"], ["75% of Member States returning the questionnaire"]],
    ]);
  });
});
