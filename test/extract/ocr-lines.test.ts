/**
 * Words → lines on scans (fourth OCR pass, measured on the second held-out scans, now tuned on):
 * a glyph read twice on two OCR lines, Roman section numbers read with l's, one word read as two
 * pieces on two OCR lines, a list marker read as a line of its own with its brackets' size and
 * baseline, and a filled bullet read into the word after it. Boxes as measured on the 200 dpi
 * scans (0.36 pt a pixel); no tesseract here.
 */
import { describe, expect, it } from "vitest";
import { inkShareOf, type GreyImage } from "../../src/extract/ocr/image-rules.js";
import { dropDuplicateGlyphs, fixRomanNumber, wordsToRuns, type OcrBlock, type OcrLine, type OcrWord } from "../../src/extract/ocr/words.js";
import { buildLines } from "../../src/extract/pdf/lines.js";

const SCALE = 0.36;
/** Row height (px) of a 9.5 pt face at 200 dpi: 9.5 × 0.97 / 0.36. */
const ROW = 25.6;
const word = (text: string, x0: number, x1: number, y0: number, y1: number, confidence = 95): OcrWord => ({ text, confidence, bbox: { x0, y0, x1, y1 } });
const line = (words: OcrWord[], base: number, rowHeight = ROW): OcrLine => ({
  bbox: { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: Math.min(...words.map((w) => w.bbox.y0)), x1: Math.max(...words.map((w) => w.bbox.x1)), y1: Math.max(...words.map((w) => w.bbox.y1)) },
  baseline: { x0: words[0]!.bbox.x0, y0: base, x1: words[words.length - 1]!.bbox.x1, y1: base },
  rowAttributes: { rowHeight },
  words,
});
const segments = (lines: OcrLine[], inkShare?: (b: { x0: number; y0: number; x1: number; y1: number }) => number) =>
  buildLines(wordsToRuns([{ paragraphs: [{ lines }] }] as OcrBlock[], SCALE, [], inkShare).runs).map((l) => l.segments.map((s) => s.text));

describe("OCR: a glyph read a second time on the line below", () => {
  // d2-015 page 3: the j of the header "Objective" read again as `J` (confidence 44) on the
  // header's next line, where it became a cell and the header was not recognised.
  const objective = word("Objective", 336, 452, 1569, 1614, 86);
  const j = word("J", 370, 380, 1593, 1622, 44);
  const next = [word("performance", 666, 820, 1602, 1622, 96), word("indicator", 825, 933, 1602, 1622, 96)];

  it("drops a short unsure word lying inside a confident word of another line", () => {
    const lines = [line([objective], 1606), line([j, ...next], 1620)];
    expect(dropDuplicateGlyphs(lines)[1]!.words.map((w) => w.text)).toEqual(["performance", "indicator"]);
    expect(segments(lines).flat()).not.toContain("J");
  });

  it("keeps the same word where it covers no other word's ink, or is read with confidence", () => {
    const apart = word("J", 370, 380, 1640, 1662, 44);
    expect(dropDuplicateGlyphs([line([objective], 1606), line([apart, ...next], 1660)])[1]!.words.map((w) => w.text)).toEqual(["J", "performance", "indicator"]);
    const sure = word("J", 370, 380, 1593, 1622, 90);
    expect(dropDuplicateGlyphs([line([objective], 1606), line([sure, ...next], 1620)])[1]!.words).toHaveLength(3);
  });
});

describe("OCR: Roman section numbers read with l's", () => {
  const heading = (first: string, second: string) => [word(first, 200, 226, 680, 705), word(second, 236, 400, 680, 705)];

  it("reads `Il.` and `lll.` opening a line before a capitalised word as II. and III.", () => {
    expect(fixRomanNumber(heading("Il.", "Managerial")).map((w) => w.text)).toEqual(["II.", "Managerial"]);
    expect(fixRomanNumber(heading("lll.", "Challenges")).map((w) => w.text)).toEqual(["III.", "Challenges"]);
    expect(fixRomanNumber(heading("lV.", "Signatures")).map((w) => w.text)).toEqual(["IV.", "Signatures"]);
  });

  it("leaves words, numerals read right, and numbers before lower-case text alone", () => {
    expect(fixRomanNumber(heading("Ill.", "health")).map((w) => w.text)).toEqual(["Ill.", "health"]);
    expect(fixRomanNumber(heading("Ill", "Health")).map((w) => w.text)).toEqual(["Ill", "Health"]);
    expect(fixRomanNumber(heading("II.", "Managerial")).map((w) => w.text)).toEqual(["II.", "Managerial"]);
    expect(fixRomanNumber(heading("1.", "Managerial")).map((w) => w.text)).toEqual(["1.", "Managerial"]);
  });
});

describe("OCR: one word read as two pieces on two OCR lines", () => {
  // d2-004 page 2: "humanitarian" read as `humanitar` on the objective's OCR line and `ian` on a
  // line of its own, their ink overlapping by a pixel; lines.ts stacked `ian operations.` as a
  // line of its own and the objective became "ian".
  const first = [word("populations", 838, 962, 963, 983), word("in", 967, 988, 963, 983), word("humanitar", 992, 1099, 963, 983, 91)];
  const rest = (x0: number) => [word("ian", x0, x0 + 32, 963, 983, 96), word("operations.", x0 + 37, x0 + 156, 963, 985, 96)];

  it("joins the pieces into one word", () => {
    expect(segments([line(first, 983), line(rest(1098), 983)])).toEqual([["populations in humanitarian operations."]]);
  });

  it("keeps words of two OCR lines a word space apart as two words", () => {
    expect(segments([line(first, 983), line(rest(1107), 983)])).toEqual([["populations in humanitar ian operations."]]);
  });
});

describe("OCR: a list marker read as a line of its own", () => {
  // d3-007 page 2 (borderless, cells not aligned): the objective column's line "accordance with
  // the" 2.2 pt above the accomplishment "b) Enhanced", whose `b)` tesseract read as a line of its
  // own, 11.6 pt high (its brackets) and with its baseline 1.6 pt low. As the largest text of the
  // joined line it made the objective's words superscripts: three one-word segments, and "the"
  // went into the accomplishment's cell.
  const objective = [word("accordance", 210, 341, 364, 383), word("with", 346, 392, 364, 383), word("the", 397, 434, 364, 383)];
  const marker = word("b)", 486, 510, 370, 398, 92);
  const text = [word("Enhanced", 526, 640, 369, 389)];

  it("gives the marker its item's size and baseline", () => {
    const lines = [line(objective, 382.5), line([marker], 393, 31.3), line(text, 388.6)];
    expect(segments(lines)).toEqual([["accordance with the", "b) Enhanced"]]);
    const runs = wordsToRuns([{ paragraphs: [{ lines }] }], SCALE).runs;
    const b = runs.find((r) => r.text === "b)")!;
    const enhanced = runs.find((r) => r.text === "Enhanced")!;
    expect([b.baseline, b.fontSize]).toEqual([enhanced.baseline, enhanced.fontSize]);
  });

  it("leaves a one-word line that is no marker as it was read", () => {
    const lines = [line(objective, 382.5), line([word("Total", 486, 560, 370, 398)], 393, 31.3), line(text.map((w) => ({ ...w, bbox: { ...w.bbox, x0: 600, x1: 714 } })), 388.6)];
    const runs = wordsToRuns([{ paragraphs: [{ lines }] }], SCALE).runs;
    expect(runs.find((r) => r.text === "Total")!.fontSize).toBeGreaterThan(11);
  });
});

describe("OCR: a filled bullet read into the word after it", () => {
  // d2-004 page 2: the risks column's `•` read as `«` in `«Liquidity`, 0.3 em before the L.
  const blank: GreyImage = { width: 1600, height: 500, data: new Uint8Array(1600 * 500).fill(235) };
  const glued = (x0: number): OcrWord => {
    const symbols = [{ text: "«", bbox: { x0, y0: 372, x1: x0 + 12, y1: 386 } }, ...[..."Liquidity"].map((t, k) => ({ text: t, bbox: { x0: x0 + 20 + k * 11, y0: 366, x1: x0 + 29 + k * 11, y1: 389 } }))];
    return { text: "«Liquidity", confidence: 56, bbox: { x0, y0: 366, x1: x0 + 127, y1: 389 }, symbols };
  };

  it("cuts it off where the word opens a cell, before a capital", () => {
    const lines = [line([glued(1127), word("constraints;", 1238, 1343, 366, 389)], 388)];
    expect(segments(lines, inkShareOf(blank))).toEqual([["• Liquidity constraints;"]]);
  });

  it("leaves it where the word stands mid-line", () => {
    const lines = [line([word("the", 1080, 1115, 366, 389), glued(1127)], 388)];
    expect(segments(lines, inkShareOf(blank)).flat().join(" ")).toContain("«Liquidity");
  });
});

describe("OCR: a horizontal rule read as a line of words", () => {
  // dev-019 page 2 (ruled, noisy): a row border at y 1406 px read as `TT re a] se a Toe ee a ——`
  // at confidence 16–41, boxes 2 px tall on the rule or 32 px tall centred on it; they became an
  // item `TT r` and cell tails (`e se`, `Toe 140 days`).
  const rule = { x1: 60, y1: 1406.5 * SCALE, x2: 545, y2: 1406.5 * SCALE };
  const border = [word("TT", 487, 528, 1406, 1407, 34), word("se", 814, 920, 1406, 1407, 0), word("Toe", 1085, 1115, 1393, 1425, 41)];
  const above = [word("set", 135, 166, 1369, 1386), word("by", 174, 195, 1369, 1390)];
  const below = [word("More", 516, 567, 1419, 1437), word("consistent", 575, 680, 1419, 1437)];
  const texts = (rules: typeof rule[]) =>
    wordsToRuns([{ paragraphs: [{ lines: [line(above, 1386), line(border, 1407), line(below, 1437)] }] }], SCALE, rules).runs.map((r) => r.text);

  it("drops unsure words a found rule runs through, keeps the text above and below", () => {
    expect(texts([rule])).toEqual(["set", "by", "More", "consistent"]);
  });

  it("keeps them without a rule there, and keeps confident words on a rule", () => {
    expect(texts([])).toContain("TT");
    const sure = wordsToRuns([{ paragraphs: [{ lines: [line([word("Total", 487, 560, 1393, 1425, 90)], 1420)] }] }], SCALE, [rule]).runs.map((r) => r.text);
    expect(sure).toEqual(["Total"]);
  });
});

describe("OCR: a filled bullet read as a sign", () => {
  // dev-016 page 2 (grey paper, 0.9° askew): `+ More consistent` opening an accomplishment cell,
  // `practices. « Improved` where tesseract joined two items into one line.
  it("is the bullet where it opens a cell or follows a sentence's end, before a capitalised word", () => {
    const opening = [word("+", 496, 507, 689, 697, 52), word("More", 525, 578, 681, 696, 84), word("consistent", 582, 678, 681, 696)];
    expect(segments([line(opening, 696)])).toEqual([["• More consistent"]]);
    const joined = [word("practices.", 496, 590, 681, 699), word("«", 600, 610, 686, 694, 40), word("Improved", 620, 710, 681, 699)];
    expect(segments([line(joined, 696)]).flat().join(" ")).toBe("practices. • Improved");
  });

  it("stays a sign before a number or mid-sentence", () => {
    const number = [word("+", 496, 507, 689, 697, 52), word("5%", 525, 560, 681, 696)];
    expect(segments([line(number, 696)]).flat().join(" ")).toBe("+ 5%");
    const mid = [word("growth", 400, 488, 681, 696), word("+", 496, 507, 689, 697, 52), word("Services", 525, 610, 681, 696)];
    expect(segments([line(mid, 696)]).flat().join(" ")).toBe("growth + Services");
  });
});
