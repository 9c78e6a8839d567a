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
import type { Line } from "../model/layout.js";
import type { RowBlock } from "./rows.js";
import { endsSentence, leadsOn, stripBullet, yearAfterMonth } from "./text.js";
import { continuesNumbering, objectiveWrapsOverBreak, opensObjective } from "./rows.js";
import { FOOTNOTE_START, LIST_NUMBER, startsWithMarker } from "../vocab/markers.js";
import { isValueCell } from "../vocab/values.js";
import { stackedLineYs } from "./stackedLines.js";

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
export function tableLeading(lines: readonly TableLine[], columns: number, fontSize = 0): number {
  const gaps: number[] = [];
  for (let c = 0; c < columns; c++) {
    let prev: TableLine | null = null;
    for (const l of lines) {
      if (!(l.cells[c] ?? "").trim()) continue;
      if (prev && prev.page === l.page && cellY(l, c) - cellY(prev, c) >= MIN_LEADING) gaps.push(cellY(l, c) - cellY(prev, c));
      prev = l;
    }
  }
  gaps.sort((a, b) => a - b);
  // The lower quartile: wrapped lines are the common case, padding gaps and stray baselines the tails.
  const quartile = gaps[Math.floor(gaps.length * LEADING_QUANTILE)] ?? 0;
  // But a table of one-line cells, one item per padded sub-row, has padding gaps in most places:
  // the few wrapped cells still show the leading, the same gap again and again, and the quartile
  // measured the padding (a row of a new objective then looked like a wrapped line).
  const wrapped = recurringLeading(gaps);
  if (wrapped !== null && quartile > CELL_GAP_FACTOR * wrapped && quartile < MAX_PADDED_LEADINGS * wrapped) return wrapped;
  // A small table of one-line padded sub-rows may wrap a cell or two only, too few times to recur
  // as above, and the quartile is the padding: more than any body text's line spacing for its
  // font. Then the smallest gap that is a line step for the font (and padding away from the
  // quartile) is the leading, however rarely it occurs: no gap between two printed lines is
  // smaller than a line.
  if (fontSize > 0 && quartile > MAX_LEADING_EM * fontSize) {
    const step = gaps.find((g) => g >= MIN_LEADING_EM * fontSize && g <= MAX_LEADING_EM * fontSize && CELL_GAP_FACTOR * g < quartile);
    if (step !== undefined) return step;
  }
  return quartile;
}
/**
 * Body text's line spacing lies between these multiples of its font size: a line box is never
 * lower than the glyphs (about 0.9 em with rounding), and single to one-and-a-half spacing
 * (1.0–1.5 in CSS, about 1.15–1.75 em in a word processor's fonts) stays under 1.8 em.
 */
const MIN_LEADING_EM = 0.9;
const MAX_LEADING_EM = 1.8;
const LEADING_QUANTILE = 0.25;
/**
 * Gaps within this many points of each other are one line step: baselines are rounded, and a
 * browser places line boxes on whole 0.75 pt pixels, so one step prints as 10.5 or 11.3 pt.
 */
const STEP_TOLERANCE_PT = 1;
/** A line step seen at least this often, and in this share of the gaps, is the leading, not a stray baseline. */
const MIN_LEADING_REPEATS = 3;
const MIN_LEADING_SHARE = 0.1;
/** Padding gaps are a line and a bit of padding: a quartile this many leadings above the step is no padding of it. */
const MAX_PADDED_LEADINGS = 3;

/** The smallest gap (of sorted `gaps`) that recurs often enough to be the wrapped lines' step, or null. */
function recurringLeading(gaps: readonly number[]): number | null {
  const need = Math.max(MIN_LEADING_REPEATS, Math.ceil(gaps.length * MIN_LEADING_SHARE));
  for (let i = 0; i + need <= gaps.length; i++) {
    const step = gaps[i]!;
    if (gaps[i + need - 1]! - step <= STEP_TOLERANCE_PT) return gaps[i + Math.floor((need - 1) / 2)]!;
  }
  return null;
}

/** The median font size of the lines' segments (0 without any): the body text of a table. */
export function medianFontSize(lines: readonly Line[]): number {
  // One typed array sorted numerically (no per-line arrays, no comparator calls).
  let n = 0;
  for (const l of lines) n += l.segments.length;
  const sizes = new Float64Array(n);
  let k = 0;
  for (const l of lines) for (const s of l.segments) sizes[k++] = s.fontSize;
  sizes.sort();
  return sizes[Math.floor(n / 2)] ?? 0;
}

/** The smallest distance between consecutive lines of a page: the line grid of plain text. */
export function linePitch(lines: readonly TableLine[]): number {
  let pitch = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!, b = lines[i]!;
    if (a.page === b.page && b.y > a.y) pitch = Math.min(pitch, b.y - a.y);
  }
  return Number.isFinite(pitch) ? pitch : 0;
}

/** Bands of lines separated by a gap wider than cell padding in every column at once. */
function bands(lines: readonly TableLine[], leading: number): Placed[][] {
  const out: Placed[][] = [];
  let current: Placed[] = [];
  lines.forEach((line, index) => {
    const prev = current[current.length - 1]?.line;
    if (prev && (prev.page !== line.page || lineTop(line) - lineBottom(prev) > CELL_GAP_FACTOR * leading)) {
      out.push(current);
      current = [];
    }
    current.push({ line, index });
  });
  if (current.length) out.push(current);
  return out;
}

/**
 * Are the objectives vertically centred? Only objectives shorter than their row tell: a
 * top-aligned one has its row's other text below it and none above, a centred one has text above
 * and below (`positioned` false: plain text, where later objectives of a band vote too). The table's first line is one more witness: under the header, other cells but no
 * objective, which starts more than a line further down. Objectives as tall as their rows say
 * nothing either way.
 */
export function objectivesCentred(lines: readonly TableLine[], objectiveColumn: number, leading: number, positioned = true, tableOf?: (line: TableLine) => string): boolean {
  const first = lines[0];
  if (!first || leading <= 0) return false;
  const hasObjective = (l: TableLine) => !!(l.cells[objectiveColumn] ?? "").trim();
  let centred = 0, top = 0;
  const objective = lines.find(hasObjective);
  // A top-aligned table's first row opens every cell on its first line, the objective's too.
  const firstRowWitness = !hasObjective(first) && first.cells.some((c, i) => i !== objectiveColumn && c.trim()) && !!objective && objective.page === first.page && objective.y - first.y > leading * 0.5;
  if (firstRowWitness) centred++;
  const apartGap = objectiveGap(leading, positioned);
  const whole = bands(lines, leading);
  // PDF: the table's first row shows what no centred row can (see `cellRunsPast`).
  let topWitness = false;
  const marked: MarkedColumns = positioned ? () => NO_COLUMNS : markedColumnsPerTable(whole.flat(), objectiveColumn, tableOf);
  whole.forEach((wholeBand, b) => {
    const page = wholeBand[0]!.line.page;
    const bandAfterBreak = b > 0 && whole[b - 1]![0]!.line.page !== page;
    // PDF: a band holding two rows packed with less than cell padding between them votes as the
    // rows it is cut into where the widest line gap between their objectives is plain (see
    // `packedRows`): text below the first objective in the band may be the next row's upper half,
    // text above a later one its own row's.
    const pieces = positioned ? packedRows(wholeBand, objectiveColumn, apartGap, leading) : [wholeBand];
    const votedCentred = new Set<TableLine>();
    pieces.forEach((band, k) => {
      const own = band.filter((p) => hasObjective(p.line));
      const head = own[0]?.line, tail = own[own.length - 1]?.line;
      if (!head || !tail) return;
      // The first band of a later page may open with the rest of a row cut by the break (a cell going
      // on mid-sentence): text above the objective there is the row before's, no sign of centring.
      const afterBreak = k === 0 && bandAfterBreak;
      const cutRowAbove = afterBreak && opensMidSentence(band, objectiveColumn);
      // Plain text: rows with no blank line between them share a band; a row above whose cells all
      // ended before the objective's line, where every cell opens anew, is another row's, no sign of
      // centring — when a row can lie above: a band of the table precedes this one on its page (the
      // table's first lines above its first objective are that objective's row's, corpus8 d8-008).
      const rowAbove = !positioned && b > 0 && !bandAfterBreak && rowEndsAbove(band, head, objectiveColumn);
      const above = !cutRowAbove && !rowAbove && cellY(head, objectiveColumn) - lineTop(band[0]!.line) > leading * CENTRED_OFFSET;
      const below = lineBottom(band[band.length - 1]!.line) - cellY(tail, objectiveColumn) > leading * CENTRED_OFFSET;
      // Plain text: at the top of a later page, text above the first objective is the rest of a row
      // cut by the break as readily as the upper half of a centred row (its cells may open new items
      // there, as a top-aligned row's do after a break): no vote, though text lies below it too.
      const pageTop = !positioned && afterBreak;
      // PDF: text above and below an objective whose first baseline opens the row's other cells, one
      // of them a line shorter than the objective, is the rows of a top-aligned table (a row cut by
      // the page break above, sub-rows below): see `opensWithShorterCells`.
      if (above && below && positioned && opensWithShorterCells(band, head, objectiveColumn)) top++;
      else if (above && below) {
        // At a page top only beside a cell going on (see `besideCellGoingOn`, `straddledByCell`).
        // Plain text: not an objective that opens its row's first sub-row and leaves a grid line
        // beside its wrap empty in every other column (`firstSubRowHeldOpen`): a top-aligned row.
        if ((!pageTop || besideCellGoingOn(head, objectiveColumn) || straddledByCell(band, head, objectiveColumn, leading)) && (positioned || !firstSubRowHeldOpen(band, head, objectiveColumn, marked))) {
          centred++;
          votedCentred.add(head);
        }
      } else if (below) {
        // Plain text: a band holding one objective whose row the page break cut (the next page opens
        // with lines that hold no objective: its rest) shows its objective at the top of the part
        // above the break in centred tables too: Word and LibreOffice centre a cut cell in neither
        // part. (Not in PDFs: there a centred row opening the next page looks the same; docs/tables.md.)
        const cutRow = !positioned && cutByPageBreak(whole, b, hasObjective) && laterObjectiveStarts(band, objectiveColumn, apartGap).length === 0;
        // Plain text: nor does the first objective of a band shared with later rows when a row may
        // start between its last line and the next objective: that text is the next row's upper half
        // as readily as its own row's rest (see `rowMayStartBelow`).
        const nextRowBelow = !positioned && rowMayStartBelow(band, objectiveColumn, apartGap, marked);
        // Plain text: nor does the rest of an objective cut by a page break (lower case) printed
        // below other cells' rest: LibreOffice centres a split row's rest in its part. (At the
        // page's top, with every cell's rest below it, it is a top-aligned row's rest.)
        // Plain text: an objective alone on its first line, its row's other cells opening on the
        // grid line right under it and its own second line under that, sits half a line off them:
        // centred (a top-aligned row opens every cell on its first line, `interleavedOpening`).
        if (!positioned && interleavedOpening(band, own[0]!, objectiveColumn)) centred++;
        // Plain text: under the rest of a row the page break cut, the objective's first line sits
        // beside another column's sentence going on (see `besideCellGoingOn`).
        else if (!positioned && cutRowAbove && besideCellGoingOn(head, objectiveColumn)) centred++;
        else if (positioned || (!cutRow && !nextRowBelow && !centredRowRest(band, head, objectiveColumn))) top++;
        // PDF: the table's first row, its objective on the table's first line, holds a cell that
        // opens beside the objective's later lines and runs on past its last (`cellRunsPast`).
        if (positioned && b === 0 && k === 0 && band[0]!.line === head && cellRunsPast(band, firstObjective(band, own, objectiveColumn, apartGap), objectiveColumn)) topWitness = true;
      }
      // Plain text: an objective that ends its band with text above it in every other column of the
      // band (none of it going on with a sentence from a row before) is no top-aligned row's: there
      // the objective opens its row, and a row before it that reaches into its band (no blank line
      // between) leaves a column or more with nothing above it. With objectives centred on several
      // sub-rows (nested centring) each sub-row is a band, which can put an objective anywhere in its
      // band, and one at a band's foot is the only sign some tables give.
      // Not where the objective's first line opens a sub-row of its own beside it, right under
      // another (every other column has text on both lines): a top-aligned row opening under the
      // last sub-row of the row before, which fills every column but the row-spanned objective's
      // (session 23, h-txt15: corpus14 d14-004's `noacc4` sub-rows, given to the next objective).
      // Nor where every other column opens a new item on that line, whatever the line above holds
      // (`everyCellOpensAnew`): the row before's last sub-row ended above it in every column.
      else if (above && !positioned && !pageTop && !opensMidSentence(band, objectiveColumn) && everyCellAbove(band, head, objectiveColumn) && !subRowOpensBeside(band, head, objectiveColumn) && !everyCellOpensAnew(band, head, objectiveColumn, marked)) centred++;
      // Plain text: an objective as tall as its band says nothing; a shorter cell beside it does.
      // Cells of a top-aligned row all open on the row's first line; a cell that opens lower and
      // ends higher than the band (a one-line measure between a two-line objective's lines) is
      // centred. (In a PDF a cell's paragraph spacing can open it lower too.)
      // Not the rest of a row cut by a page break (its objective goes on in lower case): its cells
      // open wherever the break fell. Nor a band that opens with such a rest in the other columns
      // (`cutRowAbove`: the objective's cell ended above the break, another column goes on with its
      // sentence): the band then holds that rest and the rows under it, so a cell opening below the
      // band's top and ending above its foot is a later sub-row, not a centred one (session 42,
      // h-wm42: corpus19 val19g v19-016's top-aligned rows, each losing its last sub-row to the next).
      else if (!positioned && !above && !cutRowAbove && band.length > 2 && !CONTINUATION.test((head.cells[objectiveColumn] ?? "").trim()) && shorterCellInside(band, objectiveColumn, leading * CENTRED_OFFSET)) {
        // Not where the band's other cells hang from one line instead (`cellsHangFromOneLine`): a
        // top-aligned row's, its cells opened a line under the objective's first.
        if (cellsHangFromOneLine(band, own, objectiveColumn, leading, false)) top++;
        else centred++;
      }
      // Plain text: an objective as tall as its band whose every line sits beside a one-line sub-row
      // of its own, where the page parts its other one-line sub-rows by blank lines (`subRowsPulledTogether`).
      else if (!positioned && !above && !below && subRowsPulledTogether(whole, b, band, objectiveColumn)) centred++;
      // PDF: an objective as tall as its band, beside a shorter cell set on its very middle (see
      // `cellCentredOnObjective`).
      else if (positioned && !above && !below && own.length > 1 && laterObjectiveStarts(band, objectiveColumn, apartGap).length === 0 && cellCentredOnObjective(band, own, objectiveColumn, leading)) {
        if (cellsHangFromOneLine(band, own, objectiveColumn, leading, true)) top++;
        else centred++;
      }
    });
    // Rows with less than cell padding between them share a band (always in plain text, whose grid
    // keeps no padding; in a PDF when the producer packs rows), and only its first objective was
    // judged. A later one whose first line sits beside the middle of another column's sentence
    // (lower case) is centred in its row: a top-aligned row opens every cell on its first line,
    // and top-aligned rows never overlap. (Beside cells that all open there it tells nothing:
    // cells as tall as the objective open with it either way.)
    // (An objective that voted centred as its own row's head is not counted twice.)
    // A whole value cell that opens with a bound in words ("at least 69") is a Target or Baseline
    // opening beside the objective, not a sentence going on (session 39, h-v1416: corpus14 val14d
    // v14d-020's top-aligned rows, voted centred by one "at least 69", lost a sub-row each).
    for (const start of laterObjectiveStarts(wholeBand, objectiveColumn, apartGap)) {
      if (votedCentred.has(start.line)) continue;
      if (start.line.cells.some((c, i) => i !== objectiveColumn && continuesSentence(c) && !isValueCell(c))) centred++;
      // Plain text: a later objective set off its row's cells as no top-aligned row can be (half a
      // line off, or alone on a line above them) counts twice: the first objective's vote for top
      // alignment (text below it in its band, which with no padding kept is also the next rows')
      // is what a centred table shows too when its first objective is as tall as its row.
      else if (!positioned && (interleavedStart(wholeBand, start, objectiveColumn) || cellsOpenBelow(wholeBand, start, objectiveColumn) || columnSkipsObjectiveLine(wholeBand, start, objectiveColumn, leading))) centred += CONTRADICTS_TOP;
    }
    // Plain text: a one-line cell set half a line into another column's wrapped item (see
    // `cellInsideWrap`) is a centred cell, which a top-aligned table never prints.
    if (!positioned) centred += cellsInsideWraps(wholeBand, objectiveColumn, leading);
  });
  // A tie goes to centring when the first row witnessed it: that cue cannot come from a top-aligned
  // table, while an objective opening its band with text below happens in centred tables too (one
  // as tall as a middle sub-row that is centred itself, in nested centring).
  // (PDFs: on pdftotext's grid the top-aligned reading of such ties has read better so far.)
  if (topWitness) return false;
  return centred > top || (positioned && firstRowWitness && centred === top);
}

/**
 * PDF: in a band the objective opens (nothing above its first line), another column's cell opens
 * beside one of the objective's later lines and goes on with its sentence (lower case) on the first
 * line of that column below the objective's last line. A centred row sets each cell on the row's
 * middle: a cell that opens below the objective's first line is shorter than it and ends above
 * its last; one taller than the objective opens above it. With nothing above the objective, the
 * row opens on its first line, and a cell opened inside the row and running past the objective
 * is a top-aligned row's (AbiWord's rowspanned objectives a line above their first sub-row,
 * corpus13 d13-007, d13-010, d13-013 abw.pdf: "To complete the performance" / "appraisal of every
 * staff" beside "2.1 More women appointed at", whose measure "2.1.1 72% of oversight" goes on
 * with "implemented within the" under the objective's last line). Decisive for the table: the
 * sub-rows that set the later objectives between two rows' text read as centring too.
 */
/** The lines of a band's first objective: its objective lines before a later objective opens (`laterObjectiveStarts`). */
function firstObjective(band: readonly Placed[], own: readonly Placed[], objectiveColumn: number, apartGap: number): Placed[] {
  const later = laterObjectiveStarts(band, objectiveColumn, apartGap)[0];
  return later ? own.filter((p) => band.indexOf(p) < band.indexOf(later)) : [...own];
}

function cellRunsPast(band: readonly Placed[], own: readonly Placed[], objectiveColumn: number): boolean {
  const first = own[0]!, last = own[own.length - 1]!;
  const from = band.indexOf(first), to = band.indexOf(last);
  if (from < 0 || to <= from) return false;
  const columns = first.line.cells.length;
  for (let i = 0; i < columns; i++) {
    if (i === objectiveColumn || (first.line.cells[i] ?? "").trim()) continue;
    // Opens on one of the objective's later lines (its baseline), not between two of them: a
    // Word row packed without padding sets a taller centred cell half a line off the objective's
    // lines (test/tables/geometry.test.ts, "later objectives of a band packed").
    const opener = band.slice(from + 1, to + 1).find((p) => (p.line.cells[i] ?? "").trim());
    const opens = opener !== undefined && (opener.line.cells[objectiveColumn] ?? "").trim() !== "";
    const next = band.slice(to + 1).find((p) => (p.line.cells[i] ?? "").trim());
    if (opens && next && band.slice(to + 1).indexOf(next) === 0 && continuesSentence(next.line.cells[i] ?? "")) return true;
  }
  return false;
}

/**
 * PDF: the objective's first line opens the other cells of its line on the objective's own
 * baseline — two cells or more, each opening an item (a capital, a figure, a marker), none going
 * on from the line above — and one of them ends there while the objective goes on below: cells of
 * unequal height that share their first baseline are top-aligned. A centred row sets a one-line
 * cell beside a taller objective's middle, never on its first line (corpus13 d13-013 abw.pdf: a
 * `wide6` row, "To explain the | Claims of | Contributing | 76 | 86 | Subject to the", under the
 * sub-rows a page break carried over from the row before, had voted centred and shifted every
 * sub-row to the next objective). Two cells, not one: a sub-row's cell centred in its own sub-row
 * can meet a centred objective's first baseline by chance; two of unequal height cannot.
 */
function opensWithShorterCells(band: readonly Placed[], head: TableLine, objectiveColumn: number): boolean {
  const at = band.findIndex((p) => p.line === head);
  const before = band[at - 1]?.line, after = band[at + 1]?.line;
  if (at < 0 || !after || !(after.cells[objectiveColumn] ?? "").trim()) return false;
  const y = cellY(head, objectiveColumn);
  const opening = head.cells.flatMap((c, i) => {
    const text = c.trim();
    if (i === objectiveColumn || !text) return [];
    if (Math.abs(cellY(head, i) - y) > SAME_BASELINE_PT) return [];
    if (before && (before.cells[i] ?? "").trim()) return [];
    return /^\p{Lu}|^\p{N}/u.test(text) || startsWithMarker(text) ? [i] : [];
  });
  return opening.length >= 2 && opening.some((i) => !(after.cells[i] ?? "").trim());
}
/** Two cells' baselines this close (points) are one baseline. */
const SAME_BASELINE_PT = 1;

/**
 * PDF: the rows of a band that holds several objectives (rows packed with less than cell padding
 * between them), cut between two consecutive objectives at the widest line gap between them when
 * that gap is the only one as wide (within TIED_GAP_SHARE of the leading): the padding, however
 * little, between the two rows. Tied gaps (list items set apart by the same spacing) leave the
 * band whole: no one place to cut.
 */
function packedRows(band: Placed[], objectiveColumn: number, apartGap: number, leading: number): Placed[][] {
  const text = (p: Placed) => (p.line.cells[objectiveColumn] ?? "").trim();
  const out: Placed[][] = [];
  let from = 0, prev = -1;
  band.forEach((p, i) => {
    if (!text(p)) return;
    if (prev >= 0 && i > prev + 1 && objectivesApart(band[prev]!, p, text(band[prev]!), text(p), apartGap, objectiveColumn)) {
      const gaps: number[] = [];
      for (let k = prev + 1; k <= i; k++) gaps.push(lineTop(band[k]!.line) - lineBottom(band[k - 1]!.line));
      const widest = Math.max(...gaps);
      if (gaps.filter((gap) => gap >= widest - TIED_GAP_SHARE * leading).length === 1) {
        const cut = prev + 1 + gaps.indexOf(widest);
        out.push(band.slice(from, cut));
        from = cut;
      }
    }
    prev = i;
  });
  out.push(band.slice(from));
  return out;
}

/**
 * The band's row goes on over a page break: the next band is on a later page and opens with no
 * objective (its first lines are this row's cells). The caller asks it of a band holding one
 * objective only, whose row is then the one cut. A word processor lays a row split over two
 * pages from its top, centred or not, so an objective opening such a band with text only below it
 * is no sign of top-aligned cells (corpus7 t7-016: a cut first row outvoted the centred row under it).
 */
function cutByPageBreak(whole: ReadonlyArray<readonly Placed[]>, b: number, hasObjective: (l: TableLine) => boolean): boolean {
  const band = whole[b]!, next = whole[b + 1];
  const opening = next?.[0]?.line;
  return !!opening && opening.page > band[band.length - 1]!.line.page && !hasObjective(opening);
}

/** The band's objective is the rest of one cut by a page break (lower case), with other cells' text above it. */
function centredRowRest(band: readonly Placed[], head: TableLine, objectiveColumn: number): boolean {
  return CONTINUATION.test((head.cells[objectiveColumn] ?? "").trim()) && band[0]!.line !== head;
}

/**
 * Plain text: the band's lines above its objective's first line are a whole row of their own — the
 * row before, printed with no blank line between (pdftotext keeps no padding). Every other column
 * with text in the band has text above the objective, its last line there ending an item (a full
 * stop, or the objective's line opens the column with a marker), and opens a new item on the
 * objective's first line itself (not lower case going on with a sentence): a top-aligned row opens
 * every cell on its first line, right under the cells of the row above. (corpus7 d7-012: top-aligned
 * rowspan rows, one pair glued, read as centred.)
 */
function rowEndsAbove(band: readonly Placed[], head: TableLine, objectiveColumn: number): boolean {
  if (band[0]!.line === head) return false;
  const at = band.findIndex((p) => p.line === head);
  const columns = head.cells.length;
  let cells = 0;
  for (let i = 0; i < columns; i++) {
    if (i === objectiveColumn || !band.some((p) => (p.line.cells[i] ?? "").trim())) continue;
    const opening = (head.cells[i] ?? "").trim();
    if (!opening || continuesSentence(opening)) return false;
    const before = previousCellLine(band, at, i, 0);
    if (before < 0) return false;
    if (!endsSentence((band[before]!.line.cells[i] ?? "").trim()) && !startsWithMarker(opening)) return false;
    cells++;
  }
  return cells > 0;
}

/**
 * Plain text: the band holds a later objective, a line between the first objective's last line
 * and that objective's first line may open a row (it goes on with no cell above it, see
 * `goesOnCell`), and beside the first objective another column opens below its first line (no
 * top-aligned row does that). pdftotext keeps no padding between rows, so an objective as tall as
 * its own centred row, followed by the next row's upper half, looks like a top-aligned objective
 * shorter than its row: its text below says nothing (corpus9 d9b-004: a four-line objective over
 * two measures, an accomplishment opening half a line below it, the next row's upper half under
 * it, read the table top-aligned). Beside cells that all open on its first line it still votes
 * top-aligned (corpus9 d9-022: top-aligned rows of marked measures).
 */
function rowMayStartBelow(band: readonly Placed[], objectiveColumn: number, apartGap: number, marked: MarkedColumns): boolean {
  const next = laterObjectiveStarts(band, objectiveColumn, apartGap)[0];
  if (!next) return false;
  const to = band.indexOf(next);
  let from = to - 1;
  while (from >= 0 && !(band[from]!.line.cells[objectiveColumn] ?? "").trim()) from--;
  // A top-aligned row opens every cell on the objective's first line; one that opens lower beside
  // the objective is centred on it, or on its sub-row.
  const head = band.findIndex((p) => (p.line.cells[objectiveColumn] ?? "").trim());
  const columns = band[head]!.line.cells.length;
  let opensLower = false;
  for (let i = 0; i < columns && !opensLower; i++) {
    if (i === objectiveColumn) continue;
    const first = band.findIndex((p) => (p.line.cells[i] ?? "").trim());
    opensLower = first > head && first <= from;
  }
  if (!opensLower) return false;
  for (let k = from + 1; k < to; k++) {
    if (!band[k]!.line.cells.some((_, i) => goesOnCell(band, k, i, 0, marked))) return true;
  }
  return false;
}

/**
 * Plain text: an objective's first line (not the rest of a cut objective) sits beside another
 * column's sentence going on (lower case). Top-aligned rows never overlap: a row cut by a page
 * break ends at the next page's top before the next row opens, and that row opens every cell on its
 * objective's first line; a cell going on beside that line opened above it, in the objective's own
 * row — the objective is centred. The later objectives of a band vote so already; this is the
 * band's first one at a page top, where text above it may be the cut row's rest (corpus7 t7b-012:
 * "Objective 5: To improve the safety of" beside "donor briefings each quarter" under "– Funding
 * gaps …;", below "request.", the rest of the row above; corpus10 d10b-023: "To modernize the
 * tracking" beside "to field environments", the rest of a measure opened on the page before).
 */
function besideCellGoingOn(head: TableLine, objectiveColumn: number): boolean {
  if (CONTINUATION.test((head.cells[objectiveColumn] ?? "").trim())) return false;
  return head.cells.some((c, i) => i !== objectiveColumn && continuesSentence(c));
}

/**
 * Plain text: the objective's first line, alone on its grid line, lies inside another column's
 * wrapped cell — that column has text on the grid line right above it and goes on with the
 * sentence (lower case) on the grid line right below it: pdftotext interleaves cells whose
 * baselines lie half a line apart. Top-aligned rows never overlap and open every cell on the
 * objective's first line, so a cell that opened above that line and goes on below it is the
 * objective's own row's, opened higher: the objective is centred. `besideCellGoingOn` with the
 * other cell's lines on the half lines around the objective's (corpus8 d8c-009: "4. To ensure full
 * compliance" between "– Staff completing" and "mandatory courses" under the rest of a row the
 * page break cut).
 */
function straddledByCell(band: readonly Placed[], head: TableLine, objectiveColumn: number, pitch: number): boolean {
  if (CONTINUATION.test((head.cells[objectiveColumn] ?? "").trim())) return false;
  const at = band.findIndex((p) => p.line === head);
  const above = band[at - 1]?.line, below = band[at + 1]?.line;
  if (at < 1 || !above || !below || !nextGridLine(above, head, pitch) || !nextGridLine(head, below, pitch)) return false;
  return head.cells.every((c, i) => i === objectiveColumn || !c.trim()) && below.cells.some((c, i) => i !== objectiveColumn && continuesSentence(c) && !!(above.cells[i] ?? "").trim());
}

/** The next grid line lies one pitch below (a hair more for rounding). */
const GRID_LINE_SLACK = 1.01;
/** `line` lies at most one grid line (`pitch`, GRID_LINE_SLACK) under `prev`, on its page. Callers pass `line` after `prev`. */
export function nextGridLine(prev: TableLine, line: TableLine, pitch: number): boolean {
  return prev.page === line.page && line.y - prev.y <= pitch * GRID_LINE_SLACK;
}

/** Every column other than the objective's that has text in the band has some above the objective's first line. */
function everyCellAbove(band: readonly Placed[], head: TableLine, objectiveColumn: number): boolean {
  const columns = head.cells.length;
  for (let i = 0; i < columns; i++) {
    if (i === objectiveColumn || !band.some((p) => (p.line.cells[i] ?? "").trim())) continue;
    if (!band.some((p) => p.line.y < head.y && (p.line.cells[i] ?? "").trim())) return false;
  }
  return true;
}

/**
 * Plain text: the objective opens a sub-row beside its first line, under a sub-row that ended in
 * every column above it (`everyCellOpensAnew`; session 51, h-rows51: that sub-row need not fill the
 * line right above, as session 23's `subRowOpensBeside` asked — corpus14 val14j v14j-016, val14o
 * v14o-016: a measure's last word alone there beside ended values), goes on over one grid line or
 * more beside which every other column is empty, and sub-rows follow under its last line. Row-spanned cells set on top of
 * their row (a spreadsheet's merged range, whose text fits its first row) make that first sub-row
 * as tall as the objective, leaving its other cells' lines short of it; a centred objective sits
 * on the middle of sub-rows stacked one under another, beside their lines, so text above it and
 * below it never leaves a whole line empty beside its wrap (a padding gap would be on both sides).
 * The band's lines above it are then the row before's last sub-row, no sign of centring (corpus14
 * val14 v14-005, v14-019, v14-020 txt: `noacc4` sub-rows given to the next objective).
 * A sub-row opens beside the objective only where no other column's cell there goes on with the
 * item above it (`goesOnCell`: lower case, no marker in a marked column, or the line above stops on
 * "by"): "• Infrastructure plans … by" / "September 2022" beside "To support regional integration"
 * is one item wrapped round a centred objective (corpus7 t7-011, h7-002: merge of session 33).
 */
function firstSubRowHeldOpen(band: readonly Placed[], head: TableLine, objectiveColumn: number, marked: MarkedColumns): boolean {
  const k = band.findIndex((p) => p.line === head);
  if (!everyCellOpensAnew(band, head, objectiveColumn, marked, k)) return false;
  const own = (l: TableLine) => !!(l.cells[objectiveColumn] ?? "").trim();
  const others = (l: TableLine) => l.cells.some((c, i) => i !== objectiveColumn && c.trim());
  let j = k + 1, hole = false;
  for (; j < band.length && own(band[j]!.line); j++) if (!others(band[j]!.line)) hole = true;
  return hole && j > k + 1 && band.slice(j).some((p) => others(p.line));
}

/**
 * Plain text: every column but the objective's that has text in the band opens a new item on the
 * objective's first line — text there, none of it going on with the column's item above
 * (`goesOnCell`: lower case, no marker in a marked column, a line above that stops mid-phrase).
 * The band's text above the objective then ended in every column before the objective's line: the
 * row before's last sub-row, printed with no blank line between (pdftotext keeps no padding), whose
 * shorter cells ended a line or more above it (a measure wrapped over two lines beside one-line
 * values: corpus14 val14k v14k-015, "Share of Advisory Body deliverables issued on" / "schedule"
 * beside "92" and "100%", over "To protect human rights online …" beside "Entities applying …",
 * "12", "17"). `subRowOpensBeside` is the case of a last sub-row as tall in every column. `k`: the
 * objective's first line's place in the band (`firstSubRowHeldOpen` has it already).
 */
function everyCellOpensAnew(band: readonly Placed[], head: TableLine, objectiveColumn: number, marked: MarkedColumns, k = band.findIndex((p) => p.line === head)): boolean {
  if (k < 1) return false;
  for (let i = 0; i < head.cells.length; i++) {
    if (i === objectiveColumn || !band.some((p) => (p.line.cells[i] ?? "").trim())) continue;
    if (!(head.cells[i] ?? "").trim() || goesOnCell(band, k, i, 0, marked)) return false;
  }
  return true;
}

/**
 * Plain text: every column but the objective's that has text in the band has text both on the
 * objective's first line and on the band's line right above it — a sub-row opening beside the
 * objective under a sub-row that filled every column (no blank line between: pdftotext keeps no
 * padding). A centred objective at its band's foot sits beside its row's cells going on, or beside
 * nothing in some column.
 */
function subRowOpensBeside(band: readonly Placed[], head: TableLine, objectiveColumn: number): boolean {
  const k = band.findIndex((p) => p.line === head);
  const above = band[k - 1]?.line;
  if (!above) return false;
  for (let i = 0; i < head.cells.length; i++) {
    if (i === objectiveColumn || !band.some((p) => (p.line.cells[i] ?? "").trim())) continue;
    if (!(head.cells[i] ?? "").trim() || !(above.cells[i] ?? "").trim()) return false;
  }
  return true;
}

/**
 * PDF: an objective of several lines that fills its band (nothing above its first line or below
 * its last), and beside it another column's text, all of it strictly inside the objective's lines
 * (CENTRED_OFFSET of a leading), whose middle is the objective's middle within CENTRED_CELL_SLACK
 * of a leading: a one-line cell on the middle baseline of a three-line objective, or half a line
 * below the first of a two-line one. A top-aligned row opens every cell on its first baseline; a
 * cell opened lower by paragraph spacing of its own lands on the objective's middle only if the
 * spacing is half the objective's height less the cell's, to a point. Centred cells land there
 * exactly (jsPDF + jspdf-autotable `valign: "middle"`, corpus18 d18-008: "(a) Claim intake
 * completed …" at 290.03 beside a two-line objective at 283.70 and 296.35).
 */
function cellCentredOnObjective(band: readonly Placed[], own: readonly Placed[], objectiveColumn: number, leading: number): boolean {
  const first = cellY(own[0]!.line, objectiveColumn), last = cellY(own[own.length - 1]!.line, objectiveColumn);
  const middle = (first + last) / 2, margin = leading * CENTRED_OFFSET;
  return otherCellSpans(band, objectiveColumn, own[0]!.line.cells.length).some(({ top, bottom }) =>
    top - first > margin && last - bottom > margin && Math.abs((top + bottom) / 2 - middle) <= CENTRED_CELL_SLACK * leading);
}

/**
 * Each other column's text in the band, left to right, as the baselines of its first and last line
 * (`cellY`); columns with no text in the band are left out. What `cellCentredOnObjective` and
 * `cellsHangFromOneLine` compare with the objective's lines.
 */
function otherCellSpans(band: readonly Placed[], objectiveColumn: number, columns: number): Array<{ top: number; bottom: number }> {
  const spans: Array<{ top: number; bottom: number }> = [];
  for (let c = 0; c < columns; c++) {
    if (c === objectiveColumn) continue;
    const ys = band.filter((p) => (p.line.cells[c] ?? "").trim()).map((p) => cellY(p.line, c));
    if (ys.length) spans.push({ top: Math.min(...ys), bottom: Math.max(...ys) });
  }
  return spans;
}
/** How far (leadings) a centred cell's middle may lie off its objective's: baselines rounded to a pixel. */
const CENTRED_CELL_SLACK = 0.1;

/**
 * Plain text: the objective's lines are the band's lines (two or more, one grid line apart) and on
 * each after the first another column opens a cell of its own under the cell on the line above (a
 * sub-row: not a sentence going on), while the same page sets a one-line sub-row of the table as a
 * band by itself (blank lines above and below: a band holding no objective, of one line). The
 * table parts its sub-rows by a blank grid line, so sub-rows one grid line apart beside the
 * objective were pulled together by it: pdftotext puts each of a centred objective's lines, a
 * fraction of a line off the sub-rows' baselines, on the grid line of the nearest sub-row (corpus16
 * val16 v16-026: "To spend the approved resources in line with the" / "results-based budget" on
 * the lines of "Performance evaluations …  70%  85%" and "Recruits from …  16 per cent"). A
 * top-aligned objective opens on its first sub-row's baseline and its second line falls a wrap
 * step below it, short of the next sub-row's padded baseline: a line of its own, so its band is
 * taller than the objective.
 */
function subRowsPulledTogether(whole: ReadonlyArray<readonly Placed[]>, b: number, band: readonly Placed[], objectiveColumn: number): boolean {
  const own = (l: TableLine) => !!(l.cells[objectiveColumn] ?? "").trim();
  if (band.length < 2 || !band.every((p) => own(p.line))) return false;
  // The columns a line fills besides the objective's: a sub-row's shape.
  const shape = (l: TableLine) => l.cells.flatMap((c, i) => (i !== objectiveColumn && c.trim() ? [i] : [])).join(",");
  // Every cell of the lower line opens anew (no sentence's rest, no marker), in the upper line's columns.
  const opensBelow = (upper: TableLine, lower: TableLine) =>
    shape(lower) === shape(upper) && lower.cells.every((c, i) => i === objectiveColumn || !c.trim() || (!continuesSentence(c) && !startsWithMarker(c.trim())));
  const subRow = shape(band[0]!.line);
  if (subRow.split(",").length < 2) return false;
  for (let k = 1; k < band.length; k++) if (!opensBelow(band[k - 1]!.line, band[k]!.line)) return false;
  const page = band[0]!.line.page;
  return whole.some((other, o) => o !== b && other.length === 1 && other[0]!.line.page === page && !own(other[0]!.line) && shape(other[0]!.line) === subRow);
}

/**
 * Session 41 (h-tex41): two cells beside the objective, both within its lines (first to last),
 * open on one line and end on different lines. A centred row sets every cell on the row's middle:
 * two cells opening together are as tall and end together, and a cell a line shorter than another
 * opens half a line lower (pdftotext gives it a grid line of its own, a PDF its own baseline).
 * Cells opening together and ending apart hang from one line: a top-aligned row whose cells open
 * below the objective's first line (TeX's list cells in `p{}` columns open a line under a plain
 * paragraph beside them: corpus13 val13e v13e-007's "To implement accepted" over "a) Performance
 * documents" (2 lines) and "▷ 69% of staff …" (3 lines), both opening on the objective's second
 * line). The one column strictly inside the objective (`shorterCellInside`, `cellCentredOnObjective`)
 * is then no sign of centring but a vote for the top: the band's cells show how the row is set, and a
 * band of cells as tall as each other centred inside the objective (v13e-007's "To recruit staff
 * from", two 2-line cells beside a 4-line objective) is outvoted by the table's other bands.
 * Plain text rounds: w3m and a centring producer's text set a cell half a line off on a whole grid
 * line (corpus17 val17 v17-008 w3m.txt: a 2-line and a 1-line cell both opening a line under a
 * centred 4-line objective; corpus20 val20e v20e-008 typst.txt), so there the cells must also open
 * below the objective's first line and the taller one end on its last: hung from one line a line
 * down, the taller reaching the objective's last line (a centred pair rounded so would need the
 * taller cell exactly a line shorter than the objective and its half line rounded down; not seen).
 */
function cellsHangFromOneLine(band: readonly Placed[], own: readonly Placed[], objectiveColumn: number, leading: number, positioned: boolean): boolean {
  const first = cellY(own[0]!.line, objectiveColumn), last = cellY(own[own.length - 1]!.line, objectiveColumn);
  const slack = CENTRED_CELL_SLACK * leading, margin = leading * CENTRED_OFFSET;
  const inside: Array<[number, number]> = [];
  for (const { top, bottom } of otherCellSpans(band, objectiveColumn, own[0]!.line.cells.length)) {
    if (top < first - slack || bottom > last + slack) continue;
    if (inside.some(([t, b]) => Math.abs(t - top) <= slack && Math.abs(b - bottom) > margin && (positioned || (Math.abs(Math.max(b, bottom) - last) <= slack && top > first + slack)))) return true;
    inside.push([top, bottom]);
  }
  return false;
}

/** Some column other than the objective's has text in the band, all of it strictly inside it. */
function shorterCellInside(band: readonly Placed[], objectiveColumn: number, margin: number): boolean {
  const top = band[0]!.line.y, bottom = band[band.length - 1]!.line.y;
  const columns = band[0]!.line.cells.length;
  for (let c = 0; c < columns; c++) {
    if (c === objectiveColumn) continue;
    const own = band.filter((p) => (p.line.cells[c] ?? "").trim());
    if (own.length && own[0]!.line.y - top > margin && bottom - own[own.length - 1]!.line.y > margin) return true;
  }
  return false;
}

/**
 * Text this share of the leading above (below) the objective's first (last) line is another
 * printed line: lines closer than half an em are merged into one by the extractor, so any distinct
 * line is at least that far, and a centred objective of n lines beside m lines of other cells sits
 * (m − n) / 2 lines down — half a line when the difference is odd.
 */
const CENTRED_OFFSET = 0.25;

/**
 * A centred objective sits within this many leadings of its row's middle (baselines, not line
 * boxes, measure both, and a row's height is whole lines of its tallest cell); one reading of a
 * page's rows replaces another when it fits better by more than the square of this.
 */
const CUT_ROW_SLACK = 1;

/**
 * The last objective line of these lines stops on a word that leads on (an article, preposition or
 * conjunction, `leadsOn`): its sentence goes on at the next page's first objective line, however
 * that opens ("To improve the multilingual content of" / "United Nations websites" over a page
 * break, corpus8 d8-023 txt, where the capital read as a new row's objective).
 */
function objectiveLeftOpen(lines: readonly Placed[], objectiveColumn: number): boolean {
  const last = lines.findLast((p) => (p.line.cells[objectiveColumn] ?? "").trim());
  const text = (last?.line.cells[objectiveColumn] ?? "").trim();
  // A page-foot footnote read across the columns ("1 The objectives reflect … framework of the")
  // is no objective's line.
  return !!last && leadsOn(text) && !FOOTNOTE_START.test(text);
}
/** An objective cell opens with a capital ("To …", "Effective …"); one that opens in lower case continues a row cut by a page break. */
const CONTINUATION = /^[\p{Ll}]/u;
/**
 * A cell's line goes on with a sentence: lower case, also inside an opening bracket ("Tickets
 * purchased 16 days in advance" / "(percentage)": no item opens with a bracketed lower-case
 * word), and not a list number ("a)", "(i)", "ii.") or an "o" bullet.
 */
const SENTENCE_GOES_ON = /^[([]?\p{Ll}/u;
const continuesSentence = (cell: string) => SENTENCE_GOES_ON.test(cell.trim()) && !startsWithMarker(cell.trim());

/**
 * Rows of a table whose objectives are centred in their rows. The table's whole-width gaps
 * (`bands`) are the only places a row can end; each objective owns a run of bands around it,
 * and the runs are chosen together, page by page, so that every objective sits as near the middle
 * of its row as the bands allow (least squares, by dynamic programming over the gaps between
 * consecutive objectives). Choosing all boundaries at once keeps one badly centred row from
 * pushing its error into every row below it.
 *
 * Page breaks: a row cut by a break continues at the top of the next page: with an objective cell
 * that opens in lower case (the rest of the objective), or with bands above the page's first
 * objective that do not belong to that objective's row. The parts of a cut row are not centred,
 * so they do not count in the fit.
 */
export function groupCentredRows(lines: readonly TableLine[], objectiveColumn: number, leading: number, positioned = true, tableOf?: (line: TableLine) => string, objectiveRight: number | null = null): RowBlock[] {
  const objectiveText = (p: Placed) => (p.line.cells[objectiveColumn] ?? "").trim();
  // Plain text, session 39 (h-chr): the objective's line is the table's last before the break, full
  // and no sentence's end, so the next page's first objective line is its wrap, capital or not
  // ("… armaments through the United" / "Nations Register of Conventional Arms", corpus5 g2-011
  // chromium.txt): the test the top-aligned grouper makes (`objectiveWrapsOverBreak`).
  const wrapsOverBreak = (before: readonly Placed[], next: Placed | undefined) => {
    const foot = before[before.length - 1];
    if (positioned || objectiveColumn !== 0 || !next || !foot || !objectiveText(foot)) return false;
    return objectiveWrapsOverBreak(foot.line, objectiveText(foot), next.line, objectiveRight, true);
  };
  const pages: Placed[][][] = [];
  const pageTopPieces = new Set<Placed[]>();
  const gaplessPieces = new Set<Placed[]>();
  const split = splitSharedBands(bands(lines, leading), objectiveColumn, objectiveGap(leading, positioned), positioned, leading, pageTopPieces, tableOf, gaplessPieces);
  for (const band of positioned ? split : joinObjectiveWrapBands(split, objectiveColumn, [pageTopPieces, gaplessPieces])) {
    const last = pages[pages.length - 1];
    if (last && last[0]?.[0]?.line.page === band[0]?.line.page) last.push(band);
    else pages.push([band]);
  }
  // Positioned text: columns whose items carry markers, for the rest of an item a page break cut
  // (`restOfMarkedItem`); plain text reads them in `splitSharedBands`.
  const marked: MarkedColumns = positioned ? markedColumnsPerTable(pages.flat(2), objectiveColumn, tableOf) : () => NO_COLUMNS;
  // Plain text: the same columns, for the first cell line a page opens with (`cutRowRestEnd`) only.
  const textMarked: MarkedColumns = positioned ? () => NO_COLUMNS : markedColumnsPerTable(pages.flat(2), objectiveColumn, tableOf);
  const rows: Placed[][] = [];
  // The page before ended with a row read as cut by the break (set below, where the page's last
  // objective fits a centred row better with the page's foot left to the next page): this page's
  // first row goes on with it.
  let carried = false;
  // The page before ended with a row cut by the break (see `rowCutAtFoot`), whose rest may open
  // this page above its first objective (the pieces `splitSharedBands` cut there).
  let cutBefore = true;
  pages.forEach((page, p) => {
    const objectiveBands = page.flatMap((b, i) => (b.some((x) => objectiveText(x)) ? [i] : []));
    const previous = rows[rows.length - 1];
    if (objectiveBands.length === 0) {
      if (previous) previous.push(...page.flat());
      else {
        // The table's lines open a page with no objective on it: the upper part of the next page's
        // first row (a row cut by the break whose centred objective prints below it, corpus10
        // d10b-023), never a row of their own. Plain text only: measured there (PDFs not yet).
        rows.push(page.flat());
        carried = !positioned;
      }
      return;
    }
    const firstObjective = page[objectiveBands[0]!]!.find((x) => objectiveText(x));
    const continues = !!previous && (carried || CONTINUATION.test(firstObjective ? objectiveText(firstObjective) : "") || objectiveLeftOpen(previous, objectiveColumn) || wrapsOverBreak(previous, firstObjective));
    carried = false;
    const nextPage = pages[p + 1];
    const nextFirst = nextPage?.flat().find((x) => objectiveText(x));
    // The page's last row goes on over the break when the next page opens with the rest of a
    // sentence: the objective's own (lower case), or, above the next page's first objective, another
    // cell's (an objective shorter than its row can end before the break while its cells run on).
    const objectiveRunsOn = !!nextFirst && (CONTINUATION.test(objectiveText(nextFirst)) || objectiveLeftOpen(page.flat(), objectiveColumn) || wrapsOverBreak(page.flat(), nextFirst));
    // So it does when the next page opens with the rest of a marked item (`restOfMarkedItem`).
    // Plain text: so it does when the next page holds none of the table's objectives: every line
    // there joins this page's last row (the branch for a page with no objective, above), so that row
    // is cut by the break, and its objective's place in the part on this page says nothing about
    // where the row above ends. LibreOffice centres a cut cell in neither part: counted as centred,
    // the last row pulled the row above's last items into it (corpus dev-007 lo.txt: "– Improved
    // exchange of good practices." under "Results-focused management …", with the next page all rest).
    const cutAtEnd = objectiveRunsOn || (!!nextPage && (opensMidSentence(nextPage.flat(), objectiveColumn) || restOfMarkedItem(nextPage[0]?.[0], positioned ? marked : textMarked, objectiveColumn) || (!positioned && !nextFirst)));
    const centre = (band: number) => {
      const own = page[band]!.filter((x) => objectiveText(x));
      return (cellY(own[0]!.line, objectiveColumn) + cellY(own[own.length - 1]!.line, objectiveColumn)) / 2;
    };
    const top = (band: number) => lineTop(page[band]![0]!.line);
    const bottom = (band: number) => { const b = page[band]!; return lineBottom(b[b.length - 1]!.line); };
    // Plain text: the fit measures rows and objectives in the lines each column stacks, not in grid
    // lines (`stackedLineYs`: a centred cell's lines inserted between another column's lines are half a line each).
    const fitAt = fitPlaces(page, objectiveText, positioned, { centre, top, bottom });
    const n = objectiveBands.length;
    const last = page.length - 1;
    // Plain text: a row never opens a column's list in its middle ("(f) …" under "(e) …"), and the
    // line grid leaves the centring fit many near-equal cuts; such a start costs more than any fit.
    const midway = new Map<number, boolean>();
    const opensMidway = (start: number) => {
      let v = midway.get(start);
      if (v === undefined) midway.set(start, (v = opensListMidway(page.slice(start).flat(), objectiveColumn)));
      return v;
    };
    // Plain text: the columns whose cells end with full stops, where a tie goes to the cut after one (`cellsLeftOpen`).
    const sentenceEnds = positioned ? new Set<number>() : sentenceColumns(page.flat(), objectiveColumn);
    // Plain text: each column's widest line on the page, in characters (`cellsCutAtFullLine`).
    const widest = positioned ? [] : widestLines(page.flat());
    const listCost = (k: number, start: number) => (positioned || (k === 0 && continues) || !opensMidway(start) ? 0 : MID_LIST_COST * leading ** 2 * page.length);
    // Plain text, the page's first row under a row the break cut, when pdftotext kept no gap
    // between the cut row's rest and that row (the page's first band was cut into pieces, see
    // `splitSharedBands`): how many of the lines above its objective are the cut row's rest.
    // pdftotext's half-line grid often leaves two cuts equally far off the objective's centre; how
    // well each other cell is centred on the objective breaks the tie. Only there: elsewhere a
    // row's sub-row cells (rowspan layouts, set apart by blank lines) are centred on their own
    // sub-rows, not on the objective (corpus6 d6-017, corpus dev-031 lo.txt).
    // Plain text: the page's first row opens below every band whose lines go on with a sentence cut by the break.
    const restEnd = positioned ? 0 : cutRowRestEnd(page, objectiveBands[0]!, objectiveColumn, textMarked, previous);
    // Plain text: the page opens with the next number of the list the row above the break opened (`numberedOnOverBreak`): that row was cut.
    const numberedOn = !positioned && !!previous && !continues && numberedRestEnd(page, objectiveBands[0]!, objectiveColumn, previous) > 0;
    const piecesAtTop = page.slice(0, objectiveBands[0]! + 1).some((b) => pageTopPieces.has(b));
    // Plain text: the page's first objective cannot sit on the middle of any row opening at the
    // page top (`uncentredFromTop`), so the pieces above it are the rest of the row before.
    const restAbove = !positioned && !!previous && !continues && !cutBefore && uncentredFromTop(n > 1 ? objectiveBands[1]! - 1 : last, objectiveBands[0]!, centre, top, bottom, leading);
    const tieBreak = (k: number, start: number, end: number) => (positioned || k > 0 || !previous || continues || !cutBefore || !piecesAtTop ? 0 : TIE_BREAK_WEIGHT * cellsOffCentre(page.slice(start, end + 1).flat(), objectiveColumn, centre(objectiveBands[k]!)));
    /**
     * The least-squares spans of the page's rows. `lastEnd`: the bands where the page's last row
     * may end; `lastWeight`: whether its centring counts (not for the part of a row cut by the break).
     */
    const fit = (lastEnds: readonly number[], lastWeight: number): { spans: Array<[number, number]>; cost: number } => {
      const weight = (k: number) => ((k === 0 && continues) ? 0 : k === n - 1 ? lastWeight : 1);
      const cost = (k: number, start: number, end: number) =>
        weight(k) * ((fitAt.centre(objectiveBands[k]!) - (fitAt.top(start) + fitAt.bottom(end)) / 2) ** 2 + tieBreak(k, start, end)) +
        listCost(k, start) +
        (positioned || weight(k) === 0 ? 0 : TIE_BREAK_WEIGHT * leading ** 2 * cellsLeftOpen(page, start, end, sentenceEnds)) +
        (positioned ? 0 : WRAP_CUT_COST * leading ** 2 * cellsCutInWrap(page, start, end, objectiveColumn)) +
        (positioned ? 0 : TIE_BREAK_WEIGHT * leading ** 2 * cellsCutAtFullLine(page, start, end, objectiveColumn, widest)) +
        (gaplessPieces.has(page[start]!) ? GAPLESS_CUT_COST * leading ** 2 : 0);
      // best[k].get(end): least cost of rows 0..k with row k ending at band `end`; from: row k's start.
      const best: Array<Map<number, { cost: number; start: number }>> = [];
      for (let k = 0; k < n; k++) {
        const ob = objectiveBands[k]!;
        const ends = k === n - 1 ? lastEnds : range(ob, objectiveBands[k + 1]! - 1);
        const table = new Map<number, { cost: number; start: number }>();
        for (const end of ends) {
          let choice: { cost: number; start: number } | null = null;
          // Row 0 starts at the page top, or lower when the bands above it finish a row cut on the page before.
          const starts = k > 0 ? [...best[k - 1]!.keys()].map((e) => e + 1) : previous && !continues ? firstRowStarts(pageTopStarts(range(0, ob).filter((s) => cutBefore || numberedOn || restAbove || !pageTopPieces.has(page[s]!)), restEnd), page, marked, objectiveColumn) : [0];
          for (const start of starts) {
            const before = k > 0 ? best[k - 1]!.get(start - 1)!.cost : 0;
            const total = before + cost(k, start, end);
            if (!choice || total < choice.cost) choice = { cost: total, start };
          }
          if (choice) table.set(end, choice);
        }
        best.push(table);
      }
      // Walk back from the last row's best end.
      const [lastEnd, { cost: total }] = [...best[n - 1]!].reduce((a, b) => (b[1].cost < a[1].cost ? b : a));
      let end = lastEnd;
      const spans: Array<[number, number]> = [];
      for (let k = n - 1; k >= 0; k--) {
        const start = best[k]!.get(end)!.start;
        spans.unshift([start, end]);
        end = start - 1;
      }
      return { spans, cost: total };
    };
    // The page's last objective opens its band with more of the table's bands below it on the
    // page: no centred objective does (its row's text would lie above it too), so its row is one a
    // page break cuts, printed at the top of its first part (Chromium places a centred cell of a
    // row it splits at the top), and its centring says nothing about where the row above ends.
    const read = fit([last], cutAtEnd ? 0 : 1);
    let spans = read.spans;
    // The bands at the page's foot, as read so far, are the page's last row's: all of it, or its
    // part above the break when the next page opens mid-sentence. But they may instead be the
    // upper part of the next page's first row, cut by the break (its objective, centred in the
    // whole row, printed below the break; the next page's text above that objective is the same
    // row's). The fit tells which, once the last row's part above a break is costed too: centred
    // in a cut row's whole height, its objective sits at or below the middle of the part on this
    // page, and only how far it sits above that middle counts. The other reading must fit better
    // by more than a row's slack, and show its last objective centred — text above and below it
    // (an objective as tall as its row, or opening it, says nothing: some producers print a cut
    // row's objective at the top of its first part).
    const ob = objectiveBands[n - 1]!;
    // Positioned text only: pdftotext's grid keeps neither the padding nor true line positions.
    if (positioned && !!nextPage && !objectiveRunsOn && ob < last) {
      const [from] = spans[n - 1]!;
      const high = Math.max(0, (top(from) + bottom(last)) / 2 - centre(ob));
      const asRead = read.cost + (cutAtEnd ? high ** 2 : 0);
      const ended = fit(range(ob, last - 1), 1);
      const [s, e] = ended.spans[n - 1]!;
      const own = page[ob]!.filter((x) => objectiveText(x));
      const shorter = top(s) < cellY(own[0]!.line, objectiveColumn) - CENTRED_OFFSET * leading && bottom(e) > cellY(own[own.length - 1]!.line, objectiveColumn) + CENTRED_OFFSET * leading;
      if (shorter && Math.abs(centre(ob) - (top(s) + bottom(e)) / 2) <= CUT_ROW_SLACK * leading && ended.cost + (CUT_ROW_SLACK * leading) ** 2 < asRead) {
        spans = ended.spans;
        carried = true;
      }
    }
    // The page's last objective may open its band with more of the table's bands below it: then
    // it is not centred on this page (a centred one has its row's text above it too), unless its
    // band is one sub-row of a row centred on it. Chromium prints a centred cell of a row it splits
    // at a page break at the top of the row's first part, and such a row counted as centred pulls
    // the row above's last sub-rows into it. So the page is read once more without the last row's
    // centring, and that reading wins when it centres the rows above better by more than a row's
    // slack (a row centred on its band's sub-row leaves the rows above as they were).
    if (positioned && !carried && !cutAtEnd && ob < last && opensItsBand(page[ob]!, objectiveColumn, leading)) {
      const [s, e] = read.spans[n - 1]!;
      const above = read.cost - (centre(ob) - (top(s) + bottom(e)) / 2) ** 2;
      const uncentred = fit([last], 0);
      if (uncentred.cost + (CUT_ROW_SLACK * leading) ** 2 < above) spans = uncentred.spans;
    }
    const head = page.slice(0, spans[0]![0]).flat();
    if (head.length) previous!.push(...head);
    spans.forEach(([start, stop], k) => {
      const part = page.slice(start, stop + 1).flat();
      if (k === 0 && continues) previous!.push(...part);
      else rows.push(part);
    });
    // The bands below the last row: the upper part of the next page's first row.
    if (carried) rows.push(page.slice(spans[n - 1]![1] + 1).flat());
    const [from, to] = spans[n - 1]!;
    const lastOwn = page[objectiveBands[n - 1]!]!.filter((x) => objectiveText(x));
    cutBefore = cutAtEnd || rowCutAtFoot(centre(objectiveBands[n - 1]!), top(from), bottom(to), leading)
      || (!positioned && !!nextPage && centredOverBreak(centre(objectiveBands[n - 1]!), top(from), bottom(to), leading))
      || (!!nextPage && objectiveFillsPart(cellY(lastOwn[0]!.line, objectiveColumn), cellY(lastOwn[lastOwn.length - 1]!.line, objectiveColumn), top(from), bottom(to), leading));
  });
  return rows.map((r) => ({ lines: r.map((p) => p.line), ambiguous: null }));
}

/** Where a page's bands and objectives sit, as the centring fit measures them. */
interface FitPlaces {
  /** The middle of the objective's lines in band `band`. */
  centre: (band: number) => number;
  /** The band's first line. */
  top: (band: number) => number;
  /** The band's last line. */
  bottom: (band: number) => number;
}

/**
 * The centring fit's places on one page of a table: the lines' own positions in a PDF (`grid`);
 * in plain text, the lines each column stacks (`stackedLineYs`), which pdftotext's grid overcounts
 * where a centred cell's lines fall between another column's.
 */
function fitPlaces(page: ReadonlyArray<readonly Placed[]>, objectiveText: (p: Placed) => string, positioned: boolean, grid: FitPlaces): FitPlaces {
  if (positioned) return grid;
  const lines = page.flat().map((p) => p.line);
  const pitch = linePitch(lines);
  if (pitch <= 0) return grid;
  const at = stackedLineYs(lines, pitch);
  const y = (p: Placed) => at.get(p.line) ?? 0;
  return {
    centre: (band) => {
      const own = page[band]!.filter((x) => objectiveText(x));
      return (y(own[0]!) + y(own[own.length - 1]!)) / 2;
    },
    top: (band) => y(page[band]![0]!),
    bottom: (band) => { const b = page[band]!; return y(b[b.length - 1]!); },
  };
}

/**
 * Plain text: bands that part one objective's wrapped lines are one band. A band's last objective
 * line that ends no sentence, and the next band's first objective line going on in lower case with
 * no marker ("To promote a workplace free of harassment" / … / "and discrimination") — or, after a
 * line that stops on a word that leads on (`leadsOn`: "To coordinate the regional dimension of" /
 * "United Nations support to Somalia and" / "South Sudan", corpus16 val16b v16-008), one opening
 * with a capital that opens no objective and no item — are one cell's lines: pdftotext's grid sets a spaced, vertically centred objective's lines two or three
 * grid lines apart, and where the other columns' item gaps fall between them the gap is whole-width,
 * so the objective's rest opened a band — and, holding objective text, a row of its own. An
 * objective cell opens with a capital ("To …"), never in lower case, so no row can start there;
 * the bands between (other columns' lines beside the objective) are the same row's. `sets` are the
 * band sets (page-top pieces, gapless pieces) whose membership the merged band keeps from its first.
 */
function joinObjectiveWrapBands(input: readonly Placed[][], objectiveColumn: number, sets: ReadonlyArray<Set<Placed[]>>): Placed[][] {
  const text = (p: Placed) => (p.line.cells[objectiveColumn] ?? "").trim();
  const out: Placed[][] = [];
  // The index in `out` of the last band holding objective text, while no later band holds any.
  let lastObjective = -1;
  // Each page's widest objective line, in characters (`wrappedFullLine`).
  const widest = new Map<number, number>();
  for (const p of input.flat()) widest.set(p.line.page, Math.max(widest.get(p.line.page) ?? 0, text(p).length));
  for (const band of input) {
    const first = band.find((p) => text(p));
    const open = lastObjective >= 0 ? out[lastObjective]!.findLast((p) => text(p)) : undefined;
    if (first && open && open.line.page === first.line.page && !endsSentence(text(open)) && !/[;:]$/.test(text(open)) && (continuesSentence(text(first)) || ((leadsOn(text(open)) || wrappedFullLine(text(open), text(first), widest.get(open.line.page) ?? 0)) && !opensObjective(text(first)) && !startsWithMarker(text(first))))) {
      const merged = [...out.slice(lastObjective).flat(), ...band];
      for (const set of sets) if (set.has(out[lastObjective]!)) set.add(merged);
      out.splice(lastObjective, out.length - lastObjective, merged);
      continue;
    }
    out.push(band);
    if (first) lastObjective = out.length - 1;
  }
  return out;
}

/**
 * Plain text: the objective's line `upper` stops on a capitalised word (a name that may run on) and
 * was full — its next line's first word and a space would have run past the page's widest objective
 * line (`widest`, characters), and `upper` reaches FULL_LINE_SHARE of it — so the cell wrapped
 * inside the name and `lower` is its rest ("To strengthen the partnership between the United" / "" /
 * "Nations and the Intergovernmental Authority on", corpus16 val16b and val16c v16-008: a name's
 * capital after a whole-width gap of the spaced grid). A line with room left for that word ended its
 * cell. Not after a line ending on a lower-case word: a long first word of the next objective (a
 * noun phrase, "Results-focused management …") overruns a line that ended its objective (corpus
 * dev-031, fresh4 f1-024 lo.txt).
 */
function wrappedFullLine(upper: string, lower: string, widest: number): boolean {
  const word = lower.split(/\s+/)[0] ?? "";
  return widest > 0 && NAME_RUNS_ON.test(upper) && upper.length >= FULL_LINE_SHARE * widest && upper.length + 1 + word.length > widest;
}
/** A line stopping on a capitalised word after another word: a name that may run on ("… the United" / "Nations"). */
const NAME_RUNS_ON = /\s\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * Plain text: how many cells a row cut after band `end` (its bands `start`..`end`) parts in the
 * middle of a wrapped sentence — a column's last line in the row and its next line below the cut
 * read as one sentence: the upper line ends no sentence and either stops on a word that leads on
 * (`leadsOn`: "Appointments from") or the lower goes on in lower case with no marker
 * (`continuesSentence`: "… within the" / "agreed time"). A cell's wrapped lines belong to one row
 * whatever the centring says: pdftotext's half-line grid moves a vertically centred objective by
 * up to a line, so cuts that centre equally well can differ by where they fall in a cell (corpus9
 * d9b txt, corpus10 d10b txt: the last line of an accomplishment read as the next row's first item).
 */
function cellsCutInWrap(page: ReadonlyArray<readonly Placed[]>, start: number, end: number, objectiveColumn: number): number {
  if (end + 1 >= page.length) return 0;
  const width = widestRowOf(page, start, end + 1);
  let cut = 0;
  for (let c = 0; c < width; c++) {
    if (c === objectiveColumn) continue;
    const above = lastWithCell(page, start, end, c);
    const below = firstWithCell(page, end + 1, c);
    if (!above || !below) continue;
    const upper = cellText(above, c);
    const lower = cellText(below, c);
    if (endsSentence(upper) || /[;:]$/.test(upper)) continue;
    if (startsWithMarker(lower)) continue;
    if (leadsOn(upper) || continuesSentence(lower)) cut++;
  }
  return cut;
}
/** A table line's text in column c, trimmed ("" when it has none). */
const lineCellText = (l: TableLine, c: number): string => (l.cells[c] ?? "").trim();
/** A placed line's text in column c, trimmed ("" when it has none). */
const cellText = (p: Placed, c: number): string => lineCellText(p.line, c);
/**
 * The last placed line of bands `start`..`end` with text in column c (what
 * `page.slice(start, end + 1).flat().findLast(…)` finds, without a flattened copy of the bands per
 * column: the row fit asks this for every column of every candidate cut).
 */
function lastWithCell(page: ReadonlyArray<readonly Placed[]>, start: number, end: number, c: number): Placed | undefined {
  for (let b = Math.min(end, page.length - 1); b >= start; b--) {
    const band = page[b]!;
    for (let k = band.length - 1; k >= 0; k--) if (cellText(band[k]!, c)) return band[k];
  }
  return undefined;
}
/** The first placed line from band `from` on with text in column c (`page.slice(from).flat().find(…)`, without the copy). */
function firstWithCell(page: ReadonlyArray<readonly Placed[]>, from: number, c: number): Placed | undefined {
  for (let b = from; b < page.length; b++) for (const p of page[b]!) if (cellText(p, c)) return p;
  return undefined;
}
/** The most cells of any placed line in bands `start`..`end` (0 when none). */
function widestRowOf(page: ReadonlyArray<readonly Placed[]>, start: number, end: number): number {
  let width = 0;
  for (let b = start; b <= end && b < page.length; b++) for (const p of page[b]!) if (p.line.cells.length > width) width = p.line.cells.length;
  return width;
}
/**
 * Plain text, to break ties only: how many cells a row cut after band `end` parts where the
 * column's line above the cut is full — the first word of the column's next line, below the cut,
 * would not have fitted on it (the two with a space between are longer than the column's widest
 * line on the page, `widest`, the line itself near that width: FULL_LINE_SHARE), the line ends
 * no sentence, the next line opens with no number (a value column's next value: "applicable" /
 * "150 days", corpus dev-006 chromium.txt) and no blank line parts the two (one-line items set
 * apart, corpus7 t7c-002 txt). A cell wraps where its next word does
 * not fit; a line with room left ended its item. pdftotext's half-line grid often centres two cuts
 * equally well ("Annual progress reports accepted by the General" / "Assembly" beside a centred
 * objective, corpus9 d9b-010 txt); the full line tells which one keeps the cell whole. Character
 * counts only approximate a proportional font's widths, so the cue weighs no more than a tie.
 */
function cellsCutAtFullLine(page: ReadonlyArray<readonly Placed[]>, start: number, end: number, objectiveColumn: number, widest: readonly number[]): number {
  if (end + 1 >= page.length) return 0;
  let cut = 0;
  // The page's line numbers, gathered once per call when a column first needs them (they were gathered for each column).
  let numbers: ReadonlySet<number> | undefined;
  widest.forEach((width, c) => {
    if (c === objectiveColumn) return;
    const above = lastWithCell(page, start, end, c);
    const below = firstWithCell(page, end + 1, c);
    if (!above || !below) return;
    const upper = cellText(above, c);
    const lower = cellText(below, c);
    // A number opens a value, not a sentence's rest; a blank line between the two ends the cell.
    if (endsSentence(upper) || startsWithMarker(lower) || /^\d/.test(lower) || blankLineBetween((numbers ??= pageLineNumbers(page)), above, below)) return;
    const word = lower.split(/\s+/)[0] ?? "";
    if (upper.length >= FULL_LINE_SHARE * width && upper.length + 1 + word.length > width) cut++;
  });
  return cut;
}
/**
 * A full line reaches at least this share of its column's widest line: a wrapped line falls short
 * of the measure by less than its next word, and the last line of a wrapped cell that a long word
 * happens to overfill is no full line ("improved revenue tools" / "Member States …" in a column 28
 * characters wide, corpus10 d10-013 txt).
 */
const FULL_LINE_SHARE = 0.85;
/** The line numbers of the page's placed lines. */
function pageLineNumbers(page: ReadonlyArray<readonly Placed[]>): Set<number> {
  const numbers = new Set<number>();
  for (const band of page) for (const p of band) numbers.add(p.line.line);
  return numbers;
}
/** A line of the page between `above` and `below` is blank: no table line has its number (the line grid keeps no padding inside a cell). */
function blankLineBetween(numbers: ReadonlySet<number>, above: Placed, below: Placed): boolean {
  for (let n = above.line.line + 1; n < below.line.line; n++) if (!numbers.has(n)) return true;
  return false;
}
/** Per column: the length in characters of its longest cell line among `lines`. */
function widestLines(lines: readonly Placed[]): number[] {
  const widths: number[] = [];
  for (const p of lines) p.line.cells.forEach((c, i) => { widths[i] = Math.max(widths[i] ?? 0, c.trim().length); });
  return widths;
}
/**
 * A row cut that parts a wrapped sentence (`cellsCutInWrap`) costs this many squared leadings per
 * cell: more than the half-line rounding of pdftotext's grid moves a centred objective (a quarter
 * of a leading squared, twice over), less than a row a whole line off its objective's centre.
 */
const WRAP_CUT_COST = 1;

/**
 * Plain text: how many columns a row cut after band `end` leaves mid-sentence — the column's last
 * line in the row (bands `start`..`end`) ends no sentence, the column goes on lower on the page,
 * and its cells on the page end with full stops (MIN_SENTENCE_ENDS lines or more end one). Only
 * to break ties: pdftotext's half-line grid often centres two cuts equally well on the objective,
 * and where a cell ends with a full stop one line further down ("… by the slot date by July" /
 * "2011." over the centred row below, corpus5 g2-006 lo.txt), the cut after it is the row's.
 * Columns whose items end with no full stop (values, unmarked measures) say nothing.
 */
function cellsLeftOpen(page: ReadonlyArray<readonly Placed[]>, start: number, end: number, sentenceColumns: ReadonlySet<number>): number {
  if (end + 1 >= page.length) return 0;
  let open = 0;
  for (const c of sentenceColumns) {
    if (!page.slice(end + 1).some((band) => band.some((p) => cellText(p, c)))) continue;
    let last = "";
    for (let b = end; b >= start && !last; b--) {
      const band = page[b]!;
      for (let k = band.length - 1; k >= 0 && !last; k--) last = cellText(band[k]!, c);
    }
    if (last && !endsSentence(last)) open++;
  }
  return open;
}
/** The columns (not the objective's) whose cells on the page end with full stops: MIN_SENTENCE_ENDS of their lines end a sentence. */
function sentenceColumns(lines: readonly Placed[], objectiveColumn: number): Set<number> {
  const counts = new Map<number, number>();
  for (const p of lines) p.line.cells.forEach((c, i) => {
    if (i !== objectiveColumn && endsSentence(c.trim())) counts.set(i, (counts.get(i) ?? 0) + 1);
  });
  return new Set([...counts].flatMap(([i, n]) => (n >= MIN_SENTENCE_ENDS ? [i] : [])));
}
const MIN_SENTENCE_ENDS = 2;

/**
 * Plain text: how far a row's other cells sit off its objective's centre — the sum of squares, per
 * column with text in the row, of the distance from the middle of its lines to `centre`. In a row
 * whose cells are centred vertically every cell's middle is the row's, so of two cuts that centre
 * the row's whole extent equally well on the objective (pdftotext's grid rounds every line to a
 * half line), the one that centres the cells is the row's: "Tax revenue tools applied by" / "27
 * revenue administrations." ends the row cut at the page top, not the measures of the centred row
 * below, whose lines it would push two lines above that row's middle (corpus8 d8b-007).
 */
function cellsOffCentre(lines: readonly Placed[], objectiveColumn: number, centre: number): number {
  const width = Math.max(0, ...lines.map((p) => p.line.cells.length));
  let sum = 0;
  for (let col = 0; col < width; col++) {
    if (col === objectiveColumn) continue;
    const ys = lines.filter((p) => (p.line.cells[col] ?? "").trim()).map((p) => cellY(p.line, col));
    if (ys.length) sum += ((Math.min(...ys) + Math.max(...ys)) / 2 - centre) ** 2;
  }
  return sum;
}
/**
 * Weight of `cellsOffCentre` in the centring fit: small enough never to outweigh the objective's
 * own centring by a half line (a whole page's cells off by a few lines each stay under it), so it
 * only chooses between cuts the fit leaves tied.
 */
const TIE_BREAK_WEIGHT = 1e-4;

/** The band's objective starts on the band's first line (within CENTRED_OFFSET of a leading): nothing printed above it in the band. */
function opensItsBand(band: readonly Placed[], objectiveColumn: number, leading: number): boolean {
  const first = band.find((p) => (p.line.cells[objectiveColumn] ?? "").trim());
  return !!first && cellY(first.line, objectiveColumn) - lineTop(band[0]!.line) <= CENTRED_OFFSET * leading;
}

/**
 * Plain text, session 40 (h-v810): no row opening at the page's first band (0) and ending at a
 * band from the first objective's (`ob`) to `lastEnd` holds that objective within CUT_ROW_SLACK of
 * its middle. A centred row sets its objective on its middle, so the bands above the objective that
 * pull every such row off centre are not its row's: they are the rest of the row before, cut by the
 * break although that row looked whole on its page (its centred objective printed on its first
 * part's middle). corpus8 d8e-002: "Gender parity targets for / uniformed personnel / progressively
 * met" beside "Women among deployed staff officers", five lines over "To ensure that mandates",
 * whose seven-line row is centred on it, gives that row a middle 2.5 lines above its objective.
 * Where a row taking those bands can still be centred by running lower, the fit decides as before
 * (corpus8 d8d-018: a measure at the page top centred with the next objective's tall row).
 */
function uncentredFromTop(lastEnd: number, ob: number, centre: (band: number) => number, top: (band: number) => number, bottom: (band: number) => number, leading: number): boolean {
  if (ob === 0) return false;
  for (let end = ob; end <= lastEnd; end++) if (Math.abs(centre(ob) - (top(0) + bottom(end)) / 2) <= CUT_ROW_SLACK * leading) return false;
  return true;
}

/**
 * The page's last row, its objective centred at `centre`, its lines from `top` to
 * `bottom`, was cut by the page break: its objective sits a line or more above the middle of its
 * part (a split row's first part opens every cell at its top). A centred row that ends its page
 * whole leaves the next page's lines above its first objective to that objective's own row.
 */
function rowCutAtFoot(centre: number, top: number, bottom: number, leading: number): boolean {
  return (top + bottom) / 2 - centre >= CUT_ROW_SLACK * leading;
}

/**
 * Plain text, session 44 (h-mid44): the page's last row, its objective centred at `centre`, its lines
 * from `top` to `bottom`, was cut by the page break and goes on at the next page's top: its objective
 * sits a line or more *below* the middle of its part. A producer that centres a cut row's cell in the
 * whole row (pdfmake, `verticalAlignment: middle` on a rowSpan objective) prints it there, the row's
 * rest lying under the break; a whole centred row has its objective on its middle, and producers that
 * centre a cut cell in neither part print it at the part's top (`rowCutAtFoot`). The next page's lines
 * above its first objective may then be this row's rest (corpus19 val19b v19-001: "Cholera treatment
 * centres / operating 37 ≥ 45" at the top of page 2 had opened the row below).
 */
function centredOverBreak(centre: number, top: number, bottom: number, leading: number): boolean {
  return centre - (top + bottom) / 2 >= CUT_ROW_SLACK * leading;
}

/**
 * The page's last row, its objective's lines from `first` to `last`, spans its whole part on the
 * page (from `top` to `bottom`): a row cut by the break (every cell printed at the top of its first
 * part) and a whole row as tall as its objective look the same, so the next page's lines above its
 * first objective decide — the centring fit gives them to this row when they centre the next
 * objective's row worse (corpus9 d9b-002 txt: a cut row of three sub-rows whose first fitted the
 * page; corpus7 t7c-016 docx.pdf, the same in LibreOffice's PDF with little cell padding, where the
 * cut row's rest and the next row share one band at the page top).
 */
function objectiveFillsPart(first: number, last: number, top: number, bottom: number, leading: number): boolean {
  return first - top <= CENTRED_OFFSET * leading && bottom - last <= CENTRED_OFFSET * leading;
}

/**
 * Does a row starting at `lines[0]` open some column (not the objective's) with a list item past
 * the first — "(f)", "b)", "3.", "(iv)" — when that column's lists further down the page open with a first
 * item ("(a)", "1.", "(i)")? Lettered and numbered lists restart in each cell, so their later items
 * go on with the row above.
 */
function opensListMidway(lines: readonly Placed[], objectiveColumn: number): boolean {
  const width = lines[0]?.line.cells.length ?? 0;
  for (let i = 0; i < width; i++) {
    if (i === objectiveColumn) continue;
    const firstCell = lines.find((p) => (p.line.cells[i] ?? "").trim())?.line.cells[i]?.trim() ?? "";
    const marker = ORDINAL_MARKER.exec(firstCell)?.[1];
    if (!marker || FIRST_ORDINAL.test(marker)) continue;
    // The column numbers its items (some cell opens with a first item): a list, not a stray letter.
    if (lines.some((p) => FIRST_ORDINAL.test(ORDINAL_MARKER.exec((p.line.cells[i] ?? "").trim())?.[1] ?? ""))) return true;
  }
  return false;
}
/** An item's ordinal marker: the list numbers of vocab/markers ("(f)", "b)", "3.", "(iv)", "12)") and a letter's or roman numeral's with a dot ("b.", "iv."). */
const ORDINAL_MARKER = new RegExp(String.raw`^(${LIST_NUMBER}|(?:[a-z]|[ivx]{1,5})\.)\s`);
/** The first item of a list: "(a)", "a)", "a.", "(i)", "i)", "1.", "1)", "(1)". */
const FIRST_ORDINAL = /^\(?(?:a|i|1)[.)]$/;
/**
 * Plain text: a row opening at a line that no whole-width gap sets apart from the line above, inside
 * a band above its first objective (`splitSharedBands`), costs this many squared leadings in the
 * centring fit: the band's own gap is the likelier row boundary, and pdftotext's half-line grid
 * moves a centred objective by up to a line (corpus4 f1-011 chromium.txt: a cut there centred the
 * rows less than a line² better, and was wrong; corpus dev-006 page 3: about two better, and right).
 */
const GAPLESS_CUT_COST = 1;
/** A row opening a list midway costs this many squared leadings per band of the page: more than any centring error. */
const MID_LIST_COST = 1000;

/**
 * Plain text: the bands of a page, before band `before` (its first objective's), that the row cut
 * on the page before keeps: up to the last band holding a column's first line on the page that
 * goes on with a sentence (lower case, see `continuesSentence`). Such a line is the rest of a cell
 * the break cut; no row opens with one, and rows do not interleave, so neither does the next row
 * start above it, however well its objective would centre with it (corpus9 d9b-019: "intelligence
 * units trained" under the page's running head went to the centred row below). So does a column's
 * first line on the page without a marker in a column whose items carry them (`marked`), whatever
 * its case: the rest of the item above the break ("Member States" at the page top, the end of "-
 * Staff drawn from a wider range of", corpus8 d8d-014 txt; `restOfMarkedItem` in a PDF). So does a
 * column's first line numbered on from the row above the break (`numberedRestEnd`). 0 when none.
 */
function cutRowRestEnd(page: ReadonlyArray<readonly Placed[]>, before: number, objectiveColumn: number, marked: MarkedColumns = () => NO_COLUMNS, previous?: readonly Placed[]): number {
  const cut = previous?.length ? cutRowBlock(previous) : null;
  return firstCellLinesEnd(page, before, objectiveColumn, (line, i, c) => continuesSentence(c) || (marked(line).has(i) && !startsWithMarker(c.trim())) || (cut !== null && continuesNumbering(cut, line, i)));
}
/**
 * Plain text: the bands before band `before` up to the last whose column's first line on the page
 * opens with the list number after the last one the row before the break (`previous`) opened in
 * that column ("3. Briefings …" at the page top under "1. …", "2. …" on the page before): that
 * row's list goes on, so the line is the cut row's rest, as a lower-case line is; the next row
 * numbers its items from the first again (corpus18 val18b v18-007 txt, jspdf-autotable `valign:
 * middle`, `rowPageBreak: 'auto'`: "3." had gone to the centred row below, whose own list opens
 * "1." on the next line). `continuesNumbering`, as rows.ts reads it. 0 when none.
 */
function numberedRestEnd(page: ReadonlyArray<readonly Placed[]>, before: number, objectiveColumn: number, previous: readonly Placed[]): number {
  const cut = cutRowBlock(previous);
  return firstCellLinesEnd(page, before, objectiveColumn, (line, i) => continuesNumbering(cut, line, i));
}
/** The row cut by the page break (its placed lines on the page before) as the block `continuesNumbering` reads. */
function cutRowBlock(previous: readonly Placed[]): RowBlock {
  return { lines: previous.map((p) => p.line), ambiguous: null };
}
/** The bands before band `before` up to the last holding a column's first cell line on the page (objective column aside) that `rest` reads as a cut row's rest; 0 when none. */
function firstCellLinesEnd(page: ReadonlyArray<readonly Placed[]>, before: number, objectiveColumn: number, rest: (line: TableLine, column: number, cell: string) => boolean): number {
  const seen = new Set<number>();
  let end = 0;
  for (let b = 0; b < before; b++) {
    for (const p of page[b]!) {
      for (const [i, c] of p.line.cells.entries()) {
        if (i === objectiveColumn || seen.has(i) || !c.trim()) continue;
        seen.add(i);
        if (rest(p.line, i, c)) end = b + 1;
      }
    }
  }
  return end;
}

/**
 * Does a page's table text open in the middle of a sentence before its first objective: some
 * column's first cell line on the page goes on in lower case (the rest of a cell cut by the break)?
 */
function opensMidSentence(page: readonly Placed[], objectiveColumn: number): boolean {
  const seen = new Set<number>();
  for (const p of page) {
    if ((p.line.cells[objectiveColumn] ?? "").trim()) return false;
    for (const [i, c] of p.line.cells.entries()) {
      if (i === objectiveColumn || seen.has(i) || !c.trim()) continue;
      if (continuesSentence(c)) return true;
      seen.add(i);
    }
  }
  return false;
}

/**
 * In pdftotext's line grid another column's lines push an objective's wrapped lines up to two
 * lines apart; only a gap wider than this many lines separates two objectives there.
 */
const TEXT_OBJECTIVE_GAP_LINES = 3;
/** Line gaps within this share of the leading of the widest are as wide (rounding of positions). */
const TIED_GAP_SHARE = 0.05;

/** Two objectives this far apart in their column are two rows, whatever lies between in other columns. */
const objectiveGap = (leading: number, positioned: boolean) => leading * (positioned ? CELL_GAP_FACTOR : TEXT_OBJECTIVE_GAP_LINES);

/**
 * A band can hold two objectives when the producer left no whole-width gap between their rows.
 * In the objective column itself they are still apart (`objectivesApart`). Such a
 * band is cut between the two, at its widest line gap there (positioned text), or at each line
 * between them that may open a row (plain text), leaving the choice to the centring fit.
 */
function splitSharedBands(input: Placed[][], objectiveColumn: number, apartGap: number, positioned: boolean, leading: number, pageTopPieces: Set<Placed[]> = new Set(), tableOf?: (line: TableLine) => string, gaplessPieces: Set<Placed[]> = new Set()): Placed[][] {
  const text = (p: Placed) => (p.line.cells[objectiveColumn] ?? "").trim();
  const out: Placed[][] = [];
  const marked: MarkedColumns = positioned ? () => NO_COLUMNS : markedColumnsPerTable(input.flat(), objectiveColumn, tableOf);
  // The first lines of the pieces cut from the lines above a later page's first objective.
  const pieceStarts = new Set<Placed>();
  // The first lines of the pieces cut above a band's first objective where no gap shows (see below).
  const gaplessStarts = new Set<Placed>();
  // A line that goes on with a cell: lower case, or no marker in a column whose items carry them,
  // or under a line of its column that cannot end an item (see `goesOnCell`).
  const goesOn = (band: readonly Placed[], k: number, from: number) => band[k]!.line.cells.some((_, i) => goesOnCell(band, k, i, from, marked));
  input.forEach((band, b) => {
    let from = 0;
    let prev = -1;
    // Positioned text: a later page's first objective opens its own band, and the band right above
    // it holds the rest of the row the break cut and this row's upper half with no gap wide enough
    // to part them as bands: cut it at its padding, as when both share the objective's band.
    const above = out[out.length - 1];
    if (positioned && above && text(band[0]!) && restAboveFirstObjective(input, b, text) && above.length === input[b - 1]!.length && above[0] === input[b - 1]![0]) {
      const cuts = restPaddingCuts(above, leading);
      if (cuts.length) {
        out.pop();
        let start = 0;
        for (const cut of cuts) {
          out.push(above.slice(start, cut));
          pieceStarts.add(above[cut]!);
          start = cut;
        }
        out.push(above.slice(start));
      }
    }
    band.forEach((p, i) => {
      if (!text(p)) return;
      // Plain text, lines above a band's first objective. When the band opens a later page: the
      // rest of a row cut by the break, the upper half of this objective's centred row, or both.
      // pdftotext keeps no gap between them, so every line there that may open a row is a place to
      // cut, as between two objectives, and the centring fit chooses (groupCentredRows gives the
      // lines above the page's first row to the row cut on the page before). On the same page, a
      // whole-width gap above them: they may end the row above (its last sub-row, set apart from
      // the one before by padding as the rows are, and glued to this row by pdftotext's grid:
      // corpus dev-006 chromium.txt "• Number of national officials trained 23 (2015) 40"); every
      // line there that may open a row is a place to cut, at a cost in the centring fit
      // (GAPLESS_CUT_COST). Either way the objective's first line is no place to cut when a line
      // beside the objective goes on with a cell above it (`objectiveRowStart`): rows do not
      // interleave ("Increase in the number of" / "advisory missions undertaken" above "To improve
      // compliance with the", the measure's "from 11 in 2020 to 26 in" beside it, corpus dev-002 lo.txt).
      if (!positioned && prev < 0 && i > 0 && b > 0) {
        const pageTop = input[b - 1]![0]!.line.page !== p.line.page;
        const starts = pageTop ? pieceStarts : gaplessStarts;
        out.push([band[0]!]);
        const first = out.length;
        pushSegments(band, 0, 1, i, out, goesOn, marked, objectiveColumn);
        for (const piece of out.slice(first)) starts.add(piece[0]!);
        starts.add(p);
        from = objectiveRowStart(band, i, 0, out, first - 1, marked, objectiveColumn, apartGap);
      } else if (positioned && prev < 0 && i > 0 && b > 0 && input[b - 1]![0]!.line.page !== p.line.page) {
        // Positioned text: the same lines, but the padding between the cut row's rest and the next
        // row's upper half shows as the widest line gap above the objective (see `paddingCuts`).
        for (const cut of paddingCuts(band, i, leading)) {
          out.push(band.slice(from, cut));
          pieceStarts.add(band[cut]!);
          from = cut;
        }
      }
      // Plain text: two objectives can sit on consecutive lines of the grid ("… and Rules." /
      // "To purchase …", the padding between the rows lost), the band is cut right there.
      // Positioned text: so can two rows packed with less than cell padding between them, when
      // the objective's next line opens a new one ("… manner." / "To manage …") and sits further
      // below than a wrapped line would (the padding, however little, shows).
      const consecutive = prev >= 0 && i === prev + 1 && objectivesApart(band[prev]!, p, text(band[prev]!), text(p), apartGap, objectiveColumn);
      if (consecutive && (!positioned || pastWrapStep(band[prev]!, p, objectiveColumn, leading))) {
        out.push(band.slice(from, i));
        from = i;
      } else if (prev >= 0 && i > prev + 1) {
        const a = band[prev]!, b = p;
        const apart = objectivesApart(a, b, text(a), text(b), apartGap, objectiveColumn);
        if (apart && !positioned) {
          // Plain text: the line grid keeps no trace of the padding between two rows (Chromium's
          // text has no blank line there, and every gap is one grid line), so a "widest gap" is
          // only the first line after the objective. Every line between the two objectives may
          // start the next row instead, and the centring fit chooses — except a line that goes on
          // with a cell's sentence in lower case, which stays with the line above.
          // Segments of this band by their first line, so that a continuation can reach back over
          // lines of other columns interleaved between its column's lines (Chromium's grid:
          // "(i) Reduction in the time taken to" / "➢ Greater monitoring of" / "complete an …").
          out.push(band.slice(from, prev + 1));
          const kept = out.length;
          pushSegments(band, from, prev + 1, i, out, goesOn, marked, objectiveColumn);
          from = objectiveRowStart(band, i, prev + 1, out, kept, marked, objectiveColumn, apartGap);
        } else if (apart) {
          // Cut at the widest line gap between the two objectives; where several gaps are that
          // wide (items of a list set apart by the same paragraph spacing, none wider between the
          // rows), at each of them, and the centring fit chooses which of the pieces go with which row.
          const gaps: number[] = [];
          for (let k = prev + 1; k <= i; k++) gaps.push(lineTop(band[k]!.line) - lineBottom(band[k - 1]!.line));
          const widest = Math.max(...gaps);
          gaps.forEach((gap, g) => {
            if (gap < widest - TIED_GAP_SHARE * leading) return;
            const cut = prev + 1 + g;
            out.push(band.slice(from, cut));
            from = cut;
          });
        }
      }
      prev = i;
    });
    out.push(band.slice(from));
  });
  const pieces = out.filter((b) => b.length > 0);
  for (const piece of pieces) if (pieceStarts.has(piece[0]!)) pageTopPieces.add(piece);
  for (const piece of pieces) if (gaplessStarts.has(piece[0]!)) gaplessPieces.add(piece);
  return pieces;
}

/** Of `starts`, those at or below the cut row's rest (`cutRowRestEnd`); all of them when none is. */
function pageTopStarts(starts: number[], restEnd: number): number[] {
  const below = starts.filter((s) => s >= restEnd);
  return below.length ? below : starts;
}

/**
 * Where the page's first row may start, of `starts` (band indexes): not at a band that opens with
 * the rest of a marked item — a line without its column's marker, which a page break cut from its
 * item on the page before (`restOfMarkedItem`). All of `starts` when every one does.
 */
function firstRowStarts(starts: number[], page: ReadonlyArray<readonly Placed[]>, marked: MarkedColumns, objectiveColumn: number): number[] {
  const open = starts.filter((s) => !restOfMarkedItem(page[s]![0], marked, objectiveColumn));
  return open.length ? open : starts;
}
/**
 * Positioned text: a line whose cell in a column of marked items opens without a marker, and
 * none of whose cells opens an item: the rest of the item above it, never a row's first line
 * (plain text reads the same in `goesOnCell`). A vertically centred row under a page break
 * (LibreOffice, borderless): "Member States" at the page top, the end of "- Staff drawn from a
 * wider range of" at the foot of the page before, had opened the next row (corpus8 d8d-014).
 */
function restOfMarkedItem(p: Placed | undefined, marked: MarkedColumns, objectiveColumn: number): boolean {
  if (!p) return false;
  const columns = marked(p.line);
  let rest = false;
  for (const [i, raw] of p.line.cells.entries()) {
    const c = raw.trim();
    if (!c) continue;
    if (i === objectiveColumn || startsWithMarker(c)) return false;
    if (columns.has(i)) rest = true;
  }
  return rest;
}

/**
 * Positioned text: where the lines of a page's first band above its first objective (band line
 * `objective`) may be cut between the rest of a row cut by the page break and the upper half of
 * the objective's centred row: at the widest line gap there (the cells' padding; every gap as wide
 * within TIED_GAP_SHARE of the leading), and only when it is wider than the narrowest (no padding
 * shows between lines set at one leading) or it is the only gap.
 */
function paddingCuts(band: readonly Placed[], objective: number, leading: number): number[] {
  const gaps: number[] = [];
  for (let k = 1; k <= objective; k++) gaps.push(lineTop(band[k]!.line) - lineBottom(band[k - 1]!.line));
  const widest = Math.max(...gaps), narrowest = Math.min(...gaps);
  if (gaps.length > 1 && widest - narrowest <= TIED_GAP_SHARE * leading) return [];
  return gaps.flatMap((gap, g) => (gap >= widest - TIED_GAP_SHARE * leading ? [g + 1] : []));
}

/**
 * Band `b` opens with its objective on a later page of the table, and the page's bands before it
 * hold no objective: the band right above it is the rest of the row cut by the break, the upper
 * half of this objective's centred row, or both.
 */
function restAboveFirstObjective(input: ReadonlyArray<readonly Placed[]>, b: number, text: (p: Placed) => string): boolean {
  const page = input[b]![0]!.line.page;
  if (b === 0 || input[b - 1]![0]!.line.page !== page || input[0]![0]!.line.page === page) return false;
  for (let k = b - 1; k >= 0 && input[k]![0]!.line.page === page; k--) if (input[k]!.some((p) => text(p))) return false;
  return true;
}

/**
 * Where a band of a page's top with no objective may be cut between the rest of a row cut by the
 * break and the upper half of the next centred row: its widest line gaps (`paddingCuts` over all its
 * lines), when the band has two gaps or more and the widest is wider than a wrapped line's step by
 * cell padding (PADDED_STEP of the leading) — no row boundary inside one wrapped cell.
 */
function restPaddingCuts(band: readonly Placed[], leading: number): number[] {
  if (band.length < 3) return [];
  let widest = 0;
  for (let k = 1; k < band.length; k++) widest = Math.max(widest, lineTop(band[k]!.line) - lineBottom(band[k - 1]!.line));
  return widest >= PADDED_STEP * leading ? paddingCuts(band, band.length - 1, leading) : [];
}
/**
 * A line gap this many leadings wide has cell padding in it: a wrapped line is one leading below
 * the line above, and rows cut apart here show padding of 0.3–0.5 of a leading (LibreOffice's 16.7 pt
 * between sub-rows at an 11.6 pt leading, corpus7 t7b-013), short of CELL_GAP_FACTOR.
 */
const PADDED_STEP = 1.2;

/**
 * Plain text: the band line where the row of the objective opening on band line `at` starts at the
 * latest, the pieces `pushSegments` cut above it (from `out[kept]` on, none above band line
 * `floor`) taken back where that line lies above them. An objective's first line opens its row,
 * unless another column's line beside the objective's lines goes on with a cell above them (lower
 * case, or no marker in a marked column: "days in 2010 to 15 days in 2011." beside "To support the
 * use of", the measure's "Reduction in the average time to" three grid lines up; "extrabudgetary"
 * a line under "To enhance the", "Insufficient" a line above it): rows do not interleave, so that
 * cell's line above is the row's too. LibreOffice centres objectives in rows of several items, and
 * pdftotext keeps no gap between such rows (corpus5 g2-006, corpus2 d2-005 lo.txt). The pieces so
 * taken back go with the objective's row; the centring fit still chooses where above them the row
 * starts. `at` itself when nothing goes on.
 */
function objectiveRowStart(band: readonly Placed[], at: number, floor: number, out: Placed[][], kept: number, marked: MarkedColumns, objectiveColumn: number, apartGap: number): number {
  const text = (k: number) => (band[k]!.line.cells[objectiveColumn] ?? "").trim();
  // The objective's lines: on to the next objective of the band (lines of other columns between).
  let last = at;
  for (let k = at + 1; k < band.length; k++) {
    if (!text(k)) continue;
    if (objectivesApart(band[last]!, band[k]!, text(last), text(k), apartGap, objectiveColumn)) break;
    last = k;
  }
  let back = at;
  for (let k = at; k <= last; k++) back = Math.min(back, continuedFrom(band, k, floor, marked, objectiveColumn));
  if (back >= at) return at;
  let start = at;
  while (out.length > kept && start > back) {
    const piece = out.pop()!;
    start = band.indexOf(piece[0]!);
  }
  return start;
}

/**
 * Plain text: the segments of band lines `from`..`to` (exclusive) where a row may start, after
 * the segment `out` ends with, which opens at line `first`. A line that goes on with a cell's
 * sentence stays with the line above — and with every segment back to that cell's previous line,
 * since pdftotext interleaves other columns' lines between a cell's own (Chromium's grid:
 * "(i) Reduction in the time taken to" / "➢ Greater monitoring of" / "complete an …").
 */
function pushSegments(band: readonly Placed[], first: number, from: number, to: number, out: Placed[][], goesOn: (band: readonly Placed[], k: number, from: number) => boolean, marked: MarkedColumns, objectiveColumn: number): void {
  const firsts = [first];
  for (let k = from; k < to; k++) {
    if (!goesOn(band, k, first)) {
      firsts.push(k);
      out.push([band[k]!]);
      continue;
    }
    out[out.length - 1]!.push(band[k]!);
    const back = continuedFrom(band, k, first, marked, objectiveColumn);
    while (firsts.length > 1 && firsts[firsts.length - 1]! > back) {
      firsts.pop();
      const tail = out.pop()!;
      out[out.length - 1]!.push(...tail);
    }
  }
}

/**
 * Plain text: the earliest band line (from `from` on) whose cell a line goes on with — for each
 * column where line `k` goes on with a sentence (lower case, or no marker in a marked column), the
 * column's previous line with text. pdftotext interleaves the columns' lines, so that line may lie
 * a grid line or more above, across lines of other columns; `k` itself when there is none.
 */
function continuedFrom(band: readonly Placed[], k: number, from: number, marked: MarkedColumns, objectiveColumn: number): number {
  let back = k;
  band[k]!.line.cells.forEach((_, col) => {
    if (col === objectiveColumn || !goesOnCell(band, k, col, from, marked)) return;
    const j = previousCellLine(band, k, col, from);
    if (j >= 0) back = Math.min(back, j);
  });
  return back;
}

/**
 * Plain text: does band line `k` go on with the cell of column `col` above it (lines from `from`
 * on)? It opens in lower case, or without a marker in a column whose items carry them, or the
 * column's line above stops where no item ends — on an article, preposition or conjunction
 * ("Tax revenue tools applied by" / "27 revenue administrations.": a digit or capital there opens
 * no item) — not under a column whose items carry markers: there a marker opens an item.
 */
function goesOnCell(band: readonly Placed[], k: number, col: number, from: number, markedOf: MarkedColumns): boolean {
  const c = (band[k]!.line.cells[col] ?? "").trim();
  if (!c) return false;
  const marked = markedOf(band[k]!.line);
  if (continuesSentence(c) || (marked.has(col) && !startsWithMarker(c))) return true;
  // An item marker opens an item whatever the line above stops on: "acted upon" / "1. Oversight"
  // ends one numbered accomplishment and opens the next (corpus8 d8b-007).
  if (marked.has(col)) return false;
  const j = previousCellLine(band, k, col, from);
  const above = j >= 0 ? (band[j]!.line.cells[col] ?? "").trim() : "";
  return /\p{L}/u.test(above) && (leadsOn(above) || yearAfterMonth(above, c));
}

/** The band line above `k` (down to `from`) with text in column `col`, or -1. */
function previousCellLine(band: readonly Placed[], k: number, col: number, from: number): number {
  for (let j = k - 1; j >= from; j--) if ((band[j]!.line.cells[col] ?? "").trim()) return j;
  return -1;
}

/**
 * Columns (not the objective's) whose items carry markers: at least MIN_MARKED_LINES of their cell
 * lines open with one. There a line without a marker is the rest of the item above, never a
 * row's first line, whatever its case ("100% of the approved" under "• Budget implementation
 * rate between 95% and").
 */
function markedColumns(lines: readonly Placed[], objectiveColumn: number): Set<number> {
  const counts = new Map<number, number>();
  for (const p of lines) {
    p.line.cells.forEach((c, i) => {
      if (i !== objectiveColumn && startsWithMarker(c.trim())) counts.set(i, (counts.get(i) ?? 0) + 1);
    });
  }
  return new Set([...counts].flatMap(([i, n]) => (n >= MIN_MARKED_LINES ? [i] : [])));
}
/** Per table line, the columns whose items carry markers in that line's table (see `markedColumnsPerTable`). */
type MarkedColumns = (line: TableLine) => ReadonlySet<number>;
const NO_COLUMNS: ReadonlySet<number> = new Set();

/**
 * `markedColumns` judged per table (`tableOf`: lines under one header wording, however often it is
 * printed): tables with another header wording that the table reader runs together (column
 * roles alike: "OUTCOMES" over `▪` items, then "EXPECTED RESULTS" over unmarked one-item cells,
 * corpus9 d9b-002) may mark their items differently, and an unmarked table's capitalised lines
 * are places a row may start, not the rest of a marked item. Without `tableOf`, one table.
 *
 * A table sets its column apart from the whole only on evidence of its own (`unmarkedOnItsOwn`):
 * a column the whole marks stays marked in a table whose lines there open with a marker at all
 * (one or two markers are too few to mark a column alone, not a sign of unmarked items), or that
 * has too few lines there to tell (a part holding a row's last lines).
 */
function markedColumnsPerTable(lines: readonly Placed[], objectiveColumn: number, tableOf?: (line: TableLine) => string): MarkedColumns {
  const all = markedColumns(lines, objectiveColumn);
  if (!tableOf || all.size === 0) return () => all;
  const groups = new Map<string, Placed[]>();
  for (const p of lines) {
    const key = tableOf(p.line);
    const own = groups.get(key);
    if (own) own.push(p);
    else groups.set(key, [p]);
  }
  const marked = new Map([...groups].map(([key, own]) => [key, new Set([...all].filter((i) => !unmarkedOnItsOwn(own, i)))]));
  return (line) => marked.get(tableOf(line)) ?? all;
}

/** A table's column (`i`) shows unmarked items: at least MIN_MARKED_LINES cell lines, none opening with a marker. */
function unmarkedOnItsOwn(lines: readonly Placed[], i: number): boolean {
  const cells = lines.map((p) => (p.line.cells[i] ?? "").trim()).filter((c) => c !== "");
  return cells.length >= MIN_MARKED_LINES && !cells.some((c) => startsWithMarker(c));
}

/** A column shows that its items carry markers when this many of its lines open with one. */
const MIN_MARKED_LINES = 3;

/**
 * Two lines of the objective column, other lines between them, belong to two objectives: more
 * than `apartGap` apart, or a capital after a finished sentence, or an objective's own opening
 * ("To …" or its label "Objective 2: To …", which no wrapped objective line starts with).
 */
function objectivesApart(a: Placed, b: Placed, textA: string, textB: string, apartGap: number, column: number): boolean {
  // Its marker first: "2. To improve …" in a column that numbers its objectives opens one as "To …" does.
  return cellY(b.line, column) - cellY(a.line, column) > apartGap || (endsSentence(textA) && /^\p{Lu}/u.test(textB)) || opensObjective(stripBullet(textB).text);
}

/** Line `b` of a column sits further below line `a` than the leading plus its tolerance: not `a`'s wrapped line. */
function pastWrapStep(a: Placed, b: Placed, column: number, leading: number): boolean {
  return cellY(b.line, column) - cellY(a.line, column) - leading > Math.max(MIN_TOLERANCE_PT, LEADING_TOLERANCE * leading);
}

/**
 * Plain text: an objective's first two lines sit on every other grid line, other columns' text on
 * the lines around and between them and none beside its first: pdftotext interleaves cells whose
 * baselines lie half a line apart. A top-aligned row opens every cell on one baseline, the
 * objective's too; a centred objective sits half a line off whenever its row's other cells are
 * an odd number of lines taller (corpus7 d7-020: "Objective 5: To strengthen the" between a
 * measure's "… by December" and "2012.", a whole page of centred rows read top-aligned).
 */
function interleavedStart(band: readonly Placed[], start: Placed, objectiveColumn: number): boolean {
  const at = band.indexOf(start);
  const before = band[at - 1]?.line, between = band[at + 1]?.line, second = band[at + 2]?.line;
  if (!before || !between || !second) return false;
  const others = (l: TableLine) => l.cells.some((c, i) => i !== objectiveColumn && c.trim());
  const own = (l: TableLine) => !!(l.cells[objectiveColumn] ?? "").trim();
  return !others(start.line) && others(before) && others(between) && !own(between) && own(second);
}

/**
 * Plain text: a band's first objective opens the band alone on its line, the line right under it
 * holds other columns' text and none of the objective's, and the objective goes on on the line
 * after: pdftotext interleaves cells whose baselines lie half a line apart, which a top-aligned
 * row never shows (every cell opens on its first baseline). A centred objective one line taller
 * than its row's other cells does (corpus10 d10-013: "To support member States" / "Innovation
 * policies … 45 national statistical offices" / "in designing inclusive").
 */
function interleavedOpening(band: readonly Placed[], start: Placed, objectiveColumn: number): boolean {
  const at = band.indexOf(start);
  const between = band[at + 1]?.line, second = band[at + 2]?.line;
  if (at !== 0 || !between || !second) return false;
  const others = (l: TableLine) => l.cells.some((c, i) => i !== objectiveColumn && c.trim());
  const own = (l: TableLine) => !!(l.cells[objectiveColumn] ?? "").trim();
  return !others(start.line) && others(between) && !own(between) && own(second) && second.y - start.line.y < 3 * (between.y - start.line.y);
}

/**
 * Plain text: a later objective's first line leaves a column empty that has text on the grid lines
 * right above and right below it — the other cells of the line may hold text (`interleavedStart`
 * asks for the objective alone). pdftotext interleaves cells whose baselines lie half a line apart:
 * that column's lines sit half a line off the objective's. A top-aligned row opens every cell on its
 * objective's first line, so no column of it is empty there and filled on the very next line; a
 * centred objective sits between its row's sub-rows wherever their cells are an odd number of lines
 * taller. The column's own cells may open anew on both sides (sub-rows of measures and values) or go
 * on across the line (a centred accomplishment's wrap). (corpus20 val20e v20e-019: "To improve the
 * geographical" beside the accomplishment "Appraisals finalized on schedule." — centred itself, it
 * shares the objective's line — between the sub-rows "Average days to fill a vacant post. 69 days" and
 * "Appraisals completed on time. 81%"; val20f v20f-018: "To prepare system-wide" beside a measure,
 * between "its high-level committees" and "serviced.")
 */
function columnSkipsObjectiveLine(band: readonly Placed[], start: Placed, objectiveColumn: number, pitch: number): boolean {
  const at = band.indexOf(start);
  const above = band[at - 1]?.line, below = band[at + 1]?.line;
  if (!above || !below || !nextGridLine(above, start.line, pitch) || !nextGridLine(start.line, below, pitch)) return false;
  const filled = (l: TableLine, i: number) => !!(l.cells[i] ?? "").trim();
  return above.cells.some((_, i) => i !== objectiveColumn && !filled(start.line, i) && filled(above, i) && filled(below, i));
}

/**
 * Plain text: how many grid lines of a band hold a whole one-line text cell set half a line into
 * another column's wrapped item (`cellInsideWrap`). Producers set one vertical alignment for a
 * table's cells: a one-line measure or accomplishment centred on its sub-row's two-line neighbour
 * is a centred table's, whatever its objectives show. (Session 42, h-cent42, counted any cell
 * there; session 43, h-ce43, only a whole text item: see `cellInsideWrap`.)
 */
function cellsInsideWraps(band: readonly Placed[], objectiveColumn: number, leading: number): number {
  let n = 0;
  for (let k = 1; k + 1 < band.length; k++) if (cellInsideWrap(band, k, objectiveColumn, leading)) n++;
  return n;
}

/**
 * Plain text: on three consecutive grid lines (`above`, `line`, `below`, a leading apart), some
 * column other than the objective's has text on `above` and `below`, the second going on with the
 * first's sentence (lower case), and nothing on `line`; and another column (not the objective's)
 * holds a whole one-line text item on `line` (`loneTextItem`). pdftotext gives a line of its own
 * to a baseline half a line off its neighbours': the one-line cell sits on the middle of the
 * two-line item beside it. A top-aligned row opens every cell on its first baseline, so the
 * one-line cell would share the item's first line.
 * Not a value (Target, Baseline: a short figure): templates centre value cells in top-aligned tables
 * (session 42's losses, corpora 2, 3, 5, 7). Not a cell whose column has text on the grid line two
 * above or two below: two multi-line cells whose lines are set at different pitches (paragraph
 * spacing, font size) interleave the same way in top-aligned rows (corpus3 d3-001's "– Reduction in
 * the average time for" between the lines of a risk, going on two lines lower).
 */
function cellInsideWrap(band: readonly Placed[], k: number, objectiveColumn: number, leading: number): boolean {
  const above = band[k - 1]!.line, line = band[k]!.line, below = band[k + 1]!.line;
  if (!nextGridLine(above, line, leading) || !nextGridLine(line, below, leading)) return false;
  const has = (l: TableLine, c: number) => !!lineCellText(l, c);
  const columns = line.cells.length;
  let wrapped = false, inside = false;
  for (let c = 0; c < columns; c++) {
    if (c === objectiveColumn) continue;
    if (has(above, c) && has(below, c) && !has(line, c) && continuesSentence(below.cells[c] ?? "")) wrapped = true;
    else if (has(line, c) && !has(above, c) && !has(below, c) && loneTextItem(band, k, c, leading)) inside = true;
  }
  return wrapped && inside;
}

/**
 * Plain text: the cell of column `c` on the band's line `k` is a whole text item of one line: it
 * opens an item (a capital, a figure, a marker), is no value cell, and its column holds nothing on
 * the grid lines two above and two below (where those lie in the band, a leading apart).
 */
function loneTextItem(band: readonly Placed[], k: number, c: number, leading: number): boolean {
  const cell = cellText(band[k]!, c);
  if (!opensItem(cell) || isValueCell(cell)) return false;
  const twoAway = (j: number, from: number) => {
    const l = band[j]?.line, mid = band[from]?.line;
    return !!l && !!mid && (j < from ? nextGridLine(l, mid, leading) : nextGridLine(mid, l, leading)) && !!lineCellText(l, c);
  };
  return !twoAway(k - 2, k - 1) && !twoAway(k + 2, k + 1);
}

const opensItem = (cell: string) => /^\p{Lu}|^\p{N}/u.test(cell) || startsWithMarker(cell);

/** Votes for centring of a sign that a top-aligned row cannot show (see `objectivesCentred`). */
const CONTRADICTS_TOP = 2;

/**
 * Plain text: a later objective of a band opens alone on its line, and the grid line right under
 * it opens items in other columns (no sentence going on from above). A top-aligned row opens every
 * cell on its objective's first line, right under the row before, so its other cells cannot open a
 * line lower; a centred objective taller than its row's cells does (corpus10 d10b-018: "To recruit
 * staff from unrepresented" alone, "Number of appointments …" and its values on the line under it).
 */
function cellsOpenBelow(band: readonly Placed[], start: Placed, objectiveColumn: number): boolean {
  const at = band.indexOf(start);
  const next = band[at + 1]?.line;
  if (!next || start.line.cells.some((c, i) => i !== objectiveColumn && c.trim())) return false;
  const opened = next.cells.filter((c, i) => i !== objectiveColumn && c.trim());
  return opened.length > 0 && opened.every((c) => /^\p{Lu}|^\p{N}/u.test(c.trim()) || startsWithMarker(c.trim()));
}

/** The first lines of the objectives of a band after its first one (apart as in `splitSharedBands`). */
function laterObjectiveStarts(band: readonly Placed[], objectiveColumn: number, apartGap: number): Placed[] {
  const text = (p: Placed) => (p.line.cells[objectiveColumn] ?? "").trim();
  const out: Placed[] = [];
  let prev: Placed | null = null;
  for (const p of band) {
    if (!text(p)) continue;
    if (prev && p.index > prev.index + 1 && objectivesApart(prev, p, text(prev), text(p), apartGap, objectiveColumn)) out.push(p);
    prev = p;
  }
  return out;
}

/** The integers from `from` to `to`, both included. */
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * The highest and lowest baseline of a printed line's cells: the extractor joins cells whose
 * baselines differ by up to half an em into one line (a bullet from a larger font, a centred
 * cell half a line off), so the line's own y can sit a few points from a column's.
 */
const lineTop = (line: TableLine): number => cellYExtreme(line, Math.min);
const lineBottom = (line: TableLine): number => cellYExtreme(line, Math.max);
function cellYExtreme(line: TableLine, pick: (a: number, b: number) => number): number {
  let y: number | null = null;
  line.cells.forEach((c, i) => {
    if (c.trim()) y = y === null ? cellY(line, i) : pick(y, cellY(line, i));
  });
  return y ?? line.y;
}

/** Where a cell's line sits: its own first word's baseline, else the line's. */
export function cellY(line: TableLine, column: number): number {
  return line.fill?.[column]?.y ?? line.y;
}

/**
 * The gap between two lines of an item column above which the second starts a new paragraph.
 *
 * Without a measured spacing, cell padding: CELL_GAP_FACTOR × the leading. But word processors
 * often separate the paragraphs of a cell by a small "space after" (2–3 points at a 12-point
 * leading, well under the padding factor). When the gaps between consecutive lines of the item
 * columns fall into two tight clusters — the leading, and the leading plus such a spacing — with
 * nothing between them, the spacing is the document's paragraph spacing, and the limit is set
 * halfway between the clusters. Nothing in between is the evidence: line-height jitter (mixed
 * fonts, raised glyphs) spreads the gaps out instead of forming a second cluster.
 */
export function paragraphGapLimit(lines: readonly TableLine[], columns: readonly number[], leading: number, wrapColumns: readonly number[] = columns, fontSteps: StepCounts = NO_STEPS, fontSize = 0): number {
  const measured = spacingLimit(lines, columns, leading, wrapColumns, NO_STEPS);
  if (measured !== null) return measured;
  // A table of one-line items, one per sub-row padded by a point or two, has the padded pitch in
  // most places, and its measured leading is that pitch. Then the step at which the font's cells
  // wrap — in this table's objective column or the document's other tables set in the same font —
  // is the leading, when it recurs and the sub-rows' pitch forms the second cluster above it
  // (LibreOffice's RTF tables: 2 pt of cell padding at an 11.4 pt leading).
  const step = recurringStep(fontSteps, leading - Math.max(MIN_TOLERANCE_PT, LEADING_TOLERANCE * leading));
  // Padded by more than half a line (an HTML cell's padding: wkhtmltopdf's 13.8 pt pitch of one-line
  // sub-rows at an 8.6 pt leading), the pitch lies beyond CELL_GAP_FACTOR × the step, where the
  // step's own padding cap would not look. When the measured leading is more than any body text's
  // line spacing for the table's font (MAX_LEADING_EM), it is no wrap step of that table: every
  // gap up to the padding cap of the measured pitch counts for the second cluster (session 24, h-wk).
  const padded = fontSize > 0 && leading > MAX_LEADING_EM * fontSize ? CELL_GAP_FACTOR * leading : undefined;
  // Every column's sub-row steps count then: a part of two or three measure sub-rows (one header per
  // objective) shows the pitch as often in its Target and Baseline cells as in its measures.
  // A step within a pixel's rounding of the table's measured leading (STEP_TOLERANCE_PT) that the
  // document shows less often than that leading is the same line step rounded the other way, not a
  // smaller leading: WeasyPrint's vertically centred cells of corpus11 d11-008 wrap at 11.59 pt 42
  // times and at 10.65 pt 11 times, and read against 10.65 pt every wrap had opened an item.
  // Padding of two points or more (LibreOffice's 15.2 pt sub-rows at a 13.2 pt leading, corpus12
  // d12-007, whose pitch the document counts more often than its wraps) stays a second cluster.
  // (Session 24, h-wk.)
  const usual = step !== null && (leading - step > STEP_TOLERANCE_PT || stepsNear(fontSteps, step) >= stepsNear(fontSteps, leading));
  return (step !== null && usual ? spacingLimit(lines, wrapColumns, step, wrapColumns, fontSteps, padded) : null) ?? wholePointLimit(lines, columns, wrapColumns, CELL_GAP_FACTOR * leading) ?? CELL_GAP_FACTOR * leading;
}

/**
 * A layout that sets every baseline on whole points (AbiWord: each line at n + 0.5 pt) rounds a
 * wrapped line's step to one of the two whole points around the true leading — 13 or 14 for a
 * 13.4 pt leading — so the leading's cluster is two steps a point apart, wider than the tolerance
 * around one measured leading, and a sub-row's padding (15 or 16) lies a point above it: under the
 * MIN_SPACING share, though no rounding of a wrap reaches it. When every cell line of the table
 * sits at one fraction of a point, the pair of neighbouring whole steps n, n + 1 seen most often
 * in the wrapping columns (and the document's steps of the font) is the leading; steps of n + 2 or
 * more in the item columns, seen MIN_CLUSTER times, are the paragraph or sub-row spacing, and the
 * limit lies halfway. null when the lines are not so placed or either cluster is missing: a
 * fallback only, where the measured clusters told nothing.
 */
function wholePointLimit(lines: readonly TableLine[], columns: readonly number[], wrapColumns: readonly number[], padding: number): number | null {
  const fractions = new Set<number>();
  for (const l of lines) {
    for (const c of wrapColumns) if ((l.cells[c] ?? "").trim()) fractions.add(Math.round((((cellY(l, c) % 1) + 1) % 1) * 100) % 100);
    if (fractions.size > 1) return null;
  }
  if (fractions.size !== 1) return null;
  const counted = new Map<number, number>();
  for (const g of columnGaps(lines, wrapColumns, padding)) if (Number.isInteger(Math.round(g * 100) / 100)) addStep(counted, Math.round(g));
  const count = (n: number) => counted.get(n) ?? 0;
  let n: number | null = null;
  for (const step of counted.keys()) if (n === null || count(step) + count(step + 1) > count(n) + count(n + 1)) n = step;
  if (n === null || count(n) + count(n + 1) < MIN_CLUSTER) return null;
  const wider = columnGaps(lines, columns, padding).filter((g) => g >= n! + 2 - WHOLE_POINT_SLACK);
  if (wider.length < MIN_CLUSTER) return null;
  const lowest = Math.min(...wider);
  return (n + 1 + lowest) / 2;
}
/** Steps of a whole-point layout are whole to this many points (a float's error). */
const WHOLE_POINT_SLACK = 0.01;

/**
 * Line steps (a document's wrap steps of one font) as each distinct step, smallest first, with
 * how often it occurs: all that the gap limit reads of them (how many lie in a window, their sum,
 * the largest), in one sorted list per document instead of every gap, filtered and sorted again
 * for each table.
 */
export interface StepCounts {
  readonly steps: readonly number[];
  readonly counts: readonly number[];
}
const NO_STEPS: StepCounts = { steps: [], counts: [] };

/** Counts one occurrence of `step` in `counted` (step → occurrences). */
export function addStep(counted: Map<number, number>, step: number): void {
  counted.set(step, (counted.get(step) ?? 0) + 1);
}
/** Steps counted with addStep, smallest first. */
export function sortedSteps(counted: ReadonlyMap<number, number>): StepCounts {
  const steps = [...counted.keys()].sort((a, b) => a - b);
  return { steps, counts: steps.map((v) => counted.get(v)!) };
}
/** `values` counted by distinct value, smallest first. */
export function countSteps(values: Iterable<number>): StepCounts {
  const counted = new Map<number, number>();
  for (const v of values) addStep(counted, v);
  return sortedSteps(counted);
}

/**
 * The limit between the leading's cluster and the paragraph spacing's, or null without both.
 * `fontSteps`: line steps of the same font elsewhere in the document, more evidence of the leading.
 * `padding`: the largest gap either cluster may hold (a gap beyond it is a cell's padding, no spacing).
 */
function spacingLimit(lines: readonly TableLine[], columns: readonly number[], leading: number, wrapColumns: readonly number[], fontSteps: StepCounts, padding = CELL_GAP_FACTOR * leading): number | null {
  if (leading <= 0) return null;
  const tolerance = Math.max(MIN_TOLERANCE_PT, LEADING_TOLERANCE * leading);
  const wider = columnGaps(lines, columns, padding).filter((g) => g > leading + tolerance);
  // The leading's cluster is any cell's wrapped lines: a table whose items are one line each (a
  // measure per sub-row) shows it only in its objective or other prose columns.
  const near = (g: number) => Math.abs(g - leading) <= tolerance;
  const wrapped = columnGaps(lines, wrapColumns, padding).filter(near);
  let wrappedCount = wrapped.length;
  let widestWrapped = wrapped.reduce((a, b) => (b > a ? b : a), -Infinity);
  fontSteps.steps.forEach((g, k) => {
    if (!near(g)) return;
    wrappedCount += fontSteps.counts[k]!;
    if (g > widestWrapped) widestWrapped = g;
  });
  if (wrappedCount < MIN_CLUSTER || wider.length < MIN_CLUSTER) return null;
  const lowest = Math.min(...wider);
  // Spacing smaller than this is indistinguishable from a taller line; none may lie in the gap.
  if (lowest < leading + MIN_SPACING * leading) return null;
  return (widestWrapped + lowest) / 2;
}
/** How many of the counted steps lie within the leading tolerance of `step`. */
function stepsNear(counted: StepCounts, step: number): number {
  const tolerance = Math.max(MIN_TOLERANCE_PT, LEADING_TOLERANCE * step);
  let n = 0;
  counted.steps.forEach((s, k) => {
    if (Math.abs(s - step) <= tolerance) n += counted.counts[k]!;
  });
  return n;
}
/**
 * The step most of the steps below `below` lie within a tolerance of (their mean), seen at least
 * MIN_CLUSTER times; null if none.
 */
function recurringStep(counted: StepCounts, below: number): number | null {
  const { steps, counts } = counted;
  let n = 0;
  while (n < steps.length && steps[n]! < below) n++;
  let best: number | null = null;
  let most = MIN_CLUSTER - 1;
  // A window over the sorted steps: those within the tolerance above each step.
  let end = 0;
  let inWindow = 0;
  let sum = 0;
  for (let start = 0; start < n; start++) {
    const s = steps[start]!;
    const limit = s + Math.max(MIN_TOLERANCE_PT, LEADING_TOLERANCE * s);
    for (; end < n && steps[end]! <= limit; end++) {
      inWindow += counts[end]!;
      sum += steps[end]! * counts[end]!;
    }
    if (inWindow > most) {
      most = inWindow;
      best = sum / most;
    }
    inWindow -= counts[start]!;
    sum -= s * counts[start]!;
  }
  return best;
}
/** The gaps (at most `padding`) between consecutive lines of each of `columns`, at each cell's own baseline. */
function columnGaps(lines: readonly TableLine[], columns: readonly number[], padding: number): number[] {
  const gaps: number[] = [];
  for (const c of columns) {
    let prev: TableLine | null = null;
    for (const l of lines) {
      if (!(l.cells[c] ?? "").trim()) continue;
      if (prev && prev.page === l.page) {
        const g = cellY(l, c) - cellY(prev, c);
        if (g >= MIN_LEADING && g <= padding) gaps.push(g);
      }
      prev = l;
    }
  }
  return gaps;
}
/** Gaps within this share of the leading (or this many points: a browser rounds lines to whole 0.75 pt pixels) of it are wrapped lines. */
const LEADING_TOLERANCE = 0.03;
const MIN_TOLERANCE_PT = 0.8;
/** Paragraph spacing of at least this share of the leading (1 point at a 12-point leading). */
const MIN_SPACING = 0.08;
/** Each cluster must be seen at least this often to count as the document's spacing. */
const MIN_CLUSTER = 3;
