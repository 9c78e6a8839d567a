/**
 * Session 38 (h-perf2): the tables stage's shortcuts that must leave every answer as it was.
 * - `subMeasureAt` tells a word with neither a measures group nor a known cell index before it
 *   builds the cell's text: a flattened header's bare "Indicator" is still the measure column in
 *   tab text (a known cell index), and still no column on a layout-text line (no index).
 * - `wrapLimit` (under `cellTextEdges`) reads the least step between a column's lines by a loop:
 *   only pairs within 1.6 of that step bound the edge, whichever page they are on.
 */
import { describe, expect, it } from "vitest";
import { detectHeader } from "../../src/tables/header.js";
import { cellTextEdges } from "../../src/tables/cellEdges.js";
import type { ColumnDef, TableLine } from "../../src/tables/columns.js";
import { textToLayout } from "../../src/extract/text.js";

const headerOf = (text: string) => {
  const layout = textToLayout(text);
  const lines = layout.pages.flatMap((p) => p.lines);
  return detectHeader(lines, 0, layout.text)?.columns.map((c) => [c.role, c.header, c.column]) ?? null;
};

describe("subMeasureAt's early answer", () => {
  it("tab text: a bare Indicator beside Baseline and Target is the measure column (its cell index is known)", () => {
    expect(headerOf("Expected accomplishment\tIndicator\tBaseline\tTarget\nImproved access\tCases heard\t10\t20\n")).toEqual([
      ["accomplishments", "Expected accomplishment", 0],
      ["measures", "Indicator", 1],
      ["baseline", "Baseline", 2],
      ["target", "Target", 3],
    ]);
  });
  it("tab text: a bare Indicator without values names no measure column", () => {
    expect(headerOf("Objective\tExpected accomplishment\tIndicator\nA\tB\tC\n")).toBeNull();
  });
  it("layout text: the same labels on a grid line (no cell index) read as no header", () => {
    expect(headerOf("Expected accomplishment      Indicator      Baseline      Target\nImproved access to justice   Cases heard    10            20\n")).toBeNull();
  });
});

describe("wrapLimit's least step", () => {
  const columns: ColumnDef[] = [
    { key: "accomplishments", role: "accomplishments", header: "Expected accomplishments", x: 100, column: undefined },
    { key: "measures", role: "measures", header: "Performance measures", x: 300, column: undefined },
  ];
  /** A PDF table line: the first column's text ending at `r0` (first word `w0` wide), the second's at `r1`. */
  const line = (page: number, y: number, c0: string, r0: number, w0: number, c1?: string, r1 = 0): TableLine => ({
    page,
    line: y,
    y,
    cells: [c0, c1 ?? ""],
    lostGlyphs: [false, false],
    fill: [{ left: 100, right: r0, firstWord: w0, y }, c1 ? { left: 300, right: r1, firstWord: 30, y } : null],
  });
  // Lines 12 pt apart on page 1 (the least step); the first column's lines end up to 280, the
  // second column opens at 300 on three lines: the gutter puts the first column's edge at 280.
  // "Improved access to" (ends at 190) wraps before "justice" (35 pt, 5 pt a character): the edge
  // is at most 190 + 5 + 35 = 230.
  const page1 = [
    line(1, 100, "Strengthened capacity of the", 280, 60, "Number of staff trained", 400),
    line(1, 112, "national police services", 210, 40, "in the region", 360),
    line(1, 124, "Improved access to", 190, 40, "Ratio of cases heard", 380),
    line(1, 136, "justice for victims", 200, 35),
  ];
  it("a pair farther apart than 1.6 steps (page 2, 30 pt) bounds nothing", () => {
    const lines = [...page1, line(2, 50, "Enhanced", 150, 40), line(2, 80, "coordination among donors", 260, 60)];
    expect(cellTextEdges(lines, columns, new Map(), null)).toEqual([{ x: 230, proven: true }, null]);
  });
  it("a pair within 1.6 steps on another page bounds the edge: 150 + 5 + 60", () => {
    const lines = [...page1, line(2, 50, "Enhanced", 150, 40), line(2, 68, "coordination among donors", 260, 60)];
    expect(cellTextEdges(lines, columns, new Map(), null)).toEqual([{ x: 215, proven: true }, null]);
  });
});
