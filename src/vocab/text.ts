import { resolveLigatures } from "./ligatures.js";

/**
 * Text hygiene shared by every stage: one whitespace normaliser and one repair of text-layer
 * artefacts (ligatures, soft hyphens, no-break spaces and hyphens), so extracted text compares
 * the same whatever the producer.
 */

/**
 * Words after which a sentence goes on (articles, prepositions, conjunctions): what a name follows
 * inside a sentence ("in Latin America", "the Council"). A capital after any other word of a
 * sentence is more often a new sentence or cell than a name.
 */
/**
 * A word's case at its opening, one table for the readers of src/tables (session 51: the same three
 * literals were written inline ~20 times across index.ts, columns.ts, stream-order.ts,
 * reading-order.ts, textSpacing.ts and gluedCapital.ts). No `g` or `y` flag: `.test` keeps no state.
 */
/** Opens in lower case: a sentence's word going on, not a cell's or an item's first. */
export const LOWER_OPENING = /^\p{Ll}/u;
/** A capital followed by a lower-case letter: a capitalised word (a cell's first word, a name). */
export const CAPITAL_WORD = /^\p{Lu}\p{Ll}/u;
/** A word of lower-case letters only (no punctuation, no figure). */
export const LOWER_LETTERS_WORD = /^\p{Ll}+$/u;

export const BEFORE_NAME = /^(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|among|between|into|under|across|through|within|its|their|his|her)$/i;

/**
 * Single spaces, no leading or trailing space. JavaScript's \s already covers the no-break and
 * fixed-width spaces (U+00A0, U+2000–U+200A, U+202F). A zero-width space (U+200B) is not a word
 * gap: repairText, which every extractor applies, removes it, so it never reaches this function.
 */
export function normalizeSpace(s: string): string {
  // What `s.replace(/\s+/g, " ").trim()` gives, by one scan of the char codes: the pieces between
  // gaps that are not one plain space, joined by single spaces. A text-grid line holds runs of
  // spaces between its cells, and the regex replace was most of the classifier's line reading.
  const n = s.length;
  let i = 0;
  while (i < n && isJsSpace(s.charCodeAt(i))) i++;
  let start = i;
  let parts: string[] | null = null;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isJsSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isJsSpace(s.charCodeAt(j))) j++;
    if (j === n) break; // trailing white space: trimmed
    if (c !== 0x20 || j > i + 1) {
      (parts ??= []).push(s.slice(start, i));
      start = j;
    }
    i = j;
  }
  const last = s.slice(start, i);
  if (parts === null) return last;
  parts.push(last);
  return parts.join(" ");
}

/**
 * A UTF-16 unit that JavaScript's \s matches (its WhiteSpace and LineTerminator characters), for
 * scanners that split text into words by char codes instead of a /\S+/g match object per word.
 */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Characters of `text` as its string iterator counts them (`[...text].length`: a surrogate pair
 * is one, a lone surrogate one), without building the array: this runs for every word and line.
 */
export function charCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Ligature code points → their letters (PDF fonts and some word processors emit them). */
const LIGATURES: Readonly<Record<string, string>> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};
const LIGATURE_RE = /[\uFB00-\uFB06]/g;
/** No-break and other fixed-width spaces print as spaces. */
const SPACES_RE = /[\u00A0\u2007\u202F\u2000-\u200A]/g;
/** Non-breaking hyphen (U+2011) and hyphen (U+2010) print as "-". */
const HYPHENS_RE = /[\u2010\u2011]/g;
/**
 * A soft hyphen at a line end is where the word was broken, and prints as a hyphen: it becomes
 * "-", so the line joiner repairs the word like any hyphenated line end ("deve-" + "lopment").
 * So does one before a space: a discretionary hyphen only ever stands inside a word, so with a
 * space after it the word was broken there — a table cell's line end in layout text, where
 * pdftotext sets the next column's text on the same line ("con\u00AD   (b) Briefings …" / "cerned").
 */
const SOFT_HYPHEN_AT_END_RE = /\u00AD(?=[ \t\r\n]|$)/g;
/** Elsewhere a soft hyphen is invisible, never part of the word; zero-width characters likewise. */
const INVISIBLE_RE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;

/**
 * Repair text-layer artefacts without changing what the text says. Smart quotes stay as printed
 * (compare them folded, see normalize/). Returns the same string when there is nothing to repair.
 */
export function repairText(input: string): string {
  const s = resolveLigatures(repairSwappedLigatures(input));
  if (!/[\uFB00-\uFB06\u00A0\u2007\u202F\u2000-\u200A\u2010\u2011\u00AD\u200B-\u200D\u2060\uFEFF]/.test(s)) return s;
  return s
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(SPACES_RE, " ")
    .replace(HYPHENS_RE, "-")
    .replace(SOFT_HYPHEN_AT_END_RE, "-")
    .replace(INVISIBLE_RE, "");
}

/**
 * The words a text layer broke at a discretionary hyphen at a line end (lower case, the letters
 * before the break: "stock" of "Stock\u00AD" / "holm"), less any it also breaks at a printed
 * hyphen at a line end. `repairText` prints both kinds as "-", so the table joiner cannot tell
 * them apart by the text; the producer said which one it was. A soft hyphen stands where the
 * typesetter hyphenated a word the author wrote closed, so the word is mended without it
 * ("Stockholm", "cooperation"), whatever a dictionary or the UN's compounds say of its halves; a
 * stem broken both ways in one document ("co\u00AD" + "operation", "co-" + "chairs") is no evidence.
 * `texts` are the raw pieces before repair (a file's text, a PDF page's glyph runs); a run's end is
 * a line's or a cell's end. WeasyPrint's soft hyphen before the hyphen it prints at the break
 * ("\u00AD\u2010", repairShiftedSoftHyphens) counts as soft.
 */
export function softBrokenWords(texts: Iterable<string>): string[] {
  return softOnly(lineEndBreaks(texts));
}
/** The words broken at a line end in some raw texts, by the kind of hyphen (softBrokenWords). */
export interface LineEndBreaks {
  soft: Set<string>;
  printed: Set<string>;
}
/** Adds the line-end breaks of `texts` to `into` (a PDF adds each page's runs to the document's). */
export function lineEndBreaks(texts: Iterable<string>, into: LineEndBreaks = { soft: new Set(), printed: new Set() }): LineEndBreaks {
  for (const raw of texts) {
    if (!MAY_BREAK_RE.test(raw)) continue;
    addLineEndBreaks(repairShiftedSoftHyphens(raw), into);
  }
  return into;
}
/**
 * The matches of SOFT_BREAK_RE and PRINTED_BREAK_RE in `text`, found from their hyphens instead
 * of trying both look-behind patterns at every character (they ran over every text document and
 * every PDF run). Either break ends a run of letters and soft hyphens, and its hyphen is that run's
 * last unit or the unit after it: a hyphen before a space or the end, after a letter, is a
 * printed break of the whole run before it; a soft hyphen ending a run, after a letter, with a
 * space, the end, or a printed hyphen and then a space or the end after it, a soft one.
 */
function addLineEndBreaks(text: string, into: LineEndBreaks): void {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2d && c !== 0x2010 && c !== 0x2011 && c !== 0xad) continue;
    if (!isAsciiLetter(text.charCodeAt(i - 1))) continue;
    let after = i + 1;
    // WeasyPrint's printed hyphen after the soft one ("\u00AD\u2010", not U+2011) belongs to the
    // soft break when a space or the end follows it.
    if (c === 0xad && after < text.length) {
      const n = text.charCodeAt(after);
      if ((n === 0x2d || n === 0x2010) && (after + 1 === text.length || isBreakSpace(text.charCodeAt(after + 1)))) after++;
    }
    if (after < text.length && !isBreakSpace(text.charCodeAt(after))) continue;
    let start = i - 1;
    while (start > 0 && (isAsciiLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0xad)) start--;
    (c === 0xad ? into.soft : into.printed).add(brokenWord(text.slice(start, i)));
    i = after;
  }
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/** The look-ahead of the break patterns: [ \t\r\n]. */
function isBreakSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}
/** The words broken at a soft hyphen and never at a printed one, sorted. */
export function softOnly(breaks: LineEndBreaks): string[] {
  return [...breaks.soft].filter((w) => !breaks.printed.has(w)).sort();
}
/** A Layout's `softBroken` field for a document's line-end breaks: absent when no word was broken at a soft hyphen only. */
export function softBrokenField(breaks: LineEndBreaks): { softBroken?: string[] } {
  const words = softOnly(breaks);
  return words.length > 0 ? { softBroken: words } : {};
}
/**
 * Letters, a soft hyphen (with WeasyPrint's printed one after it), then a line end or a space (a
 * column's gap in layout text). The word may hold further soft hyphens (a source that marks every
 * hyphenation point): they are dropped from it, as repairText drops them. The specification of
 * `addLineEndBreaks`' soft breaks (its group is the word), which a test holds it to.
 */
export const SOFT_BREAK_RE = /(?<![A-Za-z\u00AD])([A-Za-z\u00AD]*[A-Za-z])\u00AD[\u2010-]?(?=[ \t\r\n]|$)/g;
/** A piece that may hold a line-end hyphen of either kind (a soft one, WeasyPrint's shifted one, a printed one). */
const MAY_BREAK_RE = /[\u00AD\uAD00-\uADFF\u2010\u2011-]/;
/** The letters before a break as the joiner sees them: lower case, inner soft hyphens dropped. */
function brokenWord(letters: string): string {
  return letters.replace(/\u00AD/g, "").toLowerCase();
}
/** Letters and a printed hyphen, not after a soft one, at a line end or before a space (`addLineEndBreaks`' printed breaks' specification). */
export const PRINTED_BREAK_RE = /(?<![A-Za-z\u00AD])([A-Za-z\u00AD]*[A-Za-z])[\u2010\u2011-](?=[ \t\r\n]|$)/g;

/**
 * Ghostscript's pdfwrite (seen in 10.00, the version Debian 12 ships; used by "print to PDF" on
 * Linux, PDF shrinkers and archiving pipelines) rewrites the ToUnicode entry of a ligature glyph
 * wrongly: the letters come out as UTF-16 code units with their bytes swapped, "fi" as U+6600
 * U+6900 (printed "昀椀"), "ff" as U+6600 U+6600, "fl" as U+6600 U+6C00, and for a three-letter
 * ligature the second unit holds the sum of the last two letters ("ffi": U+6600 U+CF00, as
 * 0x66 + 0x69 = 0xCF). Only the f-ligatures exist, so a pair opening with U+6600 inside a Latin word
 * (a Latin letter before or after it) is read back; CJK text, where these are rare ideographs and a
 * Hangul syllable, is left alone because it has no Latin letter beside the pair.
 */
const SWAPPED_LIGATURE_RE = /(?<=[A-Za-z])\u6600([\u0000-\uffff])|\u6600([\u0000-\uffff])(?=[A-Za-z])/g;
const SWAPPED_F = 0x66;

function repairSwappedLigatures(input: string): string {
  const s = repairShiftedSoftHyphens(input);
  if (!s.includes("\u6600")) return s;
  return s.replace(SWAPPED_LIGATURE_RE, (pair: string, a: string | undefined, b: string | undefined) => {
    const code = (a ?? b ?? "").charCodeAt(0);
    if ((code & 0xff) !== 0) return pair;
    const high = code >> 8;
    if (isLowerAscii(high)) return "f" + String.fromCharCode(high);
    if (isLowerAscii(high - SWAPPED_F)) return "ff" + String.fromCharCode(high - SWAPPED_F);
    return pair;
  });
}

/**
 * The same rewrite of a two-character entry that opens with a soft hyphen (WeasyPrint maps the
 * glyph after a hyphenation point to "\u00AD" + the letter, and the hyphen it prints at a break
 * to "\u00AD\u2010"): the bytes come out shifted by one, 00 AD 20 10 → U+AD20 U+1020, 00 AD 00 6C
 * → U+AD00 U+6C00 (printed "괠က", "관氀"). Read back as the letter, or the hyphen, beside a Latin
 * letter; the soft hyphen is left for repairText to drop or turn into a line-end hyphen.
 */
const SHIFTED_SOFT_HYPHEN_RE = /(?<=[A-Za-z])[\uAD00-\uADFF][\u0000-\uffff]|[\uAD00-\uADFF][\u0000-\uffff](?=[A-Za-z])/g;

function repairShiftedSoftHyphens(s: string): string {
  if (!/[\uAD00-\uADFF]/.test(s)) return s;
  return s.replace(SHIFTED_SOFT_HYPHEN_RE, (pair: string) => {
    const a = pair.charCodeAt(0);
    const b = pair.charCodeAt(1);
    const second = ((a & 0xff) << 8) | (b >> 8);
    const letter = isLowerAscii(second | 0x20) && (second & 0xff00) === 0;
    return letter || second === 0x2010 || second === 0x2011 ? "\u00AD" + String.fromCharCode(second) : pair;
  });
}

function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** `text` as a regular expression source matching it literally (every pattern character escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
