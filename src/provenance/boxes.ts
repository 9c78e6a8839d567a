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

/** One word of the source with its estimated box (x split in proportion to characters within its run). */
interface Word {
  norm: string;
  /** The printed word ends in a hyphen: the first half of a word broken across lines. */
  hyphenated: boolean;
  page: number;
  line: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Index of its segment among the row's segments, and of the word within that segment. */
  seg: number;
  index: number;
  /** Reading order over the row: page, line, then x. */
  order: number;
}

interface SegInfo {
  x0: number;
  x1: number;
  line: number;
  page: number;
  fontSize: number;
  words: number;
}

/** Letters and digits only, case-folded: punctuation, bullets and hyphens differ between cell text and print. */
export function normWord(raw: string): string {
  // Most words are ASCII, where NFKC changes nothing, the letters and digits are [A-Za-z0-9] and
  // lower-casing is A-Z → a-z: one pass over the char codes gives the same word as the Unicode
  // path below, without its three string copies (this function ran on every word of every row).
  let kept = "";
  let copied = 0; // raw[0, copied) is already in `kept`
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) return raw.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    kept += raw.slice(copied, i);
    copied = i + 1;
    if (c >= 0x41 && c <= 0x5a) kept += String.fromCharCode(c + 0x20);
  }
  return copied === 0 ? raw : kept + raw.slice(copied);
}

/** A line-break hyphen as the last unit of a printed word: "-", U+2010, U+2011 or a soft hyphen (read by char code: this runs on every word). */
function endsInHyphen(raw: string): boolean {
  const c = raw.charCodeAt(raw.length - 1);
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xad;
}

/** Splits the row's lines into words with boxes, in reading order. */
export function wordsOf(lines: readonly Line[], proportional = true): { words: Word[]; segs: SegInfo[] } {
  const words: Word[] = [];
  const segs: SegInfo[] = [];
  for (const line of lines) {
    const ordered = [...line.segments].sort((a, b) => a.x - b.x);
    for (const s of ordered) {
      const info: SegInfo = { x0: s.x, x1: s.x + s.width, line: line.line, page: line.page, fontSize: s.fontSize, words: 0 };
      segs.push(info);
      splitWords(s, proportional, line, segs.length - 1, info, words);
    }
  }
  return { words, segs };
}

/**
 * Appends the words of run `s` (segment `seg` of the row, its `info`) to `words`, each built once
 * with every field: no intermediate object per word (this stage allocated most of the pipeline's
 * short-lived objects, and their collection was a large part of its time).
 */
function splitWords(s: Segment, proportional: boolean, line: Line, seg: number, info: SegInfo, words: Word[]): void {
  const at = charPositionAt(s.text, proportional);
  const y0 = s.y - ASCENT_EM * s.fontSize;
  const y1 = s.y + DESCENT_EM * s.fontSize;
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
    const raw = text.slice(start, end);
    const norm = normWord(raw);
    if (!norm) continue; // a bullet or a lone dash
    words.push({
      norm,
      hyphenated: endsInHyphen(raw),
      x0: s.x + s.width * at(start),
      x1: s.x + s.width * at(end),
      y0,
      y1,
      page: line.page,
      line: line.line,
      seg,
      index: info.words++,
      order: words.length,
    });
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

function matchCost(itemWord: string, w: Word): number | null {
  if (w.norm === itemWord) return 0;
  if (w.hyphenated && w.norm.length >= 2 && itemWord.startsWith(w.norm)) return PREFIX_MATCH_COST;
  return null;
}

function transitionCost(p: Word, q: Word, segs: readonly SegInfo[]): number {
  const base = transitionBase(p, q, segs);
  return baseIsComplete(p, q) ? base : base + skippedLinesCost(p, q, segs);
}

/**
 * The cost of moving from word p to word q without the lines skipped between them: the whole cost
 * when both sit on one line (baseIsComplete), else a lower bound that `skippedLinesCost` completes.
 * A number, not an object with a flag: the alignment calls this for every pair of candidates.
 */
function transitionBase(p: Word, q: Word, segs: readonly SegInfo[]): number {
  if (q.order <= p.order) return Infinity;
  const ps = segs[p.seg]!;
  const qs = segs[q.seg]!;
  if (p.seg === q.seg) return (q.index - p.index - 1) * TOKEN_SKIP_COST;
  const skipped = (ps.words - p.index - 1 + q.index) * TOKEN_SKIP_COST;
  if (p.page === q.page && p.line === q.line) {
    const between = q.seg - p.seg - 1;
    const near = qs.x0 - ps.x1 <= SAME_CELL_GAP_EM * Math.max(ps.fontSize, qs.fontSize);
    return skipped + (between === 0 && near ? 0.5 : COLUMN_JUMP_COST);
  }
  const overlap = qs.x0 < ps.x1 && qs.x1 > ps.x0;
  return skipped + (overlap ? 0 : COLUMN_JUMP_COST);
}

/** transitionBase is the whole cost: the words follow in order on one segment or one line (or q never follows p). */
function baseIsComplete(p: Word, q: Word): boolean {
  return q.order <= p.order || p.seg === q.seg || (p.page === q.page && p.line === q.line);
}

function skippedLinesCost(p: Word, q: Word, segs: readonly SegInfo[]): number {
  const ps = segs[p.seg]!;
  const qs = segs[q.seg]!;
  // Lines between the two words that print something in the same column: the item would skip them.
  // Across a page break only p's page counts: the top of the next page repeats the table header.
  let skippedLines = 0;
  let lastLine = -1;
  for (let s = p.seg + 1; s < q.seg; s++) {
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

/** A row's words grouped for the alignment; built once per row, not once per item. */
interface WordIndex {
  byNorm: ReadonlyMap<string, readonly Word[]>;
  /** Words printed with a line-break hyphen: each may be the first half of an item's word. */
  hyphenated: readonly Word[];
}

function indexWords(words: readonly Word[]): WordIndex {
  const byNorm = new Map<string, Word[]>();
  for (const w of words) {
    const list = byNorm.get(w.norm);
    if (list) list.push(w);
    else byNorm.set(w.norm, [w]);
  }
  return { byNorm, hyphenated: words.filter((w) => w.hyphenated) };
}

/**
 * The best placement of `itemWords` among the row's words (Viterbi over candidate words), or null
 * when too few words match. `used` marks words already claimed by earlier items: they cost more,
 * so two identical items ("Yes.") land on their own printed copies.
 */
export function locateItem(
  itemWords: readonly string[],
  words: readonly Word[],
  segs: readonly SegInfo[],
  used: ReadonlySet<number>,
  index: WordIndex = indexWords(words),
): Word[] | null {
  const n = itemWords.length;
  if (n === 0) return null;
  const { byNorm, hyphenated } = index;
  // Every item word's candidates in one flat list, numbers in parallel arrays (no object per
  // candidate or per step: this alignment made a third of the pipeline's short-lived objects).
  // Item word i's candidates are [from[i], from[i + 1]): its exact matches in reading order
  // (byNorm keeps the row's order), then the hyphenated halves; `exactEnd[i]` ends the exact ones,
  // so the alignment can stop reading them at the first that does not follow the candidate it extends.
  const from: number[] = [];
  const exactEnd: number[] = [];
  const candWord: Word[] = [];
  const candCost: number[] = [];
  for (const iw of itemWords) {
    from.push(candWord.length);
    for (const w of byNorm.get(iw) ?? []) {
      candWord.push(w);
      candCost.push(used.has(w.order) ? TOKEN_SKIP_COST : 0);
    }
    exactEnd.push(candWord.length);
    for (const w of hyphenated) {
      const c = w.norm === iw ? null : matchCost(iw, w);
      if (c !== null) {
        candWord.push(w);
        candCost.push(c + (used.has(w.order) ? TOKEN_SKIP_COST : 0));
      }
    }
  }
  from.push(candWord.length);
  // The best path ending at each candidate: its cost and the candidate before it (-1: none).
  // Candidates are visited in list order, so each one's entry is pushed at its own index.
  const bestCost: number[] = [];
  const bestPrev: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let c = from[i]!; c < from[i + 1]!; c++) {
      const word = candWord[c]!;
      const own = candCost[c]!;
      let topCost = i * WORD_SKIP_COST + own;
      let topPrev = -1;
      const order = word.order;
      for (let k = Math.max(0, i - MAX_WORD_SKIP - 1); k < i; k++) {
        const sorted = exactEnd[k]!;
        for (let p = from[k]!; p < from[k + 1]!; p++) {
          const prevWord = candWord[p]!;
          // A word at or before the previous one never follows it (transitionBase's infinite cost),
          // told before building the transition: most pairs of a long row's common words end here.
          // Among the exact matches (in reading order) every later one is no earlier: skip to the
          // hyphenated halves, which the loop reads in the same order as before.
          if (order <= prevWord.order) {
            if (p < sorted) p = sorted - 1;
            continue;
          }
          const fixed = bestCost[p]! + (i - k - 1) * WORD_SKIP_COST + own;
          // A transition costs at least nothing: a path already as dear as the best one is dropped unbuilt.
          if (fixed >= topCost) continue;
          const base = transitionBase(prevWord, word, segs);
          if (!Number.isFinite(base)) continue;
          // The skipped lines only add: a transition whose lower bound cannot win is not completed.
          if (fixed + base >= topCost) continue;
          const cost = fixed + (baseIsComplete(prevWord, word) ? base : base + skippedLinesCost(prevWord, word, segs));
          if (cost < topCost) {
            topCost = cost;
            topPrev = p;
          }
        }
      }
      bestCost.push(topCost);
      bestPrev.push(topPrev);
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
  const path: Word[] = [];
  for (let c = end; c >= 0; c = bestPrev[c]!) path.push(candWord[c]!);
  path.reverse();
  const needed = n < SHORT_ITEM_WORDS ? n : Math.ceil(MIN_MATCHED_SHARE * n);
  if (path.length < needed) return null;
  // A placement that had to jump to another column is a guess at best: no box rather than a wrong one.
  for (let i = 1; i < path.length; i++) if (transitionCost(path[i - 1]!, path[i]!, segs) >= COLUMN_JUMP_COST) return null;
  return path;
}

// ── boxes ────────────────────────────────────────────────────────────────────────────────────

const round = (v: number) => Math.round(v * 100) / 100;

/** One box per page: the union of the words' boxes on that page, with the lines they span. */
export function boxesOf(words: readonly Pick<Word, "page" | "line" | "x0" | "x1" | "y0" | "y1">[]): Box[] {
  const byPage = new Map<number, Box>();
  for (const w of words) {
    const b = byPage.get(w.page);
    if (!b) {
      byPage.set(w.page, { page: w.page, x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1, lines: [w.line, w.line] });
      continue;
    }
    b.x0 = Math.min(b.x0, w.x0);
    b.y0 = Math.min(b.y0, w.y0);
    b.x1 = Math.max(b.x1, w.x1);
    b.y1 = Math.max(b.y1, w.y1);
    // In place: the pair is this box's own (a new pair per word was most of this function's time on a row's words).
    if (w.line < b.lines[0]) b.lines[0] = w.line;
    if (w.line > b.lines[1]) b.lines[1] = w.line;
  }
  return [...byPage.values()]
    .sort((a, b) => a.page - b.page)
    .map((b) => ({ page: b.page, x0: round(b.x0), y0: round(b.y0), x1: round(b.x1), y1: round(b.y1), lines: b.lines }));
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
    const w = normWord(text.slice(start, i));
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
  const lines = layout.pages.flatMap((p) => p.lines);
  return { lines, ascending: lines.every((l, i) => i === 0 || l.line > lines[i - 1]!.line) };
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
export function locateRow(layout: Layout, row: Objective, after = 0, index: LineIndex = lineIndex(layout)): Located {
  const [first, last] = row.provenance.lines;
  const proportional = layout.format === "pdf";
  const own = wordsOf(linesBetween(index, first, last), proportional);
  const ownIndex = indexWords(own.words);
  // The widened words are only needed for an item the row's own lines do not hold: built then.
  let widenedWords: (ReturnType<typeof wordsOf> & { index: WordIndex }) | null = null;
  const widen = () => {
    if (widenedWords) return widenedWords;
    const wide = wordsOf(linesBetween(index, Math.min(first, after + 1), last), proportional);
    return (widenedWords = { ...wide, index: indexWords(wide.words) });
  };
  const usedOwn = new Set<number>();
  const unlocated: { what: string; text: string }[] = [];
  const extraWords: Word[] = [];
  const place = (what: string, text: string): Box[] => {
    const iw = itemWords(text);
    if (iw.length === 0) return [];
    const path = locateItem(iw, own.words, own.segs, usedOwn, ownIndex);
    if (path) {
      for (const w of path) usedOwn.add(w.order);
      return boxesOf(path);
    }
    const widened = first > after + 1 ? widen() : null;
    // Word order in `widened` is offset by the words of the lines before the row.
    const offset = widened ? widened.words.length - own.words.length : 0;
    if (widened && offset > 0) {
      const usedWide = new Set([...usedOwn].map((o) => o + offset));
      const wide = locateItem(iw, widened.words, widened.segs, usedWide, widened.index);
      if (wide) {
        for (const w of wide) if (w.order >= offset) usedOwn.add(w.order - offset);
        extraWords.push(...wide.filter((w) => w.order < offset));
        return boxesOf(wide);
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
  return { boxes: boxesOf([...extraWords, ...own.words]), cells, unlocated };
}

/** The box of one source line (for warnings): the union of its segments. */
function lineBox(layout: Layout, page: number, line: number): Box | null {
  const p = layout.pages.find((pg) => pg.number === page);
  const l = p?.lines.find((x) => x.line === line);
  if (!l) return null;
  const { words } = wordsOf([l], layout.format === "pdf");
  return boxesOf(words)[0] ?? null;
}

/**
 * The boxes of a span of `layout.text` (an entity's start/end): the parts of the segments it
 * covers, x split in proportion to characters as for words.
 */
/** The lines that hold text, in document order (blank lines carry no offsets). */
function textLines(layout: Layout): Line[] {
  return layout.pages.flatMap((p) => p.lines.filter((l) => l.end > l.start));
}

export function spanBoxes(layout: Layout, start: number, end: number, lines: readonly Line[] = textLines(layout)): Box[] {
  const parts: Pick<Word, "page" | "line" | "x0" | "x1" | "y0" | "y1">[] = [];
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
        const at = charPositionAt(s.text, layout.format === "pdf");
        const a = Math.min(s.text.length, Math.max(start, s.start) - s.start);
        const b = Math.min(s.text.length, Math.min(end, s.end) - s.start);
        parts.push({
          page: l.page,
          line: l.line,
          x0: s.x + s.width * at(a),
          x1: s.x + s.width * at(b),
          y0: s.y - ASCENT_EM * s.fontSize,
          y1: s.y + DESCENT_EM * s.fontSize,
        });
      }
    }
  }
  return boxesOf(parts);
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
    for (const row of doc.compact.objectives) {
      const { boxes, cells, unlocated } = locateRow(doc.layout, row, after, index);
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
