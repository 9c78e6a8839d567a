import { normalizeSpace } from "../vocab/text.js";

/**
 * Folding for case- and hyphen-insensitive matching that still maps back to the original offsets:
 * lower case, hyphens dropped ("Peace-building" = "Peacebuilding"), runs of white space (line
 * breaks, tabs) as one space, curly apostrophes as straight ones.
 */
export interface FoldedText {
  text: string;
  /** map.at(i) = offset in the original text of folded character i (0 <= i < text.length). */
  map: FoldOffsets;
}

/**
 * Where each folded character came from, as runs of constant shift: folding only drops
 * characters (collapsed white space, hyphens and the line breaks after them), so the shift from a
 * folded offset to its original one never falls, and it changes only after a dropped character.
 * One entry per run (8 bytes) where a map per character took 4 bytes a character: 12.9 M
 * characters of a 4,000-page dense PDF held ~52 MB through the whole entities stage.
 */
export class FoldOffsets implements Iterable<number> {
  /** The run the last look-up fell in: the scans ask in ascending order, mostly. */
  private last = 0;
  constructor(
    /** The folded text's length. */
    readonly length: number,
    /** runStarts[r]: the folded offset where run r begins (ascending, runStarts[0] = 0). */
    private readonly runStarts: Int32Array,
    /** runShifts[r]: original offset − folded offset inside run r. */
    private readonly runShifts: Int32Array,
  ) {}
  /** Number of runs (for tests and measures). */
  get runs(): number {
    return this.runStarts.length;
  }
  /** The original offset of folded character k, for 0 <= k < length. */
  at(k: number): number {
    const starts = this.runStarts;
    let r = this.last;
    if (!(starts[r]! <= k && (r + 1 === starts.length || starts[r + 1]! > k))) {
      // The last run whose start is at or before k.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= k) lo = mid;
        else hi = mid - 1;
      }
      r = lo;
      this.last = r;
    }
    return k + this.runShifts[r]!;
  }
  *[Symbol.iterator](): Iterator<number> {
    for (let k = 0; k < this.length; k++) yield this.at(k);
  }
}

/** U+2010–U+2015 (hyphens and dashes) and U+002D. */
const isHyphen = (c: number) => c === 0x2d || (c >= 0x2010 && c <= 0x2015);
/** What /\s/ matches, as code points: folding runs on every character of a document. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const LINE_END_AFTER_HYPHEN = /[ \t]*\n[ \t]*/y;

/** Folded characters are decoded into the folded text this many at a time. */
const FOLD_CHUNK = 1 << 14;
/**
 * Where lower-casing a character alone can differ from lower-casing it in its text: capital sigma
 * (final form at a word's end) and surrogates (a pair is one letter). Without them, each character
 * is lower-cased alone and the whole text is never copied lower-cased.
 */
const CONTEXT_CASED = /[\u03a3\ud800-\udfff]/;
/**
 * Does mapFolded lower-case this text whole (a character's fold may depend on its neighbours)?
 * Otherwise every character folds alone, so a text folds as its pieces do.
 */
export const foldsInContext = (text: string): boolean => CONTEXT_CASED.test(text);

/**
 * One decoder for every call: each call ends with a non-streaming decode, which leaves it reset.
 * (Building a UTF-16 decoder per document cost as much as folding a page of text.)
 */
const FOLD_DECODER = new TextDecoder("utf-16le");

/**
 * UTF-16 units as a string, by Node's buffer decoding: ~4× faster than the decoder on a page of
 * text, and the same string wherever no unit is a surrogate (the decoder replaces a lone one with
 * U+FFFD, this keeps it) and the first is no U+FEFF (the decoder drops a leading byte-order mark).
 */
function unitsToString(units: Uint16Array): string {
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
}

export function mapFolded(original: string): FoldedText {
  const n = original.length;
  // The folded text is decoded chunk by chunk from one small buffer, and the text is lower-cased
  // whole only where that can differ from character by character: folding a 4,000-page
  // document's 12.9 M characters took 176 MB at its peak with a full-length code buffer and a
  // lower-cased copy, beside a 4-byte offset map per character (now runs: FoldOffsets).
  const chunk = new Uint16Array(Math.min(FOLD_CHUNK, n));
  const decoder = FOLD_DECODER;
  const parts: string[] = [];
  // The chunk's fill level stays a local of this loop (a closure's captured counter was this
  // function's hottest line): a full chunk is decoded where a character is stored.
  let filled = 0;
  // The offset map's runs, grown by doubling: a run begins wherever the shift changes.
  let runStarts = new Int32Array(64);
  let runShifts = new Int32Array(64);
  let runs = 0;
  let shift = -1;
  // Lower-casing the whole string at once is far cheaper than per character where it is needed
  // (see CONTEXT_CASED); where it changes the length (rare: "İ"), per-character lower case below.
  const lowered = CONTEXT_CASED.test(original) ? original.toLowerCase() : null;
  const sameLength = lowered === null || lowered.length === n;
  // Without a surrogate in the text (lowered === null) no folded unit is one: a character folds to
  // itself, its ASCII or one-unit lower case, a space (U+FEFF among them) or an apostrophe. Those
  // units decode alike both ways; the rest go through the decoder.
  const plainUnits = lowered === null;
  let k = 0;
  let lastSpace = true;
  // The folded text's word starts (foldedWords), found as its units are made: a letter or digit
  // unit after none. Kept as the word index where that is foldedWords' answer: no surrogate in the
  // folded text (plainUnits), so each unit is a code point.
  const wordStarts: number[] = [];
  let lastWord = false;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    let out: number;
    if (c > 0x20 && c < 0x80 && c !== 0x2d) {
      // Printable ASCII other than the hyphen (most characters): the ASCII case of the branches below.
      lastSpace = false;
      out = c >= 0x41 && c <= 0x5a ? c + 32 : c;
    } else if (isHyphen(c)) {
      // A hyphen at a line end splits one word ("Peace-\nkeeping"): drop the break too.
      LINE_END_AFTER_HYPHEN.lastIndex = i + 1;
      const rest = LINE_END_AFTER_HYPHEN.exec(original);
      if (rest && rest[0].length < 40 && !lastSpace) i += rest[0].length;
      continue;
    } else if (isSpace(c)) {
      if (lastSpace) continue;
      lastSpace = true;
      out = 0x20;
    } else {
      lastSpace = false;
      if (c === 0x2019 || c === 0x2018) out = 0x27; // curly apostrophes as straight ones
      else if (c < 0x80) out = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      else if (lowered !== null && sameLength) out = lowered.charCodeAt(i);
      else {
        // Alone (no context-cased character in the text), or keeping a 1:1 mapping where the whole
        // text's lower case changes length: a character whose lower case is longer is kept as is.
        const l = original[i]!.toLowerCase();
        out = l.length === 1 ? l.charCodeAt(0) : c;
      }
    }
    const word = out < 0x80 ? ASCII_WORD[out] === 1 : isWordUnit(out);
    if (word && !lastWord) wordStarts.push(k);
    lastWord = word;
    chunk[filled++] = out;
    if (i - k !== shift) {
      if (runs === runStarts.length) {
        const grownStarts = new Int32Array(runs * 2);
        grownStarts.set(runStarts);
        runStarts = grownStarts;
        const grownShifts = new Int32Array(runs * 2);
        grownShifts.set(runShifts);
        runShifts = grownShifts;
      }
      shift = i - k;
      runStarts[runs] = k;
      runShifts[runs++] = shift;
    }
    k++;
    if (filled === FOLD_CHUNK) {
      parts.push(plainUnits ? unitsToString(chunk) : decoder.decode(chunk, { stream: true }));
      filled = 0;
    }
  }
  parts.push(plainUnits ? unitsToString(chunk.subarray(0, filled)) : decoder.decode(chunk.subarray(0, filled)));
  const folded: FoldedText = { text: parts.length === 1 ? parts[0]! : parts.join(""), map: new FoldOffsets(k, runStarts.slice(0, runs), runShifts.slice(0, runs)) };
  if (plainUnits) wordIndexes.set(folded, { starts: wordStarts, unitStarts: true });
  return folded;
}

/** A letter or digit (any script): names begin and end at word boundaries. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** ASCII letters and digits, by char code: the hot path of the word scans. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;

/**
 * Is this one UTF-16 unit a letter or digit? (NaN, past the end, is not; nor is half a surrogate
 * pair.) The test the mission and organisation scans make at a name's ends.
 */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return ASCII_WORD[c] === 1;
  return !Number.isNaN(c) && WORD_CHAR.test(String.fromCharCode(c));
}

/** Length (1 or 2 code units) of the letter or digit at i, or 0: the ASCII cases without a regex. */
function wordCharLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return ASCII_WORD[c]!;
  if (Number.isNaN(c)) return 0;
  const cp = s.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Is the code point ending just before i a letter or digit? (A surrogate pair counts as one.) */
function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return wordCharLength(s, i - 2) === 2;
  }
  return wordCharLength(s, i - 1) > 0;
}

/** The end of the run of letters and digits (code points) from i. */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII_WORD[c] === 0) return i;
      i++;
      continue;
    }
    const len = wordCharLength(s, i);
    if (len === 0) return i;
    i += len;
  }
  return i;
}

/**
 * The words of a folded text: where each run of letters and digits (code points, \p{L}\p{N})
 * starts, in order. `unitStarts`: the text has no surrogate, so a word start is also exactly a
 * letter or digit unit whose previous unit is none (what a scan by UTF-16 units would test).
 */
export interface FoldedWords {
  starts: readonly number[];
  unitStarts: boolean;
}

/**
 * The folded text's word index, one per fold (a WeakMap on the FoldedText): the mission and
 * organisation name scans both begin names only at word starts, and each visited every character
 * of the document to find them. mapFolded enters it as it folds a text without surrogates (the
 * fold's own pass, where a second pass over the folded text was ~6 % of the entities stage);
 * otherwise foldedWords builds it on first use.
 */
const wordIndexes = new WeakMap<FoldedText, FoldedWords>();
const SURROGATE = /[\ud800-\udfff]/;
export function foldedWords(folded: FoldedText): FoldedWords {
  let index = wordIndexes.get(folded);
  if (index) return index;
  const ft = folded.text;
  index = { starts: scanWordStarts(ft), unitStarts: !SURROGATE.test(ft) };
  wordIndexes.set(folded, index);
  return index;
}

/** Where each run of letters and digits (code points) of a text starts: foldedWords' own scan. */
export function scanWordStarts(ft: string): number[] {
  const n = ft.length;
  const starts: number[] = [];
  // Past each word at once: its later characters follow a letter or digit and start nothing.
  for (let i = 0; i < n; i++) {
    const c = ft.charCodeAt(i);
    const len = c < 0x80 ? ASCII_WORD[c]! : wordCharLength(ft, i);
    if (len === 0) continue;
    if (!wordCharBefore(ft, i)) starts.push(i);
    i = wordEnd(ft, i + len) - 1;
  }
  return starts;
}

/** Collapse white space and trim: the contract's whitespace normalisation of printed text. */
export function squash(s: string): string {
  return normalizeSpace(s);
}

/**
 * Which characters of a text are already claimed by a span: overlap checks in O(span length)
 * instead of scanning every earlier span (long PDFs have thousands of mentions). One bit per
 * character (session 24, h-speed4: a byte each was 12.9 MB per scan at 4,000 dense pages, and the
 * mission and organisation scans each hold one during the entities stage).
 */
export class Coverage {
  private readonly taken: Uint32Array;
  constructor(length: number) {
    this.taken = new Uint32Array(((length + 1) >>> 5) + 1);
  }
  overlaps(start: number, end: number): boolean {
    const taken = this.taken;
    for (let i = start; i < end; i++) if ((taken[i >>> 5]! >>> (i & 31)) & 1) return true;
    return false;
  }
  claim(start: number, end: number): void {
    const taken = this.taken;
    for (let i = start; i < end; i++) taken[i >>> 5]! |= 1 << (i & 31);
  }
}
