/**
 * Typst tables with justified cells (corpus20 d20-003, d20-010, d20-015 typst.pdf; Libertinus Serif
 * 10 pt, coordinates as pdf.js reads them, points, y down). Justification stretches every gap of a
 * cell's line but its last, and a stretched gap is wide enough to part the line into runs:
 * - a header label's first line falls apart into one-word runs ("Key          performance" over
 *   "indicators"; "RISKS   AND   MITIGA-" over "TIONS"), the words after the first standing over
 *   nothing — read as cells of their own, the header was lost or its columns wrong;
 * - a cell's line ends with a run near the next column's edge ("(c) Boundary        pillars",
 *   "2) Sessions   of   the"), which was taken for that column's opening.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const mk = (line: number, y: number, cells: Cell[]): Line => pdfLineMaker(1, 10)(line, y, cells);
const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] });
const cell = (text: string, left: number, right: number): Cell => [text, left, right - left];

/** d20-003 page 1: the measure column's label justified over its cell, 365.6–519.3. */
const keyPerformance = [
  mk(1, 436.7, [cell("Objectives", 76, 141.2), cell("Expected", 202, 259.1), cell("Key", 365.6, 388.6), cell("performance", 440.1, 519.3)]),
  mk(2, 451.9, [cell("accomplishments", 202, 309.8), cell("indicators", 365.6, 427.6)]),
];

describe("a justified header label parted at its stretched gaps", () => {
  it("reads the label's pieces as one cell", () => {
    const header = detectHeader(keyPerformance, 0);
    expect(header?.columns.map((c) => [c.role, c.header])).toEqual([
      ["objective", "Objectives"],
      ["accomplishments", "Expected accomplishments"],
      ["measures", "Key performance indicators"],
    ]);
    expect(header?.lineCount).toBe(2);
  });

  it("mends a label word hyphenated at the justified line's end (d20-010: RISKS AND MITIGA- / TIONS)", () => {
    const lines = [
      mk(1, 55.4, [cell("OBJECTIVE", 47, 112), cell("EXPECTED", 219, 282.8), cell("ACCOMPLISH-", 311.7, 397.5), cell("KEY PERFORMANCE INDICATOR", 405, 596), cell("RISKS", 606, 642.9), cell("AND", 661.4, 688.3), cell("MITIGA-", 706.8, 755.5)]),
      mk(2, 70.5, [cell("MENT", 219, 254.2), cell("TIONS", 606, 644.1)]),
    ];
    const header = detectHeader(lines, 0);
    expect(header?.columns.map((c) => [c.role, c.header])).toEqual([
      ["objective", "OBJECTIVE"],
      ["accomplishments", "EXPECTED ACCOMPLISHMENT"],
      ["measures", "KEY PERFORMANCE INDICATOR"],
      ["risks", "RISKS AND MITIGATIONS"],
    ]);
  });

  it("keeps a one-line label beside a wrapped one apart (the joined text is no label)", () => {
    // "KEY PERFORMANCE" / "INDICATOR" with "BASELINE" and "TARGET" beside it, the gaps alike
    // (cell padding): the wrapped label's line is two words in one run, no justified line of
    // one-word runs, and "KEY PERFORMANCE BASELINE TARGET INDICATOR" is no label anyway.
    const lines = [
      mk(1, 497.8, [cell("OBJECTIVE", 76, 123.3), cell("EXPECTED", 172, 218.4), cell("KEY PERFORMANCE", 272.4, 362.7), cell("BASELINE", 372.7, 416.5), cell("TARGET", 427.1, 461.8)]),
      mk(2, 508.8, [cell("ACCOMPLISHMENT", 172, 256.7), cell("INDICATOR", 272.4, 321.5)]),
    ];
    expect(detectHeader(lines, 0)?.columns.map((c) => c.role)).toEqual(["objective", "accomplishments", "measures", "baseline", "target"]);
    // Nor are one-word labels joined over a year under the first of them: "Baseline Target (2019)" is no label.
    const values = [
      mk(1, 100, [cell("Objective", 76, 120), cell("Outcome", 172, 210), cell("Performance indicator", 250, 340), cell("Baseline", 372.7, 410), cell("Target", 427.1, 455)]),
      mk(2, 111, [cell("(2019)", 372.7, 400)]),
    ];
    expect(detectHeader(values, 0)?.columns.map((c) => c.role)).toEqual(["objective", "accomplishments", "measures", "baseline", "target"]);
  });
});

describe("a justified cell's line whose last run ends near the next column's edge", () => {
  it("keeps the run in its own column (d20-003: the next column opens later on the line)", () => {
    const layout = layoutOf([
      ...keyPerformance,
      mk(3, 470.2, [cell("To protect the rights", 76, 192), cell("(c) Boundary", 202, 275.8), cell("pillars", 322.5, 355.6), cell("(a) Kilometres of boundary", 365.6, 515.1)]),
      mk(4, 485.4, [cell("of the populations", 76, 184.8), cell("emplaced and verified.", 222.8, 349.6), cell("assessed: 240.", 386.5, 468.6)]),
    ]);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m.text)])).toEqual([
      ["To protect the rights of the populations", ["Boundary pillars emplaced and verified."], ["Kilometres of boundary assessed: 240."]],
    ]);
  });

  it("keeps a run after a gap as wide as the one before it in its column (d20-015: 2) Sessions   of   the)", () => {
    const layout = layoutOf([
      mk(1, 82.8, [cell("Objectives", 62, 115.3), cell("Indicators of achievement", 167, 271), cell("Expected accomplishments", 281, 396.1)]),
      mk(2, 112.1, [cell("To assist the parties", 62, 157), cell("1) Average time to settle", 167, 272.8), cell("Joint projects for", 281, 394)]),
      mk(3, 124.5, [cell("in the delineation", 62, 140), cell("a disagreement: 48", 180.7, 255), cell("the affected populations", 281, 394)]),
      mk(4, 136.9, [cell("2) Sessions", 167, 219.8), cell("of", 233.7, 242.3), cell("the", 256.2, 271), cell("launched", 281, 322.3)]),
      mk(5, 149.3, [cell("Mixed Commission", 180.7, 260)]),
    ]);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((r) => [r.accomplishments, r.measures.map((m) => m.text)])).toEqual([
      [["Joint projects for the affected populations launched"], ["Average time to settle a disagreement: 48", "Sessions of the Mixed Commission"]],
    ]);
  });
});

describe("a cell's last line over the next table, at its lines' own pitch", () => {
  it("stays the cell's, not the next table's caption (d20-003: 15.2 pt leading, wider than a paragraph gap)", () => {
    const layout = layoutOf([
      ...keyPerformance,
      mk(3, 470.2, [cell("To support the", 76, 192), cell("(a) Pillar", 202, 249.5), cell("contracts", 300, 355.6), cell("(a) Pillar", 365.9, 413.5), cell("contracts", 467.9, 519.3)]),
      mk(4, 485.4, [cell("parties", 76, 110), cell("signed.", 222.8, 260), cell("completed on time.", 386.7, 519.3)]),
      mk(5, 500.6, [cell("(b) Average time to settle", 365.6, 519.3)]),
      mk(6, 515.8, [cell("a disagreement in the", 386.7, 519.3)]),
      mk(7, 531.0, [cell("field (target: 49 days).", 386.7, 510.1)]),
      mk(8, 561.1, [cell("OBJECTIVE", 76, 123.3), cell("EXPECTED", 172, 218.4), cell("KEY PERFORMANCE", 272.4, 362.7), cell("BASELINE", 372.7, 416.5), cell("TARGET", 427.1, 461.8)]),
      mk(9, 572.1, [cell("ACCOMPLISHMENT", 172, 256.7), cell("INDICATOR", 272.4, 321.5)]),
      mk(10, 588.2, [cell("To support the", 76, 162), cell("Reports issued", 172, 240), cell("Sessions held", 272.4, 330), cell("57 (2006)", 372.7, 412), cell("58", 427.1, 437.3)]),
    ]);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[0]?.measures.map((m) => m.text)).toEqual(["Pillar contracts completed on time.", "Average time to settle a disagreement in the field (target: 49 days)."]);
  });
});

