/**
 * foldedWords, the folded text's word index that the mission and organisation name scans share:
 * the start of every run of letters and digits (code points), as a reference scan over code points
 * finds them; and `unitStarts` says when those are also the letter-or-digit units after none.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedWords, mapFolded } from "../../src/normalize/text.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

const isWord = (cp: string) => /^[\p{L}\p{N}]$/u.test(cp);

/** Word starts by code point: a letter or digit whose previous code point is none. */
function reference(text: string): number[] {
  const out: number[] = [];
  let prev = false;
  for (let i = 0; i < text.length; ) {
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    const word = isWord(cp);
    if (word && !prev) out.push(i);
    prev = word;
    i += cp.length;
  }
  return out;
}

/** Word starts by UTF-16 unit: a letter or digit unit after none (what a unit scan tests). */
const unitReference = (text: string) => [...text].length === text.length ? reference(text) : null;

const PIECES = ["United", "nations", "UNMIL", "a", "1", "é", "É", "ß", " ", "  ", "\n", "-", "‐", "’", "(", ")", ".", "/", "\u{1d400}", "\u{1f600}", "\ud800", "\udc00", "Σ", "İ"];

describe("foldedWords", () => {
  it("lists the word starts of real text", () => {
    const folded = mapFolded("United Nations Mission in Liberia (UNMIL); peace-\nkeeping, l’Organisation 2008");
    expect(foldedWords(folded).starts.map((i) => folded.text.slice(i, i + 4))).toEqual(["unit", "nati", "miss", "in l", "libe", "unmi", "peac", "l'or", "orga", "2008"]);
    expect(foldedWords(folded).unitStarts).toBe(true);
  });

  it("finds the starts a code-point scan finds, in generated text; unitStarts exactly where the text has no surrogate", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const folded = mapFolded(pieces.join(""));
        const words = foldedWords(folded);
        expect([...words.starts]).toEqual(reference(folded.text));
        expect(words.unitStarts).toBe(!/[\ud800-\udfff]/.test(folded.text));
        if (words.unitStarts) expect([...words.starts]).toEqual(unitReference(folded.text));
      }),
      { numRuns: Math.max(FUZZ_RUNS, 500) },
    );
  });

  it("is built once per fold", () => {
    const folded = mapFolded("Department of Field Support");
    expect(foldedWords(folded)).toBe(foldedWords(folded));
  });
});
