/**
 * columnSplit (compact/metadata.ts) counts a candidate column's lines before it averages their text,
 * and an introduction tries its opening line only (session 41, h-perf6: the compact stage's dearest
 * scan on the bench PDFs). The answers must be the ones the former scan gave: it is kept below as
 * the reference, and both read the same heads — the bench fixtures' first pages and generated ones
 * (prose in one or two columns, label/value pairs, narrow right columns with lines of their own,
 * tables under a heading).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { columnSplit, HEAD_LINES } from "../../src/compact/metadata.js";
import type { Line, Segment } from "../../src/model/layout.js";
import { textToLayout } from "../../src/extract/text.js";

/** As compact/metadata.ts sets them. */
const MIN_COLUMN_LINES = 4;
const MIN_PROSE_COLUMN_LINES = 2;
const MIN_PROSE_COLUMN_CHARS = 40;
const MAX_COLUMN_SPAN = 20;
const COLUMN_X_SLACK = 8;
const COLUMN_HANG = 30;
const MIN_INTRO_COLUMN_CHARS = 25;
const PARAGRAPH_END_RE = /[\p{Ll}\d)]\.$/u;

/** The scan as it was before session 41 (main d5685048), word for word. */
function referenceColumnSplit(prose: readonly Line[], introOnly: boolean): { at: number; own: boolean } | null {
  let split: number | null = null;
  let own = introOnly;
  // Where a section's columns open: its first line, or the one under a sub-heading of one run ("1. Mandates").
  const firstLine = prose.findIndex((m) => m.text.trim());
  const nextLine = prose.findIndex((m, k) => k > firstLine && m.text.trim());
  const opening = firstLine < 0 ? [] : prose[firstLine]!.segments.length === 1 && nextLine >= 0 ? [firstLine, nextLine] : [firstLine];
  prose.some((l, i) =>
    l.segments.slice(1).some((seg) => {
      const near = prose.slice(i, i + MAX_COLUMN_SPAN);
      // An introduction's right column also has lines of its own (pdftotext interleaves the columns' lines).
      // Its runs may start a hanging indent right of the split (bulleted items' wrapped lines).
      const inColumn = (t: { x: number }) => (introOnly ? t.x >= seg.x - COLUMN_X_SLACK && t.x <= seg.x + COLUMN_HANG : Math.abs(t.x - seg.x) <= COLUMN_X_SLACK);
      const runs = near.flatMap((m) => m.segments.slice(introOnly ? 0 : 1).filter(inColumn));
      const n = new Set(runs.map((t) => t.line)).size;
      const average = (ts: ReadonlyArray<{ text: string }>) => ts.reduce((k, t) => k + t.text.trim().length, 0) / Math.max(1, ts.length);
      if (introOnly) {
        // Each column's text on a line: justified prose may print a line in several runs.
        const part = (m: Line, right: boolean) => m.segments.filter((t) => (t.x >= seg.x - COLUMN_X_SLACK) === right).map((t) => t.text.trim()).join(" ");
        const holding = near.filter((m) => m.segments.some(inColumn));
        const rights = holding.map((m) => ({ text: part(m, true) }));
        const lefts = near.map((m) => ({ text: part(m, false) })).filter((t) => t.text);
        // The opening line is prose in both columns too (a table's header labels are short), or
        // its right part ends the paragraph the left column ran into it ("… Secretary-General," /
        // "2013.").
        const opens = part(l, true);
        if (!opening.includes(i) || part(l, false).length < MIN_INTRO_COLUMN_CHARS || (opens.length < MIN_INTRO_COLUMN_CHARS && !PARAGRAPH_END_RE.test(opens))) return false;
        if (n < MIN_COLUMN_LINES || average(rights) < MIN_INTRO_COLUMN_CHARS || average(lefts) < MIN_INTRO_COLUMN_CHARS) return false;
      } else {
        // Two lines suffice when they are prose (a right column two lines long beside the preamble),
        // not label/value pairs.
        const prosy = n >= MIN_PROSE_COLUMN_LINES && average(runs) >= MIN_PROSE_COLUMN_CHARS;
        if (n < MIN_COLUMN_LINES && !prosy) {
          // A narrow right column (a portrait page's half) whose lines pdftotext also sets on
          // lines of their own, where the left column has none: those count too, when the
          // column's text is prose.
          const ownRuns = near.filter((m) => m.segments.length === 1 && inColumn(m.segments[0]!)).map((m) => m.segments[0]!);
          if (n < MIN_PROSE_COLUMN_LINES || n + ownRuns.length < MIN_COLUMN_LINES || average([...runs, ...ownRuns]) < MIN_INTRO_COLUMN_CHARS) return false;
          own = true;
        }
      }
      split = Math.min(seg.x, ...near.flatMap((m) => m.segments.slice(1).map((t) => t.x)).filter((x) => Math.abs(x - seg.x) <= COLUMN_X_SLACK));
      return true;
    }),
  );
  return split === null ? null : { at: split, own };
}

/** A small deterministic generator (mulberry32): the same heads on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["the", "Secretary-General", "compact", "objectives", "Mission", "of", "and", "for", "2013.", "Date:", "Name", "Title", "United", "Nations", "programme"];

/** A head of `n` lines: runs at a few column positions (with a point or two of wobble), texts short or prose-long. */
function generatedHead(seed: number): Line[] {
  const rnd = random(seed);
  const columns = [72, 74, 90, 300, 302, 306, 318, 330, 420];
  const lines: Line[] = [];
  const n = 3 + Math.floor(rnd() * 26);
  for (let i = 0; i < n; i++) {
    const runs = rnd() < 0.1 ? 0 : 1 + Math.floor(rnd() * 4);
    const xs = [...new Set(Array.from({ length: runs }, (_, k) => (k === 0 && rnd() < 0.8 ? 72 : columns[Math.floor(rnd() * columns.length)]!) + Math.floor(rnd() * 3)))].sort((a, b) => a - b);
    // Two printed lines may share a source line number (staggered rows): the count is of numbers.
    const number = rnd() < 0.15 && i > 0 ? lines[i - 1]!.line : i + 1;
    const segments: Segment[] = xs.map((x) => {
      const words = Array.from({ length: 1 + Math.floor(rnd() * (rnd() < 0.5 ? 3 : 12)) }, () => WORDS[Math.floor(rnd() * WORDS.length)]!);
      const text = (rnd() < 0.1 ? " " : "") + words.join(" ");
      return { text, x, y: 100 + 12 * i, width: text.length * 5, fontSize: 10, page: 1, line: number, start: 0, end: 0 };
    });
    lines.push({ page: 1, line: number, y: 100 + 12 * i, text: segments.map((s) => s.text).join("  "), start: 0, end: 0, segments });
  }
  return lines;
}

const BENCH_TEXTS = ["fixtures/compact-2008-dfs.txt"];

describe("columnSplit (session 41)", () => {
  it("answers as the former scan on 600 generated heads, for prose and for introductions", () => {
    const found = { prose: 0, ownLines: 0, intro: 0 };
    for (let seed = 1; seed <= 600; seed++) {
      const head = generatedHead(seed);
      for (const introOnly of [false, true]) {
        const expected = referenceColumnSplit(head, introOnly);
        if (expected && introOnly) found.intro++;
        else if (expected?.own) found.ownLines++;
        else if (expected) found.prose++;
        expect(columnSplit(head, introOnly), `seed ${seed}, introOnly ${introOnly}`).toEqual(expected);
      }
    }
    // The heads reach every branch: a prose column, a narrow column of lines of its own, an introduction's.
    expect(found.prose).toBeGreaterThan(0);
    expect(found.ownLines).toBeGreaterThan(0);
    expect(found.intro).toBeGreaterThan(0);
  });

  it("answers as the former scan on a text compact's head, whole and from each line on", () => {
    for (const file of BENCH_TEXTS) {
      const lines = textToLayout(readFileSync(file, "utf8")).pages[0]!.lines.slice(0, HEAD_LINES);
      for (let from = 0; from < lines.length; from++) {
        for (const introOnly of [false, true]) expect(columnSplit(lines.slice(from), introOnly)).toEqual(referenceColumnSplit(lines.slice(from), introOnly));
      }
    }
  });

  it("finds a two-column preamble's right column, and none in label/value pairs", () => {
    const prose = "the Secretary-General and the Under-Secretary-General for";
    const line = (i: number, runs: Array<[number, string]>): Line => ({
      page: 1, line: i, y: 100 + 12 * i, text: runs.map(([, t]) => t).join("  "), start: 0, end: 0,
      segments: runs.map(([x, t]) => ({ text: t, x, y: 100 + 12 * i, width: t.length * 5, fontSize: 10, page: 1, line: i, start: 0, end: 0 })),
    });
    const twoColumns = [1, 2, 3, 4, 5].map((i) => line(i, [[72, prose], [330 + (i % 2), prose]]));
    expect(columnSplit(twoColumns, false)).toEqual({ at: 330, own: false });
    const pairs = [1, 2, 3].map((i) => line(i, [[72, "Date:"], [330, "1 January"]]));
    expect(columnSplit(pairs, false)).toBeNull();
    expect(referenceColumnSplit(pairs, false)).toBeNull();
  });
});
