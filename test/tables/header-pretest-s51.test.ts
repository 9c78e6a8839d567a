/**
 * Session 51 (h-speed51, issue 14): `opensNoLabel` now tells lines with cell indexes (tab text,
 * Markdown tables) by their first two header words as well. Held to the reading it shortcuts —
 * `builtLineHeaderColumns`, `matchHeaderWords` over the built words — on drawn cell-indexed lines
 * whose cells are labels, "Indicator(s)" alone or opening a longer cell (the one label
 * `subMeasureAt` reads by cell index), row labels, prose and words two labels run together in, read
 * with and without the layout text (a lost-glyph trace, "\t " before a cell, changes a word's
 * `lostGlyph`, never its text).
 */
import { describe, expect, it } from "vitest";
import { builtLineHeaderColumns, lineHeaderColumns, opensNoLabel } from "../../src/tables/header.js";
import type { Line, Segment } from "../../src/model/layout.js";

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

const CELLS = [
  "Objective", "Objectives", "Expected accomplishments", "Performance measures", "Indicator", "Indicators", "INDICATORS", "indicator",
  "Indicators of achievement", "Indicator 1", "Key performance indicators", "Baseline", "Target (2013)", "TARGET", "Risks", "Outcome",
  "Results", "No.", "Remarks", "Item", "Unit", "1.", "ACCOMPLISHMENTKEY PERFORMANCE", "ObjectiveOutcome", "Performance",
];
const PROSE = [
  "To ensure that deployed and planned peacekeeping operations have the support",
  "• Approval by the General Assembly of resource proposals and performance reports",
  "Improved results-based management and measures of performance",
  "the objectives, expected accomplishments and performance measures",
  "Indicator of progress made", "indicators are met", "Target met by December", "2008", "",
];

/** A tab-separated line: every segment its cell's index, x on the tab grid. */
function drawTabLine(next: () => number): { line: Line; text: string } {
  const count = 1 + Math.floor(next() * 5);
  const headerLike = next() < 0.4;
  const cells: string[] = [];
  for (let c = 0; c < count; c++) cells.push(headerLike || next() < 0.3 ? pick(next, CELLS) : pick(next, PROSE));
  // Some cells opened with spaces after the tab: a lost glyph's trace in the layout text.
  const raw = cells.map((c, i) => (i > 0 && next() < 0.2 ? ` ${c}` : c)).join("\t");
  const segments: Segment[] = [];
  let offset = 0;
  raw.split("\t").forEach((cell, column) => {
    const lead = cell.length - cell.trimStart().length;
    const text = cell.trim();
    if (text) segments.push({ text, x: column * 120, y: 500, width: text.length * 6, fontSize: 10, page: 1, line: 1, start: offset + lead, end: offset + lead + text.length, column });
    offset += cell.length + 1;
  });
  return { line: { page: 1, line: 1, y: 500, text: raw, start: 0, end: raw.length, segments }, text: raw };
}

describe("opensNoLabel on cell-indexed lines", () => {
  it("rejects a tab line only where the built header words name no header, on 6,000 drawn lines", () => {
    const next = random(51);
    let rejected = 0, headers = 0, builtAndNull = 0, indicatorHeaders = 0;
    for (let n = 0; n < 6000; n++) {
      const { line, text } = drawTabLine(next);
      for (const layoutText of [undefined, text]) {
        const built = builtLineHeaderColumns(line, layoutText);
        const label = JSON.stringify(line.segments.map((s) => [s.text, s.column]));
        expect(lineHeaderColumns(line, layoutText), label).toEqual(built);
        if (layoutText !== undefined) continue;
        if (opensNoLabel(line)) {
          expect(built, label).toBeNull();
          rejected++;
        } else if (built === null) builtAndNull++;
        else {
          headers++;
          if (built.some((c) => c.role === "measures" && /^indicators?$/i.test(c.header))) indicatorHeaders++;
        }
      }
    }
    expect(rejected).toBeGreaterThan(1000);
    expect(headers).toBeGreaterThan(300);
    expect(builtAndNull).toBeGreaterThan(500);
    // The cell-index label (subMeasureAt: "Indicator" beside value columns) is among the headers found.
    expect(indicatorHeaders).toBeGreaterThan(20);
  });

  it("reads a tab row of prose holding label words as no header without building its words, and a tab header as one", () => {
    const tab = (cells: string[]): Line => {
      const segments = cells.map((text, column): Segment => ({ text, x: column * 120, y: 500, width: text.length * 6, fontSize: 10, page: 1, line: 1, start: 0, end: 0, column }));
      return { page: 1, line: 1, y: 500, text: cells.join("\t"), start: 0, end: 0, segments };
    };
    const row = tab(["To strengthen the management of peace operations.", "Improved resource management", "Performance measures agreed"]);
    expect(opensNoLabel(row)).toBe(true);
    expect(builtLineHeaderColumns(row, undefined)).toBeNull();
    const header = tab(["Objective", "Expected accomplishment", "Performance measure"]);
    expect(opensNoLabel(header)).toBe(false);
    expect(lineHeaderColumns(header, undefined)?.map((c) => c.role)).toEqual(["objective", "accomplishments", "measures"]);
    const indicator = tab(["No.", "Indicator", "Baseline", "Target"]);
    expect(opensNoLabel(indicator)).toBe(false);
    expect(lineHeaderColumns(indicator, undefined)?.map((c) => c.role)).toEqual(["measures", "baseline", "target"]);
  });
});
