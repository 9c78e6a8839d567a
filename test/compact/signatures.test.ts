/**
 * The signature search reads a line's cells only where the line may be a names line
 * (mayBeNamesLine, from the raw runs): that pre-test must never pass over a real one.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cellsOf, isNamesLine, mayBeNamesLine } from "../../src/compact/signatures.js";
import type { Line } from "../../src/model/layout.js";

const line = (runs: readonly string[]): Line => ({
  page: 1, line: 1, y: 0, text: runs.join("   "), start: 0, end: 0, kind: "text",
  segments: runs.map((text, i) => ({ text, x: i * 200, y: 0, width: text.length * 5, fontSize: 10, page: 1, line: 1, start: 0, end: 0 })),
});

/** Pieces that cleaning strips or keeps: markers, emphasis, glyph bullets, names, particles, lower-case words, digits. */
const PIECES = [
  "John", "Smith", "Ban", "Ki-moon", "O'Neil", "de", "van", "Der", "Mr.", "Ms", "Dr.", "Director", "and", "or", "of", "the", "OF",
  "a)", "(a)", "iv.", "1.", "2)", "o", "-", "–", "*", "**", "__", "•", "▪", "\uF0B7", "2008", "x1", "12", "(iii)", "e.g.", "a.", "b.",
];
const runText = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 6 }).chain((ws) =>
  fc.array(fc.constantFrom(" ", "  ", "\t", "\u00a0", ""), { minLength: ws.length, maxLength: ws.length }).map((gaps) => ws.map((w, i) => gaps[i] + w).join("")),
);

describe("mayBeNamesLine: a sure 'no' only", () => {
  it("a line it passes over is never a names line (generated runs)", () => {
    fc.assert(
      fc.property(fc.array(runText, { minLength: 0, maxLength: 3 }), (runs) => {
        const l = line(runs);
        if (!mayBeNamesLine(l)) expect(isNamesLine(cellsOf(l))).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
  it("passes over prose and table cells, keeps names lines and what cleaning may turn into one", () => {
    expect(mayBeNamesLine(line(["Objective", "Expected accomplishment", "Performance measure"]))).toBe(false);
    expect(mayBeNamesLine(line(["Support to 14 field missions"]))).toBe(false);
    expect(mayBeNamesLine(line(["Jean-Marie Guéhenno", "Kofi A. Annan"]))).toBe(true);
    expect(mayBeNamesLine(line(["Maria de la Cruz"]))).toBe(true);
    // A list marker, even after emphasis marks, is stripped: the name after it may be the cell.
    for (const t of ["a) John Smith", "** 1. John Smith", "• John Smith"]) {
      expect(mayBeNamesLine(line([t]))).toBe(true);
    }
    expect(isNamesLine(cellsOf(line(["** 1. John Smith"])))).toBe(true);
  });
});
