/**
 * Provenance with geometry: where on the page each row and each cell item was printed.
 *
 * Runs after the table stage and reads only what every stage can read — the Layout and the rows'
 * `provenance` (page, line range) — never the table reader's internals, so it stays right whatever
 * the reader does to find rows. Each item's words are located among the words of the row's source
 * lines by an alignment that follows how a cell is printed (word after word on a line, wrapping to
 * the next line of the same column); the item's boxes are the union of its matched words, one box
 * per page. An item that cannot be located gets no box and a `PROVENANCE_UNLOCATED` warning: a
 * missing box is honest, a wrong one would mislead a reviewer.
 */
import type { Doc, Context } from "../model/doc.js";
import { addWarning } from "../model/doc.js";
import type { Layout, Line, Segment } from "../model/layout.js";
import type { Box, CellBoxes, Objective, Warning } from "../model/output.js";
import { charPositionAt } from "./widths.js";
import { isJsSpace } from "../vocab/text.js";

// ── geometry of a printed word ───────────────────────────────────────────────────────────────

/** Segment y is the baseline; a glyph box reaches this far above it (em): cap height plus accents. */
const ASCENT_EM = 0.8;
/** …and this far below it (em): descenders of g, p, y. */
const DESCENT_EM = 0.22;

/**
 * A printed segment (run) of the words' lines: its extent, where it was printed, and how many
 * words it holds. Each word's page, line and vertical extent are its segment's.
 */
interface SegInfo {
  x0: number;
  x1: number;
  /** Segment y is the baseline; the glyph box spans y0..y1 around it (ASCENT_EM, DESCENT_EM). */
  y0: number;
  y1: number;
  line: number;
  page: number;
  fontSize: number;
  words: number;
}

/**
 * The words of a run of source lines (a row's) in reading order — page, line, then x — with their
 * estimated boxes, as parallel arrays indexed by a word's place in that order: no object per word
 * (this stage made most of the pipeline's short-lived objects, one per printed word, and their
 * collection was a large part of its time). x is split in proportion to characters within a run.
 */
export interface RowWords {
  /** Letters and digits only, case-folded (normWord). */
  norm: string[];
  /** The printed word ends in a hyphen: the first half of a word broken across lines. */
  hyphenated: boolean[];
  x0: number[];
  x1: number[];
  /** The word's segment (an index into `segs`) and its index among that segment's words. */
  seg: number[];
  index: number[];
  segs: SegInfo[];
}

/** Letters and digits only, case-folded: punctuation, bullets and hyphens differ between cell text and print. */
export function normWord(raw: string): string {
  return normWordAt(raw, 0, raw.length);
}

/**
 * normWord(text.slice(start, end)), without the slice where the word changes (capitals,
 * punctuation): the printed word was a string made for every word of every row and item and
 * thrown away at once.
 */
function normWordAt(text: string, start: number, end: number): string {
  // Most words are ASCII, where NFKC changes nothing, the letters and digits are [A-Za-z0-9] and
  // lower-casing is A-Z → a-z: one pass over the char codes gives the same word as the Unicode
  // path below, without its three string copies (this function ran on every word of every row).
  let kept = "";
  let copied = start; // text[start, copied) is already in `kept`
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text.slice(start, end).normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    kept += text.slice(copied, i);
    copied = i + 1;
    if (c >= 0x41 && c <= 0x5a) kept += String.fromCharCode(c + 0x20);
  }
  return copied === start ? text.slice(start, end) : kept + text.slice(copied, end);
}

/** A line-break hyphen as the printed word's last unit, text[end - 1]: "-", U+2010, U+2011 or a soft hyphen (read by char code: this runs on every word). */
function endsInHyphen(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xad;
}

/** The segments of a line left to right (a sorted copy only where the line's order is not already that). */
function segmentsByX(line: Line): readonly Segment[] {
  const segs = line.segments;
  for (let i = 1; i < segs.length; i++) if (!(segs[i]!.x >= segs[i - 1]!.x)) return [...segs].sort((a, b) => a.x - b.x);
  return segs;
}

/** Splits the lines into words with boxes, in reading order. */
export function wordsOf(lines: readonly Line[], proportional = true): RowWords {
  const words: RowWords = { norm: [], hyphenated: [], x0: [], x1: [], seg: [], index: [], segs: [] };
  for (const line of lines) {
    for (const s of segmentsByX(line)) {
      const info: SegInfo = {
        x0: s.x,
        x1: s.x + s.width,
        y0: s.y - ASCENT_EM * s.fontSize,
        y1: s.y + DESCENT_EM * s.fontSize,
        line: line.line,
        page: line.page,
        fontSize: s.fontSize,
        words: 0,
      };
      words.segs.push(info);
      splitWords(s, proportional, words.segs.length - 1, info, words);
    }
  }
  return words;
}

/** Appends the words of run `s` (segment `seg` of the lines, its `info`) to `words`. */
function splitWords(s: Segment, proportional: boolean, seg: number, info: SegInfo, words: RowWords): void {
  const at = charPositionAt(s.text, proportional);
  // The runs of non-space (/\S+/), read by char codes.
  const text = s.text;
  for (let i = 0; i < text.length; ) {
    if (isJsSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isJsSpace(text.charCodeAt(i))) i++;
    const end = i;
    const norm = normWordAt(text, start, end);
    if (!norm) continue; // a bullet or a lone dash
    words.norm.push(norm);
    words.hyphenated.push(endsInHyphen(text, end));
    words.x0.push(s.x + s.width * at(start));
    words.x1.push(s.x + s.width * at(end));
    words.seg.push(seg);
    words.index.push(info.words++);
  }
}

// ── the alignment ────────────────────────────────────────────────────────────────────────────

/** Cost of an item word with no printed counterpart (repaired hyphenation, a glyph lost in extraction). */
const WORD_SKIP_COST = 2;
/** An item word may be left unmatched at most this many in a row; longer gaps are another text. */
const MAX_WORD_SKIP = 3;
/** Cost of each printed word passed over between two matched words (it belongs to another item). */
const TOKEN_SKIP_COST = 1;
/** A half word before a line-break hyphen ("manage-") matching the item's whole word. */
const PREFIX_MATCH_COST = 0.5;
/** Two runs on one line are the same cell when closer than this (em): a font change, not a column gap. */
const SAME_CELL_GAP_EM = 1;
/** Moving to a run that is neither the same cell's continuation nor its next line: another column. */
const COLUMN_JUMP_COST = 25;
/** Each line skipped between two words of one item (a line of the same column in between). */
const LINE_SKIP_COST = 3;
/**
 * An item is located when at least this share of its words matched: lower, and the boxes would
 * rest on a few common words that may belong to another cell.
 */
const MIN_MATCHED_SHARE = 0.6;
/** Items shorter than this many words must match entirely (one wrong "the" is half of two words). */
const SHORT_ITEM_WORDS = 3;

function matchCost(itemWord: string, words: RowWords, w: number): number | null {
  const norm = words.norm[w]!;
  if (norm === itemWord) return 0;
  if (words.hyphenated[w] && norm.length >= 2 && itemWord.startsWith(norm)) return PREFIX_MATCH_COST;
  return null;
}

function transitionCost(p: number, q: number, words: RowWords): number {
  const base = transitionBase(p, q, words);
  return baseIsComplete(p, q, words) ? base : base + skippedLinesCost(p, q, words);
}

/**
 * The cost of moving from word p to word q (their places in reading order) without the lines
 * skipped between them: the whole cost when both sit on one line (baseIsComplete), else a lower
 * bound that `skippedLinesCost` completes. A number, not an object with a flag: the alignment
 * calls this for every pair of candidates.
 */
function transitionBase(p: number, q: number, words: RowWords): number {
  if (q <= p) return Infinity;
  const pSeg = words.seg[p]!;
  const qSeg = words.seg[q]!;
  const pIndex = words.index[p]!;
  const qIndex = words.index[q]!;
  if (pSeg === qSeg) return (qIndex - pIndex - 1) * TOKEN_SKIP_COST;
  const ps = words.segs[pSeg]!;
  const qs = words.segs[qSeg]!;
  const skipped = (ps.words - pIndex - 1 + qIndex) * TOKEN_SKIP_COST;
  if (ps.page === qs.page && ps.line === qs.line) {
    const between = qSeg - pSeg - 1;
    const near = qs.x0 - ps.x1 <= SAME_CELL_GAP_EM * Math.max(ps.fontSize, qs.fontSize);
    return skipped + (between === 0 && near ? 0.5 : COLUMN_JUMP_COST);
  }
  const overlap = qs.x0 < ps.x1 && qs.x1 > ps.x0;
  return skipped + (overlap ? 0 : COLUMN_JUMP_COST);
}

/** transitionBase is the whole cost: the words follow in order on one segment or one line (or q never follows p). */
function baseIsComplete(p: number, q: number, words: RowWords): boolean {
  if (q <= p) return true;
  const pSeg = words.seg[p]!;
  const qSeg = words.seg[q]!;
  if (pSeg === qSeg) return true;
  const ps = words.segs[pSeg]!;
  const qs = words.segs[qSeg]!;
  return ps.page === qs.page && ps.line === qs.line;
}

function skippedLinesCost(p: number, q: number, words: RowWords): number {
  const { segs } = words;
  const pSeg = words.seg[p]!;
  const qSeg = words.seg[q]!;
  const ps = segs[pSeg]!;
  const qs = segs[qSeg]!;
  // Lines between the two words that print something in the same column: the item would skip them.
  // Across a page break only p's page counts: the top of the next page repeats the table header.
  let skippedLines = 0;
  let lastLine = -1;
  for (let s = pSeg + 1; s < qSeg; s++) {
    const si = segs[s]!;
    if (si.page !== ps.page) break;
    if (si.line === ps.line || si.line === qs.line || si.line === lastLine) continue;
    if (si.x0 < ps.x1 && si.x1 > ps.x0 && si.words > 0) {
      skippedLines++;
      lastLine = si.line;
    }
  }
  return skippedLines * LINE_SKIP_COST;
}

/** A row's words grouped for the alignment (places in reading order); built once per row, not once per item. */
interface WordIndex {
  byNorm: ReadonlyMap<string, readonly number[]>;
  /** Words printed with a line-break hyphen: each may be the first half of an item's word. */
  hyphenated: readonly number[];
}

function indexWords(words: RowWords): WordIndex {
  const byNorm = new Map<string, number[]>();
  const hyphenated: number[] = [];
  for (let w = 0; w < words.norm.length; w++) {
    const norm = words.norm[w]!;
    const list = byNorm.get(norm);
    if (list) list.push(w);
    else byNorm.set(norm, [w]);
    if (words.hyphenated[w]) hyphenated.push(w);
  }
  return { byNorm, hyphenated };
}

const NO_CANDIDATES: readonly number[] = [];

/**
 * The alignment's working arrays, reused from item to item of a row (issue 14): six arrays grown
 * by push per item were a fifth of this stage's short-lived memory. Typed arrays hold the same
 * numbers (word places and step counts are small integers, costs sums of halves), grown by
 * doubling when a longer item comes.
 */
export class AlignScratch {
  /** Per item word: where its candidates start, and where its exact matches end. */
  from = new Int32Array(64);
  exactEnd = new Int32Array(64);
  /** Per candidate: the word, its own cost, the best path's cost and the candidate before it. */
  candWord = new Int32Array(256);
  candCost = new Float64Array(256);
  bestCost = new Float64Array(256);
  bestPrev = new Int32Array(256);

  /** Room for `n` item words. */
  fitWords(n: number): void {
    if (n + 1 <= this.from.length) return;
    const size = grown(this.from.length, n + 1);
    this.from = new Int32Array(size);
    this.exactEnd = new Int32Array(size);
  }

  /** Room for candidate `c` (the candidates so far are kept). */
  fitCandidate(c: number): void {
    if (c < this.candWord.length) return;
    const size = grown(this.candWord.length, c + 1);
    const word = new Int32Array(size), cost = new Float64Array(size);
    word.set(this.candWord);
    cost.set(this.candCost);
    this.candWord = word;
    this.candCost = cost;
    this.bestCost = new Float64Array(size);
    this.bestPrev = new Int32Array(size);
  }
}
const grown = (size: number, needed: number): number => {
  while (size < needed) size *= 2;
  return size;
};

/**
 * The best placement of `itemWords` among the row's words (Viterbi over candidate words): the
 * matched words' places in reading order, or null when too few words match. `used` flags words
 * already claimed by earlier items: they cost more, so two identical items ("Yes.") land on their
 * own printed copies.
 */
export function locateItem(
  itemWords: readonly string[],
  words: RowWords,
  used: Uint8Array,
  index: WordIndex = indexWords(words),
  scratch: AlignScratch = new AlignScratch(),
): number[] | null {
  const n = itemWords.length;
  if (n === 0) return null;
  const { byNorm, hyphenated } = index;
  // Every item word's candidates in one flat list, numbers in parallel arrays (no object per
  // candidate or per step: this alignment made a third of the pipeline's short-lived objects).
  // Item word i's candidates are [from[i], from[i + 1]): its exact matches in reading order
  // (byNorm keeps the row's order), then the hyphenated halves; `exactEnd[i]` ends the exact ones,
  // so the alignment can stop reading them at the first that does not follow the candidate it extends.
  scratch.fitWords(n);
  const { from, exactEnd } = scratch;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const iw = itemWords[i]!;
    from[i] = count;
    const exact = byNorm.get(iw) ?? NO_CANDIDATES;
    for (let e = 0; e < exact.length; e++) {
      const w = exact[e]!;
      scratch.fitCandidate(count);
      scratch.candWord[count] = w;
      scratch.candCost[count++] = used[w] ? TOKEN_SKIP_COST : 0;
    }
    exactEnd[i] = count;
    for (const w of hyphenated) {
      const c = words.norm[w] === iw ? null : matchCost(iw, words, w);
      if (c !== null) {
        scratch.fitCandidate(count);
        scratch.candWord[count] = w;
        scratch.candCost[count++] = c + (used[w] ? TOKEN_SKIP_COST : 0);
      }
    }
  }
  from[n] = count;
  const { candWord, candCost, bestCost, bestPrev } = scratch;
  // The best path ending at each candidate: its cost and the candidate before it (-1: none).
  // Candidates are visited in list order, so each one's entry is written at its own index.
  for (let i = 0; i < n; i++) {
    for (let c = from[i]!; c < from[i + 1]!; c++) {
      const word = candWord[c]!;
      const own = candCost[c]!;
      let topCost = i * WORD_SKIP_COST + own;
      let topPrev = -1;
      for (let k = Math.max(0, i - MAX_WORD_SKIP - 1); k < i; k++) {
        const sorted = exactEnd[k]!;
        for (let p = from[k]!; p < from[k + 1]!; p++) {
          const prevWord = candWord[p]!;
          // A word at or before the previous one never follows it (transitionBase's infinite cost),
          // told before building the transition: most pairs of a long row's common words end here.
          // Among the exact matches (in reading order) every later one is no earlier: skip to the
          // hyphenated halves, which the loop reads in the same order as before.
          if (word <= prevWord) {
            if (p < sorted) p = sorted - 1;
            continue;
          }
          const fixed = bestCost[p]! + (i - k - 1) * WORD_SKIP_COST + own;
          // A transition costs at least nothing: a path already as dear as the best one is dropped unbuilt.
          if (fixed >= topCost) continue;
          const base = transitionBase(prevWord, word, words);
          if (!Number.isFinite(base)) continue;
          // The skipped lines only add: a transition whose lower bound cannot win is not completed.
          if (fixed + base >= topCost) continue;
          const cost = fixed + (baseIsComplete(prevWord, word, words) ? base : base + skippedLinesCost(prevWord, word, words));
          if (cost < topCost) {
            topCost = cost;
            topPrev = p;
          }
        }
      }
      bestCost[c] = topCost;
      bestPrev[c] = topPrev;
    }
  }
  let end = -1;
  let endCost = Infinity;
  for (let i = 0; i < n; i++) {
    for (let c = from[i]!; c < from[i + 1]!; c++) {
      const cost = bestCost[c]! + (n - 1 - i) * WORD_SKIP_COST;
      if (cost < endCost) {
        end = c;
        endCost = cost;
      }
    }
  }
  if (end < 0) return null;
  const path: number[] = [];
  for (let c = end; c >= 0; c = bestPrev[c]!) path.push(candWord[c]!);
  path.reverse();
  const needed = n < SHORT_ITEM_WORDS ? n : Math.ceil(MIN_MATCHED_SHARE * n);
  if (path.length < needed) return null;
  // A placement that had to jump to another column is a guess at best: no box rather than a wrong one.
  for (let i = 1; i < path.length; i++) if (transitionCost(path[i - 1]!, path[i]!, words) >= COLUMN_JUMP_COST) return null;
  return path;
}

// ── boxes ────────────────────────────────────────────────────────────────────────────────────

const round = (v: number) => Math.round(v * 100) / 100;

/** A printed piece with its box: a word, or the part of a segment an entity covers. */
interface PrintedPart {
  page: number;
  line: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Boxes being united, one per page, with the lines they span: boxes() sorts them by page. The first
 * page's box is held in a field and a map is made only when a second page appears: nearly every
 * item and entity is printed on one page, and a Map, its iterator and a sorted copy per item (and
 * per entity) were a tenth of this stage's short-lived objects.
 */
class PageBoxes {
  private first: Box | null = null;
  private others: Map<number, Box> | null = null;

  add(page: number, line: number, x0: number, y0: number, x1: number, y1: number): void {
    let b = this.first;
    if (b === null) {
      this.first = { page, x0, y0, x1, y1, lines: [line, line] };
      return;
    }
    if (b.page !== page) {
      const others = (this.others ??= new Map<number, Box>());
      const known = others.get(page);
      if (!known) {
        others.set(page, { page, x0, y0, x1, y1, lines: [line, line] });
        return;
      }
      b = known;
    }
    b.x0 = Math.min(b.x0, x0);
    b.y0 = Math.min(b.y0, y0);
    b.x1 = Math.max(b.x1, x1);
    b.y1 = Math.max(b.y1, y1);
    // In place: the pair is this box's own (a new pair per word was most of this function's time on a row's words).
    if (line < b.lines[0]) b.lines[0] = line;
    if (line > b.lines[1]) b.lines[1] = line;
  }

  /** Adds the words at `places` (places in reading order; all of them when not given). */
  addWords(words: RowWords, places?: readonly number[]): this {
    const count = places ? places.length : words.norm.length;
    for (let k = 0; k < count; k++) {
      const w = places ? places[k]! : k;
      const s = words.segs[words.seg[w]!]!;
      this.add(s.page, s.line, words.x0[w]!, s.y0, words.x1[w]!, s.y1);
    }
    return this;
  }

  boxes(): Box[] {
    const first = this.first;
    if (first === null) return [];
    if (this.others === null) return [roundedBox(first)];
    return [first, ...this.others.values()].sort((a, b) => a.page - b.page).map(roundedBox);
  }
}

/** A united box as the output gives it: coordinates rounded to 0.01 pt. */
function roundedBox(b: Box): Box {
  return { page: b.page, x0: round(b.x0), y0: round(b.y0), x1: round(b.x1), y1: round(b.y1), lines: b.lines };
}

/** One box per page: the union of the parts' boxes on that page, with the lines they span. */
export function boxesOf(parts: readonly PrintedPart[]): Box[] {
  const united = new PageBoxes();
  for (const w of parts) united.add(w.page, w.line, w.x0, w.y0, w.x1, w.y1);
  return united.boxes();
}

/** The words of an item as the alignment compares them. */
export function itemWords(text: string): string[] {
  // The runs of non-space (what splitting at /\s+/ keeps), read by char codes as splitWords does.
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (isJsSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isJsSpace(text.charCodeAt(i))) i++;
    const w = normWordAt(text, start, i);
    if (w.length > 0) out.push(w);
  }
  return out;
}

/** Every line of a layout in document order; `ascending` when their numbers only grow along it. */
export interface LineIndex {
  lines: readonly Line[];
  ascending: boolean;
}

export function lineIndex(layout: Layout): LineIndex {
  // A loop, not flatMap and every with callbacks: this ran over every line of the document.
  const lines: Line[] = [];
  let ascending = true;
  for (const p of layout.pages) {
    for (const l of p.lines) {
      if (lines.length > 0 && !(l.line > lines[lines.length - 1]!.line)) ascending = false;
      lines.push(l);
    }
  }
  return { lines, ascending };
}

/**
 * Lines first..last of the layout (line numbers are unique over the document). Where the numbers
 * ascend in document order (always, so far) the range is one slice, found by binary search: a
 * scan of the document per row made the stage quadratic (4,000 dense pages: 16,800 rows × 310,000 lines).
 */
function linesBetween(index: LineIndex, first: number, last: number): Line[] {
  const { lines } = index;
  if (!index.ascending) return lines.filter((l) => l.line >= first && l.line <= last);
  let lo = 0, hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.line < first) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < lines.length && lines[end]!.line <= last) end++;
  return lines.slice(lo, end);
}

/** Short quote of an item for a warning message. */
function quote(text: string): string {
  const QUOTE_CHARS = 60; // enough to recognise the item in a log line
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;
}

interface Located {
  boxes: Box[];
  cells: CellBoxes;
  unlocated: { what: string; text: string }[];
}

/**
 * Boxes of one row and of each of its items. `after`: the last line of the previous row (0 for the
 * first row). Some layouts print the objective as a heading above its table, outside the row's own
 * lines; an item not found in the row is looked for again with the lines between the previous row
 * and this one included.
 */
export function locateRow(layout: Layout, row: Objective, after = 0, index: LineIndex = lineIndex(layout), scratch: AlignScratch = new AlignScratch()): Located {
  const [first, last] = row.provenance.lines;
  const proportional = layout.format === "pdf";
  const own = wordsOf(linesBetween(index, first, last), proportional);
  const ownIndex = indexWords(own);
  // The widened words are only needed for an item the row's own lines do not hold: built then.
  let widenedWords: { words: RowWords; index: WordIndex } | null = null;
  const widen = () => {
    if (widenedWords) return widenedWords;
    const wide = wordsOf(linesBetween(index, Math.min(first, after + 1), last), proportional);
    return (widenedWords = { words: wide, index: indexWords(wide) });
  };
  const ownCount = own.norm.length;
  const usedOwn = new Uint8Array(ownCount);
  const unlocated: { what: string; text: string }[] = [];
  /** Words of the lines before the row that items were placed on (places among the widened words). */
  const extraWords: number[] = [];
  const place = (what: string, text: string): Box[] => {
    const iw = itemWords(text);
    if (iw.length === 0) return [];
    const path = locateItem(iw, own, usedOwn, ownIndex, scratch);
    if (path) {
      for (const w of path) usedOwn[w] = 1;
      return new PageBoxes().addWords(own, path).boxes();
    }
    const widened = first > after + 1 ? widen() : null;
    // Word places in `widened` are offset by the words of the lines before the row.
    const offset = widened ? widened.words.norm.length - ownCount : 0;
    if (widened && offset > 0) {
      const usedWide = new Uint8Array(widened.words.norm.length);
      usedWide.set(usedOwn, offset);
      const wide = locateItem(iw, widened.words, usedWide, widened.index, scratch);
      if (wide) {
        for (const w of wide) {
          if (w >= offset) usedOwn[w - offset] = 1;
          else extraWords.push(w);
        }
        return new PageBoxes().addWords(widened.words, wide).boxes();
      }
    }
    unlocated.push({ what, text });
    return [];
  };
  const cells: CellBoxes = {
    objective: place("objective", row.objective),
    accomplishments: row.accomplishments.map((a, i) => place(`accomplishment ${i + 1}`, a)),
    measures: row.measures.map((m, i) => place(`measure ${i + 1}`, m.text)),
    extra: Object.fromEntries(Object.entries(row.extra).map(([k, items]) => [k, items.map((t, i) => place(`${k} ${i + 1}`, t))])),
  };
  const rowBoxes = new PageBoxes().addWords(own);
  // Set inside `widen` (the compiler cannot see it there): the words the extra places point into.
  const widenedRow = widenedWords as { words: RowWords } | null;
  if (widenedRow && extraWords.length > 0) rowBoxes.addWords(widenedRow.words, extraWords);
  return { boxes: rowBoxes.boxes(), cells, unlocated };
}

/** The box of one source line (for warnings): the union of its words. */
function lineBox(layout: Layout, page: number, line: number): Box | null {
  const p = layout.pages.find((pg) => pg.number === page);
  const l = p?.lines.find((x) => x.line === line);
  if (!l) return null;
  return new PageBoxes().addWords(wordsOf([l], layout.format === "pdf")).boxes()[0] ?? null;
}

/**
 * The boxes of a span of `layout.text` (an entity's start/end): the parts of the segments it
 * covers, x split in proportion to characters as for words.
 */
/** The lines that hold text, in document order (blank lines carry no offsets). */
function textLines(layout: Layout): Line[] {
  const out: Line[] = [];
  for (const p of layout.pages) for (const l of p.lines) if (l.end > l.start) out.push(l);
  return out;
}

export function spanBoxes(layout: Layout, start: number, end: number, lines: readonly Line[] = textLines(layout)): Box[] {
  // Each covered part goes straight into the union (no object per part: this runs for every entity).
  const united = new PageBoxes();
  const proportional = layout.format === "pdf";
  // Lines are in document order, their offsets ascending: start at the first line that ends after
  // `start` (binary search) instead of testing every line of the document for every entity.
  let lo = 0, hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  {
    for (let k = lo; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.start >= end) break;
      if (l.end <= start) continue;
      for (const s of l.segments) {
        if (s.end <= start || s.start >= end) continue;
        // Offsets count the segment's text as extracted; clamp in case a repair changed its length.
        const at = charPositionAt(s.text, proportional);
        const a = Math.min(s.text.length, Math.max(start, s.start) - s.start);
        const b = Math.min(s.text.length, Math.min(end, s.end) - s.start);
        united.add(l.page, l.line, s.x + s.width * at(a), s.y - ASCENT_EM * s.fontSize, s.x + s.width * at(b), s.y + DESCENT_EM * s.fontSize);
      }
    }
  }
  return united.boxes();
}

/**
 * Pipeline stage: boxes on every row and cell item of a compact, on every entity span, and on
 * every warning that names a page and line. Runs last before validation so that every stage's
 * warnings and entities get their box.
 */
export function provenanceStage(doc: Doc, _ctx: Context): Doc {
  if (doc.compact) {
    let after = 0;
    const index = lineIndex(doc.layout);
    const scratch = new AlignScratch();
    for (const row of doc.compact.objectives) {
      const { boxes, cells, unlocated } = locateRow(doc.layout, row, after, index, scratch);
      after = Math.max(after, row.provenance.lines[1]);
      row.provenance.boxes = boxes;
      row.provenance.cells = cells;
      for (const u of unlocated) {
        addWarning(
          doc,
          "PROVENANCE_UNLOCATED",
          `row ${row.id}: the ${u.what} ("${quote(u.text)}") was not found word by word in the row's source lines; it has no box`,
          row.provenance.page,
          row.provenance.lines[0],
        );
      }
    }
  }
  const lines = textLines(doc.layout);
  for (const e of doc.entities) {
    const boxes = spanBoxes(doc.layout, e.start, e.end, lines);
    if (boxes.length) e.boxes = boxes;
  }
  for (const w of doc.warnings as Warning[]) {
    if (w.page === null || w.line === null || w.box !== undefined) continue;
    const box = lineBox(doc.layout, w.page, w.line);
    if (box) w.box = box;
  }
  return doc;
}
