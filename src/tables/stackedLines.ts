import type { TableLine } from "./columns.js";

/**
 * Plain text: how far down its table a line sits, counted in the lines each column stacks (session
 * 44, h-mid44), for the centring fit of `groupCentredRows`.
 *
 * pdftotext gives every baseline a line of the grid. A vertically centred cell (an objective set on
 * the middle of a taller measure cell beside it) has baselines half a line off its neighbours', so
 * some of its lines share a grid line with another column's line and some get a grid line of their
 * own, inserted between two of the neighbour's lines. Counted in grid lines, the row is then taller
 * than it is, by as many lines as were inserted and not evenly above and below the cell's middle:
 * the centred cell's middle and its row's middle move apart by half a line or more, and the fit gave
 * a neighbouring row's sub-row to the wrong row (corpus19 val19 v19-007's managerial table,
 * `verticalAlignment: middle`: "To complete the mandatory training" / "on the prevention of
 * harassment", its second line alone on the grid beside the measures' column, lost its row's last
 * sub-row to the row below).
 *
 * Here a column's next line sits a whole line under its line before (the text's own leading), and a
 * line no column goes on from the line above — an inserted line, only other columns' lines above it
 * — sits half a line under that line (`INSERTED_LINE_STEP`): its baseline lies between the grid's,
 * and by how much the grid does not say. Blank grid lines (no text in any column) keep their height.
 * Returns each line's place in the units of the lines' own y (line index × `pitch`, counted from the
 * first line), so the fit's other costs keep their scale.
 */
export function stackedLineYs(lines: readonly TableLine[], pitch: number): Map<TableLine, number> {
  const out = new Map<TableLine, number>();
  if (pitch <= 0) return out;
  // Each column's last line's place so far.
  const lastIn = new Map<number, number>();
  let previous: { line: TableLine; y: number } | null = null;
  for (const line of lines) {
    const y: number = previous ? stackedStep(line, previous, lastIn, pitch) : 0;
    line.cells.forEach((c, i) => {
      if (c.trim()) lastIn.set(i, y);
    });
    out.set(line, y * pitch);
    previous = { line, y };
  }
  return out;
}

/** A line's inserted between two of another column's lines sits this share of a line under the line above. */
const INSERTED_LINE_STEP = 0.5;

/** One line's place (in lines) under `previous`: see `stackedLineYs`. */
function stackedStep(line: TableLine, previous: { line: TableLine; y: number }, lastIn: ReadonlyMap<number, number>, pitch: number): number {
  // Blank grid lines between the two keep their height.
  const blank = Math.max(0, Math.round((line.y - previous.line.y) / pitch) - 1);
  let y = previous.y + blank + INSERTED_LINE_STEP;
  line.cells.forEach((c, i) => {
    const above = lastIn.get(i);
    if (c.trim() && above !== undefined) y = Math.max(y, above + 1 + blank);
  });
  return y;
}
