import type { Line } from "../model/layout.js";
import { ANCHOR_SLACK_CHARS, MAX_LOCAL_SHIFT_CHARS, SAME_PLACE_CHARS, averageCharWidth, charCount, lineWords, type ColumnDef, type Word } from "./columns.js";

/**
 * pdftotext's grid: a one-run line that is the first line of a row block set on a grid of its own,
 * its two cells glued by one space ("To strengthen the management of records and Air tickets
 * purchased …" over "information ⎵⎵⎵ Budget implementation rate …", corpus18 v18-006: the block's
 * measure column opens at 44, the header's at 51). A word of the line, one space after the word
 * before it and opening with a capital or a figure (a cell's first word), starts where a line of
 * the block right under it (no blank grid line between, BLOCK_LINES at most) opens a run after a
 * column gap — the block's own column edge, shared by its lines — and that edge lies left of a
 * later column's edge by more than the anchor slack (at the edge itself `capitalGluedAtColumnEdge`
 * decides, with two lines of support: a spanning objective's "… Sustainable Development Goals" has
 * "Goals" at the Target edge over a value there, corpus13 d13-015) and by at most
 * MAX_LOCAL_SHIFT_CHARS (pdftotext's shift of a block's grid), well right of the first column's
 * left edge, with the run going on past the column's edge. Prose has
 * no table lines glued under it that open a cell exactly under one of its words, and its lines do
 * not open runs after a gap at all. The line is a row of cells: the table goes on.
 *
 * `capitalGluedAtColumnEdge` and `wordsOpenRunsBelow` read the same glue with two lines of
 * support and the word within a few characters of the header's edge; a row block of two or three
 * lines on a grid shifted further than that has only its own next line to show the edge.
 */
export function gluedAtBlockGrid(line: Line, below: readonly Line[], columns: readonly ColumnDef[]): boolean {
  if (line.segments.length !== 1 || columns.length < 2) return false;
  const block = rowBlockUnder(line, below);
  if (block.length === 0) return false;
  const cw = averageCharWidth(line);
  const words = lineWords(line);
  const tail = words[words.length - 1];
  if (!tail) return false;
  const end = tail.x + charCount(tail.text) * cw;
  const leftEdge = columns[0]!.x + MIN_FIRST_CELL_CHARS * cw;
  const opensRun = (x: number) => block.some((l) => l.segments.some((s) => s.x > leftEdge && Math.abs(s.x - x) < SAME_PLACE_CHARS * cw));
  return columns.slice(1).some((c) => {
    if (end <= c.x + cw) return false;
    return words.some((w, k) => k >= 2 && w.x > leftEdge && w.x < c.x - ANCHOR_SLACK_CHARS * cw && w.x >= c.x - MAX_LOCAL_SHIFT_CHARS * cw && gluedToPrevious(words, k, cw) && CELL_OPENING.test(w.text) && opensRun(w.x));
  });
}

/** The lines right under `line`, each on the next grid line of its page: its row block. */
function rowBlockUnder(line: Line, below: readonly Line[]): Line[] {
  const block: Line[] = [];
  let above = line;
  for (const l of below) {
    if (block.length >= BLOCK_LINES || l.page !== line.page || l.line !== above.line + 1) break;
    block.push(l);
    above = l;
  }
  return block;
}

/** Word k stands one space after the word before it (pdftotext's glue, not a column gap). */
function gluedToPrevious(words: readonly Word[], k: number, cw: number): boolean {
  const before = words[k - 1];
  const w = words[k];
  return !!before && !!w && w.x - (before.x + charCount(before.text) * cw) <= cw + SAME_PLACE_CHARS * cw;
}

/** A cell's first word: a capital or a figure. */
const CELL_OPENING = /^[\p{Lu}\d]/u;
/**
 * Lines of a row block looked at under its glued first line: the row's next two lines, as
 * `wordsOpenRunsBelow` reads them. A third reaches the next row's lines, whose own shifted edge
 * a spanning objective's word above may meet by chance (corpus13 v13-002: "… of the Organization
 * in field missions" over a glued row and, two lines further, "Vendors registered …" at its word).
 */
const BLOCK_LINES = 2;
/** The first column keeps at least this many characters: a run opening nearer its edge is its own. */
const MIN_FIRST_CELL_CHARS = 12;

