/**
 * An OCR layer checked against the page image's ink (src/extract/pdf/ocr-layer-ink.ts), on
 * synthetic pages at the searchable fixtures' scale (150 dpi: 9 pt text is 18 px to the em, an
 * x-height of 8 px, letters 1–2 px apart): each case draws the ink the scans showed and places
 * the layer's glyphs over it as tesseract's PDF renderer does (the word's characters spread
 * evenly over its box, a trailing space inside it).
 */
import { describe, expect, it } from "vitest";
import type { PlacedGlyph } from "../../src/extract/pdf/glyphs.js";
import { closingMark, gluedSplit, hollowSquareReading, inkRewrites, isHollowSquare, isLoneMark, layerWords, type LayerInk } from "../../src/extract/pdf/ocr-layer-ink.js";
import type { GreyImage } from "../../src/extract/ocr/image-rules.js";

/** Points per pixel: 144 dpi. */
const SCALE = 0.5;
/** Baseline row (pixels) of the test line. */
const BASE = 40;
const XH = 8;

function page(): GreyImage {
  const width = 400;
  const height = 80;
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}
/** Ink over the pixel box (inclusive). */
function paint(img: GreyImage, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) img.data[y * img.width + x] = 0;
}
/** A letter as a block: x-height tall, or `tall` (ascender or capital, 12 px). */
function letter(img: GreyImage, x: number, width: number, tall = false): void {
  paint(img, x, BASE - (tall ? 12 : XH) + 1, x + width - 1, BASE);
}
/** A hollow square bullet `side` px wide with its bottom on the baseline. */
function square(img: GreyImage, x: number, side: number): void {
  const top = BASE - side + 1;
  paint(img, x, top, x + side - 1, top);
  paint(img, x, BASE, x + side - 1, BASE);
  paint(img, x, top, x, BASE);
  paint(img, x + side - 1, top, x + side - 1, BASE);
}
/** The layer's glyphs of one word over the pixel span [x0, x1): its characters and a trailing space spread evenly. */
function word(text: string, x0: number, x1: number, size = 9): PlacedGlyph[] {
  const chars = [...text, " "];
  const step = ((x1 - x0) * SCALE) / chars.length;
  return chars.map((t, i) => ({ text: t, left: x0 * SCALE + i * step, right: x0 * SCALE + (i + 1) * step, baseline: BASE * SCALE, size }));
}
const ink = (img: GreyImage): LayerInk => ({ img, scale: SCALE });

describe("a word's closing mark against the ink", () => {
  /** Five x-height letters 5 px wide, 2 px apart, from x = 20 (ends at 53). */
  function letters(img: GreyImage): void {
    for (let i = 0; i < 5; i++) letter(img, 20 + 7 * i, 5);
  }

  it("reads a comma as a full stop when its mark sits on the baseline (dev-014 `documentation,`)", () => {
    const img = page();
    letters(img);
    paint(img, 56, BASE - 1, 57, BASE);
    const [w] = layerWords(word("plans,", 20, 60));
    expect(closingMark(w!, ink(img))).toBe(".");
  });

  it("keeps a comma whose tail reaches below the baseline", () => {
    const img = page();
    letters(img);
    paint(img, 56, BASE - 1, 57, BASE + 3);
    const [w] = layerWords(word("plans,", 20, 60));
    expect(closingMark(w!, ink(img))).toBe(",");
  });

  it("drops a mark that has no ink: the word ends on a letter (dev-004 `ACCOMPLISHMENTS,`)", () => {
    const img = page();
    letters(img);
    const [w] = layerWords(word("basis,", 20, 60));
    expect(closingMark(w!, ink(img))).toBe("");
  });

  it("leaves words without a closing mark, and a digit-and-comma bullet reading (`7,`), alone", () => {
    const img = page();
    letters(img);
    expect(closingMark(layerWords(word("plans", 20, 60))[0]!, ink(img))).toBeNull();
    expect(closingMark(layerWords(word("7,", 20, 30))[0]!, ink(img))).toBeNull();
  });
});

describe("a full stop read as a word of its own", () => {
  it("is dropped when no word of its line is near (an `i`'s dot on the line below)", () => {
    const words = layerWords([...word(".", 100, 102), ...word("countries.", 200, 260)]);
    expect(isLoneMark(words[0]!, words)).toBe(true);
  });
  it("is kept beside its word", () => {
    const words = layerWords([...word("end", 100, 120), ...word(".", 123, 125)]);
    expect(isLoneMark(words[1]!, words)).toBe(false);
  });
});

describe("a hollow square bullet read into the word opening a cell (dev-028)", () => {
  it("is a square with straight edges, full corners and an empty middle; a ring is not", () => {
    const img = page();
    square(img, 20, 12);
    square(img, 60, 12);
    // Round the second one's corners: an `o` or `O`.
    for (const [x, y] of [[60, BASE - 11], [71, BASE - 11], [60, BASE], [71, BASE]] as const) img.data[y * img.width + x] = 255;
    for (const [x, y] of [[61, BASE - 11], [70, BASE - 11], [61, BASE], [70, BASE], [60, BASE - 10], [71, BASE - 10], [60, BASE - 1], [71, BASE - 1]] as const) img.data[y * img.width + x] = 255;
    const isInk = (x: number, y: number) => img.data[y * img.width + x]! < 128;
    expect(isHollowSquare({ x0: 20, y0: BASE - 11, x1: 31, y1: BASE }, isInk)).toBe(true);
    expect(isHollowSquare({ x0: 60, y0: BASE - 11, x1: 71, y1: BASE }, isInk)).toBe(false);
  });

  it("`181` over \"□ 81\": the digits after the square are two blobs, so the square was one character", () => {
    const img = page();
    square(img, 20, 12);
    letter(img, 37, 5, true);
    letter(img, 44, 3, true);
    expect(hollowSquareReading(layerWords(word("181", 20, 52))[0]!, ink(img))).toBe(1);
  });

  it("`CAt` is the square and `At`; `Clean` over \"□ Clean\" left the square out of its text", () => {
    const img = page();
    square(img, 20, 12);
    letter(img, 37, 6, true);
    letter(img, 44, 4, true);
    expect(hollowSquareReading(layerWords(word("CAt", 20, 52))[0]!, ink(img))).toBe(1);
    expect(hollowSquareReading(layerWords(word("Clean", 20, 52))[0]!, ink(img))).toBe(0);
  });

  it("is rewritten as the bullet before the item's text", () => {
    const img = page();
    square(img, 20, 12);
    letter(img, 37, 5, true);
    letter(img, 44, 3, true);
    const glyphs = word("181", 20, 52);
    const rewrites = inkRewrites(glyphs, ink(img));
    expect(glyphs.map((g, i) => rewrites.get(i) ?? g.text).join("")).toBe("□ 81 ");
  });
});

describe("two words read as one (`Atleast`, `ona`)", () => {
  /** "At least": A 6, t 4, a 5 px word space, then l e a s t. */
  function atLeast(img: GreyImage): number {
    let x = 20;
    for (const [w, gap, tall] of [[6, 1, true], [4, 5, true], [2, 1, true], [5, 1, false], [5, 1, false], [4, 1, false], [4, 0, true]] as const) {
      letter(img, x, w, tall);
      x += w + gap;
    }
    return x;
  }

  it("is cut at the ink's word space where both parts are words", () => {
    const img = page();
    const end = atLeast(img);
    expect(gluedSplit(layerWords(word("Atleast", 20, end + 6))[0]!, ink(img))).toBe(2);
  });

  it("is not cut where the parts near the gap are no glued pair of words (`atransparent`: `a` is no cut)", () => {
    const img = page();
    const end = atLeast(img);
    expect(gluedSplit(layerWords(word("Atlxast", 20, end + 6))[0]!, ink(img))).toBeNull();
  });

  it("is not cut without a word space in the ink", () => {
    const img = page();
    for (let i = 0; i < 7; i++) letter(img, 20 + 6 * i, 5);
    expect(gluedSplit(layerWords(word("Atleast", 20, 68))[0]!, ink(img))).toBeNull();
  });
});
