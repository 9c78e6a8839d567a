/**
 * Session 46 (h-pdf46), PDF: two tables of the same labels ("Objectives | Expected accomplishments |
 * Key performance indicators") one under the other on a page, the first ruled (a rule over and
 * under its header, rules between its rows), the second borderless (WeasyPrint, corpus11 val11g
 * v11g-012 page 2, the lines and rules as read). The second header was read as the first table's
 * repeated header, its rows took the ruled part's row boundaries and ran into one row ("To deepen
 * cooperation … To improve the safety and security of peacekeepers"). A header the page rules under
 * a part whose header it did not (or the other way) opens another table (`ruledOtherwise`, from
 * `headerRuled`). Fails without it (checked: ruledOtherwise returning false, run, restored).
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(2, 9.5);
const lines = [
  mk(1, 69.8, [["Objectives", 66.7, 48, true], ["Expected accomplishments", 212.7, 125.1, true], ["Key performance indicators", 378.1, 125.7, true]]),
  mk(2, 79.1, []),
  mk(3, 88.4, [["To enhance the performance of", 66.7, 131.5], ["\u25ba Contingents assessed against", 212.7, 141.4], ["\u2013 12% of female military observers de-", 378.1, 164.7]]),
  mk(4, 100.0, [["military and police contingents", 66.7, 127.2], ["performance standards", 225.7, 97.7], ["ployed", 391.1, 28]]),
  mk(5, 110.1, []),
  mk(6, 120.3, [["To improve the integration of", 66.7, 119.9], ["\u25ba Contingents assessed against", 212.7, 141.4], ["\u2013 16% of female military observers de-", 378.1, 164.7]]),
  mk(7, 131.8, [["gender perspectives in peace-", 66.7, 127.3], ["performance standards", 225.7, 97.7], ["ployed", 391.1, 28]]),
  mk(8, 143.4, [["keeping", 66.7, 33.3], ["\u25ba Transition plans agreed with the", 212.7, 148.8], ["\u2013 73% of formed police units deployed", 378.1, 163.7]]),
  mk(9, 150.2, []),
  mk(10, 157.0, [["United Nations country team", 225.7, 119.8], ["on time", 391.1, 31.1]]),
  mk(11, 163.8, []),
  mk(12, 170.6, [["\u2013 2 joint exercises with regional organi-", 378.1, 166.8]]),
  mk(13, 182.2, [["zations", 391.1, 30.1]]),
  mk(14, 197.0, []),
  mk(15, 211.8, [["Objectives", 62.7, 48, true], ["Expected accomplishments", 208.7, 125.1, true], ["Key performance indicators", 374.1, 125.7, true]]),
  mk(16, 224.2, [["To deepen cooperation", 62.7, 96.6], ["\u2022 Formed police units", 208.7, 88.8], ["\u25e6 6 strategic reviews of", 374.1, 95.2]]),
  mk(17, 235.8, [["with regional", 62.7, 53.3], ["deployed within the planned", 208.7, 117.8], ["missions completed", 374.1, 83.4]]),
  mk(18, 247.4, [["organizations on", 62.7, 69.7], ["time", 208.7, 17.9], ["\u25e6 4 joint exercises with", 374.1, 93.6]]),
  mk(19, 258.9, [["peacekeeping", 62.7, 59.1], ["\u2022 Host-country justice", 208.7, 89.4], ["regional organizations", 374.1, 92.9]]),
  mk(20, 270.5, [["institutions functioning in", 208.7, 103.5]]),
  mk(21, 282.1, [["mission areas", 208.7, 58.6]]),
  mk(22, 293.7, [["\u2022 Hazardous areas cleared", 208.7, 112.1]]),
  mk(23, 305.3, [["and released to communities", 208.7, 121.4]]),
  mk(24, 316.9, []),
  mk(25, 328.5, [["To improve the safety and", 62.7, 108.8], ["\u2022 Allegations of misconduct", 208.7, 113.2], ["\u25e6 3 missions with an agreed", 374.1, 115.8]]),
  mk(26, 340.1, [["security of peacekeepers", 62.7, 105.6], ["followed up without delay", 208.7, 106.1], ["transition plan", 374.1, 59.1]]),
  mk(27, 351.7, [["\u2022 Host-country justice", 208.7, 89.4], ["\u25e6 93 square kilometres", 374.1, 94.2]]),
  mk(28, 363.3, [["institutions functioning in", 208.7, 103.5], ["released after clearance", 374.1, 101.9]]),
  mk(29, 374.9, [["mission areas", 208.7, 58.6], ["\u25e6 15% of female military", 374.1, 99.5]]),
  mk(30, 386.4, [["\u2022 Contingents assessed", 208.7, 99.4], ["observers deployed", 374.1, 82.9]]),
  mk(31, 398.0, [["against performance", 208.7, 86.6]]),
  mk(32, 409.6, [["standards", 208.7, 41.7]]),
];
const across = (y: number) => ({ x1: 62.69, y1: y, x2: 549.31, y2: y });
const rules = [across(56.69), across(75.28), across(107.46), across(189.7)];

describe("a borderless table under a ruled one of the same labels (PDF)", () => {
  it("is another table: its rows are not cut at the ruled table's rules", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 612, height: 792, lines, rules, removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments.length, o.measures.length]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(2)).toEqual([
      ["To deepen cooperation with regional organizations on peacekeeping", 3, 2],
      ["To improve the safety and security of peacekeepers", 3, 3],
    ]);
  });
});
