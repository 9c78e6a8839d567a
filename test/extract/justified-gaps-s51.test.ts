/**
 * Session 51 (h-speed51, issue 14): `joinJustifiedGaps` reads a line for stretched gaps only when a
 * segment after its first may join the text before it — it opens in lower case and is no tab cell
 * (`mayJoinBefore`). The shortcut rests on `stretchedGapBefore` never joining a segment with a cell
 * index, before or after the gap: held here on drawn segment pairs, and on a table read both ways
 * (the justified grid still joined, the same cells tab-separated left as they are, unread).
 */
import { describe, expect, it } from "vitest";
import { CHAR_WIDTH, textToLayout } from "../../src/extract/text.js";
import { joinJustifiedGaps, stretchedGapBefore } from "../../src/extract/justifiedGaps.js";
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
const WORDS = ["Field", "assessment", "posts", "fall", "To", "support", "the", "Key", "missions", "a", "b)", "ii.", "2008", "–", "vacant;"];

/** Two segments on the plain grid, `gap` spaces apart, each with a cell index or none. */
function drawPair(next: () => number): { line: Line; before: Segment; seg: Segment } {
  const lead = Math.floor(next() * 30);
  const a = pick(next, WORDS), b = pick(next, WORDS);
  const gap = 1 + Math.floor(next() * 8);
  const text = " ".repeat(lead) + a + " ".repeat(gap) + b;
  const column = (k: number) => (next() < 0.5 ? { column: k } : {});
  const before: Segment = { text: a, x: lead * CHAR_WIDTH, y: 0, width: a.length * CHAR_WIDTH, fontSize: 10, page: 1, line: 1, start: lead, end: lead + a.length, ...column(0) };
  const at = lead + a.length + gap;
  const seg: Segment = { text: b, x: at * CHAR_WIDTH, y: 0, width: b.length * CHAR_WIDTH, fontSize: 10, page: 1, line: 1, start: at, end: at + b.length, ...column(1) };
  return { line: { page: 1, line: 1, y: 0, text, start: 0, end: text.length, segments: [before, seg] }, before, seg };
}

describe("joinJustifiedGaps reads only lines whose later segments may join", () => {
  it("stretchedGapBefore never joins a tab cell, on 4,000 drawn segment pairs (and joins plain ones)", () => {
    const next = random(51);
    let joinedPlain = 0, tabPairs = 0;
    for (let n = 0; n < 4000; n++) {
      const { line, before, seg } = drawPair(next);
      const joins = stretchedGapBefore(line, before, seg, new Set<number>());
      if (before.column !== undefined || seg.column !== undefined) {
        expect(joins, JSON.stringify([line.text, before.column, seg.column])).toBe(false);
        tabPairs++;
      } else if (joins) joinedPlain++;
    }
    expect(tabPairs).toBeGreaterThan(2000);
    expect(joinedPlain).toBeGreaterThan(100);
  });

  it("joins a justified grid's stretched words and leaves the same cells tab-separated as they are", () => {
    const grid = [
      " To protect the rights of   \u2013 Field     assessment      \u2013 Partners submit data",
      " the populations living       missions completed          late; mitigation: a",
      " in the affected areas in   \u2013 Maritime boundary           shared calendar with",
    ].join("\n");
    const joined = joinJustifiedGaps(textToLayout(grid)).pages[0]!.lines[0]!.segments.map((s) => s.text);
    expect(joined).toContain("\u2013 Field     assessment");
    const tabbed = textToLayout(["To protect the rights of\t\u2013 Field\tassessment\t\u2013 Partners submit data", "the populations living\tmissions completed\tlate; mitigation: a"].join("\n"));
    expect(joinJustifiedGaps(tabbed)).toBe(tabbed);
  });
});
