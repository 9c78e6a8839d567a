/**
 * Recognised words (tesseract's block tree, pixel boxes) → glyph runs in page points, the input
 * of extract/pdf/lines.ts: from there on a scanned page is built into lines and segments by
 * exactly the code that builds text-layer pages (`buildLines(runs, rules)` also cuts OCR lines at
 * vertical rules). Pure: no tesseract here.
 */
import { SEGMENT_GAP_EM, type GlyphRun } from "../pdf/lines.js";
import { GLYPH_CLASS, LIST_NUMBER } from "../../vocab/markers.js";
import type { Rule } from "../../model/layout.js";

/** What we read of tesseract.js's `blocks` output (v7: blocks → paragraphs → lines → words). */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface OcrSymbol {
  text: string;
  bbox: OcrBox;
}
export interface OcrWord {
  text: string;
  confidence: number;
  bbox: OcrBox;
  /** The word's characters with their boxes (tesseract's `symbols`), when reported. */
  symbols?: OcrSymbol[];
  /**
   * The baseline (pixels) of the printed line the word was read on, when known better than from
   * its OCR line: a word read again on its own (reread.ts) sits on its crop's baseline.
   */
  baseline?: number;
  /**
   * A raised footnote call split off the word it was read into (reread.ts splitRaisedCalls): set
   * in its own size (from its ink) on its own baseline, never taken for a bullet.
   */
  raised?: boolean;
}
export interface OcrLine {
  bbox: OcrBox;
  baseline?: OcrBox & { has_baseline?: boolean };
  rowAttributes?: { rowHeight?: number; ascenders?: number; descenders?: number };
  words: OcrWord[];
}
export interface OcrBlock {
  paragraphs: Array<{ lines: OcrLine[] }>;
}

/** A word under this confidence (tesseract's 0–100) is kept but flagged: LSTM misreads mostly score below 60. */
export const LOW_WORD_CONFIDENCE = 60;
/**
 * Tesseract's row height (x-height + ascenders + descenders) is about one em: 0.96–0.99 em
 * measured on the DejaVu Sans fixtures (18–19 px for 9 pt at 150 dpi, 37 px at 300 dpi), ~0.95
 * em in Times-like faces. Dividing by it gives the font size the em-based rules of lines.ts need.
 */
export const ROW_HEIGHT_EM = 0.97;
/**
 * One pixel of row height is 0.24–0.48 pt, so lines of one body size measure a little
 * differently; a line within this fraction of the page's dominant size is given that size (later
 * stages compare sizes to find style changes). Headings 20 %+ larger keep their own.
 */
export const SIZE_SNAP = 0.15;
/**
 * Word boxes from OCR hug the ink; text-layer runs span the glyphs' advance widths, which add the
 * side bearings (~0.05 em each side in text faces). Widening OCR boxes by this much per side makes
 * a word space measure as in a text layer (~0.3 em), well under lines.ts's 0.5 em cell gap.
 */
export const SIDE_BEARING_EM = 0.06;
/**
 * Tesseract's words are words: two of one line always keep at least this gap (em) after the
 * widening above, so lines.ts joins them with a space (it joins without one under 0.08 em,
 * `NO_SPACE_GAP_EM`). A blurred or JPEG'd scan of a tight serif face (Times at 9 pt, 200 dpi)
 * leaves word boxes only 5–6 px (0.2 em) apart; widened by 0.06 em a side they read as
 * "ofthe", "forAfrica", "RISKAND". The widening is cut back there instead.
 */
export const MIN_WORD_GAP_EM = 0.15;
/**
 * A one-glyph word that floats above the baseline (its ink ends this far above it, in em) and is
 * no taller than BULLET_MAX_HEIGHT_EM is a list bullet, whatever OCR read it as ("+", "«", "e",
 * "°"): letters and digits sit on the baseline; a bullet is centred on the x-height.
 */
export const BULLET_RAISE_EM = 0.1;
export const BULLET_MAX_HEIGHT_EM = 0.45;
export const BULLET = "•";
/**
 * An arrowhead bullet (➢, ➤) is read by OCR as ">" (or "»", "›"). Alone, opening a line or a
 * cell, and followed by a word (before a number only when its box is wide: "> 90%" is a
 * comparison) it is the bullet, which the marker vocabulary knows as "➢".
 */
const ARROW_READING = /^[>»›]$/;
export const ARROW_BULLET = "➢";
/**
 * Before a number, only a wide box is the arrowhead: ➢ measures 1.36–1.6 (width / height) on the
 * layout scans, a printed ">" about 1.0 (its strokes meet at a right angle or less).
 */
export const ARROW_MIN_ASPECT = 1.3;
/**
 * Word's "o" bullet (Courier New, often a size larger than the cell text) is read as a zero or a
 * capital O. Alone, opening a cell, before a capitalised word, and round (box width / height at
 * least this: Courier's o is ~1.0, measured 0.93 on d2-013; a digit zero is narrow, 0.6–0.75) it
 * is the letter bullet "o" the marker vocabulary knows. Its height says nothing: an 11 pt o in a
 * 9 pt cell is as tall as the cell's digits.
 */
const O_READING = /^[0OQ]$/;
export const O_BULLET_MIN_ASPECT = 0.85;
/**
 * A list item's text starts at the hanging indent, about an em right of its marker glyph (Word's
 * ➢ and `o` bullets: 0.95–1.1 em on the corpus7 scans, d7-006 and d7-012); a sign or digit in
 * running text is followed by a word space (a comparison "> 90%": 0.25–0.4 em). An arrow or round
 * `o` reading that opens a cell with its next word this far away (em, [min, max]) is the marker
 * whatever the item starts with ("➢ 39 cooperation agreements …", "o 34 …"); beyond the maximum
 * the next word is another column's cell (a Baseline "0" and its Target stand 2 em+ apart, and a
 * digit zero is narrow anyway).
 */
export const MARKER_INDENT_GAP_EM = [0.6, 2] as const;
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;
/** The word after an arrow bullet starts with a letter (a comparison sign is followed by a number). */
const STARTS_WITH_LETTER = /^\p{L}/u;
/**
 * A gap this wide (em) between two characters of one OCR "word" is no letter spacing: it is a
 * bullet and its text read as one word across the hanging indent ("«United" on a 300 dpi scan, a
 * 1.5 em gap inside), and the word is cut there. Half an em is the cell gap of lines.ts
 * (SEGMENT_GAP_EM); letter spacing stays under 0.15 em, and LSTM character boxes of one word
 * overlap rather than leave gaps.
 */
export const SYMBOL_SPLIT_GAP_EM = 0.5;
/**
 * A filled bullet (●, ■, ▪, a bold •) that OCR read as a letter ("e", "o", "eo", "©", "="): a word
 * of at most two characters whose box is about square (width / height within SOLID_BULLET_ASPECT),
 * bullet-sized (SOLID_BULLET_SIZE_EM; a full stop is ~0.1 em, ● ~0.45 em), mostly ink
 * (SOLID_BULLET_INK of its box) and solid in its middle third (SOLID_BULLET_CORE_INK). Measured
 * on the layout scans: ● 0.61–0.62 of its box at 300 dpi, 0.49–0.52 at 200 dpi (its blurred edge
 * is grey); the letters o, a, "of", "to" 0.27–0.40, and their middles are counters (paper).
 */
export const SOLID_BULLET_MAX_CHARS = 2;
export const SOLID_BULLET_ASPECT = [0.7, 1.45] as const;
export const SOLID_BULLET_SIZE_EM = [0.2, 0.65] as const;
export const SOLID_BULLET_INK = 0.45;
export const SOLID_BULLET_CORE_INK = 0.75;
/**
 * A hollow bullet (□, Word's or a font's o, ○) that OCR read as letters (`CJ`, `OJ`, `C1`, `Cl`,
 * `CO`, `a`, `1`, `0` for LibreOffice's □ on dev-005, 16 × 15 px at 200 dpi): a word of at most two
 * characters whose box is about square (HOLLOW_BULLET_ASPECT) and bullet-sized
 * (HOLLOW_BULLET_SIZE_EM: □ measured 0.66 em), opening a cell before a capitalised word, with its
 * middle third paper (at most HOLLOW_BULLET_CORE_INK: □ 0.00) and ink in the middle of each of its
 * four sides (HOLLOW_BULLET_SIDE_INK of the outer quarter: □ 0.25–0.50; a `C` is open on the right,
 * `12` is too wide, `of`, `on`, `to` have ink in their middles, 0.25–0.46). Its corners say which:
 * inked (HOLLOW_SQUARE_CORNER_INK: □ 0.67) a square, else a round `o`.
 */
export const HOLLOW_BULLET_ASPECT = [0.8, 1.25] as const;
export const HOLLOW_BULLET_SIZE_EM = [0.35, 0.8] as const;
export const HOLLOW_BULLET_CORE_INK = 0.1;
export const HOLLOW_BULLET_SIDE_INK = 0.15;
export const HOLLOW_SQUARE_CORNER_INK = 0.3;
export const HOLLOW_SQUARE_BULLET = "□";

/**
 * How far (points) a vertical rule may stand inside a word's box at its edge and still be the
 * reason for a `|` (or `[`, `]`, `!`) at that end: a border read as a glyph touches the word.
 */
const RULE_AT_EDGE_PT = 4;
/**
 * Glyphs that a vertical rule beside a word is read as: bars and brackets, and at a word's start
 * also the quote marks, braces and commas that a border's broken stub becomes on a poor scan
 * (`‘mandates`, `{Expected` on the harsh fixture). At a word's end only bars and brackets:
 * a cell's last word can end in a real comma or quote close to its right border.
 */
const RULE_GLYPHS = /^[|[\]!{}‘’'"“”,]+|[|[\]!}]+$/g;
/**
 * A word this short (characters) that a vertical rule runs through is the rule, read as a glyph
 * or two (`I`, `Te` on the harsh fixture): text never crosses a cell border, while OCR boxes of
 * real words near one stop short of it.
 */
const MAX_CROSSED_WORD_CHARS = 2;
/** How far (points) inside a word's box a rule must run to cross it, beyond box rounding. */
const CROSS_MARGIN_PT = 0.5;
/**
 * A word of signs only (no letter or digit) read with a confidence under this is a speck of dust
 * or JPEG noise, not print: `:` `}` `=` `=~` read at 0–21 in the empty parts of cells (d2-002,
 * dev-022), where they became list items or cell text. Printed signs (`%`, `–`, `(`, `§`) read at
 * 85 and more; bullets were recognised above by their shape and are kept.
 */
export const SPECK_CONFIDENCE = 30;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A "word" that is only rule glyphs or specks (tesseract reads dust and border corners so). */
const NOISE_WORD = /^[\s|[\]!_.,'`~-]*$/;
/** A "word" that is only a vertical rule read as bars or brackets. */
const RULE_ONLY = /^[|[\]!]+$/;

/**
 * A figure's (or a lower-case call letter's ascender) ink height as a share of its font size: a
 * raised call's size is its ink height over this (Word's 5.8 pt call: 4 pt of ink).
 */
export const CALL_INK_EM = 0.7;

/** A recognised word on the page, in points, with its confidence. */
export interface PlacedWord {
  text: string;
  x: number;
  width: number;
  baseline: number;
  top: number;
  fontSize: number;
  confidence: number;
}

export interface WordsResult {
  runs: GlyphRun[];
  words: PlacedWord[];
  /** Mean word confidence (0–100) weighted by word length; null when nothing was read. */
  meanConfidence: number | null;
}

/** y of a line's baseline at x (tesseract gives the baseline as a segment across the line). */
export function baselineAt(line: OcrLine, x: number): number {
  const b = line.baseline;
  if (!b || b.has_baseline === false || b.x1 === b.x0) return line.bbox.y1 - (line.rowAttributes?.descenders ?? 0);
  return b.y0 + ((b.y1 - b.y0) * (x - b.x0)) / (b.x1 - b.x0);
}

/** Strips `|` `[` `]` `!` (and stub marks at the start) that a vertical rule at the word's edge was read as. */
export function stripRuleGlyphs(text: string, left: number, right: number, rules: readonly Rule[]): string {
  const verticals = rules.filter((r) => r.x1 === r.x2);
  const near = (x: number) => verticals.some((r) => Math.abs(r.x1 - x) <= RULE_AT_EDGE_PT);
  if (!near(left) && !near(right)) return text;
  return text.replace(RULE_GLYPHS, (m, offset: number) => {
    const atStart = offset === 0;
    return (atStart ? near(left) : near(right)) ? "" : m;
  });
}

/**
 * A word cut where two of its characters are over SYMBOL_SPLIT_GAP_EM apart (`em`: pixels per em).
 * Without character boxes the word stays whole.
 */
export function splitAtGaps(w: OcrWord, em: number): OcrWord[] {
  const symbols = w.symbols ?? [];
  if (symbols.length < 2 || symbols.map((x) => x.text).join("") !== w.text) return [w];
  const parts: OcrSymbol[][] = [[symbols[0]!]];
  for (let k = 1; k < symbols.length; k++) {
    const gap = symbols[k]!.bbox.x0 - Math.max(...parts[parts.length - 1]!.map((x) => x.bbox.x1));
    if (gap > SYMBOL_SPLIT_GAP_EM * em) parts.push([symbols[k]!]);
    else parts[parts.length - 1]!.push(symbols[k]!);
  }
  if (parts.length === 1) return [w];
  return parts.map((p) => ({
    text: p.map((x) => x.text).join(""),
    confidence: w.confidence,
    symbols: p,
    bbox: { x0: Math.min(...p.map((x) => x.bbox.x0)), y0: Math.min(...p.map((x) => x.bbox.y0)), x1: Math.max(...p.map((x) => x.bbox.x1)), y1: Math.max(...p.map((x) => x.bbox.y1)) },
    ...(w.baseline !== undefined ? { baseline: w.baseline } : {}),
  }));
}

/**
 * Two words tesseract read as one (`atleast`, `30in`, `ina`): a gap this wide (em) between two
 * characters of a word is a word space that the LSTM did not mark. Letter gaps inside words stay
 * under 0.25 em on the layout scans (0.20–0.24 em only in a few wide capitals and digit pairs);
 * the glued word spaces measured 0.29–0.48 em. A gap alone is not enough (`PERFORMANCE`, `2017`,
 * `common` have a 0.3–0.36 em gap between two characters), so a word is cut only where the part
 * before the gap is a number and the part after begins with a letter (`30in`, `38in`), or the
 * part before is one of the short function words that glue to the next word (`at`, `in`, `of`…)
 * and the part after is letters.
 */
export const GLUED_GAP_EM = 0.28;
const NUMBER_PART = /^\d[\d.,%]*$/;
const LETTERS_PART = /^\p{L}+/u;
/** Short function words a glued word can start with (lower-cased). */
const GLUED_FUNCTION_WORDS = new Set(["a", "at", "in", "of", "on", "to", "by", "for", "the", "and", "or", "an", "as", "is"]);

/** A word cut where a glued word space is (GLUED_GAP_EM, see there); without character boxes it stays whole. */
export function splitGlued(w: OcrWord, em: number): OcrWord[] {
  const symbols = w.symbols ?? [];
  if (symbols.length < 2 || symbols.map((x) => x.text).join("") !== w.text) return [w];
  for (let k = 1; k < symbols.length; k++) {
    const gap = symbols[k]!.bbox.x0 - Math.max(...symbols.slice(0, k).map((x) => x.bbox.x1));
    if (gap < GLUED_GAP_EM * em) continue;
    const before = symbols.slice(0, k).map((x) => x.text).join("");
    const after = symbols.slice(k).map((x) => x.text).join("");
    const cut = (NUMBER_PART.test(before) && LETTERS_PART.test(after)) || (GLUED_FUNCTION_WORDS.has(before.toLowerCase()) && /^\p{L}+\W?$/u.test(after));
    if (!cut) continue;
    const part = (p: OcrSymbol[]): OcrWord => ({
      text: p.map((x) => x.text).join(""),
      confidence: w.confidence,
      symbols: p,
      bbox: { x0: Math.min(...p.map((x) => x.bbox.x0)), y0: Math.min(...p.map((x) => x.bbox.y0)), x1: Math.max(...p.map((x) => x.bbox.x1)), y1: Math.max(...p.map((x) => x.bbox.y1)) },
      ...(w.baseline !== undefined ? { baseline: w.baseline } : {}),
    });
    return [part(symbols.slice(0, k)), ...splitGlued(part(symbols.slice(k)), em)];
  }
  return [w];
}

/**
 * Two words glued by tesseract whose character boxes overlap (no gap to cut at: `Atleast`,
 * `Toenhance`, `38in`, `improvementin` on the held-out scans) still show the word space in the
 * ink: a run of columns of the word's box with no ink at all, 6–9 px = 0.25–0.38 em at 200 dpi,
 * where the gaps between letters of a word are 0–2 px (≤ 0.08 em: measured on `of`, `the`, `in`
 * on d3-001, blurred and JPEG'd). A word is cut at such a run (at least this wide, em) when the
 * parts are a number and letters, a short function word and letters, or letters and a short
 * function word (GLUED_FUNCTION_WORDS); anything else stays whole.
 */
export const GLUED_INK_GAP_EM = 0.2;
/**
 * …and at least this many times the word's widest other gap: on a 1-bit 300 dpi scan letters
 * stand 3–4 px apart and `above` shows 8 px (0.21 em) after its `a`, twice its other gaps; a glued
 * word space is 2.7–4 times the letter gaps around it (`Atleast` 8 vs 2, `38in` 7 vs 2,
 * `improvementin` 8 vs 3: an `i`'s dot leaves a 3 px column over the stem's side).
 */
export const GLUED_INK_GAP_RATIO = 2.5;
const WORD_CHARS = /^[\p{L}\p{N}%.,]+$/u;

/**
 * Whether a word read as `before` + `after` is two glued words when the ink shows a word space
 * between them: a number and letters, a short function word (not "a") and letters, or letters
 * and a short function word (GLUED_FUNCTION_WORDS).
 */
export function isGluedPair(before: string, after: string): boolean {
  const fn = (t: string) => GLUED_FUNCTION_WORDS.has(t.toLowerCase());
  const letters = (t: string) => /^\p{L}+$/u.test(t);
  return (
    (NUMBER_PART.test(before) && LETTERS_PART.test(after)) ||
    // Not after "a": `above`, `about`, `among` (the one-letter function word opens many words).
    (fn(before) && before.length > 1 && /^\p{L}+\W?$/u.test(after)) ||
    (letters(before) && before.length >= 2 && /^\p{L}+\W?$/u.test(after) && fn(after.replace(/\W$/u, "")))
  );
}

/** A word cut where its ink shows a glued word space (GLUED_INK_GAP_EM); other words unchanged. */
export function splitGluedByInk(w: OcrWord, em: number, inkShare: (box: OcrBox) => number): OcrWord[] {
  const symbols = w.symbols ?? [];
  if (symbols.length < 3 || symbols.map((x) => x.text).join("") !== w.text || !WORD_CHARS.test(w.text)) return [w];
  // The widest run of columns without ink inside the word's box, and the widest of the others.
  let best = { from: 0, width: 0 };
  let second = 0;
  let from = -1;
  for (let x = Math.ceil(w.bbox.x0) + 1; x <= Math.floor(w.bbox.x1); x++) {
    const empty = x < w.bbox.x1 && inkShare({ x0: x, y0: w.bbox.y0, x1: x, y1: w.bbox.y1 }) === 0;
    if (empty && from < 0) from = x;
    if (!empty && from >= 0) {
      if (x - from > best.width) {
        second = best.width;
        best = { from, width: x - from };
      } else second = Math.max(second, x - from);
      from = -1;
    }
  }
  if (best.width < GLUED_INK_GAP_EM * em || best.width < GLUED_INK_GAP_RATIO * Math.max(1, second)) return [w];
  const middle = best.from + best.width / 2;
  const k = symbols.filter((x) => (x.bbox.x0 + x.bbox.x1) / 2 < middle).length;
  if (k < 1 || k >= symbols.length) return [w];
  const before = symbols.slice(0, k).map((x) => x.text).join("");
  const after = symbols.slice(k).map((x) => x.text).join("");
  if (!isGluedPair(before, after)) return [w];
  const part = (p: OcrSymbol[]): OcrWord => ({
    text: p.map((x) => x.text).join(""),
    confidence: w.confidence,
    symbols: p,
    bbox: { x0: Math.min(...p.map((x) => x.bbox.x0)), y0: w.bbox.y0, x1: Math.max(...p.map((x) => x.bbox.x1)), y1: w.bbox.y1 },
    ...(w.baseline !== undefined ? { baseline: w.baseline } : {}),
  });
  // The boxes of the two parts end at the ink gap (character boxes of glued words overlap it).
  const head = part(symbols.slice(0, k));
  const tail = part(symbols.slice(k));
  head.bbox = { ...head.bbox, x1: Math.min(head.bbox.x1, best.from - 1) };
  tail.bbox = { ...tail.bbox, x0: Math.max(tail.bbox.x0, best.from + best.width) };
  return [head, tail];
}

/**
 * A double quote mark no wider than this (em) is a single one: tesseract reads an apostrophe as
 * `”` or `"` (`States”` for "States’" on a noisy Times scan, its box 4 px = 0.14–0.18 em wide at
 * 200 dpi, as wide as the `’` it reads elsewhere), while a double quote's two ticks span
 * 0.25–0.35 em.
 */
export const SINGLE_QUOTE_MAX_EM = 0.2;
const DOUBLE_QUOTES: Readonly<Record<string, string>> = { "”": "’", "“": "‘", '"': "’" };
/**
 * A list letter tesseract read as a cent or copyright sign: `¢)` for "c)" (dev-003's risks list),
 * `©)` (d7-010's Word `a)` numbering, Times on a JPEG'd scan). Neither sign followed by a closing
 * bracket is money or a copyright line, so the context makes it safe.
 */
const CENT_MARKER = /^(\(?)[¢©]\)/;
/**
 * A "Page N of M" footer whose "N of" tesseract read as one word (`10f`: "1 of" with the o as a
 * zero): split back when it stands between "Page" and a number, so the footer is furniture again.
 */
const PAGE_WORD = /^page$/i;
const GLUED_PAGE_OF = /^(\d+)[0oO]f$/;
const PAGE_TOTAL = /^\d+$/;

/** Quote marks and apostrophes as tesseract reads them. */
const QUOTE_MARK = /^['"‘’“”`]$/u;

/**
 * A quote mark opening a word whose box lies inside the next glyph's columns is no glyph of its
 * own: a printed quote stands before its letter, apart from it (`“good”`, `‘Baselines`: 1–10 px
 * of paper between the boxes on every scan read so far), while tesseract's `‘` of `‘Women` on
 * d7-010's JPEG'd Times (both table rows lost) starts on the W's first column, the stroke of the
 * W read twice. Boxes with no width (a page read sideways) tell nothing and are left.
 */
export function dropQuoteInsideLetter(w: OcrWord): OcrWord {
  const symbols = w.symbols;
  const [quote, next] = symbols ?? [];
  if (!symbols || !quote || !next || symbols.map((x) => x.text).join("") !== w.text || !QUOTE_MARK.test(quote.text)) return w;
  if (next.bbox.x1 <= next.bbox.x0 || quote.bbox.x0 < next.bbox.x0 || quote.bbox.x1 > next.bbox.x1) return w;
  const rest = symbols.slice(1);
  return { ...w, text: rest.map((x) => x.text).join(""), symbols: rest, bbox: { ...w.bbox, x0: Math.max(w.bbox.x0, next.bbox.x0) } };
}

/** Reading fixes a word's own glyph boxes or its place make safe (see SINGLE_QUOTE_MAX_EM, CENT_MARKER, dropQuoteInsideLetter). */
export function fixConfusions(word: OcrWord, em: number): OcrWord {
  const w = dropQuoteInsideLetter(word);
  const symbols = w.symbols;
  const boxed = symbols !== undefined && symbols.map((x) => x.text).join("") === w.text;
  const narrow = (x: OcrSymbol) => x.text in DOUBLE_QUOTES && x.bbox.x1 - x.bbox.x0 + 1 <= SINGLE_QUOTE_MAX_EM * em;
  const text = (boxed ? symbols.map((x) => (narrow(x) ? DOUBLE_QUOTES[x.text]! : x.text)).join("") : w.text).replace(CENT_MARKER, "$1c)");
  if (text === w.text) return w;
  const chars = [...text];
  // Symbols keep their boxes; their texts follow the word's when they still pair up one to one.
  return { ...w, text, ...(boxed && chars.length === symbols.length ? { symbols: symbols.map((x, k) => ({ ...x, text: chars[k]! })) } : {}) };
}

/** `Page 10f 3` → `Page 1 of 3` (see GLUED_PAGE_OF); other lines unchanged. */
export function splitPageOf(words: readonly OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  words.forEach((w, k) => {
    const m = GLUED_PAGE_OF.exec(w.text);
    const syms = w.symbols ?? [];
    if (!m || !PAGE_WORD.test(words[k - 1]?.text ?? "") || !PAGE_TOTAL.test(words[k + 1]?.text ?? "") || syms.length !== w.text.length) {
      out.push(w);
      return;
    }
    const n = m[1]!.length;
    const box = (p: OcrSymbol[]): OcrBox => ({ x0: Math.min(...p.map((x) => x.bbox.x0)), y0: Math.min(...p.map((x) => x.bbox.y0)), x1: Math.max(...p.map((x) => x.bbox.x1)), y1: Math.max(...p.map((x) => x.bbox.y1)) });
    const num = syms.slice(0, n);
    const of = syms.slice(n).map((x, i) => ({ ...x, text: i === 0 ? "o" : x.text }));
    const extra = w.baseline !== undefined ? { baseline: w.baseline } : {};
    out.push({ text: m[1]!, confidence: w.confidence, symbols: num, bbox: box(num), ...extra }, { text: "of", confidence: w.confidence, symbols: of, bbox: box(of), ...extra });
  });
  return out;
}

/** A short word shaped like a filled bullet: about square, bullet-sized, mostly ink, solid in the middle (see SOLID_BULLET_INK). */
export function isSolidBullet(w: OcrWord, em: number, inkShare: (box: OcrBox) => number): boolean {
  if ([...w.text].length > SOLID_BULLET_MAX_CHARS) return false;
  const width = w.bbox.x1 - w.bbox.x0 + 1;
  const height = w.bbox.y1 - w.bbox.y0 + 1;
  const aspect = width / height;
  const size = Math.max(width, height) / em;
  return (
    aspect >= SOLID_BULLET_ASPECT[0] && aspect <= SOLID_BULLET_ASPECT[1] &&
    size >= SOLID_BULLET_SIZE_EM[0] && size <= SOLID_BULLET_SIZE_EM[1] &&
    inkShare(w.bbox) >= SOLID_BULLET_INK &&
    inkShare({ x0: w.bbox.x0 + width / 3, y0: w.bbox.y0 + height / 3, x1: w.bbox.x1 - width / 3, y1: w.bbox.y1 - height / 3 }) >= SOLID_BULLET_CORE_INK
  );
}

/** A short word shaped like a hollow bullet (see HOLLOW_BULLET_ASPECT): its bullet glyph, or null. */
export function hollowBullet(w: OcrWord, em: number, inkShare: (box: OcrBox) => number): string | null {
  if ([...w.text].length > SOLID_BULLET_MAX_CHARS) return null;
  const { x0, y0 } = w.bbox;
  const width = w.bbox.x1 - x0 + 1;
  const height = w.bbox.y1 - y0 + 1;
  const aspect = width / height;
  const size = Math.max(width, height) / em;
  if (aspect < HOLLOW_BULLET_ASPECT[0] || aspect > HOLLOW_BULLET_ASPECT[1] || size < HOLLOW_BULLET_SIZE_EM[0] || size > HOLLOW_BULLET_SIZE_EM[1]) return null;
  // A part of the box, in fractions of its width and height.
  const part = (a: number, b: number, c: number, d: number) => inkShare({ x0: x0 + a * width, y0: y0 + b * height, x1: x0 + c * width - 1, y1: y0 + d * height - 1 });
  if (part(1 / 3, 1 / 3, 2 / 3, 2 / 3) > HOLLOW_BULLET_CORE_INK) return null;
  const sides = [part(0, 1 / 3, 1 / 4, 2 / 3), part(3 / 4, 1 / 3, 1, 2 / 3), part(1 / 3, 0, 2 / 3, 1 / 4), part(1 / 3, 3 / 4, 2 / 3, 1)];
  if (sides.some((x) => x < HOLLOW_BULLET_SIDE_INK)) return null;
  const corners = [part(0, 0, 1 / 5, 1 / 5), part(4 / 5, 0, 1, 1 / 5), part(0, 4 / 5, 1 / 5, 1), part(4 / 5, 4 / 5, 1, 1)];
  return corners.every((x) => x >= HOLLOW_SQUARE_CORNER_INK) ? HOLLOW_SQUARE_BULLET : "o";
}

/**
 * A hollow bullet read into the word after it (`193%` for "□ 93%", `CJAnnual` for "□ Annual" on
 * dev-005): the word's first character box is shaped like a hollow bullet (hollowBullet), and the
 * rest starts at least this far (em) right of it — a word space's worth, where letters of one word
 * touch (`OECD`'s O is round and hollow too, but its E follows a pixel or two away). Characters
 * starting inside the bullet's box are the bullet's (`J` in `CJ`).
 */
export const GLUED_BULLET_GAP_EM = 0.15;
const STARTS_WITH_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
/**
 * Readings of a filled bullet that never open an English word: a `•` read into the word after it
 * as `«Liquidity` (d2-004's risks column, the bullet 0.4 em before its text). Cut off like a
 * hollow bullet (same gap, same capitalised text after it, only where the word opens a cell).
 */
const SOLID_BULLET_READING = /^[«»•·©®°]$/u;

/**
 * Whether a word opens its line or a cell among its line's words (pixels): nothing before it
 * within `gapPx`, words made only of a rule's bars not counted. A bullet is read into the word
 * after it only there (`DPKO` mid-line has a D as hollow as a bullet).
 */
function opensCellPx(w: OcrWord, words: readonly OcrWord[], gapPx: number): boolean {
  const before = words.filter((x) => x !== w && x.bbox.x1 <= w.bbox.x0 + 1 && !RULE_ONLY.test(x.text.trim()) && Math.min(x.bbox.y1, w.bbox.y1) > Math.max(x.bbox.y0, w.bbox.y0));
  return before.every((x) => w.bbox.x0 - x.bbox.x1 > gapPx);
}

/** A word cut after a hollow bullet read into it (see GLUED_BULLET_GAP_EM); other words unchanged. */
export function splitGluedBullet(w: OcrWord, em: number, inkShare: (box: OcrBox) => number): OcrWord[] {
  const symbols = w.symbols ?? [];
  if (symbols.length < 2 || symbols.map((x) => x.text).join("") !== w.text) return [w];
  const first = symbols[0]!;
  const glyph = hollowBullet({ text: first.text, confidence: w.confidence, bbox: first.bbox }, em, inkShare) ?? (SOLID_BULLET_READING.test(first.text) ? BULLET : null);
  if (glyph === null) return [w];
  const k = symbols.findIndex((x, i) => i > 0 && x.bbox.x0 > first.bbox.x1);
  if (k < 0 || symbols[k]!.bbox.x0 - first.bbox.x1 - 1 < GLUED_BULLET_GAP_EM * em) return [w];
  const rest = symbols.slice(k);
  const text = rest.map((x) => x.text).join("");
  if (!STARTS_WITH_CAPITAL_OR_DIGIT.test(text)) return [w];
  const box = (p: readonly OcrSymbol[]): OcrBox => ({ x0: Math.min(...p.map((x) => x.bbox.x0)), y0: Math.min(...p.map((x) => x.bbox.y0)), x1: Math.max(...p.map((x) => x.bbox.x1)), y1: Math.max(...p.map((x) => x.bbox.y1)) });
  const extra = w.baseline !== undefined ? { baseline: w.baseline } : {};
  return [
    { text: glyph, confidence: w.confidence, symbols: [{ text: glyph, bbox: first.bbox }], bbox: first.bbox, ...extra },
    { text, confidence: w.confidence, symbols: rest, bbox: box(rest), ...extra },
  ];
}

/**
 * A word whose own baseline is further than this (em) from its OCR line's sits on another printed
 * line: tesseract joined two (measured: 6 pt = 0.65 em apart in d2-013, where a cell's lines are
 * offset against the next cell's). Letters' bottoms scatter by a pixel or two (≤ 0.1 em at 200 dpi)
 * and a tilted baseline is followed by baselineAt, so a word on its line stays well under.
 */
export const WORD_BASELINE_EM = 0.3;
/** Characters whose box reaches below the baseline (descenders, commas, brackets): no baseline evidence. */
const BELOW_BASELINE = /[gjpqyQ,;()[\]{}|/@$§µ_]/u;
/** Fewest characters sitting on the baseline for a word to have a baseline of its own. */
const MIN_BASELINE_CHARS = 2;

/**
 * A word's own baseline (pixels): the lower median of its characters' bottoms, descenders and
 * punctuation left out (one stretched character box does not move it); null when the word has too
 * few such characters to tell (a bullet, "by"). A word read again on its own has its crop's.
 */
export function ownBaseline(w: OcrWord): number | null {
  if (w.baseline !== undefined) return w.baseline;
  const bottoms = (w.symbols ?? [])
    .filter((x) => !BELOW_BASELINE.test(x.text))
    .map((x) => x.bbox.y1)
    .sort((a, b) => a - b);
  if (bottoms.length < MIN_BASELINE_CHARS) return null;
  return bottoms[(bottoms.length - 1) >> 1]!;
}

/**
 * A short low-confidence word that lies mostly inside a confident word of another OCR line is that
 * word's glyph read a second time: the descender of `Objective`'s j read as `J` (confidence 44) on
 * the header line below it (d2-015), where it became a cell of its own and the header was not
 * recognised. Share of the short word's box that must lie inside the other word's.
 */
export const DUPLICATE_GLYPH_OVERLAP = 0.5;
/** Longest word (characters) that can be such a second reading. */
const DUPLICATE_GLYPH_MAX_CHARS = 2;

const boxArea = (b: OcrBox) => Math.max(0, b.x1 - b.x0 + 1) * Math.max(0, b.y1 - b.y0 + 1);
const boxOverlap = (a: OcrBox, b: OcrBox) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + 1) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + 1);

/** The page's lines without words that are a second reading of another line's glyph (DUPLICATE_GLYPH_OVERLAP). */
export function dropDuplicateGlyphs(lines: readonly OcrLine[]): OcrLine[] {
  const all = lines.flatMap((l, i) => l.words.map((w) => ({ w, i })));
  const duplicate = (w: OcrWord, i: number) =>
    [...w.text.trim()].length <= DUPLICATE_GLYPH_MAX_CHARS &&
    w.confidence < LOW_WORD_CONFIDENCE &&
    all.some((o) => o.i !== i && o.w.confidence > w.confidence && [...o.w.text.trim()].length > [...w.text.trim()].length && boxOverlap(w.bbox, o.w.bbox) >= DUPLICATE_GLYPH_OVERLAP * boxArea(w.bbox));
  return lines.map((l, i) => (l.words.some((w) => duplicate(w, i)) ? { ...l, words: l.words.filter((w) => !duplicate(w, i)) } : l));
}

/**
 * A section number in Roman numerals whose I's tesseract read as l's (`Il.` for "II.", `lll.`
 * for "III." on d3-007's Helvetica headings, where I and l are the same stroke): a word of I, l,
 * V and X with at least one l, ending in a full stop, opening its line before a capitalised word.
 * A lower-case l never stands among capital numerals, and no English word is spelt so.
 */
const ROMAN_MISREAD = /^(?=[IVX]*l)[IlVX]{1,4}\.$/;

/** `Il. Managerial` → `II. Managerial` (see ROMAN_MISREAD); other lines unchanged. */
export function fixRomanNumber(words: readonly OcrWord[]): OcrWord[] {
  const first = [...words].sort((a, b) => a.bbox.x0 - b.bbox.x0)[0];
  if (!first || !ROMAN_MISREAD.test(first.text)) return [...words];
  const next = [...words].sort((a, b) => a.bbox.x0 - b.bbox.x0)[1];
  if (!STARTS_WITH_CAPITAL.test(next?.text ?? "")) return [...words];
  const text = first.text.replace(/l/g, "I");
  const symbols = first.symbols && first.symbols.map((x) => x.text).join("") === first.text ? first.symbols.map((x) => ({ ...x, text: x.text.replace(/l/g, "I") })) : undefined;
  return words.map((w) => (w === first ? { ...w, text, ...(symbols ? { symbols } : {}) } : w));
}

/**
 * Two pieces of one word that tesseract put on two OCR lines (`humanitar` + `ian`, `e` +
 * `fficiently` on d2-004: the second piece read as a line of its own): their ink boxes touch or
 * overlap on one baseline, which no two words of a printed line do (a word space is 0.25 em).
 * Each piece's box is widened as a word's, so the pieces overlapped by a point, and lines.ts took
 * the second for a line of its own (`splitStacked`): the objective became "ian operations." The
 * first piece is made to end where the second starts, and lines.ts joins them without a space.
 * Baselines within this much (em) are one printed line (a piece's letters sit a pixel or two off).
 */
export const PIECE_BASELINE_EM = 0.2;
/** A word piece ends in a letter; the next piece goes on with a lower-case letter. */
const ENDS_WITH_LETTER = /\p{L}$/u;
const STARTS_WITH_LOWER = /^\p{Ll}/u;

/** A run placed from a word, with the OCR line it came from and its ink box (points, before widening). */
interface Placed {
  run: GlyphRun;
  word: PlacedWord;
  line: number;
  left: number;
  right: number;
  /** Height of the word's ink box (points): the aspect of a one-glyph marker reading. */
  height: number;
  /** Whether the word opens its OCR line or a cell of it, and whether it is the line's last word. */
  opens: boolean;
  last: boolean;
}

/** Joins pieces of one word read on two OCR lines (see PIECE_BASELINE_EM). */
function joinPieces(placed: readonly Placed[]): void {
  for (const a of placed) {
    if (!ENDS_WITH_LETTER.test(a.run.text)) continue;
    const b = placed.find(
      (o) =>
        o.line !== a.line &&
        STARTS_WITH_LOWER.test(o.run.text) &&
        Math.abs(o.run.baseline - a.run.baseline) <= PIECE_BASELINE_EM * Math.max(o.run.fontSize, a.run.fontSize) &&
        o.left > a.left &&
        o.left <= a.right &&
        o.right > a.right,
    );
    if (!b) continue;
    // Touching: lines.ts joins runs closer than NO_SPACE_GAP_EM without a space.
    a.run.width = Math.max(0, b.run.x - a.run.x);
    a.word.width = a.run.width;
  }
}

/**
 * A list marker tesseract read as a line of its own (`b)` before "Enhanced" on d3-007) gets the
 * size and baseline of that line's box: the brackets make its row 11.6 pt high in a 9.5 pt face
 * (over SIZE_SNAP, so it keeps that size) and pull its baseline 1.4–1.7 pt below the printed one.
 * It still joins its item's line, but as the line's largest text it sets the line's size, and a
 * neighbouring column's line 2 pt higher (borderless, cells not aligned) then measured as a
 * superscript (smaller than 0.85 of the main size, raised 0.19 em): "accordance with the" was cut
 * into three one-word segments and "the" went into the marker's cell. A marker alone on its OCR
 * line takes the size and baseline of the text it opens: the first run to its right within
 * MARKER_TEXT_GAP_EM, on another OCR line, whose baseline is within MARKER_BASELINE_EM.
 */
export const MARKER_BASELINE_EM = 0.3;
const MARKER_TEXT_GAP_EM = 3;
const MARKER_ONLY = new RegExp(String.raw`^(?:${LIST_NUMBER}|${GLYPH_CLASS}|[o\u2013-])$`, "u");

/**
 * Bold text on a scan. OCR gives no font, and bold carries structure the table reader uses (a
 * bold spanning objective row, a bold heading above the next table: d7-015's objectives, one
 * spanning row each, were all lost). Bold strokes are thicker: the median horizontal ink run of a
 * word (image-rules strokeWidthOf) measured 5–7 px against 3 px for the regular text of the same
 * page at 200 dpi (d7-015's Garamond, d7-006's Calibri), 4 against 3 on a noisy grey-paper
 * Chromium scan (d2-015). A word is bold when its stroke is at least BOLD_STROKE_RATIO of the
 * page's body stroke (the median over words, weighted by length) and at least a pixel more.
 * Words shorter than BOLD_MIN_CHARS (a bullet, "of") take their OCR line's median: too few stems
 * to measure alone.
 */
export const BOLD_STROKE_RATIO = 1.3;
const BOLD_MIN_CHARS = 3;
/** Fewest measured words on a page for a body stroke: a page of a few words has no "regular" to compare with. */
const BOLD_MIN_WORDS = 20;

function markBold(placed: readonly Placed[], strokeOf: (box: OcrBox) => number, scale: number): void {
  const measured = placed.map((p) => ({ p, n: [...p.run.text].length, stroke: [...p.run.text].length >= BOLD_MIN_CHARS ? strokeOf({ x0: p.left / scale, y0: p.word.top / scale, x1: p.right / scale - 1, y1: p.run.baseline / scale }) : 0 }));
  const weighted = measured.filter((m) => m.stroke > 0).sort((a, b) => a.stroke - b.stroke);
  if (weighted.length < BOLD_MIN_WORDS) return;
  const half = weighted.reduce((k, m) => k + m.n, 0) / 2;
  let acc = 0;
  let body = 0;
  for (const m of weighted) {
    acc += m.n;
    if (acc >= half) {
      body = m.stroke;
      break;
    }
  }
  if (body <= 0) return;
  const isBold = (stroke: number) => stroke >= BOLD_STROKE_RATIO * body && stroke >= body + 1;
  const byLine = new Map<number, number[]>();
  for (const m of measured) if (m.stroke > 0) byLine.set(m.p.line, [...(byLine.get(m.p.line) ?? []), m.stroke]);
  const lineStroke = (line: number) => {
    const s = [...(byLine.get(line) ?? [])].sort((a, b) => a - b);
    return s.length ? s[s.length >> 1]! : 0;
  };
  for (const m of measured) m.p.run.bold = isBold(m.stroke > 0 ? m.stroke : lineStroke(m.p.line));
}

/** Width / height of a word's pixel box. */
const aspectOf = (w: OcrWord) => (w.bbox.x1 - w.bbox.x0 + 1) / (w.bbox.y1 - w.bbox.y0 + 1);
/** Whether a gap (em) between a one-glyph reading and the word after it is a hanging indent (MARKER_INDENT_GAP_EM). */
const indentGap = (gapEm: number) => gapEm >= MARKER_INDENT_GAP_EM[0] && gapEm <= MARKER_INDENT_GAP_EM[1];
/**
 * Whether an arrow reading (`>`, `»`, `›`) that opens a cell is the ➢ bullet: before a word, or
 * before a number when its box is wide (ARROW_MIN_ASPECT) or the number stands at a hanging
 * indent (MARKER_INDENT_GAP_EM: "» 39 cooperation agreements" on d7-012, a 0.98 em gap).
 */
function arrowMarker(aspect: number, next: string, gapEm: number): boolean {
  return STARTS_WITH_LETTER.test(next) || aspect >= ARROW_MIN_ASPECT || indentGap(gapEm);
}
/**
 * Whether a zero or O reading that opens a cell is Word's round `o` bullet: round
 * (O_BULLET_MIN_ASPECT), before a capitalised word or at a hanging indent before any word
 * ("0 34 cooperation agreements" on d7-006).
 */
function roundMarker(aspect: number, next: string, gapEm: number): boolean {
  return aspect >= O_BULLET_MIN_ASPECT && (STARTS_WITH_CAPITAL.test(next) || indentGap(gapEm));
}

/**
 * A marker reading that ends its OCR line in a cell of its own (alone on the line, or after a cell
 * gap: tesseract read the bullet's ink with the neighbouring column's line, or the re-read of
 * missed ink found it — `0` at confidence 57 for Word's `o` on d7-006) is judged like one opening
 * a cell before its text, against the text it opens on another OCR line: the first run to its
 * right within MARKER_TEXT_GAP_EM whose baseline is within MARKER_BASELINE_EM. Left as read, it
 * became part of the item above ("… by 3 countries 0 Development plans").
 */
function readLoneMarkers(placed: readonly Placed[], lineSizes: ReadonlyMap<number, number>): void {
  for (const m of placed) {
    if (!(lineSizes.get(m.line) === 1 || (m.opens && m.last)) || !(ARROW_READING.test(m.run.text) || O_READING.test(m.run.text))) continue;
    const size = m.run.fontSize;
    const text = placed
      .filter((o) => o.line !== m.line && o.left > m.right && o.left - m.right <= MARKER_TEXT_GAP_EM * size && Math.abs(o.run.baseline - m.run.baseline) <= MARKER_BASELINE_EM * size)
      .sort((a, b) => a.left - b.left)[0];
    if (!text) continue;
    const aspect = (m.right - m.left) / Math.max(m.height, 1e-6);
    const gapEm = (text.left - m.right) / size;
    const marker = ARROW_READING.test(m.run.text) ? (arrowMarker(aspect, text.run.text, gapEm) ? ARROW_BULLET : null) : roundMarker(aspect, text.run.text, gapEm) ? "o" : null;
    if (marker === null) continue;
    m.run.text = marker;
    m.word.text = marker;
  }
}

/**
 * The same for a marker tesseract put on a neighbouring column's OCR line set half a line higher
 * (vertically centred cells: `b)` of d7-006 read with "capacity of member States", 5.5 pt above
 * its item "Energy policies revised"): too short to have a baseline of its own (ownBaseline), it
 * took that line's, and its ink hangs below it — the middle of its box is under the baseline it
 * was given, where the ink of a glyph on its line never is. Such a sunk marker takes the baseline
 * of the text it opens: the first run to its right within MARKER_TEXT_GAP_EM, on another OCR line,
 * whose baseline lies between the marker's middle and MARKER_BASELINE_EM below its bottom.
 */
function alignMarkers(placed: readonly Placed[], lineSizes: ReadonlyMap<number, number>): void {
  for (const m of placed) {
    if (!MARKER_ONLY.test(m.run.text)) continue;
    const size = m.run.fontSize;
    const middle = m.word.top + m.height / 2;
    const sunk = middle > m.run.baseline;
    if (lineSizes.get(m.line) !== 1 && !sunk) continue;
    const near = (o: Placed) =>
      sunk
        ? o.run.baseline >= middle && o.run.baseline <= m.word.top + m.height + MARKER_BASELINE_EM * size
        : Math.abs(o.run.baseline - m.run.baseline) <= MARKER_BASELINE_EM * size;
    const text = placed
      .filter((o) => o.line !== m.line && o.left > m.right && o.left - m.right <= MARKER_TEXT_GAP_EM * size && near(o))
      .sort((a, b) => a.left - b.left)[0];
    if (!text) continue;
    m.run.baseline = text.run.baseline;
    m.word.baseline = text.run.baseline;
    m.run.fontSize = text.run.fontSize;
    m.word.fontSize = text.run.fontSize;
  }
}

/**
 * A horizontal table rule that tesseract read as a line of words (dev-019, ruled, noisy: `TT r e
 * se ee a ——` at confidence 0–41 across a row border, boxes 2 px tall on the rule or ~1.4 em tall
 * centred on it); they became items (`TT r`) and tails of cells (`e se`, `Toe 140 days`). A word
 * read with less than LOW_WORD_CONFIDENCE that a found horizontal rule runs through, end to end
 * (RULE_THROUGH_MARGIN_PT), in the middle half of its height — or along a box no taller than
 * FLAT_WORD_PT — is the rule. Printed words sit between rules, never on one.
 */
const RULE_THROUGH_MARGIN_PT = 1;
const FLAT_WORD_PT = 1.5;

/** Whether a horizontal rule runs through the word's box (points) as a rule read as glyphs does. */
export function onHorizontalRule(left: number, right: number, top: number, bottom: number, rules: readonly Rule[]): boolean {
  const h = bottom - top;
  return rules.some((r) => {
    if (r.y1 !== r.y2 || r.x1 > left + RULE_THROUGH_MARGIN_PT || r.x2 < right - RULE_THROUGH_MARGIN_PT) return false;
    return h <= FLAT_WORD_PT ? Math.abs(r.y1 - (top + bottom) / 2) <= FLAT_WORD_PT : r.y1 >= top + h / 4 && r.y1 <= bottom - h / 4;
  });
}

/**
 * A filled bullet read as a sign (dev-016, grey paper, 0.9° askew: `+ More`, `« Improved`,
 * `(€) Endorsement`) and not found by its shape: alone, opening a cell or after a word that ends a
 * sentence (two items tesseract joined into one line), and before a capitalised word, it is the
 * item's bullet. None of these signs stands so in prose ("+ 5 %" is before a number).
 */
const BULLET_BETWEEN_ITEMS = /^(?:[«»+*·©®°]|\(€\))$/u;
const SENTENCE_END = /[.;:]$/;

/** A vertical rule runs through the box [left, right] at height y. */
function crossedByRule(left: number, right: number, y: number, rules: readonly Rule[]): boolean {
  return rules.some((r) => r.x1 === r.x2 && r.y1 <= y && r.y2 >= y && r.x1 > left + CROSS_MARGIN_PT && r.x1 < right - CROSS_MARGIN_PT);
}

/**
 * A column of bullets down a table (one before each item of a cell, the same x) can be taken by
 * tesseract for one line of vertical text: its "baseline" runs down the page and each bullet is
 * read turned a quarter (➢ as `V`, two close bullets as `VV`; d2-003's measures column). Such a
 * line's words are bullets when every glyph is one of these readings and bullet-sized; each
 * becomes a one-word line of its own on the baseline of the text line it stands before.
 */
const TURNED_BULLET = /^[VvA<>^»«›‹•·*+°©®]$/;
/** Turned readings of an arrowhead (the others are a round or square bullet). */
const TURNED_ARROW = /^[VvA<>^»«›‹]$/;
/** A bullet is no larger than this (em) either way (➢ in Wingdings fills an em: 20 px of a 22.7 px em on d2-003). */
const TURNED_BULLET_MAX_EM = 1;
/** How far (em) right of a bullet its item's text may start. */
const BULLET_TEXT_GAP_EM = 3;

/** Whether tesseract read the line as vertical text (its baseline runs down the page). */
function isVertical(line: OcrLine): boolean {
  const b = line.baseline;
  return b !== undefined && Math.abs(b.y1 - b.y0) > 2 * Math.abs(b.x1 - b.x0);
}

/**
 * The page's lines with vertical lines of bullets (see TURNED_BULLET) replaced by one line per
 * bullet; any other vertical line is left as it is. Character boxes of vertical text are in the
 * turned image tesseract read: a character's x there is (a constant) − its y on the page.
 */
export function uprightBullets(lines: readonly OcrLine[]): OcrLine[] {
  const horizontal = lines.filter((l) => !isVertical(l));
  const out: OcrLine[] = [];
  for (const line of lines) {
    if (!isVertical(line)) {
      out.push(line);
      continue;
    }
    const em = (line.rowAttributes?.rowHeight ?? line.bbox.x1 - line.bbox.x0) / ROW_HEIGHT_EM;
    const glyphs: Array<{ text: string; confidence: number; bbox: OcrBox }> = [];
    let bullets = true;
    for (const w of line.words) {
      const symbols = w.symbols ?? [];
      if (symbols.length === 0 || symbols.map((x) => x.text).join("") !== w.text) {
        bullets = false;
        break;
      }
      const turn = w.bbox.y1 + Math.min(...symbols.map((x) => x.bbox.x0));
      for (const x of symbols) {
        const bbox = { x0: w.bbox.x0, x1: w.bbox.x1, y0: turn - x.bbox.x1, y1: turn - x.bbox.x0 };
        if (!TURNED_BULLET.test(x.text) || bbox.x1 - bbox.x0 + 1 > TURNED_BULLET_MAX_EM * em || bbox.y1 - bbox.y0 + 1 > TURNED_BULLET_MAX_EM * em) bullets = false;
        glyphs.push({ text: TURNED_ARROW.test(x.text) ? ARROW_BULLET : BULLET, confidence: w.confidence, bbox });
      }
    }
    if (!bullets || glyphs.length === 0) {
      out.push(line);
      continue;
    }
    for (const g of glyphs) {
      const middle = (g.bbox.y0 + g.bbox.y1) / 2;
      const host = horizontal.find((h) => h.bbox.y0 <= middle && h.bbox.y1 >= middle && h.bbox.x1 > g.bbox.x1 && h.words.some((w) => w.bbox.x0 >= g.bbox.x1 && w.bbox.x0 - g.bbox.x1 <= BULLET_TEXT_GAP_EM * em));
      const base = host ? baselineAt(host, g.bbox.x1) : g.bbox.y1;
      out.push({ bbox: g.bbox, baseline: { x0: g.bbox.x0, y0: base, x1: g.bbox.x1, y1: base }, rowAttributes: host?.rowAttributes ?? line.rowAttributes ?? {}, words: [g] });
    }
  }
  return out;
}

/**
 * Words of one page → glyph runs in page points (`scale` points per pixel). Noise words (rule
 * pieces, specks) are dropped; rule glyphs at a word's edge next to a found rule are stripped.
 * `inkShare` (the share of a pixel box of the recognised image that is ink) lets filled bullets
 * read as letters be recognised by their shape.
 */
export function wordsToRuns(blocks: readonly OcrBlock[], scale: number, rules: readonly Rule[] = [], inkShare?: (box: OcrBox) => number, strokeOf?: (box: OcrBox) => number): WordsResult {
  const runs: GlyphRun[] = [];
  const words: PlacedWord[] = [];
  let weighted = 0;
  let chars = 0;
  const lines = dropDuplicateGlyphs(uprightBullets(blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines))));
  const placed: Placed[] = [];
  const lineSizes = new Map<number, number>();
  const sizes = lines.map((line) => ((line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0) * scale) / ROW_HEIGHT_EM);
  const body = dominantSize(lines, sizes);
  lines.forEach((line, i) => {
    const raw = sizes[i]!;
    let fontSize = Math.round((body !== null && Math.abs(raw - body) <= SIZE_SNAP * body ? body : raw) * 100) / 100;
    const lineWords = fixRomanNumber(splitPageOf(
      line.words
        .flatMap((w) => splitAtGaps(w, fontSize / scale))
        .flatMap((w, k, all) => (inkShare && opensCellPx(w, all, (SEGMENT_GAP_EM * fontSize) / scale) ? splitGluedBullet(w, fontSize / scale, inkShare) : [w]))
        .flatMap((w) => splitGlued(w, fontSize / scale))
        .flatMap((w) => (inkShare ? splitGluedByInk(w, fontSize / scale, inkShare) : [w]))
        .map((w) => fixConfusions(w, fontSize / scale)),
    ));
    const inOrder = [...lineWords].sort((a, b) => a.bbox.x0 - b.bbox.x0);
    // Baselines (pixels): the line's, unless tesseract put words of two printed lines into one
    // (cells side by side whose lines are offset by half a line): then a word sitting off the
    // line's baseline keeps its own, and a word too short to tell (a bullet) the next word's.
    // One baseline for the whole OCR line (taken at its middle), not the sloped segment at each
    // word: the page is deskewed, and what slope is left (0.3 pt across a cell on dev-008) was
    // enough to put a line's last word within lines.ts's tolerance of a neighbouring cell's line
    // set 5 pt higher (vertically centred cells), which took it ("United", "with the").
    const middle = baselineAt(line, (line.bbox.x0 + line.bbox.x1) / 2);
    const lineBase = (_w: OcrWord) => middle;
    const own = new Map(inOrder.map((w) => [w, ownBaseline(w)] as const));
    const off = (w: OcrWord) => {
      const b = own.get(w);
      return b !== null && b !== undefined && Math.abs(b - lineBase(w)) * scale > WORD_BASELINE_EM * (body ?? fontSize);
    };
    const merged = inOrder.some(off);
    // A merged line's row height spans both printed lines: it says nothing of the font size.
    if (merged && body !== null) fontSize = body;
    const basePx = new Map<OcrWord, number>();
    for (let k = inOrder.length - 1; k >= 0; k--) {
      const w = inOrder[k]!;
      const next = inOrder[k + 1];
      const b = own.get(w);
      basePx.set(w, off(w) ? b! : merged && (b === null || b === undefined) && next ? basePx.get(next)! : lineBase(w));
    }
    const bearing = SIDE_BEARING_EM * fontSize;
    // Widening allowed on each side of each word: up to half the gap beyond the minimum word gap.
    const room = (gapPx: number) => Math.min(bearing, Math.max(0, (gapPx * scale - MIN_WORD_GAP_EM * fontSize) / 2));
    const em = fontSize / scale;
    // Closer than the minimum word gap to the next word (LSTM word boxes can run over it: "of"
    // over the "2" of "Page 2 of 2", which lines.ts would then stack as two lines), a word's right
    // edge is pulled back to leave that gap, by at most half its width.
    const rightEdgeRoom = (w: OcrWord, next: OcrWord) => {
      const gap = (next.bbox.x0 - w.bbox.x1 - 1) * scale;
      const min = MIN_WORD_GAP_EM * fontSize;
      return gap >= min ? room(next.bbox.x0 - w.bbox.x1 - 1) : Math.max(gap - min, (-(w.bbox.x1 - w.bbox.x0 + 1) * scale) / 2);
    };
    const leftRoom = new Map<OcrWord, number>();
    const rightRoom = new Map<OcrWord, number>();
    // A word opens a line or a cell: nothing before it on the line within a cell gap
    // (SEGMENT_GAP_EM), or a vertical rule between it and the word before. A "word" that is only
    // a rule read as glyphs (`|` for the border right before a cell's bullet, dev-005) is no word.
    const opensCell = (w: OcrWord) => {
      const k = inOrder.indexOf(w);
      const before = inOrder.slice(0, k).filter((x) => !RULE_ONLY.test(x.text.trim()));
      const prev = before[before.length - 1];
      if (!prev) return true;
      const y = ((w.bbox.y0 + w.bbox.y1) / 2) * scale;
      const ruleBetween = rules.some((r) => r.x1 === r.x2 && r.y1 <= y && r.y2 >= y && r.x1 >= prev.bbox.x1 * scale && r.x1 <= w.bbox.x0 * scale);
      return ruleBetween || (w.bbox.x0 - prev.bbox.x1) * scale > SEGMENT_GAP_EM * fontSize;
    };
    const nextOf = (w: OcrWord) => inOrder[inOrder.indexOf(w) + 1];
    const prevOf = (w: OcrWord) => inOrder[inOrder.indexOf(w) - 1];
    inOrder.forEach((w, k) => {
      const prev = inOrder[k - 1];
      const next = inOrder[k + 1];
      leftRoom.set(w, prev ? room(w.bbox.x0 - prev.bbox.x1 - 1) : bearing);
      rightRoom.set(w, next ? rightEdgeRoom(w, next) : bearing);
    });
    for (const w of lineWords) {
      const left = w.bbox.x0 * scale;
      const right = (w.bbox.x1 + 1) * scale;
      if (w.raised) {
        // A footnote call: its ink is a figure's height; it sits on its own (raised) baseline.
        const size = Math.round((((w.bbox.y1 - w.bbox.y0 + 1) * scale) / CALL_INK_EM) * 100) / 100;
        const text = w.text.trim();
        const baseline = (w.bbox.y1 + 1) * scale;
        runs.push({ text, x: left, baseline, width: right - left, fontSize: size, bold: false });
        words.push({ text, x: left, width: right - left, baseline, top: w.bbox.y0 * scale, fontSize: size, confidence: w.confidence });
        weighted += w.confidence * text.length;
        chars += text.length;
        continue;
      }
      const baseline = basePx.get(w)! * scale;
      if ([...w.text.trim()].length <= MAX_CROSSED_WORD_CHARS && crossedByRule(left, right, (w.bbox.y0 + w.bbox.y1) / 2 * scale, rules)) continue;
      if (w.confidence < LOW_WORD_CONFIDENCE && onHorizontalRule(left, right, w.bbox.y0 * scale, (w.bbox.y1 + 1) * scale, rules)) continue;
      let text = stripRuleGlyphs(w.text.trim(), left, right, rules);
      const floating = baseline - (w.bbox.y1 + 1) * scale >= BULLET_RAISE_EM * fontSize && (w.bbox.y1 - w.bbox.y0 + 1) * scale <= BULLET_MAX_HEIGHT_EM * fontSize;
      if (([...text].length === 1 && floating) || (inkShare && text !== BULLET && isSolidBullet(w, em, inkShare))) text = BULLET;
      else if (ARROW_READING.test(text) && opensCell(w) && nextOf(w) && arrowMarker(aspectOf(w), nextOf(w)!.text, ((nextOf(w)!.bbox.x0 - w.bbox.x1 - 1) * scale) / fontSize)) text = ARROW_BULLET;
      else if (O_READING.test(text) && opensCell(w) && nextOf(w) && roundMarker(aspectOf(w), nextOf(w)!.text, ((nextOf(w)!.bbox.x0 - w.bbox.x1 - 1) * scale) / fontSize)) text = "o";
      else if (BULLET_BETWEEN_ITEMS.test(text) && (opensCell(w) || SENTENCE_END.test(prevOf(w)?.text ?? "")) && STARTS_WITH_CAPITAL.test(nextOf(w)?.text ?? "")) text = BULLET;
      else if (inkShare && opensCell(w) && STARTS_WITH_CAPITAL.test(nextOf(w)?.text ?? "")) text = hollowBullet(w, em, inkShare) ?? text;
      if (NOISE_WORD.test(text)) continue;
      if (w.confidence < SPECK_CONFIDENCE && text !== BULLET && text !== ARROW_BULLET && !HAS_LETTER_OR_DIGIT.test(text)) continue;
      const x = left - leftRoom.get(w)!;
      const width = right + rightRoom.get(w)! - x;
      const run: GlyphRun = { text, x, baseline, width, fontSize, bold: false };
      const word: PlacedWord = { text, x, width, baseline, top: w.bbox.y0 * scale, fontSize, confidence: w.confidence };
      runs.push(run);
      words.push(word);
      placed.push({ run, word, line: i, left, right, height: (w.bbox.y1 - w.bbox.y0 + 1) * scale, opens: opensCell(w), last: nextOf(w) === undefined });
      lineSizes.set(i, (lineSizes.get(i) ?? 0) + 1);
      weighted += w.confidence * text.length;
      chars += text.length;
    }
  });
  if (strokeOf) markBold(placed, strokeOf, scale);
  joinPieces(placed);
  readLoneMarkers(placed, lineSizes);
  alignMarkers(placed, lineSizes);
  return { runs, words, meanConfidence: chars === 0 ? null : weighted / chars };
}

/** The body text size of a page: the median line size, weighted by characters; rounded to 0.5 pt (sizes are set so). */
function dominantSize(lines: readonly OcrLine[], sizes: readonly number[]): number | null {
  const weighted = lines.map((l, i) => ({ size: sizes[i]!, n: l.words.reduce((k, w) => k + w.text.length, 0) })).filter((x) => x.n > 0);
  if (weighted.length === 0) return null;
  weighted.sort((a, b) => a.size - b.size);
  const half = weighted.reduce((k, x) => k + x.n, 0) / 2;
  let acc = 0;
  for (const x of weighted) {
    acc += x.n;
    if (acc >= half) return Math.round(x.size * 2) / 2;
  }
  return null;
}
