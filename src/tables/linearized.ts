import type { Line } from "../model/layout.js";
import type { Objective, Warning } from "../model/output.js";
import type { ColumnDef } from "./columns.js";
import { BARE_OBJECTIVE_LABEL, LABEL_START, OBJECTIVE_LABEL, isCombinedLabel, SUB_MEASURE_LABEL, VALUE_LABEL_WORD, VALUE_ROLES, isLabelCell, labelRole } from "../vocab/columns.js";
import { keyOf, YEAR_LABEL } from "./header.js";
import { BULLET_GLYPH_ONLY, GLYPH_CLASS, NUMBERED_START, OUTLINE_NUMBER, leadingMarker, romanNumber, stripMarker } from "../vocab/markers.js";
import { VALUE_CELL, isValueCell } from "../vocab/values.js";
import { normalizeSpace } from "../vocab/text.js";
import { combinedItems, joinCellLine, joinWrapped } from "./text.js";

/**
 * Linearised tables: text that lost its layout — LibreOffice's "Save as text", Word's plain-text
 * export, Acrobat's "Save as text", copy and paste from a viewer — prints every table cell's
 * paragraphs on lines of their own, cell after cell, row after row: an empty (or rowspan-covered)
 * cell as an empty line, list items with their marker as text, a row spanning the table as one
 * line. Nothing on a line says which cell it is in; the rows are rebuilt from what holds in any
 * such export:
 *
 * - the header's labels give the column count N and order: the body is a cycle of N cells;
 * - an empty line is one empty cell (it never joins a cell's paragraphs);
 * - a cell's items share one kind of marker (the same glyph, a numbering that goes on: `(i)`
 *   `(ii)`; a numbering starting again is a new cell), or none;
 * - Objective, Baseline and Target cells hold one paragraph, Baseline/Target a value (`61%`,
 *   `14 days`, `1,113`);
 * - in a table without an Objective column, an objective is a line standing alone between rows
 *   (`Objective 3: To …`, or any line where a row cannot start otherwise), or the heading above
 *   the header.
 *
 * The reading is the cheapest split of the lines into cells by these structural costs (dynamic
 * programming over line index × column). When several splits cost the same, the reader picks one
 * by weak cues (what kind of text each column holds: figures in measures, `;` in risks and
 * mitigations, `To …` objectives) and reports the row as ambiguous (TABLE_LINEARIZED_AMBIGUOUS).
 */

/** One line of the body, as the reader weighs it. */
interface Paragraph {
  line: Line;
  /** Index (into the body) of the paragraph's first line, and how many lines it takes (a viewer's copy wraps a paragraph over lines). */
  index: number;
  span: number;
  blank: boolean;
  /** The text without its marker, whitespace-normalised. */
  text: string;
  marker: Marker | null;
  /** Leading spaces (characters) of the line: list items are indented, plain cell paragraphs not. */
  indent: number;
  /** A Baseline/Target value: a number with at most a short unit (`61%`, `14 days`, `1,113`, `55 per cent`). */
  value: boolean;
  /** `Objective 3: To …`: the text after the label, else null. */
  label: string | null;
  /** Characters on the paragraph's longest line (a viewer's copy wraps each cell at its column's width). */
  width: number;
  /** Page of the paragraph's last line (a page break may cut it: the rest moved back after it). */
  endPage: number;
  /** A viewer's copy: a numbered item going on, after a page break, from a list of the page before (`(ii)` … page … `(iii)`). */
  resumes?: boolean;
}

/** A marker's possible readings: a glyph bullet, or a numbering family with an ordinal. */
interface Marker {
  glyph: string | null;
  numbers: Array<{ family: string; ordinal: number }>;
}

/** Structural costs: whole numbers, so that equal readings tie exactly and are counted. */
const COST = {
  /** An Objective/Baseline/Target cell of several paragraphs (each further one): these cells hold one. */
  extraParagraph: 3,
  /** Text that is no value in a Baseline/Target cell, or a value as an objective. */
  wrongKind: 2,
  /** Two marked items of different marker kinds, or a numbering that starts again, in one cell. */
  markerChange: 3,
  /** A marked item next to an unmarked paragraph, or unmarked paragraphs at different indents, in one cell. */
  markedBesideUnmarked: 3,
  /** Unmarked paragraphs, one ending a sentence and the other not, in one cell (lists of sentences end each item alike). */
  mixedEnds: 2,
  /** Unmarked paragraphs not ending a sentence in one cell: possible (items without markers), never evidence. */
  unmarkedJoin: 1,
  /** A viewer's copy: a cell opening with the next glyph item of the list right above it in one block (`itemGoesOnListAbove`). */
  splitList: 2,
  /** A cell opening with a numbering that does not start (`(ii)`): the rest of a list. */
  numberingMidway: 2,
  /** A cell opening with another kind of list (or none) than the column's other cells. */
  otherListKind: 1,
  /**
   * An Objective cell opening with a figure that goes on in words (`43 entities with a youth focal
   * point`, `34% of country teams …`): that is how a measure states itself (`figureLedObjective`).
   */
  figureLed: 2,
  /** A spanning objective line without an `Objective …:` label. */
  spanningUnlabelled: 1,
  /**
   * An unmarked paragraph opening with an objective's own words (`To …`) in an item column
   * (`objectiveAsItem`): as much as a spanning line, so the weak cues choose between the two.
   */
  objectiveAsItem: 1,
  /** A row before any objective (no heading above, no spanning line, no Objective cell). */
  noObjective: 3,
  /** Each non-blank line left unread after the last row (the next table's heading, a note). */
  leftover: 1,
  /**
   * A viewer's copy (below) prints nothing for an empty or rowspan-covered cell: a cell of a column
   * that a row span covers (objective, accomplishment — the hierarchy's leading columns — and a
   * value a row span shares) may be absent for this much; a measure, the row's own item, for two.
   */
  absentCell: 1,
  absentMeasure: 2,
  /**
   * Reading-order text (tables/reading-order): an Objective cell that does not open as objectives
   * do (`To …`, `Objective 2: …`). Poppler prints a row's sub-rows one after another, nothing
   * between them, so the next sub-row's item could open a row for the price of one otherListKind
   * where the right reading pays for two or three absent cells; this makes an objective say so.
   */
  objectiveNotToInOrder: 2,
  /**
   * A viewer's copy: a paragraph wider than a cell can be (`wideParagraphs`) read as a cell — it
   * is a line spanning the table (an objective row) or text outside it.
   */
  wideCell: 3,
  /**
   * A viewer's copy that parts its blocks with blank lines (MuPDF: a new block wherever the next
   * line starts more than 1.5 font sizes above or below the last): the next cell of a row starts
   * at the row's top, two lines or more above the last line of a cell three lines tall, so a
   * blank line comes between them; when none does, the paragraph after such a cell is no cell
   * beside it (it is the next sub-row's, below). Weighed, not forbidden: a cell may sit centred.
   */
  sameBlockBeside: 3,
  /**
   * A viewer's copy: an accomplishment worded as an item the same table prints right before a
   * value elsewhere (`statedBesideValue`: that item is a measure). More than the two absent cells a
   * measure with an empty Target costs when the next measure's block takes it (`Linear metres …` /
   * `Tickets purchased …` / `80%` read as accomplishment, measure, Target), so the wording decides.
   */
  measureWordedAccomplishment: 3,
  /** A viewer's copy: an unlabelled paragraph wrapped at a cell's width (`wideParagraphs`) read as a spanning line. */
  narrowSpan: 3,
  /**
   * An accomplishment naming the unit it is counted in (`… by the end of the period (percentage)`,
   * `(number)`): a unit belongs to a measure, whose figure stands in a Baseline/Target column. As
   * much as the absent cells of a measure sharing the Target above (its sub-row prints neither
   * accomplishment nor Target: `A M T | M | M T` against `A M T | A M T`), so the unit decides.
   */
  unitAsAccomplishment: 3,
} as const;

/** Weak cues: fractions far below one structural unit; they only choose among equal readings. */
const CUE = {
  /** A measure without a figure (most measures count something) or a unit it counts in (`(percentage)`). */
  measureWithoutFigure: 0.03,
  /** An accomplishment with a figure, or a unit in brackets. */
  accomplishmentWithFigure: 0.02,
  /** A risks-and-mitigations item without the `risk; mitigation` semicolon. */
  riskWithoutSemicolon: 0.03,
  /** An objective (cell or spanning line) that does not open with "To …". */
  objectiveNotTo: 0.02,
  /** A value-like paragraph in an item column. */
  valueAsItem: 0.05,
} as const;

/** The most paragraphs one cell may hold (a long list of items). */
const MAX_CELL_PARAGRAPHS = 16;
/** Path counts saturate here (only "one reading or several" matters). */
const COUNT_CAP = 2 ** 40;

const DIGIT = /\d/;
/** A measure naming its unit in brackets at its end, its figure in another column: `… on time (percentage)`, `(number)`, `(days)`. */
const UNIT_NAMED = /\((?:percentage(?: points)?|per cent|%|number|days|weeks|months|hours|ratio|rate|score|US\$[^)]*)\)$/i;
const ROMAN = /^[ivxlc]+$/;

const GLYPH_MARKER = new RegExp(String.raw`^\s*(${GLYPH_CLASS}|[-*\u2013\u2014o](?=\s))\s*`, "u");

/** The family of an outline id: this, its depth, a space and its parent's number (`outline3 2.1`). */
const OUTLINE_FAMILY = "outline";
const isOutline = (family: string) => family.startsWith(OUTLINE_FAMILY);

export function readMarker(text: string): Marker | null {
  const g = GLYPH_MARKER.exec(text);
  if (g) return { glyph: g[1]!, numbers: [] };
  // A decimal outline id (`2.1 Country teams …`, `2.1.1 85% of …`): a numbering under its parent
  // (`2.1.`), going on at the next last number (`2.1.1` → `2.1.2`); a new parent is a new list.
  const o = OUTLINE_NUMBER.exec(text);
  if (o) {
    const parts = o[0].trim().replace(/\.$/, "").split(".");
    const last = Number(parts.pop());
    return { glyph: null, numbers: [{ family: `${OUTLINE_FAMILY}${parts.length + 1} ${parts.join(".")}`, ordinal: last }] };
  }
  const n = NUMBERED_START.exec(text);
  if (!n) return null;
  const open = n[1] ? "(" : "";
  const close = n[3]!;
  if (open && close !== ")") return null;
  const body = n[2]!;
  const numbers: Marker["numbers"] = [];
  const shape = (kind: string) => `${open}${kind}${close}`;
  if (/^\d+$/.test(body)) numbers.push({ family: shape("1"), ordinal: Number(body) });
  else {
    const lower = body.toLowerCase();
    if (ROMAN.test(lower)) numbers.push({ family: shape("i"), ordinal: romanNumber(lower) });
    if (lower.length === 1) numbers.push({ family: shape("a"), ordinal: lower.charCodeAt(0) - 96 });
  }
  return numbers.length ? { glyph: null, numbers } : null;
}

function toParagraph(line: Line, index: number): Paragraph {
  return paragraphOf([line], index);
}

function paragraphOf(lines: readonly Line[], index: number): Paragraph {
  const line = lines[0]!;
  const raw = lines.slice(1).reduce((text, l, k) => joinViewerLine(text, lines[k]!.text, l.text), line.text);
  const blank = raw.trim() === "";
  const marker = blank ? null : readMarker(raw);
  const text = normalizeSpace(marker ? stripMarker(raw).text : raw);
  const label = OBJECTIVE_LABEL.exec(text)?.[1]?.trim() ?? null;
  const width = Math.max(...lines.map((l) => l.text.trim().length));
  return { line, index, span: lines.length, blank, text, marker, indent: line.text.length - line.text.trimStart().length, value: !blank && isValueCell(text), label, width, endPage: lines[lines.length - 1]!.page };
}

/**
 * Join the next line of a viewer's copy's paragraph to the text so far (`line`: the line before).
 * A word wider than its narrow cell is broken where the line is full, with no hyphen (AbiWord:
 * "recommendati" / "ons on …", "comprehensiv" / "e national …"); the copy keeps no space after
 * such a break (a break at a space keeps it: `WRAP_SPACE`), and the table reader's broken-word
 * rule (`joinCellLine`: the line is that one word, the two halves make an English word and one of
 * them is none) joins it back. Any other line joins as text does (`joinWrapped`).
 */
function joinViewerLine(text: string, line: string, next: string): string {
  return WRAP_SPACE.test(line) ? joinWrapped(text, next) : joinCellLine(text, line, next);
}

/** A line a viewer's copy wrapped: it ends with the space where the line broke (MuPDF, a PDF viewer's "copy"). */
const WRAPPED_LINE = /\S[ \u00a0]$|\p{L}-$/u;
/** A gap between two cells of layout text; a viewer's copy spaces words singly (a justified line at most doubly). */
const COLUMN_GAP = /\S {3,}\S/;
/** A figure alone on its line (`3`, `1,164`, `61%`): a value cell, never a paragraph's last words. */
const LONE_FIGURE = /^\d[\d,.]*\s?%?$/;
/** A line that wrapped right after a colon: what follows it is the value the colon introduces. */
const COLON_BEFORE_WRAP = /:[ \u00a0]$/;
/** The wrap's space itself: what tells a viewer's copy (a hyphen at a line's end may be any text's). */
const WRAP_SPACE = /\S[ \u00a0]$/;

/**
 * Is `body` a viewer's copy of a table — what selecting all in a PDF viewer and pasting gives
 * (`mutool draw -F txt`): each cell a block, each of its wrapped lines on a line of its own, the
 * break kept as a trailing space, nothing printed for an empty cell? A text export (LibreOffice,
 * Word) prints a paragraph on one line and never ends one with a space; layout text (pdftotext
 * -layout) trims its lines. A tenth of the lines ending in a space is the copy.
 */
export function isViewerCopy(body: readonly Line[]): boolean {
  const lines = body.filter((l) => l.text.trim() !== "");
  // Layout text (pdftotext -layout) sets cells side by side with runs of spaces: never a copy.
  if (lines.filter((l) => COLUMN_GAP.test(l.text)).length * 10 >= lines.length) return false;
  if (keepsWrapSpaces(lines)) return true;
  // A copy whose producer left no space at the breaks (TeX, most PDF printers): a fifth of the
  // lines go on in lower case on the next line. A text export prints a cell's paragraph on one
  // line, so a cell's next line (its next item, the next cell) opens with a capital or a marker.
  const broken = body.filter((l, k) => hardWrapAt(body, k)).length;
  return lines.length >= 8 && broken * 5 >= lines.length;
}

/** Do a tenth of the (non-blank) lines end with the wrap's space (and two, of four lines at least)? */
export function keepsWrapSpaces(body: readonly Line[]): boolean {
  const lines = body.filter((l) => l.text.trim() !== "");
  const wrapped = lines.filter((l) => WRAP_SPACE.test(l.text)).length;
  return lines.length >= 4 && wrapped >= 2 && wrapped * 10 >= lines.length;
}

/** Does the paragraph of `body[k]` go on on the next line, though no wrap's space says so: the line ends mid-sentence and the next opens in lower case, no marker? */
function hardWrapAt(body: readonly Line[], k: number): boolean {
  const line = body[k]!.text.trim();
  const next = body[k + 1]?.text;
  return line !== "" && next !== undefined && /^\s*\p{Ll}/u.test(next) && readMarker(next) === null && !/[.;:!?]$/.test(line);
}

/**
 * In a viewer's copy, the first line of the paragraph whose last line is `lines[at]` (the lines
 * above it that end with a wrap's space), and its text joined; elsewhere the line itself.
 */
export function paragraphEndingAt(lines: readonly Line[], at: number, viewer: boolean): { from: number; text: string } {
  let from = at;
  while (viewer && from > 0 && WRAPPED_LINE.test(lines[from - 1]!.text) && lines[from - 1]!.text.trim() !== "" && readMarker(lines[from]!.text) === null) from--;
  return { from, text: lines.slice(from + 1, at + 1).reduce((text, l) => joinWrapped(text, l.text), lines[from]!.text) };
}

/** A line of the body that holds no text (undefined: past the body's ends, not blank). */
const isBlank = (l: Line | undefined): boolean => l !== undefined && l.text.trim() === "";

/**
 * A viewer's copy of a row a page break cuts: the cells' lines down to the page's foot, then, at
 * the next page's top, the rest of each cell the break cut, in the cells' order (MuPDF's blocks;
 * d13-001: an objective's "… earns an unqualified " and a measure's "… issued 48 hours " on one
 * page, "audit opinion at Headquarters" and "(percentage)" on the next). A cut paragraph is the
 * one whose last line on the page ends with the wrap's space (a finished one never does); the
 * first as many paragraphs after the break (none opening with a marker: that is a new item) are
 * their rests, in order, and go back after them; the blank lines around the break go.
 */
export function mendPageCuts(body: readonly Line[], splitGlued = false): Line[] {
  // The blank lines at a page break are the page's: a block never goes on across a page, so they
  // end one whatever comes next, and say nothing of where a cell ends (d13-005: a cell's list,
  // `• 82% of staff …` / page break / `• Days from …`, goes on).
  let lines = body.filter((l, k) => {
    if (!isBlank(l)) return true;
    let before = k - 1;
    while (before >= 0 && isBlank(body[before])) before--;
    let after = k + 1;
    while (after < body.length && isBlank(body[after])) after++;
    return before < 0 || after >= body.length || body[before]!.page === body[after]!.page;
  });
  const lists = splitGlued ? tableLists(lines) : null;
  for (let b = 1; b < lines.length; b++) {
    if (lines[b]!.page === lines[b - 1]!.page) continue;
    const foot = lists ? gluedFoot(lines, b, lists) : null;
    const mended = (foot && mendBreak(foot, b + foot.length - lines.length)) ?? mendBreak(lines, b);
    if (mended) lines = mended;
  }
  return lines;
}

/**
 * The cut paragraphs above the page break at `lines[b]` and their rests at the next page's top
 * (`mendPageCuts`): the lines with each rest moved back after its paragraph, or null when the
 * break cut nothing or its rests are not all there.
 */
function mendBreak(lines: readonly Line[], b: number): Line[] | null {
  // Cut paragraphs: a line ending with the wrap's space before a blank line or the break, or
  // before a lone figure and the break (the next column's value, at the row's top in the same
  // block: `Child-friendly versions of ` / `3`; not `2010 baseline`, a paragraph's last line).
  // Or before the next item's marker, in the page's last block (no blank line after it but the
  // page's own): a paragraph goes on until it ends, so one that stops with the wrap's space where
  // the next cell's item opens (`1.3 Facilities requests ` / `1.3.1 41% of tickets `, the row's
  // cells side by side in one block) was cut there, its rest at the next page's top.
  const cut: number[] = [];
  const ends = (k: number) => k === b || isBlank(lines[k]);
  let lastBlock = b;
  while (lastBlock > 0 && isBlank(lines[lastBlock - 1])) lastBlock--;
  while (lastBlock > 0 && !isBlank(lines[lastBlock - 1]) && lines[lastBlock - 1]!.page === lines[b - 1]!.page) lastBlock--;
  // A lone figure under a line that ends with a colon is that line's own value, the paragraph's
  // last words (`… to the selection: ` / `127`, a wrapped measure stating its figure after a colon,
  // rows above a page break, corpus13 v13c-019): the paragraph ended there, the break cut nothing.
  const figureBelow = (k: number) => k + 1 < b && LONE_FIGURE.test(lines[k + 1]!.text.trim()) && ends(k + 2) && !COLON_BEFORE_WRAP.test(lines[k]!.text);
  for (let k = b - 1; k >= 0 && lines[k]!.page === lines[b - 1]!.page; k--) {
    const next = lines[k + 1];
    const interrupted = k >= lastBlock && k + 1 < b && !isBlank(next) && readMarker(next!.text) !== null;
    if (WRAP_SPACE.test(lines[k]!.text) && (ends(k + 1) || interrupted || figureBelow(k))) cut.unshift(k);
  }
  if (!cut.length) return null;
  const top = pageTopRests(lines, b, cut.length);
  if (!top) return null;
  const { rests, carried } = top;
  // The blank lines around the break are the page's, not gaps between blocks: a cell's rest is
  // followed by its next item (`– 80% of …`) as on one page.
  const moved = new Set<number>();
  for (let m = b - 1; m >= 0 && isBlank(lines[m]); m--) moved.add(m);
  for (let m = b; m < rests[rests.length - 1]![1]; m++) if (isBlank(lines[m])) moved.add(m);
  for (const [from, to] of [...rests, ...carried]) for (let m = from; m < to; m++) moved.add(m);
  const out: Line[] = [];
  lines.forEach((line, m) => {
    if (moved.has(m)) return;
    out.push(line);
    const at = cut.indexOf(m);
    if (at >= 0) out.push(...lines.slice(rests[at]![0], rests[at]![1]));
    for (const [from, to, host] of carried) if (host === m) out.push(...lines.slice(from, to));
  });
  return out;
}

/**
 * The page's last line before the break at `lines[b]` cut into its cells' pieces, when it holds
 * several cells' lines (`gluedCuts`) and ends with the wrap's space: the row's cells stand side by
 * side on one baseline at the page's foot and each goes on at the next page's top, its rest a block
 * of its own in the cells' order (v13e-008: `(i) Records of closed missions (a) 7% of reduction in `,
 * then `received and catalogued` and `electricity use against the ` / `2010 baseline`). Each piece
 * keeps the wrap's space; null when the line is no such line.
 */
function gluedFoot(lines: readonly Line[], b: number, lists: TableLists): Line[] | null {
  let last = b - 1;
  while (last >= 0 && isBlank(lines[last])) last--;
  if (last < 0 || lines[last]!.page !== lines[b - 1]!.page || !WRAP_SPACE.test(lines[last]!.text)) return null;
  const cuts = gluedCuts(lines[last]!, lists);
  if (!cuts.length) return null;
  return [...lines.slice(0, last), ...gluedPieces(lines[last]!, cuts, true), ...lines.slice(last + 1)];
}

/**
 * The rests of `count` cut paragraphs at the top of the page that starts at `lines[b]`: the first
 * unmarked paragraphs there (lines joined while they end with the wrap's space), in the cells'
 * order. MuPDF prints the next page's part of the cut row cell by cell, each cell's block whole:
 * a cell's rest, then its further items, then the next cell's (v13h-007: `the senior levels`,
 * then `completed performance ` / `document` and the measures' `➢ 96% of …`); a cell the break
 * did not cut goes on with its next item (v13c-002: `(b) Travel booked …`, `(c) …` of the
 * accomplishments, then the measure's rest `the information security course`). Until the last
 * rest has come, the text is still the cut row's: a marked item there that goes on a list printed
 * above the break (`listGoesOnAbove`) is carried back after that list's last item
 * (`carried`: from, to, the line it goes after); any other marked item ends the search (null).
 */
function pageTopRests(lines: readonly Line[], b: number, count: number): { rests: Array<[number, number]>; carried: Array<[number, number, number]> } | null {
  const rests: Array<[number, number]> = [];
  const carried: Array<[number, number, number]> = [];
  /** The items carried so far, by marker: a later item may go on their list. */
  const carriedMarkers: Array<[Marker, number]> = [];
  let k = b;
  while (rests.length < count && k < lines.length) {
    if (isBlank(lines[k])) {
      k++;
      continue;
    }
    const marker = readMarker(lines[k]!.text);
    const e = itemEnd(lines, k, lines.length, marker !== null);
    if (marker !== null) {
      const host = carriedMarkers.find(([m]) => continuesList(m, marker))?.[1] ?? listGoesOnAbove(lines, b, marker);
      if (host < 0) return null;
      carried.push([k, e, host]);
      carriedMarkers.unshift([marker, host]);
      k = e;
      continue;
    }
    rests.push([k, e]);
    k = e;
  }
  return rests.length === count ? { rests, carried } : null;
}

/** How many lines above a page break the list an item at the next page's top goes on from may end. */
const CARRY_REACH = 24;

/**
 * The last line of the item, above the page break at `lines[b]` (on that page, `CARRY_REACH`
 * lines up at most), whose list `marker` goes on (`continuesList`: the same glyph, the next
 * number); -1 when none does. The latest such item is the list's last.
 */
function listGoesOnAbove(lines: readonly Line[], b: number, marker: Marker): number {
  const page = lines[b - 1]?.page;
  for (let k = b - 1; k >= Math.max(0, b - CARRY_REACH) && lines[k]!.page === page; k--) {
    const above = readMarker(lines[k]!.text);
    if (above === null || !continuesList(above, marker)) continue;
    return itemEnd(lines, k, b, true) - 1;
  }
  return -1;
}

/**
 * The end (exclusive) of the paragraph or item that opens at `lines[k]`, before `limit`: a marker
 * alone on its line (`marked`: the line opens with one) opens the next line's item (MuPDF's lone
 * bullets), and lines are joined while they end with the wrap's space and the next is neither blank
 * nor marked. Shared by `pageTopRests` (a rest or carried item below the break) and
 * `listGoesOnAbove` (the list's last item above it).
 */
function itemEnd(lines: readonly Line[], k: number, limit: number, marked: boolean): number {
  let e = k + 1;
  if (marked && stripMarker(lines[k]!.text).text.trim() === "" && e < limit && !isBlank(lines[e])) e++;
  while (e < limit && WRAPPED_LINE.test(lines[e - 1]!.text) && !isBlank(lines[e]) && readMarker(lines[e]!.text) === null) e++;
  return e;
}

/**
 * The body's paragraphs. In a viewer's copy a paragraph's wrapped lines join (a line ending with
 * the break's space goes on on the next line, with the one normaliser's hyphen rules), and a
 * marker printed alone on its line (MuPDF puts a bullet far from its text in a block of its own)
 * opens the next line's item; elsewhere each line is one paragraph.
 */
function paragraphsOf(body: readonly Line[], viewer: boolean): Paragraph[] {
  if (!viewer) return body.map(toParagraph);
  // A copy that keeps the wrap's space (MuPDF of AbiWord, LibreOffice) breaks a line without one
  // only inside a word too long for its cell (`recommendati` / `ons`): a line ending otherwise
  // (`55%`, a Baseline/Target value) is a paragraph of its own, whatever the next line opens with
  // (`e-` / `Performance ` / `cycle`, the next column's Remarks).
  const spaced = keepsWrapSpaces(body);
  const hardWrap = (k: number) => hardWrapAt(body, k) && (!spaced || /\p{L}$/u.test(body[k]!.text));
  const out: Paragraph[] = [];
  let i = 0;
  while (i < body.length) {
    let j = i + 1;
    if (body[i]!.text.trim() !== "") {
      for (;;) {
        const prev = body[j - 1]!.text;
        const next = body[j];
        if (!next || next.text.trim() === "") break;
        const loneMarker = j - 1 === i && readMarker(prev) !== null && stripMarker(prev).text.trim() === "";
        if (!(WRAPPED_LINE.test(prev) || loneMarker || hardWrap(j - 1))) break;
        // A marked line is an item of its own, whatever the line before ended with.
        if (readMarker(next.text) !== null && !loneMarker) break;
        j++;
      }
    }
    out.push(paragraphOf(body.slice(i, j), i));
    i = j;
  }
  // A row a page break cuts between items goes on at the next page's top, each cell's next items
  // in the cells' order (d13-007: `(iii)` of the accomplishments, then `(c)`, `(d)` of the
  // measures): a numbering that goes on from one of the last items before the break opens no
  // new list there.
  out.forEach((p, k) => {
    if (!p.marker || p.marker.glyph !== null) return;
    for (let q = k - 1; q >= Math.max(0, k - RESUME_REACH); q--) {
      const before = out[q]!;
      if (before.endPage < p.line.page && before.marker && continuesList(before.marker, p.marker)) {
        p.resumes = true;
        return;
      }
    }
  });
  return out;
}

/** How many paragraphs back from an item after a page break the list it goes on from may stand. */
const RESUME_REACH = 12;

/** Does `b` go on from `a` inside one list: the same glyph, or the next number of one numbering? */
export function continuesList(a: Marker, b: Marker): boolean {
  if (a.glyph !== null || b.glyph !== null) return a.glyph === b.glyph;
  return a.numbers.some((x) => b.numbers.some((y) => x.family === y.family && y.ordinal === x.ordinal + 1));
}

const endsSentence = (s: string) => /[.!?;:]["'’”)]?$/.test(s);

/** The structural cost of `b` standing in the same cell right after `a`. */
function joinCost(a: Paragraph, b: Paragraph): number {
  if (a.marker && b.marker) return continuesList(a.marker, b.marker) ? 0 : COST.markerChange;
  if (a.marker || b.marker) return COST.markedBesideUnmarked;
  if (a.indent !== b.indent) return COST.markedBesideUnmarked;
  const ea = endsSentence(a.text);
  const eb = endsSentence(b.text);
  if (ea && eb) return 0;
  return ea === eb ? COST.unmarkedJoin : COST.mixedEnds;
}

/**
 * Two unmarked paragraphs that each open with a figure and go on in words (`29 entities with …`,
 * `45% of reports …`): items of one list of measures whose markers were lost, as alike as a
 * numbering's (a viewer's copy prints a bare value, a Target, as a paragraph of its own: never one).
 */
const FIGURE_OPENING = /^\d[\d,.]*%?\s+\p{L}/u;
/** A measure stating its figure after a colon (`Days from the posting of a vacancy to the selection: 183`). */
const FIGURE_CLOSING = /\p{L}:\s*\d[\d,.]*\s?%?$/u;
const figured = (p: Paragraph) => FIGURE_OPENING.test(p.text) || FIGURE_CLOSING.test(p.text);
/** A year opening a sentence (`2030 Agenda …`): a figure an objective may open with. */
const YEAR_OPENING = /^(?:19|20)\d\d\b/;
/**
 * An unmarked paragraph opening with a figure that goes on in words (`43 entities with …`, `34% of
 * …`; `FIGURE_OPENING`, not a year): a measure's way of opening, never an objective's — an objective
 * says what is to be done (`To …`). Read as an Objective cell it is the measure of the sub-row above
 * that went on in the same list (a viewer's copy lost its marker), not the next row.
 */
function figureLedObjective(p: Paragraph): boolean {
  return !p.marker && !p.value && FIGURE_OPENING.test(p.text) && !YEAR_OPENING.test(p.text);
}
function figureList(a: Paragraph, b: Paragraph): boolean {
  return !a.marker && !b.marker && !a.value && !b.value && figured(a) && figured(b);
}

/**
 * A two-level list whose second level lost its markers (a combined column, `➢ Staff trained …` /
 * `77% of oversight recommendations …` / `Days from … selection: 114` / `➢ Travel booked …`): a
 * marked item and an unmarked measure stating its figure (`figured`), either way round, are one
 * cell's items — the measure under its accomplishment, or the next accomplishment after it. An
 * unmarked paragraph stating no figure (the next row's objective) still parts the cell.
 */
function unmarkedSecondLevel(a: Paragraph, b: Paragraph): boolean {
  if (a.marker && !b.marker) return !b.value && figured(b);
  if (!a.marker && b.marker) return !a.value && figured(a);
  return false;
}

type Role = ColumnDef["role"];
const SINGLE_PARAGRAPH: ReadonlySet<Role> = new Set(["objective", "baseline", "target"]);

/**
 * The kind of list a cell opens with: its glyph, its numbering family, or none. A column keeps one
 * kind throughout a table (the word processor's list style belongs to the column's cells).
 */
function styleOf(p: Paragraph): string {
  // Unmarked paragraphs: a column prints its sentences alike, with a full stop or without.
  if (!p.marker) return endsSentence(p.text) ? "plain." : "plain";
  if (p.marker.glyph !== null) return `glyph ${p.marker.glyph}`;
  return p.marker.numbers.map((n) => (isOutline(n.family) ? n.family.split(" ")[0]! : n.family)).join("|");
}

/** Structural and cue cost of paragraphs [i, j) as one cell of a column of role `role`; `style`: the column's usual list kind, if known. */
function cellCost(ps: readonly Paragraph[], i: number, j: number, role: Role, style?: string, viewer = false, twoLevel = false, listTable = false, readingOrder = false, blocked = false): [number, number] {
  const first = ps[i]!;
  if (first.blank) return j === i + 1 ? [0, 0] : [Infinity, 0];
  let s = style !== undefined && styleOf(first) !== style ? COST.otherListKind : 0;
  let q = 0;
  for (let k = i; k < j; k++) {
    const p = ps[k]!;
    if (p.blank) return [Infinity, 0];
    // (A column of accomplishments and their measures holds a two-level list: marked items of two kinds.)
    if (k > i) s += (twoLevel && (ps[k - 1]!.marker && p.marker || unmarkedSecondLevel(ps[k - 1]!, p)) ? 0 : viewer && figureList(ps[k - 1]!, p) ? 0 : joinCost(ps[k - 1]!, p)) + (SINGLE_PARAGRAPH.has(role) ? COST.extraParagraph : 0);
    if (VALUE_ROLES.has(role)) {
      if (!p.value) s += COST.wrongKind;
    } else if (role === "objective") {
      // An objective is numbered `3.` at most: an outline id (`1.1.2`) numbers an item under one.
      if (p.value || p.marker?.numbers.some((x) => isOutline(x.family))) s += COST.wrongKind;
      else if (k === i && figureLedObjective(p)) s += COST.figureLed;
      // Beside a column holding a two-level list, markers are the list's (`•` its first level,
      // `1.` its second): an objective opening with one is that list's item.
      else if (listTable && p.marker) s += COST.wrongKind;
    } else {
      // A viewer's copy prints nothing for an empty cell: a value beside an item may be the next
      // cell (a Target) rather than an item, and only its kind tells them apart.
      if (p.value) {
        if (viewer) s += COST.wrongKind;
        else q += CUE.valueAsItem;
      }
      // `Objective 2: To …` is an objective (a spanning row, a heading), never an item of a cell.
      if (p.label !== null) s += COST.wrongKind;
      else if (objectiveAsItem(p)) s += COST.objectiveAsItem;
    }
    if (role === "measures" && !DIGIT.test(p.text) && !UNIT_NAMED.test(p.text)) q += CUE.measureWithoutFigure;
    // (A combined column's two-level list holds the measures too: their figures say nothing there.)
    if (role === "accomplishments" && !twoLevel && (DIGIT.test(p.text) || UNIT_NAMED.test(p.text))) q += CUE.accomplishmentWithFigure;
    if (role === "accomplishments" && !twoLevel && UNIT_NAMED.test(p.text)) s += COST.unitAsAccomplishment;
    if (role === "risks" && !p.text.includes(";")) q += CUE.riskWithoutSemicolon;
  }
  // (Only in a viewer's own copy that parts its blocks with blank lines, `blockedCopy`: where none
  // are printed, content-stream text, no blank line says nothing; reading-order text, turned into a
  // copy, lost a row with it (corpus16 val16d v16-007 plain.txt). A combined column's two-level list
  // goes on from item to item under other rules.)
  if (blocked && !readingOrder && !twoLevel && itemGoesOnListAbove(ps, i, role)) s += COST.splitList;
  if (role === "objective" && !/^to\b/i.test(first.label ?? first.text)) q += CUE.objectiveNotTo;
  // Reading-order text prints a row's sub-rows one after another with nothing between them: an
  // item of the next sub-row could open a row. An objective says what it is (`To …`, or a label).
  if (role === "objective" && readingOrder && !/^to\b/i.test(first.label ?? first.text)) s += COST.objectiveNotToInOrder;
  // A cell opens its own list: a numbering that does not start there is the rest of another cell's
  // (an Objective column numbered across the table goes on from row to row, and is exempt).
  // (An outline id numbers the sub-rows across the cells of its column, `2.1`, `2.2`: exempt too.)
  if (role !== "objective" && first.marker && first.marker.glyph === null && !first.resumes && !first.marker.numbers.some((n) => n.ordinal === 1 || isOutline(n.family))) s += COST.numberingMidway;
  return [s, q];
}

/**
 * A viewer's copy: does the cell opening at `ps[i]` open with the next item of a glyph list that
 * the paragraph right above it is in, in the same block (no blank line between them)? MuPDF parts
 * blocks where the next line stands apart; a cell's list printed down its column keeps its lines
 * close and its glyph from item to item (`▪ 82% of …` / `▪ 1,101 linear metres …`), so that item is
 * the same cell's — read as the next row's objective, a sub-row's items are lost (corpus13: the
 * measures of an accomplishment's sub-row, `o` accomplishments beside `▪` measures restarting per
 * sub-row, read as objectives). A numbering too, in the objective column only (`1. 77% of …` /
 * `2. 99% of …` read as an objective: corpus13 v13b-007, v13c-010, v13d-014): the other columns
 * already pay `numberingMidway` for a numbering going on across cells (an objective column may be
 * numbered across the table, `1. To …` / `2. To …`: weighed, not forbidden). Needed a tie broken
 * first (`blocksHoldOneCell`: v13-014's managerial table read shifted by a cell cost the same).
 */
function itemGoesOnListAbove(ps: readonly Paragraph[], i: number, role: Role): boolean {
  const first = ps[i]!;
  const before = ps[i - 1];
  if (!first.marker || (first.marker.glyph === null && role !== "objective")) return false;
  if (!before || before.blank || !before.marker) return false;
  return continuesList(before.marker, first.marker);
}

/**
 * A paragraph that opens as an objective's own words do, in any case ("To …", "TO …" in a capitals
 * layout): `objectiveAsItem` and `opensAsObjective`. The row reader's OBJECTIVE_OPENING (rows.ts) is
 * the capitalised form only, for an objective column's lines.
 */
const TO_OPENING = /^to\s/i;

/**
 * An unmarked paragraph that opens as objectives do (`To improve geographical representation …`)
 * read as an item of an accomplishment, measure or risk cell. Without a price it was free where
 * the column's list kind is unknown, and a table without an Objective column read its spanning
 * objective lines as one row's sub-rows (corpus9 val9e v9e-001 odt.txt: "To improve …" and "To
 * achieve …" became accomplishments of the row above, each line costing nothing against a
 * spanning line's one). Items are noun phrases or figures; a marked item (`• To …`) stays one.
 */
function objectiveAsItem(p: Paragraph): boolean {
  return p.marker === null && TO_OPENING.test(p.text);
}

/**
 * A line that may stand alone between rows as a spanning objective, and its structural cost;
 * `next`: the paragraph after it.
 */
function spanningCost(p: Paragraph, next: Paragraph | undefined): [number, number] {
  if (p.blank || p.value) return [Infinity, 0];
  // A bullet or a lettered/bracketed number opens an item; an objective may be numbered "3.".
  if (p.marker && !p.marker.numbers.some((n) => n.family === "1.")) return [Infinity, 0];
  // A number the next line goes on from (`1.` then `2.`) opens a list: an item, not an objective
  // (an objective row is followed by its cells, never by the next objective's number).
  if (p.marker && next?.marker && continuesList(p.marker, next.marker)) return [Infinity, 0];
  if (p.label !== null || BARE_OBJECTIVE_LABEL.test(p.text)) return [0, 0];
  return [COST.spanningUnlabelled, /^to\b/i.test(p.text) ? 0 : CUE.objectiveNotTo];
}

/** What the reading of one part gives: its rows (a cell per column, or a spanning line) in order. */
type Step = { kind: "span"; at: number } | { kind: "cell"; column: number; from: number; to: number };

/** Objective flags of a DP state: none read yet / a spanning line just read (a row must follow) / one read. */
const NONE = 0;
const JUST_SPANNED = 1;
const HAS = 2;
/** Added to the objective flag: the cell just read is TALL_LINES lines or more (any height where blocks hold one cell) and its block goes on (no blank line after it). */
const TALL = 3;
const TALL_LINES = 3;

interface Reading {
  steps: Step[];
  /** Index of the first paragraph left unread (the parse ended there). */
  end: number;
  /** Steps (by index) that not every reading of least structural cost shares. */
  uncertain: Set<number>;
}

/** Lines the paragraphs [i, j) take. */
function linesOf(ps: readonly Paragraph[], i: number, j: number): number {
  let lines = 0;
  for (let k = i; k < j; k++) lines += ps[k]!.span;
  return lines;
}

/**
 * Do the paragraphs [i, j) stand on one page? A row a page break cuts is printed otherwise: its
 * cells' lines down to the page's foot (in one block, d13-016) and their rests at the next page's
 * top, moved back by `mendPageCuts` — its blocks say nothing of where a cell starts.
 */
function onOnePage(ps: readonly Paragraph[], i: number, j: number): boolean {
  const page = ps[i]!.line.page;
  for (let k = i; k < j; k++) if (ps[k]!.line.page !== page || ps[k]!.endPage !== page) return false;
  return true;
}

/**
 * Does a viewer's copy part its blocks with blank lines (MuPDF puts one after every block: a cell,
 * or cells one under the other)? A copy that prints none (a viewer joining lines by newlines only)
 * says nothing by their absence. A blank line for every four paragraphs, and three at least.
 */
function blockedCopy(ps: readonly Paragraph[]): boolean {
  const blanks = ps.filter((p) => p.blank).length;
  return blanks >= 3 && blanks * 4 >= ps.length - blanks;
}

/**
 * A viewer's copy whose every block holds one cell (AbiWord's ruled grid: each cell padded inside
 * its rules, so MuPDF starts a block at every cell): where a list starts afresh (a marked paragraph
 * that goes on from no list above it: another glyph, a numbering at its start, a marker after an
 * unmarked paragraph) a cell starts, and in such a table a blank line stands before every one of
 * them, LIST_STARTS_APART at least. A borderless table prints a row's next cell in the block of a
 * short cell beside it (`o Records of closed missions` / `received and catalogued` / `▪ 72% of …`):
 * one list start inside a block and the table is not one. A table with no marked paragraphs, or
 * too few, says nothing.
 */
function blocksHoldOneCell(ps: readonly Paragraph[]): boolean {
  let apart = 0;
  let within = 0;
  for (let k = 1; k < ps.length; k++) {
    const b = ps[k]!;
    if (b.blank || !b.marker) continue;
    const gap = ps[k - 1]!.blank;
    const a = gap ? ps[k - 2] : ps[k - 1];
    // (A page break parts blocks whatever the table: a start at a page's top says nothing.)
    if (!a || a.blank || a.endPage !== b.line.page) continue;
    if (a.marker && continuesList(a.marker, b.marker)) continue;
    if (gap) apart++;
    else within++;
  }
  return within === 0 && apart >= LIST_STARTS_APART;
}

/** List starts, each after a blank line, that show a table's blocks hold one cell each. */
const LIST_STARTS_APART = 3;

/**
 * The least-cost reading of `ps` as rows of `columns`. `objectiveAbove`: an objective heading
 * stands above the part (rows before any spanning line belong to it).
 */
export function readCells(ps: readonly Paragraph[], columns: readonly ColumnDef[], objectiveAbove: boolean, viewer = false, readingOrder = false): Reading {
  // A first reading shows each column's usual list kind; the second weighs cells against it, until
  // the kinds no longer change (a column read wrong at first has no majority to hold on to).
  let styles: Array<string | undefined> = columns.map(() => undefined);
  let reading = readWithStyles(ps, columns, objectiveAbove, styles, viewer, readingOrder);
  for (let round = 0; round < STYLE_ROUNDS; round++) {
    const next = columnStyles(ps, reading, columns.length);
    if (next.every((s, c) => s === styles[c])) break;
    styles = next;
    reading = readWithStyles(ps, columns, objectiveAbove, styles, viewer, readingOrder);
  }
  return reading;
}

/**
 * A viewer's copy of a table with a Measures column and a value column: the paragraphs (by index)
 * whose wording the table prints, here or in another row, right before a value (`Linear metres of
 * mission records accessioned` / `1,800`). The paragraph before a Baseline/Target value is its
 * row's measure (the columns run accomplishment, measure, values), and a table names a measure in
 * the same words wherever it counts it; MuPDF prints a measure whose Target cell is empty in the
 * block of the measure under it (`Linear metres …` / `Tickets purchased …` / `80%`), the shape of an
 * accomplishment beside its measure, and only the wording tells the two apart (corpus13 mu.txt:
 * the measure read as an accomplishment in every former check set).
 */
function statedBesideValue(ps: readonly Paragraph[]): ReadonlySet<number> {
  const worded = new Set<string>();
  for (let k = 0; k + 1 < ps.length; k++) {
    const p = ps[k]!;
    if (p.blank || p.value || p.label !== null) continue;
    let n = k + 1;
    while (n < ps.length && ps[n]!.blank) n++;
    if (ps[n]?.value) worded.add(p.text.toLowerCase());
  }
  const at = new Set<number>();
  ps.forEach((p, k) => {
    if (!p.blank && !p.value && worded.has(p.text.toLowerCase())) at.add(k);
  });
  return at;
}

/** Readings weighed against the columns' list kinds, at most (each settles in one or two). */
const STYLE_ROUNDS = 3;

/**
 * Each column's list kind: the kind most of its non-empty cells open with; on a tie, the kind of
 * its first cell (the first row starts right under the header: a reading shifted by a cell from
 * some row on has shifted only later cells).
 */
function columnStyles(ps: readonly Paragraph[], reading: Reading, n: number): Array<string | undefined> {
  const counts = Array.from({ length: n }, () => new Map<string, number>());
  for (const step of reading.steps) {
    if (step.kind !== "cell" || ps[step.from]!.blank) continue;
    const k = styleOf(ps[step.from]!);
    counts[step.column]!.set(k, (counts[step.column]!.get(k) ?? 0) + 1);
  }
  // Maps keep their insertion order: a stable sort leaves the first cell's kind first among equals.
  return counts.map((m) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0]);
}

/** How many times a cell's usual width a paragraph's line must be to stand wider than any cell. */
const WIDE_RATIO = 2;
/** The largest share of the table's width (its widest line) that a paragraph wrapped in a cell takes. */
const NARROW_SHARE = 0.6;
/** Wrapped paragraphs needed to know a cell's usual width. */
const MIN_WRAPPED = 6;

/**
 * A viewer's copy wraps each cell's text at its column's width and a line spanning the table (an
 * objective row `To provide the travel … across the `) at the table's: the paragraphs (by index)
 * at least twice as wide as the wrapped paragraphs are usually (their median width). Only when
 * such paragraphs are few (a quarter of the body at most): a table whose columns differ that much
 * in width (a narrow one beside a wide one) has many, and nothing is taken from widths. `narrow`:
 * the wrapped paragraphs at most NARROW_SHARE as wide as the widest line (a cell's text).
 */
function wideParagraphs(ps: readonly Paragraph[]): { wide: ReadonlySet<number>; narrow: ReadonlySet<number> } {
  const none = { wide: new Set<number>(), narrow: new Set<number>() };
  const widths = ps.filter((p) => !p.blank && p.span > 1).map((p) => p.width).sort((a, b) => a - b);
  if (widths.length < MIN_WRAPPED) return none;
  const usual = widths[Math.floor(widths.length / 2)]!;
  const wide = new Set<number>();
  const narrow = new Set<number>();
  ps.forEach((p, k) => {
    if (!p.blank && p.width >= WIDE_RATIO * usual) wide.add(k);
  });
  if (wide.size * 4 > ps.filter((p) => !p.blank).length) return none;
  // The widest line is about the table's width: a paragraph wrapped at no more than NARROW_SHARE of
  // it is a cell's text (a row spanning the table wraps at the table's width, wider than a column's).
  const table = Math.max(0, ...[...wide].map((k) => ps[k]!.width));
  ps.forEach((p, k) => {
    if (!p.blank && p.span > 1 && p.width <= NARROW_SHARE * table) narrow.add(k);
  });
  return { wide, narrow };
}

function readWithStyles(ps: readonly Paragraph[], columns: readonly ColumnDef[], objectiveAbove: boolean, styles: ReadonlyArray<string | undefined>, viewer: boolean, readingOrder = false): Reading {
  const n = columns.length;
  const P = ps.length;
  const hasObjectiveColumn = columns.some((c) => c.role === "objective");
  // (Rows spanning the table come only where no column holds the objective.)
  const { wide, narrow } = viewer && !hasObjectiveColumn ? wideParagraphs(ps) : { wide: new Set<number>(), narrow: new Set<number>() };
  // A spanning line and its cost; a paragraph wrapped at a cell's width is no row as wide as the
  // table, unless it says it is an objective (`Objective 2: …`, `To …`: a row may print its
  // objective in its first cell only).
  const spanAt = (i: number): [number, number] => {
    const [s, q] = spanningCost(ps[i]!, ps[i + 1]);
    return narrow.has(i) && s === COST.spanningUnlabelled && !/^to\b/i.test(ps[i]!.text) ? [s + COST.narrowSpan, q] : [s, q];
  };
  // (Measured on viewer's copies only: text exports keep their reading.)
  const twoLevel = columns.map((c) => viewer && c.role === "accomplishments" && isCombinedLabel(c.header) && !columns.some((x) => x.role === "measures"));
  const listTable = twoLevel.some(Boolean);
  // A viewer's copy that puts a blank line between its blocks: a cell of three lines or more with
  // no blank line after it is not followed by the next cell of its row (see COST.sameBlockBeside).
  const blocked = viewer && blockedCopy(ps);
  // Where every block holds one cell (`blocksHoldOneCell`), any cell whose block goes on is followed
  // by no cell beside it, whatever its height: the next cell of its row would open a block. (MuPDF's
  // own blocks only: reading-order text turned into a copy parts its lines otherwise, and corpus16
  // plain.txt inputs changed both ways with it.)
  const oneCellBlocks = blocked && !readingOrder && blocksHoldOneCell(ps);
  // (Measured on MuPDF's copies; reading-order text keeps its reading.)
  const measureWorded = viewer && !readingOrder && columns.some((c) => c.role === "measures") && columns.some((c) => VALUE_ROLES.has(c.role)) ? statedBesideValue(ps) : new Set<number>();
  // States: line index × column × objective flag (NONE, JUST_SPANNED, HAS), plus TALL when the cell
  // just read is that tall and its block goes on.
  const F = 6;
  const id = (i: number, c: number, f: number) => (i * n + c) * F + f;
  const size = (P + 1) * n * F;
  // Backward: least cost to the end from each state (structural, cue), and how many readings of
  // least structural cost there are.
  const bs = new Float64Array(size).fill(Infinity);
  const bq = new Float64Array(size).fill(Infinity);
  const bn = new Float64Array(size);
  const choice: Array<{ step: Step | null; next: number } | undefined> = new Array(size);
  const leftoverFrom = new Float64Array(P + 1);
  // (A paragraph wrapped at a cell's width is a cell's text, not a note or heading under the table.)
  for (let i = P - 1; i >= 0; i--) leftoverFrom[i] = leftoverFrom[i + 1]! + (ps[i]!.blank ? 0 : COST.leftover + (narrow.has(i) ? COST.narrowSpan : 0));

  const transitions = (i: number, c: number, state: number, visit: (s: number, q: number, step: Step | null, next: number) => void) => {
    const f = state % TALL;
    const tall = state >= TALL;
    if (c === 0 && f !== JUST_SPANNED) visit(leftoverFrom[i]!, 0, null, -1);
    if (i >= P) {
      // A viewer's copy: the body may end in a row whose last cells printed nothing (a Target a
      // row span above shares, an empty Remarks).
      if (viewer && c > 0) visit(columns.slice(c).reduce((s, col) => s + (col.role === "measures" ? COST.absentMeasure : COST.absentCell), 0), 0, null, -1);
      return;
    }
    // A viewer's copy: a blank line is a gap between blocks (cells), never an empty cell.
    if (viewer && ps[i]!.blank) {
      visit(0, 0, null, id(i + 1, c, f));
      return;
    }
    // The cell read here is column `cc`, after `k` absent cells (a viewer's copy prints none for
    // an empty or covered cell); `skip` is their cost, `fk` the objective flag after them.
    let skip = 0;
    let fk = f;
    for (let k = 0; k < (viewer ? n : 1); k++) {
      const cc = (c + k) % n;
      if (k > 0) {
        const gone = (cc + n - 1) % n;
        const goneRole = columns[gone]!.role;
        skip += goneRole === "measures" && !readingOrder ? COST.absentMeasure : COST.absentCell;
        if ((goneRole === "objective" || (!hasObjectiveColumn && gone === 0)) && fk === NONE) skip += COST.noObjective;
        fk = fk === NONE && !(goneRole === "objective" || (!hasObjectiveColumn && gone === 0)) ? NONE : HAS;
        if (cc === 0) {
          // The row ended with absent cells: the table may end, or a spanning line come.
          visit(skip + leftoverFrom[i]!, 0, null, -1);
          if (!hasObjectiveColumn) {
            const [s, q] = spanAt(i);
            if (s < Infinity) visit(skip + s, q, { kind: "span", at: i }, id(i + 1, 0, JUST_SPANNED));
          }
        }
      } else if (c === 0 && !hasObjectiveColumn && !(viewer && f === JUST_SPANNED)) {
        // (In a viewer's copy a spanning line is followed by its row's cells: a line standing
        // between two spanning lines is a sub-row's cell, the others printed nothing.)
        const [s, q] = spanAt(i);
        if (s < Infinity) visit(s, q, { kind: "span", at: i }, id(i + 1, 0, JUST_SPANNED));
      }
      const role = columns[cc]!.role;
      let penalty = skip;
      // The next cell of the same row (not a value: a value may sit centred beside a tall cell)
      // right under a cell of three lines or more, in one block: it would start at the row's top.
      if (tall && c > 0 && c + k < n && !VALUE_ROLES.has(role)) penalty += COST.sameBlockBeside;
      let nf = fk === NONE ? NONE : HAS;
      if (!hasObjectiveColumn && cc === 0 && fk === NONE) {
        penalty += COST.noObjective;
        nf = HAS;
      }
      for (let j = i + 1; j <= Math.min(P, i + MAX_CELL_PARAGRAPHS); j++) {
        const [s, q] = cellCost(ps, i, j, role, styles[cc], viewer, twoLevel[cc], listTable, readingOrder, blocked);
        if (s === Infinity) {
          if (ps[j - 1]!.blank) break;
          continue;
        }
        let extra = penalty;
        for (let k = i; k < j; k++) if (wide.has(k)) extra += COST.wideCell;
        if (role === "accomplishments" && !twoLevel[cc]) for (let k = i; k < j; k++) if (measureWorded.has(k)) extra += COST.measureWordedAccomplishment;
        let f2 = nf;
        if (role === "objective") {
          if (ps[i]!.blank && fk === NONE) extra += COST.noObjective;
          f2 = HAS;
        }
        const t2 = blocked && j < P && !ps[j]!.blank && (oneCellBlocks || linesOf(ps, i, j) >= TALL_LINES) && onOnePage(ps, i, j + 1) ? TALL : 0;
        visit(s + extra, q, { kind: "cell", column: cc, from: i, to: j }, id(j, (cc + 1) % n, f2 + t2));
      }
    }
  };

  for (let i = P; i >= 0; i--) {
    for (let c = n - 1; c >= 0; c--) {
      for (let f = 0; f < F; f++) {
        const here = id(i, c, f);
        let best = Infinity;
        let bestQ = Infinity;
        let count = 0;
        let pick: { step: Step | null; next: number } | undefined;
        transitions(i, c, f, (s, q, step, next) => {
          const ts = s + (next < 0 ? 0 : bs[next]!);
          const tq = q + (next < 0 ? 0 : bq[next]!);
          const tn = next < 0 ? 1 : bn[next]!;
          if (ts === Infinity) return;
          if (ts < best) {
            best = ts;
            bestQ = tq;
            count = tn;
            pick = { step, next };
          } else if (ts === best) {
            count = Math.min(COUNT_CAP, count + tn);
            if (tq < bestQ) {
              bestQ = tq;
              pick = { step, next };
            }
          }
        });
        bs[here] = best;
        bq[here] = bestQ;
        bn[here] = count;
        choice[here] = pick;
      }
    }
  }
  // Forward: how many least-cost readings reach each state, to tell which chosen steps all share.
  const start = id(0, 0, objectiveAbove ? HAS : NONE);
  const total = bn[start]!;
  const fn = new Float64Array(size);
  const fs = new Float64Array(size).fill(Infinity);
  fs[start] = 0;
  fn[start] = 1;
  const onBest = (state: number) => fs[state]! + bs[state]! === bs[start]!;
  const stepCount = new Map<string, number>();
  for (let i = 0; i <= P; i++) {
    for (let c = 0; c < n; c++) {
      for (let f = 0; f < F; f++) {
        const here = id(i, c, f);
        if (fn[here] === 0 || !onBest(here)) continue;
        transitions(i, c, f, (s, _q, step, next) => {
          if (next < 0) {
            if (fs[here]! + s === bs[start]!) stepCount.set(`${here}>end`, (stepCount.get(`${here}>end`) ?? 0) + fn[here]!);
            return;
          }
          if (fs[here]! + s + bs[next]! !== bs[start]!) return;
          fs[next] = fs[here]! + s;
          fn[next] = Math.min(COUNT_CAP, fn[next]! + fn[here]!);
          const key = `${here}>${next}`;
          stepCount.set(key, Math.min(COUNT_CAP, (stepCount.get(key) ?? 0) + fn[here]! * bn[next]!));
        });
      }
    }
  }
  const steps: Step[] = [];
  const uncertain = new Set<number>();
  let state = start;
  let end = 0;
  const certain = (key: string) => total < COUNT_CAP && (stepCount.get(key) ?? 0) === total;
  for (;;) {
    const pick = choice[state];
    if (!pick) break;
    if (pick.next < 0) {
      end = Math.floor(state / (n * F));
      break;
    }
    if (pick.step) {
      if (!certain(`${state}>${pick.next}`)) uncertain.add(steps.length);
      steps.push(pick.step);
    }
    state = pick.next;
  }
  return { steps, end, uncertain };
}

/** A reconstructed row, before the caller gives it an id and a section. */
export type LinearRow = Omit<Objective, "id" | "section">;

export interface LinearPartResult {
  rows: LinearRow[];
  warnings: Warning[];
  /** Lines after the last row that no cell took (the next table's heading, a note under the table). */
  leftover: Line[];
  /** Index into `body` of the first line after the last row. */
  end: number;
}

/**
 * Read one printing of a linearised table: `body` are the lines after its header (blank lines
 * included: they are the empty cells), `heading` the objective printed above the header (tables
 * without an Objective column), `tableNo` for messages.
 */
export function readLinearizedPart(printed: readonly Line[], columns: readonly ColumnDef[], heading: string | null, tableNo: number, readingOrder = false): LinearPartResult {
  const viewer = isViewerCopy(printed);
  const body = viewer ? (keepsWrapSpaces(printed) && !readingOrder ? splitGluedItems(mendPageCuts(printed, true)) : mendPageCuts(printed)) : printed;
  const ps = paragraphsOf(body, viewer);
  // Blank lines right under the header are spacing, not a row's cells.
  let first = 0;
  while (first < ps.length && ps[first]!.blank) first++;
  const own = ps.slice(first);
  const reading = readCells(own, columns, heading !== null, viewer, readingOrder);
  const warnings: Warning[] = [];
  const rows: LinearRow[] = [];
  const objectiveAt = columns.findIndex((c) => c.role === "objective");
  // The reading as spanning lines and whole rows of cells (a row: column → its paragraphs).
  type Unit = { span: Paragraph; uncertain: boolean } | { cells: Map<number, Paragraph[]>; uncertain: Line | null };
  const units: Unit[] = [];
  let open: { cells: Map<number, Paragraph[]>; uncertain: Line | null } | null = null;
  // A row starts at its first column, or (a viewer's copy, whose leading cells a row span covers)
  // at a column not after the last one read.
  let lastColumn = -1;
  reading.steps.forEach((step, k) => {
    if (step.kind === "span") {
      units.push({ span: own[step.at]!, uncertain: reading.uncertain.has(k) });
      lastColumn = -1;
      return;
    }
    const cells = own.slice(step.from, step.to);
    if (step.column === 0 || step.column <= lastColumn || !open) units.push((open = { cells: new Map(), uncertain: null }));
    lastColumn = step.column;
    open!.cells.set(step.column, cells);
    if (reading.uncertain.has(k)) open!.uncertain ??= cells[0]?.line ?? null;
  });
  let current: { objective: string; lines: Line[]; cycles: Array<Map<number, Paragraph[]>>; ambiguousAt: Line | null } | null = null;
  const finish = () => {
    if (!current) return;
    rows.push(toRow(current.objective, current.cycles, current.lines, columns, viewer));
    if (!current.objective) {
      const at = current.lines[0];
      warnings.push({ code: "TABLE_ROW_AMBIGUOUS", message: `table ${tableNo}: a row without an objective (no Objective cell, spanning line or heading above the header)`, page: at?.page ?? null, line: at?.line ?? null });
    }
    const l = current.ambiguousAt;
    if (l) {
      warnings.push({
        code: "TABLE_LINEARIZED_AMBIGUOUS",
        message: `table ${tableNo}: the row "${current.objective.slice(0, 60)}" can be cut into cells in more than one way at line ${l.line} (paragraphs without markers, or items with one marker in neighbouring columns); the reading that keeps ${columns.length} cells per row was chosen`,
        page: l.page,
        line: l.line,
      });
    }
    current = null;
  };
  for (const u of units) {
    if ("span" in u) {
      finish();
      current = { objective: u.span.label ?? u.span.text, lines: [u.span.line], cycles: [], ambiguousAt: u.uncertain ? u.span.line : null };
      continue;
    }
    const objectiveCell = objectiveAt >= 0 ? (u.cells.get(objectiveAt) ?? []).filter((p) => !p.blank) : [];
    if (objectiveCell.length) {
      finish();
      current = { objective: objectiveCell.map((p) => p.label ?? p.text).join(" "), lines: [], cycles: [], ambiguousAt: null };
    } else if (!current) {
      current = { objective: heading ?? "", lines: [], cycles: [], ambiguousAt: null };
    }
    const row = current as { lines: Line[]; cycles: Array<Map<number, Paragraph[]>>; ambiguousAt: Line | null };
    row.cycles.push(u.cells);
    for (const cell of u.cells.values()) row.lines.push(...cell.filter((p) => !p.blank).map((p) => p.line));
    row.ambiguousAt ??= u.uncertain;
  }
  finish();
  const end = own[reading.end]?.index ?? body.length;
  // (The mend drops the blank lines at page breaks and moves rests back: the caller counts in the lines printed.)
  const printedEnd = end < body.length ? printed.indexOf(GLUED_FROM.get(body[end]!) ?? body[end]!) : printed.length;
  return { rows, warnings, leftover: body.slice(end).filter((l) => l.text.trim() !== ""), end: printedEnd < 0 ? end : printedEnd };
}

/** The line of the copy a piece `splitGluedItems` made was cut from. */
const GLUED_FROM = new WeakMap<Line, Line>();
/** A bullet glyph inside a line, a space either side: where a second cell's item may open. */
const INSIDE_GLYPH = new RegExp(String.raw`(?<=\S) (?=${GLYPH_CLASS} \S)`, "gu");
/** A list number inside a line after a word (no sentence or list punctuation), a capital or figure after it. */
const INSIDE_NUMBER = /(?<=\p{L}) (?=(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|\d{1,2}\.) [\p{Lu}\d])/gu;

/**
 * Two cells' lines on one line (`o Gender advisers in peacekeeping operations ▪ 11 peacekeeping
 * operations with a gender `, `… in field missions 1. Country teams reporting on the Youth `): a
 * viewer's copy joins the lines of neighbouring cells that stand on one baseline, so a cell's
 * last line runs into the next cell's first item. The cue is the table's own lists: the line is
 * cut before a marker inside it when that marker (the glyph, or the numbering's kind) opens
 * lines of the same table, or is a bullet glyph other than the one the line opens with; the part
 * before it ends the earlier cell's paragraph. Only in a copy that keeps the wrap's space (MuPDF's):
 * reading-order text interleaves cells' lines, where a cut mends nothing.
 */
function splitGluedItems(body: readonly Line[]): Line[] {
  const lists = tableLists(body);
  if (!lists) return [...body];
  const out: Line[] = [];
  for (const l of body) {
    const cuts = gluedCuts(l, lists);
    if (cuts.length === 0) out.push(l);
    else out.push(...gluedPieces(l, cuts, false));
  }
  return out;
}

/** The marker glyphs and numbering families that open lines of a table (`splitGluedItems`' cue); null when none. */
interface TableLists { glyphs: ReadonlySet<string>; families: ReadonlySet<string> }
function tableLists(body: readonly Line[]): TableLists | null {
  const glyphs = new Set<string>();
  const families = new Set<string>();
  for (const l of body) {
    const m = readMarker(l.text);
    if (m?.glyph && BULLET_GLYPH_ONLY.test(m.glyph)) glyphs.add(m.glyph);
    for (const n of m?.numbers ?? []) if (!isOutline(n.family)) families.add(n.family);
  }
  return glyphs.size || families.size ? { glyphs, families } : null;
}

/** Where a line holds a second cell's item (the space before its marker), in order. */
function gluedCuts(l: Line, { glyphs, families }: TableLists): number[] {
  const opening = readMarker(l.text);
  return [...l.text.matchAll(INSIDE_GLYPH), ...l.text.matchAll(INSIDE_NUMBER)]
    .map((m) => m.index!)
    .filter((at) => {
      const m = readMarker(l.text.slice(at + 1));
      if (m === null) return false;
      // (A bullet glyph inside a line that opens with another marker is another list: `o … ▪ …`.)
      if (m.glyph) return glyphs.has(m.glyph) || (opening !== null && opening.glyph !== m.glyph);
      return m.numbers.some((n) => families.has(n.family));
    })
    .sort((a, b) => a - b);
}

/** The line cut at `cuts`, each piece remembered as cut from it; `wrapped`: each piece keeps the space before the cut (the wrap's). */
function gluedPieces(l: Line, cuts: readonly number[], wrapped: boolean): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (const at of [...cuts, l.text.length]) {
    const text = at < l.text.length ? (wrapped ? l.text.slice(from, at + 1) : l.text.slice(from, at).trimEnd()) : l.text.slice(from);
    const piece: Line = { ...l, text, segments: l.segments.map((g, k) => (k === 0 ? { ...g, x: g.x + from, text } : g)).slice(0, 1) };
    GLUED_FROM.set(piece, GLUED_FROM.get(l) ?? l);
    out.push(piece);
    from = at + 1;
  }
  return out;
}

/** Items of a cell: each paragraph one item (its marker stripped). */
const items = (cell: readonly Paragraph[] | undefined) => (cell ?? []).filter((p) => !p.blank).map((p) => p.text);

function toRow(objective: string, cycles: ReadonlyArray<ReadonlyMap<number, Paragraph[]>>, lines: readonly Line[], columns: readonly ColumnDef[], viewer: boolean): LinearRow {
  const at = (role: Role) => columns.findIndex((c) => c.role === role);
  const accAt = at("accomplishments");
  const measAt = at("measures");
  const accomplishments: string[] = [];
  const measures: Objective["measures"] = [];
  const extra: Record<string, string[]> = {};
  // Measures pair with an accomplishment when the row has sub-rows (rowspan, measure rows beside a
  // spanning accomplishment) and the sub-row shows exactly one.
  const paired = accAt >= 0 && cycles.length > 1;
  let lastAcc: number | null = null;
  for (const cells of cycles) {
    const acc = accAt >= 0 ? items(cells.get(accAt)) : [];
    const start = accomplishments.length;
    accomplishments.push(...acc);
    if (acc.length === 1) lastAcc = start;
    else if (acc.length > 1) lastAcc = null;
    const meas = measAt >= 0 ? items(cells.get(measAt)) : [];
    const values = new Map<Role, string | null>();
    columns.forEach((c, i) => {
      if (i === measAt || i === accAt || c.role === "objective") return;
      const own = items(cells.get(i));
      if (own.length) (extra[c.key] ??= []).push(...own);
      if (c.role === "baseline" || c.role === "target") values.set(c.role, own.length === 1 ? own[0]! : null);
    });
    for (const text of meas) {
      measures.push({
        text,
        targets: [],
        accomplishment: paired ? lastAcc : null,
        target: meas.length === 1 ? (values.get("target") ?? null) : null,
        baseline: meas.length === 1 ? (values.get("baseline") ?? null) : null,
      });
    }
  }
  // Accomplishments and their measures in one column (`Expected accomplishments and indicators of
  // achievement`): the cell's two-level list read as every rendering's (tables/text combinedItems).
  if (viewer && measAt < 0 && accAt >= 0 && isCombinedLabel(columns[accAt]!.header)) {
    const ps = cycles.flatMap((cells) => (cells.get(accAt) ?? []).filter((p) => !p.blank));
    // (A first level marked as one list, and unmarked items after it: the second level, its
    // markers lost — read as indented, the level a Markdown cell's `&nbsp;` gives.)
    const marked = ps.filter((p) => p.marker);
    const lostSecond = ps.length > 1 && ps[0]!.marker !== null && marked.length < ps.length && marked.every((p, k) => k === 0 || continuesList(marked[k - 1]!.marker!, p.marker!)) && ps.every((p) => p.marker || (!p.value && figured(p)));
    const listed = ps.map((p) => {
      const lead = leadingMarker(p.line.text);
      return { text: p.text, ...(lead ? { lead } : {}), ...(lead && p.marker?.glyph === null ? { marker: lead } : {}), ...(lostSecond && !p.marker ? { indented: true } : {}) };
    });
    const combined = combinedItems(listed);
    if (combined) {
      accomplishments.splice(0, accomplishments.length, ...combined.accomplishments.map((a) => a.text));
      measures.splice(0, measures.length, ...combined.measures.map((m) => ({ text: m.item.text, targets: [], accomplishment: m.accomplishment, target: null, baseline: null })));
    }
  }
  const first = lines[0];
  const last = lines[lines.length - 1];
  const pages = [...new Set(lines.map((l) => l.page))];
  return {
    objective: normalizeSpace(objective),
    accomplishments,
    measures,
    extra,
    provenance: { page: first?.page ?? 1, lines: [first?.line ?? 0, last?.line ?? 0], pages: pages.length ? pages : [1] },
  };
}

/** The most lines one label of a linearised header takes ("Key" / "performance" / "indicators" / "(2019)"). */
const MAX_LABEL_LINES = 4;

export interface LinearHeader {
  columns: ColumnDef[];
  /** Index (into the lines given) of the first line after the labels. */
  end: number;
}

/**
 * The labels of a linearised header, one a line from `lines[at]`, a wrapped label as two or three
 * lines (`Baseline` / `(2009)`, `INDICATOR` / `OF ACHIEVEMENT`): the longest run of label lines
 * that splits into the fewest whole labels of the shared vocabulary (tables/header keys). Null
 * when fewer than two labels stand there.
 */
export function readLinearHeader(lines: readonly Line[], at: number): LinearHeader | null {
  // A viewer's copy (a label line ending with the wrap's space) may put a blank line between two
  // labels' blocks and break a long word of a narrow column's label (`PERFORMA` / `NCE`): there
  // blank lines are skipped and a line not ending with the wrap's space whose word goes on on the
  // next line into a label joins it without a space.
  const window = lines.slice(at, at + 4 * MAX_LABEL_LINES);
  const viewer = window.some((l, k) => WRAP_SPACE.test(l.text) && (isLabelCell(normalizeSpace(l.text)) || labelRole(normalizeSpace(`${l.text} ${window[k + 1]?.text ?? ""}`)) !== null));
  const entries: Array<{ text: string; last: number }> = [];
  for (let i = at; i < lines.length && entries.length < 8 * MAX_LABEL_LINES; i++) {
    const t = normalizeSpace(lines[i]!.text);
    if (!t) {
      if (viewer && entries.length) continue;
      break;
    }
    const next = lines[i + 1] ? normalizeSpace(lines[i + 1]!.text) : "";
    if (viewer && next && !WRAP_SPACE.test(lines[i]!.text) && /\p{L}$/u.test(t) && /^\p{L}/u.test(next) && !isLabelCell(t)) {
      const after = lines.slice(i + 2, i + 4).map((l) => normalizeSpace(l.text));
      // (The broken word may end a label wrapped before it: `INDICATOR ` / `OF ` / `ACHIEVEME` / `NT`.)
      const before = entries.slice(-2).map((e) => e.text);
      const makesLabel = (more: number, back: number) => labelRole([...before.slice(before.length - back), `${t}${next}`, ...after.slice(0, more)].join(" ")) !== null;
      if ([0, 1, 2].some((more) => makesLabel(more, 0)) || (before.length > 0 && [1, 2].some((back) => back <= before.length && makesLabel(0, back)))) {
        entries.push({ text: `${t}${next}`, last: i + 1 });
        i++;
        continue;
      }
    }
    // A label wrapped after a word no label piece ends with (`Expected accomplishments and
    // indicators of ` / `achievement`): the lines its wrap's spaces join, when they make a label.
    if (viewer && next && WRAP_SPACE.test(lines[i]!.text) && !isLabelCell(t)) {
      let joined = t;
      let k = i;
      while (k + 1 < lines.length && k - i < MAX_LABEL_LINES - 1 && WRAP_SPACE.test(lines[k]!.text) && normalizeSpace(lines[k + 1]!.text)) joined = `${joined} ${normalizeSpace(lines[++k]!.text)}`;
      if (k > i && labelRole(joined) !== null) {
        entries.push({ text: joined, last: k });
        i = k;
        continue;
      }
    }
    const run = completedRun(lines, i, t) ?? runTogetherLabels(t, labelRest(lines, i + 1));
    if (run) {
      for (const piece of run) entries.push({ text: piece, last: i });
      continue;
    }
    entries.push({ text: t, last: i });
  }
  const texts: string[] = [];
  for (const [k, e] of entries.entries()) {
    const t = e.text;
    const previous = texts[texts.length - 1];
    // (A label's middle line, `INDICATOR ` / `OF ` / `ACHIEVEMENT`, joins the lines around it.)
    const following = entries[k + 1]?.text;
    const joinsPrevious = previous !== undefined && (labelRole(`${previous} ${t}`) !== null || (texts.length > 1 && labelRole(`${texts[texts.length - 2]} ${previous} ${t}`) !== null) || (following !== undefined && labelRole(`${previous} ${t} ${following}`) !== null));
    // (A wrapped label's first line that is no label piece on its own, `RISKS AND` / `MITIGATIONS`.)
    const opensNext = following !== undefined && labelRole(`${t} ${following}`) !== null;
    if (!(isLabelCell(t) || joinsPrevious || opensNext || (previous !== undefined && YEAR_LABEL.test(t)))) break;
    texts.push(t);
  }
  // "Indicator" alone names the measure column beside a Baseline or Target column (vocab/columns).
  const values = texts.some((t) => VALUE_LABEL_WORD.test(t));
  const roleOf = (label: string) => labelRole(label) ?? (values && SUB_MEASURE_LABEL.test(label) ? "measures" : null);
  // Fewest labels covering lines [0, k): best[k], with the split that gives it.
  for (let count = texts.length; count >= 2; count--) {
    const best: Array<{ labels: number; from: number } | null> = [{ labels: 0, from: -1 }];
    for (let k = 1; k <= count; k++) {
      best[k] = null;
      for (let j = Math.max(0, k - MAX_LABEL_LINES); j < k; j++) {
        const before = best[j];
        if (!before || roleOf(texts.slice(j, k).join(" ")) === null) continue;
        if (!best[k] || before.labels + 1 < best[k]!.labels) best[k] = { labels: before.labels + 1, from: j };
      }
    }
    const whole = best[count];
    if (!whole || whole.labels < 2) continue;
    const labels: string[] = [];
    for (let k = count; k > 0; k = best[k]!.from) labels.unshift(texts.slice(best[k]!.from, k).join(" "));
    const x = lines[at]!.segments[0]?.x ?? 0;
    const columns: ColumnDef[] = labels.map((header) => {
      const role = roleOf(header)!;
      return { key: keyOf(role, header), role, header, x, column: undefined };
    });
    let end = entries[count - 1]!.last + 1;
    const more = viewer && count === texts.length ? extraLabel(lines, entries[count], columns) : null;
    if (more) {
      columns.push({ key: keyOf("extra", more.text), role: "extra", header: more.text, x, column: undefined });
      end = more.last + 1;
    }
    return { columns, end };
  }
  return null;
}

/**
 * Labels run together on one line (`OBJECTIVES OUTCOMES INDICATORS ` / `OF ` / `ACHIEVEME` / `NT`):
 * a copy without column positions joins the cells that stand on one baseline into one line, so
 * short one-line labels side by side come as one. The line is not a label itself, and its words
 * split into two or more whole labels, the last of which may be a wrapped label's first line.
 * `rest` is what the lines below print before the next label or blank (a wrapped label's end,
 * `OF ACHIEVEMENT`): when it is no label itself, the split whose last piece it completes is
 * taken (`OUTCOMES` | `INDICATORS OF ACHIEVEMENT`, not `OUTCOMES INDICATORS` | `OF …`); else the
 * fewest pieces. Null when no split makes labels.
 */
export function runTogetherLabels(text: string, rest = ""): string[] | null {
  if (labelRole(text) !== null) return null;
  const words = text.split(" ");
  if (words.length < 2 || words.length > 3 * MAX_LABEL_LINES) return null;
  const completes = rest !== "" && labelRole(rest) === null;
  // best[k]: the fewest whole labels covering words [0, k), with where the last one starts.
  // (A last piece that is only a label's first words counts as `partial`: a split into whole
  // labels is taken before it — `Objectives` | `Expected results` | `Performance measures`, not
  // `Objectives` | `Expected results Performance measures`, session 36.)
  const best: Array<{ labels: number; partial: number; from: number } | null> = [{ labels: 0, partial: 0, from: -1 }];
  for (let k = 1; k <= words.length; k++) {
    best[k] = null;
    for (let j = 0; j < k; j++) {
      const before = best[j];
      const piece = words.slice(j, k).join(" ");
      const last = k === words.length;
      const full = last && completes ? labelRole(`${piece} ${rest}`) !== null : labelRole(piece) !== null;
      const partial = !full && !completes && last && j > 0 && isLabelCell(piece) && LABEL_START.test(piece);
      if (!before || !(full || partial)) continue;
      const cand = { labels: before.labels + 1, partial: before.partial + (partial ? 1 : 0), from: j };
      const cur = best[k];
      if (!cur || cand.partial < cur.partial || (cand.partial === cur.partial && cand.labels < cur.labels)) best[k] = cand;
    }
  }
  if (!best[words.length] || best[words.length]!.labels < 2) return completes ? runTogetherLabels(text) : null;
  const pieces: string[] = [];
  for (let k = words.length; k > 0; k = best[k]!.from) pieces.unshift(words.slice(best[k]!.from, k).join(" "));
  return pieces;
}

/**
 * Labels run together on `lines[i]` (text `t`) whose last piece the fewest next lines complete:
 * content-stream text prints a header cell after cell, and a line holds the cells that stood on
 * one baseline — whole one-line labels and the first line of the next, wrapped, label
 * (`OBJECTIVE RISKS AND` / `MITIGATIONS` / `EXPECTED RESULT PERFORMANCE` / `MEASURE`), so the
 * lines after it finish that label, and then the next line's labels begin. Null when no count of
 * lines (up to a label's line count) completes a split's last piece.
 */
function completedRun(lines: readonly Line[], i: number, t: string): string[] | null {
  let rest = "";
  for (let k = i + 1; k < lines.length && k - i < MAX_LABEL_LINES; k++) {
    const next = normalizeSpace(lines[k]!.text);
    if (!next) return null;
    rest = rest ? `${rest} ${next}` : next;
    const run = runTogetherLabels(t, rest);
    if (run && labelRole(`${run[run.length - 1]!} ${rest}`) !== null) return run;
  }
  return null;
}

/**
 * What the lines from `from` print before a blank line, a line that is a label itself, or the
 * label's line count: joined at the wrap's space, a line ending without it inside a word
 * (`ACHIEVEME` / `NT`) joined without one.
 */
function labelRest(lines: readonly Line[], from: number): string {
  let rest = "";
  for (let k = from; k < lines.length && k - from < MAX_LABEL_LINES; k++) {
    const t = normalizeSpace(lines[k]!.text);
    if (!t || labelRole(t) !== null) break;
    const glued = k > from && !WRAP_SPACE.test(lines[k - 1]!.text) && /\p{L}$/u.test(rest) && /^\p{L}/u.test(t);
    rest = rest === "" ? t : glued ? `${rest}${t}` : `${rest} ${t}`;
  }
  return rest;
}

/**
 * A viewer's copy of a header with a column of its own words after the value columns
 * (`… | Baseline | Target | Remarks`, `Comments`, `Means of verification`): the label line after
 * the last Baseline/Target label, a whole short label (at most four words, a capital first, no
 * digit, no sentence end, not wrapped) standing alone before the blank line that ends the header
 * block. Not a cell: the first body cell is an objective (`To …`, `Objective 1: …`) or an item.
 */
function extraLabel(lines: readonly Line[], entry: { text: string; last: number } | undefined, columns: readonly ColumnDef[]): { text: string; last: number } | null {
  if (!entry || !VALUE_ROLES.has(columns[columns.length - 1]!.role)) return null;
  const t = entry.text;
  const words = t.split(" ");
  if (words.length > 4 || !/^\p{Lu}/u.test(t) || /\d|[.:;!?,]$/.test(t) || /^to\b/i.test(t) || readMarker(t) !== null) return null;
  if (WRAP_SPACE.test(lines[entry.last]!.text) || lines[entry.last + 1]?.text.trim() !== "") return null;
  if (labelRole(t) !== null || OBJECTIVE_LABEL.test(t) || BARE_OBJECTIVE_LABEL.test(t)) return null;
  return entry;
}

/**
 * Does a linearised table without an Objective column take its first objective from a heading
 * above its header? Not when its least-cost reading opens with a spanning objective line.
 */
export function needsHeading(body: readonly Line[], columns: readonly ColumnDef[], above?: string): boolean {
  const viewer = isViewerCopy(body);
  const ps = paragraphsOf(viewer ? mendPageCuts(body) : body, viewer);
  let first = 0;
  while (first < ps.length && ps[first]!.blank) first++;
  const reading = readCells(ps.slice(first), columns, false, viewer);
  const step = reading.steps[0];
  if (step?.kind !== "span") return true;
  // The spanning line read first does not open as objectives do ("Cases of grave violations
  // referred …", the first accomplishment) and the line right above the header does ("Objective
  // 1: To end …"): that line is the heading, the paragraph the row's first cell.
  const span = ps[first + step.at];
  return above !== undefined && !!span && opensAsObjective(above) && !opensAsObjective(span.label ?? span.text);
}

/** Text that opens as an objective does: its label (`Objective 2: …`), or `To …` after a number (`1. To …`). */
function opensAsObjective(text: string): boolean {
  const t = stripMarker(text.trim()).text;
  return OBJECTIVE_LABEL.test(t) || TO_OPENING.test(t);
}
