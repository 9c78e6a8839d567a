/**
 * Session 56 (h-warm56, issue 14): a document's printed pairs (`countPrinted`, gluedPair.ts) are
 * counted with `indexOf` and a one-code-point test on either side, no longer with one regular
 * expression compiled per pair. Held to that expression — `(?<![\p{L}\p{N}’'-])PAIR(?![\p{L}\p{N}’'-])`
 * matched globally with the `u` flag — on drawn texts: ASCII and accented letters, digits of two
 * scripts, both apostrophes, hyphens, astral letters and digits (surrogate pairs), lone surrogates of
 * both halves, spaces, punctuation and line ends; pairs drawn from the text's own words (so most are
 * printed, some several times, some overlapping themselves: "a a a") and from words it lacks.
 */
import { describe, expect, it } from "vitest";
import { countPrinted } from "../../src/tables/gluedPair.js";
import { prng as random } from "../support/synth.js";

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** The count before session 56, spelled out. */
function formerCount(text: string, pair: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}’'-])${pair}(?![\\p{L}\\p{N}’'-])`, "gu"))?.length ?? 0;
}

/** A pair word as gluedPair.ts's PAIR_WORD takes it (printedPairs asks only of such words). */
const PAIR_WORD = /^\p{L}(?:[\p{L}’'-]*\p{L})?$/u;

const LETTERS = ["a", "b", "A", "é", "ß", "中", "\u{1d400}", "\u{10400}"]; // two astral letters (surrogate pairs)
const INSIDE = ["’", "'", "-"];
const JOINING = [...LETTERS, "1", "٣", "\u{1d7ce}", ...INSIDE]; // digits: ASCII, Arabic-Indic, astral
const APART = [" ", " ", " ", "\n", ".", ",", "(", "\u00a0", "\ud835", "\udc00", "\udfff", "\ud800"]; // lone surrogates of both halves

function drawWord(next: () => number): string {
  const n = 1 + Math.floor(next() * 3);
  let w = pick(next, LETTERS);
  for (let i = 1; i < n; i++) w += next() < 0.2 ? pick(next, INSIDE) + pick(next, LETTERS) : pick(next, LETTERS);
  return w;
}

function drawText(next: () => number, words: string[]): string {
  let text = "";
  const n = Math.floor(next() * 40);
  for (let i = 0; i < n; i++) {
    const r = next();
    text += r < 0.55 ? pick(next, words) : r < 0.75 ? pick(next, JOINING) : pick(next, APART);
  }
  return text;
}

describe("countPrinted (session 56): the pair count without a regular expression per pair", () => {
  it("counts as the former global u-flag match on drawn texts and pairs", () => {
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      let asked = 0;
      let printed = 0;
      for (let doc = 0; doc < 400; doc++) {
        const words = Array.from({ length: 1 + Math.floor(next() * 4) }, () => drawWord(next));
        const text = drawText(next, words.flatMap((w) => [w, `${w} ${pick(next, words)}`]));
        for (let q = 0; q < 6; q++) {
          const pair = `${pick(next, words)} ${next() < 0.8 ? pick(next, words) : drawWord(next)}`;
          const [first, second] = pair.split(" ") as [string, string];
          if (!PAIR_WORD.test(first) || !PAIR_WORD.test(second)) continue;
          const expected = formerCount(text, pair);
          expect(countPrinted(text, pair), JSON.stringify({ text, pair })).toBe(expected);
          asked++;
          if (expected > 0) printed++;
        }
      }
      // The draws reach both answers often: pairs printed (once or more) and pairs refused or absent.
      expect(printed).toBeGreaterThan(asked / 10);
      expect(asked - printed).toBeGreaterThan(asked / 10);
    }
  });

  it("reads a surrogate pair around the pair as one code point, and a lone half as no letter", () => {
    const astral = "\u{1d400}"; // MATHEMATICAL BOLD CAPITAL A: a letter
    for (const text of [`${astral}a b`, `a b${astral}`, "\ud835a b", "a b\udc00", "\udc00a b\ud835", `x${astral}-a b`, "a b a b a b", "a a a a"]) {
      for (const pair of ["a b", "a a", "b a"]) expect(countPrinted(text, pair), JSON.stringify({ text, pair })).toBe(formerCount(text, pair));
    }
  });
});
