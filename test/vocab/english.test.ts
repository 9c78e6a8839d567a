import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isEnglishWord, sortedWordList } from "../../src/vocab/english.js";

const list = createRequire(import.meta.url)("an-array-of-english-words") as string[];

describe("isEnglishWord", () => {
  it("searches the package's own file, not a Set made from it (the file is in the shape sortedWordList needs)", () => {
    const file = createRequire(import.meta.url).resolve("an-array-of-english-words");
    expect(sortedWordList(readFileSync(file, "utf8"))).not.toBeNull();
  });

  it("answers as a Set of the package's list would, on words, their neighbours and non-words", () => {
    const set = new Set(list);
    // Every 50th word, and strings just beside it in sort order (a letter more, a letter less, changed).
    const probes: string[] = [];
    for (let i = 0; i < list.length; i += 50) {
      const w = list[i]!;
      probes.push(w, `${w}a`, `${w}zz`, w.slice(0, -1), `${w.slice(0, -1)}{`, w.toUpperCase());
    }
    probes.push("a", list[list.length - 1]!, "", "zzzzzzzzzz", "aaaaaa", "système", "wide-", "Building");
    const wrong = probes.filter((p) => isEnglishWord(p) !== set.has(p.toLowerCase()));
    expect(wrong).toEqual([]);
    expect(probes.filter((p) => isEnglishWord(p)).length).toBeGreaterThan(list.length / 50);
  });

  it("knows the compound halves the hyphen rule asks about", () => {
    expect([isEnglishWord("system"), isEnglishWord("wide"), isEnglishWord("systemwide"), isEnglishWord("nistrative")]).toEqual([true, true, false, false]);
  });
});

describe("sortedWordList", () => {
  it("indexes a sorted JSON list and finds every word of it, and nothing else", () => {
    const find = sortedWordList('["a","ab","abc","b","ba","zz"]');
    expect(find).not.toBeNull();
    expect(["a", "ab", "abc", "b", "ba", "zz"].map((w) => find!(w))).toEqual([true, true, true, true, true, true]);
    expect(["", "aa", "abcd", "c", "z", "zzz", "bb"].map((w) => find!(w))).toEqual([false, false, false, false, false, false, false]);
  });

  it("refuses a list it cannot search: unsorted, duplicated, not a–z, spaced, empty", () => {
    for (const text of ['["b","a"]', '["a","a"]', '["a","B"]', '["a", "b"]', '["a","é"]', "[]", '[""]', '["a",""]', ' ["a"]']) {
      expect(sortedWordList(text), text).toBeNull();
    }
    expect(sortedWordList('["a"]\n')!("a")).toBe(true);
  });
});
