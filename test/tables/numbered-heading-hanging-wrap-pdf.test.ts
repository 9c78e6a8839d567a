/**
 * Objective headings numbered by Word ("1. To …", "2. To …"), one above each borderless table
 * without an Objective column, the list indented past the table's left edge (corpus7 tune7
 * t7-004, Chromium's print of LibreOffice's HTML, 11.9 pt): the second heading wraps at its
 * hanging indent — "Development Goals." starts where the text after "2." starts (95.6 pt), right
 * of the table's first label (65.9 pt). It is the heading's wrapped line, not the first
 * accomplishment of the objective's table. Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const p2 = pdfLineMaker(2, 11.9);
const p3 = pdfLineMaker(3, 11.9);
const header = (mk: typeof p2, line: number, y: number) =>
  mk(line, y, [["Outcomes", 65.9, 50.8, true], ["Key performance indicators", 211.5, 142.5, true], ["Risks and mitigations", 407.2, 109.5, true]]);
const page2: Line[] = [
  // The document's own numbered sections come first: the headings' numbers are no section marks.
  p2(19, 212.6, [["A. PROGRAMME OBJECTIVES", 65.9, 174.5, true]]),
  p2(21, 236.4, [["1. Mandates", 65.9, 62, true]]),
  p2(23, 260.1, [["The Economic Commission for Europe derives its mandates from the resolutions of the General", 65.9, 455.4]]),
  p2(24, 272.0, [["Assembly and the Security Council.", 65.9, 171.2]]),
  p2(26, 295.7, [["2. Priority programme objectives", 65.9, 168, true]]),
  p2(28, 320.2, [["1. To provide policy advice on sustainable energy to member States.", 83.8, 341.4]]),
  header(p2, 30, 360.3),
  p2(32, 392.9, [["• Cooperation agreements", 65.9, 122.9], ["• Development plans of 92", 229.2, 131.7], ["Limited data availability in", 407.2, 128.9]]),
  p2(33, 406.3, [["among developing", 80.9, 88], ["countries addressing disability.", 241.2, 146.6], ["member States; technical", 407.2, 119.3]]),
  p2(35, 420.4, [["countries concluded.", 80.9, 98.2], ["cooperation.", 407.2, 59]]),
  p2(36, 432.3, [["• 85 cooperation agreements signed", 229.2, 173.9]]),
  p2(37, 445.6, [["in 2009.", 241.2, 38.9]]),
  p2(39, 483.5, [["• Development plans", 65.9, 99.2], ["• 60 member States reporting on", 229.2, 158.4], ["Limited data availability in", 407.2, 128.9]]),
  p2(40, 496.8, [["addressing the rights of", 80.9, 111.1], ["additional Goal indicators.", 241.2, 126.3], ["member States; technical", 407.2, 119.3]]),
  p2(42, 510.9, [["persons with disabilities.", 80.9, 117.7], ["cooperation.", 407.2, 59]]),
];
const page3: Line[] = [
  p3(59, 69.4, [["2. To strengthen the statistical capacity of member States to monitor the Sustainable", 83.8, 424.6]]),
  p3(60, 81.3, [["Development Goals.", 95.6, 101.6, true]]),
  header(p3, 62, 121.3),
  p3(64, 154.0, [["• Development plans", 65.9, 99.2], ["• Forecast errors reduced to 83", 229.2, 150.5], ["Political transitions delay", 407.2, 120.7]]),
  p3(65, 167.3, [["addressing the rights of", 80.9, 111.1], ["percentage points.", 241.2, 86.4], ["reforms; engagement with", 407.2, 124.6]]),
  p3(66, 181.4, [["persons with disabilities.", 80.9, 117.7], ["new authorities.", 407.2, 75.8]]),
  p3(67, 193.3, [["• 15 ministries of finance publishing", 229.2, 177.6]]),
  p3(68, 206.7, [["gender budget statements.", 241.2, 123.7]]),
];
const layout: Layout = {
  format: "pdf",
  text: "",
  pages: [
    { number: 2, width: 612, height: 792, lines: page2, rules: [], removed: [] },
    { number: 3, width: 612, height: 792, lines: page3, rules: [], removed: [] },
  ],
};

describe("a Word-numbered objective heading wrapped at its hanging indent, right of the table's edge", () => {
  it("keeps its wrapped line in the objective", () => {
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments]);
    expect(rows.map((r) => r[0])).toEqual([
      "To provide policy advice on sustainable energy to member States.",
      "To strengthen the statistical capacity of member States to monitor the Sustainable Development Goals.",
    ]);
    expect(rows[1]?.[1]).toEqual(["Development plans addressing the rights of persons with disabilities."]);
  });
});
