/**
 * Session 21 (h-speed): the text path's shortcuts give what the long way gave. Each shortcut skips
 * work whose result could not matter — a character count where no surrogate pair exists, a header
 * block's lines below the few a title may take, a fill test's second look when the first failed,
 * a wrapped header's label words counted per line instead of over the joined window, a word-list
 * answer asked again — and each test pins the result on input where the shortcut is taken and
 * where it is not.
 */
import { describe, expect, it } from "vitest";
import { textToLayout, CHAR_WIDTH } from "../src/extract/text.js";
import { findHeaderBlock } from "../src/compact/frame.js";
import { detectHeader } from "../src/tables/header.js";
import { isEnglishWord } from "../src/vocab/english.js";
import { charCount } from "../src/vocab/text.js";
import type { Line } from "../src/model/layout.js";

const linesOf = (text: string): Line[] => textToLayout(text).pages.flatMap((p) => p.lines);

describe("textToLayout: character columns with and without surrogate pairs", () => {
  it("a text without any surrogate places cells at their offsets and sizes them by length", () => {
    const [line] = linesOf("Objective one    Measure two");
    expect(line!.segments.map((s) => [s.text, s.x, s.width])).toEqual([
      ["Objective one", 0, 13 * CHAR_WIDTH],
      ["Measure two", 17 * CHAR_WIDTH, 11 * CHAR_WIDTH],
    ]);
  });
  it("a surrogate pair anywhere in the text counts one character, before a cell and inside one", () => {
    // "𝐀" (U+1D400) is two UTF-16 units and one printed character.
    const layout = textToLayout("plain line\n\u{1D400}\u{1D400}  cell \u{1D400}  last");
    const line = layout.pages[0]!.lines[1]!;
    expect(line.segments.map((s) => [s.text, s.x, s.width])).toEqual([
      ["\u{1D400}\u{1D400}", 0, 2 * CHAR_WIDTH],
      ["cell \u{1D400}", 4 * CHAR_WIDTH, 6 * CHAR_WIDTH],
      ["last", 12 * CHAR_WIDTH, 4 * CHAR_WIDTH],
    ]);
    expect(layout.pages[0]!.width).toBe(charCount(line.text) * CHAR_WIDTH);
    expect(layout.pages[0]!.width).toBe(16 * CHAR_WIDTH);
  });
  it("a lone high surrogate (no pair) counts as one unit, as the string's length", () => {
    const [line] = linesOf("a\uD835  b");
    expect(line!.segments.map((s) => s.x)).toEqual([0, 4 * CHAR_WIDTH]);
  });
});

describe("findHeaderBlock reads only the first non-blank lines and a title's few lines", () => {
  const BLOCK = ["Zainab Asante", "Executive Director of the", "United Nations Environment Programme", "2022"];
  it("finds the block among many later lines", () => {
    const text = [...BLOCK, "", ...Array.from({ length: 40 }, (_, i) => `Line ${i} of the compact's body text.`)].join("\n");
    expect(findHeaderBlock(linesOf(text))).toMatchObject({ name: "Zainab Asante", title: "Executive Director of the United Nations Environment Programme", year: 2022, at: 0 });
  });
  it("a year more than four lines under the name closes no block", () => {
    const text = ["Zainab Asante", "Executive Director of the", "United Nations", "Environment", "Programme", "2022"].join("\n");
    expect(findHeaderBlock(linesOf(text))).toBeNull();
  });
  it("only the first eight non-blank lines are read: a block starting on the eighth has no year inside them", () => {
    const before = Array.from({ length: 7 }, (_, i) => `Preamble line ${i}.`);
    expect(findHeaderBlock(linesOf([...before, ...BLOCK].join("\n\n")))).toBeNull();
    expect(findHeaderBlock(linesOf([...before.slice(3), ...BLOCK].join("\n\n")))).toMatchObject({ name: "Zainab Asante", year: 2022, at: 4 });
  });
  it("a name in a cell of a line of several cells, its title and year under it", () => {
    const text = ["Zainab Asante                         Compact 2022", "Executive Director of UNEP", "2022"].join("\n");
    expect(findHeaderBlock(linesOf(text))).toMatchObject({ name: "Zainab Asante", title: "Executive Director of UNEP", year: 2022 });
  });
});

describe("a wrapped header's label words, counted line by line", () => {
  it("two lines of one label word each make a wrapped header (two core labels over the window)", () => {
    const text = ["Expected                     Performance", "accomplishments              measures", "", "Staff trained                 Share of staff trained"].join("\n");
    const header = detectHeader(linesOf(text), 0);
    expect(header?.columns.map((c) => c.role)).toEqual(["accomplishments", "measures"]);
    expect(header?.lineCount).toBe(2);
  });
  it("a label word is never made of two lines' halves: \"Perfor\" / \"mance\" counts none", () => {
    const text = ["Expected             Perfor", "accomplishments      mance", "", "Staff trained        Share of staff trained"].join("\n");
    expect(detectHeader(linesOf(text), 0)).toBeNull();
  });
});

describe("isEnglishWord answers alike when asked again", () => {
  it("the same answers the first time and every time after, in any case", () => {
    const words = ["intergovernmental", "Intergovernmental", "nistrative", "system", "SYSTEM", "systemwide", "wide", "recommendatio"];
    const first = words.map((w) => isEnglishWord(w));
    expect(first).toEqual([true, true, false, true, true, false, true, false]);
    for (let round = 0; round < 3; round++) expect(words.map((w) => isEnglishWord(w))).toEqual(first);
  });
});
