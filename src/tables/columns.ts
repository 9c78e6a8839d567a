import type { Line, Segment } from "../model/layout.js";
import { CHAR_WIDTH } from "../extract/text.js";

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
}

/**
 * Split a line's segments into words with x positions. A segment's width is shared evenly among
 * its characters: exact for text input (fixed CHAR_WIDTH), close enough for PDF, where it only has
 * to place a word on the right side of a column anchor.
 */
export function lineWords(line: Line, layoutText?: string): Word[] {
  const words: Word[] = [];
  line.segments.forEach((seg, index) => {
    const chars = [...seg.text].length || 1;
    const charWidth = seg.width > 0 ? seg.width / chars : CHAR_WIDTH;
    const lost = seg.column !== undefined && seg.column > 0 && hasLostGlyphTrace(seg, layoutText);
    let first = true;
    for (const m of seg.text.matchAll(/\S+/g)) {
      const offset = [...seg.text.slice(0, m.index)].length;
      words.push({ text: m[0], x: seg.x + offset * charWidth, column: seg.column, segment: index, lostGlyph: lost && first });
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
  role: "objective" | "accomplishments" | "measures" | "extra";
  header: string;
  /** Left edge of the header text: the anchor data is assigned against. */
  x: number;
  /** Tab/cell index of the header cell, when known. */
  column: number | undefined;
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
export function columnOfWord(word: Word, columns: readonly ColumnDef[], charWidth: number): number {
  if (word.column !== undefined && columns.every((c) => c.column !== undefined)) {
    let best = 0;
    columns.forEach((c, i) => {
      if ((c.column ?? 0) <= (word.column ?? 0)) best = i;
    });
    return best;
  }
  let best = 0;
  columns.forEach((c, i) => {
    if (i > 0 && word.x >= c.x - ANCHOR_SLACK_CHARS * charWidth) best = i;
  });
  return best;
}

/** One line of the table, cut into the header's columns (empty string where a column is empty). */
export interface TableLine {
  page: number;
  line: number;
  y: number;
  cells: string[];
  /** Per column: the cell showed a trace of lost bullet glyphs. */
  lostGlyphs: boolean[];
}

/**
 * Cut a line into the header's columns. A segment that straddles an anchor (close columns one
 * space apart, glued into one segment) is split at the word boundary nearest the anchor, because
 * assignment is per word.
 */
export function assignColumns(line: Line, columns: readonly ColumnDef[], layoutText?: string): TableLine {
  const cells: string[][] = columns.map(() => []);
  const lost = columns.map(() => false);
  const words = lineWords(line, layoutText);
  const charWidth = averageCharWidth(line);
  for (const w of words) {
    const i = columnOfWord(w, columns, charWidth);
    cells[i]?.push(w.text);
    if (w.lostGlyph) lost[i] = true;
  }
  return { page: line.page, line: line.line, y: line.y, cells: cells.map((c) => c.join(" ")), lostGlyphs: lost };
}

export function averageCharWidth(line: Line): number {
  let chars = 0;
  let width = 0;
  for (const s of line.segments) {
    chars += [...s.text].length;
    width += s.width;
  }
  return chars > 0 && width > 0 ? width / chars : CHAR_WIDTH;
}

/** Resolution of the coverage scan, in average character widths: half a character finds one-space gutters. */
const GUTTER_STEP_CHARS = 0.5;

/**
 * Move each anchor left to where its column's text really starts. A header may be centred or
 * indented inside its cell while the data start at the cell's left edge; words of a column never
 * cross that edge, so there is a gutter (an x no word covers on any table line) just left of it.
 * Scanning left from the anchor, the first gutter marks the edge. Anchors only move left, never
 * past the previous column's anchor; known cell indexes (tabs, GFM) need no refinement.
 */
export function refineAnchors(columns: readonly ColumnDef[], lines: readonly Line[]): ColumnDef[] {
  if (columns.every((c) => c.column !== undefined) || lines.length === 0) return [...columns];
  const charWidth = lines.reduce((sum, l) => sum + averageCharWidth(l), 0) / lines.length;
  const step = GUTTER_STEP_CHARS * charWidth;
  const spans = lines.flatMap((l) => {
    const w = averageCharWidth(l);
    return lineWords(l).map((word) => [word.x, word.x + [...word.text].length * w] as const);
  });
  const covered = (x: number) => spans.some(([a, b]) => x >= a && x < b);
  return columns.map((c, i) => {
    const prev = columns[i - 1];
    if (i === 0 || !prev) return { ...c };
    let x = c.x;
    while (x - step > prev.x + charWidth && covered(x - step)) x -= step;
    // x is now the left edge of a covered run that reaches the anchor; keep it only if a gutter was found.
    return covered(x - step) ? { ...c } : { ...c, x: Math.min(c.x, x) };
  });
}
