/**
 * Session 55 (h-tables55, issue 14): `linesWithText` (the caption's repetition test's index) keys a
 * document's lines by their trimmed length first and trims and hashes only the lines of a length some
 * caption is asked at. Held to the index it replaces — every non-blank line by `text.trim()` — on
 * drawn documents: lines padded with every space `trim` removes (and characters it keeps: U+180E,
 * U+200B), blank lines, repeated texts, queries of present and absent texts, several queries of one
 * length, and the lines array grown between queries (the index is rebuilt).
 */
import { describe, expect, it } from "vitest";
import { linesWithText } from "../../src/tables/index.js";
import type { Line } from "../../src/model/layout.js";
import { prng as random } from "../support/synth.js";

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** The index before session 55, spelled out. */
function formerLinesWithText(lines: readonly Line[], text: string): number[] {
  const byText = new Map<string, number[]>();
  for (let m = 0; m < lines.length; m++) {
    const o = lines[m]!;
    if (o.segments.length === 0) continue;
    const t = o.text.trim();
    const at = byText.get(t);
    if (at) at.push(m);
    else byText.set(t, [m]);
  }
  return byText.get(text) ?? [];
}

const SPACES = [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const KEPT = ["\u180e", "\u200b", "x"];
const TEXTS = ["Table 1", "Table 2", "Annex", "Objectives and performance", "Key results, 2019", "a", "ab", "b a", "Table  1", "Table 1.", "2019", "Performance framework"];

function drawText(next: () => number): string {
  let t = pick(next, TEXTS);
  if (next() < 0.2) t = `${pick(next, KEPT)}${t}`;
  if (next() < 0.2) t = `${t}${pick(next, KEPT)}`;
  const pad = (): string => Array.from({ length: Math.floor(next() * 3) }, () => pick(next, SPACES)).join("");
  return `${pad()}${t}${pad()}`;
}
function drawLine(next: () => number, line: number): Line {
  const text = drawText(next);
  const blank = next() < 0.1;
  const y = 700 - line * 12;
  return { page: 1, line, y, text, start: 0, end: text.length, segments: blank ? [] : [{ text, x: 72, y, width: text.length * 5, fontSize: 10, page: 1, line, start: 0, end: text.length }] };
}

describe("linesWithText answers as the index by trimmed text did", () => {
  it("drawn documents and queries", () => {
    const next = random(55);
    let found = 0;
    let padded = 0;
    for (let d = 0; d < 600; d++) {
      const lines: Line[] = Array.from({ length: 1 + Math.floor(next() * 40) }, (_, i) => drawLine(next, i));
      for (let q = 0; q < 12; q++) {
        if (next() < 0.1) lines.push(drawLine(next, lines.length));
        const text = next() < 0.7 ? (pick(next, lines).text.trim()) : drawText(next).trim();
        const got = linesWithText(lines, text);
        expect(got, JSON.stringify(text)).toEqual(formerLinesWithText(lines, text));
        if (got.length > 0) found++;
      }
      padded += lines.filter((l) => l.segments.length > 0 && l.text !== l.text.trim()).length;
    }
    // Both answers are reached, and lines with every kind of padding were indexed.
    expect(found).toBeGreaterThan(3000);
    expect(padded).toBeGreaterThan(5000);
  });
});
