import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { decodeWordIndex, encodeWordIndex, isEnglishWord, sortedWordList, wordStarts } from "../../src/vocab/english.js";

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

describe("the build's index of the list (dist/vocab/english-words.index, scripts/english-index.mjs)", () => {
  const file = createRequire(import.meta.url).resolve("an-array-of-english-words");
  const text = readFileSync(file, "utf8").trimEnd();
  const starts = wordStarts(text)!;

  it("is, byte for byte, the index of the installed list (test/global-setup.ts builds it, as npm run build does)", () => {
    const built = readFileSync(fileURLToPath(new URL("../../dist/vocab/english-words.index", import.meta.url)));
    expect(starts.length).toBe(list.length);
    expect(Buffer.compare(built, Buffer.from(encodeWordIndex(text, starts)))).toBe(0);
    expect(decodeWordIndex(built, text)).toEqual(starts);
  });

  it("is taken only for the list it was made from: another length, count, or offsets that miss the words are refused", () => {
    const good = encodeWordIndex(text, starts);
    expect(decodeWordIndex(good, text)).not.toBeNull();
    expect(decodeWordIndex(good, `${text.slice(0, -2)}a"]`)).toBeNull(); // one letter more
    const shifted = starts.map((s) => s + 1);
    expect(decodeWordIndex(encodeWordIndex(text, shifted), text)).toBeNull();
    expect(decodeWordIndex(encodeWordIndex(text, starts.slice(0, -1)), text)).toBeNull(); // the last word left out
    expect(decodeWordIndex(encodeWordIndex(text, starts.slice(1)), text)).toBeNull(); // the first
    const miscounted = encodeWordIndex(text, starts);
    new DataView(miscounted.buffer).setUint32(8, starts.length - 1, true);
    expect(decodeWordIndex(miscounted, text)).toBeNull(); // count ≠ entries
    const swapped = starts.slice();
    [swapped[2048], swapped[4096]] = [swapped[4096]!, swapped[2048]!];
    expect(decodeWordIndex(encodeWordIndex(text, swapped), text)).toBeNull(); // sampled words out of order
    expect(decodeWordIndex(new Uint8Array(10), text)).toBeNull();
    expect(decodeWordIndex(encodeWordIndex('["a"]', new Uint32Array([2])), '["a"]')).toEqual(new Uint32Array([2]));
  });

  it("gives the compiled module the same answers as the scan", async () => {
    const dist = (await import(new URL("../../dist/vocab/english.js", import.meta.url).href)) as typeof import("../../src/vocab/english.js");
    const probes = list.filter((_, i) => i % 997 === 0).flatMap((w) => [w, `${w}q`, w.slice(0, -1)]);
    expect(probes.map((p) => dist.isEnglishWord(p))).toEqual(probes.map((p) => isEnglishWord(p)));
  });
});
