import { CHAR_WIDTH } from "../extract/text.js";
import { VALUE_ROLES } from "../vocab/columns.js";
import { charCount } from "../vocab/text.js";
import { markerKinds } from "../vocab/markers.js";
import type { Line } from "../model/layout.js";
import type { CellFill, ColumnDef, TableLine, Word } from "./columns.js";
import { SAME_PLACE_CHARS } from "./columns.js";
import { ENDS_ON_HYPHEN, LOWER_SENTENCE_WORD } from "../vocab/broken.js";

/**
 * Session 31 (h-chr): pdftotext `-layout` of Chromium's prints. Chromium sets a table's cells with
 * narrow gutters, and pdftotext glues a cell's long line to the next cell's text by one space,
 * printing the next cell's first words a few characters left of where that column opens on the
 * lines around ("▪ Late submission of inputs by UNSMIL by March 2012." under "pooled funding.
 * Support plans agreed with UNPOS and": the measure's "UNSMIL" two characters left of "Support",
 * corpus4 f1-013). The header's edge and the run's one space cannot tell where the first cell ends
 * there. The cell's own width can: a browser wraps a line before the cell's edge, so a line of a
 * column runs past the widest of its lines that end before a real gap (`cleanCellRights`) only when
 * it is itself one of the widest; and the words that carry it past open the next cell when they
 * start where that cell's text opens on the grid line above or below (a cell's lines share its left
 * edge). Both cues are needed: the widest lines of a narrow column are the ones most often glued,
 * so the width alone moved a cell's own last word ("in the implementation of" / "audit …").
 */

/** A cell's text ends before a real gap when the next text on its line opens this many characters on or more. */
const CLEAN_GAP_CHARS = 2;
/** A page shows a column's width when this many of its lines end their cell before a real gap. */
const MIN_CLEAN_LINES = 4;
/** How far (characters) the moved words may open from where the right cell opens clear of its left neighbour on a neighbouring line: pdftotext shifts a glued line's tail (three: corpus5 g1-016 'among', corpus13 d13-003 'plan'; session 31's three without the clean-opening test lost rows). */
const OPENS_ALIGNED_CHARS = 3;
/** How far (characters) a glued word may run past the column's widest clean line: pdftotext's grid rounds each word. */
const PAST_WIDTH_SLACK_CHARS = 0;

/**
 * Per column, where its widest line ends among `lines` (one page of one printing of the header)
 * whose cell text ends before a real gap (CLEAN_GAP_CHARS) or the line's end: a line glued to the
 * next cell says nothing of its column's width. Null with fewer than MIN_CLEAN_LINES such lines.
 */
export function cleanCellRights(lines: readonly TableLine[], columnCount: number): Array<number | null> {
  return Array.from({ length: columnCount }, (_, i) => {
    let n = 0, right = -Infinity;
    for (const l of lines) {
      const f = l.fill?.[i];
      if (!f || !(l.cells[i] ?? "").trim()) continue;
      const next = l.fill?.slice(i + 1).find((g, k) => g && (l.cells[i + 1 + k] ?? "").trim());
      if (next?.left !== undefined && next.left - f.right < CLEAN_GAP_CHARS * CHAR_WIDTH) continue;
      n++;
      right = Math.max(right, f.right);
    }
    return n >= MIN_CLEAN_LINES ? right : null;
  });
}

/**
 * A line whose cell in a prose column runs past that column's widest clean line (`rights`) and is
 * glued (less than CLEAN_GAP_CHARS) to the next cell's text: `tailPastCellWidth` may read it otherwise.
 */
export function runsPastCellWidth(tl: TableLine, rights: ReadonlyArray<number | null>): boolean {
  return (tl.fill ?? []).some((f, i) => {
    const r = rights[i];
    const next = tl.fill?.[i + 1];
    return f !== null && r != null && f.right > r + PAST_WIDTH_SLACK_CHARS * CHAR_WIDTH && next?.left !== undefined && next.left - f.right < CLEAN_GAP_CHARS * CHAR_WIDTH;
  });
}

/**
 * Session 32 (h-glue): where a neighbouring grid line shows column `i`'s cell opening near `x`
 * (within OPENS_ALIGNED_CHARS), *and* that opening stands clear of the text on its left (a gap of
 * CLEAN_GAP_CHARS or more, or nothing on its left). An opening glued one space after the left
 * cell's text is pdftotext's shift of that line, not the cell's edge: in a table whose every line is
 * glued (`To complete the performance Oversight …` / `appraisals of all staff on time closed`,
 * corpus14 d14-001; `To implement the recommendations Average …` / `… within the set Women …`,
 * corpus18 d18-005) the left cell's own last words end within two characters of such an opening by
 * chance.
 */
export function opensCleanNear(nb: TableLine, i: number, x: number, charWidth: number, within = OPENS_ALIGNED_CHARS): boolean {
  const left = nb.fill?.[i]?.left;
  if (left === undefined || Math.abs(left - x) > within * charWidth) return false;
  const before = (nb.fill ?? []).slice(0, i).filter((f, k): f is CellFill => f !== null && (nb.cells[k] ?? "").trim() !== "");
  const prevRight = before.length ? Math.max(...before.map((f) => f.right)) : -Infinity;
  return left - prevRight >= CLEAN_GAP_CHARS * charWidth;
}

/** `word` starts left of where column `i`'s cell opens on `nb` and runs past it. */
function straddlesCleanOpening(nb: TableLine, i: number, word: Word, charWidth: number): boolean {
  const left = nb.fill?.[i]?.left;
  return left !== undefined && word.x < left && word.x + charCount(word.text) * charWidth > left;
}

export interface CellWidths {
  /** Per column, its widest clean line on the page (`cleanCellRights`). */
  rights: ReadonlyArray<number | null>;
  /** The line's neighbours on the grid (the lines right above and below, same page), as first read. */
  above?: TableLine | undefined;
  below?: TableLine | undefined;
}
/** The line's neighbours on the grid that were read (above, then below). */
function gridNeighbours(widths: CellWidths): TableLine[] {
  return [widths.above, widths.below].filter((n): n is TableLine => n !== undefined);
}
/**
 * Word k as the first word of a prose column's cell glued straight on (the same segment) to a prose
 * cell on its left whose widest clean line is known, its column not fixed beforehand: that column's
 * index, else null. The boundary `tailPastCellWidth` and `headWithinCellWidth` move words across,
 * one each way.
 */
function gluedProseOpening(words: readonly Word[], placed: readonly number[], columns: readonly ColumnDef[], rights: CellWidths["rights"], k: number): number | null {
  const w = words[k]!, i = placed[k]!;
  if (placed[k - 1] !== i - 1 || words[k - 1]!.segment !== w.segment || w.column !== undefined) return null;
  const left = columns[i - 1], right = columns[i];
  if (!left || !right || rights[i - 1] == null || VALUE_ROLES.has(left.role) || VALUE_ROLES.has(right.role)) return null;
  return i;
}

/**
 * pdftotext's grid: the words at the end of a prose column's cell that carry its line past the
 * column's widest clean line (`rights`, `cleanCellRights`), in one run with the next column's first
 * word on the line, open that next cell. Only a run glued straight on (the same segment up to the
 * next cell), only prose columns on both sides (values have rules of their own), never the
 * cell's first word (a cell holds at least one word of its own line), and only where the moved
 * words open within OPENS_ALIGNED_CHARS of the right cell's text on a neighbouring grid line.
 */
export function tailPastCellWidth(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], widths: CellWidths, charWidth: number): void {
  const { rights, above } = widths;
  const neighbours = gridNeighbours(widths);
  for (let k = 1; k < words.length; k++) {
    // k: the next cell's first word, glued to the cell on its left.
    const i = gluedProseOpening(words, placed, columns, rights, k);
    if (i === null) continue;
    const w = words[k]!, limit = rights[i - 1]!;
    // No word goes before a list marker opening the right cell, nor before the rest of a word the
    // right cell broke at its line above: both open the cell's line.
    if (markerKinds(w.text).length > 0 || ENDS_ON_HYPHEN.test((above?.cells[i] ?? "").trimEnd())) continue;
    const past = (m: number): boolean => words[m]!.x + charCount(words[m]!.text) * charWidth > limit + PAST_WIDTH_SLACK_CHARS * charWidth;
    let j = k;
    while (j - 2 >= 0 && placed[j - 1] === i - 1 && placed[j - 2] === i - 1 && words[j - 1]!.segment === w.segment && past(j - 1)) j--;
    // The moved words open the right cell where that cell's text opens on a neighbouring line. The
    // widest clean line is a floor of the cell's width (its widest lines are the glued ones), so when
    // the first of the words past it opens nowhere near, a later one may open the cell instead, if it
    // covers the place where a neighbour's cell opens (`straddlesCleanOpening`): pdftotext drew it
    // left of its column, and a word of the left cell ends before that place ("… assessed as ready
    // for eight hours …": the column's clean lines end two characters short of "for"'s end, and
    // "eight", 73–78, covers 76, where the measures' "day:" opens below; corpus18 val18d v18-001,
    // dev18 d18-010). A target's "(target: 1" before "attention …" ends short of the risks' opening
    // and stays (val18d v18-022).
    if (j < k && !neighbours.some((nb) => opensCleanNear(nb, i, words[j]!.x, charWidth))) {
      j++;
      while (j < k && !neighbours.some((nb) => opensCleanNear(nb, i, words[j]!.x, charWidth) && straddlesCleanOpening(nb, i, words[j]!, charWidth))) j++;
    }
    if (j === k) continue;
    // The right cell's first word already opens where a neighbour shows the column's clean edge: its line
    // is not shifted, so the words glued before it are the left cell's own ("… 9 days of a limited;").
    if (neighbours.some((nb) => opensCleanNear(nb, i, w.x, charWidth, SAME_PLACE_CHARS))) continue;
    if (markerBeforeMoved(words, placed, j, i - 1)) j--;
    for (let n = j; n < k; n++) placed[n] = i;
  }
}

/**
 * A line whose cell in some column has text while the next column's cell is empty on the line, and
 * that text runs past the place where a grid neighbour (`neighbours`: the lines right above and
 * below, as first read) opens that next column beside text of its own in the same left column:
 * `runIntoEmptyCell` may give its last words to the empty cell.
 */
export function runsUnderNextOpening(tl: TableLine, neighbours: ReadonlyArray<TableLine | undefined>): boolean {
  return (tl.fill ?? []).some((f, i) => {
    if (f === null || i + 1 >= tl.cells.length || !(tl.cells[i] ?? "").trim() || (tl.cells[i + 1] ?? "").trim()) return false;
    return neighbours.some((nb) => {
      const g = nb?.fill?.[i + 1];
      return g?.left !== undefined && (nb!.cells[i] ?? "").trim() !== "" && (nb!.cells[i + 1] ?? "").trim() !== "" && g.left < f.right;
    });
  });
}

/**
 * Where a neighbouring grid line shows column `i`'s cell opening inside `word` (from its first
 * character on), clear (CLEAN_GAP_CHARS) of that line's text in column `i - 1`, which must have some:
 * the opening's x (after a hung list marker, where the cell's text opens), else undefined.
 */
function cleanOpeningUnder(nb: TableLine, i: number, word: Word, charWidth: number): number | undefined {
  const f = nb.fill?.[i];
  const cell = (nb.cells[i] ?? "").trim();
  if (f?.left === undefined || !cell || !(nb.cells[i - 1] ?? "").trim()) return undefined;
  const opening = markerKinds(cell.split(" ")[0]!).length > 0 ? f.second ?? f.left : f.left;
  if (opening < word.x - SAME_PLACE_CHARS * charWidth || opening >= word.x + charCount(word.text) * charWidth) return undefined;
  return opensCleanNear(nb, i, f.left, charWidth, 0) ? opening : undefined;
}

/**
 * Session 48 (h-edge48): pdftotext's grid glues a prose cell's line to the next prose cell's whole
 * line by one space, so the header's edge reads that next cell's line into the left cell and the
 * next cell is empty on the line ("performance appraisals of senior management", the
 * accomplishment's "senior management" one space after the objective's "of", opening where the
 * accomplishment's "Risk register reviewed by" opens on the grid line above; corpus14 v14h-006).
 * The words of the left cell's last run from the first that opens at or runs across the place where
 * a neighbouring grid line opens the next column (`cleanOpeningUnder`: clear of that line's text in
 * the left column, which it shows too) open that empty cell. pdftotext sets each row block on a
 * grid of its own, so the page's column widths (`tailPastCellWidth`) do not tell these lines; the
 * neighbouring line of the same block does. Prose columns only, never the run's first word.
 */
export function runIntoEmptyCell(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], widths: CellWidths, charWidth: number): void {
  const neighbours = gridNeighbours(widths);
  for (let i = 1; i < columns.length; i++) {
    if (VALUE_ROLES.has(columns[i - 1]!.role) || VALUE_ROLES.has(columns[i]!.role) || placed.includes(i)) continue;
    const run = lastRunIn(words, placed, i - 1);
    const from = run.findIndex((k, n) => n > 0 && neighbours.some((nb) => cleanOpeningUnder(nb, i, words[k]!, charWidth) !== undefined));
    // A word broken at the line's end goes on at the next line's start, in whichever cell that is: unsupported.
    if (from < 1 || run.slice(from).some((k) => ENDS_ON_HYPHEN.test(words[k]!.text))) continue;
    for (const k of run.slice(from)) placed[k] = i;
  }
}
/** The indices of the last run (one segment) of words placed in column `col`, not fixed beforehand. */
function lastRunIn(words: readonly Word[], placed: readonly number[], col: number): number[] {
  const ks = placed.flatMap((p, k) => (p === col ? [k] : []));
  if (ks.length === 0) return [];
  const seg = words[ks[ks.length - 1]!]!.segment;
  return ks.filter((k) => words[k]!.segment === seg && words[k]!.column === undefined);
}

/**
 * A line whose cell in a prose column opens glued (less than CLEAN_GAP_CHARS) to the cell on its left
 * while that left cell ends short of its column's widest clean line (`rights`): `headWithinCellWidth`
 * may give the right cell's first words back to the left one.
 */
export function headGluedWithinCellWidth(tl: TableLine, rights: ReadonlyArray<number | null>): boolean {
  return (tl.fill ?? []).some((f, i) => {
    const r = rights[i];
    const next = tl.fill?.[i + 1];
    return f !== null && r != null && f.right < r && next?.left !== undefined && next.left - f.right < CLEAN_GAP_CHARS * CHAR_WIDTH && (tl.cells[i + 1] ?? "").trim() !== "";
  });
}

/**
 * Session 38 (h-typ21), the mirror of `tailPastCellWidth`: pdftotext's grid glues a prose cell's
 * line to the next cell's text by one space, and the header's edge (or a shifted opening) gives the
 * left cell's last words to the right cell ("footprint of the operations of plemented", the
 * objective's "of" read into the accomplishment; Typst, corpus20). The words at the head of the
 * right cell, in lower case (on a line `rereadPastCellWidth` reads again, e.g. one
 * `headGluedWithinCellWidth` finds glued short of the left column's widest clean line), go back to the left cell when a later word of the same run opens where the right cell's text opens
 * clear of its left neighbour on a neighbouring grid line (`opensCleanNear`, to the character):
 * a cell's lines share its left edge, so that later word is the cell's first, and the words before
 * it fit in the left cell's width. Never a list marker, nor the left cell's whole line.
 */
export function headWithinCellWidth(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], widths: CellWidths, charWidth: number): void {
  const neighbours = gridNeighbours(widths);
  for (let k = 1; k < words.length; k++) {
    const i = gluedProseOpening(words, placed, columns, widths.rights, k);
    if (i === null) continue;
    const w = words[k]!;
    // The right cell's first word opens where a neighbour shows the column's clean edge: its place is true.
    if (neighbours.some((nb) => opensCleanNear(nb, i, w.x, charWidth, SAME_PLACE_CHARS))) continue;
    const opensClean = (n: number) => neighbours.some((nb) => opensCleanNear(nb, i, words[n]!.x, charWidth, SAME_PLACE_CHARS));
    let m = k;
    while (m < words.length && placed[m] === i && words[m]!.segment === w.segment && !opensClean(m) && LOWER_SENTENCE_WORD.test(words[m]!.text) && markerKinds(words[m]!.text).length === 0) m++;
    if (m === k || m >= words.length || placed[m] !== i || words[m]!.segment !== w.segment || !opensClean(m)) continue;
    for (let n = k; n < m; n++) placed[n] = i - 1;
  }
}

/**
 * A list marker right before the moved words (`Extrabudgetary o 3 member States`, corpus7 t7c-008:
 * `3 member States` is the measure's item under `o`) opens them, so it goes with them; it hangs left
 * of its item's text, so the opening test is asked of the word after it. Not the left cell's first word.
 */
function markerBeforeMoved(words: readonly Word[], placed: readonly number[], j: number, leftColumn: number): boolean {
  const m = words[j - 1];
  return m !== undefined && j - 2 >= 0 && placed[j - 1] === leftColumn && placed[j - 2] === leftColumn && m.segment === words[j]!.segment && markerKinds(m.text).length > 0;
}

/**
 * Plain text (session 31, h-chr): each page's body lines of one printing of the header read again
 * with their columns' widest clean lines (tables/gluedTail `cleanCellRights`) where a cell runs past
 * its column's width glued to the next cell: pdftotext printed the next cell's first words a few
 * characters left of its column, and the header's edge gave them to the cell on the left. The
 * widths come from the whole page's first reading, so a line is read twice at most; `sequence`
 * keeps each line's place. Returns the lines read anew.
 */
export function rereadPastCellWidth(read: TableLine[], rereads: ReadonlyMap<TableLine, (widths: CellWidths) => TableLine>, sequence: Array<{ objective: Line } | { row: TableLine }>): TableLine[] {
  const columnCount = read[0]?.cells.length ?? 0;
  const rightsOf = new Map<number, Array<number | null>>();
  for (const page of new Set(read.map((tl) => tl.page))) rightsOf.set(page, cleanCellRights(read.filter((tl) => tl.page === page), columnCount));
  const replaced = new Map<TableLine, TableLine>();
  read.forEach((tl, k) => {
    const rights = rightsOf.get(tl.page);
    const again = rereads.get(tl);
    if (!rights || !again) return;
    const beside = (n: TableLine | undefined, step: number) => (n && n.page === tl.page && n.line === tl.line + step ? n : undefined);
    const above = beside(read[k - 1], -1), below = beside(read[k + 1], 1);
    if (!(runsPastCellWidth(tl, rights) || headGluedWithinCellWidth(tl, rights) || runsUnderNextOpening(tl, [above, below]))) return;
    const next = again({ rights, above, below });
    if (next.cells.every((c, i) => c === tl.cells[i])) return;
    read[k] = next;
    replaced.set(tl, next);
  });
  if (replaced.size > 0) for (const e of sequence) if ("row" in e) e.row = replaced.get(e.row) ?? e.row;
  return [...replaced.values()];
}
