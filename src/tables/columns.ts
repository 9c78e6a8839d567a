import { BULLET_GLYPH_ONLY, GLYPH_CLASS, ITEM_OPENING, LIST_NUMBER, NOTE_CALL, markerKinds, markerValue } from "../vocab/markers.js";
import type { Line, Segment } from "../model/layout.js";
import { RecentLineMemo } from "./lineMemo.js";
import { CHAR_WIDTH } from "../extract/text.js";
import { SEGMENT_GAP_EM, SUPERSCRIPT_RAISE_EM, SUPERSCRIPT_SIZE_RATIO } from "../extract/pdf/lines.js";
import { charCount, isJsSpace, normalizeSpace, CAPITAL_WORD, LOWER_OPENING } from "../vocab/text.js";
import type { ColumnRole } from "../vocab/columns.js";
import { VALUE_ROLES } from "../vocab/columns.js";
import { BOUND_PHRASE, PER_CENT, VALUE_NUMBER, leadingValueLength } from "../vocab/values.js";
import { isWholeValue, trailingValueLength } from "./gluedValues.js";
import { closesRunBracket } from "./closingBracket.js";
import { headWithinCellWidth, runIntoEmptyCell, tailPastCellWidth } from "./gluedTail.js";
import type { CellWidths } from "./gluedTail.js";
import { capitalAfterSentenceWord, sentenceWordAloneEndsLeftCell } from "./gluedCapital.js";
import { cutAtPrintedPair } from "./gluedPair.js";
import { brokenLineEndRestBelowLeft } from "./brokenLineEnd.js";
import type { PairCount } from "./gluedPair.js";
import { CLAUSE_END, endsSentence, leadsOn } from "./text.js";
import { LETTER_THEN_HYPHEN, LOWER_LETTER_THEN_HYPHEN, LOWER_PROSE_WORD } from "../vocab/broken.js";
import { OUTLINE_FIRST_LEVEL_WORD, OUTLINE_SECOND_LEVEL_WORD } from "../vocab/markers.js";

/** Lives with the text helpers (the extractors count characters too); the table reader imports it from here. */
export { charCount };

/** One word of a line with its estimated left edge. */
export interface Word {
  text: string;
  x: number;
  /** Tab/cell index when the producer knew it (tab-separated text, GFM tables). */
  column: number | undefined;
  /** Index of the segment the word came from, within its line. */
  segment: number;
  /** Whitespace sat between the cell's start (tab) and its first word: a trace of a lost bullet glyph. */
  lostGlyph: boolean;
  /** Width of one character of this word's segment. */
  charWidth?: number;
  /** Right end of the word's cell, when words of a wrapped header cell are merged. */
  right?: number;
  /** The word's own x when a merged header cell gives it the cell's left edge as `x`. */
  ownX?: number;
  /** Baseline of the word's segment (a line merges segments whose baselines differ a little). */
  y?: number;
  /** A merged header cell under a group label that spans it and its neighbours: the group's role. */
  underGroup?: ColumnRole;
  /** The second of two header labels' words pdftotext ran together (`unglueLabelWords`): its own cell's. */
  unglued?: boolean;
  /** A merged header cell's word that opens its source line (the line's first piece, first word). */
  opensLine?: boolean;
  /** A merged header cell's word that closes its source line (the line's last piece, last word). */
  closesLine?: boolean;
}

/**
 * Split a line's segments into words with x positions. A segment's width is shared evenly among
 * its characters: exact for text input (fixed CHAR_WIDTH), close enough for PDF, where it only has
 * to place a word on the right side of a column anchor.
 */
export function lineWords(line: Line, layoutText?: string): readonly Word[] {
  // The layout text changes a line's words only through a tab cell's lost-glyph trace (a segment of
  // column > 0, `hasLostGlyphTrace`): a line without one has the same words read either way.
  const text = layoutText !== undefined && line.segments.some((seg) => seg.column !== undefined && seg.column > 0) ? layoutText : undefined;
  return LINE_WORDS.get(line, text, () => splitLineWords(line, text));
}
/**
 * The words of the lines read last (tables/lineMemo): the table reader's rules ask for a line's
 * words ~3 times on a PDF (its own tests, its neighbours' above and below, the reader's walk over
 * each table); 2,048 lines hold every bench PDF's table lines (the largest asks for 267) at
 * ~0.5 MB. Cleared with the header memos when the tables stage ends (`forgetLineWords`).
 */
const LINE_WORDS = new RecentLineMemo<readonly Word[]>(2048);
/** Drop the kept words (tables/header forgetHeaderMemos: the tables stage is done with its lines). */
export function forgetLineWords(): void {
  LINE_WORDS.clear();
}

/**
 * Whether a text holds more than `most` words (runs of non-space), read no further than the word
 * past `most` and without building the words: the header probe asks it of every line that names a
 * label, most of them a paragraph's long line (a Markdown note's paragraph is one line of hundreds
 * of words; counting them all was a quarter of the classifier's header scan, session 50).
 */
export function moreWordsThan(text: string, most: number): boolean {
  return wordsUpTo(text, most) > most;
}
/** `lineWords(line).length > most` likewise: a line's words are its segments' (none runs across two). */
export function lineMoreWordsThan(line: Line, most: number): boolean {
  let n = 0;
  for (const seg of line.segments) if ((n += wordsUpTo(seg.text, most - n)) > most) return true;
  return false;
}
/**
 * The first word of `text`, as `text.trim().split(/\s+/)[0]` reads it ("" for a blank text), without
 * splitting the rest: a test that every word must pass fails on most long runs at their first word.
 * `isJsSpace` is the set `trim` and `\s` share.
 */
export function firstWord(text: string): string {
  let start = 0;
  while (start < text.length && isJsSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isJsSpace(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}
/** The runs of non-space in a text (its words), counted no further than `most + 1`. */
function wordsUpTo(text: string, most: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (!space && !inWord && ++n > most) return n;
    inWord = !space;
  }
  return n;
}

/** Cell indexes known for every column (tab text, GFM): no positions to read. */
export const tabbedColumns = (columns: readonly ColumnDef[]): boolean => {
  for (const c of columns) if (c.column === undefined) return false;
  return true;
};

function splitLineWords(line: Line, layoutText: string | undefined): Word[] {
  const words: Word[] = [];
  line.segments.forEach((seg, index) => {
    const chars = charCount(seg.text) || 1;
    const charWidth = seg.width > 0 ? seg.width / chars : CHAR_WIDTH;
    const lost = seg.column !== undefined && seg.column > 0 && hasLostGlyphTrace(seg, layoutText);
    let first = true;
    // Words are the runs of non-space (/\S+/), read by char codes. Their offsets are in code points
    // (a glyph is one character wide): units before the word that are not the low half of a pair.
    const text = seg.text;
    let offset = 0;
    let i = 0;
    while (i < text.length) {
      if (isJsSpace(text.charCodeAt(i))) {
        offset++;
        i++;
        continue;
      }
      const start = i;
      const at = offset;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (isJsSpace(c)) break;
        if (c < 0xdc00 || c > 0xdfff) offset++;
      }
      words.push({ text: text.slice(start, i), x: seg.x + at * charWidth, column: seg.column, segment: index, lostGlyph: lost && first, charWidth, y: seg.y });
      first = false;
    }
  });
  return words;
}

/** In tab-separated text, "\t " before a cell means a glyph (bullet) was dropped before the text. */
function hasLostGlyphTrace(seg: Segment, layoutText: string | undefined): boolean {
  if (!layoutText || seg.start < 2) return false;
  return /\t[ \u00a0]+$/.test(layoutText.slice(Math.max(0, seg.start - 4), seg.start));
}

/** A table column as the header defines it. */
export interface ColumnDef {
  /** "objective" | "accomplishments" | "measures", or the camelCase key of an extra column. */
  key: string;
  role: ColumnRole;
  header: string;
  /** Left edge of the header text: the anchor data is assigned against. */
  x: number;
  /** Tab/cell index of the header cell, when known. */
  column: number | undefined;
  /** Right end of the header label (estimated), when known: the column's edge is left of its label. */
  right?: number;
  /**
   * Plain text: the edge is where this line's glued cell text starts, lined up with the cell's own
   * lines nearby — no word starting left of it belongs to the column (no anchor slack).
   */
  exact?: boolean;
  /**
   * Plain text: the leftmost x where the lines near this one open the column after a column gap
   * (localAnchors). A word of the previous cell that ends there cannot be this column's text.
   */
  opensNear?: number;
  /**
   * Plain text: where runs of the page's other body lines open this column after a column gap, each
   * place shared by at least MIN_PAGE_OPENING_LINES lines (`pageOpenings`). pdftotext sets each block
   * of rows on a grid of its own, so a column may open at two or three places on one page.
   */
  opensOnPage?: readonly number[];
  /**
   * Plain text, a Target or Baseline column: where the line right above opens this column after a
   * column gap (localAnchors) — a value cell going on wraps under its first line, at its left edge.
   */
  opensAbove?: number;
}

/**
 * Data rarely starts exactly under the header's first letter: a header may be indented or
 * centred a little. Text this many average character widths left of an anchor still belongs to
 * that anchor's column. Two: pdftotext keeps at least one space between columns, so a word two
 * characters left of the next anchor can only be that column's, while a word of the previous
 * column ends at least one space before it.
 */
export const ANCHOR_SLACK_CHARS = 2;

/** Index of the column a word belongs to. Known cell indexes win; otherwise its x against the anchors. */
export function columnOfWord(word: Word, columns: readonly ColumnDef[], charWidth: number, slackChars = ANCHOR_SLACK_CHARS, overflowChars = MAX_OVERFLOW_CHARS): number {
  // Loops, not forEach with a closure over `best`: this runs for every word of every table line,
  // and each call allocated a closure and its context.
  if (word.column !== undefined && tabbedColumns(columns)) {
    let best = 0;
    for (let i = 0; i < columns.length; i++) if ((columns[i]!.column ?? 0) <= (word.column ?? 0)) best = i;
    return best;
  }
  let best = 0;
  const end = word.x + charCount(word.text) * charWidth;
  for (let i = 1; i < columns.length; i++) {
    const c = columns[i]!;
    // A cell's text never runs past the next column's edge: a word that would (pdftotext printed
    // the line a few characters left, one space from the next column) already belongs to it.
    if (word.x >= c.x - (c.exact ? 0 : slackChars) * charWidth || end > c.x + overflowChars * charWidth) best = i;
  }
  return best;
}

/** How far (characters) a word may seem to run past the next column's edge: width estimates of proportional text. */
const MAX_OVERFLOW_CHARS = 2;

/** One line of the table, cut into the header's columns (empty string where a column is empty). */
export interface TableLine {
  page: number;
  line: number;
  y: number;
  cells: string[];
  /** Per column: the cell showed a trace of lost bullet glyphs. */
  lostGlyphs: boolean[];
  /**
   * Per column, positioned text only: where the cell's text ends on this line and how wide its
   * first word is (points), to tell a line that ends a paragraph from one that wrapped; and the
   * baseline of the cell's first word (a line joins cells whose baselines differ by up to the
   * merge tolerance, so paragraph spacing in one column can hide in the line's y).
   */
  fill?: Array<CellFill | null>;
}

/**
 * Cut a line into the header's columns. A segment that straddles an anchor (close columns one
 * space apart, glued into one segment) is split at the word boundary nearest the anchor, because
 * assignment is per word. But a segment never spills into a column where a later segment of the
 * same line starts: that column's text is already separated by a real gap, so a word of this
 * segment past the anchor means the column edge drifted on this line, not that columns are glued.
 */
export interface CellFill {
  /** Where the cell's text starts on this line (its first word, a marker included). */
  left?: number;
  right: number;
  firstWord: number;
  /** Where the cell's second word starts on this line (after a marker: where the item's text starts). */
  second?: number;
  y: number;
}

/**
 * `lineWords`: the line's words when the caller has them already (`lineWords(line, layoutText)`, only read).
 * `above` (pdftotext's grid): the table's lines on the CELL_OPENS_LINES grid lines right above (none
 * where they are blank or the header), to tell where a cell opens (`gluedCellOpening`; undefined: not asked).
 */
export function assignColumns(line: Line, columns: readonly ColumnDef[], layoutText?: string, textGrid = false, gluedMarkers: readonly Word[] = [], lineWordsRead?: readonly Word[], above?: readonly TableLine[], cellWidths?: CellWidths, wordsBelow: readonly Word[] = [], pairs?: PairCount): TableLine {
  const calls = noteCallSegments(line);
  const cells: string[][] = columns.map(() => []);
  const lost = columns.map(() => false);
  const all = lineWordsRead ?? lineWords(line, layoutText);
  const words = calls.size ? withoutCallSegments(all, calls) : all;
  const charWidth = averageCharWidth(line);
  const segmentStart = new Map<number, number>();
  let previous = -1;
  // The segments opened so far on the line, in order (PDF: a run of the same column after a stretched gap).
  const opened: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (segmentStart.has(w.segment)) continue;
    let col = columnOfWord(w, columns, charWidth);
    // A run opening with a list marker hung left of its column's edge (Word's hanging indent, a
    // browser's outside marker) opens the column of the text right after the marker: else it
    // would cap the run before it one column short ("(b) Youth …" left of "• 89 per cent …").
    if (!textGrid && w.column === undefined) col = overrunBeforeOpening(words, k, col, columns, charWidth);
    const after = words[k + 1];
    if (w.column === undefined && after?.segment === w.segment && HUNG_MARKER.test(w.text) && after.x - (w.x + charCount(w.text) * charWidth) <= MAX_HANG_GAP_CHARS * charWidth) col = Math.max(col, columnOfWord(after, columns, charWidth));
    // Text after a column gap that starts a little left of the next column's edge (the row is
    // printed a few characters left of the others) still opens that next column.
    const next = columns[previous + 1];
    // A run opening with a word broken at its line's end: the piece stays in its own column.
    if (textGrid && w.column === undefined && brokenPieceOpensRun(words, k, col, columns, charWidth, wordsBelow)) {
      // placed word by word below
    } else if (w.column === undefined && previous >= 0 && col <= previous && next && w.x >= next.x - MAX_ANCHOR_SHIFT_CHARS * charWidth && (textGrid ? !(lineEndLeftOfCellAbove(words, k, previous + 1, above, charWidth) || lineEndGluedAtEdge(words, k, next, previous + 1, above, charWidth)) : !(laterRunOpens(words, k, previous + 1, columns, charWidth) || evenlyStretchedRun(line, opened, w.segment, segmentStart, previous)))) col = previous + 1;
    else if (textGrid && w.column === undefined) col = secondRunValueColumn(w, words, columns, charWidth, straddlingRunColumn(w, words, columns, charWidth, col));
    segmentStart.set(w.segment, col);
    opened.push(w.segment);
    previous = col;
  }
  if (textGrid) afterExactValue(words, columns, charWidth, segmentStart);
  const segments = [...segmentStart.keys()].sort((a, b) => a - b);
  const lineRightAbove = above?.[above.length - 1];
  const cellAbove = lineRightAbove && lineRightAbove.page === line.page && lineRightAbove.line === line.line - 1 ? lineRightAbove : undefined;
  const placed = words.map((w, k) => {
    let i = columnOfWord(w, columns, charWidth);
    if (textGrid && k > 0 && words[k - 1]!.segment === w.segment) i = capitalOverRowOpening(words, k, columns, charWidth, cutBeforePageOpening(words, k, columns, charWidth, runEndLeftOfOpening(words, k, columns, charWidth, capitalAcrossEdgeColumn(words, k, columns, charWidth, runEndColumn(words, k, columns, charWidth, runWordColumn(words, k, columns, charWidth, i)))), cellAbove, wordsBelow), wordsBelow);
    // A PDF's segment is one cell's text (cells are split at their gaps, and where they were drawn
    // apart): a word one space after a word of its segment that ends short of the next column's
    // edge is the same cell's last word run up to that column ("… the Council 17 times a" beside
    // "Donor fatigue; …", d7-026 html.pdf), not the next cell's first.
    else if (!textGrid && w.column === undefined && k > 0 && words[k - 1]!.segment === w.segment) i = runWordColumn(words, k, columns, charWidth, i);
    const own = segmentStart.get(w.segment) ?? i;
    const next = segments.find((s) => s > w.segment);
    const nextStart = next === undefined ? undefined : segmentStart.get(next);
    if (nextStart !== undefined && w.column === undefined) i = Math.max(own, Math.min(i, nextStart - 1));
    // A run never reaches back left of the column it opens: on the grid, and in a PDF, where a run
    // after a real gap is one cell's text ("80 per cent" at x 487 under a "Target" label centred at
    // 496, after "75 per cent" in Baseline: its "80" is no Baseline word, d10-032, d8b-003).
    else if (w.column === undefined) i = Math.max(own, i);
    return i;
  });
  // A list number or bullet hung left of its column's text (Word's hanging indent: "1." then a tab)
  // belongs to the text right after it, whatever column edge lies between them.
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!, after = words[k + 1]!;
    if (w.column !== undefined || placed[k + 1]! <= placed[k]! || !HUNG_MARKER.test(w.text)) continue;
    // In a PDF too: a segment is one cell's line, cut at its gaps ("… completed (target: 37)" with
    // the Risks column's "the Council's programme" 25 pt on, corpus18 v18-014 jspdf.pdf: "37)" was
    // hung before the risk's wrapped line, which then opened an item of its own).
    if (closesRunBracket(words, k)) continue;
    const gapAfter = after.x - (w.x + charCount(w.text) * charWidth);
    // A number one space after a word of its own run and set well apart from the next text ends
    // that run's sentence ("… service 2.      Better"), no marker; glued columns leave a marker as
    // close to its text as to the word before ("… staff at (i) Better").
    const before = words[k - 1];
    const gapBefore = before && before.segment === w.segment ? w.x - (before.x + charCount(before.text) * charWidth) : Infinity;
    if (SENTENCE_END_NUMBER.test(w.text) && gapBefore <= IN_SENTENCE_GAP_CHARS * charWidth && gapAfter > gapBefore + MARKER_APART_CHARS * charWidth) continue;
    // In a PDF the line was cut into segments at its gaps before this: a number one space after a
    // word of its own segment, with the next text in another segment that opens with a marker of
    // its own or goes on in lower case, ends that segment's sentence however close the next cell
    // starts ("… completed: 17." | "• Post adjustment …", "… completed: 23." | "issued.": a
    // one-space column gap, corpus18 d18-007). No item opens with two markers, nor in lower case
    // after a list number; a number hung before an item's capital stays hung (an RTF list's "1."
    // glued to the objective before it: "… to client 1." | "Network and …", corpus8 d8e-010).
    if (!textGrid && SENTENCE_END_NUMBER.test(w.text) && gapBefore <= IN_SENTENCE_GAP_CHARS * charWidth && after.segment !== w.segment && (HUNG_MARKER.test(after.text) || LOWER_CASE_OPENING.test(after.text))) continue;

    // A number other than 1 right after a colon is the value its sentence ends with ("… surveys
    // completed: 23. issued.", the next cell's wrapped line glued one space on: corpus18 d18-007
    // jspdf.txt), however close the next cell's text: a colon introduces a value, and a list that a
    // glued cell opens starts at 1. On pdftotext's grid (PDFs were not measured).
    if (textGrid && SENTENCE_END_NUMBER.test(w.text) && w.text !== "1." && gapBefore <= IN_SENTENCE_GAP_CHARS * charWidth && before?.text.endsWith(":")) continue;
    // On pdftotext's grid a marker glued by one space to the end of the previous cell's run and
    // followed by a column gap ("… member States; o            78 per cent …") is the next cell's
    // hung marker however wide its hanging indent: no run of prose ends on a lone list marker.
    const gluedAtRunEnd = textGrid && before !== undefined && before.segment === w.segment && after.segment !== w.segment;
    if (gapAfter <= (gluedAtRunEnd ? MAX_RUN_END_HANG_CHARS : MAX_HANG_GAP_CHARS) * charWidth || (textGrid && bulletHungInRightHalf(words, k, placed, columns))) placed[k] = placed[k + 1]!;
  }
  if (textGrid) {
    bulletOpensCell(words, placed, columns, charWidth);
    runBeforeGluedMarker(words, placed, columns, charWidth, gluedMarkers);
    runHeadInMarkerColumn(words, placed, columns, charWidth, gluedMarkers);
    markerOpensCell(words, placed, columns, gluedMarkers);
    nothingBeforeMarker(words, placed, gluedMarkers);
    wordsBeforeRunMarker(words, placed, columns);
    runHeadBeforeGluedMarker(words, placed, gluedMarkers);
    valueKeptWhole(words, placed, columns);
    valueAcrossEdge(words, placed, columns, charWidth);
    valueOpensLeftOfEdge(words, placed, columns, charWidth);
    valuesFillTheirColumns(words, placed, columns);
    valueOpensRightOfEdge(words, placed, columns, charWidth);
    figureShortOfValues(words, placed, columns, charWidth);
    wholeValueGluedRight(words, placed, columns, charWidth);
    splitValueCells(words, placed, columns, above);
    comparatorOpensValue(words, placed, columns);
    brokenRunHeadEndsLeftCell(words, placed, columns);
    brokenWordRestBelowLeft(words, placed, columns, charWidth, wordsBelow);
    brokenLineEndRestBelowLeft(words, placed, columns, charWidth, wordsBelow);
    brokenWordEndsCell(words, placed, columns);
    const lineAbove = above?.[above.length - 1];
    proseRunBeforeValue(words, placed, columns, charWidth, lineAbove && lineAbove.page === line.page && lineAbove.line === line.line - 1 ? lineAbove : undefined, wordsBelow, (above ?? []).filter((a) => a.page === line.page));
    if (above !== undefined) {
      gluedCellOpening(words, placed, columns, above);
      tailLeadingOnBeforeOpening(words, placed, columns, above, wordsBelow, charWidth);
      straddlerBeforeCapital(words, placed, columns, above, charWidth);
      const right = above[above.length - 1];
      if (right && right.page === line.page && right.line === line.line - 1) {
        runUnderCellAbove(words, placed, columns, right, charWidth);
        runTailUnderCellAbove(words, placed, columns, right, charWidth, above, gluedMarkers);
      }
      runUnderCellOverEmptyLine(words, placed, columns, above, line, charWidth);
    }
    // pdftotext's grid, a second reading (tables/gluedTail): words past their column's widest clean line.
    if (cellWidths) {
      tailPastCellWidth(words, placed, columns, cellWidths, charWidth);
      headWithinCellWidth(words, placed, columns, cellWidths, charWidth);
      runIntoEmptyCell(words, placed, columns, cellWidths, charWidth);
    }
    lowerHeadBeforeGluedCapital(words, placed, columns, charWidth, cellAbove);
    capitalAfterSentenceWord(words, placed, columns, charWidth, above, line.page);
    sentenceWordAloneEndsLeftCell(words, placed, columns);
    // The pair of words the document prints elsewhere keeps together across a glued cut (tables/gluedPair).
    if (pairs) cutAtPrintedPair(words, placed, pairs, charWidth, cellAbove, wordsBelow);
    // Last: the cuts above move cells' openings by their capitals, and a unit opens in lower case.
    unitGluedBeforeValues(words, placed, columns, charWidth);
    unitKeptWhole(words, placed, columns);
  }
  const fill: Array<CellFill | null> = columns.map(() => null);
  words.forEach((w, k) => {
    const i = placed[k]!;
    cells[i]?.push(textGrid && (k === 0 || words[k - 1]!.segment !== w.segment) && !VALUE_ROLES.has(columns[i]?.role ?? "objective") ? markerSetApart(w.text) : w.text);
    if (w.lostGlyph) lost[i] = true;
    const width = charCount(w.text) * (w.charWidth ?? charWidth);
    const f = fill[i];
    if (f) {
      f.right = Math.max(f.right, w.x + width);
      f.second ??= w.x;
    } else fill[i] = { left: w.x, right: w.x + width, firstWord: width, y: w.y ?? line.y };
  });
  return { page: line.page, line: line.line, y: line.y, cells: cells.map((c) => c.join(" ")), lostGlyphs: lost, fill };
}

/**
 * Off pdftotext's grid: the line's cells read segment by segment (`tabLineCells`) when every segment
 * is a tab cell, the columns all know their cell index and no segment is a note call; null for any
 * other line, which `assignColumns` reads word by word. Asked by the caller before `assignColumns`
 * (session 55: the test inside `assignColumns` made that larger function cost more on pdftotext's grid,
 * where it never holds).
 */
export function tabLineRead(line: Line, columns: readonly ColumnDef[], layoutText: string | undefined): TableLine | null {
  return everySegmentTabbed(line) && tabbedColumns(columns) && noteCallSegments(line).size === 0 ? tabLineCells(line, columns, layoutText) : null;
}

/** Every segment of the line is a tab cell (its cell index known). */
function everySegmentTabbed(line: Line): boolean {
  for (const seg of line.segments) if (seg.column === undefined) return false;
  return true;
}

/**
 * `assignColumns` off pdftotext's grid for a line whose every segment is a tab cell (tab-separated
 * text, a GFM table's row) under columns that all know their cell index, with no note call: there
 * each word goes to the column of its segment's cell index (`columnOfWord`) and no rule moves one,
 * so the cells are read segment by segment without the line's words (`lineWords`: one object and one
 * string per word, the tables stage's largest allocation on a tab text, session 51). The same cells,
 * glyph traces and fills, key for key, as the word-by-word reading (test/tables/tab-cells-s54.test.ts).
 */
function tabLineCells(line: Line, columns: readonly ColumnDef[], layoutText: string | undefined): TableLine {
  const cells: string[][] = columns.map(() => []);
  const lost = columns.map(() => false);
  const fill: Array<CellFill | null> = columns.map(() => null);
  // `lineWords` reads a lost-glyph trace only on a line with a cell after the first.
  const text = layoutText !== undefined && line.segments.some((seg) => seg.column! > 0) ? layoutText : undefined;
  for (const seg of line.segments) {
    let i = 0;
    for (let c = 0; c < columns.length; c++) if ((columns[c]!.column ?? 0) <= seg.column!) i = c;
    const s = seg.text;
    const charWidth = seg.width > 0 ? seg.width / (charCount(s) || 1) : CHAR_WIDTH;
    // As splitLineWords reads words (runs of non-space; offsets in code points) and assignColumns
    // widens the cell's fill by each; `single`: the segment is its words one space apart.
    let words = 0;
    let single = true;
    let offset = 0;
    let k = 0;
    while (k < s.length) {
      const c = s.charCodeAt(k);
      if (isJsSpace(c)) {
        if (c !== 0x20 || k === 0 || isJsSpace(s.charCodeAt(k - 1)) || k === s.length - 1) single = false;
        offset++;
        k++;
        continue;
      }
      const start = k;
      const at = offset;
      let pairs = 0;
      for (; k < s.length; k++) {
        const d = s.charCodeAt(k);
        if (isJsSpace(d)) break;
        if (d < 0xdc00 || d > 0xdfff) offset++;
        // charCount's surrogate pairs: a low half right after a high half of the word.
        else if (k > start && s.charCodeAt(k - 1) >= 0xd800 && s.charCodeAt(k - 1) <= 0xdbff) pairs++;
      }
      const x = seg.x + at * charWidth;
      const width = (k - start - pairs) * charWidth;
      const f = fill[i];
      if (f) {
        f.right = Math.max(f.right, x + width);
        f.second ??= x;
      } else fill[i] = { left: x, right: x + width, firstWord: width, y: seg.y ?? line.y };
      words++;
    }
    if (words === 0) continue;
    cells[i]!.push(single ? s : normalizeSpace(s));
    if (seg.column! > 0 && hasLostGlyphTrace(seg, text)) lost[i] = true;
  }
  return { page: line.page, line: line.line, y: line.y, cells: cells.map((c) => c.join(" ")), lostGlyphs: lost, fill };
}

/** Is the word at `k` a run of its own (no word of its segment beside it)? */
function oneWordRun(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  return words[k - 1]?.segment !== w.segment && words[k + 1]?.segment !== w.segment;
}

/**
 * pdftotext's grid: is the one-word run at `k` a justified cell line's last word rather than the
 * next column `col` printed a few characters left? A justified line is stretched to its cell's
 * right edge, so its words stand as runs of one word each and its last word can stand a few
 * characters short of the next column ("areas     within   the", "and     Nigeria,    in",
 * "6.2     Pooled    funds": corpus20 Typst, corpus11), where the shift rule gave it to that
 * column. Only a one-word run after a one-word run (a line stretched at every gap): a run of
 * several words one space apart is no justified line's tail, and may be a row printed left of the
 * others whose line above was glued (corpus14 d14-015 "in mission areas"). A cell's lines share its left edge: when `col`'s text on the nearest grid
 * line above (CELL_OPENS_LINES) opens right of this run, the run does not continue that cell, and a
 * run in lower case opens no cell of its own. A row printed left of the others keeps the shift: its
 * lines share their shifted edge, so the cell above opens where the run does.
 */
function lineEndLeftOfCellAbove(words: readonly Word[], k: number, col: number, above: readonly TableLine[] | undefined, charWidth: number): boolean {
  const w = words[k]!, before = words[k - 1];
  if (!above || !LOWER_WORD.test(w.text) || !before || !oneWordRun(words, k) || !oneWordRun(words, k - 1)) return false;
  for (let i = above.length - 1; i >= 0; i--) {
    const left = above[i]!.fill?.[col]?.left;
    if (left !== undefined) return left > w.x + ANCHOR_SLACK_CHARS * charWidth;
  }
  return false;
}

/**
 * pdftotext's grid: is the run at `k`, after a column gap a little left of column `col`'s edge
 * (`next`), a justified or hyphenated cell line's last word glued one space to the next cell's
 * first word? Its first word is one word in lower case (a line's end: `trained`, a broken `imple-`)
 * and the run's next word opens with a capital right where the column opens — at the header's
 * edge or where the lines around open it (`opensNear`), within ANCHOR_SLACK_CHARS — while the
 * lower-case word starts more than that slack left of it ("Women mediators       trained Good
 * offices …", "Oversight    recommendations       imple- Air tickets …": corpus20 val20 Typst,
 * the page's column edge running through the run at that word boundary). The capital is the cell's
 * first word, the word before it ends the stretched line on the left; the shift rule would have given
 * both to the column. Not when `col`'s text on the grid line above opens where the run does (a row
 * printed left of the others: its lines share the shifted edge). The same cue as
 * lineEndLeftOfCellAbove's, for a run glued on instead of a one-word run.
 */
function lineEndGluedAtEdge(words: readonly Word[], k: number, next: ColumnDef, col: number, above: readonly TableLine[] | undefined, charWidth: number): boolean {
  const w = words[k]!, after = words[k + 1];
  if (hungRomanMarker(w) || !LOWER_WORD.test(w.text) || !after || after.segment !== w.segment || !CAPITALISED.test(after.text) || VALUE_ROLES.has(next.role)) return false;
  const slack = ANCHOR_SLACK_CHARS * charWidth;
  const edge = Math.max(next.x, next.opensNear ?? -Infinity);
  if (after.x < next.x - slack || after.x > edge + slack || w.x >= next.x - slack) return false;
  for (let i = (above?.length ?? 0) - 1; i >= 0; i--) {
    const left = above![i]!.fill?.[col]?.left;
    if (left !== undefined) return left > w.x + slack;
  }
  return true;
}

/**
 * pdftotext's grid, narrow justified cells with hyphenation (Typst): a run that opens with a word
 * broken at its line's end, glued one space to the next cell's item ("com­ – Staff who completed …",
 * corpus20 val20i v20i-012 typst.txt; "imple­ 52%"). A word is broken only where its line ends, so the
 * piece is the last word of its own column's line, set apart from the line's head by a stretched gap,
 * and the words after it open the next column: the run straddles the edge at the piece's end, not
 * at its start (`straddlingRunColumn` gave the whole run, piece and all, to the next column). The
 * piece's column is where its own x puts it; the words after it are placed word by word. The
 * pieces' places confirm it: the word's rest opens a run on the grid line right below, left of the
 * piece (its cell's left edge: "pleted." under "a) Mandatory").
 */
function brokenPieceOpensRun(words: readonly Word[], k: number, col: number, columns: readonly ColumnDef[], charWidth: number, below: readonly Word[]): boolean {
  const w = words[k]!, after = words[k + 1];
  if (!after || after.segment !== w.segment || (k > 0 && words[k - 1]!.segment === w.segment) || !LOWER_LETTER_THEN_HYPHEN.test(w.text)) return false;
  if (after.x - (w.x + charCount(w.text) * charWidth) > charWidth * 1.5) return false;
  const opener = HUNG_MARKER.test(after.text) ? words[k + 2] : after;
  if (!opener || opener.segment !== w.segment || !(CAPITALISED.test(opener.text) || /^[\d≥≤<>]/u.test(opener.text))) return false;
  return columnOfWord(opener, columns, charWidth) > col && restOpensBelow(below, w, charWidth);
}
/** The broken word's rest opens a run on the grid line below, in lower case, left of the piece (at its cell's left edge). */
function restOpensBelow(below: readonly Word[], piece: Word, charWidth: number): boolean {
  return below.some((v, j) => {
    if (v.x >= piece.x || !LOWER_OPENING.test(v.text)) return false;
    const before = below[j - 1];
    return !before || before.segment !== v.segment;
  });
}

/**
 * A Roman numeral with a full stop ("ii.", "iii.": Typst's `i.` enumeration, its numbers set right
 * so that the wider ones hang left of the column's edge) one space before a capital is the next
 * cell's item marker, never a justified line's last word: no English word is "ii." (`lineEndGluedAtEdge`
 * had read "in harmonizing audit    ii. Audit opinions is­" as the objective's line "… audit ii." and
 * the measure "Audit opinions …", corpus20 val20g v20g-014 typst.txt; "approved resources
 * ii. Incidents addressed", v20g-007). Session 43 (h-ty43).
 */
function hungRomanMarker(w: Word): boolean {
  return ROMAN_DOT_MARKER.test(w.text);
}
/**
 * A PDF line opens each column once: does a later run of the line (a later segment) start inside
 * column `col` by its own x? Then the run at `k`, short of that column's edge, is not the one that
 * opens it: it is its own column's text after a wide gap. Justified cells stretch their word gaps
 * over the cell's width ("(c) Boundary      pillars" | "(a) Average …", Typst, corpus20), and a
 * stretched gap near the cell's right edge reads as the gap before the next column.
 */
function laterRunOpens(words: readonly Word[], k: number, col: number, columns: readonly ColumnDef[], charWidth: number): boolean {
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j]!;
    if (words[j - 1]!.segment === w.segment) continue;
    if (w.column === undefined && columnOfWord(w, columns, charWidth) === col) return true;
  }
  return false;
}
/**
 * A PDF line opens each column once (laterRunOpens): a run that starts left of column `col`'s edge
 * and reaches `col` only by its width (columnOfWord's overflow), while the line's next run opens
 * `col` by its own x, is its left column's text run past the edge — TeX's overfull box, a word
 * wider than its narrow cell ("consultations" 12 pt into the Baseline column, "7" at that column's
 * edge: corpus14 v14-010 xe.pdf). Returns the column its left edge lies in, else `col`.
 */
function overrunBeforeOpening(words: readonly Word[], k: number, col: number, columns: readonly ColumnDef[], charWidth: number): number {
  const w = words[k]!;
  const byX = columnOfWord(w, columns, charWidth, ANCHOR_SLACK_CHARS, Infinity);
  if (byX >= col) return col;
  let next: Word | undefined;
  for (let j = k + 1; j < words.length && !next; j++) if (words[j]!.segment !== w.segment) next = words[j];
  if (!next || next.column !== undefined || columnOfWord(next, columns, charWidth, ANCHOR_SLACK_CHARS, Infinity) !== col) return col;
  return byX;
}
/**
 * A PDF run after a gap as wide as the gap before the run ahead of it, those two runs opened in
 * one column: one justified line stretched alike at each gap ("2) Sessions   of   the", the last
 * word at the cell's right edge, near the next column's), not a column gap — a line stretches
 * all its gaps by one amount, and a column gap matching it to the point is no column's edge.
 */
function evenlyStretchedRun(line: Line, opened: readonly number[], segment: number, segmentStart: ReadonlyMap<number, number>, col: number): boolean {
  const [a, b] = opened.slice(-2).map((s) => line.segments[s]);
  const run = line.segments[segment];
  if (opened.length < 2 || !a || !b || !run || segmentStart.get(opened[opened.length - 2]!) !== col || segmentStart.get(opened[opened.length - 1]!) !== col) return false;
  const before = b.x - (a.x + a.width), gap = run.x - (b.x + b.width);
  return gap > 0 && Math.abs(gap - before) <= STRETCHED_GAP_SLACK_PT;
}
/** Points two stretched gaps of one justified line may differ by (glyph advances rounded in the text layer). */
const STRETCHED_GAP_SLACK_PT = 1;

/**
 * pdftotext's grid: a value glued one space to the end of a measure's run ("… completed on 65%")
 * that starts where the lines around open its value column (`exact`, set by localAnchors from the
 * lines around) is that column's value, so the run after it opens a column right of it ("≥ 83%",
 * the Target). A block of rows laid out on a grid of its own can print its values several
 * characters left of the header labels (corpus18 d18-010 jspdf.txt: "58%   66%" with "Baseline
 * Target" over them at 87/96): by the header's edges the target read as the baseline, and the
 * baseline went back into the measure. Columns read left to right on a line: no run opens a
 * column left of, or at, a value column a word before it already stands in.
 */
function afterExactValue(words: readonly Word[], columns: readonly ColumnDef[], charWidth: number, segmentStart: Map<number, number>): void {
  let floor = -1;
  for (const [k, w] of words.entries()) {
    const start = k === 0 || words[k - 1]!.segment !== w.segment;
    if (start && w.column === undefined && floor >= 0 && (segmentStart.get(w.segment) ?? Infinity) <= floor && floor + 1 < columns.length) segmentStart.set(w.segment, floor + 1);
    if (start || w.column !== undefined || !VALUE_OPENING.test(w.text)) continue;
    const c = columnOfWord(w, columns, charWidth, 0);
    const def = columns[c];
    if (def?.exact && VALUE_ROLES.has(def.role) && w.x >= def.x) floor = Math.max(floor, c);
  }
}

/**
 * The segments of a line that are note calls ending a cell's text ("… from renewable sources ᵃ",
 * the note under the table): a letter, a number of one or two digits or a note sign, set smaller
 * than the text it follows (SUPERSCRIPT_SIZE_RATIO) with its baseline raised (SUPERSCRIPT_RAISE_EM),
 * within a word gap of that text's end, and nothing after it in the cell (the line ends, or the
 * next text lies more than a word gap away). Told by the geometry (a Word superscript run, a
 * ReportLab `<super>`), never by the letter: a plain "a" on the baseline stays text. A call is no
 * part of the item (the note itself is read apart); a raised mark inside a sentence is kept.
 */
export function noteCallSegments(line: Line): Set<number> {
  const calls = new Set<number>();
  line.segments.forEach((seg, si) => {
    const before = line.segments[si - 1];
    if (!before || !NOTE_CALL.test(seg.text.trim())) return;
    const size = before.fontSize;
    const end = before.x + before.width;
    const gap = seg.x - end;
    if (!(seg.fontSize < SUPERSCRIPT_SIZE_RATIO * size && before.y - seg.y >= SUPERSCRIPT_RAISE_EM * size)) return;
    if (gap > SEGMENT_GAP_EM * size || gap < -SEGMENT_GAP_EM * size) return;
    const after = line.segments[si + 1];
    if (after && after.x - (seg.x + seg.width) <= SEGMENT_GAP_EM * size && !closesAfterCall(line, si + 1, size)) return;
    calls.add(si);
  });
  return calls;
}

/**
 * The segment after a raised call is only the item's closing punctuation, on the text's baseline
 * in the text's size, and ends the cell's text (Word puts the call where it was typed: "… 63%⁶.",
 * a call before the full stop). The call is still no part of the item; the full stop is.
 */
function closesAfterCall(line: Line, k: number, size: number): boolean {
  const seg = line.segments[k]!;
  const text = line.segments[k - 2];
  if (!CLOSING_PUNCTUATION.test(seg.text.trim()) || !text || Math.abs(seg.fontSize - size) > SIZE_SLACK_PT || Math.abs(seg.y - text.y) > SIZE_SLACK_PT) return false;
  const next = line.segments[k + 1];
  return !next || next.x - (seg.x + seg.width) > SEGMENT_GAP_EM * size;
}
const CLOSING_PUNCTUATION = /^[.,;:)\]]{1,2}$/;
const SIZE_SLACK_PT = 0.5;

/**
 * The line's words without its note calls' (noteCallSegments); closing punctuation printed after a
 * call goes back on the word before the call ("63%" "⁶" "." → "63%.").
 */
function withoutCallSegments(words: readonly Word[], calls: ReadonlySet<number>): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    if (calls.has(w.segment)) continue;
    const prev = out[out.length - 1];
    if (prev && calls.has(w.segment - 1) && prev.segment === w.segment - 2 && CLOSING_PUNCTUATION.test(w.text)) out[out.length - 1] = { ...prev, text: prev.text + w.text };
    else out.push(w);
  }
  return out;
}

/**
 * pdftotext's grid: a word inside a run (one space after a word of its segment) that starts just
 * left of the next column's edge (within the anchor slack) and does not cross it — "… staff at
 * (i) Better …", "… entities in", "… efficiency of practices …" — goes on with the text before it:
 * a column's text starts at its edge, and the previous cell's last word may end right there. In a
 * Target or Baseline column (short values) it opens the cell when the run goes on in that column
 * with text that is no item marker ("submitted 90 per cent": the value printed a character left of
 * its column). A word that crosses the edge opens the next cell ("… 2016 55% in 2015").
 */
function runWordColumn(words: readonly Word[], k: number, columns: readonly ColumnDef[], charWidth: number, loose: number): number {
  const w = words[k]!;
  const strict = columnOfWord(w, columns, charWidth, 0);
  const edge = columns[loose]?.x;
  if (loose <= strict || edge === undefined || w.x + charCount(w.text) * charWidth > edge) return loose;
  const after = words[k + 1];
  // A word in lower case is no value's first word ("… reporting on 15 (2009)": "on" ends the
  // measure, the Baseline opens at "15"): a value opens with its number or a capital.
  const goesOn = VALUE_ROLES.has(columns[loose]!.role) && !LOWER_CASE_OPENING.test(w.text) && after !== undefined && after.segment === w.segment && columnOfWord(after, columns, charWidth, 0) >= loose && !HUNG_MARKER.test(after.text);
  return goesOn ? loose : strict;
}

/**
 * pdftotext's grid: the last word of a run (a column gap or the line's end after it) that crosses
 * the next column's edge only because it is long, starting well left of that edge, ends its own
 * cell's line: pdftotext sets proportional text on a grid of characters, so a full line of a cell
 * runs a few characters past where the next column's text starts on other lines ("… in line with
 * the priorities" under "IPSAS,       ➢ Annual …"). The next column's text opens at its edge,
 * within MAX_ANCHOR_SHIFT_CHARS (the most a row's grid shifts a column), not ten characters left
 * of it in the middle of another cell's sentence.
 */
function runEndColumn(words: readonly Word[], k: number, columns: readonly ColumnDef[], charWidth: number, col: number): number {
  const w = words[k]!;
  const after = words[k + 1];
  if (w.column !== undefined || (after !== undefined && after.segment === w.segment)) return col;
  // No line around opens the column, and the word starts left of its edge and goes on in lower case
  // ("… from 16 in 2022 to 30 in", "in" a character left of a column empty on the lines around): a
  // cell's line in lower case goes on from the cell's line above, which would show where the column
  // opens, so the word ends its own run's line.
  const left = columnOfWord(w, columns, charWidth, 0, Infinity);
  const own = columns[col];
  if (left < col && own && own.opensNear === undefined && !VALUE_ROLES.has(own.role) && LOWER_CASE_OPENING.test(w.text)) return left;
  const start = columnOfWord(w, columns, charWidth, ANCHOR_SLACK_CHARS, Infinity);
  const edge = columns[start + 1];
  if (col <= start || !edge) return col;
  // A Target or Baseline value may stand anywhere in its short cell, so where the lines around open
  // it tells little; but a word that starts in the text column and opens with neither a digit nor
  // a capital is that cell's own ("rated satisfactory (percentage)" three characters past the
  // edge of a row set on a wider grid): a value opens with its number, a worded value ("Achieved")
  // with a capital.
  if (VALUE_ROLES.has(edge.role)) return VALUE_OPENING.test(w.text) || CAPITALISED.test(w.text) ? col : start;
  if (edge.opensNear === undefined) return col;
  return w.x + charCount(w.text) * charWidth <= edge.opensNear ? start : col;
}

/**
 * pdftotext's grid: the last word of a run, one space after the word before it, that starts at or
 * past the next prose column's edge but ends before that column's text opens on the lines around
 * it (within NEAR_LINES grid lines) is the run's own cell's last word: a cell's lines share their
 * left edge, so a word lying wholly left of where the column opens is no text of it ("partner
 * entities; mitigated by" with the measures of the lines around opening two characters right of
 * "by", the page's edge a character left of it: corpus5 g1-020 chromium.txt). runEndColumn keeps a
 * word that starts left of the edge; this one starts on it. Not in a Target or Baseline column,
 * whose short values stand anywhere in their cells.
 *
 * The same inside a run glued across the edge by one space when the run's next word starts where
 * the column's text opens on the lines around (within ALIGNED_CHARS): that word opens the cell, and
 * the word before it, wholly left of that opening, ends the cell on its left ("… in a transparent
 * manner, in line with cooperation with partner entities …" with the accomplishments around opening
 * at "cooperation": corpus4 f1-009 chromium.txt; "with" had crossed the part's edge, set by a
 * marker three lines up, and opened the accomplishment).
 */
function runEndLeftOfOpening(words: readonly Word[], k: number, columns: readonly ColumnDef[], charWidth: number, col: number): number {
  const w = words[k]!, before = words[k - 1], after = words[k + 1];
  const edge = columns[col];
  if (w.column !== undefined || col === 0 || !edge || edge.opensNear === undefined || VALUE_ROLES.has(edge.role)) return col;
  if (!before || before.segment !== w.segment) return col;
  if (after !== undefined && after.segment === w.segment) {
    if (Math.abs(after.x - edge.opensNear) > ALIGNED_CHARS * charWidth) return col;
    // A word right after an item marker is its item's first word, not a cell's end ("… deployed
    // with (i) 19 mission planning …", the measures opening at "mission" on the lines below:
    // corpus7 h7-006 txt).
    if (markerKinds(before.text).length > 0) return col;
  }
  if (columnOfWord(before, columns, charWidth, 0) >= col) return col;
  return w.x + charCount(w.text) * charWidth <= edge.opensNear ? col - 1 : col;
}

/**
 * Session 37 (h-glue): the run's next word starts exactly where other lines of the page open the
 * column after a column gap (`opensOnPage`, within SAME_EDGE_CHARS, at or right of the edge), and
 * `w`, a capitalised word that starts left of the edge, ends left of that place: `after` opens the
 * cell, `w` ends the one on its left — the page's place, not the capital, decides. pdftotext keeps one space where a
 * cell's line runs up to the next column, and a row may sit on a grid of its own a few characters
 * off the part's edge, so the edge cuts the run a word early ("… 2030 in Latin America Member
 * States", "America" straddling the part's edge, "Member" under the outcomes opening on the page's
 * other rows: corpus14 v14b-005). The lines right around need not show the opening (a row of one
 * glued line has none), the page's other blocks do: a column's text opens at one of a few places.
 */
function cutBeforePageOpening(words: readonly Word[], k: number, columns: readonly ColumnDef[], charWidth: number, col: number, lineAbove: TableLine | undefined, wordsBelow: readonly Word[]): number {
  const w = words[k]!, before = words[k - 1], after = words[k + 1];
  const edge = columns[col];
  if (w.column !== undefined || col === 0 || !edge || VALUE_ROLES.has(edge.role) || before?.segment !== w.segment) return col;
  if (!beforePageOpening(w, after, edge, charWidth) || columnOfWord(before, columns, charWidth, 0) >= col) return col;
  // A word right after an item marker is its item's first word ("(a) Truce provisions", the outcomes'
  // text opening under "provisions" four characters right of the marker's: corpus17 d17-002).
  if (markerKinds(before.text).length > 0) return col;
  // The cell's line right above opens where `w` starts (within ALIGNED_CHARS): the row is set left of the page's places
  // and `w` is its cell's first word ("… through and girls in sport" under "… women Community
  // programmes for women", corpus14 v14c-023).
  const left = lineAbove?.fill?.[col]?.left;
  if (left !== undefined && Math.abs(left - w.x) <= ALIGNED_CHARS * charWidth) return col;
  // The cell's own next grid line has a word starting where `w` starts (within ALIGNED_CHARS): the
  // row is set left of the page's places and its cell goes on under `w`, glued by one space too, so
  // it is no opening the page counts ("… representation At least 50% of" over "… P-5 level
  // selections for P-5 and": "At" opens the measure, the page's other rows open it under "least",
  // test/tables/pdftotext.test.ts's four-column LibreOffice print).
  return wordsBelow.some((b) => Math.abs(b.x - w.x) <= ALIGNED_CHARS * charWidth) ? col : col - 1;
}
function beforePageOpening(w: Word, after: Word | undefined, edge: ColumnDef, charWidth: number): boolean {
  if (!after || after.segment !== w.segment || !edge.opensOnPage) return false;
  const at = edge.opensOnPage.find((x) => Math.abs(after.x - x) <= SAME_EDGE_CHARS * charWidth);
  return at !== undefined && w.x < edge.x && at >= edge.x && w.x + charCount(w.text) * charWidth <= at && CAPITALISED_WORD.test(w.text) && markerKinds(w.text).length === 0;
}
/**
 * Session 38 (h-glue2), the mirror of `cutBeforePageOpening`: a row set on a grid of its own a few
 * characters left of the page's, its cell's first line glued by one space to the cell on its left
 * ("… acknowledged and Cases completed during the year: 12", the run's next word "completed" right
 * on the column's edge). The cell's own next grid line opens the column after a column gap at a
 * place `w` covers ("85% of petitioners …" under "Cases", corpus14 v14c-004): that is where this
 * row's column starts, so `w`, a capitalised word straddling it, opens the cell (as
 * `capitalAcrossEdgeColumn` reads a straddler of the part's edge).
 */
function capitalOverRowOpening(words: readonly Word[], k: number, columns: readonly ColumnDef[], charWidth: number, col: number, wordsBelow: readonly Word[]): number {
  const w = words[k]!, before = words[k - 1], after = words[k + 1];
  const next = columns[col + 1];
  if (w.column !== undefined || !next || VALUE_ROLES.has(next.role) || !CAPITALISED_WORD.test(w.text) || markerKinds(w.text).length > 0) return col;
  if (before?.segment !== w.segment || !after || after.segment !== w.segment || columnOfWord(after, columns, charWidth) !== col + 1) return col;
  const end = w.x + charCount(w.text) * charWidth;
  const opens = wordsBelow.some((b, j) => (j === 0 || wordsBelow[j - 1]!.segment !== b.segment) && b.x > w.x && b.x < end && b.x < next.x && b.x >= next.x - MAX_ANCHOR_SHIFT_CHARS * charWidth);
  return opens ? col + 1 : col;
}

/**
 * A capitalised word of prose (two letters or more): the straddler `capitalAcrossEdgeColumn` opens the
 * next cell with by its capital alone. A straddler in lower case is a cell's wrapped line's first
 * word as often ("shared with all use of performance data.", the accomplishment's "use" a character
 * right of its marker above, corpus dev-019 lo.txt; "on each draft agreement o Travel …", d17-002).
 */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}’'-]+[,;:.]?$/u;

/**
 * Plain text, one page of a table part: per column, the places where at least
 * MIN_PAGE_OPENING_LINES of `lines` open it with a run after a column gap (as localAnchors reads a
 * line's runs: text a little left of the next edge after a gap opens that next column). Column 0
 * gets none.
 */
export function pageOpenings(columns: readonly ColumnDef[], lines: readonly Line[], wordsOf: (l: Line) => readonly Word[] = lineWords): Array<number[]> {
  const seen: Array<Map<number, Set<number>>> = columns.map(() => new Map());
  for (const l of lines) {
    const words = wordsOf(l);
    const charWidth = averageCharWidth(l);
    let previous = -1;
    words.forEach((w, k) => {
      if (k > 0 && words[k - 1]!.segment === w.segment) return;
      let col = columnOfWord(w, columns, charWidth);
      const next = columns[previous + 1];
      if (previous >= 0 && col <= previous && next && w.x >= next.x - MAX_ANCHOR_SHIFT_CHARS * charWidth) col = previous + 1;
      previous = col;
      if (col === 0 || markerKinds(w.text).length > 0) return;
      const place = Math.round(w.x / charWidth);
      const at = seen[col]!.get(place) ?? new Set<number>();
      at.add(l.line);
      seen[col]!.set(place, at);
    });
  }
  return seen.map((m, i) => {
    if (i === 0) return [];
    const cw = columns.length ? averageCharWidth(lines[0]!) : 0;
    return [...m].filter(([, at]) => at.size >= MIN_PAGE_OPENING_LINES).map(([place]) => place * cw);
  });
}
/** A place where a column opens on a page is shared by at least this many lines: one line alone may be a shifted row. */
const MIN_PAGE_OPENING_LINES = 2;

/**
 * pdftotext's grid: in a run glued across a column edge by one space, the word that straddles the
 * edge — starting at most MAX_ANCHOR_SHIFT_CHARS left of it, ending right of it, the run going on
 * in the next column after it — opens that next (prose) column's cell when it opens with a capital:
 * cells open with one, a sentence rarely goes on with one ("Cooperation agreements Limited data
 * availability in" with the Risks column's lines around it opening four characters right of
 * "Limited"). Either reading puts a cell four characters off its edge; the capital decides.
 */
function capitalAcrossEdgeColumn(words: readonly Word[], k: number, columns: readonly ColumnDef[], charWidth: number, col: number): number {
  const w = words[k]!, after = words[k + 1];
  const next = columns[col + 1];
  if (w.column !== undefined || !next || VALUE_ROLES.has(next.role) || !CAPITALISED.test(w.text)) return col;
  if (!after || after.segment !== w.segment || columnOfWord(after, columns, charWidth) !== col + 1) return col;
  const end = w.x + charCount(w.text) * charWidth;
  return w.x < next.x && w.x >= next.x - MAX_ANCHOR_SHIFT_CHARS * charWidth && end > next.x ? col + 1 : col;
}
/** A word opening with a capital letter (no digit: a number inside a sentence is common). */
const CAPITALISED = /^\p{Lu}/u;

/**
 * pdftotext's grid: a run glued across a prose column's edge by one space, cut a word or two off.
 * Each row of a spreadsheet's print (LibreOffice Calc, corpus14) may sit on a grid of its own, a few
 * characters left of the header's, so that the objective's first line and the measure's first
 * line run together one space apart and neither the header's edge nor the lines around (which
 * open the column where their own rows' grid has it) tell the word at the cut: "To shorten the time
 * between a partnership proposal Share of grant proposals …" with the measures below opening
 * under "of"; "Appraisals completed in the Nationalities represented …" with them opening under
 * "the". Where the cell on the right opens there (`opensCell`: neither grid line above has anything
 * in its column — pdftotext interleaves the lines of cells set half a line apart, so a cell's
 * line above may be two grid lines up — or a new value opens beside it) its first line opens in lower case — a cell's first
 * line opens with a capital, a figure or a marker, a wrapped line's rest in lower case — so the cut
 * moves to the capital next to it: back to the nearest capitalised word on the left, up to
 * GLUED_CUT_WORDS words, over words in lower case only, the left cell keeping a word ("proposal
 * Share", "compliant with Share of"), or on past the one lower-case word before a capital ("in the
 * Nationalities"). A list marker opening the cell ("a) Due", "o Business", "a. 11 staff") is no
 * such word. Not on a line that opens in lower case: it goes on with a row cut above it (a page
 * break and a repeated header: "meetings of the Policy Committee inputs.", corpus15 d15-016). Prose
 * columns only (a value cell may open in lower case: "per cent").
 */
function gluedCellOpening(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], above: readonly TableLine[]): void {
  // A measure's cell opens where a value opens beside it in every value column (a figure, a
  // comparator): sub-rows of one-line cells print on consecutive grid lines.
  const valueOpens = valuesOpenBeside(words, placed, columns);
  const opensCell = (i: number): boolean => above.every((a) => !(a.cells[i] ?? "").trim()) || (columns[i]!.role === "measures" && valueOpens);
  // A line opening in lower case goes on with a row cut above it (a page break, a repeated header).
  if (!words[0] || LOWER_CASE_OPENING.test(words[0].text)) return;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!, i = placed[k]!;
    if (i < 1 || placed[k - 1] !== i - 1 || words[k - 1]!.segment !== w.segment || !opensCell(i) || w.column !== undefined) continue;
    const left = columns[i - 1], right = columns[i];
    if (!left || !right || VALUE_ROLES.has(left.role) || VALUE_ROLES.has(right.role) || !LOWER_WORD.test(w.text) || markerKinds(w.text).length > 0) continue;
    let j = k - 1;
    while (j > k - 1 - GLUED_CUT_WORDS && j > 0 && words[j]!.segment === w.segment && placed[j] === i - 1 && LOWER_CASE_OPENING.test(words[j]!.text)) j--;
    const cut = words[j]!, kept = words[j - 1];
    // The left cell keeps more than the marker that opens the line: a marker opens its item, and the
    // capital right after it is that item's first word, not a cell glued to it ("• Bilateral
    // consultations held in Field visits …": the cut is "in Field", corpus18 d18-005 jspdf.txt).
    const markerOnly = j === 1 && kept !== undefined && HUNG_MARKER.test(kept.text);
    if (j < k && CAPITALISED.test(cut.text) && cut.segment === w.segment && kept?.segment === w.segment && placed[j - 1] === i - 1 && markerKinds(cut.text).length === 0 && !markerOnly) {
      for (let n = j; n < k; n++) placed[n] = i;
      continue;
    }
    const after = words[k + 1];
    if (after?.segment === w.segment && placed[k + 1] === i && CAPITALISED.test(after.text)) placed[k] = i - 1;
  }
}
/**
 * pdftotext's grid (session 40, h-chr2): the tail of a run glued one space after a prose cell's
 * words, read into the next prose column where that column's cell is empty on the table's grid
 * lines right above (CELL_OPENS_LINES, at least one of them a table line on this page), opening in
 * lower case and ending on a word that leads on (`leadsOn`: "the", "of", "and"), while the next grid
 * line opens a run right under the tail (ALIGNED_CHARS) with a capital, a figure or a marker. Read
 * into that column the tail would be a cell line of its own that opens in lower case (no cell's
 * first line does) and leads on to a line that opens a new item: it is the left cell's line's end,
 * which pdftotext ran up to the next column ("prioritization of activities in the" beside "At
 * least 87 per cent of policies reviewed" one grid line down, the risk's "the" on the measures'
 * edge: corpus dev-025 chromium.txt). `gluedCellOpening` moves a cut back to a capital; this tail
 * has none, and its line opens in lower case (a risk's wrapped line).
 */
function tailLeadingOnBeforeOpening(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], above: readonly TableLine[], wordsBelow: readonly Word[], charWidth: number): void {
  if (above.length === 0) return;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!, i = placed[k]!;
    if (i < 1 || placed[k - 1] !== i - 1 || words[k - 1]!.segment !== w.segment || w.column !== undefined || !LOWER_WORD.test(w.text)) continue;
    if (VALUE_ROLES.has(columns[i - 1]!.role) || VALUE_ROLES.has(columns[i]!.role) || above.some((a) => (a.cells[i] ?? "").trim())) continue;
    let end = k;
    while (end + 1 < words.length && words[end + 1]!.segment === w.segment && placed[end + 1] === i) end++;
    if (end + 1 < words.length && words[end + 1]!.segment === w.segment) continue;
    if (!leadsOn(words.slice(k, end + 1).map((v) => v.text).join(" "))) continue;
    const opening = wordsBelow.find((b, j) => (j === 0 || wordsBelow[j - 1]!.segment !== b.segment) && Math.abs(b.x - w.x) <= ALIGNED_CHARS * charWidth);
    if (!opening || !(CAPITALISED.test(opening.text) || /^\d/u.test(opening.text) || markerKinds(opening.text).length > 0)) continue;
    for (let n = k; n <= end; n++) placed[n] = i - 1;
  }
}
/**
 * A new value opens on this line in every value column but `except` (a figure, a comparator, a bound): sub-rows
 * of one-line measures print on consecutive grid lines, so the measure beside them opens here too.
 */
function valuesOpenBeside(words: readonly Word[], placed: readonly number[], columns: readonly ColumnDef[], except = -1): boolean {
  const valueColumns: number[] = [];
  for (let n = 0; n < columns.length; n++) if (VALUE_ROLES.has(columns[n]!.role) && n !== except) valueColumns.push(n);
  return valueColumns.length > 0 && valueColumns.every((n) => NEW_VALUE.test(words.filter((_, k) => placed[k] === n).map((v) => v.text).join(" ")));
}
/**
 * pdftotext's grid: in a run glued across a prose column's edge by one space, a word in lower case
 * that straddles the edge (starting left of it, ending right of it) right before a capitalised word
 * that starts at or past the edge ends the cell on its left when the cell on the right opens on this
 * line: its column's text on the grid lines above ended a sentence ("… vacancy: 159.") or there is
 * none. A cell's first line opens with a capital; a straddling word in lower case before it is the
 * left cell's last word, which pdftotext's character grid ran a character or two past the edge
 * ("of the oversight bodies within the set Women among staff …" under "To implement the
 * recommendations Average days to fill a vacancy: 159.", the indicators' edge under the "t" of
 * "set", corpus18 d18-005 jspdf.txt). The mirror of `capitalAcrossEdgeColumn` (a capitalised
 * straddler opens the right cell). Unlike `gluedCellOpening`, also on a line opening in lower case
 * (the first column's wrapped line): the sentence end above, not that, says the cell opens.
 */
function straddlerBeforeCapital(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], above: readonly TableLine[], charWidth: number): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!, after = words[k + 1]!, i = placed[k]!;
    if (w.column !== undefined || i < 1 || placed[k - 1] !== i - 1 || placed[k + 1] !== i || words[k - 1]!.segment !== w.segment || after.segment !== w.segment) continue;
    const left = columns[i - 1]!, right = columns[i]!;
    if (VALUE_ROLES.has(left.role) || VALUE_ROLES.has(right.role) || !LOWER_WORD.test(w.text) || !CAPITALISED.test(after.text) || markerKinds(after.text).length > 0) continue;
    if (!(w.x < right.x && w.x + charCount(w.text) * charWidth > right.x && after.x >= right.x)) continue;
    const cell = [...above].reverse().map((a) => (a.cells[i] ?? "").trim()).find((c) => c !== "");
    if (cell === undefined || endsSentence(cell)) placed[k] = i - 1;
  }
}
/**
 * pdftotext's grid: a run opening in lower case exactly where a cell of a column further right
 * opens its text on the grid line right above (its first word or marker: `fill.left`), and not
 * where its own column's text opens there, is that cell's wrapped line: a cell's lines share its
 * left edge, and a wrapped line's rest opens in lower case. A row set on a grid of its own leaves
 * the cell a few characters left of the header's edge, so the edge put the wrap in the column on
 * its left ("… each year 57% of partnership agreements signed within 60" / "days", the "days"
 * under the "57%"; "• 44% of mission police components with a" / "gender adviser" under the
 * bullet). Prose columns only.
 */
function runUnderCellAbove(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], above: TableLine, charWidth: number): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!, col = placed[k]!;
    if ((k > 0 && words[k - 1]!.segment === w.segment) || w.column !== undefined || !LOWER_WORD.test(w.text)) continue;
    const own = above.fill?.[col];
    if (own?.left !== undefined && Math.abs(own.left - w.x) <= charWidth / 2) continue;
    const j = columns.findIndex((c, n) => n > col && !VALUE_ROLES.has(c.role) && above.fill?.[n]?.left !== undefined && Math.abs(above.fill[n]!.left! - w.x) <= charWidth / 2);
    if (j < 0 || VALUE_ROLES.has(columns[col]?.role ?? "objective")) continue;
    for (let n = k; n < words.length && words[n]!.segment === w.segment && placed[n]! < j; n++) placed[n] = j;
  }
}
/**
 * pdftotext's grid (session 40, h-chr2): `runUnderCellAbove` across one grid line that holds nothing
 * in either column. pdftotext interleaves the grid lines of cells set side by side, so a Target or
 * Baseline value, or the objective's line, centred beside a measure, may take the grid line between
 * the measure's first line and its wrap ("▪ Better planning of programme o Percentage of staff
 * members" / "recommendations of the oversight … 98%  92% (2016)" / "activities.  completing
 * mandatory training", the wrap's "completing" right under the "o" that opens the measure two grid
 * lines up, nine characters left of the part's edge: corpus4 f1-011 chromium.txt). The run opens in
 * lower case exactly where the cell of a prose column further right opens two grid lines up, not
 * where its own column's text opens there, and the grid line between has no text in either column:
 * a cell's lines share its left edge, and nothing of either cell stands between.
 */
function runUnderCellOverEmptyLine(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], above: readonly TableLine[], line: Line, charWidth: number): void {
  const two = above.find((a) => a.page === line.page && a.line === line.line - 2);
  if (!two) return;
  const one = above.find((a) => a.page === line.page && a.line === line.line - 1);
  const empty = (n: number): boolean => !one || !(one.cells[n] ?? "").trim();
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!, col = placed[k]!;
    if ((k > 0 && words[k - 1]!.segment === w.segment) || w.column !== undefined || !LOWER_WORD.test(w.text)) continue;
    if (VALUE_ROLES.has(columns[col]?.role ?? "objective") || !empty(col)) continue;
    const own = two.fill?.[col];
    if (own?.left !== undefined && Math.abs(own.left - w.x) <= charWidth / 2) continue;
    const j = columns.findIndex((c, n) => n > col && !VALUE_ROLES.has(c.role) && empty(n) && two.fill?.[n]?.left !== undefined && Math.abs(two.fill[n]!.left! - w.x) <= charWidth / 2);
    if (j < 0) continue;
    for (let n = k; n < words.length && words[n]!.segment === w.segment && placed[n]! < j; n++) placed[n] = j;
  }
}
/**
 * pdftotext's grid: a column of its own between a prose column and the value columns (a Unit
 * column: "km²", "days", "meetings") whose cell is empty on a line where every value column right
 * of it opens a value, while the run on its left ends, one space after its own words, on a short
 * word that starts left of the column's edge by at most MAX_ANCHOR_SHIFT_CHARS: that word is the
 * column's cell ("Square kilometres of land released km²      45     at least 79", the unit three
 * characters left of where the units of the lines around open, corpus14 d14-007, d14-010). A
 * measure's long first line pushes its neighbour left and pdftotext keeps one space. Why it holds
 * for any layout text: a sub-row's values and its unit stand on the sub-row's first line, so a
 * value line with its unit cell empty and a word right at that cell's edge is the glued unit. Not
 * a word that leads on ("of", "the", a comma: a sentence's word), not a capitalised word or a
 * figure (a unit is a lower-case word or a symbol), not a list marker.
 */
function unitGluedBeforeValues(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number): void {
  for (let u = 1; u + 1 < columns.length; u++) {
    const unit = columns[u]!;
    if (unit.role !== "extra" || VALUE_ROLES.has(columns[u - 1]!.role) || columns[u - 1]!.role === "extra" || placed.includes(u)) continue;
    const values = columns.flatMap((c, n) => (n > u && VALUE_ROLES.has(c.role) ? [n] : []));
    if (values.length === 0 || !VALUE_ROLES.has(columns[u + 1]!.role)) continue;
    if (!values.every((n) => NEW_VALUE.test(words.filter((_, k) => placed[k] === n).map((v) => v.text).join(" ")))) continue;
    const k = placed.lastIndexOf(u - 1);
    const w = words[k], before = words[k - 1], after = words[k + 1];
    if (!w || !before || w.column !== undefined || before.segment !== w.segment || placed[k - 1] !== u - 1 || (after && after.segment === w.segment)) continue;
    if (w.x >= unit.x || w.x < unit.x - MAX_ANCHOR_SHIFT_CHARS * charWidth || !UNIT_WORD.test(w.text) || leadsOn(w.text) || markerKinds(w.text).length > 0) continue;
    placed[k] = u;
  }
}
/**
 * Session 49 (h-edge49), pdftotext's grid: a two-word unit ("per cent") that a column edge cut, its
 * first word glued one space to the end of the cell on its left and its second opening the next
 * column's cell ("Share of oversight recommendations implemented per cent", "per" at 121 and "cent"
 * at 125 where the Unit column's "%" and "per cent" open on the page: corpus14 v14m-011, v14h-021,
 * v14i-012, v14j-002). In the PDF "per" opens the Unit cell; a measure's line long enough to come
 * within a space of the next column makes pdftotext keep one space and print the unit's words a
 * few characters left of its column, and the edge cuts between them. The words of one unit are one
 * cell's: the first goes with the second. Not where a number stands before them (a value "88 per
 * cent" is whole in the left cell: its unit's second word goes back), and never a word the
 * producer placed (tab-separated text).
 */
function unitKeptWhole(words: readonly Word[], placed: number[], columns: readonly ColumnDef[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!, first = words[k - 1]!;
    if (first.segment !== w.segment || placed[k - 1]! >= placed[k]! || first.column !== undefined || w.column !== undefined) continue;
    if (first.text.toLowerCase() !== PER_CENT[0] || UNIT_END.exec(w.text)?.[1]?.toLowerCase() !== PER_CENT[1]) continue;
    const before = words[k - 2];
    const afterNumber = before !== undefined && before.segment === w.segment && placed[k - 2] === placed[k - 1] && VALUE_NUMBER.test(before.text);
    if (afterNumber) placed[k] = placed[k - 1]!;
    else if (!VALUE_ROLES.has(columns[placed[k]!]?.role ?? "objective")) placed[k - 1] = placed[k]!;
  }
}

/** A word with what may close it ("cent", "cent.", "cent;"): the word in group 1. */
const UNIT_END = /^(\p{L}+)[.,;:)]*$/u;
/** A unit's word: lower case or a symbol ("km²", "meetings", "%", "pp"), short. */
const UNIT_WORD = /^(?:\p{Ll}[\p{L}²³]{0,13}|[%°$€£]\S{0,3})$/u;

/**
 * pdftotext's grid: the last words of a run, glued one space after a cell's text, that open in
 * lower case exactly where a prose cell further right opens its text on the grid line right above
 * (its first word: `fill.left`, within TAIL_UNDER_CELL_CHARS) are that cell's wrapped line, not the end
 * of the cell on the left ("and raised with the Governments filled" under "… documented Percentage
 * of mission human rights posts", corpus11 d11-018; "expanding missions adviser" under "components
 * with a gender", d14-015; "action agreed with the Government plan" under "Country visits …",
 * d13-003). When a left cell's line is long enough to come within a space of the next column,
 * pdftotext keeps one space between the two cells' words and the run reads as one. Why it holds
 * for any layout text: the cells of one table row never overlap, so text of the left cell never
 * reaches the character where the right cell opens on the line above; a word standing exactly
 * there, in lower case (a wrapped line's rest, never a cell's first line), goes on with that cell.
 * Only the run's tail after the cut goes right (the words up to the run's end), and only words
 * `runUnderCellAbove` left (a run's first word is its business). Guards, each for a place where the
 * edge above is not the cell's own: the cell above opens with a capital or a figure (its first
 * line) or shows the same edge on the grid line above it (a wrapped line cut right); it opens with
 * no marker (a marked item's wrap goes under its text, not under the marker); the run is no
 * objective's (an objective's lines often run wider than its column, set on a grid of their own:
 * corpus14 d14-001, d14-003, d11-017 moved words of the objective) unless the cell's line above
 * broke a word with a hyphen (`LOWER_LETTER_THEN_HYPHEN`), and the word breaks no word
 * with a hyphen (a justified cell's "par-" ends its own line, d11-006).
 */
function runTailUnderCellAbove(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], above: TableLine, charWidth: number, lines: readonly TableLine[], markers: readonly Word[] = []): void {
  const near = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) <= TAIL_UNDER_CELL_CHARS * charWidth;
  // The cell's edge above is its own: its first line (a capital, a figure), or the same edge on the grid line above that.
  const edgeHolds = (n: number): boolean => ITEM_OPENING.test((above.cells[n] ?? "").trim()) || lines.some((a) => a !== above && near(a.fill?.[n]?.left, above.fill![n]!.left!));
  // Where the cell above wraps its lines: its first word, or, after a marker, its text (`hangingEdge`).
  const edge = columns.map((_, n) => hangingEdge(above, n));
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!, col = placed[k]!, before = words[k - 1]!;
    if (before.segment !== w.segment || placed[k - 1] !== col || w.column !== undefined || !LOWER_WORD.test(w.text)) continue;
    const role = columns[col]?.role ?? "objective";
    if (VALUE_ROLES.has(role) || w.text.endsWith("-") || w.text.endsWith("\u2010")) continue;
    // An objective's run only gives its tail to a cell whose line above broke a word (below).
    const j = columns.findIndex((c, n) => n > col && !VALUE_ROLES.has(c.role) && near(edge[n], w.x) && (edge[n] !== above.fill?.[n]?.left || edgeHolds(n)) && (role !== "objective" || LOWER_LETTER_THEN_HYPHEN.test((above.cells[n] ?? "").trim())));
    if (j < 0) continue;
    // Under a marked item the broken word's rest is the cell's only text on the line: a later run
    // in that column is the rest ("… strategy for the   curity Council" under "• Early warning
    // reports shared with the Se­", "the" under the item's text by chance, corpus20 d20-001).
    if (edge[j] !== above.fill?.[j]?.left && words.some((o, n) => n > k && o.segment !== w.segment && placed[n] === j)) continue;
    // A measure that opens on this line (a new value beside it in every value column) with the
    // capitalised word right after `w` (`gluedCellOpening` cut there) is no wrap of the measure
    // above: `w` ends the cell on the left, one space before it ("• Bilateral consultations held in
    // Field visits conducted  4  At least 5" with "in" under "requested date", corpus18 d18-005).
    const after = words[k + 1];
    if (columns[j]!.role === "measures" && after?.segment === w.segment && placed[k + 1] === j && CAPITALISED.test(after.text) && valuesOpenBeside(words, placed, columns)) continue;
    if (gluedMarkerLaterInRun(words, k, markers)) continue;
    for (let n = k; n < words.length && words[n]!.segment === w.segment && placed[n]! < j; n++) placed[n] = j;
  }
}
/**
 * Where cell `n` of the grid line `above` wraps its text (`runTailUnderCellAbove`): its first word
 * when that opens the cell with no marker; after a marker, its second word — a marked item's
 * wrapped lines hang under its text, not under the marker — but only when the cell's line ends
 * inside a word broken with a hyphen (`LOWER_LETTER_THEN_HYPHEN`), whose rest opens the next line there in
 * lower case ("a) Inter-agency networks sup­" over "… mitigation: ported.", the rest glued one
 * space after the risk's line, corpus20 val20e v20e-017 typst.txt). Session 41 (h-typ24).
 */
function hangingEdge(above: TableLine, n: number): number | undefined {
  const fill = above.fill?.[n];
  if (fill?.left === undefined) return undefined;
  const text = (above.cells[n] ?? "").trim();
  if (markerKinds(text.split(/\s/)[0] ?? "").length === 0) return fill.left;
  return LOWER_LETTER_THEN_HYPHEN.test(text) ? fill.second : undefined;
}
/**
 * Whether a marker that opens a cell glued inside a run (`gluedMarkerOpenings`) follows word k in
 * its run: that marker opens the next column's cell on this line ("(b) Joint projects for the (a)
 * Pillar …", corpus20 d20-003 typst.txt), so the words before it are no wrapped line of the cell
 * above in that column — a cell's item opens a line of its own, never after a wrap's words.
 */
function gluedMarkerLaterInRun(words: readonly Word[], k: number, markers: readonly Word[]): boolean {
  for (let n = k + 1; n < words.length && words[n]!.segment === words[k]!.segment; n++) if (isGluedMarker(markers, words[n]!)) return true;
  return false;
}
/**
 * How far (characters) a run's tail may open from the cell's opening above: pdftotext rounds each
 * line's glyphs to the grid on its own, so a wrapped line sits a character off its first line
 * (d11-018: "filled" a character right of "Percentage").
 */
const TAIL_UNDER_CELL_CHARS = 1;
/** The grid lines above a line that show whether a cell goes on there (`assignColumns`' `above`). */
export const CELL_OPENS_LINES = 2;
/** A word in lower case of two letters or more ("the", "of"; not a list letter "a.", "o"). */
const LOWER_WORD = /^\p{Ll}[\p{L}’'-]/u;
/** gluedCellOpening moves a cut back over at most this many words. */
const GLUED_CUT_WORDS = 3;
/**
 * A value cell's line that opens a value (a figure, a comparator), not a value's wrapped rest ("per
 * cent", "days"). Narrower than index.ts's VALUE_LINE (any case, "up to", "more than", currency,
 * n/a, TBD, a dash), which pairs a Target column's lines with its measures: here a value opening
 * beside every value column moves a cut, and placeholders or words were never measured for that.
 */
const NEW_VALUE = /^(?:[\d≥≤<>]|at (?:least|most) \d)/iu;

/**
 * pdftotext's grid: a run that opens in the right half of a prose column, at most
 * MAX_ANCHOR_SHIFT_CHARS left of the next column's edge, and runs on across that edge is the next
 * column's text printed a few characters left ("the issuance of parliamentary" under "(ii)
 * Reduction …" whose text starts further right): a cell's lines start at its column's left edge,
 * not near the next one. Not in a Target or Baseline column, whose short values may sit anywhere.
 */
function straddlingRunColumn(w: Word, words: readonly Word[], columns: readonly ColumnDef[], charWidth: number, col: number): number {
  const own = columns[col], after = columns[col + 1];
  if (!own || !after || VALUE_ROLES.has(own.role) || col === 0) return col;
  if (w.x < after.x - MAX_ANCHOR_SHIFT_CHARS * charWidth || w.x <= (own.x + after.x) / 2) return col;
  return words.some((v) => v.segment === w.segment && v !== w && columnOfWord(v, columns, charWidth) > col) ? col + 1 : col;
}

/**
 * pdftotext's grid: a second run in the same cell of a line (after a column gap), in the right half
 * of a prose column followed by a Target or Baseline column, is that value column's cell printed
 * further left than MAX_ANCHOR_SHIFT_CHARS: pdftotext sets a row's cells on a grid of their own,
 * up to MAX_PAGE_SHIFT_CHARS off the page's ("➢ Workplan approved and monitored on a quarterly
 * basis   Achieved" with the value nine characters left of the Target edge). A cell's line is one
 * run of words — its text never holds a column gap — so the second run is another cell.
 */
function secondRunValueColumn(w: Word, words: readonly Word[], columns: readonly ColumnDef[], charWidth: number, col: number): number {
  const own = columns[col], after = columns[col + 1];
  if (!own || !after || VALUE_ROLES.has(own.role) || !VALUE_ROLES.has(after.role)) return col;
  if (w.x <= (own.x + after.x) / 2 || w.x < after.x - MAX_PAGE_SHIFT_CHARS * charWidth) return col;
  const before = words.filter((v) => v.segment < w.segment);
  const last = before[before.length - 1];
  if (last && columnOfWord(last, columns, charWidth) === col) return col + 1;
  return loneValueRun(w, words, columns, charWidth, col, last) ? col + 1 : col;
}

/**
 * The first run of a prose column's cell on its line, in that column's right half and opening with
 * a digit, is the value column's cell too (the caller checked where it lies): a cell's lines are
 * left-aligned, so no measure's line opens there, while a value centred beside a measure of
 * several lines sits on a grid line of its own between the measure's lines ("Countervailing
 * explosive-hazard courses" / "29" / "held" under a Target edge four characters right of the
 * "29"). A run of a single value, nothing else of the line in the prose column.
 */
function loneValueRun(w: Word, words: readonly Word[], columns: readonly ColumnDef[], charWidth: number, col: number, last: Word | undefined): boolean {
  if (last && columnOfWord(last, columns, charWidth) >= col) return false;
  const run = words.filter((v) => v.segment === w.segment);
  // A run that is one whole value in words ("By 31 December 2014", "Fully achieved") is a value
  // cell too: a cell's line opening with a capital, wholly a status or a deadline, is no sentence's.
  const value = VALUE_OPENING.test(w.text) ? run.length <= MAX_VALUE_RUN_WORDS : isWholeValue(run.map((v) => v.text));
  return value && !words.some((v) => v.segment > w.segment && columnOfWord(v, columns, charWidth) === col);
}
/** A value cell's line is a few words ("29", "70 days", "65% by"). */
const MAX_VALUE_RUN_WORDS = 2;

/**
 * pdftotext's grid: a bullet glyph inside a run (one space after the previous column's words,
 * "To foster knowledge management ● Better use …") opens the next column's cell there when it lies
 * at most MAX_ANCHOR_SHIFT_CHARS left of that column's edge: a bullet never stands inside a
 * sentence, and the item after it goes on in the column it opens.
 */
function bulletOpensCell(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    const next = columns[placed[k]! + 1];
    if (!next || w.column !== undefined || words[k - 1]!.segment !== w.segment || placed[k - 1]! !== placed[k]) continue;
    // The column opens where the lines around open it (`opensNear`) when that lies left of its
    // label: a centred or indented label stands right of the bullets (corpus17 d17-006: bullets at
    // 62 under a label at 67, the glued bullet at 58).
    if (!opensItemInRun(words, k) || w.x < Math.min(next.x, next.opensNear ?? Infinity) - MAX_ANCHOR_SHIFT_CHARS * charWidth) continue;
    const col = placed[k]! + 1;
    for (let j = k; j < words.length && words[j]!.segment === w.segment && placed[j]! < col; j++) placed[j] = col;
  }
}
/**
 * Cue `wordsBeforeRunMarker` (session 51, h-marks51), pdftotext's grid: a list marker that opens a
 * run of its own after a column gap, before an item's opening ("(a) Informal …", "1) Good …"), in a
 * text column whose cell on the line began with other runs before it, right after the column on
 * its left: "(a) Mechanism           meetings   (a) Informal …" (corpus20 val20h v20h-022 typst.txt,
 * a justified cell whose last word was set past the next column's edge), "1) Women mediators
 * trained    1) Good offices …" (v20n-021). A cell's item opens with its marker, and a line opens
 * each cell once, so the runs before the marker are the end of the cell on the left.
 */
function wordsBeforeRunMarker(words: readonly Word[], placed: number[], columns: readonly ColumnDef[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!, after = words[k + 1]!;
    if (w.column !== undefined || words[k - 1]!.segment === w.segment || after.segment !== w.segment) continue;
    // A bullet glyph is left to the readers of glyphs (bulletOpensCell, the cell's split at inline bullets).
    if (!HUNG_MARKER.test(w.text) || BULLET_GLYPH_ONLY.test(w.text) || !ITEM_OPENING.test(after.text)) continue;
    const col = placed[k]!;
    if (col === 0 || VALUE_ROLES.has(columns[col]?.role ?? "objective") || placed[k - 1] !== col) continue;
    let s = k;
    while (s > 0 && placed[s - 1] === col) s--;
    if (s === 0 || placed[s - 1] !== col - 1 || HUNG_MARKER.test(words[s]!.text)) continue;
    for (let j = s; j < k; j++) placed[j] = col - 1;
  }
}
/**
 * pdftotext's grid: an item marker glued inside a run where the table's lines of the page open the
 * column's items with markers of its kind (`gluedMarkerOpenings`) opens the next column's cell with
 * the rest of its run, as a bullet does (bulletOpensCell) — also a list number, which elsewhere may
 * end a sentence ("… completed within (i) 3 appointments of …": the "3" ends at the edge where the
 * cell's wrapped lines open, and would have stayed with the text before it, taking its marker along).
 */
function markerOpensCell(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], markers: readonly Word[]): void {
  for (const m of markers) {
    const k = words.findIndex((w) => w.segment === m.segment && w.x === m.x);
    if (k <= 0 || words[k - 1]!.segment !== m.segment) continue;
    const col = Math.max(placed[k]!, placed[k - 1]! + 1);
    if (col >= columns.length) continue;
    for (let j = k; j < words.length && words[j]!.segment === m.segment && placed[j]! < col; j++) placed[j] = col;
  }
}
/**
 * pdftotext's grid: a run that opens left of a column's edge and holds, further on, a marker that
 * opens that column's cell there (`gluedMarkerOpenings`: "implemented    within   their b. Budget
 * implementation rate", corpus11 d11-013 txt, a justified accomplishment line run one space into
 * the measure column's "b."). A run starting a little left of the next column's edge was moved
 * into that column whole (the row's grid shifted left); but the marker opens the column itself, and
 * a line opens each column once, so the words before it are the end of the cell on the left: they
 * go back to the column their first word stands in by the edges, when that is the column right
 * before the marker's.
 */
function runBeforeGluedMarker(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number, markers: readonly Word[]): void {
  for (const m of markers) {
    const k = words.findIndex((w) => w.segment === m.segment && w.x === m.x);
    if (k <= 0 || words[k - 1]!.segment !== m.segment) continue;
    // The marker stands in the column the run was moved to, by its own x.
    const own = columnOfWord(m, columns, charWidth);
    if (placed[k] !== own) continue;
    let s = k;
    while (s > 0 && words[s - 1]!.segment === m.segment) s--;
    const floor = s > 0 ? placed[s - 1]! : 0;
    const back = Math.max(floor, columnOfWord(words[s]!, columns, charWidth, 0));
    // Only the column right before the marker's: a run opening further left crosses a whole column
    // on its way ("Funds released before the peak Data protection concerns; a) Global …", corpus8
    // d8c-004, where the middle cell opens at its capital: `gluedCellOpening` cuts it there).
    if (back !== own - 1) continue;
    let moved = false;
    for (let j = s; j < k; j++) if (placed[j]! >= own) { placed[j] = back; moved = true; }
    if (moved) for (let j = k; j < words.length && words[j]!.segment === m.segment && placed[j]! < own; j++) placed[j] = own;
  }
}
/**
 * pdftotext's grid: an item marker inside a run that opens a later column's cell there — a bullet
 * glyph, a dash before a capital, or a marker where the column's markers open (`gluedMarkerOpenings`)
 * — opens that cell: no word of the run before it is the cell's ("… reports submitted to ▪
 * Measurable …" with "to" a character past the column's edge and the bullet two further right:
 * the cell's text starts at its marker, so "to" ends the measure). Those words go back to the
 * column the run holds before them.
 */
function nothingBeforeMarker(words: readonly Word[], placed: number[], markers: readonly Word[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.column !== undefined || words[k - 1]!.segment !== w.segment) continue;
    if (!opensItemInRun(words, k) && !isGluedMarker(markers, w)) continue;
    const col = placed[k]!;
    let s = k;
    while (s > 0 && words[s - 1]!.segment === w.segment) s--;
    let before = -1;
    for (let j = s; j < k; j++) if (placed[j]! < col) before = Math.max(before, placed[j]!);
    if (before < 0) continue;
    for (let j = k - 1; j >= s && placed[j]! >= col; j--) placed[j] = before;
  }
}
/**
 * pdftotext's grid: a marker glued inside a run (`gluedMarkerOpenings`: it stands where the table's
 * markers open that column) with every word of the run before it placed in the marker's column too,
 * while the line's previous run lies in the column on its left ("To   monitor     the (a) Joint
 * …", the run moved whole into the accomplishments as it opens 7 characters left of their edge;
 * "(c) Boundary   pillars (a) Average …", corpus20 d20-003 typst.txt, a justified line whose last
 * word was printed past the next column's edge). The marker opens its cell, and a line opens each
 * column once, so the words before it end the cell on the left. Only a glued marker (the column
 * edge was seen on other lines), and only back to the column right before it.
 */
function runHeadBeforeGluedMarker(words: readonly Word[], placed: number[], markers: readonly Word[]): void {
  for (const m of markers) {
    const k = words.findIndex((w) => w.segment === m.segment && w.x === m.x);
    if (k <= 0 || words[k - 1]!.segment !== m.segment) continue;
    const col = placed[k]!;
    let s = k;
    while (s > 0 && words[s - 1]!.segment === m.segment) s--;
    if (s === 0 || placed[s - 1] !== col - 1) continue;
    let whole = true;
    for (let j = s; j < k; j++) if (placed[j] !== col) whole = false;
    if (whole) for (let j = s; j < k; j++) placed[j] = col - 1;
  }
}
/**
 * pdftotext's grid: a marker glued inside a run that already stands in its own column (by its x,
 * the column the line's local edges give it), the run's head before it placed there too and the
 * line's previous run in the column on its left ("11.1    Mandatory        courses a. 96% of …",
 * corpus11 d11-013 txt: this row's edges read where "courses a." opens, seven characters left of
 * the marker). The marker opens its cell where it stands, so the head ends the cell on the left —
 * `runHeadBeforeGluedMarker`'s reading, taken before markerOpensCell would push the marker a
 * column on past the head.
 */
function runHeadInMarkerColumn(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number, markers: readonly Word[]): void {
  for (const m of markers) {
    const k = words.findIndex((w) => w.segment === m.segment && w.x === m.x);
    if (k <= 0 || words[k - 1]!.segment !== m.segment || placed[k] !== columnOfWord(m, columns, charWidth)) continue;
    // At or right of that column's edge (not held there by the edge's slack), and not up to
    // MAX_ANCHOR_SHIFT_CHARS short of the next column's edge: such a marker opens the next column,
    // where markerOpensCell takes it ("… within the slotted A. 94% of …", corpus11 d11-020 txt).
    const next = columns[placed[k]! + 1];
    if (m.x < columns[placed[k]!]!.x || (next && next.x - m.x <= MAX_ANCHOR_SHIFT_CHARS * charWidth)) continue;
    runHeadBeforeGluedMarker(words, placed, [m]);
  }
}
/** A dash standing alone as a word: a list marker or a dash inside a sentence. */
const DASH_WORD = /^[-–]$/u;
/**
 * Word k of a run opens an item there: a bullet glyph (never inside a sentence), or a dash before a
 * capital or digit of the same run ("… informed by regional - Energy efficiency …", a dash-marked
 * cell glued by one space to the previous column). A dash inside a sentence goes on in lower case
 * ("… regional - and national …"); the caller also asks that it lie near the next column's edge.
 */
function opensItemInRun(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (BULLET_GLYPH_ONLY.test(w.text)) return true;
  const after = words[k + 1];
  return DASH_WORD.test(w.text) && !!after && after.segment === w.segment && ITEM_OPENING.test(after.text);
}

/**
 * pdftotext's grid: the item markers inside a one-run line that open a later column's cell glued
 * by one space to the text before them — "To implement the recommendations • Budget …", "… closed
 * within (iii) Civilian …", "… for public order. 1. Host-State …". pdftotext keeps one space where
 * a cell's longest line meets the next column and sets the rest of that line up to
 * MAX_ANCHOR_SHIFT_CHARS left of the column (never right of it). A marker counts when it stands one
 * space after a word of its own run, before an item's opening (a capital or a digit; a bullet
 * glyph before anything, since it never stands inside a sentence), where — within a character, or
 * up to that shift right of where — at least MIN_MARKER_EDGE_LINES of `others` (the table's lines around it on its
 * page) open a run with a marker of the same kind: the same glyph, or the same numbering ("(iii)"
 * beside "(i)" and "(ii)", "a)" beside "b)" and "c)"). That column edge is shared by many lines;
 * a sentence's "… 2." or "- and …" opens no item, and prose has no column of markers beside it.
 */
export function gluedMarkerOpenings(line: Line, others: readonly Line[], wordsOf: (l: Line) => readonly Word[] = lineWords): Word[] {
  const severalRuns = line.segments.length !== 1;
  if (severalRuns && !line.segments.some((seg) => GLUED_MARKER_IN_RUN.test(seg.text) || GLUED_PEER_IN_RUN.test(seg.text))) return [];
  const words = wordsOf(line);
  const charWidth = averageCharWidth(line);
  const opened: Word[] = [];
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!, before = words[k - 1]!, after = words[k + 1]!;
    // On a line of several runs, only a capital letter marker or an asterisk inside a run (gluedMarkerKinds),
    // or a list number or bullet where other lines glue one too (`gluedMarkerPeers`).
    const peerKind = isGluedPeerKind(w.text, before.text);
    if (severalRuns && (w.segment !== before.segment || after.segment !== w.segment || (!GLUED_IN_RUN_KIND.test(w.text) && !peerKind))) continue;
    const kinds = gluedMarkerKinds(w.text);
    if (kinds.length === 0 || w.x - (before.x + charCount(before.text) * charWidth) > IN_SENTENCE_GAP_CHARS * charWidth) continue;
    if (!BULLET_GLYPH_ONLY.test(w.text) && !ITEM_OPENING.test(after.text)) continue;
    if (OUTLINE_SECOND_LEVEL_WORD.test(w.text) && !CAPITALISED_WORD.test(after.text)) continue;
    // The marker that opens each such run: its successor ("(b)" under "(a)") is counted apart.
    const headNear = (l: Line): string | null => {
      if (l === line) return null;
      for (const seg of l.segments) {
        const head = seg.text.trimStart().split(/\s/u, 1)[0] ?? "";
        const x = seg.x + (charCount(seg.text) - charCount(seg.text.trimStart())) * charWidth;
        if (x >= w.x - MARKER_ALIGNED_CHARS * charWidth && x <= w.x + MAX_ANCHOR_SHIFT_CHARS * charWidth && gluedMarkerKinds(head).some((kind) => kinds.includes(kind))) return head;
      }
      return null;
    };
    if (numbersUnderItsObjective(w, words)) { opened.push(w); continue; }
    const heads = others.map(headNear).filter((h): h is string => h !== null);
    const peers = peerKind ? gluedMarkerPeers(w, kinds, line, others, wordsOf, charWidth) : 0;
    if (heads.length + peers >= MIN_MARKER_EDGE_LINES || (heads.length > 0 && !severalRuns && heads.some((h) => succeeds(w.text, h, kinds))) || itemHangsBelow(w, after, line, others, wordsOf, charWidth)) opened.push(w);
    else if (peerKind && itemHangsBeside(w, after, kinds, line, others, wordsOf, charWidth)) opened.push(w);
  }
  return opened;
}
/**
 * pdftotext's grid, Typst's lists: a glued marker `w` (a GLUED_PEER_KIND marker one space after a
 * word of its run, before an item's opening `after`) opens its cell when its item's own lines show
 * the list's hanging indent on the grid line right beside it — the line below opens a run where
 * `after` stands (the item's wrapped line: "… vacant; a) Maritime     boundary" over "…   charts
 * agreed by the", corpus20 v20b-019), or the line above or below holds a marker of its kind where
 * `w` stands with its text where `after` stands (the list's next or previous item: "… after a 1)
 * Budget …" over "… contact 2) Appraisals …", v20b-025). A table whose grid shifts from row to row
 * (v20b-019's "a)" at four places on one page) has no column of markers for gluedMarkerOpenings to
 * count, but a cell's lines share their left edge on every row. A bracketed number named inside
 * prose ("under (a) Regulation 5") has its sentence go on at the cell's edge on the next line, not
 * under the word after it.
 */
function itemHangsBeside(w: Word, after: Word, kinds: readonly string[], line: Line, others: readonly Line[], wordsOf: (l: Line) => readonly Word[], charWidth: number): boolean {
  for (const l of others) {
    if (l.page !== line.page || Math.abs(l.line - line.line) !== 1) continue;
    const ws = wordsOf(l);
    for (let j = 0; j < ws.length; j++) {
      const m = ws[j]!;
      const shift = (m.x - after.x) / charWidth;
      if (shift < -HANG_SHIFT_CHARS || shift > HANG_SHIFT_CHARS) continue;
      // The wrapped line opens where the item's text does, or right of it: the glued line is the one set left.
      if (l.line === line.line + 1 && shift >= -HANG_ALIGNED_CHARS && (j === 0 || ws[j - 1]!.segment !== m.segment)) return true;
      // A neighbouring item: its marker and text stand as far apart as this item's.
      const marker = ws[j - 1];
      if (marker && marker.segment === m.segment && Math.abs(marker.x - w.x - (m.x - after.x)) <= HANG_ALIGNED_CHARS * charWidth && gluedMarkerKinds(marker.text).some((kind) => kinds.includes(kind))) return true;
    }
  }
  return false;
}
/** A cell's lines open on one character of pdftotext's grid: the hanging text within half a character of the item's. */
const HANG_ALIGNED_CHARS = 0.5;
/** How far pdftotext sets a glued run left of its column (its wrapped lines open on the column's grid). */
const HANG_SHIFT_CHARS = 2;
/**
 * pdftotext's grid: the marker's item hangs under its own text. The line right below on the page
 * opens a run, after a column gap, where the word after the marker starts (within SAME_EDGE_CHARS),
 * and none of its words lies under the marker: the hanging indent of a list whose first item was
 * run one space into the cell on its left ("11.1    Mandatory        courses a. 96% of documents
 * submitted" over "completed by all staff            by the slotted date", corpus11 d11-013 txt:
 * the row set two characters right of the page's other rows, so the column's other markers stand
 * two characters off and `headNear` sees none). A number or letter that ends a sentence inside a
 * cell is followed by the sentence's next word, which the line below does not open a column under.
 */
function itemHangsBelow(w: Word, after: Word, line: Line, others: readonly Line[], wordsOf: (l: Line) => readonly Word[], charWidth: number): boolean {
  const below = others.find((l) => l.page === line.page && l.line === line.line + 1);
  if (!below) return false;
  const ws = wordsOf(below);
  const j = ws.findIndex((m) => Math.abs(m.x - after.x) <= SAME_EDGE_CHARS * charWidth);
  if (j < 0) return false;
  const prev = ws[j - 1];
  if (prev && prev.segment === ws[j]!.segment) return false;
  return !prev || prev.x + charCount(prev.text) * charWidth <= w.x;
}
/**
 * The marker kinds gluedMarkerOpenings compares: markerKinds', and Word's capital letter numbering
 * "A." / "B." (corpus11 d11-003 txt: "To reduce the threat posed A. Transition plans agreed", the
 * column's other cells opening "A. Allegations …", "A. Contingents …" eight characters right). A
 * capital with a full stop is an initial or a section label in running text, so it is a kind here
 * only, where MIN_MARKER_EDGE_LINES lines of the table open a run with one at that column edge.
 */
function gluedMarkerKinds(word: string): string[] {
  // Word's multilevel numbering of a row's accomplishments, "6.1" / "6.2" under objective "6."
  // (`OUTLINE_NUMBER`'s two levels): a kind here only, glued one space after the objective's word and
  // before a capitalised word (CAPITALISED_WORD, not a figure: "6. To support Member 6.1 Member
  // States", corpus11 val11g v11g-019 txt), where the item's own wrapped lines hang at its text
  // (`itemHangsBeside`) or the column's other markers open runs at its place. A decimal value in a
  // sentence is followed by a unit or a lower-case word ("6.1 per cent", "2.1 million").
  if (OUTLINE_SECOND_LEVEL_WORD.test(word)) return ["1.1"];
  if (ROMAN_DOT_MARKER.test(word)) return LOWER_LETTER_MARKER.test(word) ? ["a.", "i."] : ["i."];
  return CAPITAL_LETTER_MARKER.test(word) ? ["A."] : LOWER_LETTER_MARKER.test(word) ? ["a."] : word === "*" ? ["*"] : markerKinds(word);
}
/**
 * A Roman numeral with a full stop ("i.", "ii.", "iv."): Typst's and LaTeX's `i.` enumeration. A kind
 * here only (markerKinds asks Roman numerals for a bracket), where the table's lines open or glue
 * markers of it at one column edge; "i." is a letter's numbering as well.
 */
const ROMAN_DOT_MARKER = /^[ivx]{1,5}\.$/;
/**
 * Cue `outlineNumberOfLineObjective` (session 49, h-c11-49): the glued marker `w` is an outline
 * number of the second level ("3.1") under the number its run opens with ("3. To reduce the release
 * 3.1 Post-crisis environ‐", corpus11 val11k v11k-006): Word numbers a row's accomplishments under
 * its objective's number, and an objective's sentence never names its own sub-number, so the
 * accomplishments column's first item opens there — whatever its wrapped lines below show (pdftotext
 * sets the glued line a character or two left of the column's grid, or interleaves another column's
 * line under it: v11m-007, v11l-006). At a run's end too (`runEndMarkerOpenings`: "10. To increase
 * the uptake of 10.2  Global environment", v11h-007).
 */
export function numbersUnderItsObjective(w: Word, words: readonly Word[]): boolean {
  const first = words[0];
  if (!first || first === w || first.segment !== w.segment || !OUTLINE_SECOND_LEVEL_WORD.test(w.text)) return false;
  const m = OUTLINE_FIRST_LEVEL_WORD.exec(first.text);
  return !!m && w.text.startsWith(`${m[1]}.`);
}
const CAPITAL_LETTER_MARKER = /^[A-Z]\.$/;
/**
 * Word's lower-case letter numbering "a." / "b." (corpus11 d11-013 txt: "11.1  Mandatory  courses
 * a. 96% of …", a justified accomplishment line run into the measure column's first item). Like
 * "A.", a kind only here, where the table's lines open runs with it at that column edge: in prose a
 * lone letter with a full stop ends no sentence before a capital or a figure.
 */
const LOWER_LETTER_MARKER = /^[a-z]\.$/;
/**
 * The markers looked for inside a run of a line of several runs: a letter's ("A.", "a."), an
 * asterisk, and Word's and LibreOffice's second-level bullet "o" (cue `letterBulletGluedInRun`,
 * session 51: "… the eligibility criteria of o Grants disbursed …", corpus14 val14k v14k-001;
 * "… endorsed by national o 13 Council meetings …", corpus9 val9e v9e-019 — the measure column's
 * first item run one space on from the accomplishment beside it). No English word is the letter
 * alone, and gluedMarkerOpenings still asks for the column's other lines to open runs with "o" there.
 */
const GLUED_IN_RUN_KIND = /^(?:[A-Za-z]\.|\*|o)$/;
/** A run holding such a marker after a word, before an item's opening: "… posed A. Transition …", "… slotted A. 94% …", "… trained in * 81% …", "… courses a. 96% …", "… of o Grants …". */
const GLUED_MARKER_IN_RUN = /\S (?:\p{L}\.|\*|o) [\p{Lu}\d]/u;
/**
 * The markers asked about with their peers (`gluedMarkerPeers`): a bracketed list number ("(a)",
 * "a)", "1)", "(iv)"), a number or Roman numeral with a full stop ("1.", "ii.": session 33, corpus20
 * val20 "… accepted 1. Oversight …", "… in the i. Field …"), a bullet glyph ("… of the • Audit …"),
 * the letter bullet "o" (session 51: "… results each year o Average …" over "… criteria of o 76% …",
 * corpus14 val14k v14k-001, a table whose every measure is glued to the accomplishment beside it).
 * Prose glues none of them to a word before an item's opening at one column edge line after line.
 */
const GLUED_PEER = String.raw`\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)|\d{1,2}\.(?:\d{1,2})?|[ivx]{1,5}\.|o|${GLYPH_CLASS}`;
const GLUED_PEER_KIND = new RegExp(`^(?:${GLUED_PEER})$`, "u");
/** A run holding such a marker after a word, before an item's opening: "the (a) Joint …", "set- 1) Security …", "accepted 1. Oversight …", "the • Audit …". */
const GLUED_PEER_IN_RUN = new RegExp(String.raw`\S (?:${GLUED_PEER}) [\p{Lu}\d]`, "u");
/** A word a figure stands after as a value, not as the next item's number: "way: 5. Sessions …", "≥ 3. Joint …". */
const VALUE_LEAD = /[:≥≤<>=]$/u;
/**
 * Whether `word`, after the word `before` in its run, is one of GLUED_PEER_KIND's markers. A number
 * with a full stop after a colon or a comparison sign is the value that ends a measure ("… under
 * way: 5.", "… emplaced: ≥ 3."), not the next cell's first item.
 */
function isGluedPeerKind(word: string, before: string): boolean {
  return GLUED_PEER_KIND.test(word) && !(/^\d/.test(word) && VALUE_LEAD.test(before));
}
/**
 * pdftotext's grid, a line of several runs: how many of `others` glue a bracketed list number of
 * one of `kinds` inside a run at the place of `w` (within a character, or up to
 * MAX_ANCHOR_SHIFT_CHARS right of it) — one space after a word, before an item's opening. A table
 * whose justified cell lines all reach their column's edge ("To   monitor     the (a) Joint
 * projects for the (a) Sessions …", corpus20 d20-003 typst.txt) has few lines that open a run with
 * the column's marker, but its glued markers stand at that edge line after line: together with the
 * runs a marker opens, they show the column of markers gluedMarkerOpenings asks for. A bracketed
 * number named inside prose ("under (a) Regulation 5") does not repeat at one place on the lines
 * around it.
 */
function gluedMarkerPeers(w: Word, kinds: readonly string[], line: Line, others: readonly Line[], wordsOf: (l: Line) => readonly Word[], charWidth: number): number {
  let n = 0;
  for (const l of others) {
    if (l === line || !l.segments.some((seg) => GLUED_PEER_IN_RUN.test(seg.text))) continue;
    const ws = wordsOf(l);
    for (let k = 1; k + 1 < ws.length; k++) {
      const m = ws[k]!, b = ws[k - 1]!, a = ws[k + 1]!;
      if (m.x < w.x - MARKER_ALIGNED_CHARS * charWidth || m.x > w.x + MAX_ANCHOR_SHIFT_CHARS * charWidth) continue;
      if (b.segment !== m.segment || a.segment !== m.segment || !isGluedPeerKind(m.text, b.text) || !ITEM_OPENING.test(a.text)) continue;
      if (m.x - (b.x + charCount(b.text) * charWidth) > IN_SENTENCE_GAP_CHARS * charWidth) continue;
      if (gluedMarkerKinds(m.text).some((kind) => kinds.includes(kind))) { n++; break; }
    }
  }
  return n;
}
/** Whether `w` is one of the markers gluedMarkerOpenings found on its line (the same run, the same place). */
function isGluedMarker(markers: readonly Word[], w: Word): boolean {
  return markers.some((m) => m.segment === w.segment && m.x === w.x);
}
/**
 * Does `next` number the item after `marker` in a list of one of `kinds` ("(a)" → "(b)", "1." →
 * "2.", "(i)" → "(ii)")? A table's first body line has no line above it, and a short first cell
 * may have one further item under it on its page (corpus18 d18-016 jspdf.txt: "To manage
 * financial resources in (a) Women …" over "(b) Air tickets …" at the same place, the page
 * breaking after it): the glued marker's successor opening a run where it stands is a column edge
 * on its own, where one stray start of the same kind is not. A sentence that names "(a)" inside
 * prose does not print "(b)" at that very place on a line below.
 */
function succeeds(marker: string, next: string, kinds: readonly string[]): boolean {
  return kinds.some((kind) => {
    const a = markerValue(marker, kind), b = markerValue(next, kind);
    return a !== null && b !== null && b === a + 1;
  });
}
/** A list's markers stand up to a character apart (Word aligns "(iii)" and "(ii)" on their right). */
const MARKER_ALIGNED_CHARS = 1;
/** A column edge is where this many other lines open a run with the marker (one stray start is no edge). */
const MIN_MARKER_EDGE_LINES = 2;

/**
 * pdftotext's grid: a dash set against the item it marks at the start of a run ("-Risk registers
 * updated …", "-63 per cent of …" under "-   74 per cent …": the page's grid left no place for the
 * hanging indent's space), given its space back so that it reads as the item's marker. No word
 * opens with a dash before a capital, and a run of a text column never opens with a negative
 * number (Target and Baseline values are left as printed).
 */
function markerSetApart(word: string): string {
  return DASH_AGAINST_ITEM.test(word) ? `${word[0]!} ${word.slice(1)}` : word;
}
const DASH_AGAINST_ITEM = /^[-–][\p{Lu}\d]/u;

/**
 * pdftotext's grid: a text cell's run whose last words cross into the value columns, while the
 * runs after it on the line — one per value column from there on, each opening with a number or a
 * capital — fill those columns. The crossing words are the cell's own: pdftotext sets a block of
 * rows on a grid shifted right of the header's ("Evaluations completed on      44%     54%",
 * "Tickets purchased 16 days    58%     73%" six characters right of the page's other rows, corpus7
 * t7-023), and a value cell never holds a column gap, so the values after gaps are the columns'
 * values, one each, and the words glued by one space to the text before them are that text's end.
 * A value glued to the text while another value stands apart ("… rate 60%      66%": one run after
 * it for two value columns) is left to the rules above.
 */
function valuesFillTheirColumns(words: readonly Word[], placed: number[], columns: readonly ColumnDef[]): void {
  // Each segment's word indexes, in one pass (a segment's words share its cell index, so a run's
  // words are all of its segment's); runs in the order they first appear.
  const bySegment = new Map<number, number[]>();
  const runs: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const ks = bySegment.get(w.segment);
    if (ks) ks.push(k);
    else {
      bySegment.set(w.segment, [k]);
      if (w.column === undefined) runs.push(w.segment);
    }
  }
  runs.forEach((run, r) => {
    const own = bySegment.get(run)!;
    const from = own.findIndex((k) => VALUE_ROLES.has(columns[placed[k]!]?.role ?? "objective"));
    if (from <= 0) return;
    const first = placed[own[from]!]!;
    const before = placed[own[from - 1]!]!;
    if (before !== first - 1 || VALUE_ROLES.has(columns[before]!.role)) return;
    let last = first;
    while (columns[last + 1] && VALUE_ROLES.has(columns[last + 1]!.role)) last++;
    const later = runs.slice(r + 1);
    if (later.length !== last - first + 1) return;
    const laterWords = later.map((segment) => bySegment.get(segment)!);
    const fits = laterWords.every((ks) => {
      const opening = words[ks[0]!]!.text;
      return ks.every((k) => placed[k]! >= first && placed[k]! <= last) && (VALUE_OPENING.test(opening) || CAPITALISED.test(opening));
    });
    if (!fits || words.some((w, k) => w.column !== undefined && placed[k]! >= first)) return;
    for (const k of own.slice(from)) placed[k] = before;
    laterWords.forEach((ks, j) => {
      for (const k of ks) placed[k] = first + j;
    });
  });
}

/**
 * Plain text: two runs of one line (a column gap between them) in a Target or Baseline column,
 * with the value column to its right empty on that line, are two cells — "79%      100%" under
 * "Baseline   Target" labels centred wider than their narrow columns, where the second value
 * starts left of its own label. A value cell is a few words that never hold a column gap.
 */
function splitValueCells(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], above?: readonly TableLine[]): void {
  columns.forEach((c, i) => {
    const next = columns[i + 1];
    if (!VALUE_ROLES.has(c.role) || !next || !VALUE_ROLES.has(next.role) || placed.includes(i + 1)) return;
    const segments = [...new Set(words.flatMap((w, k) => (placed[k] === i && w.column === undefined ? [w.segment] : [])))];
    if (segments.length !== 2 || boundHeadRun(words, segments[0]!)) return;
    words.forEach((w, k) => {
      if (placed[k] === i && w.segment === segments[1]) placed[k] = i + 1;
    });
  });
  splitValueCellsLeft(words, placed, columns, above);
}

/**
 * A run that is only a bound's first words ("At", "At least", "Not more than", "Up to") is no value
 * of its own: a justified value cell stretches its word gaps ("At  least" / "88%", Typst, corpus20
 * d20-010 typst.txt), so pdftotext prints the bound's words as runs apart, and the value goes on in
 * the next run. Two such runs are one cell, not two (`splitValueCells`, `splitValueCellsLeft`).
 */
function boundHeadRun(words: readonly Word[], segment: number): boolean {
  return BOUND_HEAD.test(words.filter((w) => w.segment === segment).map((w) => w.text).join(" "));
}
const BOUND_HEAD = /^(?:at(?: (?:least|most))?|up(?: to)?|(?:not )?(?:more|less|fewer)(?: than)?|not)$/iu;
/**
 * A value cell's line that is only a bound's first words ("Not more", "At least"): the bound's figure
 * wrapped onto the cell's next line ("Not more" / "than 1 days"), so the line opens a value as a
 * figure would (index.ts's valueCellOpenings).
 */
export function isBoundHead(cell: string): boolean {
  return BOUND_HEAD.test(cell.trim().replace(/\s+/g, " "));
}
/**
 * The mirror of splitValueCells: two runs of one line in a Target or Baseline column, with the value
 * column to its left empty on that line, are that line's two value cells — pdftotext sets a block of
 * rows on a grid of its own, up to MAX_PAGE_SHIFT_CHARS off the header's, so a row's first value
 * can open right of the edge the other rows show ("Days to deploy standby    8 days      5 days"
 * under "BASELI TARGE" whose values sit six characters further left). The first run moves only
 * when it is a run of its own (none of its words in an earlier column).
 */
function splitValueCellsLeft(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], above?: readonly TableLine[]): void {
  columns.forEach((c, i) => {
    const before = columns[i - 1];
    if (!VALUE_ROLES.has(c.role) || !before || !VALUE_ROLES.has(before.role) || placed.includes(i - 1)) return;
    const segments = [...new Set(words.flatMap((w, k) => (placed[k] === i && w.column === undefined ? [w.segment] : [])))];
    if (segments.length !== 2 || boundHeadRun(words, segments[0]!) || words.some((w, k) => w.segment === segments[0] && placed[k] !== i)) return;
    const first = words.find((w) => w.segment === segments[0])!;
    if (above && continuesValueCellAbove(first, i, above)) return;
    words.forEach((w, k) => {
      if (w.segment === segments[0]) placed[k] = i - 1;
    });
  });
}

/**
 * Is `w` the wrapped line of the value cell above it in column `col`: on the nearest earlier line of
 * the page that holds text in a value column, column `col`'s text opens at `w`'s character
 * column, and the column on its left holds text that opens further left. A cell's lines share
 * its left edge, so a run there goes on in that cell ("Not more" / "than  15" / "days", a justified
 * narrow Target cell whose stretched gap cut its line in two runs, corpus20 v20c-018 typst.txt);
 * a row set on a grid of its own would show its Baseline there, not its Target. `above` is
 * assignColumns' (the page's grid lines right above: one page already).
 */
function continuesValueCellAbove(w: Word, col: number, above: readonly TableLine[]): boolean {
  const prior = above.findLast((l) => l.fill?.some((f, n) => f !== null && n >= col - 1 && n <= col));
  const own = prior?.fill?.[col]?.left, left = prior?.fill?.[col - 1]?.left;
  return own !== undefined && left !== undefined && Math.round(own / CHAR_WIDTH) === Math.round(w.x / CHAR_WIDTH) && left < own;
}

/**
 * pdftotext's grid: two values glued by one space across the edge between two value columns,
 * the first opening its column's text and running past the edge with its unit ("90 per | cent 81
 * per cent" under "TARGET BASELINE", the Baseline edge set by its label, d9-015): the first value
 * is whole in its own column when a value opens right after it in the next one. A value cell
 * opens with its number, never with "cent" or a unit, so the cut falls between the two values.
 */
function valueKeptWhole(words: readonly Word[], placed: number[], columns: readonly ColumnDef[]): void {
  for (let k = 0; k < words.length; k++) {
    const col = placed[k]!, w = words[k]!;
    if (!VALUE_ROLES.has(columns[col]?.role ?? "objective") || !VALUE_ROLES.has(columns[col + 1]?.role ?? "objective") || w.column !== undefined) continue;
    if (k > 0 && words[k - 1]!.segment === w.segment && placed[k - 1] === col) continue;
    const run = words.flatMap((u, m) => (m >= k && u.segment === w.segment ? [m] : []));
    const length = leadingValueLength(run.map((m) => words[m]!.text));
    if (length < 2 || run.length <= length || leadingValueLength(run.slice(length).map((m) => words[m]!.text)) === 0) continue;
    const tail = run.slice(1, length);
    if (!tail.some((m) => placed[m] === col + 1) || placed[run[length]!] !== col + 1) continue;
    for (const m of tail) placed[m] = col;
  }
}

/**
 * pdftotext's grid: a value glued by one space to the run on its left and straddling a Target or
 * Baseline column's edge — its number just left of the edge, its unit right of it ("… in advance
 * 50 | per cent", "99 per cent 100 | per cent") — opens that value column at its number: a value
 * cell opens with its number, never with "per cent" or a unit. The number lies at most
 * MAX_ANCHOR_SHIFT_CHARS left of the edge (the most a row's grid shifts a column).
 */
function valueAcrossEdge(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number): void {
  for (let j = 1; j < words.length; j++) {
    const col = placed[j]!, w = words[j]!;
    const c = columns[col];
    if (!c || !VALUE_ROLES.has(c.role) || w.column !== undefined || placed[j - 1]! >= col || words[j - 1]!.segment !== w.segment) continue;
    if (VALUE_OPENING.test(w.text)) continue;
    for (let k = j - 1; k >= Math.max(0, j - 2); k--) {
      const v = words[k]!;
      if (v.segment !== w.segment || v.x < c.x - MAX_ANCHOR_SHIFT_CHARS * charWidth) break;
      // The value is the whole of the column's text in the run: the run ends with it, or goes on
      // in a later column.
      const length = leadingValueLength(words.slice(k).filter((u) => u.segment === w.segment).map((u) => u.text));
      const after = words[k + length];
      const whole = !after || after.segment !== w.segment || placed[k + length]! > col;
      if (length > 0 && k + length > j && whole) {
        for (let m = k; m < j; m++) placed[m] = col;
        break;
      }
    }
  }
}

/**
 * pdftotext's grid: a Target or Baseline value glued by one space to the end of a measure's line
 * and printed a few characters left of its column's edge, so that only its later words lie past
 * the edge — "… rated useful 82% | (2011)", "… with UNAMI Agreed | by September 2012" — opens the
 * value column at the word that opens it: the nearest word before the edge, at most
 * MAX_ANCHOR_SHIFT_CHARS left of it (the most a row's grid shifts a column), that opens with a
 * digit or a capitalised word (a value opens with its number, a worded value with a capital:
 * "Agreed", "None", "Not applicable"). The words past the edge must not open a value themselves
 * ("… within 30 days 95%": the 95% is the value, "30 days" the measure's). An acronym ends a
 * measure's sentence ("… with UNAMI"), never opens a value. valueAcrossEdge handles a number
 * straddling the edge with its unit.
 */
function valueOpensLeftOfEdge(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number): void {
  for (let j = 1; j < words.length; j++) {
    const col = placed[j]!, w = words[j]!;
    const c = columns[col];
    if (!c || !VALUE_ROLES.has(c.role) || w.column !== undefined || placed[j - 1]! >= col || words[j - 1]!.segment !== w.segment) continue;
    if (opensValue(w.text)) continue;
    for (let k = j - 1; k >= 0; k--) {
      const v = words[k]!;
      if (v.segment !== w.segment || v.x < c.x - MAX_ANCHOR_SHIFT_CHARS * charWidth || placed[k]! >= col) break;
      if (!opensValue(v.text)) continue;
      // The run must open left of this word: a value cell is never the whole run here.
      if (k === 0 || words[k - 1]!.segment !== w.segment) break;
      for (let m = k; m < j; m++) placed[m] = col;
      break;
    }
  }
}
/**
 * pdftotext's grid: a comparator sign glued to a figure ("≥2", "≤ 5") right after a measure's
 * line, the sign left of the value column's edge and the figure past it ("… candidates from ≥2"
 * with the Targets opening a character right of the "≥", corpus15 d15-006), is the value's first
 * word: a comparator bounds the number after it and never ends a sentence of prose. The sign goes
 * to the column its number was placed in.
 */
function comparatorOpensValue(words: readonly Word[], placed: number[], columns: readonly ColumnDef[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!, after = words[k + 1]!, col = placed[k + 1]!;
    if (w.column !== undefined || !COMPARATOR.test(w.text) || after.segment !== w.segment || placed[k]! >= col) continue;
    if (VALUE_ROLES.has(columns[col]?.role ?? "objective") && VALUE_OPENING.test(after.text)) placed[k] = col;
  }
}
/** A comparator sign standing alone before its number. */
const COMPARATOR = /^[<>≤≥]$/u;
/**
 * The mirror of valueOpensLeftOfEdge: a glued run whose first word in a Target or Baseline column
 * opens in lower case, the run's next word (or the one after) opening a value there, gives the
 * lower-case words back to the text cell on its left — "… for the benefit of | Achieved" with "of"
 * on the column's edge, where "By 31 December 2016" opens the Targets three lines down (corpus4
 * f1-029 chromium.txt). A value cell opens with its number or a capital, as valueOpensLeftOfEdge
 * and runEndColumn read it.
 */
function valueOpensRightOfEdge(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number): void {
  for (let j = 1; j < words.length; j++) {
    const col = placed[j]!, w = words[j]!, left = placed[j - 1]!;
    const c = columns[col];
    if (!c || !VALUE_ROLES.has(c.role) || w.column !== undefined || left >= col || VALUE_ROLES.has(columns[left]?.role ?? "objective") || words[j - 1]!.segment !== w.segment) continue;
    if (!LOWER_CASE_OPENING.test(w.text) || wrapsValueAbove(w, words[j + 1], c, charWidth)) continue;
    for (let k = j + 1; k <= j + MAX_LOWER_WORDS_BEFORE_VALUE && k < words.length; k++) {
      const v = words[k]!;
      if (v.segment !== w.segment || placed[k] !== col) break;
      if (!opensValue(v.text)) {
        if (LOWER_CASE_OPENING.test(v.text)) continue;
        break;
      }
      for (let m = j; m < k; m++) placed[m] = left;
      break;
    }
  }
}
/**
 * pdftotext's grid: the words of a line's last run, one space after a word of a text column, read
 * into a value column by the part's edge but ending left of where the lines around open that column after a
 * column gap (`opensNear`, localAnchors), is the text cell's own. pdftotext sets each block of rows
 * on a grid of its own, so a page's values may stand far right of the part's edge (further than
 * localAnchors moves an edge: corpus13 v13-008 txt, values at 94 under a Target label at 76), and a
 * measure's line that runs past the edge ends inside its own cell ("… against the 2010" /
 * "baseline", "2010" at 79–83). A value glued to a measure's line is set in its column, so it ends
 * at or past where the values around it open. (`ungluedValues` still takes a whole value glued at
 * a measure's line end when the measure has none.)
 */
function figureShortOfValues(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number): void {
  // The line's last run, from its first word read into a value column after a text column's word.
  const last = words.length - 1;
  let j = last;
  while (j > 0 && words[j - 1]!.segment === words[last]!.segment && placed[j - 1] === placed[last]) j--;
  const before = words[j - 1];
  if (j === 0 || !before || before.segment !== words[j]!.segment) return;
  const c = columns[placed[j]!], left = placed[j - 1]!;
  if (!c || !VALUE_ROLES.has(c.role) || c.opensNear === undefined || left >= placed[j]! || VALUE_ROLES.has(columns[left]?.role ?? "objective")) return;
  // Its words that end short of the values around go back, up to the first that reaches them
  // ("… against the 2010 8%": "2010" goes back, "8%" is the value glued on); a whole value is one
  // piece, kept when it reaches them ("… the P-5 43 per cent", corpus15 d15-006).
  const end = (k: number) => words[k]!.x + charCount(words[k]!.text) * charWidth;
  for (let k = j; k <= last && words[k]!.column === undefined; k++) {
    const whole = isWholeValue(words.slice(k).map((w) => w.text));
    if ((whole ? end(last) : end(k)) >= c.opensNear) break;
    placed[k] = left;
  }
}
/**
 * The lower-case word, followed by a year, starts where the line right above opens the same value
 * column: the value cell there wraps onto this line at its left edge ("80 per cent" over "… the
 * slot date in 2017", "in" under the "8": corpus dev-003 chromium.txt), and its words are the
 * value's. Only before a year: "… statements of Achieved" under "90%" keeps "of" (a worded value
 * opens its own cell).
 */
function wrapsValueAbove(w: Word, after: Word | undefined, c: ColumnDef, charWidth: number): boolean {
  return c.opensAbove !== undefined && Math.abs(w.x - c.opensAbove) <= ALIGNED_CHARS * charWidth && after?.segment === w.segment && WRAPPED_YEAR.test(after.text);
}
/** A value's year on its wrapped line: "2017", "2017)", "2017." */
const WRAPPED_YEAR = /^(?:19|20)\d\d[).]?$/;
/**
 * pdftotext's grid: a run whose first word is broken at its line's end (a hyphen, Typst's soft one)
 * and goes on one space later with a capital, right after a run of the column on its left whose
 * last word ends no sentence ("Oversight    recommendations       imple- Air tickets …",
 * "Boundary pillars    em- Security       con-": corpus20 val20 v20-023, v20-004 typst.txt): the
 * broken word ends the justified line of the cell on the left — a word is broken only at its line's
 * end, and that line is still open — and the capitalised word opens the cell the run was read into.
 * The edges gave the broken word to that cell (pdftotext printed the line a few characters right, or
 * the column's edge was read from glued lines); `brokenWordEndsCell` would then push the rest on into
 * the next column. runHeadBeforeGluedMarker's move for a run head before a glued marker, with the
 * line-end hyphen as the cue. Prose columns only; not before a conjunction (a suspended compound).
 */
function brokenRunHeadEndsLeftCell(words: readonly Word[], placed: number[], columns: readonly ColumnDef[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!, before = words[k - 1]!, after = words[k + 1]!;
    if (w.segment === before.segment || after.segment !== w.segment || w.column !== undefined) continue;
    if (!LOWER_WORD.test(w.text) || !LETTER_THEN_HYPHEN.test(w.text) || !CAPITALISED.test(after.text) || SUSPENDED_COMPOUND_NEXT.test(after.text)) continue;
    const col = placed[k]!;
    if (col < 1 || placed[k - 1] !== col - 1 || placed[k + 1] !== col || VALUE_ROLES.has(columns[col]!.role) || VALUE_ROLES.has(columns[col - 1]!.role)) continue;
    if (CLAUSE_END.test(before.text)) continue;
    placed[k] = col - 1;
  }
}
/**
 * pdftotext's grid, justified cells (corpus20 typst.txt): each line of a row block is set on a grid
 * of its own and a cell's last word glued one space to the next cell's first, so the edge read from
 * the block's other lines can cut a line's own cell short: "To present the reports of the Board to
 * the Audit opinions issued (target: 30)." under an edge at 38 read from the line below (its glued
 * "Recommendations"), where "to the" went to the measure (val20l v20l-025; v20j-010 "… Board to
 * Recommendations …"). A cell opens with a capital: the words in lower case that open the next
 * column's text inside a run, the first at or left of the column's edge (read into it only by the
 * edge-crossing rules), followed one space on by a capitalised word within MAX_LOCAL_SHIFT_CHARS,
 * end the left cell's line, and the capital opens the column. Not after a piece broken at its
 * line's end (the piece ends its cell: "… current pe­ the Envoy.") or a clause's end ("(target:
 * the Middle East …": the left cell's line ended there), nor when the column's cell on
 * the line right above goes on (text not ending a clause: the lower-case words are its wrapped
 * line, "strategies adopted by" over "host Governments", or a broken word's rest, "Mem­" over "ber
 * States"). Prose columns only; no list marker ("o Proportion …").
 */
function lowerHeadBeforeGluedCapital(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number, cellAbove: TableLine | undefined): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!, before = words[k - 1]!;
    if (w.column !== undefined || before.segment !== w.segment) continue;
    const col = placed[k]!;
    if (col < 1 || placed[k - 1] !== col - 1 || VALUE_ROLES.has(columns[col]!.role) || VALUE_ROLES.has(columns[col - 1]!.role)) continue;
    if (!LOWER_HEAD_WORD.test(w.text) || LETTER_THEN_HYPHEN.test(before.text) || CLAUSE_END.test(before.text) || w.x > columns[col]!.x + SAME_EDGE_CHARS * charWidth) continue;
    const j = gluedCapitalAfterLowerHead(words, placed, k, col);
    if (j < 0 || words[j]!.x - w.x > MAX_LOCAL_SHIFT_CHARS * charWidth || cellGoesOnAbove(cellAbove, col)) continue;
    for (let m = k; m < j; m++) placed[m] = col - 1;
    k = j;
  }
}
/** lowerHeadBeforeGluedCapital: the column's cell on the line right above has text that does not end a clause (its line goes on onto this one). */
function cellGoesOnAbove(cellAbove: TableLine | undefined, col: number): boolean {
  const text = cellAbove?.cells[col]?.trim() ?? "";
  return text !== "" && !CLAUSE_END.test(text);
}
/** lowerHeadBeforeGluedCapital: the index of the capitalised word after the lower-case words from `k` in the same run and column, or -1. */
function gluedCapitalAfterLowerHead(words: readonly Word[], placed: readonly number[], k: number, col: number): number {
  const segment = words[k]!.segment;
  let j = k;
  while (j < words.length && words[j]!.segment === segment && placed[j] === col && LOWER_HEAD_WORD.test(words[j]!.text) && !LETTER_THEN_HYPHEN.test(words[j]!.text)) j++;
  const glued = words[j];
  return glued && glued.segment === segment && placed[j] === col && CAPITAL_WORD.test(glued.text) ? j : -1;
}
/**
 * lowerHeadBeforeGluedCapital: a word of prose in lower case, two letters or more — not a list
 * marker hung before its item ("o Proportion …", "a) …": the item's, in its column).
 */
const LOWER_HEAD_WORD = /^\p{Ll}[\p{L}’'-]+$/u;
/**
 * pdftotext's grid: a word broken at its line's end (a hyphen, Typst's soft one) glued one space
 * after a run opened in the column on its left and one space before more of the run, read into the
 * next column by its x as that column's first word ("to recruit staff against va­ post (target: 125
 * days).", "va­" at the measure's edge, corpus20 val20e v20e-010 typst.txt). A broken word's rest
 * opens its cell's next line, so the grid line right below says which cell it ends: when that line
 * opens a run in lower case where this run opens (the left cell's wrap: "cant posts") and opens
 * nothing under the broken word, the word ends the left cell's line, and the words after it open the
 * cell it was read into (`brokenWordEndsCell` would have pushed them on into the next column).
 * Prose columns only. Session 41 (h-typ24).
 */
function brokenWordRestBelowLeft(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number, wordsBelow: readonly Word[]): void {
  if (wordsBelow.length === 0) return;
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!, before = words[k - 1]!, after = words[k + 1]!;
    if (w.column !== undefined || before.segment !== w.segment || after.segment !== w.segment) continue;
    if (!LOWER_PROSE_WORD.test(w.text) || !LETTER_THEN_HYPHEN.test(w.text)) continue;
    const col = placed[k]!;
    if (col < 1 || placed[k - 1] !== col - 1 || placed[k + 1] !== col || VALUE_ROLES.has(columns[col]!.role) || VALUE_ROLES.has(columns[col - 1]!.role)) continue;
    const head = runHead(words, k);
    if (placed[head] !== col - 1) continue;
    if (!lowerRunOpensAt(wordsBelow, words[head]!.x, charWidth)) continue;
    if (wordsBelow.some((o) => Math.abs(o.x - w.x) <= SAME_PLACE_CHARS * charWidth)) continue;
    placed[k] = col - 1;
  }
}
/**
 * pdftotext's grid: a word broken with a hyphen inside a run, one space before the run's next word
 * ("Member organizations re- 66%", "Average time to set- Maritime"), ends its cell's line there: a
 * word is broken only at its line's end (a layout engine's hyphenation, Typst's soft hyphen that
 * `repairText` turns into "-" before a space), so what follows on the printed line is the next
 * cell's, glued one space on where the broken line fills its cell. The rest of the run that was
 * read into the broken word's column goes to the column on its right. Only from a text column (a
 * value cell breaks no word; a broken word read into one was misplaced already). Not before a conjunction
 * ("pre- and post-deployment": a hyphen that suspends a compound, inside a sentence).
 */
function brokenWordEndsCell(words: readonly Word[], placed: number[], columns: readonly ColumnDef[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!, before = words[k - 1]!;
    if (w.segment !== before.segment || w.column !== undefined || !LETTER_THEN_HYPHEN.test(before.text) || SUSPENDED_COMPOUND_NEXT.test(w.text)) continue;
    const col = placed[k - 1]!;
    if (placed[k]! !== col || col + 1 >= columns.length || VALUE_ROLES.has(columns[col]!.role)) continue;
    for (let j = k; j < words.length && words[j]!.segment === w.segment && placed[j] === col; j++) placed[j] = col + 1;
  }
}
/**
 * pdftotext's grid: a justified measure line ends with a word set apart by its stretched gap, and
 * pdftotext, moving each cell's line on its own, glues that word by one space to the value beside
 * it ("System-wide        strategies 2 (2015)", "Member organizations         re­ 73%", corpus20
 * d20-010 typst.txt). A value cell opens with its figure or a bound ("At least 5"), never with words
 * in lower case, so in a run whose words in lower case come before a figure (a comparator) the words
 * are the measure's line and the figure opens the value. Only on a line where the measure column
 * already has text from an earlier run (the justified line's head), with the value column right of
 * it, and only for a run that opens left of the value column's edge and not under the value cell's
 * opening on the grid line above (a value's wrapped line, "in 2009" under "Partially achieved",
 * opens there); the run is read where it was placed:
 * - in that value column: its words before the figure go back to the measure;
 * - in the measure column, the value column empty on the line and every other value column opening
 *   a value beside it (the row's values print on its first line): the figure and the rest of the
 *   run go to the value column. A measure's own "within 30 days" beside its row's values keeps
 *   them in the value column, so the run must have been set apart from the line's head.
 */
function proseRunBeforeValue(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number, lineAbove: TableLine | undefined, wordsBelow: readonly Word[] = [], linesAbove: readonly TableLine[] = []): void {
  const m = columns.findIndex((c) => c.role === "measures");
  const v = m + 1;
  if (m < 0 || !columns[v] || !VALUE_ROLES.has(columns[v]!.role)) return;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (words[k - 1]!.segment === w.segment || w.column !== undefined || (placed[k] !== m && placed[k] !== v)) continue;
    if (!words.some((o, n) => n < k && o.segment !== w.segment && placed[n] === m)) continue;
    // Nor where the value cell opened on the grid line right above: a cell's lines share its left
    // edge ("Partially achieved" / "in 2012" left of a Baseline edge set by a centred label).
    const openedAbove = lineAbove?.fill?.[v]?.left;
    if (openedAbove !== undefined && Math.abs(openedAbove - w.x) <= charWidth) continue;
    // The words in lower case up to the figure: one run, or (Typst's justified line, session 40)
    // runs set apart by the line's stretched gaps, the figure glued to the last ("issue   a 31 days").
    let f = k;
    while (f < words.length && (words[f]!.segment === w.segment || f - k < MAX_LOWER_WORDS_BEFORE_VALUE) && LOWER_PROSE_WORD.test(words[f]!.text)) f++;
    const figure = words[f];
    if (f === k || !figure || figure.segment !== words[f - 1]!.segment || !/^[\d≥≤<>]/u.test(figure.text)) continue;
    // The run opens left of the value column's edge: a value cell's own wrapped line ("Partially
    // achieved" / "in 2009") opens at or right of it. Session 40 (h-typ23): or the figure opens
    // the value column where the grid line right above or below opens it, clear of the text on its
    // left (Typst's grid shifts row by row, and a part's edge is its leftmost row's: "Recommendations
    // fully 37%" with "56%" right above "37%", the edge at "fully", corpus20 val20c v20c-010).
    // Or the value cell opens on this line (nothing in it on the grid line right above, and no value
    // opening where the run does on the lines above: "Partially" / "Achieved" / "achieved in 2019",
    // corpus dev-016 chromium.txt, is a value's wrapped line), so the run is no wrapped line of a
    // value, and a value's first line opens with its figure, a capital or a bound: "Average time to
    // issue   a 18 days", the measure's "a" at a shifted part's edge.
    const wrapsValue = (lineAbove?.cells[v] ?? "").trim() !== "" || linesAbove.some((a) => a.fill?.[v]?.left !== undefined && Math.abs(a.fill[v]!.left! - w.x) <= charWidth);
    if (w.x >= columns[v]!.x && !(valueOpensBeside(figure.x, v, lineAbove, wordsBelow, charWidth) && !opensRunAt(wordsBelow, w.x, charWidth)) && wrapsValue) continue;
    const run = words.slice(k, f).map((o) => o.text).join(" ");
    if (BOUND_WORDS.test(run)) continue;
    const inRun = (n: number) => n < words.length && words[n]!.segment === figure.segment;
    if (placed[k] === v) {
      for (let n = k; n < f; n++) if (placed[n] === v) placed[n] = m;
    } else if (!placed.includes(v) && valuesOpenBeside(words, placed, columns, v)) {
      for (let n = f; inRun(n); n++) if (placed[n] === m) placed[n] = v;
    }
  }
}
/**
 * Value column `v` opens at `x` on the grid line right above (its cell's left, within a character:
 * pdftotext rounds each line's values to its own grid, "21 (2014)" over "a 58 days" one character
 * right of "58", corpus20 val20c v20c-010) or right below (a run opening there, to the character,
 * clear of the text on its left): where the row's values stand.
 */
function valueOpensBeside(x: number, v: number, lineAbove: TableLine | undefined, wordsBelow: readonly Word[], charWidth: number): boolean {
  const above = lineAbove?.fill?.[v]?.left;
  if (above !== undefined && Math.abs(above - x) <= charWidth) {
    const before = (lineAbove?.fill ?? []).slice(0, v).filter((f, i): f is CellFill => f !== null && (lineAbove?.cells[i] ?? "").trim() !== "");
    if (before.every((f) => above - f.right >= CLEAR_GAP_CHARS * charWidth)) return true;
  }
  return opensRunAt(wordsBelow, x, charWidth);
}
/**
 * A line's words open a run at `x` (to the character), clear of the text before it on the line: a
 * cell's opening on pdftotext's grid (a cell's lines share their left edge).
 */
export function opensRunAt(line: readonly Word[], x: number, charWidth: number): boolean {
  const k = line.findIndex((w) => Math.abs(w.x - x) <= SAME_PLACE_CHARS * charWidth);
  if (k < 0) return false;
  const prev = line[k - 1];
  return !prev || line[k]!.x - (prev.x + charCount(prev.text) * charWidth) >= CLEAR_GAP_CHARS * charWidth;
}
/**
 * The word of a grid line (`line`) that opens a run in lower case at `x` (to the character): a cell's
 * next line going on where its run opened above — a broken word's rest (`brokenWordRestBelowLeft`,
 * brokenLineEnd's `brokenLineEndRestBelowLeft`).
 */
export function lowerRunOpensAt(line: readonly Word[], x: number, charWidth: number): Word | undefined {
  const rest = line.find((o) => Math.abs(o.x - x) <= SAME_PLACE_CHARS * charWidth);
  return rest !== undefined && LOWER_CASE_OPENING.test(rest.text) && opensRunAt(line, rest.x, charWidth) ? rest : undefined;
}
/** The first word of the run (segment) that holds word `k`. */
export function runHead(words: readonly Word[], k: number): number {
  let head = k;
  while (head > 0 && words[head - 1]!.segment === words[k]!.segment) head--;
  return head;
}
/** Two openings this close (characters) stand at one place on pdftotext's grid of characters. */
export const SAME_PLACE_CHARS = 0.5;
/** A run opens clear of the text on its left with this many characters or more between them. */
const CLEAR_GAP_CHARS = 2;
/** Words that open a bound before its figure ("at least 5", "up to 3", "not more than 2"). */
const BOUND_WORDS = new RegExp(`^(?:${BOUND_PHRASE})$`, "iu");
/** The word after a hyphen that suspends a compound ("pre- and post-deployment", "short- or long-term"). */
const SUSPENDED_COMPOUND_NEXT = /^(?:and|or|nor|to|and\/or)$/;
/**
 * pdftotext's grid: a whole value glued by one space to the end of a value cell's run ("31 December
 * No baseline": the Target's line of a date wrapped in its narrow column, then the Baseline), the
 * value column right of it empty on the line, and the value starting at most MAX_ANCHOR_SHIFT_CHARS
 * left of that column's edge, is that column's cell (corpus dev-006 chromium.txt). A value cell's
 * line never ends with a second whole value; a year after a month ends its date
 * (trailingValueLength reads no year alone as a value).
 */
function wholeValueGluedRight(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number): void {
  columns.forEach((c, i) => {
    const next = columns[i + 1];
    if (!VALUE_ROLES.has(c.role) || !next || !VALUE_ROLES.has(next.role) || placed.includes(i + 1)) return;
    const run = words.flatMap((w, k) => (placed[k] === i && w.column === undefined ? [k] : []));
    if (run.length < 2 || run.some((k) => words[k]!.segment !== words[run[0]!]!.segment)) return;
    // The run opens in this column: its words are a value cell's, not the end of a sentence glued to it.
    const first = run[0]!;
    if (first > 0 && words[first - 1]!.segment === words[first]!.segment) return;
    const tail = trailingValueLength(run.map((k) => words[k]!.text));
    if (tail === 0) return;
    const opening = words[run[run.length - tail]!]!;
    if (opening.x < next.x - MAX_ANCHOR_SHIFT_CHARS * charWidth) return;
    for (const k of run.slice(run.length - tail)) placed[k] = i + 1;
  });
}
/** At most this many lower-case words of a sentence run into a value column before its value. */
const MAX_LOWER_WORDS_BEFORE_VALUE = 2;
/** A Target or Baseline value opens with a digit ("82%", "41") or a capitalised word ("Agreed", "None"); an acronym does not. */
function opensValue(text: string): boolean {
  return VALUE_OPENING.test(text) || CAPITAL_WORD.test(text);
}
/** A word opening in lower case: a sentence's word, never a value's first. */
const LOWER_CASE_OPENING = LOWER_OPENING;
// A capitalised word that is no acronym (a capital, then a lower-case letter): CAPITAL_WORD, src/vocab/text.ts.

/** An item marker standing alone as a word: "1.", "2)", "(a)", "(iv)", "a)", a bullet glyph. */
export const HUNG_MARKER = new RegExp(String.raw`^(?:${LIST_NUMBER}|${GLYPH_CLASS}|[-–*o])$`, "u");
/** A number with a full stop can end a sentence ("… service 2."); a dash or bullet cannot. */
const SENTENCE_END_NUMBER = /^\d{1,3}\.$/;
/** Words of one sentence are a space apart (1.5 characters allows for estimated positions). */
const IN_SENTENCE_GAP_CHARS = 1.5;
/** ... and a sentence's last number is this many characters further from the next column's text than from its own word. */
const MARKER_APART_CHARS = 2;
/**
 * pdftotext's grid: a bullet glyph that ends its run or is a run of its own, in the right half of
 * its column, with the next column's text after it on the line, is that next column's marker
 * however wide the hanging indent ("10 cooperation agreements •                Political
 * transitions", "56 ministries of finance   •               Limited data": the Risks column's
 * bullets sixteen characters left of its text, corpus7 t7-013). A column's own items open at its
 * left edge, and no sentence ends on a bullet.
 */
function bulletHungInRightHalf(words: readonly Word[], k: number, placed: readonly number[], columns: readonly ColumnDef[]): boolean {
  const w = words[k]!, after = words[k + 1];
  const col = placed[k]!, own = columns[col], next = columns[col + 1];
  if (!after || after.segment === w.segment || placed[k + 1] !== col + 1 || !own || !next || !BULLET_GLYPH_ONLY.test(w.text)) return false;
  return w.x > (own.x + next.x) / 2;
}
/** A hanging indent leaves at most this many characters between a marker and its text. */
const MAX_HANG_GAP_CHARS = 6;
/**
 * ... and on pdftotext's grid, a marker glued to the end of another cell's run this many: wide
 * hanging indents on a coarse grid ("o         Average …", nine or more spaces) reach past the
 * usual limit, and only the cell's own marker stands there.
 */
const MAX_RUN_END_HANG_CHARS = 14;

export function averageCharWidth(line: Line): number {
  let chars = 0;
  let width = 0;
  for (const s of line.segments) {
    chars += charCount(s.text);
    width += s.width;
  }
  return chars > 0 && width > 0 ? width / chars : CHAR_WIDTH;
}

/**
 * How far left of its header a column's text may start. Headers are often centred in their cell
 * ("   Objective"), and pdftotext shifts a column a few characters from line to line; eight
 * characters covers both without reaching into a narrow previous column.
 */
export const MAX_ANCHOR_SHIFT_CHARS = 8;
/** Two x positions within this many character widths are the same text edge (PDF rounding, jitter). */
const SAME_EDGE_CHARS = 0.5;

/**
 * How far (points) right of the previous column's label a column's text must start: the label's
 * end is measured (positioned text, or whole grid cells in plain text, where a start right of it
 * is at least a character later anyway), so only rounding separates the two.
 */
const LABEL_END_CLEARANCE_PT = 0.5;

/** A column edge is a position at least this many lines start at (one stray start is no edge). */
const MIN_EDGE_SUPPORT = 2;

/** Vertical rules closer than this (points) are one border (double lines, cell-by-cell strokes). */
const SAME_RULE_X = 3;

/**
 * The table's column edges, from the page's geometry rather than the header text alone:
 *
 * - **Ruled tables** (lattice): the x of each vertical rule that crosses the table's lines is a
 *   cell border; each header label lies between two of them, and its column starts at the border on
 *   its left. Centred or wrapped header text does not matter.
 * - **Borderless tables and text** (stream): the edge lies between the end of the previous
 *   header label and the start of this one (a label sits inside its own column, so the column edge
 *   is at or left of it). Candidates are the header x and every segment start in that window; the
 *   best is the one the fewest words cross (a real column edge is crossed by none), then the one
 *   most segments start at (text is left-aligned in its cell), then the nearest the header.
 *
 * Known cell indexes (tabs, GFM) need no refinement.
 */
export function refineAnchors(columns: readonly ColumnDef[], lines: readonly Line[], verticalRules: readonly number[] = []): ColumnDef[] {
  if (tabbedColumns(columns) || lines.length === 0) return [...columns];
  const ruled = fromRules(columns, verticalRules);
  if (ruled) return ruled;
  const charWidth = lines.reduce((sum, l) => sum + averageCharWidth(l), 0) / lines.length;
  const edge = SAME_EDGE_CHARS * charWidth;
  const spans: Array<readonly [number, number]> = [];
  const starts: number[] = [];
  // Where the values glued one space after a justified line's last word start (gluedLineEnd).
  const gluedValues: number[] = [];
  for (const l of lines) {
    const w = averageCharWidth(l);
    const words = lineWords(l);
    words.forEach((word, k) => {
      spans.push([word.x, word.x + charCount(word.text) * w]);
      if (k === 0 || words[k - 1]?.segment !== word.segment) {
        starts.push(word.x);
        const after = words[k + 1];
        if (after && gluedLineEnd(word, after)) gluedValues.push(after.x);
      }
    });
  }
  // Counted, not filtered into arrays: every candidate edge of every column asks over all the part's words.
  // Each answer kept by x (session 26, h-speed6): the candidates are the lines' word starts, a
  // column's the same x on every row, and each asked over every word of the part again.
  const crossed = new Map<number, number>(), started = new Map<number, number>();
  const crossings = (x: number) => {
    let n = crossed.get(x);
    if (n !== undefined) return n;
    n = 0;
    for (const [a, b] of spans) if (a < x - edge && b > x + edge) n++;
    crossed.set(x, n);
    return n;
  };
  const startsAt = (x: number) => {
    let n = started.get(x);
    if (n !== undefined) return n;
    n = 0;
    for (const s of starts) if (Math.abs(s - x) <= edge) n++;
    started.set(x, n);
    return n;
  };
  // The window of each column's edge: right of the previous label, left of its own.
  const windowLow = (i: number): number => {
    const c = columns[i]!, prev = columns[i - 1]!;
    // A label only ends inside its column: the next column's text may start right after it (Word
    // centres a wide label such as "ACCOMPLISHMENTS" to within a couple of points of the next
    // cell's text), so the window opens just past the label's end, not a character later. Without
    // the label's width, the old window: a character past two characters into the previous column.
    const afterLabel = prev.right !== undefined ? prev.right + LABEL_END_CLEARANCE_PT : prev.x + 2 * charWidth + charWidth;
    return Math.max(afterLabel, prev.x + 2 * charWidth, c.right === undefined ? c.x - MAX_ANCHOR_SHIFT_CHARS * charWidth : -Infinity);
  };
  // A value column's text glued one space after a justified line's last word opens where that
  // value starts: such starts are candidates and support for value columns.
  const valueStartsAt = (x: number) => startsAt(x) + gluedValues.filter((s) => Math.abs(s - x) <= edge).length;
  const refined = columns.map((c, i) => {
    const prev = columns[i - 1];
    if (i === 0 || !prev) return { ...c };
    const low = windowLow(i);
    // Only the first value column after a text column: a value's own words ("75 per" / "cent 82 per
    // cent", "in 2015") run in lower case into the next value column.
    const value = VALUE_ROLES.has(c.role) && !VALUE_ROLES.has(prev.role);
    const candidates = [c.x, ...starts.filter((x) => x >= low && x < c.x), ...(value ? gluedValues.filter((x) => x >= low && x < c.x) : [])];
    const scored = candidates.map((x) => ({ x, crossing: crossings(x), support: value ? valueStartsAt(x) : startsAt(x) }));
    // A clean edge (no word crosses it) that several lines start at is the column's left edge; the
    // leftmost such one, since bullets hang left of their items' text ("•   Greater …").
    const clean = scored.filter((s) => s.crossing === 0 && s.support >= MIN_EDGE_SUPPORT).sort((a, b) => a.x - b.x);
    if (clean[0]) return { ...c, x: clean[0].x };
    scored.sort((a, b) => a.crossing - b.crossing || b.support - a.support || b.x - a.x);
    return { ...c, x: scored[0]?.x ?? c.x };
  });
  return valueEdgesFromBody(refined, windowLow, starts, crossings, charWidth);
}

/** A value's first word: a figure or a comparator ("44%", "48 days", "≥ 54%"). */
const GLUED_VALUE_OPENING = /^(?:[<>≤≥]|\d)/u;

/**
 * Is the run opening with `word` a justified cell line's last word glued one space to a value? A justified (or
 * hyphenated) cell line is stretched to its cell's right edge and pdftotext prints the next cell's
 * first word one space on, so the line's last word opens a run left of the value column, and the
 * value stands where that column's text opens on the other lines ("issue   a 48 days",
 * "Recommendations        fully 44%" under `Baseline`, corpus20 val20c Typst: `a` and `fully` at
 * one x on two lines made that x the Baseline column's edge, and the measures' last words went to
 * the Baseline). The cue: a run that opens with a word in lower case (a line's end — no list
 * marker, no value, no cell's capital) and goes on with a figure or a comparator. For the column
 * edges (refineAnchors, pageAnchors) such a run starts at its value.
 */
function gluedLineEnd(word: Word, next: Word | undefined): boolean {
  return next !== undefined && next.segment === word.segment && LOWER_CASE_OPENING.test(word.text) && !HUNG_MARKER.test(word.text) && GLUED_VALUE_OPENING.test(next.text);
}

/**
 * Neighbouring Target/Baseline columns whose labels the body does not line up under: pdftotext
 * sets the header and the body on grids of their own, so centred labels ("BASELINE" over cols
 * 88–96, "TARGET" 115–121) can stand a column's width left of their values ("85%" at 103, "90%"
 * at 119). The edge window then takes the first value column's text for the second and leaves
 * the first empty. When a value column of such a run holds no start while the body right of the
 * column before the run shows exactly one clean run of starts per value column (no word crosses
 * it, two or more lines start there), the runs are the columns, in the labels' order.
 */
function valueEdgesFromBody(refined: ColumnDef[], windowLow: (i: number) => number, starts: readonly number[], crossings: (x: number) => number, charWidth: number): ColumnDef[] {
  for (let i = 1; i < refined.length; i++) {
    if (!VALUE_ROLES.has(refined[i]!.role) || VALUE_ROLES.has(refined[i - 1]!.role)) continue;
    let j = i;
    while (j + 1 < refined.length && VALUE_ROLES.has(refined[j + 1]!.role)) j++;
    if (j === i) continue;
    const low = windowLow(i);
    const high = refined[j + 1]?.x ?? Infinity;
    const within = (k: number) => starts.some((x) => x >= refined[k]!.x && x < (refined[k + 1]?.x ?? Infinity));
    if (range(i, j).every(within)) continue;
    const runs: Array<{ x: number; last: number; support: number }> = [];
    for (const x of starts.filter((x) => x >= low && x < high && crossings(x) === 0).sort((a, b) => a - b)) {
      const run = runs[runs.length - 1];
      if (run && x - run.last <= CLUSTER_CHARS * charWidth) {
        run.last = x;
        run.support++;
      } else runs.push({ x, last: x, support: 1 });
    }
    const edges = runs.filter((r) => r.support >= MIN_EDGE_SUPPORT);
    if (edges.length !== j - i + 1) continue;
    edges.forEach((e, n) => (refined[i + n] = { ...refined[i + n]!, x: e.x }));
  }
  return refined;
}
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/**
 * pdftotext's grid, a page of a table after the page of its header: the column edges seen in the
 * page's own white space, when it shows them all — the left ends of the runs of starts (starts
 * within CLUSTER_CHARS of each other, a hung marker and its text, are one) that at least
 * MIN_PAGE_EDGE_SUPPORT runs open at and no word crosses, one per column, in order, each within
 * MAX_PAGE_SHIFT_CHARS of the part's edge. Null when the page does not show exactly that.
 */
export function pageAnchors(columns: readonly ColumnDef[], lines: readonly Line[]): ColumnDef[] | null {
  if (lines.length < MIN_PAGE_LINES || tabbedColumns(columns)) return null;
  const charWidth = lines.reduce((sum, l) => sum + averageCharWidth(l), 0) / lines.length;
  const spans: Array<readonly [number, number]> = [];
  const starts: Array<{ x: number; marker: boolean }> = [];
  for (const l of lines) {
    const words = lineWords(l);
    words.forEach((word, k) => {
      spans.push([word.x, word.x + charCount(word.text) * charWidth]);
      if (k === 0 || words[k - 1]?.segment !== word.segment) {
        // A hung marker set apart from its item's text by a column gap ("1.   Special …", "•   Delays …"),
        // or one space before it ("(a) Women …"): either way the item's wrapped lines open under its text.
        const next = words[k + 1];
        // A justified line's last word glued to a value (gluedLineEnd): the value's cell opens at the value.
        if (next && gluedLineEnd(word, next) && !VALUE_ROLES.has(columns[columnOfWord(word, columns, charWidth)]!.role)) starts.push({ x: next.x, marker: false });
        else starts.push({ x: word.x, marker: HUNG_MARKER.test(word.text) && next !== undefined && (next.segment !== word.segment || markerThenText(word, next, charWidth)) });
      }
    });
  }
  starts.sort((a, b) => a.x - b.x);
  const clusters: Array<{ x: number; last: number; support: number; markers: number }> = [];
  for (const { x, marker } of starts) {
    const c = clusters[clusters.length - 1];
    if (c && x - c.last <= CLUSTER_CHARS * charWidth) {
      c.last = x;
      c.support++;
      if (marker) c.markers++;
    } else clusters.push({ x, last: x, support: 1, markers: marker ? 1 : 0 });
  }
  // Hung markers and their items' text are one edge, at the markers, across a hanging indent
  // (MAX_HANG_GAP_CHARS: on a coarse grid the padding after "1." takes four or five characters).
  const merged: typeof clusters = [];
  for (const c of clusters) {
    const m = merged[merged.length - 1];
    if (m && m.markers === m.support && c.x - m.last <= MAX_HANG_GAP_CHARS * charWidth) {
      m.last = c.last;
      m.support += c.support;
      m.markers += c.markers;
    } else merged.push({ ...c });
  }
  const edge = SAME_EDGE_CHARS * charWidth;
  const edges = merged.filter((c) => c.support >= MIN_PAGE_EDGE_SUPPORT && !spans.some(([a, b]) => a < c.x - edge && b > c.x + edge));
  if (edges.length !== columns.length) return null;
  // The first column's x is its label's (nothing lies left of it to refine against): not compared.
  // Each edge within MAX_PAGE_SHIFT_CHARS of the part's, or, on a page whose grid is scaled (a
  // page of another width: every column moves by its share), left of the part's next edge.
  const near = edges.every((e, i) => i === 0 || Math.abs(e.x - columns[i]!.x) <= MAX_PAGE_SHIFT_CHARS * charWidth);
  const scaled = edges.every((e, i) => i === 0 || (e.x > columns[i - 1]!.x && e.x < (columns[i + 1]?.x ?? Infinity)));
  if (!near && !scaled) return null;
  return columns.map((c, i) => ({ ...c, x: i === 0 ? c.x : edges[i]!.x }));
}
/**
 * pdftotext's grid, a page of a table after the page of its header with too few lines for
 * `pageAnchors`: the page's column edges when its runs open at exactly one place per column (run
 * starts within CLUSTER_CHARS are one place), some line shows a run at every one of them, and no
 * run crosses the next place: the left end of each place. pdftotext may set such a page on a grid
 * of its own scaled far from the header page's ("Women at P-5 …  43 per cent  47 per cent" at
 * characters 43, 94, 108 under edges at 50, 129, 155), and a row of whole-column runs leaves no
 * doubt where the columns are. Null otherwise.
 */
export function uniformRunAnchors(columns: readonly ColumnDef[], lines: readonly Line[]): ColumnDef[] | null {
  const shown = lines.filter((l) => l.segments.length > 0);
  if (shown.length < MIN_UNIFORM_LINES || tabbedColumns(columns)) return null;
  const charWidth = shown.reduce((sum, l) => sum + averageCharWidth(l), 0) / shown.length;
  const starts = shown.flatMap((l) => l.segments.map((seg) => seg.x)).sort((a, b) => a - b);
  const places: Array<{ x: number; last: number }> = [];
  for (const x of starts) {
    const p = places[places.length - 1];
    if (p && x - p.last <= CLUSTER_CHARS * charWidth) p.last = x;
    else places.push({ x, last: x });
  }
  if (places.length !== columns.length) return null;
  // Columns are wider than a hanging indent: places a few characters apart are one cell's lines —
  // unless they are two short value columns side by side (sideBySidePlaces).
  if (places.some((p, i) => i > 0 && p.x - places[i - 1]!.last < MIN_PLACE_APART_CHARS * charWidth && !sideBySidePlaces(shown, places[i - 1]!, p))) return null;
  if (!shown.some((l) => l.segments.length === columns.length)) return null;
  // No run reaches past the next place's start.
  const placeOf = (x: number) => places.findIndex((p) => x >= p.x && x <= p.last);
  if (shown.some((l) => l.segments.some((seg) => { const next = places[placeOf(seg.x) + 1]; return !!next && seg.x + seg.width > next.x; }))) return null;
  return columns.map((c, i) => ({ ...c, x: i === 0 ? c.x : places[i]!.x }));
}
/**
 * `uniformRunAnchors`: two places closer than MIN_PLACE_APART_CHARS that are still two columns —
 * narrow value columns (a baseline and a target, "59%   ≥ 60%") that pdftotext set on a page's
 * grid of its own a few characters apart. A hanging indent's two places hold a marker and, on
 * other lines, its item's wrapped text; two value columns hold runs on the same lines: every line
 * with a run at the left place has one at the right place too, and no run at the left place is an
 * item marker. Read from the lines alone (which runs share a line), not from the values' wording.
 */
function sideBySidePlaces(lines: readonly Line[], left: { x: number; last: number }, right: { x: number; last: number }): boolean {
  const at = (seg: Segment, p: { x: number; last: number }) => seg.x >= p.x && seg.x <= p.last;
  const withLeft = lines.filter((l) => l.segments.some((seg) => at(seg, left)));
  if (withLeft.length < MIN_UNIFORM_LINES) return false;
  return withLeft.every((l) => l.segments.some((seg) => at(seg, right)) && l.segments.every((seg) => !at(seg, left) || !HUNG_MARKER.test(seg.text.split(/\s+/)[0] ?? "")));
}
/** How many words of `lines` cross one of the column edges after the first (by more than SAME_EDGE_CHARS). */
export function edgeCrossings(columns: readonly ColumnDef[], lines: readonly Line[]): number {
  let n = 0;
  for (const l of lines) {
    const w = averageCharWidth(l);
    const edge = SAME_EDGE_CHARS * w;
    for (const word of lineWords(l)) {
      const a = word.x, b = word.x + charCount(word.text) * w;
      for (const c of columns.slice(1)) if (a < c.x - edge && b > c.x + edge) n++;
    }
  }
  return n;
}
/**
 * `pageAnchors`: a list marker followed, one space on in its own run, by its item's text ("(a) Women
 * appointed …") is a hanging indent's marker like one set apart by a gap: the item's wrapped lines
 * open under the text, a marker's width right of it, and that place is no column edge of its own
 * (corpus17 d17-002: runs opening "(a) …" at 35 and their wraps at 39 read as two columns, so the
 * measures at 72 were lost). Two columns never open within a hanging indent of each other.
 */
function markerThenText(marker: Word, next: Word, charWidth: number): boolean {
  return ITEM_TEXT_OPENING.test(next.text) && next.x - (marker.x + charCount(marker.text) * charWidth) <= IN_SENTENCE_GAP_CHARS * charWidth;
}
/** An item's text opens with a capital or a digit. */
const ITEM_TEXT_OPENING = /^[\p{Lu}\d]/u;
/** `uniformRunAnchors`: two columns' places lie at least this many characters apart. */
const MIN_PLACE_APART_CHARS = 8;
/** `uniformRunAnchors` needs this many lines that agree. */
const MIN_UNIFORM_LINES = 2;
/** A page needs this many table lines to show its own column edges. */
const MIN_PAGE_LINES = 8;
/** Run starts this close (characters) are one edge: a hung marker and its text, jitter. */
const CLUSTER_CHARS = 3;
/** A page's column edge is where at least this many runs start. */
const MIN_PAGE_EDGE_SUPPORT = 3;
/** A page's grid shifts a column at most this many characters from the header page's. */
const MAX_PAGE_SHIFT_CHARS = 16;

/** Column edges from vertical rules: each column starts at the nearest border left of its label. */
function fromRules(columns: readonly ColumnDef[], verticalRules: readonly number[]): ColumnDef[] | null {
  const xs = [...verticalRules].sort((a, b) => a - b).filter((x, i, all) => i === 0 || x - (all[i - 1] ?? -Infinity) > SAME_RULE_X);
  if (xs.length < columns.length) return null;
  const edges = columns.map((c) => {
    const left = xs.filter((x) => x <= c.x + SAME_RULE_X);
    return left[left.length - 1];
  });
  // Every column needs its own border, in order; otherwise the rules are not this table's grid.
  if (edges.some((e, i) => e === undefined || (i > 0 && e <= (edges[i - 1] ?? Infinity)))) return null;
  return columns.map((c, i) => ({ ...c, x: i === 0 ? c.x : (edges[i] ?? c.x) + 1 }));
}

/**
 * pdftotext's grid moves a column's edge from one group of rows to the next (it lays out each
 * block of text on its own), so a part's single edge can sit several characters left of where the
 * column starts on some lines: a word that ends a cell's line there ("… the planning", "… 30 in")
 * then seems to start in the next column. The edges near a line are read from the lines next to
 * it (within NEAR_LINES grid lines, same page): where the segments that open a column start there
 * (after a column gap). When at least MIN_LOCAL_SUPPORT of them start right of the part's edge, the
 * edge moves right to the leftmost of them (and never past a segment start of the line itself),
 * by at most MAX_LOCAL_SHIFT_CHARS. Only ever right: a word that crosses a column's local start
 * still opens that column.
 */
export function localAnchors(columns: readonly ColumnDef[], line: Line, near: readonly Line[], memo?: OpensMemo, markersOf: (l: Line) => readonly Word[] = () => [], wordsOf: (l: Line) => readonly Word[] = lineWords): ColumnDef[] {
  if (near.length === 0 || tabbedColumns(columns)) return [...columns];
  const charWidth = averageCharWidth(line);
  // The column each segment opens, as assignColumns reads it: text after a column gap a little
  // left of the next edge (a marker hung left of its item) opens that next column.
  const opens = (l: Line): ReadonlyArray<{ col: number; x: number }> => {
    // A line is read as a neighbour of each of up to 2 × NEAR_LINES lines, and again as an
    // adjacent one: what it opens depends only on its words, these columns and the char width.
    const known = memo?.get(l);
    if (known && known.columns === columns && known.charWidth === charWidth) return known.opens;
    const words = wordsOf(l);
    const out: Array<{ col: number; x: number }> = [];
    const markers = words.length > 2 ? markersOf(l) : [];
    let previous = -1;
    words.forEach((w, k) => {
      if (k > 0 && words[k - 1]!.segment === w.segment) {
        // A bullet inside a run, near the next column's edge, opens that column (bulletOpensCell):
        // the item's text after it starts the cell's text edge.
        const next = columns[previous + 1], after = words[k + 1];
        if (next && opensItemInRun(words, k) && w.x >= next.x - MAX_ANCHOR_SHIFT_CHARS * charWidth && after && after.segment === w.segment) {
          out.push({ col: previous + 1, x: after.x });
          previous++;
        } else if (next && after && after.segment === w.segment && (isGluedMarker(markers, w) || hungBeforeNextColumn(w, after, columns, charWidth, previous))) {
          // A marker that opens the next column inside the run — where the column's markers open
          // (markerOpensCell), or hung just left of the column's edge before its item's text —
          // opens that column at the marker: the cell's wrapped lines below it start there
          // ("… collection o Average …" over "… performance data. claims (days)", "claims" under the "o").
          out.push({ col: previous + 1, x: w.x });
          previous++;
        }
        return;
      }
      let col = columnOfWord(w, columns, charWidth);
      const next = columns[previous + 1];
      if (previous >= 0 && col <= previous && next && w.x >= next.x - MAX_ANCHOR_SHIFT_CHARS * charWidth) col = previous + 1;
      else col = secondRunValueColumn(w, words, columns, charWidth, col);
      out.push({ col, x: w.x });
      previous = col;
    });
    memo?.set(l, { columns, charWidth, opens: out });
    return out;
  };
  const nearOpens = opensOfLines(near, opens);
  const ownOpens = opens(line);
  // Words of the line's runs one space after the word before: where two cells were glued.
  const ownWords = wordsOf(line);
  const glued = ownWords.filter((w, k) => k > 0 && ownWords[k - 1]!.segment === w.segment);
  const adjacentOpens = opensOfLines(near, opens, (n) => Math.abs(n.line - line.line) === 1);
  let changed = false;
  const out = columns.map((c, i) => {
    if (i === 0) return c;
    // Left: a glued word that starts exactly where the line right above or below opens this
    // column after a column gap is that cell's text (a cell's lines share its left edge).
    const aligned = firstAligned(adjacentOpens, i, c.x - SAME_EDGE_CHARS * charWidth, glued, ALIGNED_CHARS * charWidth);
    const prev = columns[i - 1];
    if (aligned && prev && aligned.x > prev.x + MAX_ANCHOR_SHIFT_CHARS * charWidth) {
      changed = true;
      return { ...c, x: aligned.x };
    }
    // A Target or Baseline cell's lines may lie further apart (pdftotext interleaves the short
    // values with the measure's lines): a line near this one shows where the value column opens,
    // and the glued value starts exactly there ("… on a quarterly basis Achieved" under "Achieved"
    // three lines up; not "… monitored on a Fully": "a" ends a character left of it). Column i is
    // a value column here, so the near lines' openings of column i are all value openings.
    const alignedNear = VALUE_ROLES.has(c.role) ? firstAligned(nearOpens, i, c.x - SAME_EDGE_CHARS * charWidth, glued, ALIGNED_CHARS * charWidth) : undefined;
    if (alignedNear && prev && alignedNear.x > prev.x + MAX_ANCHOR_SHIFT_CHARS * charWidth) {
      changed = true;
      return { ...c, x: alignedNear.x, exact: true };
    }
    // How many near lines open this column, and the leftmost x where they do.
    let count = 0;
    let opensNear = Infinity;
    for (const o of nearOpens) {
      if (o.col !== i) continue;
      count++;
      opensNear = Math.min(opensNear, o.x);
    }
    if (count < MIN_LOCAL_SUPPORT) {
      const shifted = prev ? blockShiftedLeftStart(i, c.x, prev.x, [ownOpens, ...near.map(opens)], charWidth) : undefined;
      if (shifted !== undefined) {
        changed = true;
        return count === 0 ? { ...c, x: shifted } : { ...c, x: shifted, opensNear };
      }
      if (count === 0) return c;
      changed = true;
      return { ...c, opensNear };
    }
    changed = true;
    let x = opensNear;
    for (const o of ownOpens) if (o.col === i) x = Math.min(x, o.x);
    // Two value cells glued by one space ("71 per cent 82 per cent" under Baseline | Target): the
    // number that opens the second stays where the part's edge reads it, though the short values
    // of the lines around, centred in their cells, open the column further right.
    if (VALUE_ROLES.has(c.role) && prev && VALUE_ROLES.has(prev.role) && glued.some((w) => VALUE_OPENING.test(w.text) && w.x >= c.x - MAX_ANCHOR_SHIFT_CHARS * charWidth && w.x < x)) return { ...c, opensNear };
    const next = columns[i + 1];
    if (x <= c.x + SAME_EDGE_CHARS * charWidth || x > c.x + MAX_LOCAL_SHIFT_CHARS * charWidth || (next && x >= next.x)) return { ...c, opensNear };
    return { ...c, x, opensNear };
  });
  // Where the line right above opens each value column: its value cell may wrap onto this line.
  const above = opensOfLines(near, opens, (n) => n.line === line.line - 1);
  for (const o of above) {
    const c = out[o.col];
    if (!c || !VALUE_ROLES.has(c.role) || c.opensAbove !== undefined) continue;
    out[o.col] = { ...c, opensAbove: o.x };
    changed = true;
  }
  return changed ? out : [...columns];
}
/**
 * pdftotext's grid may set a block of rows well left of the part's edges (a row whose cells are
 * wide: the measures of d14-014's first row open at 99–100 under a header and rows below at 112),
 * and localAnchors only ever moves an edge right. On such lines the column's runs, after a column
 * gap, fall short of its edge by more than MAX_ANCHOR_SHIFT_CHARS and read as a second run of the
 * column on their left. A left-aligned cell holds one run per grid line, so when no line near
 * opens column `col` while at least MIN_LOCAL_SUPPORT of them (the line's own included) open a
 * second run of column `col - 1` at one place (within ALIGNED_CHARS), right of that column's edge
 * by more than MAX_ANCHOR_SHIFT_CHARS and left of `col`'s by at most MAX_PAGE_SHIFT_CHARS (the most
 * a page's grid moves a column), that place is where `col` opens near the line: the column start
 * seen on many lines wins over the header's. Returns the new edge, or undefined.
 */
function blockShiftedLeftStart(col: number, edge: number, prevEdge: number, lines: ReadonlyArray<ReadonlyArray<{ col: number; x: number }>>, charWidth: number): number | undefined {
  const places: number[] = [];
  const inShiftedPlace = (x: number) => x > prevEdge + MAX_ANCHOR_SHIFT_CHARS * charWidth && x < edge - MAX_ANCHOR_SHIFT_CHARS * charWidth && x >= edge - MAX_PAGE_SHIFT_CHARS * charWidth;
  for (const o of lines) {
    // Cue `gluedMarkerAtShiftedEdge` (session 51): a line that opens `col` only where a glued
    // marker stands in that shifted place ("… of detention o Square …" over "… by host      o
    // Former …", corpus14 val14d v14d-017: the marker opens the column at the block's own edge) is
    // one more line of the block, not a line that opens the column at the header's edge.
    const opensCol = o.filter((e) => e.col === col);
    if (opensCol.some((e) => !inShiftedPlace(e.x))) return undefined;
    for (const e of opensCol) places.push(e.x);
    for (let k = 1; k < o.length; k++) {
      const e = o[k]!;
      if (e.col !== col - 1 || o[k - 1]!.col !== col - 1) continue;
      if (!inShiftedPlace(e.x)) continue;
      places.push(e.x);
    }
  }
  if (places.length < MIN_LOCAL_SUPPORT) return undefined;
  const left = Math.min(...places);
  return places.every((x) => x - left <= ALIGNED_CHARS * charWidth) ? left : undefined;
}
/**
 * The first of `opens` that opens column `col` left of `before` with a glued word within `within`
 * of it (localAnchors: a cell's lines share its left edge).
 */
function firstAligned(opens: ReadonlyArray<{ col: number; x: number }>, col: number, before: number, glued: readonly Word[], within: number): { col: number; x: number } | undefined {
  for (const o of opens) {
    if (o.col !== col || !(o.x < before)) continue;
    for (const w of glued) if (Math.abs(w.x - o.x) <= within) return o;
  }
  return undefined;
}
/**
 * A list marker inside a run, at most MAX_ANCHOR_SHIFT_CHARS left of the next column's edge, before
 * an item's opening (a capital or a digit) that lies in that column by its own place: the marker
 * hung left of the cell's text (assignColumns gives it to that text's column).
 */
function hungBeforeNextColumn(w: Word, after: Word, columns: readonly ColumnDef[], charWidth: number, previous: number): boolean {
  const next = columns[previous + 1];
  return !!next && HUNG_MARKER.test(w.text) && ITEM_OPENING.test(after.text) && w.x >= next.x - MAX_ANCHOR_SHIFT_CHARS * charWidth && columnOfWord(after, columns, charWidth) === previous + 1;
}
/**
 * What `lines.filter(keep).flatMap(opens)` gives — the openings of the kept lines, in order —
 * built by one loop: localAnchors asks it three times for every body line of a text grid, and
 * `flatMap`'s generic flattening was its costliest line.
 */
function opensOfLines(lines: readonly Line[], opens: (l: Line) => ReadonlyArray<{ col: number; x: number }>, keep?: (l: Line) => boolean): Array<{ col: number; x: number }> {
  const out: Array<{ col: number; x: number }> = [];
  for (const l of lines) {
    if (keep && !keep(l)) continue;
    for (const o of opens(l)) out.push(o);
  }
  return out;
}
/**
 * What `localAnchors` read of each line it looked at (the column each of its runs opens), kept for
 * the next lines of the same table part: a line is the neighbour of several. An entry holds only
 * for the columns and char width it was read with (checked on every use).
 */
export type OpensMemo = Map<Line, { columns: readonly ColumnDef[]; charWidth: number; opens: ReadonlyArray<{ col: number; x: number }> }>;
/** A glued word this close (characters) to where the adjacent line opens a column lines up with it: pdftotext sets a cell's lines up to a character apart. */
export const ALIGNED_CHARS = 1;
/** Lines this many grid lines above or below a line show the column edges near it. */
export const NEAR_LINES = 3;
/** A Target or Baseline value opens with a number ("82 per cent", "5 days", "95%"). */
const VALUE_OPENING = /^\d/u;
/** A local edge needs at least this many segments opening the column there. */
const MIN_LOCAL_SUPPORT = 2;
/** pdftotext moves a block's column at most this many characters from the part's edge. */
export const MAX_LOCAL_SHIFT_CHARS = 12;
