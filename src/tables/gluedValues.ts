/**
 * Plain text (pdftotext -layout): Target and Baseline values that pdftotext glued by one space to
 * the text on their left, so far left of their own column that every word of them was read into
 * the cell before — the measure's ("• Support plans agreed with UNMHA and UNMISS None",
 * "– Number of advisory missions undertaken 41", "Percentage of workshops 87% (2016)" over
 * "rated useful by participants") or the Baseline's ("74% (2015) 80%" with the Target empty).
 *
 * What layout this stands for: a table whose value cells sit top-aligned beside each measure. A
 * line of the grid holds the measure's first line and its values; where the measure's line is
 * long (or pdftotext set that row's block on a narrower grid), pdftotext closes the gap to one
 * space and the value lands left of its column's edge — the column-edge rules cannot tell it from
 * the cell's own last word. The row itself tells: the measure has no value in that column at all
 * (its value cell is never empty in the tables we read: "None" and "Not applicable" are written),
 * the column right after the measure's is empty on the measure's first line, and that line's
 * cell ends with a whole value — a number with its unit and year ("87% (2016)", "130 days",
 * "88 per cent", "41") or "None". So the value goes back to its column. Where another column
 * stands between the measure's and the first value column (measures, Expected results, Targets),
 * the value is glued to that column's cell on the measure's first line ("… in the consistency of
 * 30 days"), and goes back the same way. The same for a value glued
 * to the value before it: the Baseline cell of a measure without a Target holds two whole values,
 * "74% (2015) 80%", and the Target column is empty on that line.
 */
import type { ColumnDef, TableLine } from "./columns.js";
import type { RowBlock } from "./rows.js";
import { stripBullet } from "./text.js";
import { startsWithMarker } from "../vocab/markers.js";
import { leadingValueLength } from "../vocab/values.js";
import { VALUE_ROLES } from "../vocab/columns.js";
import { normalizeSpace as norm } from "../vocab/text.js";
import { normalizeUnit } from "../normalize/target.js";

/** A measure as blockToObjective reads it: its text and its value per column role. */
interface ReadMeasure {
  text: string;
  target: string | null;
  baseline: string | null;
}

type ValueRole = "target" | "baseline";

/** A value's year in brackets, "(2016)", or after "in": "61% in 2016". */
const BRACKET_YEAR = /^\((?:19|20)\d\d\)$/;
const YEAR = /^(?:19|20)\d\d$/;
/**
 * A value in words, opening with a capital as a cell does (in a sentence these words go on in
 * lower case): a status ("Fully achieved", "Partially achieved in 2015", "Not applicable",
 * "No baseline") or a deadline ("By 31 December 2016").
 */
const WORDED_VALUE = /^(?:(?:Fully|Partially) achieved(?: in (?:19|20)\d\d)?|Achieved|Not applicable|No baseline|By \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d)$/;
/** A cell with no value yet, written out. */
const NONE_VALUE = /^(?:None|N\/A|n\/a|TBD)$/;

/**
 * Is `ws` one whole value: "None", a number with its unit ("41", "85%", "130 days", "88 per cent")
 * and at most a year after it ("87% (2016)", "61% in 2016")?
 */
export function isWholeValue(ws: readonly string[]): boolean {
  if (ws.length === 1 && NONE_VALUE.test(ws[0]!)) return true;
  if (WORDED_VALUE.test(ws.join(" "))) return true;
  const n = leadingValueLength(ws);
  if (n === 0) return false;
  // A unit of letters only, lower case: a capitalised word after a number is the next sentence's.
  const lengths = n === 2 && !/^[a-z]+$/.test(ws[1]!) ? [1] : n === 2 ? [1, 2] : [n];
  return lengths.some((k) => {
    const rest = ws.slice(k);
    if (rest.length === 0) return true;
    if (rest.length === 1) return BRACKET_YEAR.test(rest[0]!);
    return rest.length === 2 && rest[0] === "in" && YEAR.test(rest[1]!);
  });
}

/** The longest whole value that ends `ws`, leaving at least one word before it: how many words it takes, or 0. */
export function trailingValueLength(ws: readonly string[]): number {
  for (let k = 1; k < ws.length; k++) {
    // A year alone ends a date ("By 31 December 2016"), or a measure's "… in 2011": no value.
    if (k === ws.length - 1 && YEAR.test(ws[k]!)) break;
    if (isWholeValue(ws.slice(k))) return ws.length - k;
  }
  return 0;
}

/**
 * The words from `k` on follow a preposition that needs its object ("… referred to assistance
 * within 72 hours", "… trained by 2010", "a reduction of 50"), and the cell's sentence stops there
 * (`below`, the cell's next line, is empty or opens the next item: a capital or a marker): they are the phrase's object,
 * not a value glued to it — a glued value stands after a complete phrase ("… undertaken 41"), or
 * between a preposition and the rest of its phrase on the next line ("Tickets purchased at least
 * 16 days before 46%" / "travel", corpus13 d13-020; "… paid within 88 per cent" / "30 days of
 * receipt", corpus5 g1-010 lo.txt). "in" before a year is a value's own ("61% in
 * 2016"): `isWholeValue` reads it.
 */
function objectOfPreposition(ws: readonly string[], k: number, below: string): boolean {
  const next = below.trim();
  return k > 0 && PREPOSITION.test(ws[k - 1]!) && (!next || /^\p{Lu}/u.test(next) || startsWithMarker(next) || NAMED_UNIT_LINE.test(next) || unitWrapsBelow(ws.slice(k), next));
}
/**
 * The cell's next line is only the unit the measure is counted in, in brackets ("(percentage)",
 * "(number)"): the measure's sentence closed before it, so a figure after a preposition on the
 * line above is that preposition's object ("… assistance within 72 hours" / "(percentage)", a
 * measure sharing the Target above: corpus13 v13-011).
 */
const NAMED_UNIT_LINE = /^\([a-z][a-z ]*\)$/;
/**
 * A bare number (no unit, no per cent) whose unit opens the cell's next line ("… within 72" /
 * "hours (percentage)", corpus13 v13-017; a unit as normalize reads one: days, weeks, hours, per cent): the
 * wrap cut the phrase "72 hours", whose number is no value glued on (a glued value carries its own unit or sign: "… before 46%" / "travel").
 */
function unitWrapsBelow(value: readonly string[], below: string): boolean {
  const ws = below.split(" ");
  return value.length === 1 && /^\d[\d,]*$/.test(value[0]!) && (normalizeUnit(ws[0]) ?? normalizeUnit(ws.slice(0, 2).join(" "))) !== null;
}
/** Prepositions whose object a number can be: the number completes the phrase. */
const PREPOSITION = /^(?:of|by|in|within|from|to|than|at|over|under|for|per|above|below|around|about|after|before|between|during|until|against)$/i;

/**
 * The block with the values glued into the cell on their left put back in their own columns, or
 * null when there is none. `row` is the block read as it stands: which measures have no value.
 */
export function ungluedValues(block: RowBlock, columns: readonly ColumnDef[], measures: readonly ReadMeasure[]): RowBlock | null {
  const m = columns.findIndex((c) => c.role === "measures");
  if (m < 0 || !columns.some((c) => VALUE_ROLES.has(c.role))) return null;
  const firstValueColumn = columns.findIndex((c, i) => i > m && VALUE_ROLES.has(c.role));
  const lines = block.lines.map((l) => ({ ...l, cells: [...l.cells] }));
  let changed = false;
  // Each measure's first line, in order: its lines run to the next measure's first line.
  const used = new Set<number>();
  const firsts = measures.map((measure) => {
    const r = firstLineOf(lines, m, measure.text, used);
    if (r >= 0) used.add(r);
    return r;
  });
  measures.forEach((measure, j) => {
    const r = firsts[j]!;
    if (r < 0) return;
    const line = lines[r]!;
    // The value glued to the measure's first line (top-aligned cells): the first value column after
    // the measure's, glued to the cell on its left — the measure's, or another column's set between
    // them ("… in the consistency of 30 days" in Expected results between the measure and Targets;
    // "▪ Improved compliance with reporting deadlines. 94%" in Outcomes, corpus4 f1-020 chromium.txt).
    const v = firstValueColumn;
    const next = columns[v];
    if (next && measure[next.role as ValueRole] === null && !line.cells[v]?.trim() && line.cells[m]?.trim()) {
      const ws = norm(line.cells[v - 1] ?? "").split(" ");
      const k = trailingValueLength(ws);
      if (k > 0 && !objectOfPreposition(ws, ws.length - k, lines[r + 1]?.cells[v - 1] ?? "")) {
        line.cells[v - 1] = ws.slice(0, ws.length - k).join(" ");
        line.cells[v] = ws.slice(ws.length - k).join(" ");
        changed = true;
      }
    }
    // A value centred between the measure's lines, on a grid line of its own in the measure
    // column's right half (pdftotext set it left of its column): the measure cell there is one
    // whole value, the value column beside it empty, and the measure goes on below it ("▪ Support
    // plans agreed with UNISFA and" / "None" / "MONUSCO", corpus4 f1-006 chromium.txt). A cell's
    // wrapped lines open at its left edge, not in its right half.
    if (next && v === m + 1 && measure[next.role as ValueRole] === null) {
      const last = (firsts.slice(j + 1).find((x) => x > r) ?? lines.length) - 1;
      for (let q = r + 1; q < last; q++) {
        const at = lines[q]!;
        const ws = norm(at.cells[m] ?? "").split(" ");
        const left = at.fill?.[m]?.left;
        if (at.cells[v]?.trim() || !isWholeValue(ws) || left === undefined || !(lines[q + 1]?.cells[m] ?? "").trim()) continue;
        if (left < (columns[m]!.x + next.x) / 2) continue;
        at.cells[m] = "";
        at.cells[v] = ws.join(" ");
        changed = true;
        break;
      }
    }
    // Two values in one value cell on a line of the measure (Chromium centres the values between
    // its lines), the next value column empty there and the measure without its value.
    const end = firsts.slice(j + 1).find((x) => x > r) ?? lines.length;
    for (let v = m + 1; v + 1 < columns.length; v++) {
      const after = columns[v + 1]!;
      if (!VALUE_ROLES.has(columns[v]!.role) || !VALUE_ROLES.has(after.role) || measure[after.role as ValueRole] !== null) continue;
      for (let q = r; q < end; q++) {
        const at = lines[q]!;
        if (at.cells[v + 1]?.trim()) continue;
        const ws = norm(at.cells[v] ?? "").split(" ");
        const k = trailingValueLength(ws);
        if (k > 0 && isWholeValue(ws.slice(0, ws.length - k))) {
          at.cells[v] = ws.slice(0, ws.length - k).join(" ");
          at.cells[v + 1] = ws.slice(ws.length - k).join(" ");
          changed = true;
          break;
        }
      }
    }
  });
  if (!changed) changed = valueGluedBesideMeasureLine(lines, columns, m, firstValueColumn, measures, firsts);
  return changed ? { ...block, lines } : null;
}

/**
 * A row's one missing value glued to a line of the measures other than the one the first-line
 * branch reads: pdftotext closed the gap to one space where a Target cell's paragraphs, stacked at
 * the cell's top, put a value beside a measure line that runs almost to the column's edge ("of
 * Member States 4" beside the first measure's last line, the value of the second: corpus15 d15-011
 * 1.1), or beside a measure's first line while nearness gave that measure a value from lower down
 * ("Average working days to 6", then "≤ 9 days" beside "Committee decisions": v15-025 1.3). The
 * row tells: exactly one of its measures has no value in the column, and exactly one line of the
 * measures ends with a whole value (`trailingValueLength`, not a preposition's object) with the
 * value column empty beside it. The value goes back to its column, and the row is read again
 * (nearness, then the paragraphs' order: index.ts `valueParagraphsInMeasureOrder`, give it its
 * measure). Only the value column right of the measures'.
 */
function valueGluedBesideMeasureLine(lines: TableLine[], columns: readonly ColumnDef[], m: number, v: number, measures: readonly ReadMeasure[], firsts: readonly number[]): boolean {
  const column = columns[v];
  if (!column || v !== m + 1) return false;
  const role = column.role as ValueRole;
  if (measures.length < 2 || measures.filter((x) => x[role] === null).length !== 1) return false;
  const start = Math.min(...firsts.filter((r) => r >= 0));
  if (!Number.isFinite(start)) return false;
  const glued: Array<{ r: number; k: number; ws: string[] }> = [];
  for (let r = start; r < lines.length; r++) {
    const line = lines[r]!;
    if (line.cells[v]?.trim() || !line.cells[m]?.trim()) continue;
    const ws = norm(line.cells[m] ?? "").split(" ");
    const k = trailingValueLength(ws);
    if (k > 0 && !objectOfPreposition(ws, ws.length - k, lines[r + 1]?.cells[m] ?? "")) glued.push({ r, k, ws });
  }
  if (glued.length !== 1) return false;
  const { r, k, ws } = glued[0]!;
  lines[r]!.cells[m] = ws.slice(0, ws.length - k).join(" ");
  lines[r]!.cells[v] = ws.slice(ws.length - k).join(" ");
  return true;
}

/** The first line of the block whose measure cell opens the measure `text` (its marker left out), not yet taken. */
function firstLineOf(lines: readonly TableLine[], m: number, text: string, used: ReadonlySet<number>): number {
  const whole = norm(text);
  return lines.findIndex((l, r) => {
    if (used.has(r)) return false;
    const cell = norm(stripBullet(norm(l.cells[m] ?? "")).text);
    return cell.length > 0 && whole.startsWith(cell);
  });
}
