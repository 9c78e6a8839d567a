import type { Line } from "../model/layout.js";
import { VALUE_ROLES } from "../vocab/columns.js";
import { averageCharWidth, lineWords, type ColumnDef } from "./columns.js";

/**
 * Plain text (`pdftotext -layout`): the line under an unfinished spanning objective is the
 * objective's first row with its cells glued one space apart, not the objective's wrapped line.
 *
 * pdftotext sets each printed line on a character grid of its own when the line is wide: a row
 * whose first-column cell fills its column prints the next column's text one space after it, and
 * the value one space after that ("Objective: To hold the system accountable … with partner
 * entities" / "Paternity claims brought forward with Victims referred to assistance within 72 hours
 * 88", corpus13 d13-011). The line is then one run as wide as the table, opening with a capital,
 * like the objective's own wrap, and the objective swallowed the row (its measure and target
 * lost, the row's other lines read as a new row under no objective).
 *
 * What tells it is the table's own geometry, which a wrapped sentence does not follow: a word
 * opening with a capital or a figure starts, one space after the word before it, where a body
 * column opens (within GLUED_EDGE_CHARS of the header's edge: the cell's text set at the column's
 * padding), and the line ends on a bare figure ("88", "61%", "1,200") at or right of a Target or
 * Baseline column's edge (VALUE_REACH_CHARS) — a value in its value column. A wrapped objective ends where its words
 * run out, and a figure ending it in the value column *and* a capital at a cell edge inside it
 * together are a coincidence of two; the objective's wrap keeps every other case.
 */
export function gluedRowUnderObjective(line: Line, columns: readonly ColumnDef[]): boolean {
  if (line.segments.length !== 1) return false;
  const words = lineWords(line);
  const last = words[words.length - 1];
  if (words.length < 4 || !last || !BARE_VALUE.test(last.text)) return false;
  const cw = averageCharWidth(line);
  const values = columns.filter((c) => VALUE_ROLES.has(c.role));
  const lastEnd = last.x + last.text.length * cw;
  if (values.length === 0 || !values.some((c) => lastEnd >= c.x - VALUE_REACH_CHARS * cw)) return false;
  // Body columns after the first: where a glued cell's text would open.
  const edges = columns.slice(1).filter((c) => !VALUE_ROLES.has(c.role)).map((c) => c.x);
  return words.some((w, k) => {
    const before = words[k - 1];
    if (k < 2 || k === words.length - 1 || !before || !CELL_OPENING.test(w.text)) return false;
    const gap = w.x - (before.x + before.text.length * cw);
    return gap <= ONE_SPACE_CHARS * cw && edges.some((x) => Math.abs(w.x - x) <= GLUED_EDGE_CHARS * cw);
  });
}
/** A value cell's text: a figure, a share or a count ("88", "61%", "1,200", "3.5"). */
const BARE_VALUE = /^\d[\d,.]*%?$/;
/**
 * Characters a value may end left of its column's header label: a label centred or set right over a
 * wider cell whose short figures sit at its left ("TARGET" at character 91, "88" ending at 90 and
 * "79" at 88 under it, d13-011). Still right of every wrapped sentence's usual end only together
 * with the glued cell edge inside the line.
 */
const VALUE_REACH_CHARS = 6;
/** A cell's first word opens with a capital or a figure. */
const CELL_OPENING = /^["'‘“(]?[\p{Lu}\d]/u;
/** Characters a glued cell's first word may stand off its column's header edge (grid rounding, padding). */
const GLUED_EDGE_CHARS = 1;
/** The gap of a glued cell edge: one space (a little more for the grid's rounding), not a gutter. */
const ONE_SPACE_CHARS = 1.5;
