import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { capitalisedInsideWords, hyphenLexicon } from "../../src/tables/text.js";
import { candidates, expectSameAnswers } from "./support/corpus-checks.js";

// Session 24 (h-speed4): the lexicon's questions as they were asked before, one search of the
// whole text per question (test/tables/support/corpus-checks.ts): the answers kept per document and
// the one-pass set must equal them.

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

  it("answers as the search per question did, on the two shortest fixture compacts (text and Markdown)", () => {
    // A search per question costs a pass over the text per word; every fixture text and two of
    // dev14's sources: corpus-checks.slow.test.ts.
    for (const f of ["compact-2012-ohrm-four-columns.txt", "compact-2012-markdown.md"]) {
      const text = readFileSync(join("fixtures", f), "utf8");
      const words = candidates(text);
      expect(words.length, f).toBeGreaterThan(150);
      expectSameAnswers(text, words);
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
