/**
 * Rows and cells of borderless tables from vertical white space, where no rule draws them.
 *
 * Inside a cell, lines follow each other at the font's leading; between two cells of a column
 * (a new item in its own sub-row, a new row) the producer leaves cell padding, so the gap is
 * larger. Whole-table gaps split the table into bands; when objectives are centred
 * vertically in their rows (the objective's first line is not at the top of its band), the
 * text cues of top-aligned tables cannot find row starts, and rows are rebuilt from the bands
 * around each objective instead (`groupCentredRows`).
 */
import type { TableLine } from "./columns.js";
import type { RowBlock } from "./rows.js";

/** A gap this many times the column's leading separates two cells; wrapped lines are ~1× apart. */
export const CELL_GAP_FACTOR = 1.45;
/** Leading is measured from gaps in this range of the font size × 1.2 line height (points or text grid). */
const MIN_LEADING = 4;

interface Placed {
  line: TableLine;
  index: number;
}

/**
 * The leading of the table, from the distances between consecutive lines of each column: a
 * wrapped cell shows it, cell padding only ever adds to it. Tables of one-line cells have few
 * wrapped lines, so a median would measure the padding instead; the lower quartile does not.
 */
export function tableLeading(lines: readonly TableLine[], columns: number): number {
  const gaps: number[] = [];
  for (let c = 0; c < columns; c++) {
    let prev: TableLine | null = null;
    for (const l of lines) {
      if (!(l.cells[c] ?? "").trim()) continue;
      if (prev && prev.page === l.page && l.y - prev.y >= MIN_LEADING) gaps.push(l.y - prev.y);
      prev = l;
    }
  }
  gaps.sort((a, b) => a - b);
  // The lower quartile: wrapped lines are the common case, padding gaps and stray baselines the tails.
  return gaps[Math.floor(gaps.length * LEADING_QUANTILE)] ?? 0;
}
const LEADING_QUANTILE = 0.25;

/** Bands of lines separated by a gap wider than cell padding in every column at once. */
function bands(lines: readonly TableLine[], leading: number): Placed[][] {
  const out: Placed[][] = [];
  let current: Placed[] = [];
  lines.forEach((line, index) => {
    const prev = current[current.length - 1]?.line;
    if (prev && (prev.page !== line.page || line.y - prev.y > CELL_GAP_FACTOR * leading)) {
      out.push(current);
      current = [];
    }
    current.push({ line, index });
  });
  if (current.length) out.push(current);
  return out;
}

/**
 * Are the objectives vertically centred? A top-aligned table opens with its first objective on
 * its first line; a table whose first line (right under the header) has other cells but no
 * objective, and whose objective starts more than a line further down, centres its objectives.
 */
export function objectivesCentred(lines: readonly TableLine[], objectiveColumn: number, leading: number): boolean {
  const first = lines[0];
  if (!first || leading <= 0 || (first.cells[objectiveColumn] ?? "").trim()) return false;
  if (!first.cells.some((c, i) => i !== objectiveColumn && c.trim())) return false;
  const objective = lines.find((l) => (l.cells[objectiveColumn] ?? "").trim());
  return !!objective && objective.page === first.page && objective.y - first.y > leading * 0.5;
}

/**
 * Rows of a table whose objectives are centred in their rows: each objective (a run of objective
 * lines) owns the bands around it, the row reaching as far below the objective's centre as it
 * starts above it. Bands between two objectives go to the row whose centre they fit.
 */
export function groupCentredRows(lines: readonly TableLine[], objectiveColumn: number, leading: number): RowBlock[] {
  const bs = bands(lines, leading);
  const hasObjective = (b: Placed[]) => b.some((p) => (p.line.cells[objectiveColumn] ?? "").trim());
  const objectiveBands = bs.map((b, i) => (hasObjective(b) ? i : -1)).filter((i) => i >= 0);
  if (objectiveBands.length === 0) return [];
  const rows: Placed[][] = [];
  let start = 0;
  objectiveBands.forEach((ob, k) => {
    const nextOb = objectiveBands[k + 1];
    // The row's last band: from the objective band to just before the next objective band,
    // chosen so that the objective's centre is the row's middle.
    let end = ob;
    if (nextOb === undefined) end = bs.length - 1;
    else {
      const objLines = bs[ob]!.filter((p) => (p.line.cells[objectiveColumn] ?? "").trim());
      const centre = (objLines[0]!.line.y + objLines[objLines.length - 1]!.line.y) / 2;
      const top = bs[start]![0]!.line.y;
      const wantBottom = 2 * centre - top;
      let best = ob, bestDist = Infinity;
      for (let e = ob; e < nextOb; e++) {
        const band = bs[e]!;
        const bottom = band[band.length - 1]!.line.y;
        if (band[0]!.line.page !== bs[ob]![0]!.line.page) break;
        const dist = Math.abs(bottom - wantBottom);
        if (dist < bestDist) {
          best = e;
          bestDist = dist;
        }
      }
      end = best;
    }
    rows.push(bs.slice(start, end + 1).flat());
    start = end + 1;
  });
  return rows.map((r) => ({ lines: r.map((p) => p.line), ambiguous: null }));
}
