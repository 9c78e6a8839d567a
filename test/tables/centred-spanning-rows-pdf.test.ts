/**
 * A ruled table without an Objective column whose cells are vertically centred (corpus9 dev9b
 * d9b-016, Ghostscript's print of LibreOffice, Helvetica 10 pt): under the second spanning
 * objective row ("Objective: To help …") the first line is a numbered risk in the middle column
 * ("1. Government changes; broad"), which the section reader takes for a numbered heading. The
 * objective row was read as a note under the table (a line across the columns set off by a gap,
 * then a "heading") and the table ended there: its last two objectives were lost, silently.
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(1, 10);
const lines: Line[] = [
  mk(13, 218.0, [["A. ACHIEVING PROGRAMME OBJECTIVES", 62.5, 214.1, true]]),
  mk(15, 242.9, [["Outcomes", 112.3, 48.8, true], ["Risks", 272, 26.6, true], ["Indicators", 422.5, 47.7, true]]),
  mk(16, 254.4, [["and Mitigations", 248.7, 73.2, true], ["of Achievement", 409.3, 74, true]]),
  mk(18, 273.5, [["Objective: To reduce trade costs through customs automation", 65.3, 275.2]]),
  mk(20, 292.6, [["1. Government changes; broad", 215.3, 139.3], ["1. 27 competition laws adopted or", 363.9, 151]]),
  mk(21, 304.1, [["stakeholder involvement", 228.1, 107.7], ["revised", 376.7, 32.2]]),
  mk(22, 310.8, [["o", 66.7, 6], ["Flagship reports cited in", 79.5, 106]]),
  mk(23, 317.0, [["2. Requests exceed resources;", 215.3, 139.4], ["2. 17 investment policy reviews", 363.9, 139.9]]),
  mk(24, 323.2, [["policy debate", 79.5, 58.8]]),
  mk(25, 328.5, [["prioritization by least", 228.1, 91], ["completed", 376.7, 46]]),
  mk(26, 340.7, [["developed status", 228.1, 75.5], ["3. 11 citations of flagship reports", 363.9, 145.4]]),
  mk(28, 360.5, [["Objective: To help developing countries integrate beneficially into the global economy", 65.3, 379.6]]),
  mk(30, 379.6, [["1. Government changes; broad", 215.3, 139.3]]),
  mk(31, 385.3, [["1. 45 investment policy reviews", 363.9, 139.9]]),
  mk(32, 391.1, [["stakeholder involvement", 228.1, 107.7]]),
  mk(33, 396.8, [["o", 66.7, 6], ["Flagship reports cited in", 79.5, 106], ["completed", 376.7, 46]]),
  mk(34, 404.0, [["2. Requests exceed resources;", 215.3, 139.4]]),
  mk(35, 409.5, [["policy debate", 79.5, 58.8], ["2. 43 institutions using the debt", 363.9, 139.3]]),
  mk(36, 415.5, [["prioritization by least", 228.1, 91]]),
  mk(37, 421.2, [["management system", 376.7, 92.7]]),
  mk(38, 427.0, [["developed status", 228.1, 75.5]]),
  mk(40, 446.1, [["Objective: To strengthen consumer protection and competition policy", 65.3, 306.3]]),
  mk(42, 465.2, [["1. 17 diversification strategies", 363.9, 133.3]]),
  mk(43, 471.6, [["1. Connectivity failures; offline", 215.3, 134.1]]),
  mk(44, 476.7, [["adopted", 376.7, 36]]),
  mk(45, 483.1, [["modules", 228.1, 37.8]]),
  mk(46, 489.1, [["o", 66.7, 6], ["Customs declarations", 79.5, 96], ["2. 43 investment policy reviews", 363.9, 139.9]]),
  mk(47, 496.0, [["2. Requests exceed resources;", 215.3, 139.4]]),
  mk(48, 501.1, [["processed electronically", 79.5, 106.6], ["completed", 376.7, 46]]),
  mk(49, 507.5, [["prioritization by least", 228.1, 91]]),
  mk(50, 514.0, [["developed status", 228.1, 75.5], ["3. 47 institutions using the debt", 363.9, 139.3]]),
  mk(51, 520.0, [["management system", 376.7, 92.7]]),
];
const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] };

describe("a spanning objective row over vertically centred cells whose first line is a numbered item", () => {
  it("is the next objective, not a note that ends the table", () => {
    const result = readTables(layout, findSections(layout));
    expect(result.objectives.map((o) => o.objective)).toEqual([
      "To reduce trade costs through customs automation",
      "To help developing countries integrate beneficially into the global economy",
      "To strengthen consumer protection and competition policy",
    ]);
    const second = result.objectives[1]!;
    expect(second.accomplishments).toEqual(["Flagship reports cited in policy debate"]);
    expect(second.measures.map((m) => m.text)).toEqual(["45 investment policy reviews completed", "43 institutions using the debt management system"]);
  });
});
