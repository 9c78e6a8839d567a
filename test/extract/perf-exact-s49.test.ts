/**
 * Session 49 (h-speed49, issue 14): exact shortcuts on the text and Markdown path, each held to the
 * code it replaces on many drawn inputs — the old code is spelled out here as the specification.
 *  - extract/decode `countControls`: sniffFormat's count of binary-looking characters, and whether
 *    stripControls' pattern would find anything (it is then not run);
 *  - extract/commonmark `holdsBareCr`, `holdsTabInLineStart`: the two whole-source patterns behind a
 *    plain search for the character every match holds;
 *  - undoc/rows `uniformFontSize`, `inXOrder`: a row's font size without a map and its segments
 *    without a sorted copy, where all sizes are one and the segments are in x order already.
 */
import { describe, expect, it } from "vitest";
import { countControls, sniffFormat, stripControls } from "../../src/extract/decode.js";
import { holdsBareCr, holdsTabInLineStart } from "../../src/extract/commonmark.js";
import { inXOrder, uniformFontSize } from "../../src/undoc/rows.js";
import type { Segment } from "../../src/model/layout.js";

/** A small deterministic generator (mulberry32): the drawn inputs are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const draw = (next: () => number, pieces: readonly string[], most: number): string => {
  let text = "";
  const n = Math.floor(next() * most);
  for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
};

/** sniffFormat's loop and stripControls' search before session 49. */
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000d-\u001f\u007f]/;
function controlsBefore(text: string): { control: number; stray: boolean } {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0xfffd) control++;
  }
  return { control, stray: STRAY_CONTROLS.test(text) };
}

describe("countControls", () => {
  const PIECES = ["a", "word ", "\n", "\t", "\f", "\v", "\r", "\u0000", "\u0007", "\u001f", "\u007f", "\u0080", "\uFFFD", "\u00a0", "é", "𝐀", " "];
  it("counts what sniffFormat counted and finds a stray control exactly where stripControls' pattern does", () => {
    const next = random(49);
    let stray = 0;
    for (let n = 0; n < 3000; n++) {
      const text = draw(next, PIECES, 12);
      const expected = controlsBefore(text);
      if (expected.stray) stray++;
      expect(countControls(text), JSON.stringify(text)).toEqual(expected);
    }
    // Both answers are reached: a draw of one kind only would prove nothing.
    expect(stray).toBeGreaterThan(500);
    expect(stray).toBeLessThan(2500);
  });

  it("leaves a text without stray controls as stripControls would", () => {
    for (const text of ["plain\ttext\f\nnext", "a\uFFFDb", ""]) {
      expect(countControls(text).stray).toBe(false);
      expect(stripControls(text)).toEqual({ text, warning: null });
    }
    // With one: sniffFormat hands back what stripControls makes of it.
    const raw = `a\u0007b ${"and more text ".repeat(20)}\u007f`;
    const sniffed = sniffFormat(new TextEncoder().encode(raw));
    const stripped = stripControls(raw);
    expect(stripped.text).not.toBe(raw);
    expect(sniffed.text).toBe(stripped.text);
    expect(sniffed.warnings).toEqual([stripped.warning]);
  });
});

describe("holdsBareCr, holdsTabInLineStart", () => {
  const BARE_CR = /\r(?!\n)/;
  const TAB_IN_LINE_START = /^[ \t>*+\-.)\d]*\t/m;
  const PIECES = ["\r", "\r\n", "\n", "\t", " ", ">", "*", "-", "1.", ")", "text", "a\tb", "\n\t"];
  it("agree with the patterns on 3,000 drawn sources", () => {
    const next = random(149);
    let cr = 0;
    let tab = 0;
    for (let n = 0; n < 3000; n++) {
      const source = draw(next, PIECES, 10);
      const expectCr = BARE_CR.test(source);
      const expectTab = TAB_IN_LINE_START.test(source);
      cr += +expectCr;
      tab += +expectTab;
      expect(holdsBareCr(source), JSON.stringify(source)).toBe(expectCr);
      expect(holdsTabInLineStart(source), JSON.stringify(source)).toBe(expectTab);
    }
    expect(cr).toBeGreaterThan(300);
    expect(tab).toBeGreaterThan(300);
    expect(cr).toBeLessThan(2700);
    expect(tab).toBeLessThan(2700);
  });
});

describe("uniformFontSize, inXOrder", () => {
  /** rows.ts' rowFontSize before session 49: the size covering the most characters, by a map. */
  function mapFontSize(segments: readonly Segment[]): number {
    const weight = new Map<number, number>();
    for (const s of segments) weight.set(s.fontSize, (weight.get(s.fontSize) ?? 0) + s.text.length);
    let best = 0;
    let bestWeight = -1;
    for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
    return best;
  }
  const SIZES = [12, 12, 12, 9, 0, -0, Number.NaN];
  const XS = [0, 5, 5, 10, 20, -3, Number.NaN];
  const segmentsOf = (next: () => number, sizes: readonly number[], xs: readonly number[]): Segment[] =>
    Array.from({ length: Math.floor(next() * 5) }, (_, i) => ({
      text: "ab".slice(0, Math.floor(next() * 3)),
      x: xs[Math.floor(next() * xs.length)]!,
      y: 0,
      width: 1,
      fontSize: sizes[Math.floor(next() * sizes.length)]!,
      page: 1,
      i,
    })) as unknown as Segment[];

  it("give the map's font size and the sorted copy's order on 5,000 drawn rows", () => {
    const next = random(4949);
    let uniform = 0;
    let ordered = 0;
    for (let n = 0; n < 5000; n++) {
      const segments = segmentsOf(next, SIZES, XS);
      const size = uniformFontSize(segments);
      if (size !== null) {
        uniform++;
        expect(Object.is(size, mapFontSize(segments)), JSON.stringify(segments)).toBe(true);
      }
      const sorted = [...segments].sort((a, b) => a.x - b.x);
      const got = inXOrder(segments);
      if (got === segments) ordered++;
      expect(got.length).toBe(sorted.length);
      got.forEach((s, i) => expect(s).toBe(sorted[i]));
    }
    expect(uniform).toBeGreaterThan(1000);
    expect(ordered).toBeGreaterThan(1000);
    expect(uniform).toBeLessThan(4500);
    expect(ordered).toBeLessThan(4500);
  });

  it("take -0 as 0 and leave NaN to the map", () => {
    const seg = (fontSize: number, x = 0) => ({ text: "a", x, y: 0, width: 1, fontSize, page: 1 }) as unknown as Segment;
    expect(Object.is(uniformFontSize([seg(-0), seg(0)]), 0)).toBe(true);
    expect(Object.is(uniformFontSize([seg(-0)]), mapFontSize([seg(-0)]))).toBe(true);
    expect(uniformFontSize([seg(Number.NaN)])).toBeNull();
    expect(uniformFontSize([])).toBe(0);
  });
});
