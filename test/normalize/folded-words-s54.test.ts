/**
 * Session 54: mapFolded enters the folded text's word index as it folds (a text without
 * surrogates), where foldedWords scanned the folded text again. The index it enters must be the
 * one foldedWords' own scan (scanWordStarts) finds on the folded text: on drawn texts of letters,
 * digits, spaces, hyphens, apostrophes and non-ASCII letters and marks, and on real documents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedWords, mapFolded, scanWordStarts } from "../../src/normalize/text.js";

/** The index mapFolded entered against the scan of its folded text. */
function agrees(text: string): void {
  const folded = mapFolded(text);
  const words = foldedWords(folded);
  expect([...words.starts]).toEqual(scanWordStarts(folded.text));
  expect(words.unitStarts).toBe(!/[\ud800-\udfff]/.test(folded.text));
}

const PIECES = ["United", "NATIONS", "unmil", "a", "Z", "0", "9", "é", "É", "ß", "ǅ", "Ⅻ", "٣", "\u0301", "\u00ad", "\u200b", "•", "–", "—", "‐", "-", " ", "  ", "\t", "\n", " \n", "\u00a0", "\u3000", "\ufeff", "’", "‘", "'", "(", ")", ".", "/", "_", "@", "[", "`", "{", "\u007f", "İ", "K", "ﬁ"];

describe("mapFolded's word index (session 54)", () => {
  it("is the scan's on drawn texts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => agrees(pieces.join(""))),
      { numRuns: 5000 },
    );
  });

  it("is the scan's on drawn strings of any units", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => agrees(s)), { numRuns: 3000 });
  });

  it("is the scan's on the fixtures and the dev corpus' texts", () => {
    const files = [
      ...readdirSync("fixtures").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("fixtures", f)),
      ...readdirSync("test/corpus/dev").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("test/corpus/dev", f)),
    ];
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) agrees(readFileSync(f, "utf8"));
  });

  it("is entered by the fold itself where the text has no surrogate", () => {
    const folded = mapFolded("United Nations Mission in Liberia (UNMIL); peace-\nkeeping");
    expect(foldedWords(folded).starts.map((i) => folded.text.slice(i, i + 3))).toEqual(["uni", "nat", "mis", "in ", "lib", "unm", "pea"]);
  });
});
