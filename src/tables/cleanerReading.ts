/**
 * Session 47 (h-align47): a table read both ways — every row top-aligned, and the centred fit — and
 * the reading whose cells are cleaner kept. `objectivesCentred` votes from a few objectives band by
 * band; a wrong vote (or a near-tie of the centred fit) moves a cell's last lines into the next row
 * or its first lines into the row above. Either move cuts cells mid-sentence: at a boundary the
 * reading sets, a column's cell above ends on a line that leads on ("… of the", "self-", a comma)
 * or the cell below opens with a sentence going on (lower case). The count of such cuts, over every
 * boundary and every column but the objective's, is the reading's score; the lower score wins, a
 * tie keeps the vote.
 */
import type { TableLine } from "./columns.js";
import type { RowBlock } from "./rows.js";
import { leadsOn } from "./text.js";
import { startsWithMarker } from "../vocab/markers.js";
import { isValueCell } from "../vocab/values.js";

/** A cell line that goes on with a sentence: lower case, also inside an opening bracket, not a list number ("a)", "(i)") or an "o" bullet. */
const SENTENCE_GOES_ON = /^[([]?\p{Ll}/u;

function goesOnSentence(cell: string): boolean {
  const t = cell.trim();
  return SENTENCE_GOES_ON.test(t) && !startsWithMarker(t);
}

/** The first (or last) line of `lines` with text in column `c`. */
function cellEdgeLine(lines: readonly TableLine[], c: number, last: boolean): TableLine | null {
  const n = lines.length;
  for (let k = 0; k < n; k++) {
    const line = lines[last ? n - 1 - k : k]!;
    if ((line.cells[c] ?? "").trim()) return line;
  }
  return null;
}

/**
 * Does the boundary between two row blocks cut column `c`'s text mid-sentence? The column's last
 * line above and first line below sit on consecutive grid lines (a blank line between them parts
 * items), and the one above leads on or the one below goes on with a sentence (not a value such as
 * "at least 30", which opens in lower case).
 */
function cutsColumn(above: readonly TableLine[], below: readonly TableLine[], c: number, lowerOpening: boolean): boolean {
  const end = cellEdgeLine(above, c, true);
  const start = cellEdgeLine(below, c, false);
  if (!end || !start || end.page !== start.page || start.line !== end.line + 1) return false;
  const opening = start.cells[c] ?? "";
  return leadsOn((end.cells[c] ?? "").trim()) || (!lowerOpening && goesOnSentence(opening) && !isValueCell(opening));
}

/**
 * Columns whose text opens in lower case as often as not after a blank grid line: units ("days",
 * "entities", "per cent") or values — there a lower-case line opens a cell as readily as it goes on.
 */
function lowerOpeningColumns(lines: readonly TableLine[], columns: number): boolean[] {
  const lower = new Array<number>(columns).fill(0), upper = new Array<number>(columns).fill(0);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!, prev = lines[k - 1];
    const adjacent = !!prev && prev.page === line.page && prev.line === line.line - 1;
    for (let c = 0; c < columns; c++) {
      const text = line.cells[c] ?? "";
      if (!text.trim() || (adjacent && (prev.cells[c] ?? "").trim())) continue;
      if (goesOnSentence(text)) lower[c]!++;
      else upper[c]!++;
    }
  }
  return lower.map((n, c) => n > 0 && n >= upper[c]!);
}

/** How many column boundaries of a reading cut a cell mid-sentence (the objective's column not counted: both readings open rows on its lines). */
export function cellsCutMidSentence(blocks: readonly RowBlock[], objectiveColumn: number): number {
  const columns = Math.max(0, ...blocks.map((b) => b.lines[0]?.cells.length ?? 0));
  const lowerOpening = lowerOpeningColumns(blocks.flatMap((b) => b.lines), columns);
  let cuts = 0;
  for (let b = 1; b < blocks.length; b++) {
    const above = blocks[b - 1]!.lines, below = blocks[b]!.lines;
    for (let c = 0; c < columns; c++) if (c !== objectiveColumn && cutsColumn(above, below, c, lowerOpening[c]!)) cuts++;
  }
  return cuts;
}

/**
 * The voted reading, or the other one when its cells are cut mid-sentence fewer times. `read` gives
 * a run's rows read centred (true) or top-aligned (false).
 */
export function cleanerReading(voted: boolean, read: (centred: boolean) => RowBlock[], objectiveColumn: number): RowBlock[] {
  const mine = read(voted);
  const other = read(!voted);
  return cellsCutMidSentence(other, objectiveColumn) < cellsCutMidSentence(mine, objectiveColumn) ? other : mine;
}
