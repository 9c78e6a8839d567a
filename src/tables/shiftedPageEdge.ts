import type { Line } from "../model/layout.js";
import { averageCharWidth, type ColumnDef } from "./columns.js";

/**
 * Plain text (`pdftotext -layout`): the table's left edge on a page after its header's page. pdftotext
 * sets each page on a grid of its own, so a page holding the rest of a table whose header is not
 * repeated may print every line some characters right of the header page's (corpus13 v13-002: the
 * rows of a table with spanning objectives at character 7 on the next page, its header and first
 * rows at 0; v13-008 at 3, d13-015 at 3). The collector asks whether a line starts at the table's
 * left edge (a spanning objective row does, and runs across the next columns) against the header
 * page's first column, so on such a page no objective was found and the spanning lines were read
 * into the cells, joining every later row into one.
 *
 * The page's own edge is where its table lines start leftmost: the part's lines on this page and
 * the lines below down to the table's end on the page (two blank grid lines — pdftotext keeps at
 * most one between a table's rows — or the page's end). When that edge lies right of the header's
 * first column by more than a character (the left-edge test's own slack) and at most
 * MAX_PAGE_SHIFT_CHARS, at least MIN_EDGE_LINES lines start there, and `line` is one of them, the
 * page's grid moved: the difference (in x units) is returned. 0 otherwise — a page whose rows
 * start at the header's edge, or whose leftmost lines are too few to say.
 */
export function pageLeftShift(lines: readonly Line[], i: number, headerPage: number, partLines: readonly Line[], columns: readonly ColumnDef[]): number {
  const line = lines[i];
  const head = columns[0];
  const own = line?.segments[0];
  if (!line || !head || !own || line.page === headerPage) return 0;
  const cw = averageCharWidth(line);
  const starts: number[] = [];
  for (const l of partLines) if (l.page === line.page && l.segments[0]) starts.push(l.segments[0].x);
  let blanks = 0;
  for (let k = i; k < lines.length && k < i + REGION_LINES; k++) {
    const l = lines[k]!;
    if (l.page !== line.page) break;
    if (l.segments.length === 0) {
      if (++blanks >= TABLE_END_BLANKS) break;
      continue;
    }
    blanks = 0;
    starts.push(l.segments[0]!.x);
  }
  const edge = Math.min(...starts);
  const shift = edge - head.x;
  if (!(shift > cw && shift <= MAX_PAGE_SHIFT_CHARS * cw) || Math.abs(own.x - edge) > cw) return 0;
  return starts.filter((x) => Math.abs(x - edge) <= cw).length >= MIN_EDGE_LINES ? shift : 0;
}

/** The columns moved right by `shift` (x units): the header's grid on a page set `shift` further right. */
export function shiftedColumns(columns: readonly ColumnDef[], shift: number): ColumnDef[] {
  return columns.map((c) => ({ ...c, x: c.x + shift }));
}

/** Lines looked at below the line for the page's table lines. */
const REGION_LINES = 80;
/** Blank grid lines that end the table on the page (pdftotext keeps at most one between rows). */
const TABLE_END_BLANKS = 2;
/** A page's grid shifts at most this many characters from the header page's (as `pageAnchors`). */
const MAX_PAGE_SHIFT_CHARS = 16;
/** Lines that must start at the page's edge: a row's first cell and a spanning line at least. */
const MIN_EDGE_LINES = 3;
