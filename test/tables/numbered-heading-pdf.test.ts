/**
 * A Word-numbered objective heading printed by LibreOffice as two runs ("1." | "To provide …",
 * the number at the list's indent) under the last row of a table without an Objective column and
 * above the next table (corpus7 h7-007): its text runs across the edge where the table's second
 * column opens in the rows above, so it is no cell of that table but the next table's objective.
 * Coordinates as pdf.js reads them (Arial 12 pt, points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(3, 12);
const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 3, width: 792, height: 612, lines, rules: [], removed: [] }] });

const lines = [
  mk(24, 81.3, [["Objective: To deepen South-South cooperation on financing for development", 60.1, 439.9, true]]),
  mk(26, 104.1, [["EXPECTED", 171.8, 64.6, true], ["KEY PERFORMANCE", 479.1, 121.9, true]]),
  mk(27, 117.9, [["RESULTS", 176.1, 56.0, true], ["INDICATORS", 502.8, 74.5, true]]),
  mk(29, 137.9, [["• Development plans addressing the rights of", 66.1, 245.5], ["-", 354.1, 4.0], ["Infrastructure plans of 12 countries screened for climate risk by", 369.1, 333.8]]),
  mk(30, 151.7, [["persons with disabilities", 81.1, 125.9], ["September 2013", 369.1, 88.6]]),
  mk(31, 166.5, [["-", 354.1, 4.0], ["27 member States reporting on additional Goal indicators", 369.1, 303.1]]),
  mk(33, 187.6, [["• Energy policies revised with the support of the", 66.1, 259.4], ["-", 354.1, 4.0], ["40 ministries of finance publishing gender budget statements", 369.1, 322.4]]),
  mk(34, 201.4, [["commission", 81.1, 63.3]]),
  mk(36, 222.4, [["• Trade facilitation measures adopted by member", 66.1, 268.8], ["-", 354.1, 4.0], ["43 ministries of finance publishing gender budget statements", 369.1, 322.4]]),
  mk(37, 236.2, [["States", 81.1, 34.0], ["-", 354.1, 4.0], ["Forecast errors reduced to 63 percentage points", 369.1, 256.4]]),
  mk(40, 294.6, [["1.", 63.1, 10.0], ["To provide policy advice on sustainable energy to member States.", 80.1, 377.0, true]]),
  mk(42, 313.4, [["Performance Measure", 60.1, 125.2, true], ["Baseline", 514.8, 49.3, true], ["Target", 695.4, 36.6, true]]),
  mk(43, 328.0, [["Gender budget statements published", 60.1, 196.5], ["4", 557.4, 6.7], ["13", 718.8, 13.4]]),
  mk(45, 344.8, [["Countries with paperless trade measures", 60.1, 217.8], ["9", 557.4, 6.7], ["23", 718.8, 13.4]]),
];

describe("a numbered objective heading in two runs under a table without an Objective column", () => {
  it("ends the table above and opens the next one", () => {
    const layout = layoutOf(lines);
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments.length, o.measures.map((m) => m.text)]);
    expect(rows).toEqual([
      ["To deepen South-South cooperation on financing for development", 3, ["Infrastructure plans of 12 countries screened for climate risk by September 2013", "27 member States reporting on additional Goal indicators", "40 ministries of finance publishing gender budget statements", "43 ministries of finance publishing gender budget statements", "Forecast errors reduced to 63 percentage points"]],
      ["To provide policy advice on sustainable energy to member States.", 0, ["Gender budget statements published", "Countries with paperless trade measures"]],
    ]);
  });
});

describe("a numbered objective heading indented as a list item (Chromium's print, h7-015)", () => {
  // Chromium sets Word numbering as an HTML list: "1. To make meetings …" one run at the list's
  // padding, 18 pt right of the table's edge, across every column, then the next table's caption
  // and header. Times 11.9 pt.
  const mk2 = pdfLineMaker(2, 11.9);
  const chromium = [
    mk2(30, 380, [["Expected", 65.9, 50, true], ["Performance", 215.9, 70, true], ["Baseline", 417.4, 45, true], ["Target", 485.1, 35, true]]),
    mk2(31, 393, [["Accomplishment", 65.9, 85, true], ["Indicators", 215.9, 55, true], ["(2010)", 417.4, 35, true]]),
    mk2(38, 469.4, [["Objective 2: To move documentation workflows to paperless processes", 65.9, 355.3, true]]),
    mk2(40, 502.0, [["Conference-servicing utilization", 215.9, 153.3], ["41%", 417.4, 21.8], ["61%", 485.1, 21.8]]),
    mk2(41, 511.7, [["Terminology entries added to", 65.9, 139.3]]),
    mk2(42, 525.0, [["the shared database.", 65.9, 95.3]]),
    mk2(43, 534.7, [["Meetings with captioning", 215.9, 121.4], ["14", 417.4, 11.9], ["16", 485.1, 11.9]]),
    mk2(49, 640.1, [["1. To make meetings of intergovernmental bodies accessible to persons with disabilities.", 83.8, 441.2]]),
    mk2(51, 679.4, [["Performance framework, 2011", 65.9, 154.6, true]]),
    mk2(53, 712.0, [["RISKS AND", 407.0, 63.7, true]]),
    mk2(54, 718.7, [["OUTCOMES", 65.9, 69.3, true], ["PERFORMANCE MEASURES", 211.7, 162.6, true]]),
    mk2(55, 725.4, [["MITIGATIONS", 407.0, 82.3, true]]),
    mk2(57, 750, [["Meetings held with captioning.", 65.9, 140], ["Meetings with captioning", 211.7, 121.4], ["Late requests; early planning.", 407, 140]]),
  ];
  it("is no cell of the table above but the next table's objective", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 612, height: 792, lines: chromium, rules: [], removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
    expect(rows).toEqual([
      ["To move documentation workflows to paperless processes", ["Terminology entries added to the shared database."], ["Conference-servicing utilization", "Meetings with captioning"]],
      ["To make meetings of intergovernmental bodies accessible to persons with disabilities.", ["Meetings held with captioning."], ["Meetings with captioning"]],
    ]);
  });
});
