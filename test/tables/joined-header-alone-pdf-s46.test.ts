/**
 * Session 46 (h-pdf46), PDF: two tables printed back to back that the word processor joined
 * (LibreOffice, corpus15 val15b/val15h v15-009, the pages as printed, shortened): the second
 * table's header (`Objectives | Expected results | Indicators of achievement`) ends page 1 with no
 * row under it, and its rows run on page 2 under the first table's header repeated at the top
 * (`No. | Objective | Expected accomplishment | Performance measure | Target`). The open table is a
 * header alone, so its body gives nothing to set the rows against (rowsInOpenTableCells); its rows'
 * runs reach past the repeated header's next label ("…listed equities (42%)." runs 28 pt past
 * `Target`), which no cell of that header does (runsCrossHeaderColumns, plain text only until this
 * session). Read under the repeated header, "(42%)." and "ranges: 82 per cent." were cut off into a
 * Target column the rows do not have. Fails without `headerAtPageFoot` (checked: removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const p1 = pdfLineMaker(1, 9.99);
const p2 = pdfLineMaker(2, 9.99);
const FIVE: Parameters<typeof p1>[2] = [["No.", 66.3, 14.7, true], ["Objective", 175, 40.9, true], ["Expected accomplishment", 332.1, 111, true], ["Performance measure", 536.5, 93.9, true], ["Target", 724.4, 28.8, true]];

const page1 = [
  p1(1, 199.8, [["1. Delivering programme results", 51.5, 165.6, true]]),
  p1(2, 217.7, [["The following results will be delivered in 2024.", 51.5, 190]]),
  p1(3, 242.4, FIVE),
  p1(4, 261.7, [["1.1", 55.3, 12.5], ["To report transparently to the Pensions Board", 99.5, 181.7], [" Trade order management system in", 320.5, 154.8], [" Asset classes within their approved", 505.3, 154.8], ["At least 87%", 690.8, 51.5]]),
  p1(5, 273.2, [["and the Investments Committee during the", 99.5, 169.7], ["production for all asset classes", 334.6, 121.8], ["allocation ranges", 519.3, 67.8]]),
  p1(6, 284.8, [["biennium", 99.5, 37.7]]),
  p1(7, 346.4, [["1.2", 55.3, 12.5], ["To strengthen compliance monitoring of the", 99.5, 175.9], [" Trade order management system in", 320.5, 154.8], [" Private market commitments approved", 505.3, 168.8], ["23", 690.7, 10]]),
  p1(8, 358.0, [["investment policy statement with the support of", 99.5, 189.9], ["production for all asset classes", 334.6, 121.8]]),
  p1(9, 369.5, [["partners", 99.5, 32.1]]),
  p1(10, 527.9, [["Objectives", 139.9, 44.9, true], ["Expected results", 360, 70.1, true], ["Indicators of achievement", 598.6, 110.2, true]]),
];
const page2 = [
  p2(11, 64.8, FIVE),
  p2(12, 84.1, [["To report transparently to the Pensions Board and the", 55.3, 213.3], ["Quarterly performance reports issued to the Investments", 277, 224.3], ["New mandates screened against sustainable investment criteria:", 520.8, 253.5]]),
  p2(13, 95.6, [["Investments Committee in close cooperation with", 55.3, 197.9], ["Committee.", 277, 46.7], ["99 per cent.", 520.8, 46.8]]),
  p2(14, 107.2, [["Member States", 55.3, 60.1]]),
  p2(15, 129.1, [["To reduce the carbon footprint of the public equity", 55.3, 202.2], ["Real rate of return measured over rolling fifteen-year", 277, 211.8], ["Reduction in the carbon footprint of listed equities (42%).", 520.8, 231.3]]),
  p2(16, 140.5, [["portfolio", 55.3, 34.9], ["periods.", 277, 31.8]]),
  p2(17, 174.0, [["To diversify the private markets programme by", 55.3, 188.9], ["Trade order management system in production for all asset", 277, 234.8], ["Asset classes within their approved allocation ranges: 82 per cent.", 520.8, 263]]),
  p2(18, 185.5, [["vintage year and region within existing resources", 55.3, 196.1], ["classes.", 277, 30.2]]),
  p2(19, 199.7, [["Basis points of total investment cost: 20.", 520.8, 161.9]]),
];

describe("rows under a joined table's repeated header, the open table a header alone at the page foot before (PDF)", () => {
  it("are read in their own cells, not cut at the repeated header's Target label", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 842, height: 595, lines: page1, rules: [], removed: [] }, { number: 2, width: 842, height: 595, lines: page2, rules: [], removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, measures: o.measures.map((m) => m.text), target: o.extra?.target }));
    const joined = rows.slice(-3);
    expect(joined.map((r) => r.objective)).toEqual([
      "To report transparently to the Pensions Board and the Investments Committee in close cooperation with Member States",
      "To reduce the carbon footprint of the public equity portfolio",
      "To diversify the private markets programme by vintage year and region within existing resources",
    ]);
    expect(joined.map((r) => r.measures)).toEqual([
      ["New mandates screened against sustainable investment criteria: 99 per cent."],
      ["Reduction in the carbon footprint of listed equities (42%)."],
      ["Asset classes within their approved allocation ranges: 82 per cent.", "Basis points of total investment cost: 20."],
    ]);
    expect(joined.map((r) => r.target)).toEqual([undefined, undefined, undefined]);
  });
});
