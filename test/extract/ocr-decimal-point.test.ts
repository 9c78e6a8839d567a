/**
 * A decimal point tesseract lost inside a number (d7-003's "1.1" read `1d`, d7-006's "3.5" read
 * `35`): put back from the word's ink (reread.ts restoreDecimalPoints) — a dot on the digits'
 * baseline between two digit glyphs. Constructed image, stubbed recognition.
 */
import { describe, expect, it } from "vitest";
import { decimalPointAt, inkGlyphs, restoreDecimalPoints, sameInk } from "../../src/extract/ocr/reread.js";
import type { OcrBlock, OcrWord } from "../../src/extract/ocr/words.js";
import type { GreyImage } from "../../src/extract/ocr/image-rules.js";

// 200 dpi, 10 pt: an em of 29 px (d7-003's line), digits 21 px tall, the point 3 × 3 px.
const EM = 29;
const BASE = 60;
const PAPER = 222;
function image(marks: Array<[number, number, number, number]>): GreyImage {
  const img: GreyImage = { width: 200, height: 100, data: new Uint8Array(200 * 100).fill(PAPER) };
  for (const [x0, y0, x1, y1] of marks) for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) img.data[y * 200 + x] = 40;
  return img;
}
/** A "1" as d7-003 prints it: a stem, a flag and a foot, 13 × 21 px. */
const one = (x: number): Array<[number, number, number, number]> => [[x + 5, BASE - 20, x + 8, BASE], [x + 1, BASE - 20, x + 5, BASE - 17], [x, BASE - 2, x + 12, BASE]];
/** A "3"-like glyph, 12 × 21 px (three bars and a right side). */
const three = (x: number): Array<[number, number, number, number]> => [[x, BASE - 20, x + 11, BASE - 18], [x + 3, BASE - 11, x + 11, BASE - 9], [x, BASE - 2, x + 11, BASE], [x + 9, BASE - 20, x + 11, BASE]];
const dot = (x: number): [number, number, number, number] => [x, BASE - 2, x + 2, BASE];
function line(text: string, x0: number, x1: number): OcrBlock[] {
  const word: OcrWord = { text, confidence: 12, bbox: { x0, y0: BASE - 21, x1, y1: BASE + 1 } };
  return [{ paragraphs: [{ lines: [{ bbox: word.bbox, baseline: { x0, y0: BASE, x1, y1: BASE }, rowAttributes: { rowHeight: 28 }, words: [word] }] }] }];
}
const texts = (b: OcrBlock[]) => b.flatMap((x) => x.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text))));

describe("OCR: a decimal point lost inside a number", () => {
  it("finds the dot between two digits on their baseline, not a comma under it, a hyphen above it or a point at the end", () => {
    const at = (marks: Array<[number, number, number, number]>) => decimalPointAt(inkGlyphs(image(marks), PAPER, { x0: 30, y0: BASE - 21, x1: 90, y1: BASE + 1 }), EM);
    expect(at([...three(40), dot(56), ...three(62)])).toMatchObject({ before: 1, digits: 2 });
    expect(at([...three(40), ...three(56)])).toBeNull(); // "35": no dot
    expect(at([...three(40), [56, BASE - 10, 60, BASE - 8], ...three(66)])).toBeNull(); // a hyphen, half-way up
    expect(at([...three(40), ...three(56), dot(72)])).toBeNull(); // "35." — a full stop ends it
  });

  it("puts the point into an all-digit reading by the glyphs left of it; reads a word with a letter glyph by glyph", async () => {
    const img = image([...three(40), dot(56), ...three(62)]);
    const never = async () => { throw new Error("no reading needed"); };
    expect(texts((await restoreDecimalPoints(line("33", 38, 76), img, PAPER, never)).blocks)).toEqual(["3.3"]);
    // d7-003: `1d` for "1.1"; read whole it is garbage, the first 1 alone reads, the second does
    // not — it takes the first's digit by its identical ink.
    const ones = image([...one(40), dot(57), ...one(66)]);
    expect(sameInk(ones, PAPER, { x0: 40, y0: BASE - 20, x1: 52, y1: BASE }, { x0: 66, y0: BASE - 20, x1: 78, y1: BASE })).toBe(true);
    const readings = [[["45;", 18]], [["oy", 8]], [["1", 95]], [["ii", 42]], [["iy", 36]]];
    let k = 0;
    const read = async (): Promise<OcrBlock[]> => {
      const words = (readings[k++] ?? []).map(([text, confidence]) => ({ text: text as string, confidence: confidence as number, bbox: { x0: 0, y0: 0, x1: 5, y1: 5 } }));
      return [{ paragraphs: [{ lines: [{ bbox: { x0: 0, y0: 0, x1: 5, y1: 5 }, words }] }] }];
    };
    expect(texts((await restoreDecimalPoints(line("1d", 38, 80), ones, PAPER, read)).blocks)).toEqual(["1.1"]);
    // Words that are no numbers are never looked at.
    expect(texts((await restoreDecimalPoints(line("lit", 38, 80), ones, PAPER, never)).blocks)).toEqual(["lit"]);
  });
});
