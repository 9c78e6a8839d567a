import type { Line } from "../model/layout.js";
import type { ColumnDef } from "./columns.js";
import type { LinearRow } from "./linearized.js";
import { readMarker } from "./linearized.js";
import { labelRole } from "../vocab/columns.js";
import { stripMarker } from "../vocab/markers.js";
import { normalizeSpace } from "../vocab/text.js";
import { leadsOn } from "./text.js";

/**
 * A table in content-stream order (`pdftotext -raw` of a page a browser or a word processor drew
 * cell by cell: tables/stream-order), read back into rows.
 *
 * Each cell's lines come out together, a row's cells one after another in the header's column
 * order, nothing marking where a cell ends. What still tells it is how the producer wrapped: a cell
 * wraps at its column's width, so a line followed by another line of the same item is *full* — the
 * next line's first word would not have fitted after it — while an item's last line need not be.
 * The reader segments the lines into items by dynamic programming: items are assigned to columns
 * in the header's cyclic order (a cell's further items stay in its column; after the last column a
 * new row starts at the first, or a sub-row at the second when the first is merged over sub-rows),
 * and the cost counts the joins the line-fit test forbids (the next word would have fitted: an
 * item ended there) and the items that open in lower case or go on with a list marker. The
 * columns' widths are not in the text; they are estimated from the segmentation (a column's widest
 * line) and the segmentation read again with them, until it no longer changes.
 *
 * Rows are given only when the reading is consistent — no forbidden join, every cell placed, every
 * row complete; else null, and the caller keeps `TABLE_READING_ORDER` (better no rows than invented
 * ones). Only tables whose columns are all text (an Objective column first, no Baseline/Target
 * value columns, whose cells run together on one line) are read here.
 */

/**
 * Advance widths of the printable ASCII characters (Helvetica's AFM, thousandths of an em, from
 * space to `~`): the text keeps no positions, and character counts misjudge a line's printed width
 * by 15 % and more (`Civil society consultations held in` is 35 characters, narrower than the 33 of
 * `Economic track meetings held with`). Any proportional sans or serif face is close enough to
 * these for a fit test with a few per cent slack.
 */
const ADVANCE: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];
/** Width of a character outside printable ASCII (accented letters, curly quotes): an average letter. */
const OTHER_ADVANCE = 556;

/** Printed width of `text` in thousandths of an em (see ADVANCE). */
export function printedWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    w += code >= 32 && code <= 126 ? ADVANCE[code - 32]! : OTHER_ADVANCE;
  }
  return w;
}

/**
 * Slack of the line-fit test, as a share of the column's width: the advances above are one face's,
 * the print's face (Carlito, Liberation, Times) differs by a few per cent on a line, and a cell's
 * widest line is a little narrower than the column. A join is forbidden only when the next word
 * would have fitted with this much room to spare.
 */
const FIT_SLACK = 0.04;
/** Most lines one item takes (a bound on the search, well above any cell item printed). */
const MAX_ITEM_LINES = 16;
/** Widths re-estimated at most this many times (each reading is read again with its own widths). */
const MAX_ROUNDS = 6;

/** Costs of the segmentation: a forbidden join or a broken cue counts 1, preferences less. */
const COST = {
  /** A join the line-fit test forbids: the next word would have fitted on the line. */
  fitted: 1,
  /** An item opening with a lower-case letter (items and objectives open with a capital or a marker). */
  lowerStart: 1,
  /** A line opening with a list marker read as the wrap of an item. */
  markerJoin: 1,
  /** An item ending on a line that leads on (an article, a preposition, a comma: tables/text leadsOn). */
  openEnd: 1,
  /** An item ending on a full line (the next word would not have fitted): items mostly end short. */
  fullEnd: 0.5,
  /** A wrap onto a line opening with a capital (items open with one; a wrap mostly with a lower-case word). */
  capitalJoin: 0.25,
  /**
   * An objective that does not open as the table's first one does (`To …`), or another cell's item
   * that does: a table words its objectives alike, and its first line is an objective.
   */
  objectiveWording: 1,
  /**
   * An item ending in a value (`…: 52%`, `(target: 21 days)`) outside the measures column: a table
   * with a measures column states its figures there (a tail the brief's measures carry, not
   * accomplishments, risks or objectives).
   */
  valueElsewhere: 1,
  /** A sub-row (the first column merged over it): allowed, but a whole row is the plainer reading. */
  subRow: 0.5,
} as const;

interface StreamLine {
  line: Line;
  text: string;
  width: number;
  /** Width of a space and the line's first word: what would have had to fit on the line before. */
  lead: number;
  marker: boolean;
  lower: boolean;
  upper: boolean;
  /** The line cannot end an item (leadsOn). */
  open: boolean;
}

function streamLine(line: Line): StreamLine {
  const text = normalizeSpace(line.text);
  const first = text.split(" ")[0] ?? "";
  const marker = readMarker(text) !== null;
  // A list marker hangs in the cell's padding (a browser's list, a Word hanging indent): the
  // wrap is measured on the text after it.
  return { line, text, width: printedWidth(marker ? stripMarker(text).text : text), lead: printedWidth(" " + first), marker, lower: /^\p{Ll}/u.test(text), upper: /^\p{Lu}/u.test(text), open: leadsOn(text) };
}

/** One item of the reading: lines [from, to) in column `column`, opening a row (`row`) or a sub-row. */
interface Item {
  from: number;
  to: number;
  column: number;
  opens: "row" | "subRow" | "cell" | "item";
}

/**
 * Header lines wrapped under the header line: leading body lines that together make a column label
 * (`Risks and` / `mitigations`), as a browser prints a header cell that wraps. Returns the label and
 * how many lines it takes, or null.
 */
export function wrappedLabel(lines: readonly Line[], columns: readonly ColumnDef[]): { label: string; lines: number } | null {
  for (let n = 1; n <= 3 && n <= lines.length; n++) {
    const label = normalizeSpace(lines.slice(0, n).map((l) => l.text).join(" "));
    const role = labelRole(label);
    if (role && !columns.some((c) => c.role === role)) return { label, lines: n };
  }
  return null;
}

/** Can column `to` follow column `from` in a table of `n` columns? The cost, or null when not. */
function stepCost(from: number, to: number, n: number, itemsPerCell: boolean): { cost: number; opens: Item["opens"] } | null {
  if (to === from && from > 0 && itemsPerCell) return { cost: 0, opens: "item" };
  if (to === from + 1) return { cost: 0, opens: "cell" };
  if (from === n - 1 && to === 0) return { cost: 0, opens: "row" };
  if (from === n - 1 && to === 1 && n > 2) return { cost: COST.subRow, opens: "subRow" };
  return null;
}

interface Reading {
  cost: number;
  items: Item[];
}

/**
 * The cost of lines [i, j) as one item of a column whose lines reach `width` (0: not yet known):
 * each wrap must be forced — the next line's first word would not have fitted after the line, on
 * the item's own widest line or the column's, whichever is wider (an item's lines never reach past
 * its column, so its widest line is a lower bound of the width, known without any estimate).
 */
function itemCost(ls: readonly StreamLine[], i: number, j: number, width: number, objective: boolean, opening: string | null, measures: boolean | null): number {
  let widest = width;
  for (let k = i; k < j; k++) widest = Math.max(widest, ls[k]!.width);
  let cost = ls[i]!.lower ? COST.lowerStart : 0;
  if (opening !== null && objective !== (firstWord(ls[i]!.text) === opening)) cost += COST.objectiveWording;
  for (let k = i; k + 1 < j; k++) {
    const l = ls[k]!;
    const next = ls[k + 1]!;
    if (!l.open && l.width + next.lead < widest * (1 - FIT_SLACK)) cost += COST.fitted;
    if (next.marker) cost += COST.markerJoin;
    else if (next.upper) cost += COST.capitalJoin;
  }
  const last = ls[j - 1]!;
  if (measures === false && VALUE_TAIL.test(last.text)) cost += COST.valueElsewhere;
  const next = ls[j];
  if (next) {
    if (last.open) cost += COST.openEnd;
    const known = width > 0 ? width : j - i > 1 ? widest : 0;
    if (known > 0 && last.width + next.lead > known * (1 + FIT_SLACK)) cost += COST.fullEnd;
  }
  return cost;
}

/**
 * A value closing an item: `: 52%`, `: 12`, `: 21 per cent`, `(target: 21 days)` — how a
 * performance measure states its figure when the table has no value columns.
 */
const VALUE_TAIL = /(?::\s*[<>≤≥~]?\d[\d,.]*\s*(?:%|per\s?cent|days?)?|\(target:[^)]*\))\.?$/i;

/** A line's first word. */
const firstWord = (text: string) => text.split(" ")[0] ?? "";

/**
 * The word the table's objectives open with, when its first line (the first objective) opens
 * with a word that is no noun's — a lower-case-after-capital infinitive marker such as `To` — and
 * at least one more line opens with it: then every objective is worded so, and no other cell.
 */
function objectiveOpening(ls: readonly StreamLine[]): string | null {
  const word = firstWord(ls[0]?.text ?? "");
  if (!/^To$/.test(word)) return null;
  return ls.filter((l) => firstWord(l.text) === word).length >= 2 ? word : null;
}

/** The cheapest segmentation of `ls` for column widths `widths` (0: not known; see the module's comment). */
function segment(ls: readonly StreamLine[], widths: readonly number[], roles: readonly string[]): Reading | null {
  const n = widths.length;
  const L = ls.length;
  const opening = objectiveOpening(ls);
  const measuresAt = roles.indexOf("measures");
  // best[j][c]: cheapest reading of lines [0, j) whose last item is in column c.
  const best: Array<Array<{ cost: number; item: Item; prev: number } | null>> = Array.from({ length: L + 1 }, () => new Array<null>(n).fill(null));
  for (let j = 1; j <= L; j++) {
    for (let c = 0; c < n; c++) {
      for (let i = j - 1; i >= 0 && j - i <= MAX_ITEM_LINES; i--) {
        const own = itemCost(ls, i, j, widths[c]!, c === 0, opening, measuresAt < 0 ? null : c === measuresAt);
        if (i === 0) {
          if (c !== 0) continue;
          const cost = own;
          if (!best[j]![c] || cost < best[j]![c]!.cost) best[j]![c] = { cost, item: { from: i, to: j, column: c, opens: "row" }, prev: -1 };
          continue;
        }
        for (let p = 0; p < n; p++) {
          const before = best[i]![p];
          if (!before) continue;
          const step = stepCost(p, c, n, true);
          if (!step) continue;
          const cost = before.cost + step.cost + own;
          if (!best[j]![c] || cost < best[j]![c]!.cost) best[j]![c] = { cost, item: { from: i, to: j, column: c, opens: step.opens }, prev: p };
        }
      }
    }
  }
  const end = best[L]![n - 1];
  if (!end) return null;
  const items: Item[] = [];
  let j = L;
  let c = n - 1;
  while (j > 0) {
    const b = best[j]![c]!;
    items.unshift(b.item);
    j = b.item.from;
    c = b.prev;
  }
  return { cost: end.cost, items };
}

/** Each column's width as the reading shows it: its widest line. */
function widthsOf(ls: readonly StreamLine[], items: readonly Item[], n: number): number[] {
  const widths = new Array<number>(n).fill(0);
  for (const it of items) for (let k = it.from; k < it.to; k++) widths[it.column] = Math.max(widths[it.column]!, ls[k]!.width);
  return widths;
}

/**
 * The hard faults of a reading under its own widths: joins the line-fit test forbids, items opening
 * in lower case, marker lines read as wraps. A consistent reading has none.
 */
function faults(ls: readonly StreamLine[], items: readonly Item[], widths: readonly number[]): number {
  let count = 0;
  for (const it of items) {
    if (ls[it.from]!.lower) count++;
    if (it.to < ls.length && ls[it.to - 1]!.open) count++;
    for (let k = it.from; k + 1 < it.to; k++) {
      const l = ls[k]!;
      const next = ls[k + 1]!;
      if (next.marker || (!l.open && l.width + next.lead < widths[it.column]! * (1 - FIT_SLACK))) count++;
    }
  }
  return count;
}

/**
 * The least a reading's cost rises when one item on a boundary between two cells of a row moves
 * into the neighbouring cell: a reading that another one, as cheap or almost, contradicts is a
 * guess.
 */
const MIN_MARGIN = 1;

/**
 * Is the reading the only one its cues allow? Each item that ends a cell (or opens one) followed
 * (preceded) by another item of the same cell could as well belong to the next (previous) cell: the
 * move must cost at least MIN_MARGIN under the reading's widths, and a line wider than the other
 * column rules the move out.
 */
function unambiguous(ls: readonly StreamLine[], items: readonly Item[], widths: readonly number[], roles: readonly string[]): boolean {
  const opening = objectiveOpening(ls);
  const measuresAt = roles.indexOf("measures");
  const cost = (it: Item, c: number) => {
    let widest = 0;
    for (let k = it.from; k < it.to; k++) widest = Math.max(widest, ls[k]!.width);
    if (widest > widths[c]! * (1 + FIT_SLACK)) return Infinity;
    return itemCost(ls, it.from, it.to, widths[c]!, c === 0, opening, measuresAt < 0 ? null : c === measuresAt);
  };
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k]!;
    const b = items[k + 1]!;
    if (b.opens !== "cell" || a.column === 0) continue;
    const aShares = a.opens === "item";
    const bShares = items[k + 2]?.opens === "item";
    if (aShares && cost(a, b.column) - cost(a, a.column) < MIN_MARGIN) return false;
    if (bShares && cost(b, a.column) - cost(b, b.column) < MIN_MARGIN) return false;
  }
  return true;
}

/** An item's text: its lines joined (a line-end hyphen kept and closed up: browsers do not hyphenate), its marker stripped. */
function itemText(ls: readonly StreamLine[], it: Item): string {
  let text = "";
  for (let k = it.from; k < it.to; k++) {
    const t = ls[k]!.text;
    text = !text ? t : /\p{L}-$/u.test(text) ? text + t : `${text} ${t}`;
  }
  return normalizeSpace(readMarker(text) ? stripMarker(text).text : text);
}

/** Rows of a consistent reading. */
function toRows(ls: readonly StreamLine[], items: readonly Item[], columns: readonly ColumnDef[]): LinearRow[] {
  const rows: LinearRow[] = [];
  let row: LinearRow | null = null;
  let lines: Line[] = [];
  let subRows = 0;
  let lastAcc: number | null = null;
  const close = () => {
    if (!row) return;
    const pages = [...new Set(lines.map((l) => l.page))];
    row.provenance = { page: lines[0]!.page, lines: [lines[0]!.line, lines[lines.length - 1]!.line], pages };
    if (subRows === 0) for (const m of row.measures) m.accomplishment = null;
    rows.push(row);
  };
  for (const it of items) {
    const col = columns[it.column]!;
    const text = itemText(ls, it);
    if (it.opens === "row") {
      close();
      row = { objective: text, accomplishments: [], measures: [], extra: {}, provenance: { page: 1, lines: [0, 0], pages: [1] } };
      lines = [];
      subRows = 0;
      lastAcc = null;
    }
    if (!row) continue;
    if (it.opens === "subRow") subRows++;
    for (let k = it.from; k < it.to; k++) lines.push(ls[k]!.line);
    if (col.role === "objective") continue;
    if (col.role === "accomplishments") {
      row.accomplishments.push(text);
      lastAcc = it.opens === "item" ? null : row.accomplishments.length - 1;
    } else if (col.role === "measures") row.measures.push({ text, targets: [], accomplishment: lastAcc, target: null, baseline: null });
    else (row.extra[col.key] ??= []).push(text);
  }
  close();
  return rows;
}

/**
 * Read a stream-order table: `body` its lines after the header (repeated headers left out),
 * `columns` the header's. Null when the table is not of the kind read here or its reading is not
 * consistent.
 */
export function readStreamOrderTable(body: readonly Line[], columns: readonly ColumnDef[]): LinearRow[] | null {
  const n = columns.length;
  if (n < 2 || columns[0]!.role !== "objective" || columns.some((c) => c.role === "baseline" || c.role === "target")) return null;
  const ls = body.filter((l) => l.text.trim() !== "").map(streamLine);
  if (ls.length < n) return null;
  // First widths: every column as wide as the body's widest line but a few; the readings then
  // narrow them to what they show.
  const sorted = ls.map((l) => l.width).sort((a, b) => a - b);
  let bestReading: { reading: Reading; widths: number[] } | null = null;
  for (const q of [-1]) {
    let widths = new Array<number>(n).fill(q < 0 ? 0 : sorted[Math.floor(q * (sorted.length - 1))]!);
    let reading: Reading | null = null;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const next = segment(ls, widths, columns.map((c) => c.role));
      if (!next) break;
      reading = next;
      const own = widthsOf(ls, next.items, n);
      if (own.every((w, c) => w === widths[c])) break;
      widths = own;
    }
    if (!reading) continue;
    const own = widthsOf(ls, reading.items, n);
    const scored = { reading: { ...reading, cost: faults(ls, reading.items, own) + reading.cost * 1e-3 }, widths: own };
    if (!bestReading || scored.reading.cost < bestReading.reading.cost) bestReading = scored;
  }
  if (!bestReading || faults(ls, bestReading.reading.items, bestReading.widths) > 0) return null;
  if (!unambiguous(ls, bestReading.reading.items, bestReading.widths, columns.map((c) => c.role))) return null;
  return toRows(ls, bestReading.reading.items, columns);
}
