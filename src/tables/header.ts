import type { Layout, Line, Segment } from "../model/layout.js";
import { allLines } from "../model/layout.js";
import type { HeaderScan } from "../model/doc.js";
import { lineWords, averageCharWidth, charCount, firstWord, forgetLineWords, lineMoreWordsThan, moreWordsThan, ANCHOR_SLACK_CHARS } from "./columns.js";
import type { ColumnDef, Word } from "./columns.js";
import { LineMemo, WindowMemo } from "./lineMemo.js";
import { statesValue } from "./headerValues.js";
import { CHAR_WIDTH } from "../extract/text.js";
import { isEnglishWord } from "../vocab/english.js";
import { isJsSpace, LOWER_OPENING } from "../vocab/text.js";
import { LINE_ENDS_ON_HYPHEN } from "../vocab/broken.js";

import { COLUMN_LABELS, CORE_ROLES, LABEL_FRAGMENT, LABEL_START, LABEL_WORD, MAX_LABEL_WORDS, OBJECTIVE_LABEL, ROW_LABEL_WORD, SUB_MEASURE_LABEL, isCombinedLabel, labelRole } from "../vocab/columns.js";
import type { ColumnRole } from "../vocab/columns.js";
import { isCompactSection } from "../vocab/sections.js";
import { FOOTNOTE_MARK_RUN, FOOTNOTE_START, GLYPH_CLASS } from "../vocab/markers.js";
// Baselines closer than this many font sizes are staggered pieces of one printed row.
import { SAME_ROW_EM } from "../extract/furniture.js";
import { SEGMENT_GAP_EM, SUPERSCRIPT_RAISE_EM, SUPERSCRIPT_SIZE_RATIO } from "../extract/pdf/lines.js";

/**
 * A header line is the labels and little else. Prose that names them ("the main objectives,
 * expected accomplishments and associated performance measures") has labels later in the line
 * and many other words: the first label must start within the first words, and the words outside
 * labels (extra column headers) are few.
 */
const MAX_WORDS_BEFORE_FIRST_LABEL = 1;
const MAX_EXTRA_WORDS = 10;
/** An extra column header is a short label, not a clause. */
const MAX_EXTRA_COLUMN_WORDS = 5;
/** A compact table names at least this many of the core columns (objective, accomplishments, measures)… */
const MIN_CORE_ROLES = 2;
/**
 * …or it is a key-performance-indicator table: a measures column with its own Baseline or Target
 * column ("KEY PERFORMANCE INDICATORS | TARGET (2009)", "Performance measures | Baseline | Target"),
 * under an objective given by a spanning row or the heading above (2010s compacts). The classifier
 * does not count such a header as a compact's (isCoreHeader): other UN documents print indicator
 * tables with baselines and targets.
 */
function isValueTable(columns: readonly ColumnDef[]): boolean {
  return coreRoleCount(columns) === 1 && columns.some((c) => c.role === "measures") && columns.some((c) => c.role === "target" || c.role === "baseline");
}
/** How many of the columns are core columns (objective, accomplishments, measures). */
function coreRoleCount(columns: readonly ColumnDef[]): number {
  return columns.filter((c) => CORE_ROLES.includes(c.role)).length;
}
/** A header that names at least MIN_CORE_ROLES core columns: decisive evidence of a compact. */
export function isCoreHeader(header: TableHeader): boolean {
  return coreRoleCount(header.columns) >= MIN_CORE_ROLES;
}

export interface TableHeader {
  columns: ColumnDef[];
  /** How many source lines the header took (1, or 2 when the header wraps). */
  lineCount: number;
  page: number;
  line: number;
}

export { camelCaseKey } from "../vocab/columns.js";
import { camelCaseKey } from "../vocab/columns.js";

/**
 * The first compact table header among a layout's non-blank lines, each probed with `detectHeader`
 * in order: the classifier's table-header cue. The table reader takes the result from the Doc
 * (`linesWithoutHeader`) instead of probing those lines again.
 */
export function scanFirstHeader(layout: Layout): HeaderScan {
  const lines = [...allLines(layout)].filter((l) => l.segments.length > 0);
  for (let i = 0; i < lines.length; i++) {
    const header = detectHeader(lines, i, layout.text);
    if (!header) continue;
    // The first header may be a key-performance-indicator table's; the classifier wants to know
    // whether any header of core columns follows (rare: only then is the rest searched).
    let core = isCoreHeader(header);
    for (let k = i + 1; !core && k < lines.length; k++) {
      const later = detectHeader(lines, k, layout.text);
      core = later !== null && isCoreHeader(later);
    }
    return { first: lines[i]!, nonBlank: lines.length, core };
  }
  return { first: null, nonBlank: lines.length, core: false };
}

/**
 * How many of `lines` — every line of the scanned layout in order, blank ones included, as the table
 * reader walks them — start no header: those before the scan's first header, all of them when it
 * found none; 0 when the scan is not of these lines. Exact: where `detectHeader` finds nothing at a
 * line of the non-blank list, it finds nothing at that line of the full list either. Blank lines
 * change only how far a wrapped header's window reaches (`k - i` counts them), and the page test
 * reads past them alike, so the windows read in the full list are a prefix of those read in the
 * non-blank one, and a window that failed there fails here (a found header's line count may differ,
 * which is why the scan is not used after its first header). test/tables/header-scan.test.ts checks it.
 */
export function linesWithoutHeader(scan: HeaderScan | undefined, lines: readonly Line[]): number {
  if (!scan) return 0;
  let nonBlank = 0;
  let before = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === scan.first && before < 0) before = i;
    if (line.segments.length > 0) nonBlank++;
  }
  if (nonBlank !== scan.nonBlank) return 0;
  if (scan.first === null) return lines.length;
  return before < 0 ? 0 : before;
}

/** A cell's wrapped line sits at most this many font sizes under the line before (a paragraph's leading, not a row gap). */
const WRAP_STEP_EM = 1.5;

/**
 * `lines[i]` is the wrapped last line of a cell of the table above, not a header's first piece:
 * it opens in lower case, one wrapped line's step (WRAP_STEP_EM) under the line before on its
 * page, right where a word of that line starts (the cell's text edge, after its bullet). A cell's
 * tail "risk" under "● Early warning coverage increased to 56% of the population at", three
 * lines above the next table's header, had been read as a "Risks" label: the header took a
 * phantom risks column and every indicator's first words (corpus9 dev9b d9b-014). A header's
 * pieces open in capitals or stand apart from the rows above; a label wrapped at the margin under
 * the line's first word ("Risks" / "and mitigations", one cell per line) is left alone.
 */
/** A year or figure then a lower-case word ("2010 baseline"): a sentence's wrapped tail, no header label. */
const FIGURE_THEN_WORD = /^\d[\d,.]*\s+\p{Ll}/u;
function wrapsCellAbove(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const above = lines[i - 1];
  const seg = line?.segments[0];
  if (!line || !above || !seg || above.page !== line.page || above.segments.length === 0) return false;
  // A figure then a lower-case word goes on a sentence too ("… use against the" / "2010 baseline",
  // the last line of a ruled table right above the next one's header: corpus13 d13-014 abw.pdf).
  const figure = FIGURE_THEN_WORD.test(line.text.trim());
  if (!LOWER_OPENING.test(line.text.trim()) && !figure) return false;
  if (line.y - above.y > WRAP_STEP_EM * seg.fontSize) return false;
  const cw = averageCharWidth(above);
  // Not the line's first word: a linearised header's labels ("Risks" / "and mitigations") share
  // the margin; a cell's tail hangs under its text after a bullet, or under a later cell. A figure
  // opens no label wrapped under a label: under the line's first word too.
  return lineWords(above).slice(figure ? 0 : 1).some((w) => Math.abs(w.x - seg.x) <= cw) || (figure && underItemText(above, seg.x, cw));
}

/**
 * `lines[i]` is the last line of a cell of the table above, not a wrapped header's first piece: it
 * hangs one wrapped line's step (WRAP_STEP_EM) under the line before it on its page, where one of
 * that line's later runs starts (a cell right of the first), while the next line, a whole header
 * by itself, stands at least PIECE_APART_STEPS times as far under it. A header's pieces keep
 * together; a cell's last line keeps to its cell. jsPDF/autoTable's "(target: 4 days)." under "Average time to issue a public
 * statement after a major incident", the next table's "Objective  Outcome  Performance measure"
 * 30 pt below (10.4 pt over it; pdftotext: one line over, three under), had been read as that
 * header's first piece: a column "target4Days" cut the Outcome column at its x, every
 * accomplishment lost the words right of it, and the cell above lost its last line (corpus18
 * val18c v18-008, PDF and layout text). The page-crossing form of the same misreading is
 * `headerOfItsOwn`'s.
 */
const PIECE_APART_STEPS = 2;
function cellLineOverHeader(lines: readonly Line[], i: number, layoutText: string | undefined): boolean {
  const line = lines[i]!;
  const above = lineAWrapStepAbove(lines, i);
  if (!above) return false;
  let b = i + 1;
  while (b < lines.length && lines[b]!.segments.length === 0) b++;
  const below = lines[b];
  if (!below || below.page !== line.page || below.y - line.y < PIECE_APART_STEPS * (line.y - above.y)) return false;
  // Under a later cell's run: a heading or paragraph over the table starts at the margin, and so
  // may a linearised header's first label under it (corpus16 plain.txt: "A. MANAGERIAL
  // OBJECTIVES" / "Objective", the other labels a blank line below). Or under the line's only run
  // when that run stands right of the header's first label, inside the table: a heading or a
  // paragraph does not start there, a later column's cell does when the cells on its left have
  // ended ("projects approved" / "(target: 109)." alone at the measures' edge, corpus18 val18d
  // v18-017, PDF and layout text).
  const insideTable = line.segments[0]!.x - below.segments[0]!.x > averageCharWidth(below);
  if (!startsUnderRun(insideTable ? above.segments : above.segments.slice(1), line, above)) return false;
  return headerOfItsOwn(below, layoutText);
}

/**
 * The nearest non-blank line above `lines[i]` on its page, when `lines[i]` hangs at most one
 * wrapped line's step (WRAP_STEP_EM of its first run's size) under it; else undefined. What a
 * cell's last line keeps to (cellLineOverHeader here; tables/index.ts wrapsRunAbove).
 */
export function lineAWrapStepAbove(lines: readonly Line[], i: number): Line | undefined {
  const line = lines[i];
  const seg = line?.segments[0];
  if (!line || !seg) return undefined;
  let a = i - 1;
  while (a >= 0 && lines[a]!.segments.length === 0) a--;
  const above = lines[a];
  if (!above || above.page !== line.page) return undefined;
  const step = line.y - above.y;
  return step > 0 && step <= WRAP_STEP_EM * seg.fontSize ? above : undefined;
}

/** `line`'s first run starts under one of `runs` (of the line `above`), within a character of it. */
export function startsUnderRun(runs: readonly Segment[], line: Line, above: Line): boolean {
  const x = line.segments[0]?.x;
  if (x === undefined) return false;
  const cw = averageCharWidth(above);
  return runs.some((s) => Math.abs(s.x - x) <= cw);
}

/**
 * A figure-then-word tail under a numbered item's line ("5.3.2 12% of reduction … against the" /
 * "2010 baseline"): pdftotext's grid sets the hanging indent a character or two off the text's first
 * word, between the item's marker and its text (corpus13 d13-014 txt: the tail at 93, the marker
 * at 89, "12%" at 95), so no word start of the line above lines up with it. It still lies under
 * that line's words, past its first one's start: a cell's wrap, never a header piece.
 */
function underItemText(above: Line, x: number, cw: number): boolean {
  const words = lineWords(above);
  const first = words[0], last = words[words.length - 1];
  return words.length > 2 && !!first && !!last && x > first.x + cw && x < last.x;
}

/**
 * Find the table header at `lines[i]` (possibly wrapped onto `lines[i+1]`). Returns the columns
 * with their anchors (left edge of each header cell), or null.
 */
export function detectHeader(lines: readonly Line[], i: number, layoutText?: string): TableHeader | null {
  const header = headerAt(lines, i, layoutText);
  return header && withGluedLastLabel(lines, i, withBrokenYear(lines, i, withBrokenTailsOverPage(lines, i, header)));
}

/**
 * `detectHeader` for a caller that wants a header of one line only (`lineCount === 1`): the same
 * header when it finds one of one line; null or a taller header otherwise. Exact for that test
 * without reading the wrapped windows: a wrapped header takes at least two lines (its first and the
 * next non-blank one), and the steps after `headerAt` only ever add lines. The run-together check
 * (tables/runTogether) probes every one-run line that names a value column, most of them prose.
 */
export function detectOneLineHeader(lines: readonly Line[], i: number, layoutText?: string): TableHeader | null {
  const header = headerAt(lines, i, layoutText, true);
  return header && withGluedLastLabel(lines, i, withBrokenYear(lines, i, withBrokenTailsOverPage(lines, i, header)));
}

/**
 * pdftotext's grid: the last label glued by one space to a Baseline or Target label before it
 * ("TARGET REMARKS", "BASELINETARGET REMARKS" over a 6-column table, corpus13 d13-012, d13-015),
 * read as that label's qualifier ("Target 2013"). It is a column of its own when the body under
 * the header says so: on at least MIN_GLUED_COLUMN_LINES of the next lines, more runs of text open
 * from the first value column on than the header has value columns there, the last of them right
 * of the last label — a cell more than the header's, where a qualified label has none. The grid
 * shifts glued labels off their cells, so the new column stands where those last runs open (their
 * leftmost). Only a capitalised word of letters (a year or a bracket qualifies) that is no label,
 * the last word of the header's last column.
 */
function withGluedLastLabel(lines: readonly Line[], i: number, header: TableHeader): TableHeader {
  const at = header.columns.length - 1;
  const column = header.columns[at];
  if (!column || (column.role !== "baseline" && column.role !== "target") || column.column !== undefined) return header;
  const words = column.header.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !/^\p{Lu}\p{L}{3,}$/u.test(last) || labelRole(last) !== null) return header;
  const first = header.columns.findIndex((c) => c.role === "baseline" || c.role === "target");
  const valueColumns = header.columns.length - first;
  const charWidth = averageCharWidth(lines[i]!);
  const from = header.columns[first]!.x - ANCHOR_SLACK_CHARS * charWidth;
  const lastStarts: number[] = [];
  for (let k = i + header.lineCount, seen = 0; k < lines.length && seen < GLUED_COLUMN_WINDOW; k++) {
    const line = lines[k]!;
    if (line.segments.length === 0) continue;
    if (line.page !== lines[i]!.page) break;
    seen++;
    const runs = line.segments.filter((seg) => seg.x >= from);
    if (runs.length > valueColumns && runs[runs.length - 1]!.x > column.x + ANCHOR_SLACK_CHARS * charWidth) lastStarts.push(runs[runs.length - 1]!.x);
  }
  if (lastStarts.length < MIN_GLUED_COLUMN_LINES) return header;
  const x = Math.min(...lastStarts);
  const label = words.slice(0, -1).join(" ");
  const columns = [...header.columns];
  columns[at] = { ...column, header: label, key: keyOf(column.role, label), right: Math.min(column.right ?? x, x - charWidth) };
  columns.push({ key: camelCaseKey(last), role: "extra", header: last, x, column: undefined, right: x + charCount(last) * charWidth });
  return { ...header, columns };
}
/** Lines under the header read for a glued label's column, and how many must show its cells apart. */
const GLUED_COLUMN_WINDOW = 12;
const MIN_GLUED_COLUMN_LINES = 2;

/**
 * A value label's year broken inside its narrow cell ("Targ" / "et" / "(201" / "3)"): the lines
 * under the header whose pieces each lie under a Baseline or Target label and, joined per column
 * top to bottom, make a year that the first line alone is not. They are the labels' — read as
 * values they would open the first row ("(201 3) 31"). The year joins the label it qualifies.
 */
function withBrokenYear(lines: readonly Line[], i: number, header: TableHeader): TableHeader {
  const values = header.columns.filter((c) => c.role === "baseline" || c.role === "target");
  if (values.length === 0) return header;
  const pieces = new Map<ColumnDef, string>();
  let above = lines[i + header.lineCount - 1]!;
  for (let k = i + header.lineCount, taken = 0; k < lines.length && taken < MAX_YEAR_LINES; k++) {
    const line = lines[k]!;
    if (line.segments.length === 0) continue;
    if (line.page !== above.page || line.y - above.y > WRAP_STEP_EM * (line.segments[0]!.fontSize || 1)) break;
    const slack = ANCHOR_SLACK_CHARS * averageCharWidth(line);
    const owners = line.segments.map((seg) => values.filter((c) => seg.x < (c.right ?? c.x) + slack && seg.x + seg.width > c.x - slack));
    if (owners.some((o) => o.length !== 1)) break;
    line.segments.forEach((seg, n) => pieces.set(owners[n]![0]!, (pieces.get(owners[n]![0]!) ?? "") + seg.text.trim()));
    taken++;
    above = line;
    const years = [...pieces.values()];
    if (taken >= 2 && years.every((y) => YEAR_LABEL.test(y))) {
      const columns = header.columns.map((c) => (pieces.has(c) ? { ...c, header: `${c.header} ${pieces.get(c)!}` } : c));
      return { ...header, columns, lineCount: k - i + 1 };
    }
    // A whole year on the first line is the year line the table reader takes (tables/index.ts withYearLine).
    if (taken === 1 && years.every((y) => YEAR_LABEL.test(y))) break;
  }
  return header;
}
/** A year broken in a narrow cell takes two lines, three at most. */
const MAX_YEAR_LINES = 3;

/**
 * A header row cut by a page break inside its narrow cells' broken words ("BASELI  TARGE" at the
 * page foot, "NE  T" at the next page's top): the tails complete the heads, read left to right —
 * the next page's first line is the tails only, one per broken head, each pair a label of the
 * vocabulary the header lacks. Read in order, not by x: plain text lays each page out on its own
 * grid, so a cell's x differs from page to page.
 */
function withBrokenTailsOverPage(lines: readonly Line[], i: number, header: TableHeader): TableHeader {
  const heads = header.columns.filter((c) => c.role === "extra" && isBrokenHead(c.header));
  if (heads.length === 0) return header;
  const last = lines[i + header.lineCount - 1];
  let k = i + header.lineCount;
  while (k < lines.length && lines[k]!.segments.length === 0) k++;
  const below = lines[k];
  if (!last || !below || below.page !== last.page + 1) return header;
  const tails = below.text.trim().split(/\s+/);
  if (tails.length !== heads.length || !tails.every((t) => /^[A-Za-z]{1,8}$/.test(t))) return header;
  const roles = heads.map((h, n) => labelRole(h.header + tails[n]!));
  if (roles.some((r) => r === null || header.columns.some((c) => c.role === r)) || new Set(roles).size !== roles.length) return header;
  const columns = header.columns.map((c) => {
    const n = heads.indexOf(c);
    if (n < 0) return c;
    const text = c.header + tails[n]!;
    return { ...c, role: roles[n]!, key: keyOf(roles[n]!, text), header: text };
  });
  return { ...header, columns, lineCount: yearLineUnder(lines, k) - i + 1 };
}

/**
 * A two-level header cut by a page break between its rows: `first`, a whole header line by itself,
 * is its page's last line, and the next page opens (at `k`) with the lower row — label pieces per
 * cell, or the heads and tails of label words its narrow cells broke, on up to three staggered lines
 * ("Baselin" / "Indicator  Target" / "e"). Read with the line above they give known columns the line
 * alone lacks (the values' Baseline and Target) and keep its core columns; without them the values
 * were read into the measures. A page-top line that is a whole header by itself with the core
 * columns of `first` is the header repeated, not a lower row. The columns read and the lower row's
 * last line, else null.
 */
function lowerRowOverPage(lines: readonly Line[], k: number, first: Line, single: readonly ColumnDef[], layoutText: string | undefined): { columns: ColumnDef[]; last: number } | null {
  const top = lines[k]!;
  const own = headerOfItsOwn(top, layoutText) ? lineHeaderColumns(top, layoutText) : null;
  if (own && coreRoleCount(own) >= coreRoleCount(single)) return null;
  const rows: number[] = [];
  for (let n = k; n < lines.length && lines[n]!.page === top.page && rows.length < MAX_LOWER_ROW_LINES; n++) {
    const l = lines[n]!;
    if (l.segments.length === 0) continue;
    if (!labelPiecesPerCell(l) && !isBrokenTailLine(l) && !brokenLabelHeads(l.text) && !labelsAndBrokenTails(l, [first, ...rows.map((r) => lines[r]!)])) break;
    rows.push(n);
  }
  let best: { columns: ColumnDef[]; last: number } | null = null;
  for (let m = 1; m <= rows.length; m++) {
    const w = matchHeaderWords(mergeHeaderCells([first, ...rows.slice(0, m).map((r) => lines[r]!)], layoutText));
    if (!w || coreRoleCount(w) < coreRoleCount(single) || knownLabels(w) <= knownLabels(best?.columns ?? single)) continue;
    best = { columns: w, last: rows[m - 1]! };
  }
  return best;
}
/** A two-level header's lower row takes up to three staggered lines (a broken label's head and tail around the others). */
const MAX_LOWER_ROW_LINES = 3;

/**
 * The labels' year line under a line of label pieces at a page top ("NE  T" / "2008  2009"): the
 * next line on the page, a year per label piece, each set under one of them. Its index, else `k`.
 */
/**
 * The lines under a one-line header that complete a label word its narrow cell broke without a
 * hyphen, and the label's further words (`headerAt`): the first line's every run a label word or a
 * tail that completes the head above it ("NCE" under "PERFORMA", `completesBrokenHeads`), the
 * following lines label words only, a word or two per cell; read over them, the header keeps its
 * columns and names more of them known labels. Null when it does not.
 */
function brokenLabelBelow(lines: readonly Line[], i: number, k: number, single: readonly ColumnDef[], layoutText: string | undefined): { columns: ColumnDef[]; last: number } | null {
  const first = lines[i]!;
  if (!completesBrokenHeads(lines[k]!, first, undefined)) return null;
  const window = [first, lines[k]!];
  for (let last = k; ; ) {
    const w = matchHeaderWords(mergeHeaderCells(window, layoutText));
    if (w && w.length === single.length && knownLabels(w) > knownLabels(single)) return { columns: w, last };
    if (window.length >= MAX_WRAPPED_LINES) return null;
    let j = last + 1;
    while (j < lines.length && lines[j]!.segments.length === 0) j++;
    const below = lines[j];
    if (!below || below.page !== first.page || !(isLabelTail(below) || labelPiecesPerCell(below))) return null;
    window.push(below);
    last = j;
  }
}

function yearLineUnder(lines: readonly Line[], k: number): number {
  const pieces = lines[k]!;
  let n = k + 1;
  while (n < lines.length && lines[n]!.segments.length === 0) n++;
  const below = lines[n];
  if (!below || below.page !== pieces.page) return k;
  const years = below.text.trim().split(/\s+/);
  if (years.length > pieces.segments.length || !years.every((y) => YEAR_LABEL.test(y))) return k;
  const slack = ANCHOR_SLACK_CHARS * averageCharWidth(below);
  const under = below.segments.every((y) => pieces.segments.some((p) => y.x < p.x + p.width + slack && p.x - slack < y.x + y.width));
  return under ? n : k;
}

function headerAt(lines: readonly Line[], i: number, layoutText?: string, oneLineOnly = false): TableHeader | null {
  const first = lines[i];
  if (!first || first.segments.length === 0) return null;
  // Every header line holds a label or a piece of one; most lines do not, and are passed over cheaply.
  // Except the first piece of a narrow cell that breaks its label inside a word ("Baseli" / "ne"),
  // printed a little above the row's other labels (a fragment closer than a line height to a line
  // that holds a label piece), or a line of such broken heads only (plain text, "Baseli  Targe").
  if (!LABEL_PIECE.test(first.text) && !isLeadingFragment(lines, i) && !brokenLabelHeads(first.text)) return null;
  const single = LABEL_WORD.test(first.text) ? lineHeaderColumns(first, layoutText) : null;
  if (single) {
    // A complete header line can still wrap a label's last word onto the next line ("RISKS AND
    // MITIGATION" / "MEASURES"): a line of label words only, under the header's cells, is its tail.
    let k = i + 1;
    while (k < lines.length && lines[k]!.segments.length === 0) k++;
    const next = lines[k];
    // Or at the next page's top, when the page break cut the header row after its first line
    // (wkhtmltopdf breaks inside a row: "Objectives  Outcomes  Indicators  Risks" end a page,
    // "of achievement  and mitigations" open the next): its label tails only, no header alone.
    const cutTail = !!next && next.page === first.page + 1 && isJoinedLabelTail(next, "optional") && !headerOfItsOwn(next, layoutText);
    if (next && (next.page === first.page || cutTail)) {
      // The header read over both lines, merged once for whichever of the tests below asks for it.
      let merged: ColumnDef[] | null | undefined;
      const wrapped = (): ColumnDef[] | null => (merged === undefined ? (merged = matchHeaderWords(mergeHeaderCells([first, next], layoutText))) : merged);
      const both = { lineCount: k - i + 1, page: first.page, line: first.line };
      if (isLabelTail(next) || isJoinedLabelTail(next, "required") || cutTail) {
        const w = wrapped();
        if (w && w.length === single.length) return { columns: w, ...both };
      }
      // So can a label word broken inside a narrow cell ("… Baseli  Target" / "ne"): the line of
      // tails is the header's when it makes an extra column a known label.
      // Beside them the year a value label wraps onto its second line ("Baselin  Target" / "e  (2021)¹").
      if (isBrokenTailLine(next) || isBrokenTailAndYearLine(next)) {
        const w = wrapped();
        if (w && w.length === single.length && knownLabels(w) > knownLabels(single)) return { columns: w, ...both };
      }
      // A label's first word alone on the line, centred over its rest below ("Expected" /
      // "Accomplishments", beside "Performance Measures  Target" / "(2010)"), was dropped there as a
      // row label: the next line of label pieces per cell completes it when that adds a known column
      // or a core column the line alone lacks (two branches wrote this rule; both tests are kept).
      if (labelPiecesPerCell(next)) {
        const w = wrapped();
        if (w && ((w.length > single.length && knownLabels(w) > knownLabels(single)) || coreRoleCount(w) > coreRoleCount(single))) return { columns: w, ...both };
      }
    }
    // Or a narrow cell broke a label word without a hyphen and wrapped the label's rest below it
    // ("OBJECTIVE  OUTCOME  PERFORMA  BASELINE …" / "NCE" / "MEASURE", AbiWord): the line alone read
    // the cell as an extra column; the lines under it make it a known one.
    const broken = next && next.page === first.page ? brokenLabelBelow(lines, i, k, single, layoutText) : null;
    if (broken) return { columns: broken.columns, lineCount: broken.last - i + 1, page: first.page, line: first.line };
    // Or the page break cut a two-level header between its rows: the group labels end the page
    // ("Outcomes  Performance measures"), the lower row opens the next ("Indicator  Baseline  Target").
    const lower = next && next.page === first.page + 1 ? lowerRowOverPage(lines, k, first, single, layoutText) : null;
    if (lower) return { columns: lower.columns, lineCount: lower.last - i + 1, page: first.page, line: first.line };
    return { columns: single, lineCount: 1, page: first.page, line: first.line };
  }
  // Every header read below is wrapped: two lines or more.
  if (oneLineOnly) return null;
  // The first line of a wrapped header is a few label pieces, not a wrapped sentence.
  if (moreWordsThan(first.text, MAX_HEADER_LINE_WORDS)) return null;
  // Nor the last wrapped line of a cell of the table above ("… of the population at" / "risk").
  if (wrapsCellAbove(lines, i)) return null;
  // Nor a cell's last line kept to its cell, over the next table's header set apart below it.
  if (cellLineOverHeader(lines, i, layoutText)) return null;
  // A wrapped header: header cells of two or three lines, vertically centred or top-aligned
  // ("Expected" / "Objective … Performance measure" / "accomplishment").
  // Blank lines between the pieces (a PDF's leading, pdftotext's spacing) do not break the header.
  const following: number[] = [];
  for (let k = i; k < lines.length && following.length < MAX_HEADER_LINES && k - i <= 2 * MAX_HEADER_LINES; k++) {
    const l = lines[k]!;
    // A header row cut by a page break (WeasyPrint breaks inside a row: the one-line cells
    // "OBJECTIVE … BASELINE TARGET" end a page, "KEY PERFORMANCE" / "INDICATOR" open the next) goes
    // on at the top of the next page with label words only, when its part above is no header alone.
    if (l.page !== first.page && !(l.page === first.page + 1 && (l.segments.length === 0 || isLabelTail(l) || isJoinedLabelTail(l, "optional") || isCutLabelTail(l) || connectorUnderLabel(l, following.map((f) => lines[f]!))) && cutHeaderAbove(lines, following, first.page, layoutText) && !repeatedOverCellLine(l, following.map((f) => lines[f]!), layoutText))) break;
    // A footnote at the foot of the page under the cut row's first part is the page's, not the
    // header's: passed over to the next page, where the next line must go on with label words.
    const foot = following.length > 0 && l.page === first.page ? footnoteAtPageFoot(lines, k, following[following.length - 1]!) : -1;
    if (foot >= 0) {
      k = foot;
      continue;
    }
    if (l.segments.length > 0) following.push(k);
  }
  // The label words of the window's lines joined by spaces, counted line by line once: a label
  // word is letters only, so none runs across the join, and each line's count is the same alone.
  const labelWordCounts: number[] = [];
  // Counted up to MIN_CORE_ROLES a line: only whether the window's sum reaches it is asked, and a
  // line that reaches it alone makes every window's sum reach it.
  const labelWordsOf = (j: number): number => (labelWordCounts[j] ??= labelWordsUpTo(lines[following[j]!]!.text, MIN_CORE_ROLES));
  for (let n = 2; n <= MAX_HEADER_LINES; n++) {
    if (following.length < n) break;
    const window = following.slice(0, n).map((k) => lines[k]!);
    let labelWords = 0;
    for (let j = 0; j < n; j++) labelWords += labelWordsOf(j);
    if (labelWords < MIN_CORE_ROLES) continue;
    if (window.some((l) => lineMoreWordsThan(l, MAX_HEADER_LINE_WORDS))) break;
    // Past five lines only a staggered header's label pieces (d8c-003), never a heading or a cell's
    // run of words under a page-top header that lost a piece (corpus10 d10b-013 txt: the window
    // had reached the next table's "ACCOMPLISHMENTS" over an objective heading).
    if (n > MAX_WRAPPED_LINES && window.some((l) => l.segments.some((seg) => moreWordsThan(seg.text, MAX_PIECE_WORDS)))) break;
    // A labelled objective row ("Objective: To …") or a sentence is never a piece of a header.
    if (window.some((l) => OBJECTIVE_LABEL.test(l.text.trim()) || /[a-z]\.$/.test(l.text.trim()))) break;
    // Nor a line that reports a value after a label ("(target: 85%)"): a cell's text (headerValues).
    if (window.some((l) => statesValue(l.text))) break;
    // Nor is a section heading above the table ("Managerial objectives").
    if (window.some((l) => l.segments.length === 1 && isCompactSection(l.text))) break;
    // Nor a cell's bulleted item: a header labels its columns, it lists nothing.
    if (window.some(opensBulletedItem)) break;
    // Nor a window whose first words, read before the merge, can open no label (cheap: most probes end here).
    if (opensWithoutLabel(window, layoutText)) continue;
    const mergedWords = mergeHeaderCells(window, layoutText);
    const merged = matchHeaderWords(mergedWords);
    if (!merged) continue;
    let grouped = mergedWords.some((w) => w.underGroup !== undefined);
    // A last staggered piece closer than a line height below ("Baseline" / "2006") still belongs
    // to the header row when the taller window reads as a header too.
    let columns = merged, lines_ = n;
    while (lines_ < Math.min(following.length, MAX_HEADER_LINES)) {
      const below = lines[following[lines_]!]!, above = lines[following[lines_ - 1]!]!;
      // So does the rest of a label's qualifier left open on the line above ("(previous" / "year)").
      const open = columns.some((c) => (c.header.match(/\(/g)?.length ?? 0) > (c.header.match(/\)/g)?.length ?? 0));
      if (below.page !== above.page) break;
      // And a line of label words only: the wrapped tail of its cells ("RISKS AND" / "MITIGATION" / "MEASURES").
      // And the tails of words broken inside narrow cells ("BASELIN" / "OUTCOME … TARGET" / "E"):
      // pdftotext's grid prints the staggered pieces a whole line apart, so only what they complete
      // tells — an extra column becomes a known label.
      const tails = isBrokenTailLine(below) || completesBrokenHeads(below, above, lines[following[lines_ - 2]!]);
      // A piece is a word or two per cell: the line may hold several, one per cell ("ACCOMPLISHMENTS
      // (2018) (2019)" under "EXPECTED … BASELINE TARGET" with "INDICATORS OF ACHIEVEMENT" between).
      // So may a lower label beside the tails of value labels a narrow cell broke mid-word
      // ("Indicator  ine  t" under "Basel  Targe", d8d-003).
      if (lineMoreWordsThan(below, MAX_FRAGMENT_WORDS) && !labelPiecesPerCell(below) && !tails && !labelsAndBrokenTails(below, window)) break;
      const far = !open && !tails && !isLabelTail(below) && below.y - above.y >= SAME_ROW_EM * (above.segments[0]?.fontSize ?? 0);
      if (far && grouped) break;
      const tallerWords = mergeHeaderCells([...window, ...following.slice(n, lines_ + 1).map((k) => lines[k]!)], layoutText);
      // A two-level header's lower row (`Indicator | Baseline | Target` under the group label that
      // spans them) is a line of its own, a whole line height below in plain text or under a
      // header with leading; once read, the row below it is the body's.
      const lowerRow = !grouped && tallerWords.some((w) => w.underGroup !== undefined);
      const taller = matchHeaderWords(tallerWords);
      if (far && !lowerRow && !completesCoreColumn(below, taller, columns)) break;
      // In a PDF a line of tails closer than a line height under the pieces above is printed in the
      // same header row ("OBJECTIVES  ACCOMPLISHMENT" / "INDICATORS  MITIGATIONS" / "S", LibreOffice
      // breaking a label inside a narrow cell): it is the header's, though the label it completes
      // was known already without it (it was left as the body's first line, a row of its own).
      const sameRow = below.y - above.y < SAME_ROW_EM * (above.segments[0]?.fontSize ?? 0);
      const staggered = tails && lines_ >= 2 && continuesStaggeredLabel(below, above, lines[following[lines_ - 2]!]!);
      const plural = tails && pluralEndsUnder(below, above);
      if (!taller || (tails && knownLabels(taller) <= knownLabels(columns) && !sameRow && !staggered && !plural)) break;
      columns = taller;
      grouped ||= lowerRow;
      lines_++;
    }
    return { columns, lineCount: following[lines_ - 1]! - i + 1, page: first.page, line: first.line };
  }
  return null;
}

/**
 * The header probe's shortcut before a window's merge (session 39, h-perf3): a window whose first
 * line's first run is its leftmost piece opens the merged words with that run's first words
 * (`cellsOf` lists the leftmost cell first, its pieces top to bottom), and `matchHeaderWords` wants a
 * label to open at the first or the second word. So the window is no header when neither word can
 * open one: the second is no label's first word (LABEL_START), and the first is none either, or is a
 * label's first word that is no label alone followed by a word ending a clause ("Performance
 * framework, 2013", a heading over the table: no label holds a comma outside its brackets). Body
 * lines that name a label in passing ("Countries with paperless trade measures") end here too, and
 * their windows of 2 to 7 lines are not merged. Words a merge may glue to others stay with the
 * merge: a label word's broken head or tail ("Baseli" / "ne", "ACCOMPL-" / "ISHMENT"), an unglued
 * label pair. PDF and layout text only: a cell index (tab text, Markdown) may name the measure
 * column alone (`subMeasureAt`).
 */
export function opensWithoutLabel(window: readonly Line[], layoutText: string | undefined): boolean {
  const run = window[0]!.segments[0];
  if (!run || window.some((l) => l.segments.some((seg) => seg.column !== undefined || seg.x < run.x))) return false;
  const words = headerLineWords(window[0]!, layoutText);
  const [w0, w1] = words;
  if (!w0 || !w1 || w0.segment !== 0 || w1.segment !== 0 || w0.unglued || w1.unglued) return false;
  if (!wholeOrdinaryWord(w0.text) || !wholeOrdinaryWord(w1.text) || LABEL_START.test(w1.text)) return false;
  if (!LABEL_START.test(w0.text)) return true;
  return labelRole(w0.text) === null && CLAUSE_END.test(w1.text) && !w1.text.startsWith("(");
}
/** A word that ends a clause: no label's word does, outside a bracketed qualifier. */
const CLAUSE_END = /[,;]$/;
/** A word no merge glues to another: no broken head of a label word, no broken tail, no hyphenated line end. */
function wholeOrdinaryWord(text: string): boolean {
  if (LINE_ENDS_ON_HYPHEN.test(text) || BROKEN_TAIL.test(text)) return false;
  const letters = text.toLowerCase().replace(/[^a-z]/g, "");
  return letters.length > 0 && !LABEL_WORD_FORMS.some((l) => l !== letters && l.startsWith(letters));
}

/**
 * A run of the line opens with a bullet glyph ("• 37 cooperation agreements signed in 2020"): an
 * item of a cell of the table above, never a header's piece. The last row's wrapped line over the
 * next table ("risk into infrastructure planning  indicators", then two bulleted measures, the
 * caption and "Expected result  Performance measure") had been read as one header, its "risk" a
 * Risks column, and the row's rest lost (corpus7 t7c-008).
 */
const BULLET_OPENING = new RegExp(`^\\s*${GLYPH_CLASS}`, "u");
const opensBulletedItem = (line: Line): boolean => line.segments.some((seg) => BULLET_OPENING.test(seg.text));

/**
 * A line of label pieces per cell a whole line under the header read so far, whose pieces give it
 * a core column it lacked: the last staggered line of a centred header row, which pdftotext's grid
 * prints a line apart from the others ("EXPECTED … BASELINE TARGET" / "INDICATORS OF ACHIEVEMENT" /
 * "ACCOMPLISHMENTS (2018) (2019)": without it the accomplishment column is lost).
 */
function completesCoreColumn(below: Line, taller: readonly ColumnDef[] | null, columns: readonly ColumnDef[]): boolean {
  return taller !== null && labelPiecesPerCell(below) && coreRoleCount(taller) > coreRoleCount(columns);
}

/**
 * The lines `following` (on `page`) are a header row's part above a page break: the page's last
 * lines, label pieces that name a column but make no header alone.
 */
function cutHeaderAbove(lines: readonly Line[], following: readonly number[], page: number, layoutText: string | undefined): boolean {
  const above = following.map((k) => lines[k]!).filter((l) => l.page === page);
  if (above.length === 0 || above.length > MAX_HEADER_LINES) return false;
  if (above.some((l) => lineMoreWordsThan(l, MAX_HEADER_LINE_WORDS) || !LABEL_PIECE.test(l.text))) return false;
  return matchHeaderWords(mergeHeaderCells(above, layoutText)) === null;
}

/**
 * A line at the next page's top that reads as a whole header by itself (every column labelled:
 * "Objectives  Outcomes  Performance measures") is the header the table repeats there, not the rest
 * of a header row the page break cut. The page's last line above it is then the last line of a
 * cell ("(target: 16 days)", the measure column of a jsPDF/autoTable row kept whole on the page
 * before, corpus18 v18-017); read as the cut row's first part it became a column label and the
 * next page's cells went under it.
 * Unless the part above is a cut row's first line (`firstLineOfCutRow`): the rest of a row cut
 * after its first line can read as a header alone ("accomplishment  performance indicator" under
 * "Objective  Expected  Key", LibreOffice breaking a row of wrapped labels): refused, the window
 * lost the Objective column and its table's rows.
 */
function repeatedOverCellLine(line: Line, above: readonly Line[], layoutText: string | undefined): boolean {
  return headerOfItsOwn(line, layoutText) && !firstLineOfCutRow(above.filter((l) => l.page !== line.page), line);
}

function headerOfItsOwn(line: Line, layoutText: string | undefined): boolean {
  return LABEL_WORD.test(line.text) && lineHeaderColumns(line, layoutText) !== null;
}

/**
 * The columns one line names by itself: `matchHeaderWords` over its header words. Most lines asked
 * are prose holding a label word ("… the performance measures agreed …"); `opensNoLabel` tells them
 * from the line's first words before its words are built (issue 14, session 50: building them was
 * ~8 % of a Markdown note's CPU, in the classifier's header scan).
 */
export function lineHeaderColumns(line: Line, layoutText: string | undefined): ColumnDef[] | null {
  return opensNoLabel(line) ? null : builtLineHeaderColumns(line, layoutText);
}
/** The same columns read over the line's header words, built: the reading `opensNoLabel` shortcuts (its test holds them together). */
export function builtLineHeaderColumns(line: Line, layoutText: string | undefined): ColumnDef[] | null {
  return matchHeaderWords(headerLineWords(line, layoutText));
}

/**
 * `matchHeaderWords` finds no header in the line's header words, told from its text alone: it wants
 * a label to open at one of the first MAX_WORDS_BEFORE_FIRST_LABEL + 1 words, and a label opens
 * only at a word that LABEL_START matches (`matchLabelAt`) or at a word of a known cell index or
 * under a group label (`subMeasureAt`; a line's own words are under none). The first header words
 * are the line's first runs of non-space in segment order (`splitLineWords`), each cut in two where
 * two label words run together (`labelSplitAt`, as `readHeaderLineWords` cuts them); a raised mark
 * changes a word's segment, never its text. A line with cell indexes (tab text, Markdown tables) is
 * told the same way: there `subMeasureAt` opens a label only at a cell that is the one word
 * "Indicator(s)" (SUB_MEASURE_LABEL over the cell's words), and LABEL_START matches that word (issue
 * 14, session 51: a tab-separated compact's every row holding a label word was built for nothing).
 */
export function opensNoLabel(line: Line): boolean {
  const segments = line.segments;
  let seen = 0;
  for (let s = 0; s < segments.length; s++) {
    const text = segments[s]!.text;
    let i = 0;
    while (i < text.length) {
      if (isJsSpace(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && !isJsSpace(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      const at = labelSplitAt(word);
      if (at < 0) {
        if (LABEL_START.test(word)) return false;
        seen++;
      } else {
        if (LABEL_START.test(word.slice(0, at))) return false;
        if (++seen > MAX_WORDS_BEFORE_FIRST_LABEL) return true;
        if (LABEL_START.test(word.slice(at))) return false;
        seen++;
      }
      if (seen > MAX_WORDS_BEFORE_FIRST_LABEL) return true;
    }
  }
  return true;
}

/**
 * The lines `above` (the page's last) are the first lines of a header row whose rest is `below`
 * (the next page's first): label pieces only, a word or two per cell ("Objective  Expected  Key"),
 * and `below` goes on in some of those cells ("accomplishment  performance indicator"), so it has
 * no more runs than they have. A cell's last line over a repeated header is the cell's text, in
 * one or two columns, under a header that labels them all. Counted, not matched by x: plain text
 * lays each page out on its own grid.
 */
function firstLineOfCutRow(above: readonly Line[], below: Line): boolean {
  if (above.length === 0 || !above.every(isLabelTail)) return false;
  return below.segments.length <= above.reduce((n, l) => n + l.segments.length, 0);
}

/**
 * `lines[k]` opens a footnote at the foot of its page, a paragraph's gap under the header line
 * `lines[above]`: its number or sign first, a few lines to the page's end, and a page after it.
 * The index of the page's last line, else -1. LibreOffice and Word set a page's footnotes under
 * its last row, so a header row cut by the page break has them between its two parts.
 */
function footnoteAtPageFoot(lines: readonly Line[], k: number, above: number): number {
  const line = lines[k]!, prev = lines[above]!;
  const seg = line.segments[0];
  if (!seg || line.page !== prev.page) return -1;
  if (!FOOTNOTE_START.test(line.text.trim()) && !(line.segments.length > 1 && FOOTNOTE_MARK_RUN.test(seg.text.trim())) && !raisedMarkLine(lines, k)) return -1;
  if (line.y - prev.y <= WRAP_STEP_EM * (prev.segments[0]?.fontSize ?? seg.fontSize)) return -1;
  let last = k, count = 0;
  for (let n = k; n < lines.length && lines[n]!.page === line.page; n++) {
    if (lines[n]!.segments.length > 0 && !raisedMarkLine(lines, n) && ++count > MAX_FOOT_LINES) return -1;
    last = n;
  }
  return last + 1 < lines.length ? last : -1;
}
/** A page's footnotes under a header row cut by the break are a few lines (more is body text). */
const MAX_FOOT_LINES = 4;

/**
 * `lines[k]` is a footnote's mark alone on its line over the note's text (plain text sets a raised
 * mark a line above the note it opens: "1" / "See General Assembly resolution …"): a mark run only,
 * and the next line of the page holds text, not another mark. It opens a footnote and is no line of
 * its text (the notes are counted, not their marks).
 */
function raisedMarkLine(lines: readonly Line[], k: number): boolean {
  const line = lines[k]!;
  if (line.segments.length !== 1 || !FOOTNOTE_MARK_RUN.test(line.text.trim())) return false;
  const next = lines[k + 1];
  return !!next && next.page === line.page && next.segments.length > 0 && !FOOTNOTE_MARK_RUN.test(next.text.trim());
}

/**
 * A header cell's first piece above the row's labels: a word or two, and the next line (same page)
 * less than a line height below it holds a label piece. Consecutive lines of text are at least
 * ~1.15 em apart; the staggered lines of one header row are closer.
 */
function isLeadingFragment(lines: readonly Line[], i: number): boolean {
  const first = lines[i]!;
  const size = first.segments[0]?.fontSize ?? 0;
  let k = i + 1;
  while (k < lines.length && lines[k]!.segments.length === 0) k++;
  const next = lines[k];
  if (!next || next.page !== first.page || next.y - first.y >= SAME_ROW_EM * size) return false;
  return !moreWordsThan(first.text, MAX_FRAGMENT_WORDS) && LABEL_PIECE.test(next.text);
}
/**
 * A label's joining word alone at the next page's top ("RISKS" at the page foot, "AND" /
 * "MITIGATIONS" over the break: LibreOffice splits a header row whose cells wrap on more lines
 * than fit): each of its runs lies under a label piece of the row's part above, so it goes on
 * that cell. Elsewhere a line "and" is prose; here it stood between the two parts and the header
 * was lost (corpus7 t7-001: the table was read under the one above it, with that table's borders).
 */
function connectorUnderLabel(line: Line, above: readonly Line[]): boolean {
  const pieces = above.flatMap((l) => l.segments);
  return (
    line.segments.length > 0 &&
    line.segments.every((seg) => LABEL_CONNECTOR.test(seg.text.trim()) && pieces.some((p) => LABEL_PIECE.test(p.text) && seg.x < p.x + p.width && seg.x + seg.width > p.x))
  );
}
/** The words that join the parts of a label ("Risks and mitigations", "Indicators of achievement"). */
const LABEL_CONNECTOR = /^(?:and|of|&)$/i;

/** A line of label words only, a word or two per run ("MEASURES", "indicators"): the wrapped tail of header cells. */
export function isLabelTail(line: Line): boolean {
  return line.segments.every((seg) => {
    // Told before the split (as every test of a header's next line below): that line is most often
    // the body's first, whose runs are long cells (a tab compact's 500-character cells).
    if (moreWordsThan(seg.text, MAX_FRAGMENT_WORDS)) return false;
    return seg.text.trim().split(/\s+/).every((w) => LABEL_FRAGMENT.test(w));
  });
}

/**
 * A label's wrapped tail opening with the word that joins it to its head: every run one or two
 * label words, after a joining word ("of achievement", "AND MITIGATIONS"), a run that is the joining
 * word alone never (connectorUnderLabel reads that one). Two places ask, with `connector`:
 * - "required", under a complete header line on the same page (a narrow or justified cell breaks
 *   "RISKS" / "AND MITIGATIONS" before its connector; the merged lines must keep the header's
 *   columns, `headerAt`) — session 35, h-v20b;
 * - "optional", at the next page's top, where a page break cut the header row after its first line
 *   (wkhtmltopdf: "Objectives  Outcomes  Indicators  Risks" end a page, "of achievement  and
 *   mitigations" open the next; runs without a connector are label words only) — session 35, h-v1114.
 */
export function isJoinedLabelTail(line: Line, connector: "required" | "optional"): boolean {
  return line.segments.length > 0 && line.segments.every((seg) => {
    // The joining word and at most MAX_FRAGMENT_WORDS after it.
    if (moreWordsThan(seg.text, MAX_FRAGMENT_WORDS + 1)) return false;
    const words = seg.text.trim().split(/\s+/);
    const joined = LABEL_CONNECTOR.test(words[0] ?? "");
    if (!joined && connector === "required") return false;
    const rest = joined ? words.slice(1) : words;
    return rest.length > 0 && rest.length <= MAX_FRAGMENT_WORDS && rest.every((w) => LABEL_FRAGMENT.test(w));
  });
}

/**
 * The rest of a header row cut by a page break, with the tails of words its narrow cells broke
 * ("Result | Measure | ne | t" under "Expected | Performance | Baseli | Targe"): a word or two per
 * run, each a label word or a broken tail, and at least one label word.
 */
export function isCutLabelTail(line: Line): boolean {
  let label = false;
  const ok = line.segments.every((seg) => {
    if (moreWordsThan(seg.text, MAX_FRAGMENT_WORDS)) return false;
    return seg.text.trim().split(/\s+/).every((w) => (LABEL_FRAGMENT.test(w) ? (label = true) : BROKEN_TAIL.test(w)));
  });
  return ok && label;
}

/**
 * Is the line a word or two per cell (per run of text: a segment, a tab cell), each word a label's
 * or a year ("ACCOMPLISHMENTS (2018) (2019)")? A row's first line under a repeated header at a page
 * top can be a word or two per cell too ("implement reforms." / "2016."): its words are no labels.
 */
function labelPiecesPerCell(line: Line): boolean {
  return line.segments.every((seg) => {
    if (moreWordsThan(seg.text, MAX_FRAGMENT_WORDS)) return false;
    return seg.text.trim().split(/\s+/).every((w) => LABEL_FRAGMENT.test(w) || LABEL_WORD.test(w) || YEAR_LABEL.test(w));
  });
}
/**
 * Is the line a word or two per cell, each word a label's, a year, or the tail of a word a narrow
 * header cell broke above it — a letter or two ("t" under "Targe"), or the rest that makes the
 * word over it a label word ("ine" under "Basel": `brokenLabel`, the vocabulary decides)? A
 * two-level header's lower row printed beside the broken tails of its value labels
 * ("Indicator  ine  t", LibreOffice in narrow value columns).
 */
export function labelsAndBrokenTails(line: Line, above: readonly Line[]): boolean {
  const heads = above.flatMap((l) => l.segments);
  return line.segments.every((seg) => {
    if (moreWordsThan(seg.text, MAX_FRAGMENT_WORDS)) return false;
    return seg.text.trim().split(/\s+/).every((w) => {
      if (LABEL_FRAGMENT.test(w) || LABEL_WORD.test(w) || YEAR_LABEL.test(w) || BROKEN_TAIL.test(w)) return true;
      return completesHeadOver(heads, seg, w);
    });
  });
}
/** A year completing a value column's label: "2016", "(2016)" (also the year line under a header, tables/index.ts withYearLine). */
export const YEAR_LABEL = /^\(?(?:19|20)\d{2}\)?$/;
/** A cell's leading fragment is a word or two ("Baseli", "Risks and"). */
const MAX_FRAGMENT_WORDS = 2;

/**
 * A label or the first piece of a wrapped one ("Expected" / "accomplishments", "Key" / "performance …"):
 * LABEL_WORD or a piece word. The word boundary both alternatives open with is tested once per place
 * (`\b(?:W|P\b)`, the same matches as `\bW|\bP\b`): every line of every document is tried, and the
 * factored form runs in ~0.7–0.8 of the time (issue 14, session 50).
 */
export const LABEL_PIECE = new RegExp(`\\b(?:${withoutLeadingBoundary(LABEL_WORD.source)}|(?:expected|key|planned)\\b)`, "i");
function withoutLeadingBoundary(source: string): string {
  if (!source.startsWith("\\b")) throw new Error(`LABEL_WORD no longer opens with a word boundary: ${source}`);
  return source.slice(2);
}
/**
 * Label words as a narrow header cell breaks them ("Baseli" / "ne", "Targe" / "t 2007"): the head
 * that is left on the first line is no label word, only the start of one.
 */
const LABEL_WORD_FORMS = ["objective", "expected", "accomplishment", "result", "outcome", "performance", "indicator", "measure", "risk", "mitigation", "baseline", "target"];
/** A broken head keeps at least this many letters (shorter pieces are ordinary words: "per", "out"). */
const MIN_BROKEN_HEAD = 4;
/** A line of at most this many characters may be the broken heads of a header's narrow cells. */
const MAX_BROKEN_HEAD_LINE = 40;
/** Is the line only the heads of label words broken inside narrow header cells? */
function brokenLabelHeads(text: string): boolean {
  if (text.length > MAX_BROKEN_HEAD_LINE * 4) return false;
  // Every line without a label piece comes here: most fail on their first word, told before splitting.
  const trimmed = text.trim();
  const firstEnd = trimmed.search(/\s/);
  if (!isBrokenHead(firstEnd < 0 ? trimmed : trimmed.slice(0, firstEnd))) return false;
  const words = trimmed.split(/\s+/);
  if (words.join(" ").length > MAX_BROKEN_HEAD_LINE) return false;
  return words.every(isBrokenHead);
}
function isBrokenHead(word: string): boolean {
  const head = word.toLowerCase();
  return head.length >= MIN_BROKEN_HEAD && /^[a-z]+$/.test(head) && LABEL_WORD_FORMS.some((l) => l.startsWith(head) && l !== head);
}


/** Label words across a wrapped header window: it needs at least one per core column it names. */
const LABEL_WORDS = new RegExp(LABEL_WORD.source, "gi");
/** How many LABEL_WORDS matches `text` holds (`text.match(LABEL_WORDS).length`), counted no further than `most`. */
export function labelWordsUpTo(text: string, most: number): number {
  LABEL_WORDS.lastIndex = 0;
  let n = 0;
  while (n < most && LABEL_WORDS.exec(text) !== null) n++;
  LABEL_WORDS.lastIndex = 0;
  return n;
}
/**
 * A header wraps over at most this many lines: three for a centred two-line cell above and below a
 * one-line cell; five when narrow cells wrap every word ("RISKS" / "AND" / "MITIGATIONS"); seven
 * for a staggered two-level header whose narrow cells break their words ("INDICATORS OF
 * ACHIEVEMENT" / "EXPECTED" / "TARGE BASEL" / "OBJECTIVES ACCOMPLISHMEN" / "INDICATOR T INE" /
 * "TS" / "2023 2022", corpus8 d8c-003). Every line of the window is still a few label pieces.
 */
const MAX_HEADER_LINES = 7;
/** A header of whole words wraps over at most five lines; more only as label pieces of a few words each. */
const MAX_WRAPPED_LINES = 5;
/** A label piece of a staggered header: "INDICATORS OF ACHIEVEMENT", "ACCOMPLISHMEN". */
const MAX_PIECE_WORDS = 3;
/** A header line is a few labels; a data line wrapped in narrow columns still has more words than this. */
const MAX_HEADER_LINE_WORDS = 12;

/**
 * Merge the lines of a wrapped header into one word sequence, cell by cell: pieces that overlap
 * horizontally (or share a cell index) are one header cell, read top to bottom. Each cell's
 * anchor is its leftmost piece.
 */
function mergeHeaderCells(window: readonly Line[], layoutText: string | undefined): readonly Word[] {
  return MERGED_CELLS.get(window, layoutText, () => mergeWindowCells(window, layoutText));
}
/**
 * Each window's merged words, built once per document (tables/lineMemo): the classifier's header
 * scan, the table reader's walk and the run-together check merge the same windows, and a line's
 * windows of 2, 3, … lines are merged again for every taller window the reader tries.
 */
let MERGED_CELLS = new WindowMemo<readonly Word[]>();
function mergeWindowCells(window: readonly Line[], layoutText: string | undefined): Word[] {
  const pieces: HeaderPiece[] = [];
  window.forEach((line, li) => {
    const charWidth = averageCharWidth(line);
    const words = headerLineWords(line, layoutText);
    line.segments.forEach((seg, si) => {
      const ws = words.filter((w) => w.segment === si);
      if (ws.length === 0) return;
      const right = seg.x + Math.max(seg.width, charWidth);
      // Two labels' words the grid ran together ("accomplishmentperformance") lie in two cells: the
      // run is two pieces, parted where the second word starts, each overlapping its own cell only.
      const cut = ws.findIndex((w) => w.unglued);
      if (cut > 0) {
        const at = ws[cut]!.x;
        pieces.push({ words: ws.slice(0, cut), left: seg.x, right: at, column: seg.column, order: li * 1000 + si });
        pieces.push({ words: ws.slice(cut), left: at, right, column: seg.column, order: li * 1000 + si });
      } else pieces.push({ words: ws, left: seg.x, right, column: seg.column, order: li * 1000 + si });
    });
  });
  const apart = justifiedLabelPieces(unglued(cutAtCellEdges(cutAfterLineEndHyphens(pieces))));
  // Each source line's first and last piece (by order), for words that open or close their line.
  const lineEnds = new Map<number, { first: HeaderPiece; last: HeaderPiece }>();
  for (const p of apart) {
    const li = lineOf(p);
    const e = lineEnds.get(li);
    if (!e) lineEnds.set(li, { first: p, last: p });
    else {
      if (p.order < e.first.order || (p.order === e.first.order && p.left < e.first.left)) e.first = p;
      if (p.order > e.last.order || (p.order === e.last.order && p.left > e.last.left)) e.last = p;
    }
  }
  const grouped = groupLabel(apart);
  const cells = grouped ? grouped.cells : cellsOf(apart);
  return cells.flatMap((cell, ci) => {
    const left = Math.min(...cell.map((p) => p.left));
    const right = Math.max(...cell.map((p) => p.right));
    const column = cell[0]?.column;
    const sorted = cell.sort((a, b) => a.order - b.order);
    // A narrow cell can break a word itself ("ACCOMPLISHMENT" / "S"): a lone letter or two that is
    // no word goes back onto the word before it. So does a label word hyphenated at the cell's line
    // end ("ACCOMPL-" / "ISHMENT", "MITIG-" / "ATIONS"): the first word of the next line's piece.
    const glued: Word[] = [];
    // (Whether each kept word opens or closes its source line: `opensLine` / `closesLine`.)
    const opens = new Set<Word>(), closes = new Set<Word>();
    sorted.forEach((p, pi) => {
      const lineBreak = pi > 0 && Math.floor(p.order / 1000) > Math.floor(sorted[pi - 1]!.order / 1000);
      const ends = lineEnds.get(lineOf(p));
      p.words.forEach((w, wi) => {
        const prev = glued[glued.length - 1];
        const hyphenated = prev && wi === 0 && lineBreak ? hyphenatedLabel(prev.text, w.text) : null;
        const closing = ends?.last === p && wi === p.words.length - 1;
        const joined = !prev ? null : hyphenated || (BROKEN_TAIL.test(w.text) || (wi === 0 && lineBreak && (brokenLabel(prev.text, w.text) || brokenLabelMiddle(prev.text, w.text))) ? prev.text + w.text : null);
        if (prev && joined !== null) {
          // The word goes back onto the word before it, which keeps that word's line opening.
          const kept = { ...prev, text: joined };
          glued[glued.length - 1] = kept;
          if (opens.has(prev)) opens.add(kept);
          if (closing) closes.add(kept);
        } else {
          glued.push(w);
          if (ends?.first === p && wi === 0) opens.add(w);
          if (closing) closes.add(w);
        }
      });
    });
    // Built field by field, not spread: this runs for every window of every candidate header line
    // (a spread of `{}` or `{ opensLine: true }` per word cost ~2 % of the tables stage, session 37
    // h-perf). The merged words feed matchHeaderWords only, which reads no other field; `ownX` keeps
    // each word's own x for two labels glued in one cell.
    const underGroup = grouped?.children.has(cell) ? grouped.role : undefined;
    return glued.map((w): Word => {
      const word: Word = { text: w.text, x: left, column, segment: ci, lostGlyph: w.lostGlyph, right, ownX: w.x };
      if (underGroup) word.underGroup = underGroup;
      if (opens.has(w)) word.opensLine = true;
      if (closes.has(w)) word.closesLine = true;
      return word;
    });
  });
}

/**
 * A header line's words, a label's raised footnote mark read as the label's last word (its
 * segment's): "TARGET (2017)¹" is one label whose cell ends with the mark, not a column "1".
 */
function headerLineWords(line: Line, layoutText: string | undefined): readonly Word[] {
  return HEADER_LINE_WORDS.get(line, layoutText, () => readHeaderLineWords(line, layoutText));
}
/** Each line's header words, read once per document (tables/lineMemo): every window a line is in asks again. */
let HEADER_LINE_WORDS = new LineMemo<readonly Word[]>();
/**
 * Drop the header memos when the tables stage is done (nothing reads a header after it): they are
 * keyed by the layout's lines, and a long document's layout lives on through entities and
 * provenance, so its memoised words would too (the 4,000-page hostile PDF: ~28 MB more heap at
 * serialisation, over its 512 MB limit).
 */
export function forgetHeaderMemos(): void {
  MERGED_CELLS = new WindowMemo<readonly Word[]>();
  HEADER_LINE_WORDS = new LineMemo<readonly Word[]>();
  LABEL_SPLITS = new Map<string, number>();
  forgetLineWords();
}
function readHeaderLineWords(line: Line, layoutText: string | undefined): readonly Word[] {
  // unglueLabelWords over the line's words, without an array per word that stays whole.
  const words: Word[] = [];
  for (const w of lineWords(line, layoutText)) {
    const at = labelSplitAt(w.text);
    if (at < 0) words.push(w);
    else words.push(...ungluedAt(w, at));
  }
  const marks = line.segments.flatMap((seg, si) => (si > 0 && isRaisedMarkAfter(seg, line.segments[si - 1]!) ? [si] : []));
  if (marks.length === 0) return words;
  return words.map((w) => (marks.includes(w.segment) ? { ...w, segment: w.segment - 1 } : w));
}

/**
 * pdftotext runs two header labels together where the first one's last word ends against the next
 * column's edge ("EXPECTED ACCOMPLISHMENTKEY PERFORMANCE INDICATOR", corpus11 d11-017 txt: no space
 * left between the cells). An upper-case word that is a label's last word (LABEL_FRAGMENT) glued to
 * a label's first word (LABEL_START, the whole rest) is two words, the second at its own place on
 * the line. Upper case, or lower case (the wrapped second line of two labels side by side,
 * "Expected" / "accomplishmentperformance" / "indicator" over a narrow 6-column table, corpus13
 * d13-001 txt), or two Title-case words parted where the second's capital stands
 * ("AccomplishmentsIndicators", d13-007: a header in title case). In a wrapped header the second
 * word is its own cell's piece (`mergeHeaderCells`). The second word may also be a label's last
 * word (LABEL_FRAGMENT), as the second lines of two wrapped labels are ("Expected" / "Performance"
 * over "accomplishmentmeasure", corpus13 d13-019 txt: the header repeated on each page was not
 * read, and the pages' rows were read on the first page's columns). No English word is two label
 * words run together, so a body word is never cut by it.
 */
const TITLE_PAIR = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;
export function unglueLabelWords(w: Word): Word[] {
  const at = labelSplitAt(w.text);
  return at < 0 ? [w] : ungluedAt(w, at);
}
/** The two words of `w` cut at `at` (labelSplitAt), the second at its own place on the line. */
function ungluedAt(w: Word, at: number): Word[] {
  const cw = w.charWidth ?? 0;
  return [{ ...w, text: w.text.slice(0, at) }, { ...w, text: w.text.slice(at), x: w.x + at * cw, unglued: true }];
}
/**
 * Where unglueLabelWords cuts a word: the length of its first label word, or -1 (not two label
 * words run together). A function of the text alone, kept per document for the words that reach
 * the search (long words of one case, Title-case pairs: a header probe reads each body line once,
 * and prose repeats its long words); forgotten with the header memos.
 */
function labelSplitAt(text: string): number {
  // Both word shapes below are six letters or more (a label pair: three and three at least).
  if (text.length < 6) return -1;
  const title = TITLE_PAIR.test(text);
  if (!(title || SAME_CASE_LONG.test(text)) || LABEL_FRAGMENT.test(text)) return -1;
  const known = LABEL_SPLITS.get(text);
  if (known !== undefined) return known;
  let at = -1;
  for (let i = 3; i <= text.length - 3; i++) {
    const head = text.slice(0, i), tail = text.slice(i);
    if (title && !/^\p{Lu}/u.test(tail)) continue;
    if (!(LABEL_FRAGMENT.test(head) || WHOLE_LABEL_WORD.test(head)) || !((LABEL_START.test(tail) && tail.match(LABEL_START)![0].length === tail.length) || LABEL_FRAGMENT.test(tail) || gluedWordAfterValueLabel(head, tail, text))) continue;
    at = i;
    break;
  }
  if (LABEL_SPLITS.size >= MAX_LABEL_SPLITS) LABEL_SPLITS.clear();
  LABEL_SPLITS.set(text, at);
  return at;
}
const SAME_CASE_LONG = /^(?:\p{Lu}{6,}|\p{Ll}{6,})$/u;
/**
 * A Baseline or Target label run together in capitals with the next cell's label that is no label
 * word of ours ("TARGETREMARKS" over a 6-column TeX table, corpus13 v13-015, v13b-015: the shaded
 * header's last two cells set on a line of their own, no space between): the tail is an English word
 * of GLUED_TAIL_MIN letters or more and the whole is none ("TARGETING" stays whole).
 */
function gluedWordAfterValueLabel(head: string, tail: string, whole: string): boolean {
  return WHOLE_LABEL_WORD.test(head) && /^\p{Lu}+$/u.test(whole) && tail.length >= GLUED_TAIL_MIN && isEnglishWord(tail.toLowerCase()) && !isEnglishWord(whole.toLowerCase());
}
const GLUED_TAIL_MIN = 4;
let LABEL_SPLITS = new Map<string, number>();
/** A document's distinct long words rarely reach this; past it the memo starts again (bounded memory). */
const MAX_LABEL_SPLITS = 4096;

/** A footnote mark: a number or a sign or two, as word processors raise them after a word. */
const FOOTNOTE_MARK = /^(?:\d{1,2}|[*†‡§]{1,3})$/u;
/**
 * The segment is a footnote mark raised right after the segment before it (a PDF text layer keeps
 * a superscript apart: extract/pdf/lines): a mark, set smaller than that text (SUPERSCRIPT_SIZE_RATIO),
 * its baseline raised by SUPERSCRIPT_RAISE_EM or more, starting within a word gap of its end
 * (SEGMENT_GAP_EM). A header label's mark ("TARGET (2017)¹", its note at the page foot) belongs to
 * the label; read as a cell of its own, it made a column that the header repeated on the next page
 * (printed without the mark) does not have, and the table was not continued there.
 */
export function isRaisedMarkAfter(seg: Segment, before: Segment): boolean {
  if (!FOOTNOTE_MARK.test(seg.text.trim())) return false;
  const size = before.fontSize;
  const gap = seg.x - (before.x + before.width);
  return seg.fontSize < SUPERSCRIPT_SIZE_RATIO * size && before.y - seg.y >= SUPERSCRIPT_RAISE_EM * size && gap <= SEGMENT_GAP_EM * size && gap >= -SEGMENT_GAP_EM * size;
}

/** A piece of a header line: one run of text (a segment) with its horizontal extent. */
interface HeaderPiece {
  words: Word[];
  left: number;
  right: number;
  column: number | undefined;
  /** line index in the window × 1000 + segment index: the reading order of the pieces. */
  order: number;
}
const lineOf = (p: HeaderPiece): number => Math.floor(p.order / 1000);

/**
 * A header piece holding a word that ends with a hyphen, and a label's first word after it, is two
 * cells' text: a hyphen before a space stands where a word was broken at its line's end (Typst's
 * soft hyphen, which `repairText` turns into "-" there), so the cell's line ends there and the label
 * after it opens the next cell (pdftotext -layout prints the next cell one space on when the broken
 * line fills its cell: "Expected accomplish- Risks and mitiga-" over "ments  tions", corpus20).
 * Each part is a piece of its own, at its own x; the broken word is mended by `hyphenatedLabel`.
 */
function cutAfterLineEndHyphens(pieces: HeaderPiece[]): HeaderPiece[] {
  const cutAfter = (p: HeaderPiece, k: number): boolean => k + 1 < p.words.length && LINE_ENDS_ON_HYPHEN.test(p.words[k]!.text) && LABEL_START.test(p.words[k + 1]!.text);
  if (!pieces.some((p) => p.column === undefined && p.words.some((_, k) => cutAfter(p, k)))) return pieces;
  return pieces.flatMap((p) => {
    if (p.words.length < 2 || p.column !== undefined) return [p];
    const parts: HeaderPiece[] = [];
    let from = 0;
    p.words.forEach((_, k) => {
      if (!cutAfter(p, k)) return;
      parts.push(pieceOfWords(p, from, k + 1));
      from = k + 1;
    });
    if (from === 0) return [p];
    parts.push(pieceOfWords(p, from, p.words.length));
    return parts;
  });
}
/** The words `from` … `to` (exclusive) of a piece as a piece of their own, from the first word's x to the next word's. */
function pieceOfWords(p: HeaderPiece, from: number, to: number): HeaderPiece {
  const words = p.words.slice(from, to);
  const left = from === 0 ? p.left : words[0]!.x;
  const right = to === p.words.length ? p.right : p.words[to]!.x;
  return { words, left, right, column: p.column, order: p.order };
}
/**
 * A header piece of several words glued one space to the next cell's label ("KEY PERFORMANCE
 * INDICATOR RISKS" over "TIONS", where the next cell's "RISKS AND MITIGA-" / "TIONS" starts):
 * pdftotext -layout leaves one space between two cells when the first one's line fills its cell.
 * The piece is cut before a word that stands where a piece of another line of the header starts
 * (that x is a cell's left edge, shown by the cell's next line), when the words before it are a
 * whole known label and the word opens one: a label wrapped in its own cell ("KEY PERFORMANCE" /
 * "INDICATOR") wraps at its own left edge, never under one of its inner words.
 */
function cutAtCellEdges(pieces: HeaderPiece[]): HeaderPiece[] {
  if (pieces.length < 2) return pieces;
  return pieces.flatMap((p) => {
    if (p.words.length < 2 || p.column !== undefined) return [p];
    const k = p.words.findIndex((w, i) => {
      if (i === 0 || !LABEL_START.test(w.text)) return false;
      const edge = pieces.some((q) => lineOf(q) !== lineOf(p) && Math.abs(q.left - w.x) <= SAME_EDGE_PT);
      return (edge && labelRole(p.words.slice(0, i).map((v) => v.text).join(" ")) !== null) || wrappedLabelCut(p, i, edge, pieces);
    });
    const at = k > 0 ? k : p.words.findIndex((_, i) => lowerLineCut(p, i, pieces));
    return at > 0 ? [pieceOfWords(p, 0, at), pieceOfWords(p, at, p.words.length)] : [p];
  });
}
/**
 * A header piece on a wrapped header's lower line glued one space to the next cell's lower line
 * (session 34, corpus18 val18b: "EXPECTED" and "RISKS AND" over "ACCOMPLISHMENTS MITIGATIONS" —
 * pdftotext -layout leaves one space where the first cell's longest line fills its cell). Word `i`
 * opens no label ("MITIGATIONS" ends one), so `cutAtCellEdges`' own test passes it by; but it
 * stands where a piece of a line above starts (that cell's left edge, `SAME_EDGE_PT`), and it goes
 * on with that cell's label, as the words before it go on with the label of the pieces above them.
 * Cut before `i` when both cells so read as known labels. A label wrapped in its own cell never
 * puts one of its inner words under another cell's left edge with both halves reading as labels.
 * Each cell is read with the pieces above it, or else with every other line's pieces under its
 * extent and its line-end hyphens mended (`labelOverCellLines`).
 */
function lowerLineCut(p: HeaderPiece, i: number, pieces: readonly HeaderPiece[]): boolean {
  if (i === 0 || p.column !== undefined) return false;
  const line = lineOf(p), cut = p.words[i]!.x;
  const above = pieces.filter((q) => lineOf(q) < line);
  // pdftotext's grid sets a word glued one space on a character or two left of its cell's edge
  // (session 41, h-tex41: corpus13 val13e v13e-004 txt, "accomplishment achievement" with
  // "achievement" one and two characters left of "Indicator of" over a six-column TeX table on
  // two pages): up to GLUED_SHIFT_CHARS of the run's own character width, edge on the right.
  const prev = p.words[i - 1]!;
  const shift = (GLUED_SHIFT_CHARS * (cut - prev.x)) / (prev.text.length + 1);
  if (!above.some((q) => Math.abs(q.left - cut) <= SAME_EDGE_PT || (q.left > cut && q.left - cut <= shift))) return false;
  const cellText = (from: number, to: number, own: readonly Word[]): string =>
    [...above.filter((q) => q.left >= from - SAME_EDGE_PT && q.left < to - TOUCHING_PT).sort((a, b) => a.order - b.order), { words: own }].map((q) => q.words.map((w) => w.text).join(" ")).join(" ");
  const head = cellText(p.left, cut, p.words.slice(0, i));
  if (head !== p.words.slice(0, i).map((w) => w.text).join(" ") && labelRole(head) !== null && labelRole(cellText(cut, p.right, p.words.slice(i))) !== null) return true;
  return labelOverCellLines(p, 0, i, pieces) && labelOverCellLines(p, i, p.words.length, pieces);
}
/**
 * Whether the words `from` … `to` of piece `p`, read with every piece of the header's other lines
 * that starts under their extent (lines above and below, in reading order) and a line-end hyphen
 * mended, are one known label, and some other line's piece is in it. The lines below count where
 * a cell's label runs onto a third line and its middle line is the one glued to the next cell:
 * "Key" / "performance indica‐ and mitigations" / "tor" beside "Risks" (corpus11 v11q-021 txt:
 * "Key performance indicator" | "Risks and mitigations"), or where both glued words close broken
 * labels: "KEY PERFOR‐" / "MANCE INDICATOR GATIONS" beside "RISKS AND MITI‐" (v11o-015).
 */
function labelOverCellLines(p: HeaderPiece, from: number, to: number, pieces: readonly HeaderPiece[]): boolean {
  const left = from === 0 ? p.left : p.words[from]!.x;
  const right = to === p.words.length ? p.right : p.words[to]!.x;
  const line = lineOf(p);
  const others = pieces.filter((q) => lineOf(q) !== line && q.left >= left - SAME_EDGE_PT && q.left < right - TOUCHING_PT);
  return others.length > 0 && readsAsLabel({ order: p.order, text: p.words.slice(from, to).map((w) => w.text).join(" ") }, others);
}
/**
 * Whether a header cell's own text (`own`, at its reading order) and the pieces of its other lines
 * (`others`), read in reading order as one text with line-end hyphens mended, are one known label.
 */
function readsAsLabel(own: { order: number; text: string }, others: readonly HeaderPiece[]): boolean {
  const cellLines = [own, ...others.map((q) => ({ order: q.order, text: q.words.map((w) => w.text).join(" ") }))].sort((a, b) => a.order - b.order);
  return labelRole(mendedCellText(cellLines.map((l) => l.text))) !== null;
}
/** A header cell's lines read as one text: a line ending on a hyphen goes on with the next line's first word. */
function mendedCellText(lines: readonly string[]): string {
  return lines.reduce((acc, t) => (acc === "" ? t : LINE_ENDS_ON_HYPHEN.test(acc) ? acc.slice(0, -1) + t : `${acc} ${t}`), "");
}
/**
 * A header piece glued one space to the next cell's label where its own label wraps or is justified
 * (session 33, corpus20 val20: "KEY PERFORMANCE RISKS AND MITIGA-" over "INDICATORS" and "TIONS";
 * "Key     performance Expected result" over "indicator"): the words before word `i` are the end of
 * one cell's first line, so they read as a known label only with the cell's other pieces — the
 * one-word pieces a justified line left before them on their line, and the pieces of the lines
 * below under their extent (a wrapped cell's next lines, a line-end hyphen mended). Cut before `i`
 * when that cell reads as a known label, and the rest opens the next cell: its word stands at a cell
 * edge another header line shows (`edge`), or the rest, with the pieces under it, is a known label
 * too. Never when the whole piece with its cell is one label ("Key" / "performance indicators").
 */
function wrappedLabelCut(p: HeaderPiece, i: number, edge: boolean, pieces: readonly HeaderPiece[]): boolean {
  const line = lineOf(p), cut = p.words[i]!.x;
  const row = pieces.filter((q) => lineOf(q) === line && q.right <= p.left + TOUCHING_PT).sort((a, b) => b.left - a.left);
  const words = (ps: readonly HeaderPiece[]) => ps.flatMap((q) => q.words.map((w) => w.text));
  const cellText = (head: readonly string[], left: number, right: number): string => {
    const under = pieces.filter((q) => lineOf(q) > line && q.left >= left - SAME_EDGE_PT && q.left < right - TOUCHING_PT).sort((a, b) => a.order - b.order || a.left - b.left);
    return [head.join(" "), ...under.map((q) => words([q]).join(" "))].reduce((acc, t) => (acc === "" ? t : LINE_ENDS_ON_HYPHEN.test(acc) ? acc.slice(0, -1) + t : `${acc} ${t}`), "");
  };
  const restLabel = edge || labelRole(cellText(p.words.slice(i).map((w) => w.text), cut, p.right)) !== null;
  if (!restLabel) return false;
  // The head with 0, 1, 2 … one-word pieces before it on its line (a justified line's first words).
  let left = p.left;
  const before: string[] = [];
  for (let n = 0; n <= MAX_JUSTIFIED_PIECES; n++) {
    if (n > 0) {
      const q = row[n - 1];
      if (!q || q.column !== undefined || q.words.length !== 1) break;
      before.unshift(q.words[0]!.text);
      left = q.left;
    }
    const head = [...before, ...p.words.slice(0, i).map((w) => w.text)];
    if (labelRole(cellText(head, left, cut)) === null) continue;
    return labelRole(cellText([...before, ...words([p])], left, p.right)) === null;
  }
  return false;
}
/** A justified label line of a header cell is a few words ("Key     performance", "RISKS   AND   MITIGA-"). */
const MAX_JUSTIFIED_PIECES = 3;

/**
 * A justified header cell stretches the word gaps of each line but its last to fill the cell's
 * width (Typst, corpus20: "Key          performance" / "indicators", "RISKS   AND   MITIGA-" /
 * "TIONS"), and a stretched gap is wide enough to part the line into segments: the label's words
 * after the first stand alone over nothing, each read as a cell of its own. A run of the line's
 * one-word pieces is one piece again when it reads as such a justified line (`justifiedRun`).
 */
function justifiedLabelPieces(pieces: HeaderPiece[]): HeaderPiece[] {
  if (pieces.length < 3) return pieces;
  const lines = new Map<number, HeaderPiece[]>();
  for (const p of pieces) {
    const line = lines.get(lineOf(p));
    if (line) line.push(p);
    else lines.set(lineOf(p), [p]);
  }
  if (lines.size < 2) return pieces;
  const replaced = new Map<HeaderPiece, HeaderPiece | null>();
  for (const line of lines.values()) {
    const row = [...line].sort((a, b) => a.left - b.left);
    for (let i = 0; i + 1 < row.length; i++) {
      const run = justifiedRun(row, i, pieces);
      if (!run) continue;
      const first = run[0]!, last = run[run.length - 1]!;
      replaced.set(first, { words: run.flatMap((p) => p.words), left: first.left, right: last.right, column: first.column, order: first.order });
      for (const p of run.slice(1)) replaced.set(p, null);
      i += run.length - 1;
    }
  }
  if (replaced.size === 0) return pieces;
  return pieces.flatMap((p) => {
    const r = replaced.get(p);
    return r === undefined ? [p] : r === null ? [] : [r];
  });
}
/**
 * The run of one-word pieces from `row[i]` that is one justified line of a header cell, or null.
 * Justification leaves its tell-tales: (1) the line is not the cell's last — a piece of the next
 * line starts at the run's left edge (a left-aligned cell's next line); (2) every gap of the run
 * is stretched alike (one stretch per line; the gap to a neighbouring cell differs), so the run
 * ends where the gap changes (on plain text's grid, where gaps are rounded, where the label test
 * (4) holds for the longest run); (3) the pieces after the first stand over nothing on the other
 * lines, and every piece of the other lines under the run lies within it (the cell's lines, none
 * wider than its justified line); (4) the cell's text, its lines read in order (a line-end hyphen
 * mended), is one known label ("Key performance indicators", "Indicators of achievement") — a
 * one-line label beside a wrapped one ("Expected | Target" / "accomplishment") is not.
 */
function justifiedRun(row: readonly HeaderPiece[], i: number, pieces: readonly HeaderPiece[]): HeaderPiece[] | null {
  const first = row[i]!;
  if (first.column !== undefined || first.words.length !== 1) return null;
  const line = lineOf(first);
  const others = pieces.filter((q) => lineOf(q) !== line);
  if (!others.some((q) => lineOf(q) === line + 1 && Math.abs(q.left - first.left) <= SAME_EDGE_PT)) return null;
  const overlaps = (p: HeaderPiece, q: HeaderPiece): boolean => p.left < q.right - TOUCHING_PT && q.left < p.right - TOUCHING_PT;
  const run = [first];
  const gap = row[i + 1]!.left - first.right;
  // On pdftotext's character grid a stretched gap is rounded to whole characters, each word's
  // column placed on its own: the gaps of one justified line come out unequal ("RISKS" 18 spaces
  // "AND" 5 spaces "MITIGA-"), so there the run is every one-word piece over nothing, and the
  // label test below shortens it from its end.
  const grid = onCharacterGrid(row);
  for (let j = i + 1; j < row.length; j++) {
    const p = row[j]!, prev = row[j - 1]!;
    if (p.column !== undefined || p.words.length !== 1 || (!grid && Math.abs(p.left - prev.right - gap) > JUSTIFIED_GAP_SLACK_PT)) break;
    if (others.some((q) => overlaps(p, q))) break;
    run.push(p);
  }
  if (!grid) return justifiedLabelRun(run, others);
  for (let n = run.length; n >= 2; n--) {
    const found = justifiedLabelRun(run.slice(0, n), others);
    if (found) return found;
  }
  return null;
}
/**
 * The run when it is one cell's justified line: every piece of the other lines under it lies
 * within it, and the cell's text, its lines read in order (a line-end hyphen mended), is one known
 * label (`justifiedRun`'s (3) and (4)); null otherwise.
 */
function justifiedLabelRun(run: HeaderPiece[], others: readonly HeaderPiece[]): HeaderPiece[] | null {
  if (run.length < 2) return null;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const extent = { left: first.left, right: last.right };
  const under = others.filter((q) => q.left < extent.right && extent.left < q.right);
  if (under.some((q) => q.left < extent.left - SAME_EDGE_PT || q.right > extent.right + SAME_EDGE_PT)) return null;
  return readsAsLabel({ order: first.order, text: run.map((p) => p.words[0]!.text).join(" ") }, under) ? run : null;
}
/**
 * The pieces lie on plain text's character grid (every word CHAR_WIDTH wide per character, as
 * extract/text places them): their gaps are counts of spaces, not the typeset widths.
 */
function onCharacterGrid(row: readonly HeaderPiece[]): boolean {
  return row.every((p) => p.words.every((w) => w.charWidth === CHAR_WIDTH));
}
/** Points two stretched gaps of one justified line may differ by (glyph advances rounded in the text layer). */
const JUSTIFIED_GAP_SLACK_PT = 1;

/**
 * pdftotext glues the heads of words broken in two narrow header cells side by side into one run
 * ("BASELI TARGE", one space apart) over their tails ("NE     T"): a run whose words are each
 * alone over a broken tail (or a year) of another line, no tail under two of them, is one piece per word.
 * A longer tail ("TARGE BASEL" over "T     INE") counts when it lies under one word only and the
 * two join into a label word (`brokenLabel`: the vocabulary decides, never the letters alone).
 */
function unglued(pieces: HeaderPiece[]): HeaderPiece[] {
  if (pieces.length < 3 || !pieces.some((p) => p.words.length > 1 && p.column === undefined)) return pieces;
  const lone = pieces.flatMap((q) => {
    if (q.words.length === 1) return [q];
    const tail = tailBeforeYear(q);
    return tail ? [tail] : [];
  });
  if (lone.length === 0) return pieces;
  return pieces.flatMap((p) => {
    if (p.words.length < 2 || p.column !== undefined) return [p];
    const spans = p.words.map((w) => ({ left: w.x, right: w.x + Math.max(charCount(w.text), 1) * (w.charWidth ?? 0) }));
    const under = new Set<number>();
    // Words of the run each under (or over) a lone label word of another line, and over no other word.
    const stacked = new Set<number>();
    for (const q of lone) {
      if (lineOf(q) === lineOf(p)) continue;
      const tail = q.words[0]!.text;
      const over = spans.flatMap((sp, i) => (q.left < sp.right && sp.left < q.right ? [i] : []));
      if (BROKEN_TAIL.test(tail) || YEAR_LABEL.test(tail)) {
        if (over.length > 1) return [p];
        if (over.length === 1) under.add(over[0]!);
      } else if (over.length === 1 && brokenLabel(p.words[over[0]!]!.text, tail)) under.add(over[0]!);
      else if (over.length === 1 && LABEL_FRAGMENT.test(tail) && LABEL_FRAGMENT.test(p.words[over[0]!]!.text)) stacked.add(over[0]!);
    }
    if (labelRole(p.words.map((w) => w.text).join(" ")) !== null) return [p];
    // Two wrapped labels side by side whose second lines pdftotext ran together one space apart
    // ("EXPECTED      PERFORMANCE" over "ACCOMPLISHMENT MEASURE", corpus18 d18-002 jspdf.txt): every
    // word of the run is a label word stacked on a lone label word of its own on another line, so
    // each is its own cell's piece. A run that is one label ("Performance measures") stays whole
    // above; a run with a word that has no label word of its own over it ("KEY" over "PERFORMANCE
    // INDICATORS") stays whole here.
    if (stacked.size === p.words.length && p.words.length > 1) return p.words.map((w, i) => ({ words: [w], left: spans[i]!.left, right: spans[i]!.right, column: p.column, order: p.order }));
    if (under.size < p.words.length && !brokenHeadBesideLabels(p.words, under)) return [p];
    return p.words.map((w, i) => ({ words: [w], left: spans[i]!.left, right: spans[i]!.right, column: p.column, order: p.order }));
  });
}

/**
 * A broken label's tail glued by one space to the year printed after it ("TARGET BASELIN" over
 * "2013  E (2012)": pdftotext runs "E" and "(2012)" into one piece): the tail alone, at its own
 * extent, so that it stands under the head it ends like a tail on a line of its own. Without it
 * the run over it stayed one cell, and both value columns were read as one (corpus9 d9-015).
 */
function tailBeforeYear(q: HeaderPiece): HeaderPiece | null {
  const [tail, year] = q.words;
  if (q.words.length !== 2 || !tail || !year || !BROKEN_TAIL.test(tail.text) || !YEAR_LABEL.test(year.text)) return null;
  const right = tail.charWidth ? tail.x + charCount(tail.text) * tail.charWidth : year.x;
  return { words: [tail], left: tail.x, right: Math.min(right, year.x), column: q.column, order: q.order };
}

/**
 * One narrow cell broke its label and its neighbour did not ("Baseli Target" / "ne", "BASELIN
 * TARGET" / "E": a Baseline column narrower than its word beside a Target column wide enough for
 * its own): the run is one piece per word when the words without a tail under them are whole
 * labels each and every word with one is a label's broken head.
 */
function brokenHeadBesideLabels(words: readonly Word[], under: ReadonlySet<number>): boolean {
  if (under.size === 0) return false;
  return words.every((w, i) => (under.has(i) ? isBrokenHead(w.text) : WHOLE_LABEL_WORD.test(w.text)));
}

/**
 * Pieces that overlap horizontally (or share a cell index) are one header cell, left to right.
 * Pieces that only touch are not: a label as wide as its narrow cell ends where the next cell's
 * label starts (Chromium: "ACCOMPLISHMENT" ends at 293.87 pt, "PERFORMANCE" and "MEASURES" start at 293.86).
 */
function cellsOf(pieces: readonly HeaderPiece[]): HeaderPiece[][] {
  const cells: HeaderPiece[][] = [];
  // A piece run past its cell's right edge into the next cell (TeX's overfull \hbox: "Accomplishments"
  // 0.8 pt into "Key Performance" / "Indicators"): on its own line a piece opens right where the
  // piece it overlaps starts, so that x is a cell edge of both lines and the overlap is no shared cell.
  // Both lines: a piece of another line starts there too. Two pieces of one line overlapping, their
  // edge shown by no other line, are no such cell edge (a raised footnote mark "1" 1.5 pt into its
  // note's text, read in a window with the next page's header: the mark's cell split off the note's,
  // and the header's columns followed the note's pieces).
  const edgeOfOtherLine = (a: HeaderPiece, x: number) => pieces.some((s) => lineOf(s) !== lineOf(a) && Math.abs(s.left - x) <= SAME_EDGE_PT);
  const overflows = (a: HeaderPiece, b: HeaderPiece) =>
    a.left < b.left &&
    pieces.some((r) => r !== a && lineOf(r) === lineOf(a) && r.left > a.left && r.left < a.right && Math.abs(r.left - b.left) <= SAME_EDGE_PT) &&
    edgeOfOtherLine(a, b.left);
  for (const p of [...pieces].sort((a, b) => a.left - b.left)) {
    const cell = cells.find((c) =>
      c.some((q) => (p.column !== undefined && q.column !== undefined ? p.column === q.column : p.left < q.right - TOUCHING_PT && q.left < p.right - TOUCHING_PT && !overflows(q, p) && !overflows(p, q))),
    );
    if (cell) cell.push(p);
    else cells.push([p]);
  }
  return cells;
}

/** How many characters left of its cell's edge pdftotext may set a word glued one space on to the word before (`lowerLineCut`). */
const GLUED_SHIFT_CHARS = 2;
/** Pieces that overlap by no more than this (points) touch: a glyph's advance rounded, not a shared cell. */
const TOUCHING_PT = 0.5;
/** Pieces starting within this many points of each other start at one cell edge (a layout engine places a column's cells exactly). */
const SAME_EDGE_PT = 1;

/**
 * A two-level header: a group label ("Performance measures", "Indicators of achievement", "Key
 * performance indicators") printed above the cells it spans (`Indicator | Baseline | Target`),
 * while the other labels (objective, accomplishment, risks) are merged over both rows — centred
 * between them or set at the top. The group label is one piece, a complete measures label; the
 * cells it spans are the run of neighbouring cells around its centre that open on a line below it
 * and hold no word of the labels merged over both rows; there are two or more of them and the
 * label lies within their extent (it is centred over them: in a borderless table its text need
 * not touch the lower labels, which are centred in their own, wider cells). Read as one cell with
 * them, the group label would glue the lower labels into one column. It is dropped from the
 * cells and its role handed to them (`Word.underGroup`): the lower cell without a label of its
 * own ("Indicator") is the measure column. null when the window has no group label.
 */
function groupLabel(pieces: readonly HeaderPiece[]): { cells: HeaderPiece[][]; children: Set<HeaderPiece[]>; role: ColumnRole } | null {
  if (pieces.length < MIN_GROUP_CELLS + 1) return null;
  for (const group of pieces) {
    if (!LABEL_START.test(group.words[0]?.text ?? "")) continue;
    const text = group.words.map((w) => w.text).join(" ");
    if (labelRole(text) !== "measures") continue;
    const cells = cellsOf(pieces.filter((p) => p !== group));
    const below = (c: readonly HeaderPiece[]) =>
      c.every((p) => lineOf(p) > lineOf(group)) && !c.some((p) => p.words.some((w) => ROW_LABEL_WORD.test(w.text)));
    const centre = (group.left + group.right) / 2;
    // cellsOf lists cells left to right: the run grows from the cells either side of the centre.
    const cellLeft = (c: readonly HeaderPiece[]) => Math.min(...c.map((p) => p.left));
    let from = cells.findLastIndex((c) => cellLeft(c) <= centre) + 1;
    let to = from;
    while (from > 0 && below(cells[from - 1]!)) from--;
    while (to < cells.length && below(cells[to]!)) to++;
    const children = cells.slice(from, to);
    if (children.length < MIN_GROUP_CELLS) continue;
    const left = Math.min(...children.flatMap((c) => c.map((p) => p.left)));
    const right = Math.max(...children.flatMap((c) => c.map((p) => p.right)));
    const slack = GROUP_SLACK_CHARS * ((group.right - group.left) / Math.max(charCount(text), 1));
    if (centre <= left || centre >= right || group.left < left - slack || group.right > right + slack) continue;
    return { cells, children: new Set(children), role: "measures" };
  }
  return null;
}
/** A group label spans at least two lower cells (a label over one cell is that cell's first line). */
const MIN_GROUP_CELLS = 2;
/** A group label may reach this many of its characters past the lower labels it spans (their cells are wider than their text). */
const GROUP_SLACK_CHARS = 4;

/**
 * A label word hyphenated at a header cell's line end ("ACCOMPL-" + "ISHMENT"): the word joined
 * without its hyphen, when that is a label word — a label's head or one of the words that only
 * qualify one ("ACHIE-" + "VEMENT" of "Indicators of achievement"); null otherwise (a compound
 * such as "SELF-" / "ASSESSMENT" stays two words).
 */
function hyphenatedLabel(head: string, tail: string): string | null {
  if (!LINE_ENDS_ON_HYPHEN.test(head) || !/^[A-Za-z]/.test(tail)) return null;
  const stem = head.slice(0, -1);
  const joined = (stem + tail).toLowerCase().replace(/[^a-z]/g, "");
  if (LABEL_WORD_FORMS.some((l) => joined.startsWith(l) && !stem.toLowerCase().startsWith(l))) return stem + tail;
  // A word that occurs only inside labels, never first ("Indicator of Achie-" / "vement").
  return LABEL_FRAGMENT.test(joined) && !LABEL_FRAGMENT.test(stem) ? stem + tail : null;
}

/**
 * A label word broken inside a narrow header cell without a hyphen, its tail longer than a letter or
 * two ("ACCOMPLISHME" / "NTS"): the head is no label word by itself and the two make one.
 */
function brokenLabel(head: string, tail: string): boolean {
  if (!/^[A-Za-z]+$/.test(head) || !/^[A-Za-z]+$/.test(tail) || LABEL_FRAGMENT.test(head) || WHOLE_LABEL_WORD.test(head)) return false;
  const joined = head + tail;
  return LABEL_FRAGMENT.test(joined) || WHOLE_LABEL_WORD.test(joined);
}
/**
 * The middle piece of a label word a very narrow cell broke twice ("BAS" / "ELIN" / "E"): the
 * head and the piece together are still only the start of a label word, and so is the head
 * alone. Glued, the last piece then completes the word (`BROKEN_TAIL`, `brokenLabel`).
 */
function brokenLabelMiddle(head: string, piece: string): boolean {
  if (!/^[A-Za-z]+$/.test(head) || !/^[A-Za-z]+$/.test(piece) || LABEL_FRAGMENT.test(head) || WHOLE_LABEL_WORD.test(head)) return false;
  const start = (head + piece).toLowerCase();
  return LABEL_WORD_FORMS.some((l) => l.startsWith(start) && l !== start && l.startsWith(head.toLowerCase()));
}
/**
 * Label words that are no LABEL_FRAGMENT (they stand alone as labels); also a glued pair's head:
 * TeX runs "BASELINE" past its narrow `p{}` cell into "TARGET" (an overfull box, read as one word
 * "BASELINETARGET"; h-c13d and h-c13c both found it, session 21).
 */
const WHOLE_LABEL_WORD = /^(?:baselines?|targets?|risks?)$/i;

/** The tail of a word broken inside a narrow header cell: one or two letters that are no word ("S", "ES"). */
const BROKEN_TAIL = /^(?!(?:of|or|to|in|on|by|an|at|as|&)$)[A-Za-z]{1,2}$/i;
/** A line of such tails only ("E", "S   ES"). */
export function isBrokenTailLine(line: Line): boolean {
  // Every word is a tail: the first one is asked before the whole line is split.
  if (!BROKEN_TAIL.test(firstWord(line.text))) return false;
  const words = line.text.trim().split(/\s+/);
  return words.length > 0 && words.every((w) => BROKEN_TAIL.test(w));
}
/**
 * pdftotext's grid: a line of label words and tails of label words broken a line or two above
 * ("Indicator  ine  t" under "Basel  Targe", the Objective and Outcome labels printed on the line
 * between; "e (2014)" under "Baselin"): each run a label word or a tail of up to eight letters (and
 * the label's year), at least one tail, and each
 * tail under a run of one of the two lines above that it completes into a label word ("Basel" +
 * "ine"). A line of short tails alone is `isBrokenTailLine`'s; the header reader still takes the
 * line only when it adds a known column (corpus8 d8d-003: the Baseline and Target columns were lost
 * and their values read into the measures).
 */
function completesBrokenHeads(below: Line, above: Line, twoAbove: Line | undefined): boolean {
  const heads = [above, ...(twoAbove && twoAbove.page === below.page ? [twoAbove] : [])].flatMap((l) => l.segments);
  let completes = false;
  const ok = below.segments.every((seg) => {
    const text = seg.text.trim();
    if (moreWordsThan(text, MAX_FRAGMENT_WORDS)) return false;
    if (text.split(/\s+/).every((w) => LABEL_FRAGMENT.test(w) || WHOLE_LABEL_WORD.test(w))) return true;
    // The other value label's year on a run of its own ("e 2007" / "2008" under "Baselin" / "Target").
    if (text.split(/\s+/).every((w) => YEAR_LABEL.test(w))) return true;
    // The tail may carry the label's year ("e (2014)" under "Baselin").
    const [tail = "", ...year] = text.split(/\s+/);
    if (!LABEL_TAIL.test(tail) || !year.every((w) => YEAR_LABEL.test(w))) return false;
    return completesHeadOver(heads, seg, tail) ? (completes = true) : false;
  });
  return ok && completes;
}
/** A run of `heads` over `seg` (their extents overlap) whose last word `tail` completes into a label word ("Basel" + "ine"). */
function completesHeadOver(heads: readonly Segment[], seg: Segment, tail: string): boolean {
  return heads.some((h) => h.x < seg.x + seg.width && seg.x < h.x + h.width && brokenLabel(h.text.trim().split(/\s+/).at(-1) ?? "", tail));
}
/** A tail of a label word broken in a narrow header cell: "t" of "Targe" / "t", "ine" of "Basel" / "ine". */
const LABEL_TAIL = /^[A-Za-z]{1,8}$/;

/**
 * A line of broken tails and value labels' years, a raised footnote mark after a year ("e  (2021)¹"
 * under "Baselin  Target": LibreOffice breaks "Baseline" in its narrow cell, the Target cell wraps
 * its year): at least one tail, every other word a year or a mark. Like a line of tails alone, it
 * is the header's only when it makes an extra column a known label.
 */
export function isBrokenTailAndYearLine(line: Line): boolean {
  let tail = false;
  const tailOrYear = (w: string): boolean => (BROKEN_TAIL.test(w) ? (tail = true) : YEAR_LABEL.test(w));
  const ok = line.segments.every((seg, si) => {
    if (si > 0 && isRaisedMarkAfter(seg, line.segments[si - 1]!)) return true;
    // The run's first word is asked before the run is split (most runs asked are a body line's cells).
    return tailOrYear(firstWord(seg.text)) && seg.text.trim().split(/\s+/).every(tailOrYear);
  });
  return ok && tail;
}
/**
 * pdftotext sets a header row whose centred cells wrap on different numbers of lines on a grid of
 * half lines, each cell's lines on every other grid line ("EXPECTED" / "ACCOMPLISHMENT" / "S"
 * on lines 1, 3, 5, beside "KEY PERFORMANCE" / "INDICATORS" on lines 2, 4). A line of broken
 * tails right under the header's last line goes on such a cell — it is the header's, not the
 * body's first line (corpus8 d8b-003: "S" was read as an accomplishment) — when it keeps the
 * stride: each tail lies under a label piece two grid lines up, nothing of the line between is
 * above it, and the three lines are evenly spaced (no blank line: the body's first row opens
 * below). A body cell's text starts at its column's edge and is words, never lone letters.
 */
function continuesStaggeredLabel(below: Line, above: Line, twoAbove: Line): boolean {
  if (below.page !== twoAbove.page) return false;
  const step = above.y - twoAbove.y;
  if (step <= 0 || Math.abs(below.y - above.y - step) > 0.25 * step) return false;
  const overlaps = (s: Segment, x0: number, x1: number) => s.x < x1 && s.x + s.width > x0;
  return below.segments.every((t) => {
    const mid = t.x + t.width / 2;
    return twoAbove.segments.some((p) => p.x <= mid && p.x + p.width >= mid) && !above.segments.some((a) => overlaps(a, t.x, t.x + t.width));
  });
}
/**
 * Plain text, session 40 (h-v810): a line of broken tails on the grid line right under the header's
 * last line, each tail under a label piece of that line whose last word it makes plural
 * ("MITIGATION" / "S": a narrow cell broke "MITIGATIONS" before its last letter). The label was
 * known without it, so the tails add no column (`knownLabels`), but they are the header's: read as
 * the body's first line, "S" opened the first row's risks (corpus8 d8e-004). Only the plural
 * ending of a vocabulary word (LABEL_WORD_FORMS), under that word, on the next grid line.
 */
function pluralEndsUnder(below: Line, above: Line): boolean {
  if (below.page !== above.page) return false;
  const pitch = above.segments[0]?.fontSize ?? 0;
  if (pitch <= 0 || below.y - above.y > PLURAL_TAIL_LINES * pitch) return false;
  return below.segments.every((t) => {
    const tail = t.text.trim();
    if (!/^s$/i.test(tail)) return false;
    return above.segments.some((a) => {
      if (a.x >= t.x + t.width || t.x >= a.x + a.width) return false;
      const word = (a.text.trim().split(/\s+/).at(-1) ?? "").toLowerCase();
      return LABEL_WORD_FORMS.includes(word);
    });
  });
}
/** The plural tail lies on the header's next grid line: at most this many font sizes lower (pdftotext's line pitch is about 1.2). */
const PLURAL_TAIL_LINES = 1.6;

/** Columns with a label of the vocabulary (not an extra column of unknown words). */
function knownLabels(columns: readonly ColumnDef[]): number {
  return columns.filter((c) => c.role !== "extra").length;
}

/** A header cell cut by wrapping ends on a connector: its label goes on on the next line. */
const DANGLING = /^(?:of|and|&|\/|for|or|to|-|–)$/i;

/** Estimated right end of a label's words (header words carry their own x; width from the text). */
function wordsRight(ws: readonly Word[]): number {
  return Math.max(...ws.map((w) => w.right ?? w.x + charCount(w.text) * (w.charWidth ?? 0)));
}

/**
 * Whether the label starting at word `prev` and the one at `at` (`length` words) each fill their
 * source lines: the first opens a line and the second opens the next one and closes its last. Such
 * labels were printed one under the other (a viewer's copy of an `Objective | Expected
 * accomplishments and performance measures` header: `Objective` / `Expected … measures`); a
 * caption's list runs on within a line (`Table 6. Objectives, expected accomplishments and …`).
 */
function labelsOnLinesOfTheirOwn(words: readonly Word[], prev: number, at: number, length: number): boolean {
  const before = words[at - 1], head = words[at], last = words[at + length - 1];
  return prev >= 0 && words[prev]?.opensLine === true && before?.closesLine === true && head?.opensLine === true && last?.closesLine === true && !/[,;:]$/.test(before.text);
}

/** Match the column labels over a line's words, left to right; any order, any subset with two core columns. */
function matchHeaderWords(words: readonly Word[]): ColumnDef[] | null {
  const columns: ColumnDef[] = [];
  const extras: Word[][] = [];
  let firstLabelAt = -1;
  let k = 0;
  let lastWasLabel = false;
  let qualifying = false;
  let lastLabelSegment: number | undefined;
  let lastLabelAt = -1;
  // A flattened two-level header's bare "Indicator" was read as the measure column (subMeasureAt).
  let flattened = false;
  while (k < words.length) {
    // No label among the first words: whatever follows, the line is no header (checked below).
    if (firstLabelAt < 0 && k > MAX_WORDS_BEFORE_FIRST_LABEL) return null;
    const hit = matchLabelAt(words, k) ?? subMeasureAt(words, k, columns);
    if (hit) {
      const head = words[k];
      if (!head) break;
      if (columns.some((c) => c.role === hit.role)) return null;
      // A combined label ("expected accomplishments and performance measures") in the run of a label
      // before it is a caption's list ("Table 6. Objectives, expected accomplishments and performance
      // measures"), no header: a combined column's label stands in a cell of its own.
      // Not when each label is a line of its own (`labelsOnLinesOfTheirOwn`): a header whose labels
      // stand one under the other (a viewer's copy, text without layout) merges into one cell.
      if (lastLabelSegment !== undefined && head.segment === lastLabelSegment && head.column === undefined && isCombinedLabel(hit.text) && !labelsOnLinesOfTheirOwn(words, lastLabelAt, k, hit.length)) return null;
      if (firstLabelAt < 0) firstLabelAt = k;
      // Two labels in one merged header cell ("BASELINES TARGETS", glued by a single space): the
      // second starts where its own word does, not at the cell's left edge.
      const sameCell = lastLabelSegment !== undefined && head.segment === lastLabelSegment && head.ownX !== undefined;
      columns.push({ key: keyOf(hit.role, hit.text), role: hit.role, header: hit.text, x: sameCell ? head.ownX! : head.x, column: head.column, right: wordsRight(words.slice(k, k + hit.length)) });
      if ("grouped" in hit && !hit.grouped) flattened = true;
      lastLabelSegment = head.segment;
      lastLabelAt = k;
      k += hit.length;
      lastWasLabel = true;
      continue;
    }
    const w = words[k];
    if (!w) break;
    // A word in the same header cell as the label before it qualifies that label ("Baseline" /
    // "(previous year)", "Target" / "2013"): the cell is one column, not two.
    const labelled = columns[columns.length - 1];
    // Not a connector or a label word: "Risks" / "and" is a label cut by wrapping, to be read in a taller window.
    if (lastLabelSegment !== undefined && w.segment === lastLabelSegment && labelled && (lastWasLabel || qualifying) && !DANGLING.test(w.text) && !LABEL_FRAGMENT.test(w.text)) {
      labelled.header = `${labelled.header} ${w.text}`;
      qualifying = true;
      lastWasLabel = false;
      k++;
      continue;
    }
    qualifying = false;
    const prev = words[k - 1];
    const group = extras[extras.length - 1];
    if (lastWasLabel || !group || !prev || prev.segment !== w.segment || prev.column !== w.column) extras.push([w]);
    else group.push(w);
    lastWasLabel = false;
    k++;
  }
  if (firstLabelAt < 0 || firstLabelAt > MAX_WORDS_BEFORE_FIRST_LABEL) return null;
  // A bare "Indicator" is a measure column only beside the values it is measured by.
  if (flattened && !columns.some((c) => c.role === "baseline" || c.role === "target")) return null;
  if (coreRoleCount(columns) < MIN_CORE_ROLES && !isValueTable(columns)) return null;
  // A word before the first label is a row-label column ("No.") only if it is a cell of its own
  // (another segment or tab column); in the same run it is prose ("My programme objectives and
  // performance measures for the year 2008" wrapped on a narrow page).
  const before = words[firstLabelAt - 1], firstHead = words[firstLabelAt];
  if (before && firstHead && before.segment === firstHead.segment && before.column === firstHead.column) return null;
  // Words before the first label are a row label column nobody reads; drop them.
  const after = extras.filter((g) => (g[0]?.x ?? 0) > (firstHead?.x ?? 0) || (g[0]?.column ?? 0) > (firstHead?.column ?? 0));
  const extraWords = after.reduce((n, g) => n + g.length, 0);
  if (extraWords > MAX_EXTRA_WORDS || after.some((g) => g.length > MAX_EXTRA_COLUMN_WORDS)) return null;
  // Column headers are capitalised labels; "… and", "are listed below" are prose around the labels.
  if (after.some((g) => /[,;]$/.test(g[g.length - 1]?.text ?? "") || !/^[A-Z0-9(#]/.test(g[0]?.text ?? ""))) return null;
  // A lone piece of a label ("Expected" whose "accomplishment" is on another line) means the
  // header is not complete yet: let the caller try a taller window.
  // Likewise a piece that ends on a connector ("INDICATORS OF", "RISKS AND") or holds a label word.
  if (after.some((g) => g.some((w) => LABEL_FRAGMENT.test(w.text)) || DANGLING.test(g[g.length - 1]?.text ?? ""))) return null;
  for (const g of after) {
    const head = g[0];
    if (!head) continue;
    const header = g.map((w) => w.text).join(" ").replace(/:$/, "");
    columns.push({ key: camelCaseKey(header), role: "extra", header, x: head.x, column: head.column, right: wordsRight(g) });
  }
  columns.sort((a, b) => (a.column ?? 0) - (b.column ?? 0) || a.x - b.x);
  return columns;
}

/**
 * Known columns have fixed keys whatever their printed label ("Targets", "Target (2019)" → `target`;
 * "Risks", "Risks and mitigation measures" → `risksAndMitigations`), so downstream queries need not
 * know every spelling; unknown columns are keyed by their printed header in camelCase.
 */
const ROLE_KEYS: Readonly<Record<ColumnRole, string | null>> = {
  objective: "objective",
  accomplishments: "accomplishments",
  measures: "measures",
  risks: "risksAndMitigations",
  baseline: "baseline",
  target: "target",
  extra: null,
};
export function keyOf(role: ColumnRole, header: string): string {
  return ROLE_KEYS[role] ?? camelCaseKey(header);
}

/**
 * The measure column of a two-level header's lower row: a whole cell without a label of its own
 * under a measures group label (`Word.underGroup`), or a cell "Indicator" alone where the header was
 * flattened to its lower labels (a known cell index: Markdown, tab text — in a PDF or layout text
 * "Indicator" alone is more often the first line of a wrapped "Indicators of achievement"). Only
 * when no measure column is named yet.
 */
function subMeasureAt(words: readonly Word[], k: number, columns: readonly ColumnDef[]): { role: "measures"; length: number; text: string; grouped: boolean } | null {
  const head = words[k];
  if (!head || columns.some((c) => c.role === "measures")) return null;
  // Both hits below need a grouped cell or a known cell index: every other word (each word of a PDF
  // or layout-text header probe that opens no label) is told before its cell's text is built.
  if (head.underGroup !== "measures" && head.column === undefined) return null;
  const sameCell = (w: Word | undefined) => w !== undefined && w.column === head.column && (head.column !== undefined || w.segment === head.segment);
  if (sameCell(words[k - 1])) return null;
  let n = 1;
  while (sameCell(words[k + n])) n++;
  const text = words.slice(k, k + n).map((w) => w.text).join(" ");
  if (head.underGroup === "measures" && labelRole(text) === null) return { role: "measures", length: n, text, grouped: true };
  return head.column !== undefined && SUB_MEASURE_LABEL.test(text) ? { role: "measures", length: n, text, grouped: false } : null;
}

function matchLabelAt(words: readonly Word[], k: number): { role: Exclude<ColumnRole, "extra">; length: number; text: string } | null {
  // Most words cannot open a label: skip them before building and testing phrases (hot path).
  const head = words[k];
  if (!head || !LABEL_START.test(head.text)) return null;
  // A label lives in one cell: never match across a known cell (tab) boundary or a segment gap
  // (two short labels side by side are two cells, "Baseline   Target"). The words that may join
  // the label are the run after `head` in its cell, so the phrases tried are that run's prefixes:
  // each built once from the one before (this runs for every label-opening word of every probed line).
  let run = 1;
  const most = Math.min(MAX_LABEL_WORDS, words.length - k);
  while (run < most) {
    const w = words[k + run]!;
    if (w.column !== head.column || (w.column === undefined && w.segment !== head.segment)) break;
    run++;
  }
  const phrases: string[] = [head.text];
  for (let n = 1; n < run; n++) phrases.push(`${phrases[n - 1]!} ${words[k + n]!.text}`);
  // Longest match first, so "Performance measures / indicators" beats "Performance measures".
  for (let n = run; n >= 1; n--) {
    const text = phrases[n - 1]!;
    for (const { role, pattern } of COLUMN_LABELS) if (pattern.test(text)) return { role, length: n, text };
  }
  return null;
}
