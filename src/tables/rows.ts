import { LOWER_OPENING } from "../vocab/text.js";
import type { Page } from "../model/layout.js";
import type { TableLine } from "./columns.js";
import { endsSentence, isRuleGlyphs, leadsOn, startsItem, stripBullet } from "./text.js";
import { CELL_GAP_FACTOR } from "./geometry.js";
import { BARE_OBJECTIVE_LABEL, OBJECTIVE_LABEL } from "../vocab/columns.js";
import { markerKinds, markerValue, startsWithMarker } from "../vocab/markers.js";

/** A row block: one objective and every line of its cells, possibly across pages. */
export interface RowBlock {
  lines: TableLine[];
  /** Row started although another column's text had not finished: worth a warning. */
  ambiguous: string | null;
}

/**
 * An objective almost always opens with "To <verb>". A line that starts so in the objective column
 * starts a new row even when the previous objective had no closing full stop ("…of the Department").
 */
export const OBJECTIVE_OPENING = /^To\s/;

/**
 * Does an objective cell's line open an objective: "To …", or the objective's own label written
 * in the cell ("Objective 2: To enable …", a capital O: a wrapped line never starts so).
 */
export function opensObjective(text: string): boolean {
  return OBJECTIVE_OPENING.test(text) || (/^O/.test(text) && OBJECTIVE_LABEL.test(text));
}

/**
 * A numbering column's bare row number (`No.` over `1`, `2`, `3`) read into the objective cell
 * beside it: one or two digits before the objective's capital. Read as the rows' markers by
 * `withoutRowNumbers` (tables/index, session 22) once the rows are grouped, and by
 * `opensNumberedObjective` while they are.
 */
export const ROW_NUMBER = /^(\d{1,2})\s+(?=["'‘“(]?\p{Lu})/u;

/**
 * The objective cell's line opens the next numbered row: a bare row number (`ROW_NUMBER`) that goes
 * on from the block's own (n + 1 under a row numbered n, 1 under a row without a number) before an
 * objective's opening ("3 To protect …"). The number hides the "To …" that `opensObjective` reads,
 * so a row whose first line holds nothing but its number and objective — XeLaTeX centres the other
 * cells a line lower — was read on into the row above where no full stop or padding parts them:
 * across a page break (corpus14 val14 xe.pdf "2 To report … 3 To protect …", session 34).
 */
function opensNumberedObjective(block: RowBlock, text: string): boolean {
  const m = ROW_NUMBER.exec(text);
  if (!m || !opensObjective(text.slice(m[0].length))) return false;
  const own = block.lines.map((l) => l.cells[0]?.trim() ?? "").find((t) => t && !isRuleGlyphs(t)) ?? "";
  const previous = ROW_NUMBER.exec(own)?.[1];
  return Number(m[1]) === (previous === undefined ? 1 : Number(previous) + 1);
}

/** Horizontal ruling: a rule this flat (points) is horizontal. */
export const RULE_FLATNESS = 1.5;
/**
 * A row boundary rule spans most of the table; shorter rules underline a single cell or word.
 * 0.8 of the table width tolerates tables whose first/last columns are drawn a little inside.
 */
export const ROW_RULE_MIN_SPAN = 0.8;
/** Rules closer than this (points) are one border drawn twice (double lines, cell-by-cell borders). */
const RULE_MERGE_DISTANCE = 2;

/**
 * Row boundaries (y positions) of a page from its ruling lines: horizontal rules, merged by y,
 * that together span at least ROW_RULE_MIN_SPAN of the table's width [left, right]. Cell-by-cell
 * borders (one short rule per cell at the same y) count together.
 */
export function rowBoundariesFromRules(page: Pick<Page, "rules">, left: number, right: number): number[] {
  const width = right - left;
  if (width <= 0) return [];
  return ruleBands(page.rules)
    .filter((b) => coveredWidth(b.spans, left, right) >= ROW_RULE_MIN_SPAN * width)
    .map((b) => b.y);
}

/** A page's horizontal rules merged by y (RULE_MERGE_DISTANCE), top to bottom, each with its spans. */
interface RuleBand {
  y: number;
  spans: Array<[number, number]>;
}
/**
 * The bands of each page's rules, built once: the table reader asks for a page's row boundaries
 * under each column and each cell it tests (ruleBoundaries, ruledValueCells, the note and frame
 * tests), and only the coverage test depends on the extent asked about. Keyed by the page's rule
 * list, which is not changed after extraction; dies with the layout.
 */
const RULE_BANDS = new WeakMap<Page["rules"], readonly RuleBand[]>();
function ruleBands(rules: Page["rules"]): readonly RuleBand[] {
  const known = RULE_BANDS.get(rules);
  if (known) return known;
  const horizontal = rules
    .filter((r) => Math.abs(r.y1 - r.y2) <= RULE_FLATNESS)
    .map((r) => ({ y: (r.y1 + r.y2) / 2, x1: Math.min(r.x1, r.x2), x2: Math.max(r.x1, r.x2) }))
    .sort((a, b) => a.y - b.y);
  const bands: RuleBand[] = [];
  for (const r of horizontal) {
    const band = bands[bands.length - 1];
    if (band && r.y - band.y <= RULE_MERGE_DISTANCE) band.spans.push([r.x1, r.x2]);
    else bands.push({ y: r.y, spans: [[r.x1, r.x2]] });
  }
  RULE_BANDS.set(rules, bands);
  return bands;
}

function coveredWidth(spans: Array<[number, number]>, left: number, right: number): number {
  // One rule across the band (the common case): its clipped length, without the arrays below.
  if (spans.length === 1) {
    const [a, b] = spans[0]!;
    const from = Math.max(a, left), to = Math.min(b, right);
    return to > from ? to - from : 0;
  }
  const clipped = spans
    .map(([a, b]) => [Math.max(a, left), Math.min(b, right)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Per page, sorted row boundary y positions (from rules); absent pages fall back to text cues. */
export type RowBoundaries = ReadonlyMap<number, readonly number[]>;

/**
 * Group table lines into row blocks. With ruling lines for a page, a boundary between two lines
 * of that page starts a row. Without, the text cues decide (cells are top-aligned):
 * the objective column starts a new objective — it opens with a capital after the previous
 * objective ended a sentence, or opens with "To …" — while a line whose objective column is
 * empty only continues the cells above (also across a page break).
 */
export function groupRowsIntoBlocks(lines: readonly TableLine[], boundaries: RowBoundaries = new Map(), grid = false, leading = 0, textGrid = false, objectiveRight: number | null = null): RowBlock[] {
  const blocks: RowBlock[] = [];
  let current: RowBlock | null = null;
  let prev: TableLine | null = null;
  // The last line of the current block with objective text (plain text's hole test).
  let objectiveLine: TableLine | null = null;
  lines.forEach((tl, k) => {
    if (tl.cells.every((c) => !c.trim() || isRuleGlyphs(c))) return;
    const ruled = prev !== null && prev.page === tl.page ? boundaries.get(tl.page) : undefined;
    const pageRules = boundaries.get(tl.page);
    let start: boolean;
    if (current === null) start = true;
    // A grid row with an objective cell is a new row: cells never wrap onto the next source row.
    else if (grid) start = !!tl.cells[0]?.trim() && !!lastText(current, 0);
    else if (ruled && ruled.length > 0) start = ruled.some((y) => y > (prev?.y ?? 0) && y < tl.y);
    else if (prev !== null && prev.page !== tl.page && boundaries.size > 0) {
      // A ruled row cut by a page break: the new page's first cell tells. A new row opens a new
      // objective somewhere in it (centred objectives sit lower than the first line). A page whose
      // only rules close the table (no boundary between its lines) is one cell to its end.
      const cell = [];
      for (let j = k; j < lines.length; j++) {
        const l = lines[j]!;
        if (l.page !== tl.page || (j > k && (pageRules ?? []).some((y) => y > (lines[j - 1]?.y ?? 0) && y < l.y))) break;
        cell.push(l);
      }
      // An objective whose last line before the break was full and did not finish a sentence goes
      // on with the new page's first word, capital or not ("… expressed by Member" / "States …").
      start = !wrapsAcrossBreak(current, objectiveLine, prev, tl, objectiveRight, textGrid) && cell.some((l) => startsNewObjective(current!, l));
      // A ruled row left blank in the objective column under an earlier row (a ditto sub-row, read
      // with the row above: tables/index blankObjectiveSubRow) ended at the page foot: a new page
      // whose first line opens the objective and every other cell is the next row, not the
      // objective the blank row lacked (session 24, h-abw4: AbiWord's unmerged sub-rows).
      // Not where a cell of the block above leads on ("… by the end of" / "2007."): wkhtmltopdf cuts a
      // row whose rowspanned objective is centred lower, on the next page (corpus dev-031 wk.pdf).
      // Nor where a cell of the new page goes on with the numbering of the block's items ("(i) …" at
      // the page foot, "(ii) …" on the new page): a row cut by the break whose centred objective
      // printed on the new page (corpus5 g2-009 weasy.pdf); AbiWord's next row numbers from its first.
      if (!start && !lastText(current, 0) && blocks.slice(0, -1).some((b) => !!lastText(b, 0)) && opensRowOnLine(tl) && !tl.cells.some((c, k) => k > 0 && c.trim() && (leadsOn(lastText(current!, k)) || continuesNumbering(current!, tl, k)))) start = true;
    } else {
      start = startsNewObjective(current, tl);
      // An objective written without a full stop whose line above was full (its first word would
      // not have fitted there) is that line's wrap ("… set by the General" / "Assembly."), whatever
      // the other columns open. (In a PDF, cell padding above the line still opens a row, below.)
      if (start && objectiveLine && wrapsOnto(objectiveLine, tl, objectiveRight) && !opensObjective(stripBullet(tl.cells[0]?.trim() ?? "").text) && !endsSentence(lastText(current, 0))) start = false;
      // So is one whose line before a page break was full (the table keeps its widths over the break).
      if (start && wrapsAcrossBreak(current, objectiveLine, prev, tl, objectiveRight, textGrid)) start = false;
      // Borderless: after cell padding in every column (a gap wider than the leading allows inside
      // a cell), an objective cell that opens with a capital starts a row even without a full stop
      // above ("… within approved resources" / "Sustained progress …").
      const padded = leading > 0 && prev !== null && prev.page === tl.page && tl.y - prev.y > CELL_GAP_FACTOR * leading;
      // Plain text: not after a full objective line on the spaced grid (`wrapsOverSpacedGrid`).
      if (!start && padded && startsItem(stripBullet(tl.cells[0]?.trim() ?? "").text) && !!lastText(current, 0) && !(textGrid && wrapsOverSpacedGrid(current, objectiveLine, tl, objectiveRight, leading))) start = true;
      // A page break is padding too: at the new page's first line, an objective cell that opens
      // with a capital beside cells that all open new items (none runs on in lower case) is a new
      // row, not the rest of a row cut by the break.
      // Unless the objective's last line before the break was full and did not finish a sentence:
      // the capital word is its wrap ("… expressed by Member" / "States in the relevant …").
      if (!start && prev !== null && prev.page !== tl.page && startsItem(stripBullet(tl.cells[0]?.trim() ?? "").text) && !!lastText(current, 0) && opensEveryColumn(tl) && !wrapsAcrossBreak(current, objectiveLine, prev, tl, objectiveRight, textGrid)) start = true;
      // Plain text: pdftotext keeps no padding, but a top-aligned objective cell's lines follow
      // each other (other columns push them at most a line or two apart); a capital after a hole
      // of more lines in the objective column opens the next objective, full stop or not.
      const hole = textGrid && objectiveLine !== null && objectiveLine.page === tl.page && tl.y - objectiveLine.y > TEXT_OBJECTIVE_HOLE_LINES * leading;
      if (!start && hole && startsItem(stripBullet(tl.cells[0]?.trim() ?? "").text)) start = true;
      if (start && textGrid && objectiveGoesOn(lastText(current, 0), tl)) start = false;
    }
    if (start || current === null) {
      current = { lines: [tl], ambiguous: current ? unfinishedColumns(current, tl) : null };
      blocks.push(current);
      objectiveLine = null;
    } else {
      current.lines.push(tl);
    }
    if (tl.cells[0]?.trim()) objectiveLine = tl;
    prev = tl;
  });
  return blocks;
}

/**
 * The objective cell's line `above` was full: `line`'s first word (and a space) would have run
 * past the column's full-line width after it, so a word processor wrapped there. Across a page
 * break only when asked (`acrossPages`: the table keeps its column widths over the break).
 */
function wrapsOnto(above: TableLine, line: TableLine, right: number | null, acrossPages = false, grid = false): boolean {
  const a = above.fill?.[0], b = line.fill?.[0];
  if (right === null || !a || !b || (above.page !== line.page && !acrossPages)) return false;
  const word = (line.cells[0] ?? "").trimStart().split(/\s/)[0] ?? "";
  const charWidth = b.firstWord / Math.max(1, [...word].length);
  // Plain text across a break (session 39): the objective ran to the page foot, which a row cut
  // there does, and a first word that would only just reach the full-line width did not fit either
  // (pdftotext rounds each word to a whole character: equal counts are widths a character apart).
  return grid && acrossPages && above.page !== line.page ? a.right + charWidth + b.firstWord >= right : a.right + charWidth + b.firstWord > right;
}

/**
 * Plain text: the blank grid line above `line` is the spaced grid's, not padding between rows, and
 * `line` is the objective's wrapped rest: the objective's line above (`objectiveLine`, one blank
 * grid line up) was full (`wrapsOnto`) and finished no sentence, `line` opens no objective, and the
 * grid is seen spaced there — another column's sentence goes on across the same blank line in lower
 * case ("Recommendations of joint" / "" / "assessments implemented." beside "peace processes in
 * West" / "" / "Africa", corpus16 val16c v16-024), or the block's objective cell already wrapped
 * over a blank grid line ("political process in line" / "" / "with resolution 2254" / "" / "(2015)
 * throughout the", val16b and val16c v16-012). pdftotext sets the lines of a table printed with
 * generous line spacing two grid lines apart; a top-aligned row opens every cell on its first
 * line, so no cell goes on in lower case beside a new row's objective.
 */
function wrapsOverSpacedGrid(block: RowBlock, objectiveLine: TableLine | null, line: TableLine, right: number | null, leading: number): boolean {
  if (!objectiveLine || objectiveLine.page !== line.page || line.y - objectiveLine.y > SPACED_WRAP_LINES * leading * 1.01) return false;
  if (endsSentence(lastText(block, 0)) || opensObjective(stripBullet(line.cells[0]?.trim() ?? "").text) || !wrapsOnto(objectiveLine, line, right)) return false;
  const goesOn = (cell: string) => LOWER_OPENING.test(cell.trim()) && !startsWithMarker(cell.trim());
  if (line.cells.some((c, k) => k > 0 && goesOn(c) && lastText(block, k) !== "" && !endsSentence(lastText(block, k)))) return true;
  const own = block.lines.filter((l) => (l.cells[0] ?? "").trim() && !isRuleGlyphs(l.cells[0] ?? ""));
  return own.some((l, k) => k > 0 && l.page === own[k - 1]!.page && Math.abs(l.y - own[k - 1]!.y - SPACED_WRAP_LINES * leading) <= 0.01 * leading && goesOn(l.cells[0] ?? ""));
}
/** Grid lines from an objective's line to its wrapped rest on pdftotext's spaced grid: one blank line between. */
const SPACED_WRAP_LINES = 2;

/**
 * `line`, the first of a new page, goes on with the block's objective: the objective ran to the
 * page foot (its last line is the table's last before the break, `prev`), that line did not finish
 * a sentence and was full (`wrapsOnto`), and `line` does not open an objective. An objective that
 * ended higher up, other cells' lines below it, was finished however full its last line.
 */
function wrapsAcrossBreak(block: RowBlock, objectiveLine: TableLine | null, prev: TableLine | null, line: TableLine, right: number | null, grid: boolean): boolean {
  if (!objectiveLine || objectiveLine !== prev) return false;
  return objectiveWrapsOverBreak(objectiveLine, lastText(block, 0), line, right, grid);
}

/**
 * An objective (first column) whose line `foot`, the last of the table before a page break, did
 * not finish a sentence (`text`: the objective so far) and was full (`wrapsOnto` across the
 * break), goes on with `line`, the new page's first objective line, unless that opens an objective.
 * The caller makes sure `foot` is the table's last line on its page. `grid`: pdftotext's character
 * grid, where a word that only reaches the full-line width counts as not fitting.
 */
export function objectiveWrapsOverBreak(foot: TableLine, text: string, line: TableLine, right: number | null, grid: boolean): boolean {
  if (foot.page === line.page || endsSentence(text)) return false;
  return !opensObjective(stripBullet(line.cells[0]?.trim() ?? "").text) && wrapsOnto(foot, line, right, true, grid);
}

/**
 * An objective cell's text that cannot end there: on an article, "of", a conjunction or a comma ("To
 * increase the number of" / "companies that report …", "To strengthen the capacity of the" /
 * "Government of Haiti …", "… in compliance with the Financial Regulations and" / "Rules." at the
 * next page's top, corpus4 f2-003 lo.txt, session 39). Narrower than `leadsOn`: an objective may
 * well end on "in" or "to" when a word of the text is cut off, but never on these.
 */
const OBJECTIVE_GOES_ON = /(?:\b(?:the|of|an?|and|or)|,)$/i;

/**
 * Plain text: the objective so far (`previous`) goes on onto `line`, whatever gap or page break lies
 * between — a watermark's letter, a running footer or a rowspan cell's lines in other columns push
 * pdftotext's lines apart, and a capital there is a name ("Government of Haiti"). Not when `line`
 * opens an objective of its own ("To …", "Objective 2") or a bulleted one.
 */
function objectiveGoesOn(previous: string, line: TableLine): boolean {
  const raw = line.cells[0]?.trim() ?? "";
  if (!raw || !OBJECTIVE_GOES_ON.test(previous)) return false;
  const { text, bulleted } = stripBullet(raw);
  return !bulleted && !opensObjective(text);
}

/** More grid lines than this between two lines of an objective cell is a hole no cell has inside it. */
const TEXT_OBJECTIVE_HOLE_LINES = 3;

/** Last non-empty text of column `i` in a block. */
function lastText(block: RowBlock, i: number): string {
  for (let k = block.lines.length - 1; k >= 0; k--) {
    const t = block.lines[k]?.cells[i]?.trim();
    if (t && !isRuleGlyphs(t)) return t;
  }
  return "";
}

/** Does this line open a new objective (and so a new row)? */
export function startsNewObjective(block: RowBlock, tl: TableLine): boolean {
  const raw = tl.cells[0]?.trim() ?? "";
  if (!raw || isRuleGlyphs(raw)) return false;
  const { text, bulleted } = stripBullet(raw);
  const previous = lastText(block, 0);
  if (!previous) return false; // the block has no objective yet: this line supplies it
  // The block's objective cell so far is its label alone ("Objective 10:"): this line is its text.
  if (BARE_OBJECTIVE_LABEL.test(previous) && block.lines.filter((l) => l.cells[0]?.trim()).length === 1) return false;
  if (opensObjective(text) || opensNumberedObjective(block, text)) return true;
  if (!(bulleted || startsItem(text))) return false;
  if (endsSentence(previous)) return true;
  // Objectives written as noun phrases without a full stop ("Enhanced accountability"): the line is
  // a row start when every other column also opens a new item here and had finished its text above.
  return tl.cells.length > 1 && tl.cells.slice(1).every((cell, k) => opensItemAfterFinished(block, k + 1, cell)) && !numberingGoesOnBeside(block, tl);
}

/**
 * Another column of the line goes on with the list its cell opened in the block ("(b) Reports …"
 * under "(a) Participants …"), so the row goes on too: a new row numbers its items from the first
 * again. Read where the objective line is a noun phrase's capital after an unfinished objective
 * ("To engage the members of the Group of Friends on" / "Western Sahara" beside "(b)", corpus18
 * val18b v18-019 txt: jsPDF wrapped the objective short of its cell's edge, so `wrapsOnto` cannot
 * tell). The same cue the page-break branch of `groupRowsIntoBlocks` reads (`continuesNumbering`).
 */
function numberingGoesOnBeside(block: RowBlock, tl: TableLine): boolean {
  return tl.cells.some((c, k) => k > 0 && !!c.trim() && continuesNumbering(block, tl, k));
}

/** Every non-empty cell after the first opens an item (a marker, a capital or a digit), and at least one does. */
/**
 * The line's cell in column `k` opens with the list number after the last one the block's column
 * opened with ("(ii)" after "(i)", "3." after "2."): the same list goes on.
 * Not linearized.ts's readMarker/continuesList (review, session 25): those read NUMBERED_START
 * ("a.", "iv.", capitals, l/c Romans), outline numbers ("2.1.1") and a repeated glyph as one list;
 * this reads only LIST_NUMBER's forms (markerKinds), so "A." or "2.1" beside a block is no
 * continuation here. One reader would change which lines open rows: a change to measure, not a fold.
 */
export function continuesNumbering(block: RowBlock, tl: TableLine, k: number): boolean {
  const next = tl.cells[k]?.trim().split(/\s+/)[0] ?? "";
  const kinds = markerKinds(next);
  if (!kinds.length) return false;
  for (let r = block.lines.length - 1; r >= 0; r--) {
    const first = block.lines[r]?.cells[k]?.trim().split(/\s+/)[0] ?? "";
    const shared = markerKinds(first).filter((kind) => kinds.includes(kind));
    if (!shared.length) continue;
    return shared.some((kind) => {
      const a = markerValue(first, kind), b = markerValue(next, kind);
      return a !== null && b !== null && b === a + 1;
    });
  }
  return false;
}

/** The line opens the objective cell (a capital, "To …", a marker) and every other cell it has text in. */
function opensRowOnLine(tl: TableLine): boolean {
  const raw = tl.cells[0]?.trim() ?? "";
  if (!raw || isRuleGlyphs(raw)) return false;
  const { text, bulleted } = stripBullet(raw);
  return (bulleted || opensObjective(text) || startsItem(text)) && opensEveryColumn(tl);
}

function opensEveryColumn(tl: TableLine): boolean {
  const cells = tl.cells.slice(1).map((c) => c.trim()).filter((c) => c && !isRuleGlyphs(c));
  return cells.length > 0 && cells.every((c) => {
    const { text, bulleted } = stripBullet(c);
    return bulleted || startsItem(text);
  });
}

function opensItemAfterFinished(block: RowBlock, column: number, cell: string): boolean {
  const t = cell.trim();
  if (!t || isRuleGlyphs(t)) return false;
  const { text, bulleted } = stripBullet(t);
  const above = lastText(block, column);
  return (bulleted || startsItem(text)) && (!above || endsSentence(above));
}

/** Columns whose text was still running (no sentence end) when a new row began. */
function unfinishedColumns(block: RowBlock, tl: TableLine): string | null {
  const open: number[] = [];
  for (let i = 0; i < tl.cells.length; i++) {
    const t = lastText(block, i);
    if (t && !endsSentence(t) && !/[:;,]$/.test(t) && i > 0 && tl.cells[i]?.trim() && !startsItem(stripBullet(tl.cells[i] ?? "").text)) open.push(i);
  }
  return open.length ? `row starts at line ${tl.line} while column ${open.map((i) => i + 1).join(", ")} continues lower-case text` : null;
}
