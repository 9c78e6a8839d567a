import type { Layout, Line, Page, Segment } from "../model/layout.js";
import { charCount } from "../vocab/text.js";
import { CHAR_WIDTH } from "./text.js";
import { startsWithMarker } from "../vocab/markers.js";

/**
 * pdftotext's grid (`-layout`): a justified line inside a narrow cell is stretched to the cell's
 * width, so its inter-word spaces print as runs of two to eight spaces ("– Key      posts    fall",
 * "To     support    the") and the text reader cuts the line there into segments, as at a column
 * gap. The table reader takes segment starts for column edges and a segment for one cell's run, so
 * such a word is moved into the next column, dropped or glued into another cell.
 *
 * The cue is the grid's, not the words': a column's text opens at a column start the lines around
 * it share (each line of a cell opens its cell at the same place, a hanging item's wraps under its
 * text), while a stretched gap puts the next word wherever the line's extra space happens to push
 * it. A segment that opens with a lower-case word (inside a sentence: a cell opens with a capital,
 * a marker — `i.`, `b)` too — or a figure) where no cell of the lines around it opens (`SHARED_START_LINES` above and
 * below on the page: a segment's start, the text after its item marker, or a word inside a segment
 * that opens as a cell does — not in lower case), after a one-word segment (`oneWordRun`), in a cell
 * that goes on right below with a word longer than the line's stretch (`cellGoesOnBelow`), is the
 * same cell's line going on after a justified space: it is joined to the segment before it. Both keep their words' printed places (only plain grid segments, one character
 * per place, are joined).
 */
export function joinJustifiedGaps(layout: Layout): Layout {
  let changed = false;
  const pages = layout.pages.map((page) => {
    const lines = justifiedGapsJoined(page);
    if (lines === page.lines) return page;
    changed = true;
    return { ...page, lines };
  });
  return changed ? { ...layout, pages } : layout;
}

/** The page's lines with each line's justified gaps joined (the same array when none is). */
function justifiedGapsJoined(page: Page): Page["lines"] {
  const lines = page.lines;
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.segments.length < 2 || !line.segments.some(mayJoinBefore)) continue;
    const { shared, openings } = startsAround(lines, i, repeatedLoneWordStarts(lines, i));
    const segments = joinedSegments(line, shared, openings, lines[i - 1], lines.slice(i + 1, i + 1 + BELOW_LINES));
    if (segments === line.segments) continue;
    out ??= lines.slice();
    out[i] = { ...line, segments };
  }
  return out ?? lines;
}

/**
 * Segment `k` of a line may be joined to the text before it: it is not the line's first, it opens in
 * lower case and it is no tab cell (`stretchedGapBefore` joins neither). A line with no such segment
 * keeps its segments, so the cell starts around it are not gathered (a tab-separated text's every
 * line, each read with the eight lines around it).
 */
function mayJoinBefore(seg: Segment, k: number): boolean {
  return k > 0 && seg.column === undefined && STRETCHED_WORD.test(seg.text);
}

/**
 * Where the cells of the lines around line `i` open (x on the grid), two ways, in one pass:
 * `openings`, each segment's first word (but a lone lower-case word after a gap); `shared`, those and
 * the text after an item marker, under which the item's wraps hang, and on the nearest lines a word
 * glued by one space that opens as a cell does. Both hold the page's repeated lone-word `edges`.
 */
function startsAround(lines: readonly Line[], i: number, edges: ReadonlySet<number>): { shared: Set<number>; openings: Set<number> } {
  const shared = new Set<number>(edges);
  const openings = new Set<number>(edges);
  for (let j = Math.max(0, i - SHARED_START_LINES); j <= Math.min(lines.length - 1, i + SHARED_START_LINES); j++) {
    if (j === i) continue;
    lines[j]!.segments.forEach((seg, k) => {
      // A lone lower-case word after a gap is what a stretched line leaves: another line stretched
      // the same way (a row repeating a cell's text) shows no column there.
      if (k > 0 && LONE_LOWER_WORD.test(seg.text) && !LETTER_MARKER.test(seg.text)) return;
      const x = Math.round(seg.x);
      shared.add(x);
      openings.add(x);
      const hung = hangingTextX(seg);
      if (hung !== null) shared.add(hung);
      if (Math.abs(j - i) <= GLUED_START_LINES) for (const w of wordStarts(seg, true)) shared.add(w);
    });
  }
  return { shared, openings };
}

/**
 * A column edge that only lone lower-case words open: where the lines around line `i` (and it) open
 * segments of one lower-case word after a gap with at least two different words (a unit column's
 * "memorandums" over "meetings"). A stretched line leaves its lone words wherever its stretch
 * pushes them; the same word at the same place is one cell's text repeated by another row ("Key
 * posts fall" three times), no column. Only the nearby lines: two stretched lines of one page's
 * different tables may leave lone words at one place ("a", "implementation", v20i-007).
 */
export function repeatedLoneWordStarts(lines: readonly Line[], i: number): Set<number> {
  const wordsAt = new Map<number, Set<string>>();
  for (const line of lines.slice(Math.max(0, i - SHARED_START_LINES), i + SHARED_START_LINES + 1)) {
    line.segments.forEach((seg, k) => {
      if (k === 0 || !LONE_LOWER_WORD.test(seg.text) || LETTER_MARKER.test(seg.text)) return;
      const x = Math.round(seg.x);
      const words = wordsAt.get(x) ?? new Set<string>();
      words.add(seg.text.trim());
      wordsAt.set(x, words);
    });
  }
  return new Set([...wordsAt].filter(([, words]) => words.size >= REPEATED_LONE_WORDS).map(([x]) => x));
}

/**
 * No column edge the lines around share lies inside the run `before` or in its gap to `seg` (to
 * `seg`'s start, a place of slack): a justified line's words stay inside their cell, short of the
 * next column's edge, where a column gap opens. A run that holds an edge is cells glued by one space
 * ("… at least Recruitments completed within (a) Oversight  recommendations"), no cell's line.
 * And a line around opens a cell right of `seg`: the edges that tell are known.
 */
function cellCrossesNoEdge(before: Segment, seg: Segment, shared: ReadonlySet<number>, openings: ReadonlySet<number>): boolean {
  const from = Math.round(before.x) + CHAR_WIDTH;
  const end = Math.round(before.x + before.width);
  const to = Math.round(seg.x) + CHAR_WIDTH;
  for (const x of openings) if (x > from && x <= end) return false;
  for (const x of shared) if (x > end && x <= to) return false;
  // The next column's edge is known: a line around opens a cell right of the word. With none (a
  // row's rest alone at a page's top, "54 data sets published on the    diplomacy", corpus8
  // d8-011) nothing tells the gap from a column gap.
  for (const x of openings) if (x > to) return true;
  return false;
}

/** The x of the text after a segment's opening item marker (null: it opens with none). */
function hangingTextX(seg: Segment): number | null {
  const m = ITEM_HEAD.exec(seg.text);
  if (!m || !(startsWithMarker(seg.text) || LETTER_MARKER.test(seg.text) || DASH_OR_GLYPH.test(seg.text))) return null;
  return Math.round(seg.x + charCount(m[0]) * charWidthOf(seg));
}

/** The line's segments with each stretched word's segment joined to the one before it. */
function joinedSegments(line: Line, shared: ReadonlySet<number>, openings: ReadonlySet<number>, above: Line | undefined, below: readonly Line[]): Segment[] {
  const out: Segment[] = [];
  let joined = false;
  let stretch = 0;
  line.segments.forEach((seg, k) => {
    const before = out[out.length - 1];
    const last = k === line.segments.length - 1;
    // oneWordRun reads the segment printed right before this gap, not `before` (the words joined so
    // far); a run of several words joins too when no column edge the lines around share crosses it.
    const room = before && (oneWordRun(line.segments[k - 1]!) || cellCrossesNoEdge(before, seg, shared, openings)) && stretchedGapBefore(line, before, seg, shared) ? cellGoesOnBelow(before, below) : 0;
    // The stretch (each gap's places past one space and a place of the grid's rounding) is less
    // than the word that opens the cell's next line: had that word fitted, the line would hold it.
    const gap = seg.start - (before?.end ?? seg.start);
    if (before && room > 0 && stretch + gap - 2 <= room + 1 && !(last && restOfBrokenWord(above))) {
      out[out.length - 1] = joinSegments(line, before, seg);
      stretch += gap - 2;
      joined = true;
    } else {
      out.push(seg);
      stretch = 0;
    }
  });
  return joined ? out : line.segments;
}

/**
 * A stretched line is set apart word by word: the segment right before a stretched gap is one word,
 * or an item marker and one word. A run of words one space apart before a wide gap is no stretched
 * line ("Memorandums of understanding       memorandums", a unit column's cell).
 */
function oneWordRun(seg: Segment): boolean {
  if (!seg.text.includes(" ")) return true;
  return hangingTextX(seg) !== null && !seg.text.slice(ITEM_HEAD.exec(seg.text)![0].length).includes(" ");
}

/**
 * A justified line is never its paragraph's last: the cell goes on within `BELOW_LINES` grid lines
 * below (cells of other columns, set at other pitches, interleave on the grid), opening where the
 * stretched line's cell opens (its first segment's start, or the text after its item marker), with
 * no blank grid line between. A line at a page's top or foot with nothing under it is some other
 * cell's rest. Returns the length of the word that opens the cell's next line (0: none).
 */
export function cellGoesOnBelow(before: Segment, below: readonly Line[]): number {
  const opens = new Set([Math.round(before.x)]);
  const hung = hangingTextX(before);
  if (hung !== null) opens.add(hung);
  for (const l of below) {
    if (l.segments.length === 0) return 0; // a blank grid line: the cell ended above it
    for (const seg of l.segments) {
      const words = seg.text.trim().split(/ +/);
      const at = wordStarts(seg).findIndex((x) => opens.has(x));
      if (at >= 0) return charCount(words[at] ?? "");
    }
  }
  return 0;
}

/**
 * The line above ends in a broken word ("… delivered as sched‐"): a lone lower-case word ending this
 * line may be the word's rest, which the grid can set anywhere under it ("uled").
 */
function restOfBrokenWord(above: Line | undefined): boolean {
  const last = above?.segments[above.segments.length - 1];
  return last !== undefined && BROKEN_END.test(last.text);
}

/** One grid place of the segment: its width over its characters (`CHAR_WIDTH` when it has none). */
function charWidthOf(seg: Segment): number {
  const chars = charCount(seg.text) || 1;
  return seg.width > 0 ? seg.width / chars : CHAR_WIDTH;
}

/**
 * The x of each word of a segment. `opening`: only the words after its first that open as a cell
 * does (not in lower case: a capital, a figure, a sign) — where a cell glued to the one before it by
 * a single space opens ("… Member Percentage of women").
 */
function wordStarts(seg: Segment, opening = false): number[] {
  const cw = charWidthOf(seg);
  const xs: number[] = [];
  let offset = 0;
  let previous = " ";
  for (const ch of seg.text) {
    if (previous === " " && ch !== " " && (!opening || (offset > 0 && !STRETCHED_WORD.test(ch)))) xs.push(Math.round(seg.x + offset * cw));
    previous = ch;
    offset++;
  }
  return xs;
}

/**
 * The gap between `before` and `seg` is a justified line's stretched space: `seg` opens with a
 * lower-case word at a place no cell of the lines around opens, and both segments sit on the plain
 * grid (one character per place, the gap only spaces), so the joined segment keeps every word's x.
 */
export function stretchedGapBefore(line: Line, before: Segment, seg: Segment, shared: ReadonlySet<number>): boolean {
  if (before.column !== undefined || seg.column !== undefined) return false;
  if (!STRETCHED_WORD.test(seg.text) || startsWithMarker(seg.text) || LETTER_MARKER.test(seg.text)) return false;
  // One word set apart each side of a stretched gap; a lone lower-case word before it is a cell's
  // own line (a broken label's rest, "ment      ments"), not a stretched line's head.
  if (seg.text.includes(" ") || LONE_LOWER_WORD.test(before.text)) return false;
  const x = Math.round(seg.x);
  if (shared.has(x) || shared.has(x - CHAR_WIDTH) || shared.has(x + CHAR_WIDTH)) return false;
  if (!onPlainGrid(before) || !onPlainGrid(seg)) return false;
  const gap = seg.start - before.end;
  return gap >= 2 && Math.abs(seg.x - (before.x + before.width) - gap * CHAR_WIDTH) < 0.01 && line.text.slice(before.end - line.start, seg.start - line.start).trim() === "";
}

/** One character per grid place: the segment's width is its characters'. */
function onPlainGrid(seg: Segment): boolean {
  return Math.abs(seg.width - charCount(seg.text) * CHAR_WIDTH) < 0.01;
}

function joinSegments(line: Line, a: Segment, b: Segment): Segment {
  const text = line.text.slice(a.start - line.start, b.end - line.start);
  return { ...a, text, width: charCount(text) * CHAR_WIDTH, end: b.end };
}

/** Lines above and below whose cell openings a column start is shared with. */
const SHARED_START_LINES = 4;
/** Of those, the lines whose words glued by one space inside a segment count as openings: the nearest. */
const GLUED_START_LINES = 2;
/** Grid lines below a stretched line in which its cell goes on. */
const BELOW_LINES = 2;
/** A letter or Roman-numeral item marker standing alone or before a word ("ii.", "b)"): it opens a cell. */
const LETTER_MARKER = /^(?:[a-h]|[ivx]{1,5})[.)](?:\s|$)/u;
/** A segment's first word and the spaces after it (the marker, when it is one). */
const ITEM_HEAD = /^\S+ +(?=\S)/u;
/** A dash or bullet glyph opening an item. */
const DASH_OR_GLYPH = /^[-–—•‣◦▪●○■□➢►*]\s/u;
/** A word broken at the line's end: a hyphen, a soft hyphen or U+2010. */
const BROKEN_END = /[-\u00ad\u2010]$/u;
/** A segment of one lower-case word. */
const LONE_LOWER_WORD = /^\p{Ll}\S*$/u;
/** A word inside a sentence: it opens with a lower-case letter. */
const STRETCHED_WORD = /^\p{Ll}/u;
/** Different lone lower-case words the lines around open at one place: a column edge. */
const REPEATED_LONE_WORDS = 2;
