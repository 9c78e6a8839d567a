import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { capitalisedInsideWords, hyphenLexicon } from "../../src/tables/text.js";

// Session 24 (h-speed4): the lexicon's questions as they were asked before, one search of the
// whole text per question: the answers kept per document and the one-pass set must equal them.
const LEXICON_NAME = /^\p{Lu}\p{Ll}+(?:['’]s)?$/u;
const oldCapitalisedInside = (text: string, word: string) => LEXICON_NAME.test(word) && new RegExp(`\\p{Ll}(?<!(?:^|[^\\p{L}])o) ${word}(?![\\p{L}'’])`, "u").test(text);
const oldPrintedAlone = (text: string, token: string, shape: RegExp) => shape.test(token) && new RegExp(`(?<![A-Za-z])${token}(?![A-Za-z])`, "i").test(text);
const oldRoot = (text: string, stem: string, second: string) =>
  /^[a-z]+$/.test(stem) && /^[a-z]+$/.test(second) && second.length >= 5 && new RegExp(`(?<![A-Za-z])${stem}-${second.slice(0, Math.max(5, second.length - 3))}`, "i").test(text);

/** Every word the lexicon could be asked about in a text (runs of letters and apostrophes, hyphened pairs), and their variants. */
function candidates(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}'’]+(?:-[\p{L}]+)?/gu)) {
    const w = m[0];
    out.add(w).add(w.toLowerCase()).add(w.replace(/['’]s$/, "")).add(w.replace(/-/g, ""));
    out.add(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return [...out].filter((w) => w.length > 0);
}

function expectSameAnswers(text: string, words: readonly string[]): void {
  const lexicon = hyphenLexicon(text);
  const want = words.map((w) => [
    w,
    oldCapitalisedInside(text, w),
    oldPrintedAlone(text, w, /^[a-z]+$/),
    oldPrintedAlone(text, w, /^[a-z]+-[a-z]+$/),
    /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(w) && new RegExp(`(?<![\\p{L}\\p{N}-])${w[0]!.toLowerCase()}${w.slice(1)}(?![\\p{L}\\p{N}-])`, "u").test(text),
  ]);
  // Each word asked twice: the second answer comes from the kept one.
  for (let round = 0; round < 2; round++) {
    expect(words.map((w) => [w, lexicon.capitalisedInside.has(w), lexicon.words.has(w), lexicon.hyphenated.has(w), lexicon.printedLowerCase!.has(w)])).toEqual(want);
  }
  const lower = words.filter((w) => /^[a-z-]+$/.test(w)).slice(0, 60);
  for (const stem of lower.slice(0, 12)) for (const second of lower) expect([stem, second, lexicon.hyphenatedRoot!.has(stem, second)]).toEqual([stem, second, oldRoot(text, stem, second)]);
}

describe("hyphenLexicon's kept answers and one-pass capitalised words", () => {
  it("finds a name after a lower-case word, not after a lone 'o' or a capital, not glued to a letter or apostrophe", () => {
    const text = "reflecting Africa's priorities; o Europe first; the UN Asia; with Governments and host Countries’s; in Latin\nAmerica; o\u00a0Oceania; go Peru. x Chilean";
    expect([...capitalisedInsideWords(text)].sort()).toEqual(["Africa's", "Chilean", "Countries’s", "Governments", "Latin", "Peru"]);
    const lexicon = hyphenLexicon(text);
    expect(lexicon.capitalisedInside.has("Africa's")).toBe(true);
    expect(lexicon.capitalisedInside.has("Africa")).toBe(false);
    expect(lexicon.capitalisedInside.has("Europe")).toBe(false);
    expect(lexicon.capitalisedInside.has("Asia")).toBe(false);
    expect(lexicon.capitalisedInside.has("America")).toBe(false);
  });

  it("answers as the search per question did, on every fixture text and dev14's sources", () => {
    const files = readdirSync("fixtures").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("fixtures", f));
    for (const f of readdirSync("test/corpus14/dev14").filter((f) => /\.(txt|md)$/.test(f)).slice(0, 2)) files.push(join("test/corpus14/dev14", f));
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      expectSameAnswers(text, candidates(text));
    }
  });

  it("answers as the search per question did on generated text", () => {
    const piece = fc.constantFrom("o", "O", "go", "to", "Africa", "Africa's", "Africa’s", "Peru", "Éire", "élan", "’s", "'", "s", " ", "\n", "\u00a0", ".", "-", "co", "finance", "co-financing", "Country", "country", "𝐀b", "x𝑎");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join("")), (text) => expectSameAnswers(text, ["Africa", "Africa's", "Africa’s", "Peru", "Éire", "Country", "O", "Os", "co", "finance", "co-financing", "country", "Co-financing"])),
      { numRuns: 400 },
    );
  });
});
