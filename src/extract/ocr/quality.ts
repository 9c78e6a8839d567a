/**
 * When to OCR a page, and how OCR went: pure decisions on what the text-layer reader found and
 * what OCR read, so they are tested without pdf.js or tesseract.
 */
import type { Line, Page } from "../../model/layout.js";

/** An extractor warning (becomes a document warning). */
export interface Warning {
  code: string;
  message: string;
  page: number | null;
  line: number | null;
}
import { BULLET, LOW_WORD_CONFIDENCE, type PlacedWord } from "./words.js";

import { MIN_SCAN_PPI } from "./scan-images.js";
import { isJsSpace } from "../../vocab/text.js";

/**
 * A page with fewer visible characters than this in its text layer has no usable text layer
 * (a scan; at most a scanner's stamp or a page number was added as text). A real page of a
 * compact has hundreds; a text page with less is a cover or blank page, and it is only OCR'd
 * under `auto` when it also shows a scan (see `needsOcr`).
 */
export const MIN_TEXT_LAYER_CHARS = 25;

/**
 * Under `auto`: OCR a page that has (almost) no text layer and paints an image fine enough to
 * read (`scanPpi`: the resolution of its main image, null when it paints none).
 */
export function needsOcr(textChars: number, scanPpi: number | null): boolean {
  return scanPpi !== null && scanPpi >= MIN_SCAN_PPI && textChars < MIN_TEXT_LAYER_CHARS;
}

/**
 * Once one page of a document is garbled, its fonts are broken: a page with only a few words (a
 * cover, a signature page) is judged on as few as this many.
 */
export const FEW_GARBLED_TOKENS = 5;

/**
 * Under `auto`: the share of garbled words in a page's text layer when it is over
 * GARBLED_OCR_SHARE (the page is to be read by OCR), else null. Pages with fewer than `minTokens`
 * words are left as they are.
 */
export function garbledPageShare(lines: readonly { text: string }[], minTokens = MIN_TOKENS): number | null {
  let text = "";
  for (const l of lines) text += l.text + "\n";
  const share = garbledShare(text, minTokens);
  return share !== null && share > GARBLED_OCR_SHARE ? share : null;
}

/**
 * A plausible token of English/UN text: words of letters (any script) joined by - ' ’ or /
 * ("LRA-affected", "and/or", "MANAGER'S", "Côte", "start-"), a number ("12", "2007)", "95%",
 * "1,200.5"), a document symbol ("A/RES/61/409/Add.2"), a list label ("a)", "iv."), with
 * punctuation around it. Garbled text layers (old OCR, broken font encodings) are full of tokens
 * mixing letters with digits or odd symbols ("Sec1etary", "t#e", "Ã©") that none of these match.
 */
const PLAUSIBLE_TOKEN =
  /^[("'“‘[]*(?:\p{L}+(?:[-'’/]\p{L}+)*-?|\d+(?:[.,:/-]\d+)*%?|[A-Z]+(?:\/[A-Za-z0-9.]+)+|\d+(?:st|nd|rd|th))[)"'”’\].,;:!?%]*$/u;
/** A token (no white space) that reads as a word, a number, a symbol or a label (PLAUSIBLE_TOKEN). */
export function plausibleToken(token: string): boolean {
  return PLAUSIBLE_TOKEN.test(token);
}
/** Tokens of punctuation alone (bullets, dashes) say nothing either way and are not counted. */
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
/** Share of implausible tokens above which a text layer is called garbled: clean text has < 5 %. */
export const GARBLED_SHARE = 0.3;
/**
 * Under `auto`, a page whose own text layer is garbled beyond this share is read by OCR instead:
 * its words are not the printed ones (a broken font encoding — a PDF printed to PostScript and
 * distilled again, whose fonts lost their Unicode — measures 0.9–1.0 on most pages). The clean
 * pages of every corpus PDF and real UN document (3,500 pages) measure at most 0.33, so a text
 * PDF that prints its words is never OCR'd.
 */
export const GARBLED_OCR_SHARE = 0.6;

/** Below this many tokens the share says nothing. */
const MIN_TOKENS = 40;

/** Share of implausible tokens in a text, or null when there are too few tokens to tell. */
export function garbledShare(text: string, minTokens = MIN_TOKENS): number | null {
  // Counted token by token, never listed: a 4,000-page document's two million tokens as an array
  // (and its filtered copy) were ~90 MB at the moment its Layout is complete.
  // The tokens, what lies between white space (/\S+/), are read by char codes; a token of ASCII
  // letters only (most of them) is a plausible word without the two Unicode regexes (every PDF's
  // whole text comes through here).
  let tokens = 0;
  let implausible = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (isJsSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let letters = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isJsSpace(c)) break;
      if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) letters = false;
    }
    if (letters) {
      tokens++;
      continue;
    }
    const t = text.slice(start, i);
    if (PUNCTUATION_ONLY.test(t)) continue;
    tokens++;
    if (!PLAUSIBLE_TOKEN.test(t)) implausible++;
  }
  if (tokens < minTokens) return null;
  return implausible / tokens;
}

/**
 * A document whose OCR read this badly (mean word confidence, 0–100) is `partial`: clean 300 dpi
 * scans read at 90+, poor but usable ones at 75–85; under 70 many cells hold misreads.
 */
export const LOW_DOCUMENT_CONFIDENCE = 70;

/** Lines holding words read under LOW_WORD_CONFIDENCE, with those words (to flag, not to change). */
export function lowConfidenceLines(page: Page, words: readonly PlacedWord[]): Array<{ line: Line; words: PlacedWord[] }> {
  const out = new Map<Line, PlacedWord[]>();
  for (const w of words) {
    // A bullet is known from its shape and place (words.ts), whatever OCR thought it was.
    if (w.confidence >= LOW_WORD_CONFIDENCE || w.text === BULLET) continue;
    let best: Line | null = null;
    let dist = Infinity;
    for (const l of page.lines) {
      if (l.segments.length === 0) continue;
      const d = Math.abs(l.y - w.baseline);
      const inside = l.segments.some((s) => w.x + w.width > s.x && w.x < s.x + s.width);
      if (inside && d < dist && d <= w.fontSize) {
        best = l;
        dist = d;
      }
    }
    if (best) out.set(best, [...(out.get(best) ?? []), w]);
  }
  return [...out].map(([line, ws]) => ({ line, words: ws }));
}

export interface OcrStats {
  words: PlacedWord[];
  meanConfidence: number | null;
  turned: number;
  skewDegrees: number;
}

/**
 * Per OCR'd page an OCR_USED warning (mean confidence, orientation, skew); per line holding words
 * read with low confidence an OCR_LOW_CONFIDENCE warning naming them (the words are kept as read);
 * a document read with low mean confidence gets OCR_POOR. Returns whether it is only partial.
 */
export function ocrWarnings(pages: readonly Page[], ocred: ReadonlyMap<number, OcrStats>, dpi: number, warnings: Warning[]): boolean {
  let weighted = 0;
  let chars = 0;
  for (const page of pages) {
    const stats = ocred.get(page.number);
    if (!stats) continue;
    const turn = stats.turned ? `, turned ${stats.turned}°` : "";
    const skew = stats.skewDegrees ? `, deskewed by ${Math.abs(stats.skewDegrees).toFixed(1)}°` : "";
    const conf = stats.meanConfidence === null ? "no text found" : `mean word confidence ${Math.round(stats.meanConfidence)}`;
    warnings.push({ code: "OCR_USED", message: `page read by OCR at ${dpi} dpi: ${stats.words.length} words, ${conf}${turn}${skew}`, page: page.number, line: null });
    for (const { line, words } of lowConfidenceLines(page, stats.words)) {
      const list = words.map((w) => `"${w.text}" (${Math.round(w.confidence)})`).join(", ");
      warnings.push({ code: "OCR_LOW_CONFIDENCE", message: `OCR is unsure of ${list}`, page: page.number, line: line.line });
    }
    for (const w of stats.words) {
      weighted += w.confidence * w.text.length;
      chars += w.text.length;
    }
  }
  const mean = chars === 0 ? null : weighted / chars;
  if (mean !== null && mean < LOW_DOCUMENT_CONFIDENCE) {
    warnings.push({
      code: "OCR_POOR",
      message: `OCR read the scanned page(s) with a mean word confidence of ${Math.round(mean)} (under ${LOW_DOCUMENT_CONFIDENCE}): expect misread words; check against the scan`,
      page: null,
      line: null,
    });
    return true;
  }
  return false;
}
