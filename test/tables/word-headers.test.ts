/**
 * Header labels with years in narrow cells of Word tables printed by LibreOffice (test/corpus7
 * d7-008, d7-017): "Target (2019)" wraps its year onto a line of its own, and a centred header
 * row staggers its cells' lines ("EXPECTED … BASELINE TARGET" / "INDICATORS OF ACHIEVEMENT" /
 * "ACCOMPLISHMENTS (2018) (2019)"). Coordinates as pdf.js reads them (Arial 10 pt, points).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { detectHeader } from "../../src/tables/header.js";
import { readTables } from "../../src/tables/index.js";

const seg = (text: string, x: number, width: number, y: number, line: number): Segment => ({ text, x, y, width, fontSize: 10, page: 3, line, start: 0, end: 0 });
const mk = (line: number, y: number, cells: Array<[string, number, number]>): Line => ({
  page: 3,
  line,
  y,
  text: cells.map(([t]) => t).join("   "),
  start: 0,
  end: 0,
  segments: cells.map(([t, x, w]) => seg(t, x, w, y, line)),
});
const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 3, width: 595, height: 842, lines, rules: [], removed: [] }] });

describe("a Target label whose year wraps onto the next line of its cell", () => {
  // d7-008 page 3: "Target (2019)" in a narrow cell, the year 12 pt under the label; the first row
  // 21 pt lower still (cell padding), its values under the label.
  const lines = [
    mk(95, 249, [["Objectives", 119.7, 50.5], ["Performance Measure", 290.8, 104.4], ["Target", 480.6, 30.5]]),
    mk(96, 261, [["(2019)", 481.4, 28.8]]),
    mk(97, 272, []),
    mk(98, 282, [["To make meetings of", 70.1, 93.2], ["Documents issued on time", 239.8, 117.7], ["48%", 485.8, 20]]),
    mk(99, 294, [["intergovernmental bodies", 70.1, 112]]),
    mk(100, 305, [["accessible to persons with", 70.1, 117], ["Conference-servicing utilization", 239.8, 139], ["69%", 485.8, 20]]),
    mk(101, 317, [["disabilities.", 70.1, 49]]),
  ];

  it("is the header's last line, not the first row's target", () => {
    const layout = layoutOf(lines);
    const row = readTables(layout, findSections(layout)).objectives[0];
    expect(row?.objective).toBe("To make meetings of intergovernmental bodies accessible to persons with disabilities.");
    expect(row?.measures.map((m) => [m.text, m.target])).toEqual([
      ["Documents issued on time", "48%"],
      ["Conference-servicing utilization", "69%"],
    ]);
  });

  it("stays the first row's value when it lies as far below as a row after cell padding", () => {
    // A year alone 23 pt under the label, the row's other cells centred lower: the first row's
    // target (a year), not a wrapped label line.
    const far = [
      lines[0]!,
      mk(96, 272, [["2019", 485.8, 20]]),
      mk(98, 283, [["To hold elections on time.", 70.1, 110], ["Elections held by", 239.8, 80]]),
    ];
    const layout = layoutOf(far);
    const row = readTables(layout, findSections(layout)).objectives[0];
    expect(row?.measures.map((m) => [m.text, m.target])).toEqual([["Elections held by", "2019"]]);
  });
});

describe("a centred header row whose cells wrap to three staggered lines", () => {
  it("reads every cell, the years with their labels (d7-008 'Expected accomplishments … Target (2019)')", () => {
    const lines = [
      mk(109, 415, [["EXPECTED", 105.9, 53.8], ["BASELINE", 408.3, 50.5], ["TARGET", 480.9, 41.1]]),
      mk(110, 421, [["INDICATORS OF ACHIEVEMENT", 225.4, 154.3]]),
      mk(111, 427, [["ACCOMPLISHMENTS", 81.7, 102.1], ["(2018)", 419.1, 28.8], ["(2019)", 487, 28.8]]),
    ];
    const header = detectHeader(lines, 0, "");
    expect(header?.lineCount).toBe(3);
    expect(header?.columns.map((c) => [c.role, c.header])).toEqual([
      ["accomplishments", "EXPECTED ACCOMPLISHMENTS"],
      ["measures", "INDICATORS OF ACHIEVEMENT"],
      ["baseline", "BASELINE (2018)"],
      ["target", "TARGET (2019)"],
    ]);
  });
});

describe("a Word-numbered objective heading between two tables ('1. To promote …', d7-029)", () => {
  it("is the next table's objective, not a row of the table above", () => {
    // Landscape page, Calibri 11 pt: the table above (Expected result | Key performance indicators)
    // ends, then the heading "1." ⇥ "To promote …" runs across that table's column gap, then the
    // next table's header (no Objective column) and its measure rows.
    const row = (line: number, y: number, cells: Array<[string, number, number]>): Line => ({
      page: 3,
      line,
      y,
      text: cells.map(([t]) => t).join(" "),
      start: 0,
      end: 0,
      segments: cells.map(([t, x, w]) => ({ text: t, x, y, width: w, fontSize: 11, page: 3, line, start: 0, end: 0 })),
    });
    const lines = [
      row(31, 40, [["Objective: To support regional integration through trade facilitation.", 60.1, 427.8]]),
      row(33, 71.2, [["Expected", 186.3, 57], ["Key performance", 522.7, 106.1]]),
      row(34, 84, [["result", 196.7, 36.2], ["indicators", 544.8, 61.9]]),
      row(46, 98.8, [["• National statistical offices producing indicators to", 62.1, 287.5], ["(i) Paperless trade measures adopted by 46 countries.", 374.5, 301.4]]),
      row(47, 111.6, [["international standards.", 77.1, 131.8], ["(ii) 55 member States reporting on additional Goal indicators.", 374.5, 338.4]]),
      row(49, 126.4, [["(iii)", 374.5, 17.7], ["Infrastructure plans of 18 countries screened for climate risk by", 407.5, 351.3]]),
      row(50, 139.2, [["December 2018.", 391.5, 91.9]]),
      row(51, 158, []),
      row(52, 176.8, [["1.", 63.1, 10.5], ["To promote the inclusion of persons with disabilities in national development plans.", 80.1, 522.9]]),
      row(53, 185.7, []),
      row(54, 194.6, [["Performance Measure", 60.1, 136.3], ["Target (2018)", 516.1, 85.4], ["Baseline (2017)", 684.9, 97.1]]),
      row(55, 207.4, [["Countries with paperless trade measures", 60.1, 226.3], ["28", 587.6, 14], ["18", 768, 14]]),
      row(57, 223.2, [["Plans screened for climate risk", 60.1, 169], ["24", 587.6, 14], ["14", 768, 14]]),
    ];
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 3, width: 842, height: 595, lines, rules: [], removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To support regional integration through trade facilitation.", ["National statistical offices producing indicators to international standards."]],
      ["To promote the inclusion of persons with disabilities in national development plans.", []],
    ]);
    expect(rows[1]?.measures.map((m) => [m.text, m.target, m.baseline])).toEqual([
      ["Countries with paperless trade measures", "28", "18"],
      ["Plans screened for climate risk", "24", "14"],
    ]);
  });
});

describe("a label's first word alone on the header's first line (h7-014 'Expected' / 'Accomplishments')", () => {
  // LibreOffice, Calibri 12 pt: "Expected" centred over "Accomplishments" beside one-line labels,
  // the year of "Target (2010)" on the second line.
  const lines = [
    mk(174, 594.2, [["Expected", 102.2, 62.2], ["Performance Measures", 225.2, 155.7], ["Target", 411.7, 44.6], ["Baseline", 473.2, 57.4]]),
    mk(175, 601, []),
    mk(176, 608.2, [["Accomplishments", 73.9, 118.8], ["(2010)", 411.9, 44.4]]),
  ];
  it("reads the accomplishments column from both lines, not a value table with a row label", () => {
    const header = detectHeader(lines, 0, "");
    expect(header?.lineCount).toBe(3);
    expect(header?.columns.map((c) => [c.role, c.header])).toEqual([
      ["accomplishments", "Expected Accomplishments"],
      ["measures", "Performance Measures"],
      ["target", "Target (2010)"],
      ["baseline", "Baseline"],
    ]);
  });
});

describe("a label word broken inside a narrow header cell without a hyphen (h7-003 'ACCOMPLISHME' / 'NTS')", () => {
  const lines = [
    mk(56, 75.9, [["EXPECTED", 221.6, 65.3]]),
    mk(57, 82.0, [["KEY PERFORMANCE", 343.4, 123.8], ["TARG", 505.1, 33.6]]),
    mk(58, 88.2, [["OBJECTIVES", 86.9, 75.8], ["ACCOMPLISHME", 202.8, 102.8]]),
    mk(59, 94.4, [["INDICATORS", 366.2, 78.3], ["ET", 514.0, 15.8]]),
    mk(60, 100.6, [["NTS", 241.8, 25.0]]),
  ];
  it("joins the tail to its head: an accomplishments column, not an extra one", () => {
    const header = detectHeader(lines, 0, "");
    expect(header?.columns.map((c) => [c.role, c.header])).toEqual([
      ["objective", "OBJECTIVES"],
      ["accomplishments", "EXPECTED ACCOMPLISHMENTS"],
      ["measures", "KEY PERFORMANCE INDICATORS"],
      ["target", "TARGET"],
    ]);
  });
});
