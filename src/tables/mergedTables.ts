import type { Line } from "../model/layout.js";

/**
 * Two tables printed back to back that the word processor joined into one (session 23, h-c15fix;
 * corpus15): Word and LibreOffice merge two tables with nothing between them into one table, and a
 * header row marked to repeat is then the first table's — so at the top of the next page the first
 * table's labels (`No. | Objective | … | Target`) are printed again above rows of the second table
 * (`Objective | Expected accomplishment | Performance measure`, whose own header was printed once,
 * where it began). Read by those labels, the second table's cells were cut at the first table's
 * column edges (the words under `Target` became targets).
 *
 * The rows under such a header are laid out in the open table's cells, not in the header's: this
 * compares where the text runs start on the lines under the header (on its page, before the next
 * header) with where the body runs of the open table and of the earlier table started. Both tables
 * start at the same left edge, so only the other runs tell them apart: each run counts for the
 * table whose nearest cell start is nearer. Geometry only, and relative (pdftotext shifts a page's
 * columns by a few characters, a PDF's cells keep their points).
 */
export function rowsInOpenTableCells(below: readonly Line[], openBody: readonly Line[], earlierBody: readonly Line[]): boolean {
  const openStarts = runStarts(openBody);
  const earlierStarts = runStarts(earlierBody);
  if (openStarts.length < 2 || earlierStarts.length < 2) return false;
  let open = 0;
  let earlier = 0;
  for (const line of below) {
    for (const seg of line.segments) {
      if (!seg.text.trim()) continue;
      const toOpen = nearest(seg.x, openStarts);
      const toEarlier = nearest(seg.x, earlierStarts);
      if (toOpen < toEarlier) open++;
      else if (toEarlier < toOpen) earlier++;
    }
  }
  return open >= MIN_RUNS && open > MAJORITY * earlier;
}
/** At least this many runs must sit at the open table's cell starts. */
const MIN_RUNS = 2;
/** …and more than this many times the runs that sit at the earlier table's. */
const MAJORITY = 2;

/**
 * The x positions where body runs start, each position taken when at least two runs start there
 * (a run that starts mid-cell is a word gap, a cell start repeats down the column).
 */
function runStarts(lines: readonly Line[]): number[] {
  const xs = lines.flatMap((l) => l.segments.filter((s) => s.text.trim()).map((s) => s.x)).sort((a, b) => a - b);
  const starts: number[] = [];
  // One pass over the sorted starts: a start repeats when a neighbour lies within the slack, and
  // is new when the last start taken (the greatest so far) lies beyond it.
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    const twice = (k > 0 && x - xs[k - 1]! <= START_SLACK) || (k + 1 < xs.length && xs[k + 1]! - x <= START_SLACK);
    const last = starts[starts.length - 1];
    if (twice && (last === undefined || x - last > START_SLACK)) starts.push(x);
  }
  return starts;
}
/** Runs starting this close (points; a text column is 5) start at one cell edge. */
const START_SLACK = 3;

function nearest(x: number, starts: readonly number[]): number {
  return Math.min(...starts.map((s) => Math.abs(s - x)));
}

/**
 * The runs under a header repeated at a page top that run across its columns (plain text; a PDF
 * too when the open table is a header alone, with no body to compare) — a run
 * starting in one column (its label the nearest) and ending more than CROSS_SLACK_CHARS past the
 * next column's label. Cell text stays inside its cell, and a label sits at or right of its cell's
 * left edge (left-aligned or centred over it), so a run reaching past the next label is in another
 * table's wider cells. pdftotext sets each page on a grid of its own, so run starts are compared
 * with the labels printed on the same page (rowsInOpenTableCells compares them with the two
 * tables' body runs, printed on earlier pages, which a few characters' shift can confuse). A value
 * glued one space to the cell before it crosses by a few characters at most; two runs must cross.
 */
export function runsCrossHeaderColumns(below: readonly Line[], labelXs: readonly number[], charWidth: number): boolean {
  let crossing = 0;
  for (const line of below) {
    for (const seg of line.segments) {
      if (!seg.text.trim()) continue;
      let c = 0;
      for (let k = 1; k < labelXs.length; k++) if (Math.abs(seg.x - labelXs[k]!) < Math.abs(seg.x - labelXs[c]!)) c = k;
      const next = labelXs[c + 1];
      if (next !== undefined && seg.x < next && seg.x + seg.width > next + CROSS_SLACK_CHARS * charWidth) crossing++;
    }
  }
  return crossing >= MIN_CROSSING_RUNS;
}
/** A value pdftotext glued one space after a cell's text reaches a few characters past the next label at most. */
const CROSS_SLACK_CHARS = 3;
/** Runs that must cross the header's columns. */
const MIN_CROSSING_RUNS = 2;
