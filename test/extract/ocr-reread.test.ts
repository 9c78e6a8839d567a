/**
 * The steps between tesseract's words and glyph runs added for scans of other layouts: the second
 * reading of low-confidence words (reread.ts, on a stored real recognition and its stored
 * re-readings: no tesseract here), words glued at a wide gap, and reading fixes that a glyph's box
 * or its place make safe (words.ts).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { crop, doubtfulRuns, missedBlobs, readMissed, rereadDoubtful, REREAD_CONFIDENCE } from "../../src/extract/ocr/reread.js";
import { fixConfusions, splitGlued, splitPageOf, uprightBullets, wordsToRuns, type OcrBlock, type OcrSymbol, type OcrWord } from "../../src/extract/ocr/words.js";
import { buildLines } from "../../src/extract/pdf/lines.js";
import type { GreyImage } from "../../src/extract/ocr/image-rules.js";

const HERE = dirname(fileURLToPath(import.meta.url));
interface Stored {
  scale: number;
  width: number;
  height: number;
  blocks: OcrBlock[];
  readings: Array<{ width: number; height: number; block: boolean; reading: OcrBlock[] }>;
}
const stored = JSON.parse(readFileSync(join(HERE, "..", "fixtures", "ocr-layouts", "reread-d2-002.json"), "utf8")) as Stored;
const page: GreyImage = { width: stored.width, height: stored.height, data: new Uint8Array(stored.width * stored.height).fill(255) };
const textOf = (blocks: readonly OcrBlock[]) => buildLines(wordsToRuns(blocks, stored.scale).runs).map((l) => l.segments.map((s) => s.text));

describe("reading low-confidence words again (d2-002-lo-200.pdf, stored recognitions)", () => {
  it("finds the garbled runs, one line or a block of two, with their crops", () => {
    const runs = doubtfulRuns(stored.blocks, stored.width, stored.height);
    expect(runs.map((r) => [r.words.map((w) => w.text).join(" "), r.block])).toEqual([
      ["Rese", true], ["rr", true], ["has", true], ["CEG ENE", false], ["Hoss:", false],
    ]);
    expect(runs.every((r) => r.words.every((w) => w.confidence < REREAD_CONFIDENCE))).toBe(true);
    // The crop of "CEG ENE" leaves out the words of the lines above and below ("the internationally", "Hoss:").
    expect(runs[3]!.mask.length).toBeGreaterThan(0);
  });

  it("puts the confident readings in place: the header and the objective cell read as printed", async () => {
    const before = textOf(stored.blocks).flat().join(" | ");
    expect(before).toContain("CEG ENE");
    let k = 0;
    const result = await rereadDoubtful(stored.blocks, page, async (c, block) => {
      const r = stored.readings[k++]!;
      expect([c.width, c.height, block]).toEqual([r.width, r.height, r.block]); // the same crops as when recorded
      return r.reading;
    });
    expect([result.reread, result.replaced]).toEqual([5, 5]);
    const lines = textOf(result.blocks);
    const all = lines.flat().join(" | ");
    expect(all).not.toMatch(/CEG|ENE|Hoss|Rese|\brr\b|has/);
    // "agreed development" keeps its own line (its crop's baseline), above "goals.", not joined
    // with "taken up by" of the next cell, whose line sits half a line lower.
    const i = lines.findIndex((l) => l.includes("agreed development"));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(lines[i + 1]).toContain("taken up by");
    expect(lines.some((l) => l.includes("goals."))).toBe(true);
    expect(all).toContain("Baseli");
    expect(all).toContain("accomplishments");
    expect(all).toContain("2007");
    // "ne" under "Baseli" and "Targe" were read well the first time: the block readings' copies are dropped.
    expect(lines.flat().filter((s) => s === "ne").length).toBe(1);
    expect(all).not.toContain("‘arge");
  });

  it("measures one em by the page's lines, not by a line tesseract joined from two (its row height spans both)", () => {
    // d2-013's header cell "Baseline / (2016)" read as `gr` (53 px tall) on a line of row height 80
    // px, the page's lines 30 px: the word spans two printed lines and is read as a block.
    const line = (y: number, rowHeight: number, words: OcrWord[]) => ({ bbox: { x0: 0, y0: y, x1: 1000, y1: y + rowHeight }, rowAttributes: { rowHeight }, words });
    const ok = (y: number) => line(y, 30, [{ text: "Objective", confidence: 95, bbox: { x0: 100, y0: y, x1: 300, y1: y + 22 } }]);
    const blocks: OcrBlock[] = [{ paragraphs: [{ lines: [ok(100), ok(140), ok(180), line(400, 80, [{ text: "gr", confidence: 0, bbox: { x0: 500, y0: 405, x1: 620, y1: 458 } }])] }] }];
    expect(doubtfulRuns(blocks, 2000, 2000).map((r) => r.block)).toEqual([true]);
  });

  it("keeps the first reading when the second is not confident", async () => {
    const result = await rereadDoubtful(stored.blocks, page, async () => [
      { paragraphs: [{ lines: [{ bbox: { x0: 0, y0: 0, x1: 50, y1: 20 }, words: [{ text: "xx", confidence: 40, bbox: { x0: 10, y0: 10, x1: 40, y1: 30 } }] }] }] },
    ]);
    expect(result.replaced).toBe(0);
    expect(textOf(result.blocks).flat().join(" | ")).toContain("CEG ENE");
  });

  it("takes a reading over an unsure word inside the crop, and drops that word (dev-032: `Diyatizach,` 0 with `Han` 30 inside it)", async () => {
    // As measured on dev-032-chromium-200-skew page 3 (pixels): the last line of an objective cell.
    const img: GreyImage = { width: 1500, height: 700, data: new Uint8Array(1500 * 700).fill(230) };
    const lineOf = (words: OcrWord[]) => ({ bbox: { x0: 151, y0: 567, x1: 1470, y1: 621 }, baseline: { x0: 151, y0: 598, x1: 1470, y1: 598 }, rowAttributes: { rowHeight: 22 }, words });
    const han: OcrWord = { text: "Han", confidence: 30, bbox: { x0: 213, y0: 580, x1: 250, y1: 583 } };
    const garbled: OcrWord = { text: "Diyatizach,", confidence: 0, bbox: { x0: 151, y0: 577, x1: 280, y1: 621 } };
    const clean: OcrWord = { text: "Clean", confidence: 96, bbox: { x0: 858, y0: 567, x1: 919, y1: 583 } };
    const blocks: OcrBlock[] = [{ paragraphs: [{ lines: [lineOf([han, clean]), lineOf([garbled])] }] }];
    const reading: OcrBlock[] = [{ paragraphs: [{ lines: [{ bbox: { x0: 10, y0: 10, x1: 150, y1: 40 }, baseline: { x0: 10, y0: 36, x1: 150, y1: 36 }, words: [{ text: "Organization.", confidence: 87, bbox: { x0: 12, y0: 12, x1: 140, y1: 40 } }] }] }] }];
    const result = await rereadDoubtful(blocks, img, async (c) => (c.width > 120 ? reading : []));
    const words = result.blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text))));
    expect(words).toContain("Organization.");
    expect(words).not.toContain("Han");
    expect(words).not.toContain("Diyatizach,");
    expect(words).toContain("Clean");
  });

  it("crops with a white border, paints the masked boxes white and a rule crossing the crop out", () => {
    // A light grey page (ink-free: 200) with a dark row (a table border) across it at y 3.
    const img: GreyImage = { width: 10, height: 10, data: new Uint8Array(100).fill(200) };
    img.data.fill(0, 30, 40);
    img.data[22] = 0; // one dark pixel of "text" in the crop's first row
    const c = crop(img, { x0: 2, y0: 2, x1: 5, y1: 5 }, [{ x0: 0, y0: 5, x1: 9, y1: 9 }]);
    expect([c.width, c.height]).toEqual([24, 24]);
    const at = (x: number, y: number) => c.data[(y + 10) * c.width + x + 10];
    expect([at(0, 0), at(1, 0), at(-1, 0)]).toEqual([0, 200, 255]); // copied; the border is white
    expect([at(0, 1), at(3, 1)]).toEqual([255, 255]); // the rule's row, painted out
    expect([at(0, 2), at(0, 3)]).toEqual([200, 255]); // above the mask, and the masked row
  });
});

/** A word with one symbol box per character, `gaps[k]` pixels before character k+1; characters 10 px wide. */
function boxed(text: string, gaps: number[], x0 = 100): OcrWord {
  const symbols: OcrSymbol[] = [];
  let x = x0;
  [...text].forEach((ch, k) => {
    symbols.push({ text: ch, bbox: { x0: x, y0: 70, x1: x + 9, y1: 100 } });
    x += 10 + (gaps[k] ?? 1);
  });
  return { text, confidence: 90, symbols, bbox: { x0, y0: 70, x1: x - 1, y1: 100 } };
}

describe("OCR words: glued words and safe reading fixes", () => {
  // em 30 px: a glued word space measured 0.29–0.48 em, letter gaps under 0.25 em.
  const EM = 30;
  it("cuts a word at a wide gap after a number or a short function word, never inside other words", () => {
    const parts = (w: OcrWord) => splitGlued(w, EM).map((x) => x.text);
    expect(parts(boxed("30in", [1, 13]))).toEqual(["30", "in"]);
    expect(parts(boxed("Atleast", [1, 10]))).toEqual(["At", "least"]);
    expect(parts(boxed("ina", [1, 15]))).toEqual(["in", "a"]);
    // A gap as wide inside a word that is not two words: kept whole.
    expect(parts(boxed("common", [1, 10]))).toEqual(["common"]);
    expect(parts(boxed("2017", [1, 1, 11]))).toEqual(["2017"]);
    expect(parts(boxed("PERFORMANCE", [1, 1, 1, 1, 10]))).toEqual(["PERFORMANCE"]);
    // An ordinary letter gap after a function word's letters: kept ("into", "often").
    expect(parts(boxed("into", [1, 2]))).toEqual(["into"]);
  });

  it("reads a double quote as narrow as one tick as an apostrophe, a wide one stays; '¢)' and '©)' are the list letter c)", () => {
    const narrow = boxed("States”", []);
    narrow.symbols![6]!.bbox = { x0: 170, y0: 70, x1: 173, y1: 78 }; // 4 px = 0.13 em
    expect(fixConfusions(narrow, EM).text).toBe("States’");
    const wide = boxed("“good”", []);
    wide.symbols![0]!.bbox = { x0: 100, y0: 70, x1: 109, y1: 78 }; // 10 px = 0.33 em
    wide.symbols![5]!.bbox = { x0: 150, y0: 70, x1: 159, y1: 78 };
    expect(fixConfusions(wide, EM).text).toBe("“good”");
    expect(fixConfusions(boxed("¢)", []), EM).text).toBe("c)");
    expect(fixConfusions(boxed("(¢)", []), EM).text).toBe("(c)");
    expect(fixConfusions(boxed("5¢", []), EM).text).toBe("5¢");
    // d7-010: Word's `c)` numbering read as a copyright sign; `©` alone (a copyright line) stays.
    expect(fixConfusions(boxed("©)", []), EM).text).toBe("c)");
    expect(fixConfusions(boxed("©", []), EM).text).toBe("©");
  });

  it("drops a quote mark read inside the next letter's columns (d7-010's `‘Women`), keeps one standing apart", () => {
    // d7-010 (JPEG'd Times, 200 dpi): ‘[612-617] inside W[612-638], the W's first stroke read twice.
    const inside = boxed("‘Women", []);
    inside.symbols![0]!.bbox = { x0: 100, y0: 70, x1: 105, y1: 100 };
    inside.symbols![1]!.bbox = { x0: 100, y0: 70, x1: 125, y1: 100 };
    const fixed = fixConfusions(inside, EM);
    expect(fixed.text).toBe("Women");
    expect(fixed.symbols!.map((x) => x.text).join("")).toBe("Women");
    expect(fixed.bbox.x0).toBe(100);
    // A printed opening quote stands before its letter (`‘Baselines`: q[168-176], B[178-194]).
    const apart = boxed("‘Baselines", []);
    apart.symbols![0]!.bbox = { x0: 68, y0: 70, x1: 76, y1: 80 };
    apart.symbols![1]!.bbox = { x0: 78, y0: 70, x1: 94, y1: 100 };
    expect(fixConfusions(apart, EM).text).toBe("‘Baselines");
    // Boxes without width (a page read sideways) tell nothing.
    const flat = boxed("‘suoneis", []);
    for (const s of flat.symbols!) s.bbox = { ...s.bbox, x0: 0, x1: 0 };
    expect(fixConfusions(flat, EM).text).toBe("‘suoneis");
  });

  it("splits 'Page 10f 3' into 'Page 1 of 3', and only between 'Page' and a number", () => {
    const words = [boxed("Page", [], 100), boxed("10f", [], 160), boxed("3", [], 200)];
    expect(splitPageOf(words).map((w) => w.text)).toEqual(["Page", "1", "of", "3"]);
    expect(splitPageOf([boxed("Room", [], 100), boxed("10f", [], 160), boxed("3", [], 200)]).map((w) => w.text)).toEqual(["Room", "10f", "3"]);
  });
});

describe("OCR specks", () => {
  it("drops signs-only words read with very low confidence (dust, JPEG noise), keeps printed signs and bullets", () => {
    const w = (text: string, x0: number, confidence: number): OcrWord => ({ text, confidence, bbox: { x0, y0: 980, x1: x0 + 20, y1: 1000 } });
    const line = { bbox: { x0: 0, y0: 975, x1: 2000, y1: 1000 }, baseline: { x0: 0, y0: 1000, x1: 2000, y1: 1000 }, rowAttributes: { rowHeight: 24.25 }, words: [w(":", 100, 0), w("}", 300, 0), w("=~", 500, 21), w("%", 700, 90), w("–", 900, 88), w("35", 1100, 15)] };
    const { runs } = wordsToRuns([{ paragraphs: [{ lines: [line] }] }], 0.36);
    expect(runs.map((r) => r.text)).toEqual(["%", "–", "35"]);
  });
});

describe("OCR lines: one baseline per recognised line", () => {
  it("keeps the last word of a line off a neighbouring cell's line set 5 pt higher, however the baseline slopes", () => {
    // 200 dpi (0.36 pt/px), 9 pt text (row height 24.25 px): lines.ts joins runs within 4.5 pt.
    // Cell 1's line at y 1000 px; cell 2's line (vertically centred, 5 pt lower) as tesseract
    // gives it: its baseline sloping up by 2 px across it, so "Nations" at its end would sit
    // 4.44 pt under cell 1's line. Taken at the line's middle it is 4.68 pt: two lines (dev-008).
    const w = (text: string, x0: number, x1: number, base: number): OcrWord => ({ text, confidence: 95, bbox: { x0, y0: base - 18, x1, y1: base } });
    const cell1 = { bbox: { x0: 100, y0: 982, x1: 400, y1: 1000 }, baseline: { x0: 100, y0: 1000, x1: 400, y1: 1000 }, rowAttributes: { rowHeight: 24.25 }, words: [w("in", 100, 130, 1000), w("line", 138, 200, 1000), w("with", 208, 280, 1000)] };
    const cell2 = { bbox: { x0: 500, y0: 994, x1: 800, y1: 1014 }, baseline: { x0: 500, y0: 1014, x1: 800, y1: 1012 }, rowAttributes: { rowHeight: 24.25 }, words: [w("the", 500, 560, 1014), w("United", 568, 690, 1013), w("Nations", 698, 800, 1012.3)] };
    const lines = buildLines(wordsToRuns([{ paragraphs: [{ lines: [cell1, cell2] }] }], 0.36).runs).map((l) => l.segments.map((s) => s.text));
    expect(lines).toEqual([["in line with"], ["the United Nations"]]);
  });
});

describe("OCR: a column of bullets read as vertical text", () => {
  it("turns each bullet back into a bullet on the baseline of the item it stands before (d2-003: ➢ read turned as 'V', 'VV')", () => {
    // As recognised on d2-003-lo-200-skew.pdf page 3 (200 dpi): a vertical "line" of bullets down
    // the measures column, its character boxes in the turned image (x = 1700 − page y); and the
    // line of the first item's text beside the first bullet.
    const vertical = {
      bbox: { x0: 1301, y0: 859, x1: 1317, y1: 1024 }, baseline: { x0: 1316, y0: 1024, x1: 1316, y1: 859 }, rowAttributes: { rowHeight: 22 },
      words: [
        { text: "V", confidence: 62, bbox: { x0: 1301, y0: 917, x1: 1317, y1: 936 }, symbols: [{ text: "V", bbox: { x0: 764, y0: 1700, x1: 783, y1: 1700 } }] },
        { text: "V", confidence: 86, bbox: { x0: 1301, y0: 859, x1: 1317, y1: 877 }, symbols: [{ text: "V", bbox: { x0: 823, y0: 1700, x1: 841, y1: 1700 } }] },
        { text: "VV", confidence: 59, bbox: { x0: 1301, y0: 974, x1: 1317, y1: 1024 }, symbols: [{ text: "V", bbox: { x0: 676, y0: 1700, x1: 694, y1: 1700 } }, { text: "V", bbox: { x0: 708, y0: 1700, x1: 726, y1: 1700 } }] },
      ],
    };
    const item = {
      bbox: { x0: 1348, y0: 920, x1: 1475, y1: 941 }, baseline: { x0: 1348, y0: 937, x1: 1475, y1: 936 }, rowAttributes: { rowHeight: 22 },
      words: [{ text: "90%", confidence: 96, bbox: { x0: 1348, y0: 921, x1: 1388, y1: 937 } }, { text: "of", confidence: 96, bbox: { x0: 1394, y0: 920, x1: 1412, y1: 936 } }, { text: "tickets", confidence: 96, bbox: { x0: 1419, y0: 920, x1: 1475, y1: 937 } }],
    };
    const lines = uprightBullets([vertical, item]);
    const bullets = lines.filter((l) => l !== item);
    expect(bullets.map((l) => [l.words[0]!.text, l.words[0]!.bbox.y0, l.words[0]!.bbox.y1])).toEqual([
      ["➢", 917, 936], ["➢", 859, 877], ["➢", 1006, 1024], ["➢", 974, 992],
    ]);
    // The first bullet sits on its item's baseline: one line "➢ 90% of tickets".
    const text = buildLines(wordsToRuns([{ paragraphs: [{ lines: [vertical, item] }] }], 0.36).runs).map((l) => l.segments.map((x) => x.text).join(" | "));
    expect(text).toContain("➢ 90% of tickets");
    expect(text.join(" ")).not.toMatch(/V/);
  });

  it("leaves vertical text that is not bullets alone", () => {
    const turned = { bbox: { x0: 100, y0: 100, x1: 120, y1: 300 }, baseline: { x0: 118, y0: 300, x1: 118, y1: 100 }, rowAttributes: { rowHeight: 22 }, words: [{ text: "Target", confidence: 90, bbox: { x0: 100, y0: 200, x1: 120, y1: 300 }, symbols: [..."Target"].map((t, k) => ({ text: t, bbox: { x0: 1400 + k * 15, y0: 0, x1: 1412 + k * 15, y1: 0 } })) }] };
    expect(uprightBullets([turned])).toEqual([turned]);
  });
});

describe("OCR: ink no word covers", () => {
  // 200 dpi, em ~22.7 px (row height 22). A recognised word with its ink; a lone "number" 6 cells
  // to the right that tesseract dropped; a sliver of ink hugging the word's end (a piece of it
  // boxed short); a rule across the page; a speck.
  const img: GreyImage = { width: 600, height: 220, data: new Uint8Array(600 * 220).fill(230) };
  const ink = (x0: number, y0: number, x1: number, y1: number) => { for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) img.data[y * 600 + x] = 20; };
  ink(50, 100, 150, 116); // "Baseline" … as read
  ink(300, 100, 310, 116); // a lone "8"
  ink(156, 102, 162, 116); // the end of the word, outside its box
  ink(0, 180, 599, 181); // a rule
  ink(450, 60, 451, 61); // a speck
  const line = { bbox: { x0: 50, y0: 100, x1: 150, y1: 116 }, baseline: { x0: 50, y0: 116, x1: 150, y1: 116 }, rowAttributes: { rowHeight: 22 }, words: [{ text: "Baseline", confidence: 95, bbox: { x0: 50, y0: 100, x1: 150, y1: 116 } }] };
  const blocks: OcrBlock[] = [{ paragraphs: [{ lines: [line] }] }];

  it("finds the lone number's ink, not a piece of a word, a rule or a speck", () => {
    const blobs = missedBlobs(blocks, img, 230);
    expect(blobs.length).toBe(1);
    const b = blobs[0]!;
    expect(b.x0 <= 300 && b.x1 >= 310 && b.y0 <= 100 && b.y1 >= 116 && b.x1 - b.x0 < 30).toBe(true);
  });

  it("adds a confident reading as a word of its own, and nothing from an unsure one", async () => {
    const reading = (text: string, confidence: number): OcrBlock[] => [{ paragraphs: [{ lines: [{ bbox: { x0: 15, y0: 15, x1: 26, y1: 31 }, baseline: { x0: 15, y0: 31, x1: 26, y1: 31 }, words: [{ text, confidence, bbox: { x0: 15, y0: 15, x1: 26, y1: 31 } }] }] }] }];
    const sure = await readMissed(blocks, img, 230, async () => reading("8", 96));
    expect([sure.read, sure.added]).toEqual([1, 1]);
    const runs = wordsToRuns(sure.blocks, 0.36).runs;
    expect(runs.map((r) => r.text)).toEqual(["Baseline", "8"]);
    expect(runs[1]!.x).toBeGreaterThan(300 * 0.36 - 5);
    const unsure = await readMissed(blocks, img, 230, async () => reading("B", 60));
    expect(unsure.added).toBe(0);
  });

  it("reads a blob again as a block when the single-line reading is no word (d2-015's shaded `Target`: `large` at 0)", async () => {
    const reading = (text: string, confidence: number): OcrBlock[] => [{ paragraphs: [{ lines: [{ bbox: { x0: 15, y0: 15, x1: 26, y1: 31 }, baseline: { x0: 15, y0: 31, x1: 26, y1: 31 }, words: [{ text, confidence, bbox: { x0: 15, y0: 15, x1: 26, y1: 31 } }] }] }] }];
    const modes: boolean[] = [];
    const both = await readMissed(blocks, img, 230, async (_crop, block) => {
      modes.push(block);
      return block ? reading("8", 95) : reading("large", 0);
    });
    expect(modes).toEqual([false, true]);
    expect(both.added).toBe(1);
    expect(wordsToRuns(both.blocks, 0.36).runs.map((r) => r.text)).toEqual(["Baseline", "8"]);
    // A confident single-line reading is kept without a second recognition.
    const once: boolean[] = [];
    await readMissed(blocks, img, 230, async (_crop, block) => (once.push(block), reading("8", 96)));
    expect(once).toEqual([false]);
  });
});
