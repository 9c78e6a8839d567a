import type { TableLine } from "./columns.js";
import { opensObjective } from "./rows.js";
import { startsItem, stripBullet } from "./text.js";
import { leadingMarker, markerKinds, markerValue, startsWithMarker } from "../vocab/markers.js";

/**
 * Session 46 (h-rows46): where the table's rows open, read from all its columns at once.
 *
 * A row boundary is a fact about the whole table: in a top-aligned table every column opens its
 * cell on the row's first line, the objective's. A vertically centred table opens its shorter
 * cells below the objective's first line and its taller ones above it, so on an objective's first
 * line some column is empty or goes on with a cell opened higher up — unless every cell of that row
 * is as tall as the objective, a row that says nothing about the alignment.
 */

/**
 * The columns a table needs for its rows' openings to tell: the objective and two others, so that
 * two cells open together on each objective's line, not one list item that would open there in a
 * centred row too.
 */
export const MIN_COLUMNS = 3;

/** A cell line that opens an item: a capital, a figure, a bracket or quote before one, or a list marker. */
export function opensCell(text: string): boolean {
  const t = text.trim();
  return !!t && (startsWithMarker(t) || startsItem(t)) && !continuesList(t);
}

/**
 * The line's list number is no list's first ("2.", "b)", "(ii)"): the item goes on with a list a
 * line above opened, so the cell opened higher up — in a centred row, above its objective.
 */
export function continuesList(text: string): boolean {
  const word = leadingMarker(text);
  if (!word) return false;
  const values = markerKinds(word).map((k) => markerValue(word, k)).filter((v): v is number => v !== null);
  return values.length > 0 && !values.includes(1);
}

/** The lines on which the objective column opens an objective ("To …", "Objective 2: …", "A.6 To …"). */
export function objectiveOpenings(lines: readonly TableLine[], objectiveColumn: number): TableLine[] {
  return lines.filter((l) => {
    const t = (l.cells[objectiveColumn] ?? "").trim();
    return opensObjective(t) || opensObjective(stripBullet(t).text.trim());
  });
}

/** Every column of the table opens a cell on this objective line (none empty, none going on). */
export function everyColumnOpens(line: TableLine, objectiveColumn: number, columns: number): boolean {
  for (let c = 0; c < columns; c++) if (c !== objectiveColumn && !opensCell(line.cells[c] ?? "")) return false;
  return true;
}

/**
 * Plain text: the table's rows open together in every column. Its bands (runs of lines between
 * whole-width blank lines, `bands`) are given in order. Each objective opens its row's cells in every
 * column on its own first line; each band after another on its page opens with an objective (no
 * cell text between a blank line and the next objective, which a centred row's upper half would
 * be); and one band at least holds two objectives or more, or text above its objective (at a page
 * top: the rest of a row the break cut) — rows with no blank line to part them, where a band's rows
 * alone can vote the table centred (an objective with the rows above it in every column looks like
 * a centred one's). Such a table is top-aligned.
 */
export function rowsOpenTogether(bands: ReadonlyArray<readonly TableLine[]>, objectiveColumn: number): boolean {
  const columns = Math.max(0, ...bands.flatMap((b) => b.map((l) => l.cells.length)));
  // Two other columns at least: beside one list column an objective's line opens an item in it
  // whichever the alignment (corpus18 val18h v18-024's centred two-column table of bullets).
  if (columns < MIN_COLUMNS) return false;
  let packed = false;
  for (let b = 0; b < bands.length; b++) {
    const band = bands[b]!, openings = objectiveOpenings(band, objectiveColumn);
    if (!openings.every((l) => everyColumnOpens(l, objectiveColumn, columns))) return false;
    const previous = bands[b - 1];
    if (previous && previous[0]?.page === band[0]?.page && openings[0] !== band[0]) return false;
    if (openings.length >= 2 || (openings.length === 1 && openings[0] !== band[0])) packed = true;
  }
  return packed;
}
