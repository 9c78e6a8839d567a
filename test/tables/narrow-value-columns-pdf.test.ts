/**
 * Narrow Baseline / Target columns in LibreOffice's print of RTF tables (test/corpus8 dev8d, whose
 * producer settings vary margins, fonts, padding and column widths): labels broken inside their
 * words, a value wrapped under a one-line measure, a no-break phrase broken mid-word, a sign pushed
 * onto the next line. Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { joinBrokenWord, joinCellLine, joinFragments, splitItems, type Fragment } from "../../src/tables/text.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const roles = (lines: Line[]) => detectHeader(lines, 0)?.columns.map((c) => [c.role, c.header]);

describe("a two-level header whose value labels a narrow cell broke mid-word", () => {
  it("takes the lower row beside the labels' tails ('Indicator  ine  t' under 'Basel  Targe', d8d-003)", () => {
    const mk = pdfLineMaker(1, 10);
    const lines = [
      mk(58, 649.3, [["Key performance indicators", 312.1, 131.8, true]]),
      mk(59, 661.8, [["Basel", 406.4, 26.7, true], ["Targe", 450.2, 26.4, true]]),
      mk(60, 667.5, [["Objective", 93.4, 44.7, true], ["Outcome", 197.5, 43.2, true]]),
      mk(61, 673.8, [["Indicator", 313.3, 42.1, true], ["ine", 412.5, 14.4, true], ["t", 461.8, 3.3, true]]),
      mk(62, 685.8, [["2015", 408.6, 22.2, true], ["2016", 452.3, 22.2, true]]),
      mk(63, 698.3, [["To improve the", 72.1, 65.2], ["Misinformation", 175.4, 64.7], ["Information centres", 278.7, 85.1], ["33", 414.2, 11.1], ["40", 457.9, 11.1]]),
    ];
    expect(roles(lines)).toEqual([
      ["objective", "Objective"],
      ["accomplishments", "Outcome"],
      ["measures", "Indicator"],
      ["baseline", "Baseline"],
      ["target", "Target"],
    ]);
  });

  it("glues a label broken twice, piece by piece ('BAS' / 'ELIN' / 'E', d8d-015)", () => {
    const mk = pdfLineMaker(1, 10);
    const lines = [
      mk(228, 204.5, [["PERFORMANCE MEASURES", 282.5, 137.1, true]]),
      mk(229, 216.7, [["BAS", 413.1, 20.6, true]]),
      mk(230, 222.6, [["EXPECTED", 144.4, 53.4, true], ["TAR", 456.5, 19.6, true]]),
      mk(231, 228.6, [["OBJECTIVE", 57.0, 56.2, true], ["ELIN", 412.0, 22.7, true]]),
      mk(232, 234.6, [["RESULT", 151.7, 38.9, true], ["INDICATOR", 280.9, 54.2, true], ["GET", 456.1, 20.5, true]]),
      mk(233, 240.7, [["E", 420.0, 6.7, true]]),
      mk(234, 246.7, [["2014", 455.2, 22.2, true]]),
      mk(235, 252.7, [["2013", 412.2, 22.2, true]]),
      mk(236, 264.7, [["To implement", 57.0, 60.0], ["Staff", 151.7, 22.0], ["Accepted recommendations", 246.0, 120.0], ["65 pe", 412.0, 24.0], ["68 pe", 455.0, 24.0]]),
    ];
    const columns = roles(lines) ?? [];
    expect(columns.find(([role]) => role === "baseline")).toEqual(["baseline", "BASELINE"]);
    expect(columns.find(([role]) => role === "target")?.[1]).toMatch(/^TARGET/);
  });
});

describe("a value wrapped under a one-line measure in a table ruled between its sub-rows", () => {
  // d8d-008 page 4 (A4 landscape, Liberation Sans 11 pt, grid): "40 per" / "cent" beside the one-line
  // "Tickets purchased …", whose cell's rule lies under "cent"; the next measure opens a line below
  // "cent", as near as the line above it.
  const mk = pdfLineMaker(1, 11);
  const lines = [
    mk(132, 226.2, [["Expected", 241.7, 48.9, true], ["Indicators of Achievement", 479.2, 137.0, true]]),
    mk(133, 233.1, [["Objectives", 103.6, 55.6, true]]),
    mk(134, 239.4, [["Results", 246.2, 39.7, true], ["Indicator", 457.2, 46.4, true], ["Target", 644.6, 32.8, true], ["Baseline", 705.7, 45.2, true]]),
    mk(135, 253.7, [["To achieve gender", 72.1, 89.9], ["Staff completing", 206.8, 78.6], ["Accepted recommendations implemented on time", 341.4, 241.4], ["78 per", 645.4, 31.2], ["74 per", 712.8, 31.2]]),
    mk(136, 266.4, [["parity at all levels of the", 72.1, 114.9], ["mandatory courses", 206.8, 93.5], ["(percentage)", 341.4, 62.4], ["cent", 650.6, 20.8], ["cent", 718.0, 20.8]]),
    mk(137, 279.0, [["department.", 72.1, 58.6], ["Staff completing mandatory training (percentage)", 341.4, 238.2], ["77 per", 645.4, 31.2], ["73 per", 712.8, 31.2]]),
    mk(139, 294.0, [["cent", 650.6, 20.8], ["cent", 718.0, 20.8]]),
    mk(141, 309.0, [["Expenditure aligned", 206.8, 97.2], ["Tickets purchased 16 days in advance (percentage)", 341.4, 252.1], ["40 per", 645.4, 31.2], ["33 per", 712.8, 31.2]]),
    mk(142, 321.7, [["with approved", 206.8, 68.4], ["cent", 650.6, 20.8], ["cent", 718.0, 20.8]]),
    mk(143, 334.3, [["resources", 206.8, 48.3], ["Budget implementation rate (percentage)", 341.4, 199.9], ["91 per", 645.4, 31.2], ["89 per", 712.8, 31.2]]),
    mk(145, 349.3, [["cent", 650.6, 20.8], ["cent", 718.0, 20.8]]),
    mk(147, 364.3, [["To improve the", 72.1, 72.1], ["Performance cycle", 206.8, 91.1], ["Women at P-5 level and above (percentage)", 341.4, 215.6], ["49 per", 645.4, 31.2], ["45 per", 712.8, 31.2]]),
    mk(148, 377.0, [["geographical diversity of", 72.1, 118.5], ["completed on schedule", 206.8, 113.1], ["cent", 650.6, 20.8], ["cent", 718.0, 20.8]]),
    mk(149, 389.6, [["staff.", 72.1, 23.6]]),
  ];
  const h = (y: number, x1: number) => ({ x1, y1: y, x2: 761.35, y2: y });
  const v = (x: number) => ({ x1: x, y1: 214.8, x2: x, y2: 397 });
  const rules = [
    h(215.35, 63.45), h(229.15, 333.15), h(242.85, 64.55), h(270.9, 333.15), h(298.6, 198.55), h(326.2, 333.15), h(353.9, 64.55), h(381.5, 333.15), h(397, 64.55),
    v(64), v(198.7), v(333.3), { x1: 627.2, y1: 228.6, x2: 627.2, y2: 397 }, { x1: 694.6, y1: 228.6, x2: 694.6, y2: 397 }, v(761.9),
  ];
  const read = (withRules: boolean) => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 842, height: 595, lines, rules: withRules ? rules : [], removed: [] }] };
    return readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => [m.target, m.baseline]));
  };

  it("goes with the measure above it, up to the rule under its cell (d8d-008)", () => {
    expect(read(true)[0]).toEqual([
      ["78 per cent", "74 per cent"],
      ["77 per cent", "73 per cent"],
      ["40 per cent", "33 per cent"],
      ["91 per cent", "89 per cent"],
    ]);
  });
});

describe("values of their own one line apart in a table ruled elsewhere (corpus4 f1-029 weasy.pdf)", () => {
  // The Target column's cells stand a line step apart with no rule between them, under a rule
  // elsewhere in the block: a line opening with a number is a value of its own, not the rest of
  // the one above it.
  const mk = pdfLineMaker(1, 11);
  const lines = [
    mk(132, 226.2, [["Expected", 241.7, 48.9, true], ["Indicators of Achievement", 479.2, 137.0, true]]),
    mk(133, 233.1, [["Objectives", 103.6, 55.6, true]]),
    mk(134, 239.4, [["Results", 246.2, 39.7, true], ["Indicator", 457.2, 46.4, true], ["Target", 644.6, 32.8, true], ["Baseline", 705.7, 45.2, true]]),
    mk(135, 253.7, [["To achieve gender", 72.1, 89.9], ["Staff completing", 206.8, 78.6], ["• Accepted recommendations implemented", 341.4, 200.4], ["31 Dec", 645.4, 31.2], ["74%", 712.8, 20.2]]),
    mk(136, 266.4, [["parity at all levels.", 72.1, 94.9], ["courses", 206.8, 43.5], ["• Staff completing mandatory training", 341.4, 190.2], ["88% by", 645.4, 31.2], ["73%", 712.8, 20.2]]),
    mk(137, 279.0, [["• Budget implementation rate", 341.4, 150.9], ["94%", 645.4, 20.2], ["89%", 712.8, 20.2]]),
  ];
  const h = (y: number, x1: number) => ({ x1, y1: y, x2: 761.35, y2: y });
  const v = (x: number) => ({ x1: x, y1: 214.8, x2: x, y2: 290 });
  const rules = [
    h(215.35, 63.45), h(229.15, 333.15), h(242.85, 64.55), h(270.9, 333.15), h(290, 64.55),
    v(64), v(198.7), v(333.3), { x1: 627.2, y1: 228.6, x2: 627.2, y2: 290 }, { x1: 694.6, y1: 228.6, x2: 694.6, y2: 290 }, v(761.9),
  ];
  it("keeps each value with its own measure", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 842, height: 595, lines, rules, removed: [] }] };
    const got = readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => [m.target, m.baseline]));
    expect(got[0]).toEqual([
      ["31 Dec", "74%"],
      ["88% by", "73%"],
      ["94%", "89%"],
    ]);
  });
});

describe("a narrow cell's line ends", () => {
  it("join a no-break phrase broken mid-word after a full line of several words ('65 pe' / 'r cent', d8d-015)", () => {
    expect(joinBrokenWord("65 pe", "r cent", undefined, false)).toBe("65 per cent");
    const cell: Fragment[] = [
      { text: "65 pe", page: 1, line: 1, fillsAfterWords: true },
      { text: "r cent", page: 1, line: 2 },
    ];
    expect(splitItems(cell)).toEqual(["65 per cent"]);
  });

  it("still leave a tail that is a word of its own after a full line of several words", () => {
    expect(joinBrokenWord("in the are", "a of", undefined, false)).toBeNull();
  });

  it("give a comma, semicolon or colon opening the next line before words back to the word above ('processing' / '; parallel testing')", () => {
    expect(joinCellLine("Enterprise system changes delay processing", "processing", "; parallel testing")).toBe("Enterprise system changes delay processing; parallel testing");
    const cell: Fragment[] = ["- Enterprise", "system", "changes", "delay", "processing", "; parallel", "testing"].map((text, k) => ({ text, page: 1, line: k }));
    expect(splitItems(cell)).toEqual(["Enterprise system changes delay processing; parallel testing"]);
  });

  it("close an open bracket with the lone bracket broken onto the next line, with no space ('(2021' / ')', corpus2 h2-009 lo.pdf)", () => {
    expect(joinCellLine("71% (2021", "71% (2021", ")")).toBe("71% (2021)");
    const cell: Fragment[] = [{ text: "46% (2021", page: 1, line: 1 }, { text: ")", page: 1, line: 2 }];
    expect(splitItems(cell)).toEqual(["46% (2021)"]);
    expect(joinFragments(cell)).toBe("46% (2021)");
    // With no bracket open before it, a lone ")" is no closing of the text above.
    expect(joinCellLine("71% in 2021", "71% in 2021", ")")).toBe("71% in 2021 )");
  });
});
