import type { Line } from "../model/layout.js";
import { readLinearHeader, readMarker } from "./linearized.js";
import type { LinearHeader } from "./linearized.js";
import { printedWidth } from "../provenance/widths.js";
import { BULLET_GLYPHS, stripMarker } from "../vocab/markers.js";
import { normalizeSpace, LOWER_OPENING } from "../vocab/text.js";
import { VALUE_CELL } from "../vocab/values.js";
import { BARE_OBJECTIVE_LABEL, OBJECTIVE_LABEL, isLabelCell, labelRole } from "../vocab/columns.js";

/**
 * Reading-order text: what `pdftotext` prints without `-layout` (its default mode), the way many
 * users make text from a PDF. Poppler groups a page's words into blocks (a table cell's lines, a
 * label, a paragraph) and prints the blocks in reading order, **a blank line after each block**, a
 * block's lines one under the other with nothing at their ends. A table comes out as a linearised
 * table (tables/linearized) printed as a viewer's copy is: its column labels one a block
 * (`Objectives` / blank / `Performance measures` / blank / `Expected results`), then each cell a
 * block of wrapped lines in reading order (a row's objective, then the cells beside it), nothing
 * printed for an empty cell. Two things differ from a viewer's copy, and this module mends them
 * before the linearised reader reads the table:
 *
 * - the labels are blocks of their own, a blank line between each two (`readReadingOrderHeader`);
 * - a wrapped line keeps no trailing space (MuPDF's copy keeps the break's space, which is how the
 *   linearised reader joins a paragraph's lines): inside a block every line goes on on the next,
 *   unless the next opens with a marker (a new item of the cell's list). `asViewerCopy` gives each
 *   such line the break's space back, so that the block reads as one paragraph per item.
 */

/**
 * Why a reading-order row's objective cell cannot be an objective (null when it can): a text that
 * opens in lower case is the rest of a cell cut at a page's foot (`trafficking implemented`,
 * `strengthened`: poppler prints the rests after the repeated header, away from their cells), and
 * a column's label alone (`Risks and mitigations`) is another table's header read among the cells.
 * An objective is a sentence, or a label and a sentence (`Objective 2: To …`), and opens with a
 * capital: no truth row of the corpora opens otherwise. Such a row was put together from blocks
 * whose places the text does not give; it is left out, with a warning, rather than given as a row.
 */
export function unplacedObjective(objective: string): string | null {
  const t = objective.trim();
  if (LOWER_OPENING.test(t)) return "its objective opens in lower case (the rest of a cell cut at a page break)";
  if (isLabelCell(t)) return "its objective is a column label (a header read among the cells)";
  return null;
}

/** Label blocks read at most (a header has at most eight columns, a label at most four lines). */
const MAX_HEADER_LINES = 32;

/**
 * The header of a reading-order table whose labels stand in blocks of their own, one blank line
 * between each two, from `lines[at]`: the labels as the linearised reader reads them once the
 * blank lines between them are left out. Null when the labels are not so separated (no blank line
 * follows the first label's block: a text export's or a viewer's header, which readLinearHeader
 * reads) or fewer than two labels stand there. `end` indexes `lines` (the first line after the labels).
 */
export function readReadingOrderHeader(lines: readonly Line[], at: number): LinearHeader | null {
  const kept: number[] = [];
  let gaps = 0;
  for (let i = at; i < lines.length && kept.length < MAX_HEADER_LINES; i++) {
    // A page's footer printed among the labels (`KEY PERFORMANCE` / `INDICATOR` / `Page 1 of 3`:
    // poppler puts it where its top falls, the header standing at the page's foot) is no label.
    if (PAGE_FOOTER.test(lines[i]!.text.trim())) continue;
    if (lines[i]!.text.trim() !== "") {
      kept.push(i);
      continue;
    }
    // One blank line parts two blocks; two end the header (and whatever came after it).
    if (!kept.length || lines[i + 1] === undefined || lines[i + 1]!.text.trim() === "") break;
    gaps++;
  }
  if (!gaps) return null;
  const header = readLinearHeader(kept.map((k) => lines[k]!), 0);
  if (!header) return null;
  const last = kept[header.end - 1]!;
  // The labels must be blocks parted by blank lines: a blank line within the labels read.
  if (!lines.slice(at, last).some((l) => l.text.trim() === "")) return null;
  return { columns: header.columns, end: last + 1 };
}

/** A wrapped line that already says it goes on (the break's space, or a hyphen the next line completes). */
const GOES_ON = /[ \u00a0]$|\p{L}-$/u;

/**
 * The share of its block's widest line that a line and the next line's first word must stay under
 * for the next line to be a new paragraph (see `newParagraph`): characters of proportional type are
 * not of one width, so only a line clearly short of the block's width counts as ended.
 */
const FIT = 0.85;

/**
 * Does the next line of a block open a paragraph of its own rather than go on from `line`? Poppler
 * puts into one block the lines that follow one another closely: a cell's items, and at times the
 * next row's objective under a cell's last item (`presences (target: 2)` / `To support the
 * peaceful`). A wrapped line is broken because the next word did not fit: when a line that ends as
 * an item ends (a full stop, a closing bracket, a figure) and the
 * next line's first word would have fitted in the block's width, and that word opens with a
 * capital, the line ended a paragraph. `Objective 2: …` opens one whatever the widths.
 */
function newParagraph(line: string, next: string, width: number): boolean {
  const t = next.trim();
  if (OBJECTIVE_LABEL.test(t) || BARE_OBJECTIVE_LABEL.test(t)) return true;
  // (A line ending in a word may break before a name, `United` / `Nations`: only a line that ends
  // as an item does — a full stop, a closing bracket, a figure — ends one.)
  if (!/^\p{Lu}/u.test(t) || !/[.)\d%]$/.test(line.trim())) return false;
  // A full stop after a word of three letters or more (not `Mr.`, `No.`, `U.N.`) ends a sentence,
  // and an item is one sentence: what opens with a capital under it is the next item.
  if (/\p{Ll}{3,}\.$/u.test(line.trim())) return true;
  const word = t.split(/\s+/)[0]!;
  return line.trim().length + 1 + word.length < FIT * width;
}

/**
 * The body of a reading-order table in the form of a viewer's copy: every non-blank line whose
 * block goes on on the next line (same page, not a blank line, not a marked item, not a new
 * paragraph: `newParagraph`) ends with the break's space. A marker printed alone on its line (`•`,
 * poppler's block of a bullet set apart from its text) is left as it is: the linearised reader
 * opens the next line's item with it. `labels`: the header's labels, which a block of their own in
 * the body repeats (`withoutLabels`).
 */
export function asViewerCopy(printed: readonly Line[], labels: readonly string[] = []): Line[] {
  const body = withBlocksUnzipped(withCellsParted(withoutLabels(withoutPageNumbers(printed), labels).map(withTitleHyphens).map(withSymbolBullets)));
  // Each line's block width: its widest line (a block is a run of non-blank lines on one page).
  const width = new Array<number>(body.length).fill(0);
  for (let a = 0; a < body.length; ) {
    let z = a;
    while (z < body.length && body[z]!.text.trim() !== "" && body[z]!.page === body[a]!.page) z++;
    const w = Math.max(0, ...body.slice(a, z).map((l) => l.text.trim().length));
    for (let k = a; k < z; k++) width[k] = w;
    a = Math.max(z, a + 1);
  }
  const headings = objectiveHeadings(body);
  return body.map((line, k) => {
    const next = body[k + 1];
    const text = line.text;
    if (text.trim() === "" || !next || next.page !== line.page || next.text.trim() === "") return line;
    const heading = headings.get(k);
    if (heading === "ends") return line;
    if (readMarker(next.text) !== null || GOES_ON.test(text)) return line;
    if (heading === "goes-on") return { ...line, text: `${text} ` };
    if (readMarker(text) !== null && stripMarker(text).text.trim() === "") return line;
    if (newParagraph(text, next.text, width[k]!)) return line;
    return { ...line, text: `${text} ` };
  });
}

/**
 * The lines of the spanning objective headings of a reading-order body (`Objective 1: To …`), each
 * marked as going on on the next line or ending the heading. Poppler prints a row that spans the
 * table in the same block as the first cell under it when they stand close (`Objective 1: To
 * liaise … genocide` / `within the approved budget` / `Advisory notes submitted to the`), and
 * nothing in the block's lines says where the heading stops: read as one paragraph, the heading's
 * tail and the first cell become one objective (`objectiveHeadingEndingAt`).
 */
function objectiveHeadings(body: readonly Line[]): Map<number, "goes-on" | "ends"> {
  const marks = new Map<number, "goes-on" | "ends">();
  const full = headingWrapBound(body);
  for (let k = 0; k < body.length; k++) {
    if (!OBJECTIVE_LABEL.test(body[k]!.text.trim())) continue;
    const end = objectiveHeadingEndingAt(body, k, full);
    for (let i = k; i < end; i++) marks.set(i, "goes-on");
    marks.set(end, "ends");
    k = end;
  }
  return marks;
}

/**
 * A printed width that no line of the table can reach (Infinity when the text does not tell):
 * the least, over the spanning headings that certainly wrap (their next line goes on in lower
 * case: `… conflict prevention` / `in cooperation with …`), of the line with the next line's
 * first word — which did not fit, so the table is narrower. The widest line is no bound: a heading
 * that does not wrap (most fit on one line) may be the widest, and its own length says nothing
 * of whether the next word would have fitted after it.
 */
function headingWrapBound(body: readonly Line[]): number {
  let bound = Infinity;
  for (let k = 0; k + 1 < body.length; k++) {
    if (!OBJECTIVE_LABEL.test(body[k]!.text.trim()) || body[k + 1]!.page !== body[k]!.page) continue;
    const next = body[k + 1]!.text.trim();
    if (!LOWER_OPENING.test(next) || readMarker(next) !== null) continue;
    bound = Math.min(bound, printedWidth(`${body[k]!.text.trim()} ${next.split(/\s+/)[0]!}`));
  }
  return bound;
}

/**
 * The last line of the spanning objective heading that opens at `body[at]`. A heading spans the
 * table, so its lines wrap at the table's width: the heading goes on on the next line of its block
 * only when that line opens in lower case (a sentence going on: `… genocide in` / `cooperation
 * with …`) or when the line and the next line's first word reach a width the table is known not to
 * have (`full`, headingWrapBound: a wrap before a name, `… in West` / `Africa in cooperation …`).
 * A cell under it opens with a capital or a marker and follows a heading line that has room left
 * (`… within the approved budget` / `Advisory notes …`). A full stop after a word ends the heading
 * whatever follows.
 */
function objectiveHeadingEndingAt(body: readonly Line[], at: number, full: number): number {
  let k = at;
  for (;;) {
    const line = body[k]!.text.trim();
    const next = body[k + 1];
    if (!next || next.page !== body[k]!.page) return k;
    const t = next.text.trim();
    if (t === "" || readMarker(t) !== null || OBJECTIVE_LABEL.test(t) || labelRole(t) !== null || /\p{Ll}{2,}\.$/u.test(line)) return k;
    const word = t.split(/\s+/)[0]!;
    if (!LOWER_OPENING.test(t) && printedWidth(`${line} ${word}`) < full && !endsBeforeItem(body, k + 1)) return k;
    k++;
  }
}

/**
 * Is `body[at]` a paragraph's only line, the next line opening a marked item? A heading wrapped
 * before a name (`… in West` / `Africa in cooperation with regional partners`) ends on such a
 * line, the first cell's first item under it (`▪ National security …`); a cell's first line under
 * a heading that ended goes on on its own next line (`Women's networks consulted during` /
 * `electoral processes.`) or is an item of its own list.
 */
function endsBeforeItem(body: readonly Line[], at: number): boolean {
  const line = body[at]!;
  const next = body[at + 1];
  if (!next || next.page !== line.page) return false;
  return !/\p{Ll}{2,}\.$/u.test(line.text.trim()) && readMarker(next.text) !== null && stripMarker(next.text).text.trim() !== "";
}

/**
 * A page's number as a footer prints it: `Page 2 of 5`, `Page 2`, `- 2 -`. Narrower than the
 * furniture filter's PAGE_OF/DASHED_NUMBER (extract/furniture.ts: also `3 of 14`, `3/14`, `p. 3`,
 * em dashes), which only judge the lines at a page's top and bottom edge: this tests every line of
 * a table body, where `3/14` or `12 of 15` is a measure's value, so it asks for the word or dashes.
 */
const PAGE_FOOTER = /^(?:page\s+\d+(?:\s+(?:of|\/)\s+\d+)?|[-–]\s*\d+\s*[-–])$/i;
/** Lines from a page's end (non-blank) where a bare page number may stand. */
const FOOT_LINES = 4;

/**
 * The body without its pages' numbers: poppler prints a page's footer among the blocks of the
 * table's last row on that page (its reading order puts the footer where its top falls), so a
 * `Page 1 of 3` — or a bare figure equal to the page's number among the page's last lines — would
 * be read as a cell. They become blank lines (a gap between blocks).
 */
function withoutPageNumbers(body: readonly Line[]): Line[] {
  const lastOfPage = new Map<number, number[]>();
  body.forEach((l, k) => {
    if (l.text.trim() === "") return;
    const ks = lastOfPage.get(l.page) ?? [];
    ks.push(k);
    lastOfPage.set(l.page, ks);
  });
  const foot = new Set<number>();
  for (const [page, ks] of lastOfPage) {
    // (The page must end inside the body: its footer is then among its last lines.)
    if (!body.some((l) => l.page > page)) continue;
    for (const k of ks.slice(-FOOT_LINES)) if (body[k]!.text.trim() === String(page)) foot.add(k);
  }
  return body.map((l, k) => (PAGE_FOOTER.test(l.text.trim()) || foot.has(k) ? { ...l, text: "" } : l));
}

/**
 * The body without the header's labels printed again among its blocks: where a table goes on on
 * the next page, Writer repeats its header, and poppler's reading order puts the repeated labels
 * among the cut row's rests (`Expected results` / `Risks and mitigations` / a rest / `Performance
 * measures`), so that no header printing is found there. A block that is one label of the table's
 * header word for word is no cell (a cell never holds a column's name alone); it becomes blank.
 */
function withoutLabels(body: readonly Line[], labels: readonly string[]): Line[] {
  const own = new Set(labels.map((l) => normalizeSpace(l).toLowerCase()));
  const printedAs = new Set(labels.map((l) => normalizeSpace(l)));
  const blank = (k: number) => body[k] === undefined || body[k]!.text.trim() === "" || body[k]!.page !== body[k === 0 ? 0 : k - 1]!.page;
  const headings = objectiveHeadings(body);
  return body.map((l, k) => {
    const text = normalizeSpace(l.text);
    if (own.has(text.toLowerCase()) && blank(k - 1) && blank(k + 1)) return { ...l, text: "" };
    // A column label printed over its own cell (a per-objective table, a repeated header),
    // opening a block or right under an objective heading; capitalised (a cell's wrapped
    // `target` is a word of the cell).
    if ((printedAs.has(text) || (labelRole(text) !== null && /^\p{Lu}/u.test(text))) && (blank(k - 1) || headings.has(k - 1))) return { ...l, text: "" };
    return l;
  });
}

/**
 * pdftotext joins a word hyphenated at a line's end without its hyphen, and cannot tell a
 * compound's hyphen from a break's: the United Nations' title compounds come out
 * `SecretaryGeneral`, `UnderSecretary`. Two capitalised title words run together get their hyphen back.
 */
const TITLE_COMPOUND = /\b(Secretary|Under|Assistant)(Secretary|General)\b/g;
function withTitleHyphens(line: Line): Line {
  return TITLE_COMPOUND.test(line.text) ? { ...line, text: line.text.replace(TITLE_COMPOUND, "$1-$2") } : line;
}

/**
 * A symbol font's bullet that has no Unicode of its own: poppler prints the glyph's private-use
 * code (Writer's square list bullet from OpenSymbol comes out U+E00B, Wingdings' and Symbol's
 * U+F0A7, U+F0B7). A private-use character opening a line before a space, or alone on its line, is
 * no letter of any word: it is the item's marker, read as a bullet.
 */
const SYMBOL_BULLET = /^(\s*)[\uE000-\uF8FF](?=\s|$)/u;
function withSymbolBullets(line: Line): Line {
  return SYMBOL_BULLET.test(line.text) ? { ...line, text: line.text.replace(SYMBOL_BULLET, "$1•") } : line;
}

/**
 * A bullet glyph between words inside a line (`To mark the International Day • Commemorative
 * events organized`): where two cells of a row open on the same baseline, poppler prints their
 * first lines as one line, the left cell's text, then the right cell's marker and text. No word
 * of a cell is a bullet glyph standing alone between spaces, so the glyph opens the next cell.
 */
const MID_LINE_BULLET = new RegExp(`(?<=\\S)\\s+(?=[${BULLET_GLYPHS}]\\s)`, "u");
/** Cells at most on one merged line (a compact's table has at most four columns beside each other). */
const MAX_MERGED_CELLS = 4;
/** Assignments tried at most for one merged line's following lines (columns ** lines). */
const MAX_ASSIGNMENTS = 4096;
/**
 * What an assignment of a merged line's following lines to its cells costs (see `partedCost`):
 * a wrap that was not needed (the line and the next line's first word fit in the cell's widest
 * line), and an item put in a cell whose first line is no item of that list.
 */
const PART_COST = { wrapNotNeeded: 2, otherList: 3, slack: 0.5 } as const;

/**
 * The body with each line of merged cells parted (`MID_LINE_BULLET`). Poppler goes on printing the
 * cells' further lines one under the other in the order of their baselines, so that under a merged
 * line the cells' lines are interleaved (`of Commemoration of the` / `with Member States` /
 * `Victims of the Crime of`). Each following line of the block is given to one of the cells
 * (`partedCells`), and the cells are written one after another, a blank line between each two,
 * as poppler prints cells that stand apart. The body may grow by the blank lines put in.
 */
function withCellsParted(body: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < body.length; k++) {
    const line = body[k]!;
    const parts = mergedCells(line.text);
    if (parts.length < 2) {
      out.push(line);
      continue;
    }
    // The block's following lines (same page, up to a blank line or the next merged line).
    const following: Line[] = [];
    let e = k + 1;
    const most = Math.floor(Math.log(MAX_ASSIGNMENTS) / Math.log(parts.length));
    while (e < body.length && following.length < most && body[e]!.page === line.page && body[e]!.text.trim() !== "" && mergedCells(body[e]!.text).length < 2) following.push(body[e++]!);
    const cells = partedCells(parts, following.map((l) => l.text.trim()));
    if (!cells) {
      out.push(line);
      continue;
    }
    cells.forEach((cell, c) => {
      if (c > 0) out.push({ ...line, text: "" });
      out.push({ ...line, text: parts[c]! });
      for (const i of cell) out.push(following[i]!);
    });
    k = e - 1;
  }
  return out;
}

/** A line's merged cells: its text cut before each bullet glyph standing between words (one part when none). */
export function mergedCells(text: string): string[] {
  const parts = text.trim().split(MID_LINE_BULLET);
  // (A marker alone before the cut is a cell's marker set apart, not a cell.)
  if (parts.length < 2 || parts.length > MAX_MERGED_CELLS || parts.some((p) => readMarker(p) !== null && stripMarker(p).text.trim() === "")) return [text.trim()];
  return parts;
}

/**
 * The following lines of a merged line given to its cells: the assignment of least cost
 * (`partedCost`), each cell's lines in their printed order. Ties go to the assignment found first
 * (the earlier lines in the leftmost cells). Null when every reading costs a structural unit.
 */
function partedCells(parts: readonly string[], following: readonly string[]): number[][] | null {
  const n = following.length;
  const k = parts.length;
  const lines = [...parts, ...following].map(measuredLine);
  let best: number[] = new Array<number>(n).fill(0);
  let bestCost = Infinity;
  const at = new Array<number>(n).fill(0);
  for (let tried = 0; tried < k ** n; tried++) {
    let rest = tried;
    for (let i = 0; i < n; i++) {
      at[i] = rest % k;
      rest = Math.floor(rest / k);
    }
    const cost = partedCost(lines, k, at);
    if (cost < bestCost) {
      bestCost = cost;
      best = [...at];
    }
  }
  // (No reading without a needless wrap or a misplaced item: more cells than the line shows are
  // interleaved there, and the line is left as printed.)
  if (bestCost >= 1) return null;
  return parts.map((_, c) => best.flatMap((col, i) => (col === c ? [i] : [])));
}

/** A line as `partedCost` weighs it: its printed width, its first word's (with the space before it), its marker. */
interface MeasuredLine {
  width: number;
  firstWord: number;
  marker: ReturnType<typeof readMarker>;
}
function measuredLine(text: string): MeasuredLine {
  return { width: printedWidth(text), firstWord: printedWidth(` ${text.split(/\s+/)[0]!}`), marker: readMarker(text) };
}

/**
 * What reading the following lines `at` (line → cell) costs; `lines` are the merged line's `cells`
 * parts, then the following lines. A cell's lines wrap at its width (its widest line): a line that
 * goes on a paragraph must hold a first word that would not have fitted after the line above it in
 * that cell (`wrapNotNeeded` when it would), and an item (a line opening with a marker) goes to a
 * cell whose first line is an item of the same list (`otherList` else). Among readings of equal
 * cost, the one whose wrapped lines leave the least room at their ends.
 */
function partedCost(lines: readonly MeasuredLine[], cells: number, at: readonly number[]): number {
  let cost = 0;
  let slack = 0;
  for (let c = 0; c < cells; c++) {
    const own = lines[c]!;
    const cell = [own, ...lines.slice(cells).filter((_, i) => at[i] === c)];
    const width = Math.max(...cell.map((l) => l.width));
    for (let i = 1; i < cell.length; i++) {
      const line = cell[i]!;
      if (line.marker) {
        if (!own.marker || !sameList(own.marker, line.marker)) cost += PART_COST.otherList;
        continue;
      }
      if (cell[i - 1]!.width + line.firstWord <= PART_FIT * width) cost += PART_COST.wrapNotNeeded;
      // (The room a wrapped line leaves: least where each line is its cell's; a tie's cue only.)
      slack += (width - cell[i - 1]!.width) / width;
    }
  }
  return cost + PART_COST.slack * Math.min(1, slack / (lines.length - cells + 1));
}

/**
 * The share of a cell's widest line under which a wrapped line and the next line's first word
 * count as having fitted: `printedWidth` guesses a proportional face's widths, and lines of one
 * cell end a little short of its edge.
 */
const PART_FIT = 0.95;

/** Two markers of one list: the same glyph, or a numbering of the same family. */
function sameList(a: NonNullable<ReturnType<typeof readMarker>>, b: NonNullable<ReturnType<typeof readMarker>>): boolean {
  if (a.glyph !== null || b.glyph !== null) return a.glyph === b.glyph;
  return a.numbers.some((x) => b.numbers.some((y) => x.family === y.family));
}

/**
 * Cells whose lines poppler interleaves. Poppler builds its blocks from text that stands close,
 * and two cells side by side whose columns are parted by a narrow gap become **one block**: the
 * block's lines are sorted by baseline, so the cells' lines alternate (`To support the` /
 * `Regional mechanism for` / `participation of` / `the certification of`), and lines of two cells
 * on one baseline come as one line, the left cell's words first (`To engage civil society Regional
 * mechanism for`). Nothing marks the cells; what tells them is the geometry the order keeps:
 *
 * - a wrapped line is broken because the next word did not fit in its column, so a cell's short
 *   line does not go on with a word that would have fitted (`wrapNotNeeded`);
 * - cells set in one type have one line pitch, so between two lines of a paragraph another cell
 *   prints at most one line (`interleaved`): only a paragraph's end (the space between items) lets
 *   more through;
 * - a cell's items keep one list (`otherList`).
 *
 * Each block is read as the fewest cells ("streams", left to right) that keep these
 * (`unzippedCells`), and written as poppler prints cells that stand apart: one after another, a
 * blank line between each two.
 */
const UNZIP_COST = {
  /** A line going on a paragraph whose first word would have fitted after the line above it. */
  wrapNotNeeded: 2,
  /** Two lines or more of another cell between two lines of one paragraph (cells share a pitch). */
  interleaved: 2,
  /** An item of another list (or a marked item under an unmarked cell's first line). */
  otherList: 3,
  /** An unmarked paragraph in a cell of marked items. */
  unmarkedInList: 3,
  /** A line opening in lower case after a full stop: a sentence does not go on so. */
  lowerAfterStop: 2,
  /** Each cell beyond the first: a block is one cell unless its lines say otherwise. */
  cell: 2,
  /** A line cut into two cells' parts (two cells' lines on one baseline). */
  split: 1,
  /** Unmarked paragraphs of one cell, one ending with a full stop and another not (as linearized's mixedEnds: a list ends its items alike). */
  mixedEnds: 2,
  /**
   * A cell beyond the first that does not stand beside the cells before it: it opens below their
   * last lines (the block's next paragraph, not a cell beside), or its first line does not open as
   * a cell does (`CELL_START`: in lower case it goes on a paragraph).
   */
  notBeside: 3,
  /**
   * A cell of one whole line beside others, unless a value (`61%`, `≥ 4`): a line that only looks
   * like one (poppler joins a word hyphenated at a line's end with the next line, `Secretary-` /
   * `General and the Security` → `SecretaryGeneral and the Security`, a line wider than its cell).
   */
  oneLine: 1,
} as const;
/** The most cells a block is unzipped into (a compact's table has at most four columns). */
const MAX_STREAMS = 4;
/** Lines a block may have for the search (a longer block is left as printed). */
const MAX_UNZIP_LINES = 30;
/** Readings kept at each line of the search. */
const UNZIP_BEAM = 120;
/** A paragraph's end: a full stop (or `!`, `?`). */
const ENDS_PARAGRAPH = /[.!?]$/;
/** Where a line of merged cells may be cut: before what opens a cell's line (a capital, a figure, a marker, a comparison sign). */
const CELL_START = /^(?:\p{Lu}|\d|[≥≤<>]|\(?[a-z]{1,4}\)|[^\p{L}\p{N}\s(])/u;

/**
 * A line's width as its cell's wrap width weighs it. Poppler joins a word hyphenated at a line's
 * end with the whole next line (`▪ Advisory notes to the Secretary-` / `General (target: 33).` →
 * one line), so a line holding a hyphenated word may be two printed lines: it counts as the wider
 * of its two parts around the hyphen (a line with a compound's own hyphen is then taken narrower
 * than it is, which only makes a wrap look needed).
 */
function wrapWidth(text: string): number {
  const whole = printedWidth(text);
  let best = whole;
  for (const m of text.matchAll(/\p{L}-(?=\p{L})/gu)) {
    const cut = m.index! + 2;
    best = Math.min(best, Math.max(printedWidth(text.slice(0, cut)), printedWidth(text.slice(cut))));
  }
  return best;
}

interface UnzipStream {
  lines: string[];
  /** Index (in the block) of each line. */
  at: number[];
  width: number;
  marker: ReturnType<typeof readMarker>;
}
interface UnzipState {
  streams: UnzipStream[];
  cost: number;
  splits: number;
}

/** Does `text` go on the paragraph of `prev` (rather than open an item of its own)? */
function goesOn(prev: string, text: string): boolean {
  if (readMarker(text) !== null) return false;
  if (readMarker(prev) !== null && stripMarker(prev).text.trim() === "") return true;
  return !ENDS_PARAGRAPH.test(prev);
}

/** The cost of putting `text` (line `at` of the block) under `stream`'s lines, the stream `width` wide; `streams` all the block's. */
function appendCost(stream: UnzipStream, text: string, at: number, width: number, streams: readonly UnzipStream[]): number {
  const prev = stream.lines[stream.lines.length - 1];
  if (prev === undefined) return 0;
  const marker = readMarker(text);
  if (marker) return stream.marker && sameList(stream.marker, marker) ? 0 : UNZIP_COST.otherList;
  if (!goesOn(prev, text)) {
    if (LOWER_OPENING.test(text)) return UNZIP_COST.lowerAfterStop;
    return stream.marker ? UNZIP_COST.unmarkedInList : 0;
  }
  let cost = 0;
  const word = text.split(/\s+/)[0]!;
  if (printedWidth(prev) + printedWidth(` ${word}`) <= PART_FIT * width) cost += UNZIP_COST.wrapNotNeeded;
  const from = stream.at[stream.at.length - 1]!;
  for (const other of streams) {
    if (other === stream) continue;
    if (other.at.filter((g) => g > from && g < at).length > 1) cost += UNZIP_COST.interleaved;
  }
  return cost;
}

/** What a reading costs once every stream's width and lines are known (the search weighs lines as it goes). */
function finalCost(streams: readonly UnzipStream[], splits: number): number {
  let cost = UNZIP_COST.cell * (streams.length - 1) + UNZIP_COST.split * splits;
  streams.forEach((s, k) => {
    if (k > 0 && !CELL_START.test(s.lines[0]!)) cost += UNZIP_COST.notBeside;
    if (s.lines.length === 1 && !VALUE_CELL.test(s.lines[0]!)) cost += UNZIP_COST.oneLine;
    // (The last paragraph may be a cell's start cut at a page's foot: only those before it count.)
    const ends = s.lines.filter((line, i) => i + 1 < s.lines.length && !goesOn(line, s.lines[i + 1]!) && readMarker(s.lines[i + 1]!) === null).map((line) => ENDS_PARAGRAPH.test(line));
    if (s.marker === null && ends.length > 0 && ends.some((e) => e !== ENDS_PARAGRAPH.test(s.lines[s.lines.length - 1]!))) cost += UNZIP_COST.mixedEnds;
    if (k > 0 && !streams.slice(0, k).some((o) => o.at[o.at.length - 1]! >= s.at[0]!)) cost += UNZIP_COST.notBeside;
  });
  for (const s of streams) {
    const replay: UnzipStream = { lines: [], at: [], width: s.width, marker: s.marker };
    const others = streams.map((o) => (o === s ? replay : o));
    s.lines.forEach((line, i) => {
      cost += appendCost(replay, line, s.at[i]!, s.width, others);
      replay.lines.push(line);
      replay.at.push(s.at[i]!);
    });
  }
  return cost;
}

function withLine(state: UnzipState, at: number, put: ReadonlyArray<{ stream: number; text: string }>): UnzipState {
  const streams = [...state.streams];
  let cost = state.cost;
  for (const { stream, text } of put) {
    const old = streams[stream];
    if (!old) {
      cost += UNZIP_COST.cell + (stream > 0 && !CELL_START.test(text) ? UNZIP_COST.notBeside : 0);
      streams[stream] = { lines: [text], at: [at], width: wrapWidth(text), marker: readMarker(text) };
      continue;
    }
    const width = Math.max(old.width, wrapWidth(text));
    cost += appendCost(old, text, at, width, streams);
    streams[stream] = { lines: [...old.lines, text], at: [...old.at, at], width, marker: old.marker };
  }
  return { streams, cost: cost + UNZIP_COST.split * (put.length - 1), splits: state.splits + put.length - 1 };
}

/**
 * The cells of a block of interleaved lines, left to right, each its lines in order; null when the
 * block reads best as one cell. A line goes whole to one cell, or is cut at a space into a left
 * cell's end and a right cell's start; a cell first met further down stands right of those met
 * before it (poppler sorts a block's lines by baseline: cells that start lower come later).
 */
export function unzippedCells(lines: readonly string[]): Array<{ lines: string[]; at: number[] }> | null {
  if (lines.length < 3 || lines.length > MAX_UNZIP_LINES) return null;
  const one: UnzipStream = { lines: [...lines], at: lines.map((_, i) => i), width: Math.max(...lines.map(wrapWidth)), marker: readMarker(lines[0]!) };
  const single = finalCost([one], 0);
  if (single < UNZIP_COST.wrapNotNeeded * 2) return null;
  let beam: UnzipState[] = [{ streams: [], cost: 0, splits: 0 }];
  lines.forEach((line, at) => {
    const next: UnzipState[] = [];
    const words = line.split(/\s+/);
    for (const state of beam) {
      const k = state.streams.length;
      const most = Math.min(k, MAX_STREAMS - 1);
      for (let s = 0; s <= most; s++) next.push(withLine(state, at, [{ stream: s, text: line }]));
      for (let cut = 1; cut < words.length; cut++) {
        const right = words.slice(cut).join(" ");
        if (!CELL_START.test(right)) continue;
        const left = words.slice(0, cut).join(" ");
        // (A marker is not cut from its item's text.)
        if (readMarker(left) !== null && stripMarker(left).text.trim() === "") continue;
        for (let a = 0; a <= most; a++) {
          for (let b = a + 1; b <= Math.min(k, MAX_STREAMS - 1) + (a === k ? 1 : 0) && b < MAX_STREAMS; b++) {
            // (A new cell is the next one right: with `a` new, `b` is the one after it.)
            if (a === k && b !== k + 1) continue;
            next.push(withLine(state, at, [{ stream: a, text: left }, { stream: b, text: right }]));
          }
        }
      }
    }
    next.sort((x, y) => x.cost - y.cost);
    beam = next.slice(0, UNZIP_BEAM);
  });
  let best: UnzipState | null = null;
  let bestCost = single;
  for (const state of beam) {
    const cost = finalCost(state.streams, state.splits);
    if (cost < bestCost) {
      bestCost = cost;
      best = state;
    }
  }
  if (!best || best.streams.length < 2) return null;
  return best.streams.map((s) => ({ lines: s.lines, at: s.at }));
}

/**
 * The body with each block of interleaved cells (`unzippedCells`) written cell after cell, a blank
 * line between each two. Left as printed: a block holding a spanning objective heading (read by
 * `objectiveHeadings`) or a line as wide as the body's widest (text across the page: a heading, a
 * paragraph under the table), which no cell of a table beside others is.
 */
function withBlocksUnzipped(body: readonly Line[]): Line[] {
  const widest = Math.max(0, ...body.map((l) => printedWidth(l.text.trim())));
  const out: Line[] = [];
  for (let a = 0; a < body.length; ) {
    let z = a;
    while (z < body.length && body[z]!.text.trim() !== "" && body[z]!.page === body[a]!.page) z++;
    if (z === a) {
      out.push(body[a++]!);
      continue;
    }
    const block = body.slice(a, z);
    const texts = block.map((l) => l.text.trim());
    const spanning = texts.some((t) => OBJECTIVE_LABEL.test(t) || BARE_OBJECTIVE_LABEL.test(t) || printedWidth(t) >= WIDE_LINE * widest || (readMarker(t) !== null && stripMarker(t).text.trim() === ""));
    const cells = spanning ? null : unzippedCells(texts);
    if (!cells) out.push(...block);
    else {
      // Each cell's paragraphs (items), in the order poppler prints blocks of a table: by their
      // first line (the higher first), the left cell's first on one line.
      const paragraphs = cells.flatMap((cell, c) => {
        const runs: Array<{ first: number; cell: number; lines: Line[] }> = [];
        cell.lines.forEach((text, i) => {
          const line = { ...block[cell.at[i]!]!, text };
          const run = runs[runs.length - 1];
          if (run && i > 0 && goesOn(cell.lines[i - 1]!, text)) run.lines.push(line);
          else runs.push({ first: cell.at[i]!, cell: c, lines: [line] });
        });
        return runs;
      });
      paragraphs.sort((x, y) => x.first - y.first || x.cell - y.cell);
      paragraphs.forEach((p, k) => {
        if (k > 0) out.push({ ...block[0]!, text: "" });
        out.push(...p.lines);
      });
    }
    a = z;
  }
  return out;
}

/** The share of the body's widest line from which a line is taken to run across the page. */
const WIDE_LINE = 0.9;
