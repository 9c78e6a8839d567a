/**
 * Bullets on scans that tesseract misreads, reads into the next word, or drops (third OCR pass,
 * measured on the first held-out scans): hollow □ / o read as letters (`CJ`, `OJ`, `a`, `1`), one
 * read into the word after it (`193%`, `CJAnnual`), a rule read as `|` in front of a bullet, and
 * filled bullets no word covers. Synthetic images and boxes at the scans' scale (200 dpi, 0.36 pt a
 * pixel, row height 22 px ≈ 22.7 px em): no tesseract here.
 */
import { describe, expect, it } from "vitest";
import { inkShareOf, type GreyImage } from "../../src/extract/ocr/image-rules.js";
import { addMissedBullets } from "../../src/extract/ocr/reread.js";
import { hollowBullet, splitGluedBullet, splitGluedByInk, wordsToRuns, type OcrBlock, type OcrWord } from "../../src/extract/ocr/words.js";
import { buildLines } from "../../src/extract/pdf/lines.js";

const SCALE = 0.36;
const EM = 22 / 0.97;
function page(width = 900, height = 200): GreyImage & { ink: (x0: number, y0: number, x1: number, y1: number) => void } {
  const img = { width, height, data: new Uint8Array(width * height).fill(235) };
  const ink = (x0: number, y0: number, x1: number, y1: number) => { for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) img.data[y * width + x] = 25; };
  return { ...img, ink };
}
/** A hollow square (□) of 16 × 15 px with 2 px sides, as LibreOffice's □ marker scanned at 200 dpi. */
function square(img: ReturnType<typeof page>, x0: number, y0: number) {
  img.ink(x0, y0, x0 + 15, y0 + 1); img.ink(x0, y0 + 13, x0 + 15, y0 + 14);
  img.ink(x0, y0, x0 + 1, y0 + 14); img.ink(x0 + 14, y0, x0 + 15, y0 + 14);
}
/** A "C": the square without its right side (a letter, not a bullet). */
function letterC(img: ReturnType<typeof page>, x0: number, y0: number) {
  img.ink(x0, y0, x0 + 15, y0 + 1); img.ink(x0, y0 + 13, x0 + 15, y0 + 14); img.ink(x0, y0, x0 + 1, y0 + 14);
}
const word = (text: string, x0: number, x1: number, y0 = 888, y1 = 905, confidence = 90): OcrWord => ({ text, confidence, bbox: { x0, y0, x1, y1 } });
const line = (words: OcrWord[], base = 905) => ({ bbox: { x0: words[0]!.bbox.x0, y0: 888, x1: words[words.length - 1]!.bbox.x1, y1: 910 }, baseline: { x0: words[0]!.bbox.x0, y0: base, x1: words[words.length - 1]!.bbox.x1, y1: base }, rowAttributes: { rowHeight: 22 }, words });
const texts = (blocks: OcrBlock[], img: GreyImage) => buildLines(wordsToRuns(blocks, SCALE, [], inkShareOf(img)).runs).map((l) => l.segments.map((s) => s.text));

describe("OCR: hollow bullets read as letters (dev-005's □)", () => {
  // Images are 900 × 1000 px so the boxes sit where they were measured.
  it("reads a hollow square opening a cell before a capitalised word as □, whatever the letters", () => {
    const img = page(900, 1000);
    square(img, 134, 891);
    for (const reading of ["CJ", "OJ", "a", "1", "C1"]) {
      const blocks: OcrBlock[] = [{ paragraphs: [{ lines: [line([word(reading, 134, 149, 891, 905), word("Proportion", 157, 263), word("of", 271, 291)])] }] }];
      expect(texts(blocks, img)).toEqual([["□ Proportion of"]]);
    }
  });

  it("leaves a letter open on one side, a word with ink in its middle, and a square before a lower-case word", () => {
    const img = page(900, 1000);
    letterC(img, 134, 891);
    const c: OcrBlock[] = [{ paragraphs: [{ lines: [line([word("C", 134, 149, 891, 905), word("Division", 157, 263)])] }] }];
    expect(texts(c, img)).toEqual([["C Division"]]);
    const img2 = page(900, 1000);
    square(img2, 134, 891);
    img2.ink(140, 896, 143, 900); // ink in the middle: a glyph, not a hollow bullet
    expect(hollowBullet(word("of", 134, 149, 891, 905), EM, inkShareOf(img2))).toBeNull();
    const img3 = page(900, 1000);
    square(img3, 134, 891);
    const lower: OcrBlock[] = [{ paragraphs: [{ lines: [line([word("CJ", 134, 149, 891, 905), word("report", 157, 263)])] }] }];
    expect(texts(lower, img3)).toEqual([["CJ report"]]);
  });

  it("tells a round hollow bullet from a square one by its corners", () => {
    const img = page(900, 1000);
    // A ring: ink where the distance to the centre is 6–7.5 px.
    for (let y = 890; y <= 906; y++) for (let x = 133; x <= 150; x++) { const d = Math.hypot(x - 141.5, y - 898); if (d >= 6 && d <= 7.6) img.data[y * 900 + x] = 25; }
    expect(hollowBullet(word("CO", 134, 149, 891, 905), EM, inkShareOf(img))).toBe("o");
  });

  it("a bar read from the rule before a bullet does not hide that the bullet opens its cell (dev-005: 'before | 0 Demonstrated')", () => {
    const img = page(900, 1000);
    const blocks: OcrBlock[] = [{ paragraphs: [{ lines: [line([word("before", 100, 180), word("|", 196, 199), word("0", 206, 221, 891, 905), word("Demonstrated", 229, 360)])] }] }];
    expect(texts(blocks, img).flat().join(" | ")).toMatch(/(^| )o Demonstrated/);
  });
});

describe("OCR: a hollow bullet read into the next word", () => {
  it("cuts '193%' (□ 93%) and 'CJAnnual' (□ Annual) after the bullet's box, keeps 'OECD'", () => {
    const img = page(900, 1800);
    square(img, 134, 1628);
    const sym = (text: string, x0: number, x1: number, y0 = 1628, y1 = 1642) => ({ text, bbox: { x0, y0, x1, y1 } });
    const glued: OcrWord = { text: "193%", confidence: 78, bbox: { x0: 134, y0: 1625, x1: 202, y1: 1642 }, symbols: [sym("1", 134, 149), sym("9", 156, 168, 1625), sym("3", 169, 181, 1625), sym("%", 182, 202, 1625)] };
    expect(splitGluedBullet(glued, EM, inkShareOf(img)).map((w) => w.text)).toEqual(["□", "93%"]);
    const annual: OcrWord = { text: "CJAnnual", confidence: 0, bbox: { x0: 134, y0: 1625, x1: 226, y1: 1642 }, symbols: [sym("C", 134, 149), sym("J", 145, 155, 1625), sym("A", 154, 169, 1625), sym("n", 171, 182), sym("n", 184, 195), sym("u", 197, 208), sym("a", 205, 215), sym("l", 210, 226, 1625)] };
    expect(splitGluedBullet(annual, EM, inkShareOf(img)).map((w) => w.text)).toEqual(["□", "Annual"]);
    // A round capital O whose next letter follows a pixel away is one word.
    const ring = page(900, 1800);
    for (let y = 1626; y <= 1643; y++) for (let x = 133; x <= 151; x++) { const d = Math.hypot(x - 142, y - 1635); if (d >= 6.5 && d <= 8) ring.data[y * 900 + x] = 25; }
    const oecd: OcrWord = { text: "OECD", confidence: 90, bbox: { x0: 134, y0: 1628, x1: 200, y1: 1642 }, symbols: [sym("O", 134, 150), sym("E", 152, 165), sym("C", 167, 182), sym("D", 184, 200)] };
    expect(splitGluedBullet(oecd, EM, inkShareOf(ring)).map((w) => w.text)).toEqual(["OECD"]);
  });
});

describe("OCR: filled bullets tesseract dropped (d2-014's Word bullets)", () => {
  it("adds a solid bullet-sized blob a hanging indent before a line's first word, nothing for a stub or a speck", () => {
    const img = page(900, 600);
    // The bullet as scanned: 9 × 10 px at x 511–519, y 420–429; its item's first line.
    for (let y = 420; y <= 429; y++) for (let x = 511; x <= 519; x++) if (Math.hypot(x - 515, y - 424.5) <= 5) img.data[y * 900 + x] = 25;
    img.ink(560, 418, 680, 436); // "Harmonized security"
    img.ink(400, 300, 401, 309); // a border's stub: thin
    img.ink(540, 150, 541, 151); // a speck
    img.ink(560, 140, 680, 158); // a line with no bullet before it
    const item = { bbox: { x0: 560, y0: 418, x1: 680, y1: 442 }, baseline: { x0: 560, y0: 436, x1: 680, y1: 436 }, rowAttributes: { rowHeight: 24 }, words: [{ text: "Harmonized", confidence: 95, bbox: { x0: 560, y0: 418, x1: 660, y1: 436 } }, { text: "security", confidence: 95, bbox: { x0: 668, y0: 418, x1: 680, y1: 436 } }] };
    const plain = { bbox: { x0: 560, y0: 140, x1: 680, y1: 162 }, baseline: { x0: 560, y0: 158, x1: 680, y1: 158 }, rowAttributes: { rowHeight: 24 }, words: [{ text: "Limited", confidence: 95, bbox: { x0: 560, y0: 140, x1: 680, y1: 158 } }] };
    const { blocks, added } = addMissedBullets([{ paragraphs: [{ lines: [plain, item] }] }], img, 235);
    expect(added).toBe(1);
    const lines = buildLines(wordsToRuns(blocks, SCALE, [], inkShareOf(img)).runs).map((l) => l.segments.map((s) => s.text).join(" | "));
    expect(lines).toEqual(["Limited", "• Harmonized security"]);
  });
});

describe("OCR: hollow bullets tesseract dropped (d2-013's third o bullet)", () => {
  // As measured on d2-013-lo-200.pdf page 3 (em 25.8 px): the o bullet's ink 14 × 14 px at
  // x 203–216, y 1760–1773; "Consolidated" from x 249, its top 1755, baseline 1774.
  const ring = (img: ReturnType<typeof page>, cx: number, cy: number) => {
    for (let y = cy - 8; y <= cy + 8; y++) for (let x = cx - 8; x <= cx + 8; x++) { const d = Math.hypot(x - cx, y - cy); if (d >= 5 && d <= 7) img.data[y * img.width + x] = 25; }
  };
  const itemLine = (text: string) => ({ bbox: { x0: 249, y0: 1755, x1: 545, y1: 1780 }, baseline: { x0: 249, y0: 1774, x1: 545, y1: 1774 }, rowAttributes: { rowHeight: 26 }, words: [{ text, confidence: 96, bbox: { x0: 249, y0: 1755, x1: 417, y1: 1774 } }, { text: "functions", confidence: 96, bbox: { x0: 425, y0: 1755, x1: 545, y1: 1774 } }] });
  const run = (first: string, draw: (img: ReturnType<typeof page>) => void) => {
    const img = page(900, 1900);
    draw(img);
    img.ink(249, 1755, 417, 1774);
    img.ink(425, 1755, 545, 1774);
    const { blocks, added } = addMissedBullets([{ paragraphs: [{ lines: [itemLine(first)] }] }], img, 235);
    return { added, lines: buildLines(wordsToRuns(blocks, SCALE, [], inkShareOf(img)).runs).map((l) => l.segments.map((s) => s.text).join(" | ")) };
  };

  it("adds a ring a hanging indent before a capitalised item as `o`, a hollow square as `□`", () => {
    // The marker opens the item's line (a segment of its own or not: the table reader reads both).
    const joined = (r: { added: number; lines: string[] }) => ({ added: r.added, lines: r.lines.map((l) => l.replace(" | ", " ")) });
    expect(joined(run("Consolidated", (img) => ring(img, 209, 1766)))).toEqual({ added: 1, lines: ["o Consolidated functions"] });
    expect(joined(run("Consolidated", (img) => square(img, 202, 1759)))).toEqual({ added: 1, lines: ["□ Consolidated functions"] });
  });

  it("adds nothing for a ring before a lower-case word, a letter open on one side, or a blob with ink in its middle", () => {
    expect(run("consolidated", (img) => ring(img, 209, 1766)).added).toBe(0);
    expect(run("Consolidated", (img) => letterC(img, 202, 1759)).added).toBe(0);
    // A small letter-sized blot: too little ink for a filled bullet, ink in its middle for a hollow one.
    expect(run("Consolidated", (img) => { ring(img, 209, 1766); img.ink(206, 1763, 212, 1769); img.data.fill(235, 1759 * 900 + 214, 1759 * 900 + 217); }).lines[0]).not.toMatch(/^o /);
  });
});

describe("OCR: words glued where their character boxes overlap, cut at the word space in the ink", () => {
  // d3-001's "Atleast" (em 23.7 px): the letters' boxes overlap ('l' from 852), but the ink has 8
  // empty columns (852–859) between "At" and "least"; letters are 0–2 px apart.
  const sym = (text: string, x0: number, x1: number) => ({ text, bbox: { x0, y0: 1568, x1, y1: 1585 } });
  const glyphs = (img: ReturnType<typeof page>, spans: Array<[number, number]>) => { for (const [a, b] of spans) img.ink(a, 1570, b, 1584); };
  it("cuts 'Atleast' at an ink gap of 0.34 em between 'At' and 'least', and '38in'", () => {
    const img = page(1000, 1700);
    glyphs(img, [[828, 844], [846, 851], [860, 864], [866, 875], [877, 887], [889, 896], [898, 903]]);
    const atleast: OcrWord = { text: "Atleast", confidence: 83, bbox: { x0: 828, y0: 1568, x1: 904, y1: 1585 }, symbols: [sym("A", 828, 845), sym("t", 846, 852), sym("l", 852, 863), sym("e", 860, 876), sym("a", 872, 884), sym("s", 878, 888), sym("t", 889, 904)] };
    const parts = splitGluedByInk(atleast, 23.7, inkShareOf(img));
    expect(parts.map((w) => w.text)).toEqual(["At", "least"]);
    expect(parts[0]!.bbox.x1).toBeLessThan(852);
    expect(parts[1]!.bbox.x0).toBeGreaterThanOrEqual(860);
    const img2 = page(1000, 1700);
    glyphs(img2, [[100, 110], [112, 122], [130, 133], [136, 145]]);
    const n: OcrWord = { text: "38in", confidence: 84, bbox: { x0: 100, y0: 1568, x1: 145, y1: 1585 }, symbols: [sym("3", 100, 110), sym("8", 112, 124), sym("i", 123, 133), sym("n", 136, 145)] };
    expect(splitGluedByInk(n, 23.7, inkShareOf(img2)).map((w) => w.text)).toEqual(["38", "in"]);
  });

  it("keeps a word whose letters are at most 2 px apart, and a gap between parts that are not a glued function word or number", () => {
    const img = page(1000, 1700);
    glyphs(img, [[100, 110], [112, 122], [125, 135], [137, 147]]);
    const common: OcrWord = { text: "into", confidence: 90, bbox: { x0: 100, y0: 1568, x1: 147, y1: 1585 }, symbols: [sym("i", 100, 110), sym("n", 112, 122), sym("t", 125, 135), sym("o", 137, 147)] };
    expect(splitGluedByInk(common, 23.7, inkShareOf(img)).map((w) => w.text)).toEqual(["into"]);
    const img2 = page(1000, 1700);
    glyphs(img2, [[100, 110], [112, 122], [131, 141], [143, 153]]);
    const other: OcrWord = { text: "ABCD", confidence: 90, bbox: { x0: 100, y0: 1568, x1: 153, y1: 1585 }, symbols: [sym("A", 100, 110), sym("B", 112, 122), sym("C", 131, 141), sym("D", 143, 153)] };
    expect(splitGluedByInk(other, 23.7, inkShareOf(img2)).map((w) => w.text)).toEqual(["ABCD"]);
  });

  it("keeps 'above' on a 1-bit 300 dpi scan: 8 px after its 'a' (0.21 em) but letters 4 px apart, and never cuts after 'a'", () => {
    const img = page(1000, 1700);
    // As measured on seed-ruled-300 (em 38 px): a | 8 | b | 4 | o | 4 | v | 4 | e.
    glyphs(img, [[100, 116], [125, 143], [148, 165], [170, 188], [193, 211]]);
    const above: OcrWord = { text: "above", confidence: 95, bbox: { x0: 100, y0: 1568, x1: 212, y1: 1585 }, symbols: [sym("a", 100, 116), sym("b", 125, 143), sym("o", 148, 165), sym("v", 170, 188), sym("e", 193, 211)] };
    expect(splitGluedByInk(above, 38.1, inkShareOf(img)).map((w) => w.text)).toEqual(["above"]);
  });
});

describe("OCR: a hollow bullet is cut off a word only where the word opens a cell", () => {
  it("keeps 'DPKO' mid-line whole, though its D is as hollow as a bullet", () => {
    const img = page(900, 1000);
    square(img, 234, 891); // the D's box, hollow
    const sym = (text: string, x0: number, x1: number) => ({ text, bbox: { x0, y0: 891, x1, y1: 905 } });
    const dpko: OcrWord = { text: "DPKO", confidence: 95, bbox: { x0: 234, y0: 891, x1: 300, y1: 905 }, symbols: [sym("D", 234, 249), sym("P", 256, 268), sym("K", 270, 284), sym("O", 286, 300)] };
    const blocks: OcrBlock[] = [{ paragraphs: [{ lines: [line([word("capacity", 100, 180), word("of", 188, 226), dpko])] }] }];
    expect(texts(blocks, img)).toEqual([["capacity of DPKO"]]);
    // The same word opening its line is a bullet and its item.
    const alone: OcrBlock[] = [{ paragraphs: [{ lines: [line([dpko, word("and", 310, 350)])] }] }];
    expect(texts(alone, img)).toEqual([["□ PKO and"]]);
  });
});
