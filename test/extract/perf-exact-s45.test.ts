/**
 * Session 45 (h-perf45): exact speed cuts in the PDF extractor, checked against what they replace.
 *
 * - `asMatrix` reads a matrix operand by index (was `Array.from` + `every`, once per `cm`, form
 *   and text matrix of a page): the same answer for pdf.js's plain arrays and typed arrays (a form's
 *   `/Matrix` is a Float32Array), null for anything that is not six numbers.
 * - `justifiedWordRuns`' filtering and sorting is done once: paragraphJustifiedRuns and
 *   linesWithColumnStarts hand it runs already inked and in left-to-right order. The answer on a
 *   page's lines must not depend on that: checked here through paragraphJustifiedRuns (whose lines
 *   take the shortcut) against justifiedWordRuns on the same lines given unsorted with blank runs.
 */
import { describe, expect, it } from "vitest";
import { asMatrix } from "../../src/extract/pdf/matrix.js";
import { buildLines, justifiedWordRuns, paragraphJustifiedRuns, type GlyphRun } from "../../src/extract/pdf/lines.js";

/** asMatrix as it was before session 45. */
function asMatrixBefore(v: unknown): number[] | null {
  if (!v || typeof v !== "object" || (v as ArrayLike<unknown>).length !== 6) return null;
  const a = Array.from(v as ArrayLike<unknown>);
  return a.every((n) => typeof n === "number") ? a : null;
}

describe("asMatrix read by index", () => {
  const cases: unknown[] = [
    [1, 0, 0, 1, 72, 720],
    [0.5, 0.25, -0.25, 0.5, 10.125, -3],
    new Float32Array([0.1, 0, 0, 0.1, 12.3, 45.6]),
    new Float64Array([2, 0, 0, -2, 0, 792]),
    [1, 0, 0, 1, 72],
    [1, 0, 0, 1, 72, 720, 0],
    [1, 0, 0, 1, "72", 720],
    [1, 0, 0, 1, null, 720],
    // eslint-disable-next-line no-sparse-arrays
    [1, 0, , 1, 0, 0],
    { length: 6, 0: 1, 1: 0, 2: 0, 3: 1, 4: 5, 5: 6 },
    { length: 6 },
    null,
    undefined,
    "abcdef",
    42,
  ];
  it("gives what Array.from + every gave, a fresh array each time", () => {
    for (const v of cases) {
      const now = asMatrix(v);
      expect(now).toEqual(asMatrixBefore(v));
      if (now) expect(now).not.toBe(v);
    }
    expect(asMatrix(new Float32Array([0.1, 0, 0, 0.1, 12.3, 45.6]))).toEqual([Math.fround(0.1), 0, 0, Math.fround(0.1), Math.fround(12.3), Math.fround(45.6)]);
  });
});

const run = (text: string, x: number, right: number, baseline: number, fontSize = 8.7): GlyphRun => ({ text, x, baseline, width: right - x, fontSize, bold: false });

/** Deterministic runs of a few justified and ragged lines, in a scrambled content order, with blank runs. */
function drawnPage(seed: number): GlyphRun[] {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const words = ["staff", "trained", "in", "78%", "of", "offices", "by", "2012", "(a)", "results", "reported", "•"];
  const runs: GlyphRun[] = [];
  for (let line = 0; line < 8; line++) {
    const baseline = 100 + line * 10.4;
    let x = 72;
    const gap = next() < 0.5 ? 2.2 : 6 + next() * 8;
    const n = 2 + Math.floor(next() * 5);
    for (let k = 0; k < n; k++) {
      const word = words[Math.floor(next() * words.length)]!;
      const width = word.length * 4.3;
      runs.push(run(word, x, x + width, baseline));
      if (next() < 0.15) runs.push(run(" ", x + width, x + width + 2, baseline));
      x += width + (next() < 0.8 ? gap : gap * 2 + next() * 3);
    }
  }
  for (let i = runs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [runs[i], runs[j]] = [runs[j]!, runs[i]!];
  }
  return runs;
}

describe("justifiedWordRuns on runs already inked and ordered", () => {
  it("finds the same words of a line whether its runs come sorted and inked or not", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const runs = drawnPage(seed);
      const lines = new Map<number, GlyphRun[]>();
      for (const r of runs) lines.set(r.baseline, [...(lines.get(r.baseline) ?? []), r]);
      for (const line of lines.values()) {
        const inkedSorted = line.filter((r) => r.text.trim() !== "" && r.fontSize > 0).sort((a, b) => a.x - b.x);
        expect([...justifiedWordRuns(inkedSorted)]).toEqual([...justifiedWordRuns(line)]);
      }
    }
  });

  it("reads a justified paragraph's words as one cell and a ragged table row's as cells (paragraphJustifiedRuns, buildLines)", () => {
    const page = [
      run("Teams deployed within 48", 300.5, 416.1, 201.1),
      run("hours", 300.5, 325.4, 211.5), run("in", 343.6, 351.9, 211.5), run("78%", 370.2, 389.4, 211.5), run("of", 407.7, 416.1, 211.5),
      run("Attacks", 422.8, 455.6, 211.5),
      run("emergencies and the", 300.5, 416.1, 221.9),
    ];
    expect([...paragraphJustifiedRuns(page)].map((r) => r.text).sort()).toEqual(["78%", "in", "of"]);
    expect(buildLines(page).map((l) => l.segments.map((s) => s.text))).toEqual([["Teams deployed within 48"], ["hours in 78% of", "Attacks"], ["emergencies and the"]]);
  });
});
