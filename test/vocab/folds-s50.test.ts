import { describe, expect, it } from "vitest";
import {
  ENDS_ON_HYPHEN,
  LETTER_THEN_HYPHEN,
  LINE_ENDS_ON_HYPHEN,
  LOWER_LETTER_THEN_HYPHEN,
  LOWER_PROSE_WORD,
  LOWER_SENTENCE_WORD,
  LOWER_WORD_BROKEN,
  WORD_PIECE_BROKEN,
} from "../../src/vocab/broken.js";

// The one table of "word broken at a line's end" patterns (session 50's fold): each row of the table
// is what one reader needs, so the differences are asserted, not only the common cases.
const SOFT = "\u00ad";
const U2010 = "\u2010";
const U2011 = "\u2011";

describe("vocab/broken: words broken at a line's end", () => {
  it("every pattern takes a lower-case word broken with a typed hyphen", () => {
    for (const re of [ENDS_ON_HYPHEN, LINE_ENDS_ON_HYPHEN, LOWER_LETTER_THEN_HYPHEN, LETTER_THEN_HYPHEN, LOWER_WORD_BROKEN, WORD_PIECE_BROKEN, LOWER_SENTENCE_WORD, LOWER_PROSE_WORD]) {
      expect(re.test("implemen-"), String(re)).toBe(true);
    }
  });

  it("the soft hyphen as printed counts for cells' and headers' text, not for one grid word", () => {
    const word = `cooper${SOFT}`;
    expect([ENDS_ON_HYPHEN, LINE_ENDS_ON_HYPHEN, LETTER_THEN_HYPHEN, LOWER_SENTENCE_WORD, LOWER_PROSE_WORD].map((re) => re.test(word))).toEqual([true, true, true, true, true]);
    expect([LOWER_LETTER_THEN_HYPHEN, LOWER_WORD_BROKEN, WORD_PIECE_BROKEN].map((re) => re.test(word))).toEqual([false, false, false]);
    expect(LOWER_WORD_BROKEN.test(`cooper${U2010}`)).toBe(true);
  });

  it("U+2011 ends a cell's whole text only", () => {
    expect(ENDS_ON_HYPHEN.test(`Coun${U2011}`)).toBe(true);
    expect(LINE_ENDS_ON_HYPHEN.test(`Coun${U2011}`)).toBe(false);
    expect(LETTER_THEN_HYPHEN.test(`Coun${U2011}`)).toBe(false);
  });

  it("what precedes the hyphen: anything, a lower-case letter, any letter, a whole word", () => {
    expect(ENDS_ON_HYPHEN.test("2015-")).toBe(true);
    expect(LETTER_THEN_HYPHEN.test("2015-")).toBe(false);
    expect(LOWER_LETTER_THEN_HYPHEN.test("UN-")).toBe(false);
    expect(LETTER_THEN_HYPHEN.test("UN-")).toBe(true);
    expect(LOWER_WORD_BROKEN.test("Com-")).toBe(false);
    expect(WORD_PIECE_BROKEN.test("Com-")).toBe(true);
    expect(WORD_PIECE_BROKEN.test("CoM-")).toBe(false);
    expect(LOWER_WORD_BROKEN.test("the Coun-")).toBe(false);
    expect(LOWER_LETTER_THEN_HYPHEN.test("the Coun-")).toBe(true);
  });

  it("a sentence word may end with a comma or semicolon, a prose word may not; neither opens with a capital", () => {
    expect(LOWER_SENTENCE_WORD.test("strategies,")).toBe(true);
    expect(LOWER_PROSE_WORD.test("strategies,")).toBe(false);
    expect(LOWER_SENTENCE_WORD.test("Strategies")).toBe(false);
    expect(LOWER_PROSE_WORD.test("rule-of-law")).toBe(true);
    expect(LOWER_SENTENCE_WORD.test("5")).toBe(false);
  });
});

describe("vocab/markers: the outline grammar on a cell and on a word (session 50's fold)", () => {
  it("is the patterns outlineRows and columns wrote apart", async () => {
    const m = await import("../../src/vocab/markers.js");
    expect(m.OUTLINE_FIRST_LEVEL_CELL.source).toBe(/^(\d{1,2})\.\s+\S/.source);
    expect(m.OUTLINE_SECOND_LEVEL_CELL.source).toBe(/^(\d{1,2})\.\d{1,2}\.?\s/.source);
    expect(m.OUTLINE_FIRST_LEVEL_WORD.source).toBe(/^(\d{1,2})\.$/.source);
    expect(m.OUTLINE_SECOND_LEVEL_WORD.source).toBe(/^\d{1,2}\.\d{1,2}$/.source);
  });
  it("reads an objective's number and its accomplishments' on both units", async () => {
    const m = await import("../../src/vocab/markers.js");
    expect(m.OUTLINE_FIRST_LEVEL_CELL.exec("13. To reach gender parity")?.[1]).toBe("13");
    expect(m.OUTLINE_SECOND_LEVEL_CELL.exec("13.1. Mandatory courses")?.[1]).toBe("13");
    expect(m.OUTLINE_SECOND_LEVEL_CELL.test("13.1")).toBe(false);
    expect(m.OUTLINE_FIRST_LEVEL_WORD.exec("3.")?.[1]).toBe("3");
    expect(m.OUTLINE_SECOND_LEVEL_WORD.test("6.1")).toBe(true);
    expect(m.OUTLINE_SECOND_LEVEL_WORD.test("6.1.")).toBe(false);
    expect(m.OUTLINE_SECOND_LEVEL_WORD.test("123.1")).toBe(false);
  });
});
