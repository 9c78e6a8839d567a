/**
 * Searchable scans: a page image with an invisible text layer that an OCR engine wrote over it
 * (Acrobat's "Recognize text", ABBYY, OCRmyPDF and the tesseract CLI's PDF renderer). The layer
 * has text, so `--ocr auto` keeps it rather than OCR the page again — but its words are OCR
 * output, without the repairs our own OCR path makes (extract/ocr/words.ts): list bullets read
 * as letters ("e", "=", "mu", "*" for ● and ▪) and font sizes guessed per line (tesseract rounds
 * each line's height to a whole point: 7, 8, 9 and 13 pt on one 8.5 pt page). This module tells
 * such a page from a text page (recognise) and repairs its glyph runs before lines are built
 * (repairOcrLayerRuns); pdf.ts marks the page with an OCR_LAYER warning.
 *
 * Only the operator list is read (no rendering): the text render mode says the text is
 * invisible (mode 3, or 7: invisible and a clip), and scan-images.ts says the page paints an image.
 */
import type { GlyphRun } from "./lines.js";
import { GLYPH_CLASS, LEADING_NUMBER } from "../../vocab/markers.js";
import { NARROW_LIGATURE, WIDE_LIGATURE } from "../../vocab/ligatures.js";

export interface OcrLayerOpCodes {
  save: number;
  restore: number;
  setFont: number;
  setTextRenderingMode: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
}

/** What recognise found: the engine's font (GlyphLessFont for tesseract and OCRmyPDF) and how much of the text was invisible. */
export interface OcrLayer {
  font: string;
  invisibleShare: number;
}

/** Text render modes that paint nothing: 3 (invisible) and 7 (invisible, added to the clip). */
const INVISIBLE_MODES = new Set([3, 7]);
/**
 * Share of a page's glyphs that must be invisible for its text to be an OCR layer. OCR engines
 * write the whole layer invisible (1.0 on every searchable fixture); a text page may hide a few
 * words (a form's field names, an accessibility tag) but prints its text.
 */
export const OCR_LAYER_INVISIBLE_SHARE = 0.9;
/** Fewer visible-or-not characters than this is no text layer to judge (a page number on a scan). */
const MIN_LAYER_CHARS = 20;

interface Glyph {
  unicode?: string;
}

/** Non-space characters shown by one text-showing operator's arguments (pdf.js glyph objects; numbers are kerning). */
function shownChars(args: unknown): number {
  const glyphs = Array.isArray(args) ? (args as unknown[]).find((a) => Array.isArray(a)) : undefined;
  if (!Array.isArray(glyphs)) return 0;
  let n = 0;
  for (const g of glyphs as unknown[]) {
    const u = g !== null && typeof g === "object" ? (g as Glyph).unicode : undefined;
    if (typeof u === "string" && u.trim() !== "") n++;
  }
  return n;
}

/**
 * Whether a page's text is an OCR engine's invisible layer: at least OCR_LAYER_INVISIBLE_SHARE of
 * its characters drawn in an invisible render mode. `paintsImage` (the page paints a scan-like
 * image: scan-images.ts) is the caller's, from the same operator list. Null for a text page.
 */
export function recogniseOcrLayer(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  codes: OcrLayerOpCodes,
  fontName: (loadedName: string) => string | null,
  paintsImage: boolean,
): OcrLayer | null {
  if (!paintsImage) return null;
  let mode = 0;
  let font = "";
  const stack: Array<{ mode: number; font: string }> = [];
  let visible = 0;
  let invisible = 0;
  const invisibleByFont = new Map<string, number>();
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === codes.save) stack.push({ mode, font });
    else if (fn === codes.restore) ({ mode, font } = stack.pop() ?? { mode, font });
    else if (fn === codes.setTextRenderingMode) mode = Number(args?.[0] ?? 0);
    else if (fn === codes.setFont) font = String(args?.[0] ?? "");
    else if (fn === codes.showText || fn === codes.showSpacedText || fn === codes.nextLineShowText || fn === codes.nextLineSetSpacingShowText) {
      const n = shownChars(args);
      if (INVISIBLE_MODES.has(mode)) {
        invisible += n;
        invisibleByFont.set(font, (invisibleByFont.get(font) ?? 0) + n);
      } else visible += n;
    }
  }
  const total = visible + invisible;
  if (total < MIN_LAYER_CHARS || invisible / total < OCR_LAYER_INVISIBLE_SHARE) return null;
  const main = [...invisibleByFont].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  // pdf.js names a font by its base font with the subset tag ("ABCDEF+GlyphLessFont") when it has one.
  const name = (fontName(main) ?? main).replace(/^[A-Z]{6}\+/, "");
  return { font: name || "unknown", invisibleShare: invisible / total };
}

/**
 * An OCR layer's font sizes are the engine's guess per line (tesseract: the line's height rounded
 * to a whole point; 7–9 pt and odd 11–13 pt lines for 8.5 pt text on dev-011). A run within this
 * fraction of the page's body size is given that size: lines.ts and the paragraph breaks measure
 * gaps in ems, and a 7 pt line among 9 pt ones read as a paragraph of its own. Headings set 50 %+
 * larger keep theirs.
 */
export const OCR_LAYER_SIZE_SNAP = 0.45;

/** The page's body size: the median run size weighted by characters. */
function bodySize(runs: readonly GlyphRun[]): number | null {
  const sized = runs.map((r) => ({ size: r.fontSize, n: r.text.replace(/\s+/g, "").length })).filter((x) => x.n > 0);
  if (sized.length === 0) return null;
  sized.sort((a, b) => a.size - b.size);
  const half = sized.reduce((k, x) => k + x.n, 0) / 2;
  let acc = 0;
  for (const x of sized) {
    acc += x.n;
    if (acc >= half) return x.size;
  }
  return null;
}

/**
 * A list bullet as OCR reads it, opening a cell's line before a capitalised word: one or two
 * characters that are no English word and no marker the vocabulary knows — `e`, `e@`, `@`, `=`,
 * `*`, `+`, `.`, `«`, `©`, `°`, `m`, `mu`, `CJ` for ●, ▪, ■ and □ (tesseract on the searchable
 * fixtures). Letters are confirmed by the column (BULLET_COLUMN_MIN); symbols need no second.
 */
const SHORT_TOKEN = /^(\S{1,2})\s+(?=[\p{Lu}\p{N}])/u;
/** What a list item may open with after its bullet: a capital, or a number ("95% of web content"). */
const ITEM_START = /^\s*[\p{Lu}\p{N}]/u;
/** A capital: after it, a symbol reading is a bullet without the column's say-so. */
const CAPITAL_START = /^\s*\p{Lu}/u;
/**
 * Readings of a round or square bullet as a zero, an O or a digit with a comma (`0`, `O`, `OO`,
 * `Oo`, `Q`, `1,`, `3,` for □, ○ and ▪ on the searchable fixtures): numbers as far as the digit
 * rule below goes, but no list opens with them; bullets when the column confirms them.
 */
const ROUND_READING = /^(?:[0OQ][0Oo]?|\d,|[CO][J1l])$/u;
/**
 * A hollow square read as "C" (or "C/") glued to the item's first word: `CAt least`, `CBusiness`,
 * `C/Annual` (dev-028 at 150 dpi). A capital and a lower-case letter must follow (`CEO`, `CO2`
 * stay), and the column must confirm it as for letters.
 */
const GLUED_READING = /^C\/?(?=\p{Lu}\p{Ll})/u;
/**
 * Comparison signs before a number are text ("> 90%", "= 100"): never a bullet there.
 */
const COMPARISON = /^[<>=≤≥~±]$/u;
/** Symbols (no letter, no digit) that open no English text before a capital: a bullet read as punctuation. */
const SYMBOL_TOKEN = /^[^\p{L}\p{N}\s()[\]"'‘’“”$€£%§#&/\\]{1,2}$/u;
/**
 * One- and two-letter words (any case) that open English text or a wrapped line before a capital
 * or a number ("A Review", "In New York", "UN Women", "to 70 days in 2023").
 */
const SHORT_WORDS = new Set(["a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "un", "eu", "au", "id", "hr", "mr", "ms", "dr", "st"]);
/** Tokens the marker vocabulary already reads as markers (o, -, –, glyph bullets): left as they are. */
const KNOWN_MARKER = new RegExp(String.raw`^(?:${GLYPH_CLASS}+|[-*\u2013\u2014o])$`, "u");
/** A letter with a full stop, bracket or colon is a section or list number ("A.", "B)", "I."), not a bullet. */
const LETTER_NUMBER = /^\p{L}[.):]$/u;
/** A token with a digit is a number ("24 Member States"), which a list may well open with. */
const HAS_DIGIT = /\p{N}/u;
/**
 * A letter token is a bullet only when at least this many lines of the page open with a bullet
 * reading at the same x (within BULLET_COLUMN_EM): a column of bulleted items, as a measure cell
 * has. A lone "e Annual" could be anything.
 */
export const BULLET_COLUMN_MIN = 2;
export const BULLET_COLUMN_EM = 1;
/** A run opens a cell's line when no run ends within this many ems before it on its baseline (lines.ts's cell gap is 0.5 em). */
const OPENS_CELL_GAP_EM = 0.5;
/** Runs are on one baseline within this many ems. */
const SAME_BASELINE_EM = 0.3;
/** The bullet that replaces a misread one (the marker vocabulary strips it at an item's start). */
export const OCR_LAYER_BULLET = "•";

/** Whether nothing ends just before `r` on its baseline (it opens a line or a cell). */
function opensCell(r: GlyphRun, runs: readonly GlyphRun[]): boolean {
  return !runs.some((o) => o !== r && Math.abs(o.baseline - r.baseline) <= SAME_BASELINE_EM * r.fontSize && o.x < r.x && o.x + o.width > r.x - OPENS_CELL_GAP_EM * r.fontSize);
}

/** The run after `r` on its baseline, starting within a bullet's gap (when the bullet is a run of its own). */
function nextOnBaseline(r: GlyphRun, runs: readonly GlyphRun[]): GlyphRun | undefined {
  const end = r.x + r.width;
  return runs
    .filter((o) => o !== r && Math.abs(o.baseline - r.baseline) <= SAME_BASELINE_EM * r.fontSize && o.x >= end - 0.1 * r.fontSize && o.x - end <= 3 * r.fontSize)
    .sort((a, b) => a.x - b.x)[0];
}

/** The bullet reading opening a run (its token), or null. */
function bulletReading(r: GlyphRun, runs: readonly GlyphRun[]): { token: string; joined: boolean; beforeCapital: boolean } | null {
  const text = r.text.trimStart();
  const m = SHORT_TOKEN.exec(text);
  let token: string;
  let joined: boolean;
  const glued = m ? null : GLUED_READING.exec(text);
  if (m) {
    token = m[1]!;
    joined = true;
  } else if (glued) {
    token = glued[0];
    joined = true;
  } else {
    const t = text.trim();
    if ([...t].length > 2 || t === "") return null;
    const next = nextOnBaseline(r, runs);
    if (!next || !ITEM_START.test(next.text)) return null;
    token = t;
    joined = false;
  }
  if (KNOWN_MARKER.test(token) || SHORT_WORDS.has(token.toLowerCase()) || LETTER_NUMBER.test(token) || LEADING_NUMBER.test(`${token} X`)) return null;
  if (HAS_DIGIT.test(token) && !ROUND_READING.test(token)) return null;
  const after = joined ? text.slice(token.length) : (nextOnBaseline(r, runs)?.text ?? "");
  if (COMPARISON.test(token) && !CAPITAL_START.test(after)) return null;
  return opensCell(r, runs) ? { token, joined, beforeCapital: CAPITAL_START.test(after) } : null;
}

/**
 * A table's vertical rule read as a glyph at the edge of a cell's text ("| > Better use", "| o
 * Number"): an OCR layer carries no rules to tell them by (the scan's are in the image), but a
 * bar standing alone as a word is no text in these documents.
 */
const LEADING_RULE_GLYPHS = /^(?:\s*[|¦]\s+)+/u;
const TRAILING_RULE_GLYPHS = /(?:\s+[|¦])+\s*$/u;
const ONLY_RULE_GLYPHS = /^[\s|¦]*$/u;

/** Runs without rule glyphs at their edges; runs that were only rule glyphs dropped. */
function withoutRuleGlyphs(runs: readonly GlyphRun[]): GlyphRun[] {
  const out: GlyphRun[] = [];
  for (const r of runs) {
    if (ONLY_RULE_GLYPHS.test(r.text)) continue;
    const lead = LEADING_RULE_GLYPHS.exec(r.text)?.[0].length ?? 0;
    const trail = TRAILING_RULE_GLYPHS.exec(r.text)?.[0].length ?? 0;
    if (lead === 0 && trail === 0) {
      out.push(r);
      continue;
    }
    // The bars' share of the run's width, as their share of its characters (an OCR layer stretches a word's glyphs evenly).
    const perChar = r.text.length > 0 ? r.width / r.text.length : 0;
    out.push({ ...r, text: r.text.slice(lead, r.text.length - trail), x: r.x + lead * perChar, width: r.width - (lead + trail) * perChar });
  }
  return out;
}

/**
 * pdf.js finds no Unicode for tesseract's curly double quotes in GlyphLessFont (`“Delivering as
 * One”` came out as two unmapped glyphs, which glyphs.ts marks as lost ligatures and the text
 * repair spelled "fiDelivering as Oneff"). An OCR layer has no ligatures: such a glyph opening a
 * word is an opening quote, any other a closing one.
 */
const LOST_GLYPH = new RegExp(`[${NARROW_LIGATURE}${WIDE_LIGATURE}]`, "gu");
const HAS_LOST_GLYPH = new RegExp(`[${NARROW_LIGATURE}${WIDE_LIGATURE}]`, "u");
const OPENING_QUOTE = "\u201C";
const CLOSING_QUOTE = "\u201D";

function withQuotes(text: string): string {
  return text.replace(LOST_GLYPH, (_g, at: number) => (at + 1 < text.length && /\S/u.test(text[at + 1]!) && (at === 0 || /\s/u.test(text[at - 1]!)) ? OPENING_QUOTE : CLOSING_QUOTE));
}

/**
 * An OCR layer's runs repaired: body-size lines given the body size (OCR_LAYER_SIZE_SNAP), and
 * bullets read as letters or symbols at the start of a cell's line replaced by a bullet (a
 * symbol reading always; a letter reading when the column confirms it, BULLET_COLUMN_MIN).
 */
export function repairOcrLayerRuns(input: readonly GlyphRun[]): GlyphRun[] {
  const runs = withoutRuleGlyphs(input).map((r) => (HAS_LOST_GLYPH.test(r.text) ? { ...r, text: withQuotes(r.text) } : r));
  const body = bodySize(runs);
  const sized = runs.map((r) => (body !== null && Math.abs(r.fontSize - body) <= OCR_LAYER_SIZE_SNAP * body ? { ...r, fontSize: body } : { ...r }));
  const readings = sized.map((r) => bulletReading(r, sized));
  const xs = sized.filter((_, i) => readings[i] !== null).map((r) => r.x);
  return sized.map((r, i) => {
    const reading = readings[i];
    if (!reading) return r;
    // A symbol before a capital is a bullet on its own; letters, round readings and any reading
    // before a number ("e 33 thousand", "= 95%") need the column's confirmation.
    const symbol = SYMBOL_TOKEN.test(reading.token) && !ROUND_READING.test(reading.token) && reading.beforeCapital;
    const column = xs.filter((x) => Math.abs(x - r.x) <= BULLET_COLUMN_EM * r.fontSize).length;
    if (!symbol && column < BULLET_COLUMN_MIN) return r;
    const text = r.text.trimStart();
    return { ...r, text: reading.joined ? `${OCR_LAYER_BULLET} ${text.slice(reading.token.length).trimStart()}` : OCR_LAYER_BULLET };
  });
}
