/**
 * OCR of scanned PDF pages (src/extract/ocr/): the pure geometry on hand-made input, then one
 * small real page through tesseract (one engine, shared by the tests; its start is the cost).
 * Whole-document scores are in scripts/ocr-score.mjs (`npm run score:ocr`), not here.
 */
import { afterAll, describe, expect, it } from "vitest";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { readFileSync } from "node:fs";
import { blankRules, brokenRules, inkShareOf, isBroken, rulesFromImage, type GreyImage } from "../../src/extract/ocr/image-rules.js";
import { wordsToRuns, stripRuleGlyphs, type OcrBlock, type OcrLine, type OcrWord } from "../../src/extract/ocr/words.js";
import { garbledShare, needsOcr, ocrWarnings, MIN_TEXT_LAYER_CHARS, type Warning } from "../../src/extract/ocr/quality.js";
import type { PlacedWord } from "../../src/extract/ocr/words.js";
import type { Page } from "../../src/model/layout.js";
import { paintedImages, scanResolution, MIN_SCAN_PPI } from "../../src/extract/ocr/scan-images.js";
import { ocrCounters, shutdownOcr } from "../../src/extract/ocr/index.js";
import { buildLines } from "../../src/extract/pdf/lines.js";
import { mergeRules } from "../../src/extract/pdf/rules.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const OCR_DIR = join(HERE, "..", "fixtures", "ocr");
const PDF_DIR = join(HERE, "..", "fixtures", "pdf");

/** A white image with black rectangles. */
function image(width: number, height: number, boxes: Array<[number, number, number, number]>): GreyImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x, y, w, h] of boxes) for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) data[j * width + i] = 0;
  return { width, height, data };
}

describe("rules from a page image", () => {
  it("finds the borders of a 2 × 2 grid in points, and no rule in glyph-sized marks or a filled box", () => {
    // 300 dpi: 1 px = 0.24 pt. Grid 400 × 200 px with 3 px lines; a "text" of short strokes; a black box.
    const grid: Array<[number, number, number, number]> = [
      [100, 100, 403, 3], [100, 200, 403, 3], [100, 300, 403, 3], // horizontal
      [100, 100, 3, 203], [300, 100, 3, 203], [500, 100, 3, 203], // vertical
    ];
    const text: Array<[number, number, number, number]> = [[120, 150, 30, 4], [160, 140, 4, 30], [600, 600, 100, 60]];
    const rules = rulesFromImage(image(800, 800, [...grid, ...text]), 0.24);
    const r = (n: number) => Math.round(n * 10) / 10;
    const horizontal = rules.filter((x) => x.y1 === x.y2).map((x) => [r(x.x1), r(x.y1), r(x.x2)]);
    const vertical = rules.filter((x) => x.x1 === x.x2).map((x) => [r(x.x1), r(x.y1), r(x.y2)]);
    expect(horizontal).toEqual([[24, 24.4, 120.7], [24, 48.4, 120.7], [24, 72.4, 120.7]]);
    expect(vertical).toEqual([[24.4, 24, 72.7], [72.4, 24, 72.7], [120.4, 24, 72.7]]);
  });

  it("merges pieces of one rule a pixel apart, keeping the lowest start; keeps separate rules on one axis apart", () => {
    // A scanned vertical border in two pieces at x 67.56 / 67.68 (the lower piece sorts first), and
    // the same border of the next table further down (after a gap): two rules, not one.
    const merged = mergeRules([
      { x1: 67.56, y1: 400, x2: 67.56, y2: 634 },
      { x1: 67.68, y1: 170, x2: 67.68, y2: 420 },
      { x1: 67.6, y1: 679, x2: 67.6, y2: 806 },
    ]);
    expect(merged.map((r) => [r.y1, r.y2])).toEqual([[170, 634], [679, 806]]);
  });

  it("finds a hairline border (one half-grey pixel row; blurred and JPEG'd over two light rows), not a bold word's x-height band", () => {
    // 200 dpi (0.36 pt/px). A LibreOffice hairline rendered: one row of grey 128. The same on a
    // blurred scan: rows of 191 and 217 (measured on dev-003-lo-200.pdf). A band 11 px thick with
    // paper gaps of one pixel (bold text's x-height) is dark enough along its rows but no rule.
    const img = image(1400, 400, []);
    const set = (y: number, x0: number, x1: number, v: number) => { for (let x = x0; x < x1; x++) img.data[y * img.width + x] = v; };
    set(50, 100, 1300, 128);
    set(150, 100, 1300, 191);
    set(151, 100, 1300, 217);
    for (let y = 250; y < 261; y++) for (let x = 100; x < 400; x++) if (x % 20 !== 0) img.data[y * img.width + x] = 40;
    const h = rulesFromImage(img, 0.36).filter((r) => r.y1 === r.y2).map((r) => [Math.round(r.y1), Math.round(r.x1), Math.round(r.x2)]);
    expect(h).toEqual([[18, 36, 468], [54, 36, 468]]);
  });

  it("bridges a scanner's small gap in a line but not a wide one", () => {
    const rules = rulesFromImage(image(1000, 100, [[0, 50, 400, 2], [404, 50, 400, 2], [0, 80, 300, 2], [400, 80, 300, 2]]), 0.24);
    const h = rules.filter((x) => x.y1 === x.y2).map((x) => [Math.round(x.x1), Math.round(x.x2)]);
    expect(h).toEqual([[0, 193], [0, 72], [96, 168]]);
  });
});

describe("broken rules on a poor scan", () => {
  // 200 dpi: 1 px = 0.36 pt. A border broken into 28 px dashes with 22 px gaps (10 / 7.9 pt),
  // stepping down a pixel every 160 px (a scan 0.4° askew); a vertical border in pieces of
  // 12–30 px; and "text": glyph strokes up to 16 px (5.8 pt) on lines 30 px apart.
  const scale = 0.36;
  const dashes: Array<[number, number, number, number]> = [];
  for (let x = 100; x < 1000; x += 50) dashes.push([x, 300 + Math.floor((x - 100) / 160), 28, 2]);
  const pieces: Array<[number, number, number, number]> = [];
  for (let y = 400, k = 0; y < 900; y += 45, k++) pieces.push([80, y, 2, k % 2 ? 12 : 30]);
  const text: Array<[number, number, number, number]> = [];
  for (let line = 0; line < 12; line++) for (let x = 200; x < 900; x += 24) text.push([x, 420 + line * 30, 2, line % 3 ? 16 : 11], [x + 4, 428 + line * 30, 9, 2]);

  it("chains collinear dashes into rules, and never glyph strokes", () => {
    const img = image(1100, 1000, [...dashes, ...pieces, ...text]);
    expect(rulesFromImage(image(1100, 1000, text), scale)).toEqual([]);
    const rules = rulesFromImage(img, scale);
    const r = (n: number) => Math.round(n);
    expect(rules.map((x) => [r(x.x1), r(x.y1), r(x.x2), r(x.y2)])).toEqual([
      [36, 109, 352, 109], // the dashed border, 100–977 px, at its mean line
      [29, 144, 29, 327], // the vertical pieces, 400–906 px
    ]);
  });

  it("tells a broken rule (a poor scan: paint rules out) from a solid rule scanned askew (leave the image alone)", () => {
    // A solid line stepping down a pixel every 60 px (1°): row runs of 60 px (21.6 pt, shorter
    // than a rule) end to end.
    const askew: Array<[number, number, number, number]> = [];
    for (let x = 100; x < 1000; x += 60) askew.push([x, 300 + (x - 100) / 60, 60, 2]);
    const solid = brokenRules(image(1100, 1000, askew), scale);
    expect(solid.length).toBeGreaterThan(0);
    expect(solid.some((c) => isBroken(c, scale))).toBe(false);
    expect(brokenRules(image(1100, 1000, dashes), scale).map((c) => isBroken(c, scale))).toEqual([true]);
  });

  it("counts a bold stem's side-by-side pixel columns as one piece: stems of lines of text lined up make no rule", () => {
    // d7-015 (200 dpi, grey paper): stems lined up down a page at x ≈ 245 pt — 5, 7 and 5.5 pt
    // high, and the J of a bold "OBJECTIVES" 9.4 pt with its tail, 3 px wide — chained over 86 pt;
    // the J's three parallel columns counted as three long pieces, and the "rule" cut the text
    // lines it crossed into two segments each.
    const stems: Array<[number, number, number, number]> = [[680, 465, 3, 14], [681, 525, 3, 20], [683, 592, 3, 26], [683, 683, 3, 20]];
    expect(brokenRules(image(1100, 1000, stems), scale)).toEqual([]);
    expect(rulesFromImage(image(1100, 1000, stems), scale)).toEqual([]);
    // A border broken into pieces one after another still chains (the vertical pieces above).
    expect(rulesFromImage(image(1100, 1000, pieces), scale)).toHaveLength(1);
  });

  it("paints the rule pieces white for the recogniser and leaves the text alone", () => {
    const img = image(1100, 1000, [...dashes, ...pieces, ...text]);
    const clean = blankRules(img, brokenRules(img, scale), scale);
    const ink = (g: GreyImage, boxes: Array<[number, number, number, number]>) =>
      boxes.reduce((n, [x, y, w, h]) => n + Array.from({ length: w * h }, (_, i) => g.data[(y + Math.floor(i / w)) * g.width + x + (i % w)]!).filter((v) => v < 128).length, 0);
    expect(ink(clean, [...dashes, ...pieces])).toBe(0);
    expect(ink(clean, text)).toBe(ink(img, text));
    expect(img.data.some((v, i) => v !== clean.data[i])).toBe(true); // the original is not touched
  });
});

const word = (text: string, x0: number, y0: number, x1: number, y1: number, confidence = 95): OcrWord => ({ text, confidence, bbox: { x0, y0, x1, y1 } });
/** One line of words at baseline 100 px, row height 37 px (9 pt at 300 dpi). */
const lineOf = (words: OcrWord[]): OcrBlock => ({
  paragraphs: [{ lines: [{ bbox: { x0: 0, y0: 70, x1: 2000, y1: 108 }, baseline: { x0: 0, y0: 100, x1: 2000, y1: 100 }, rowAttributes: { rowHeight: 37, ascenders: 8, descenders: 8 }, words }] }],
});

describe("OCR words into glyph runs", () => {
  it("gives page points, one em font size, and joins word spaces but not cell gaps (via lines.ts)", () => {
    const scale = 72 / 300;
    // "Expected accomplishment" then a cell 80 px (~2 em) to the right; word space 12 px (~0.3 em of ink gap).
    const { runs, meanConfidence } = wordsToRuns([lineOf([word("Expected", 240, 72, 400, 108), word("accomplishment", 412, 72, 700, 108, 85), word("Performance", 780, 72, 1000, 100)])], scale);
    expect(runs[0]).toMatchObject({ text: "Expected", baseline: 24, fontSize: 9, bold: false });
    expect(runs[0]!.x).toBeCloseTo(240 * scale - 0.06 * 9, 5);
    const [line] = buildLines(runs);
    expect(line!.segments.map((s) => s.text)).toEqual(["Expected accomplishment", "Performance"]);
    // Weighted by length: (95·8 + 85·14 + 95·11) / 33
    expect(meanConfidence).toBeCloseTo((95 * 8 + 85 * 14 + 95 * 11) / 33, 5);
  });

  it("reads a raised one-glyph word as a bullet, whatever OCR made of it, but not a letter on the baseline", () => {
    const { runs } = wordsToRuns([lineOf([word("«", 240, 80, 256, 92), word("Effective", 280, 72, 420, 100), word("e", 600, 82, 615, 100)])], 0.24);
    expect(runs.map((r) => r.text)).toEqual(["•", "Effective", "e"]);
  });

  it("strips a border read as '|' only where a vertical rule stands at the word's edge; drops rule-only words", () => {
    const rules = [{ x1: 50, y1: 0, x2: 50, y2: 100 }, { x1: 50, y1: 10, x2: 300, y2: 10 }];
    expect(stripRuleGlyphs("|advice", 49, 80, rules)).toBe("advice");
    expect(stripRuleGlyphs("advice|", 10, 51, rules)).toBe("advice");
    expect(stripRuleGlyphs("|advice", 100, 130, rules)).toBe("|advice"); // no rule there: kept as read
    const { runs } = wordsToRuns([lineOf([word("|", 205, 60, 209, 110), word("Objective", 240, 72, 400, 100)])], 0.24, rules);
    expect(runs.map((r) => r.text)).toEqual(["Objective"]);
  });

  it("reads a broken border's stub as the border: stub marks at a word's start, short words it runs through", () => {
    const rules = [{ x1: 50, y1: 0, x2: 50, y2: 100 }];
    expect(stripRuleGlyphs("‘mandates.", 49, 90, rules)).toBe("mandates.");
    expect(stripRuleGlyphs("{Expected", 48, 90, rules)).toBe("Expected");
    expect(stripRuleGlyphs("mandates,", 10, 49, rules)).toBe("mandates,"); // a real comma at a cell's end stays
    expect(stripRuleGlyphs("‘Road", 100, 130, rules)).toBe("‘Road"); // no rule there: a quote
    // 0.24 pt/px: "Te" at 200–215 px (48–51.8 pt) has the rule at 50 pt through it; "a" and "to" beside it do not.
    const { runs } = wordsToRuns([lineOf([word("Te", 200, 80, 215, 100), word("a", 225, 84, 233, 100), word("to", 240, 78, 260, 100)])], 0.24, rules);
    expect(runs.map((r) => r.text)).toEqual(["a", "to"]);
  });
});

/** Real recognitions (tesseract.js 7) of lines of the layout scans, trimmed: see the fixture's `source`. */
const recognised = JSON.parse(readFileSync(join(HERE, "..", "fixtures", "ocr-layouts", "recognised-lines.json"), "utf8")) as {
  cases: Record<string, { scale: number; lines: OcrLine[] }>;
};
const linesOf = (name: string, pick: (l: OcrLine) => boolean = () => true) => {
  const c = recognised.cases[name]!;
  const blocks: OcrBlock[] = [{ paragraphs: [{ lines: c.lines.filter(pick) }] }];
  return buildLines(wordsToRuns(blocks, c.scale).runs).map((l) => l.segments.map((x) => x.text));
};

describe("OCR words on scans of other layouts (recognitions stored from the layout scans)", () => {
  it("keeps a space between tesseract's words of a tight serif face (no 'ofthe', 'forAfrica', 'RISKAND')", () => {
    expect(linesOf("tight-serif")).toEqual([["Executive Secretary of the Economic Commission for Africa"], ["RISK AND MITIGATION"]]);
  });

  it("cuts a word at a bullet-sized gap inside it, so the bullet is a bullet ('«United' → '•', 'United')", () => {
    expect(linesOf("bullet-glued")).toEqual([["• United Nations Regional Office for Central Africa (UNOCA)"]]);
  });

  it("gives words of two printed lines that tesseract joined into one their own baselines", () => {
    // d2-013 page 2 (with the lines around, which give the page's body size): an accomplishment
    // cell's lines sit half a line above the measure cell's; tesseract joined each pair.
    expect(linesOf("merged-lines")).toEqual([
      ["standard, as reported to the Secretary-General"],
      ["o", "Reduced reliance on diesel"],
      ["Support plans agreed with UNOWAS by July"],
      ["generation In mission camps"],
      ["2017"],
      ["o", "Consolidated back-office functions"],
      ["• 77% of claims certified for reimbursement"],
      ["at the regional service centre"],
    ]);
  });

  it("keeps a word whose box runs over the next one on the same line (risks-landscape-150's 'Page 2 of 2' footer)", () => {
    // 150 dpi boxes as recognised: "of" runs 3 pt over the last "2"; the footer must stay one line.
    const { runs } = wordsToRuns([lineOf([word("Page", 831, 72, 871, 100), word("2", 877, 72, 888, 100), word("of", 892, 72, 923, 100), word("2", 916, 72, 927, 100)])], 0.48);
    expect(buildLines(runs).map((l) => l.segments.map((x) => x.text))).toEqual([["Page 2 of 2"]]);
  });

  it("reads filled bullets by their shape (solid middle), not a letter's ring or bowl", () => {
    // 300 dpi, 10 pt body (row height 41 px). A disc of 17 px read as "e" (as on dev-011), a ring
    // "o" of the same size, and a filled square read as "=".
    const img = image(1200, 200, []);
    const disc = (cx: number, cy: number, r: number, hole: number) => {
      for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) {
        const d = Math.hypot(x - cx, y - cy);
        if (d <= r && d >= hole) img.data[y * img.width + x] = 0;
      }
    };
    disc(108, 92, 8, 0);
    disc(508, 92, 8, 5);
    for (let y = 90; y < 100; y++) for (let x = 900; x < 910; x++) img.data[y * img.width + x] = 0;
    const line: OcrLine = {
      bbox: { x0: 100, y0: 70, x1: 1100, y1: 110 },
      baseline: { x0: 100, y0: 100, x1: 1100, y1: 100 },
      rowAttributes: { rowHeight: 41 },
      words: [
        word("e", 100, 84, 116, 100, 22), word("Lead", 140, 74, 220, 100),
        word("o", 500, 84, 516, 100, 85), word("Reduction", 540, 74, 700, 100),
        word("=", 900, 90, 909, 99, 90), word("Improved", 930, 74, 1080, 100),
      ],
    };
    const { runs } = wordsToRuns([{ paragraphs: [{ lines: [line] }] }], 0.24, [], inkShareOf(img));
    expect(runs.map((r) => r.text)).toEqual(["•", "Lead", "o", "Reduction", "•", "Improved"]);
  });

  it("reads an arrowhead read as '>' opening a cell before a word as ➢, and Word's round 'o' read as 0 as 'o'", () => {
    const { runs } = wordsToRuns(
      [lineOf([
        word(">", 240, 80, 256, 98), word("Increase", 280, 72, 420, 100),
        word("rate", 800, 72, 860, 100), word(">", 880, 80, 896, 98), word("90%", 910, 72, 980, 100),
        word(">", 1000, 82, 1022, 97), word("95", 1040, 72, 1070, 100),
        word(">", 1100, 82, 1116, 98), word("90%", 1130, 72, 1180, 100),
        word("0", 1200, 75, 1224, 100), word("Reduced", 1240, 72, 1380, 100),
        word("0", 1600, 73, 1617, 100), word("Staff", 1640, 72, 1720, 100),
      ])],
      0.24,
    );
    // The comparison sign inside a cell stays, and one opening a cell before a number when its box
    // is as narrow as a ">" (a wide one is the arrowhead: "➢ 95 per cent …"); a narrow zero is a digit.
    expect(runs.map((r) => r.text)).toEqual(["➢", "Increase", "rate", ">", "90%", "➢", "95", ">", "90%", "o", "Reduced", "0", "Staff"]);
  });
});

/** One OCR line at 200 dpi (1 px = 0.36 pt), 10 pt text (row height 27 px), baseline `base` px. */
const line200 = (base: number, words: OcrWord[]): OcrLine => ({
  bbox: { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: base - 21, x1: Math.max(...words.map((w) => w.bbox.x1)), y1: base + 6 },
  baseline: { x0: 0, y0: base, x1: 2400, y1: base },
  rowAttributes: { rowHeight: 27, ascenders: 7, descenders: 6 },
  words,
});
const page200 = (...lines: OcrLine[]): OcrBlock[] => [{ paragraphs: [{ lines }] }];
const SCALE_200 = 72 / 200;

describe("list markers of Word documents on scans (corpus7 boxes, 200 dpi)", () => {
  it("reads an arrow opening a cell at a hanging indent as ➢ even before a number; a comparison sign a word space away stays", () => {
    // d7-012: Wingdings ➢ read as `»` (20 × 20 px: as narrow as a printed ">"), its item "39
    // cooperation agreements" 25 px (0.9 em) to its right; "> 90%" in a cell: a 7 px word space.
    const { runs } = wordsToRuns(
      page200(
        line200(1271, [word("»", 1044, 1252, 1063, 1271), word("39", 1089, 1251, 1121, 1271), word("cooperation", 1128, 1251, 1275, 1271)]),
        line200(1340, [word(">", 1044, 1324, 1060, 1339), word("90%", 1068, 1320, 1120, 1340)]),
      ),
      SCALE_200,
    );
    expect(runs.map((r) => r.text)).toEqual(["➢", "39", "cooperation", ">", "90%"]);
  });

  it("reads a round 0 that ends its OCR line in a cell of its own as Word's o bullet of the item on the next OCR line", () => {
    // d7-006: the `o` before "Development plans of 76" re-read as `0` (confidence 57) and put at
    // the end of the accomplishment column's line ("measures adopted by"); its item is another OCR
    // line 1 px lower, 31 px (1.1 em) to its right. A narrow zero ending a line stays a digit.
    const { runs } = wordsToRuns(
      page200(
        line200(747, [word("measures", 640, 726, 778, 747), word("adopted", 785, 721, 900, 747), word("by", 909, 721, 944, 752), word("0", 1003, 735, 1020, 747, 57)]),
        line200(750, [word("Development", 1051, 728, 1238, 750), word("plans", 1246, 728, 1321, 755)]),
        line200(820, [word("rate", 640, 800, 700, 820), word("0", 800, 799, 812, 820)]),
        line200(821, [word("Staff", 851, 799, 920, 821)]),
      ),
      SCALE_200,
    );
    expect(runs.map((r) => r.text)).toEqual(["measures", "adopted", "by", "o", "Development", "plans", "rate", "0", "Staff"]);
  });

  it("moves a list letter read on the neighbouring column's line half a line higher down to the item it opens", () => {
    // d7-006 (vertically centred cells): `b)` (ink 928–952 px) read on the objective column's line
    // "capacity of member States" (baseline 933), its item "Energy policies revised" at 949. With
    // the higher baseline it opened a line of its own and the two accomplishments were joined.
    const { runs } = wordsToRuns(
      page200(
        line200(933, [word("capacity", 174, 911, 293, 938), word("States", 462, 911, 552, 933), word("b)", 593, 928, 621, 952)]),
        line200(949, [word("Energy", 641, 928, 740, 955), word("revised", 860, 928, 961, 949)]),
      ),
      SCALE_200,
    );
    const at = (t: string) => runs.find((r) => r.text === t)!.baseline;
    expect(at("b)")).toBeCloseTo(at("Energy"), 5);
    expect(at("States")).toBeCloseTo(933 * SCALE_200, 5);
  });
});

describe("bold text on scans, from stroke width", () => {
  it("marks words whose strokes are much thicker than the page's body text bold (a bold spanning objective), and nothing on a page of one weight", () => {
    // d7-015 at 200 dpi: the bold objective row's words measure 5 px, the body 3 px.
    const body = Array.from({ length: 24 }, (_, k) => line200(800 + 40 * k, [word("measures", 100, 780 + 40 * k, 240, 800 + 40 * k), word("of", 250, 780 + 40 * k, 280, 800 + 40 * k)]));
    const objective = line200(700, [word("To", 100, 680, 140, 700), word("improve", 150, 680, 280, 700), word("data", 290, 680, 360, 700)]);
    // The stub image: a word's stroke is 5 px on the objective's line (y < 710), 3 px below.
    const strokeOf = (b: { y0: number }) => (b.y0 < 710 ? 5 : 3);
    const { runs } = wordsToRuns(page200(objective, ...body), SCALE_200, [], undefined, strokeOf);
    const bold = (t: string) => runs.filter((r) => r.text === t).map((r) => r.bold);
    expect(bold("To")).toEqual([true]); // two letters: its line's median
    expect(bold("improve")).toEqual([true]);
    expect(new Set(bold("measures"))).toEqual(new Set([false]));
    expect(new Set(bold("of"))).toEqual(new Set([false]));
    // One weight throughout: nothing is bold.
    const flat = wordsToRuns(page200(objective, ...body), SCALE_200, [], undefined, () => 3);
    expect(flat.runs.some((r) => r.bold)).toBe(false);
  });
});

describe("when to OCR", () => {
  it("only pages with (almost) no text layer that paint a readable scan", () => {
    expect(needsOcr(0, 300)).toBe(true);
    expect(needsOcr(MIN_TEXT_LAYER_CHARS - 1, 150)).toBe(true);
    expect(needsOcr(MIN_TEXT_LAYER_CHARS, 300)).toBe(false); // a text page with a logo
    expect(needsOcr(0, null)).toBe(false); // an empty page
    expect(needsOcr(0, MIN_SCAN_PPI - 1)).toBe(false); // too coarse to read
  });

  it("measures a painted image's resolution through the CTM", () => {
    const ops = { save: 1, restore: 2, transform: 3, paintFormXObjectBegin: 4, paintFormXObjectEnd: 5, byId: [6], inline: [7] };
    // An A4 page (595 × 842 pt) painted from a 2480 × 3508 px image (300 ppi), and a 64 px logo.
    const images = paintedImages([1, 3, 6, 2, 1, 3, 7, 2], [null, [595.28, 0, 0, 841.89, 0, 0], ["img1", 2480, 3508], null, null, [72, 0, 0, 36, 10, 10], [{ width: 64, height: 32 }], null], ops);
    expect(images.map((i) => [Math.round(i.ppiX), Math.round(i.ppiY)])).toEqual([[300, 300], [64, 64]]);
    expect(Math.round(scanResolution(images)!)).toBe(300);
    expect(scanResolution([])).toBeNull();
  });

  it("calls a text layer of misread words garbled, and clean prose not", () => {
    const clean = "The following are the main objectives, expected accomplishments, and associated performance measures applicable to these mandates (A/RES/61/279, 1 August 2007): 95% of mission accounts closed within 12 months. ".repeat(3);
    const garbled = "Tbe f0ll0wing ar3 t#e ma1n 0bjectives, exp€cted acc0mpl1shments, &nd ass0ciated perf0rmance m3asures app1icable t0 th3se mand@tes ".repeat(3);
    expect(garbledShare(clean)).toBeLessThan(0.05);
    expect(garbledShare(garbled)).toBeGreaterThan(0.5);
    expect(garbledShare("too short")).toBeNull();
  });
});

describe("OCR confidence warnings", () => {
  const seg = (text: string, x: number, width: number, y: number, line: number) => ({ text, x, y, width, fontSize: 9, page: 1, line, start: 0, end: text.length });
  const page: Page = {
    number: 1, width: 595, height: 842, rules: [], removed: [],
    lines: [
      { page: 1, line: 7, y: 100, text: "Objective\tExpected", start: 0, end: 18, segments: [seg("Objective", 60, 40, 100, 7), seg("Expected", 220, 40, 100, 7)] },
      { page: 1, line: 8, y: 111, text: "peacekeepin", start: 19, end: 30, segments: [seg("peacekeepin", 60, 50, 111, 8)] },
    ],
  };
  const w = (text: string, x: number, baseline: number, confidence: number): PlacedWord => ({ text, x, width: 30, baseline, top: baseline - 7, fontSize: 9, confidence });

  it("OCR_USED per page; OCR_LOW_CONFIDENCE on the line holding unsure words (bullets exempt); partial only when the document reads badly", () => {
    const good = [w("Objective", 60, 100, 96), w("Expected", 220, 100, 93), w("peacekeepin", 60, 111, 41), w("•", 200, 100, 0)];
    const warnings: Warning[] = [];
    const partial = ocrWarnings([page], new Map([[1, { words: good, meanConfidence: 80, turned: 90, skewDegrees: -1.5 }]]), 300, warnings);
    expect(partial).toBe(false);
    expect(warnings.map((x) => [x.code, x.page, x.line])).toEqual([["OCR_USED", 1, null], ["OCR_LOW_CONFIDENCE", 1, 8]]);
    expect(warnings[0]!.message).toBe("page read by OCR at 300 dpi: 4 words, mean word confidence 80, turned 90°, deskewed by 1.5°");
    expect(warnings[1]!.message).toContain('"peacekeepin" (41)');
    const bad: Warning[] = [];
    expect(ocrWarnings([page], new Map([[1, { words: good.map((x) => ({ ...x, confidence: 40 })), meanConfidence: 40, turned: 0, skewDegrees: 0 }]]), 300, bad)).toBe(true);
    expect(bad.map((x) => x.code)).toContain("OCR_POOR");
  });
});

describe("OCR of a scanned page (tesseract)", () => {
  afterAll(async () => {
    await shutdownOcr();
  });

  it("a PDF with a good text layer is never OCR'd under auto", async () => {
    const before = ocrCounters.recognitions;
    const out = await extract(join(PDF_DIR, "seed-ruled.pdf"));
    expect(out.status).toBe("success");
    expect(out.warnings.map((w) => w.code)).not.toContain("OCR_USED");
    expect(ocrCounters.recognitions).toBe(before);
  });

  it("a scan under --ocr off stays without text (NO_TEXT_LAYER), without starting OCR", async () => {
    const before = ocrCounters.recognitions;
    const out = await extract(join(OCR_DIR, "page-ruled-150.pdf"), { ocr: "off" });
    expect([out.status, out.warnings.map((w) => w.code)]).toEqual(["partial", ["NO_TEXT_LAYER"]]);
    expect(ocrCounters.recognitions).toBe(before);
  });
});
