/**
 * OCR of one PDF page into the same pieces the text-layer reader makes (glyph runs and rules in
 * top-down page points), so extract/pdf.ts builds lines, segments, paragraph breaks, running
 * headers/footers and offsets for scans by the very same code as for text PDFs.
 *
 *   render (pdf.js → @napi-rs/canvas, --ocr-dpi) → grey → tesseract (deskews itself, reports the
 *   angle) → words → glyph runs;  the same image turned by that angle → rules (image-rules.ts).
 *
 * Page orientation: the page's /Rotate is honoured by the renderer. A page scanned sideways
 * (text running up or down) reads as noise, so when a page reads badly the other three quarter
 * turns are tried and the best-read one is kept (Tesseract's own orientation detector needs the
 * legacy OSD model, which is not in the npm model package).
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Rule } from "../../model/layout.js";
import type { GlyphRun } from "../pdf/lines.js";
import { sharedEngine } from "./engine.js";
import { blankRules, brokenRules, inkShareOf, isBroken, paperLevel, rulesFromImage, strokeWidthOf, type GreyImage } from "./image-rules.js";
import { renderPage, rotated, toGrey, toPgm } from "./raster.js";
import { addMissedBullets, readMissed, rereadDoubtful, restoreDecimalPoints, splitRaisedCalls } from "./reread.js";
import { LOW_WORD_CONFIDENCE, wordsToRuns, type PlacedWord } from "./words.js";

export { shutdownOcr } from "./engine.js";
export { LOW_WORD_CONFIDENCE } from "./words.js";

export { DEFAULT_OCR_DPI, MAX_OCR_DPI, MIN_OCR_DPI, OCR_MODES, type OcrMode } from "./options.js";

/**
 * A page whose mean word confidence is under this was probably read in the wrong orientation (a
 * sideways scan gives confidences of 20–40 where an upright page of the same quality gives 85+):
 * the other orientations are tried.
 */
export const ORIENTATION_RETRY_CONFIDENCE = 55;
/** Fewer confident words than this on a page that has ink also means a wrong orientation (or no text). */
const MIN_WORDS_UPRIGHT = 5;
/** Quarter turns tried, in order of how often scans come so: landscape pages fed portrait. */
const TURNS = [90, 270, 180] as const;
/** Skews under this (radians, ~0.3°) are left alone by tesseract's rotateAuto; we report from here. */
const REPORTED_SKEW = 0.005;
/**
 * Broken rules on a page that make it a poor scan whose rules are painted out before recognition:
 * a photocopy breaks every thin border (11–28 broken chains a page on the harsh fixture); one odd
 * chain on a clean page (a tilted rule, a row of glyph strokes) must not change what tesseract
 * reads (at most 1 on the clean fixtures).
 */
const MIN_BROKEN_RULES_POOR_SCAN = 3;

export interface OcrPage {
  runs: GlyphRun[];
  rules: Rule[];
  words: PlacedWord[];
  /** Page size (points) in the orientation read. */
  width: number;
  height: number;
  meanConfidence: number | null;
  /** Quarter turn applied on top of the page's /Rotate (degrees), and the skew corrected (degrees). */
  turned: number;
  skewDegrees: number;
}

/** Σ confidence × length over confident words: which orientation reads best. */
function score(words: readonly PlacedWord[]): number {
  return words.filter((w) => w.confidence >= LOW_WORD_CONFIDENCE).reduce((n, w) => n + w.confidence * w.text.length, 0);
}

/** Pages recognised by this thread so far (every orientation tried counts): for tests and benchmarks. */
export const ocrCounters = { recognitions: 0 };

async function readOnce(pdf: PDFDocumentProxy, page: PDFPageProxy, dpi: number, turn: number): Promise<OcrPage> {
  const engine = await sharedEngine();
  ocrCounters.recognitions++;
  const rendered = await renderPage(pdf, page, dpi, turn);
  let deskewed: typeof rendered | null = null;
  try {
    // On a poor scan (several rules broken into pieces), the rules are painted out of the image
    // tesseract reads: their stubs would be read as "|", "[" or "T" at the edges of cell text.
    // They are found again below, on the deskewed original, for page.rules. A clean scan's solid
    // rules are left for tesseract, which removes them itself: its input stays as it was.
    const grey = toGrey(rendered);
    const chains = brokenRules(grey, rendered.scale);
    const poor = chains.filter((c) => isBroken(c, rendered.scale)).length >= MIN_BROKEN_RULES_POOR_SCAN;
    const clean = poor ? blankRules(grey, chains, rendered.scale) : grey;
    const ppi = rendered.scale > 0 ? 72 / rendered.scale : dpi;
    const first = await engine.recognize(toPgm(clean), ppi);
    const { rotateRadians } = first;
    // The rules are read from the image tesseract read: turned by the skew it corrected.
    deskewed = Math.abs(rotateRadians) >= REPORTED_SKEW ? rotated(pdf, rendered, rotateRadians) : null;
    const read = deskewed ? toGrey(deskewed) : grey;
    // Words read with low confidence are read again one line at a time (reread.ts), from the
    // image their boxes refer to (the deskewed one; the painted one when tesseract read that).
    // On a poor scan read deskewed, the rules are painted out of the deskewed image too: the crops
    // must not show the border stubs tesseract never saw ("land", "linformation" on the harsh scan).
    const image = deskewed ? (poor ? blankRules(read, brokenRules(read, rendered.scale), rendered.scale) : read) : clean;
    const readCrop = (c: GreyImage, block: boolean) => engine.recognizeLine(toPgm(c), ppi, block);
    const rules = deskewed ? rulesFromImage(read, rendered.scale) : rulesFromImage(grey, rendered.scale, chains);
    // Vertical rules in pixels: a crop never reaches over one (a border's stub read as "l").
    const walls = rules.filter((r) => r.x1 === r.x2).map((r) => ({ x: r.x1 / rendered.scale, y0: r.y1 / rendered.scale, y1: r.y2 / rendered.scale }));
    const reread = await rereadDoubtful(first.blocks, image, readCrop, walls);
    const paper = paperLevel(image);
    // A raised footnote call read into the word after it (a table note's "¹") is split off by its
    // ink; not on a poor scan, where a broken border's stub before a line reads as `1` or `i`
    // (the harsh seed scan lost three rows so).
    const again = poor ? reread : await splitRaisedCalls(reread.blocks, image, paper, readCrop, walls);
    // Ink that no word covers (a lone number tesseract dropped) is read the same way; not on a
    // poor scan, where most such ink is what is left of broken borders (read as "i", "l").
    const missed = poor ? again : await readMissed(again.blocks, image, paper, readCrop);
    // Filled bullets tesseract dropped are found by their shape (no reading), on every page: a
    // broken border's stubs are thin, not solid discs.
    const bulleted = addMissedBullets(missed.blocks, image, paper);
    // A decimal point tesseract lost inside a number ("3.5" read `35`) is put back from its ink;
    // not on a poor scan, where specks of noise lie between glyphs.
    const { blocks } = poor ? bulleted : await restoreDecimalPoints(bulleted.blocks, image, paper, readCrop);
    // Word boxes are in the image tesseract read (deskewed): shapes are looked up there.
    const { runs, words, meanConfidence } = wordsToRuns(blocks, rendered.scale, rules, inkShareOf(read), strokeWidthOf(read));
    return {
      runs,
      rules,
      words,
      width: rendered.pageWidth,
      height: rendered.pageHeight,
      meanConfidence,
      turned: turn,
      skewDegrees: Math.abs(rotateRadians) >= REPORTED_SKEW ? (rotateRadians * 180) / Math.PI : 0,
    };
  } finally {
    deskewed?.release();
    rendered.release();
  }
}

/** OCR of one page at `dpi`, in the orientation that reads best. */
export async function ocrPage(pdf: PDFDocumentProxy, page: PDFPageProxy, dpi: number): Promise<OcrPage> {
  let best = await readOnce(pdf, page, dpi, 0);
  const readsWell = (p: OcrPage) =>
    p.meanConfidence !== null && p.meanConfidence >= ORIENTATION_RETRY_CONFIDENCE && p.words.filter((w) => w.confidence >= LOW_WORD_CONFIDENCE).length >= MIN_WORDS_UPRIGHT;
  if (readsWell(best) || best.words.length === 0) return best; // no ink at all: nothing to turn
  for (const turn of TURNS) {
    const again = await readOnce(pdf, page, dpi, turn);
    if (score(again.words) > score(best.words)) best = again;
    if (readsWell(best)) break;
  }
  return best;
}
