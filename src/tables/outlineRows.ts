/**
 * Rows whose accomplishments carry Word's outline numbers ("13.1", "13.2" under objective "13."):
 * the numbers say which row a line belongs to when the row boundaries the geometry set fall a few
 * lines early (session 49, h-c11-49).
 */
import type { RowBlock } from "./rows.js";
import type { TableLine } from "./columns.js";
import { isRuleGlyphs } from "./text.js";
import { OUTLINE_FIRST_LEVEL_CELL, OUTLINE_SECOND_LEVEL_CELL } from "../vocab/markers.js";

/** The outline number a line's cell in `column` opens with, if any. */
function topNumber(line: TableLine, column: number, pattern: RegExp): number | null {
  const m = pattern.exec((line.cells[column] ?? "").trim());
  return m ? Number(m[1]) : null;
}

/** Whether a line holds objective text (a rule drawn in glyphs is none). */
function hasObjective(line: TableLine, objectiveColumn: number): boolean {
  const cell = (line.cells[objectiveColumn] ?? "").trim();
  return !!cell && !isRuleGlyphs(cell);
}

/** The number of the row's objective: its first objective line's, when that opens "N. ". */
function objectiveNumber(block: RowBlock, objectiveColumn: number): number | null {
  const first = block.lines.find((l) => hasObjective(l, objectiveColumn));
  return first ? topNumber(first, objectiveColumn, OUTLINE_FIRST_LEVEL_CELL) : null;
}

/**
 * Cue `outlineItemOpensNextRow`: the row below's objective is numbered N ("13. To reach …") and the
 * row above holds, after its own objective's lines, a line whose accomplishment opens with an
 * outline number of level N ("13.1 Mandatory courses …"). Word numbers a row's accomplishments under
 * its objective's number, so that line and every line after it in the row above are the row below's
 * first lines: its cells printed above its own objective. pdftotext prints the columns of a row
 * whose cells are vertically centred (or simply taller than the objective) on baselines of their
 * own, interleaved, and where the table leaves no whole-width gap between two rows the centring fit
 * sets the boundary where the objectives' middles put it — a line or more early (corpus11 val11m
 * v11m-014: "13.1 Mandatory courses" six lines above "13. To reach gender"); a page break does the
 * same ("9.1 Workplace survey …" at a page's foot, objective "9." on the next page, val11l v11l-021).
 * The objective's own lines never move, nor lines numbered under another level.
 */
export function outlineItemsToTheirRow(blocks: RowBlock[], objectiveColumn: number, accColumn: number): RowBlock[] {
  if (objectiveColumn < 0 || accColumn < 0 || blocks.length < 2) return blocks;
  for (let k = 0; k + 1 < blocks.length; k++) {
    const above = blocks[k]!, below = blocks[k + 1]!;
    const n = objectiveNumber(below, objectiveColumn);
    if (n === null || objectiveNumber(above, objectiveColumn) === n) continue;
    const from = firstLineNumbered(above.lines, n, objectiveColumn, accColumn);
    if (from < 0) continue;
    const moved = above.lines.splice(from);
    below.lines.unshift(...moved);
  }
  return blocks;
}

/**
 * Where in a row's lines the next row's first accomplishment (numbered under `n`) opens, after the
 * row's last objective line (the row's own numbered items may come before it); -1 when it does not,
 * or when a line after it opens an accomplishment numbered under another level.
 */
function firstLineNumbered(lines: readonly TableLine[], n: number, objectiveColumn: number, accColumn: number): number {
  const lastObjective = lines.findLastIndex((l) => hasObjective(l, objectiveColumn));
  if (lastObjective < 0) return -1;
  let from = -1;
  for (let i = lastObjective + 1; i < lines.length; i++) {
    const top = topNumber(lines[i]!, accColumn, OUTLINE_SECOND_LEVEL_CELL);
    if (top === null || (from < 0 && top !== n)) continue;
    if (top !== n) return -1;
    if (from < 0) from = i;
  }
  return from;
}
