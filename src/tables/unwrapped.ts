/**
 * Plain text (`pdftotext -layout`): columns whose cells never wrap. A spreadsheet's print
 * (LibreOffice Calc, corpus14) sets each item of a cell on a line of its own (a line break in the
 * cell) in a column far wider than its text, with neither markers nor full stops; the last column
 * has no next column whose edge would show how much room a line had left, and every line of it may
 * be near the column's widest, so the line-fill cannot tell an item's end from a wrap.
 *
 * What the whole table shows instead: a wrapping cell's next line opens in lower case far more
 * often than not (a wrap falls anywhere in a sentence, a name only now and then), so a column
 * where many lines go on right under a line of the same cell and not one of them opens in lower
 * case does not wrap: each such line is an item of its own.
 */
import type { TableLine } from "./columns.js";
import { endsSentence, leadsOn, yearAfterMonth } from "./text.js";

/**
 * Lines that go on right under a line of the same column (the next grid line, same page) a column
 * needs before its never opening in lower case says it does not wrap. Fewer say nothing: a column
 * of short one-line items with one wrap at a name ("… from unrepresented" / "Member States").
 */
export const UNWRAPPED_MIN_FOLLOWS = 4;

/** A line opening in lower case (after an opening quote or bracket): the rest of a wrapped line. */
const LOWER_OPENING = /^["'‘“(]?\p{Ll}/u;
/** A cell line opening as an item may (a capital or a figure, after an opening quote or bracket), and one opening with a capital only; shared with the table reader (tables/index.ts). */
export const ITEM_OPENING = /^["'‘“(]?[\p{Lu}\d]/u;
export const CAPITAL_OPENING = /^["'‘“(]?\p{Lu}/u;

/**
 * Per column in `columns` (indexes to ask), whether the table's lines show the column never
 * wrapping: at least UNWRAPPED_MIN_FOLLOWS lines go on one grid line under a line of the same
 * column, and none of the column's lines opens in lower case or follows a line ending with a
 * hyphen. Nor ends a sentence: items written with full stops say themselves where they end, and
 * a line without one went on ("… unrepresented Member" / "States."). `pitch` is the text's line pitch (points between grid lines).
 */
export function unwrappedColumns(lines: readonly TableLine[], width: number, asked: readonly number[], pitch: number): boolean[] {
  const out = Array.from({ length: width }, () => false);
  if (!(pitch > 0)) return out;
  for (const i of asked) {
    let follows = 0;
    let wrapped = false;
    let prev: TableLine | null = null;
    for (const l of lines) {
      const text = (l.cells[i] ?? "").trim();
      if (!text) continue;
      if (LOWER_OPENING.test(text) || endsSentence(text)) wrapped = true;
      if (prev && prev.page === l.page && l.y - prev.y <= pitch * 1.01) {
        follows++;
        if ((prev.cells[i] ?? "").trimEnd().endsWith("-")) wrapped = true;
      }
      prev = l;
    }
    out[i] = !wrapped && follows >= UNWRAPPED_MIN_FOLLOWS;
  }
  return out;
}

/**
 * In a column that does not wrap (`unwrappedColumns`): the line opens an item of its own — it
 * opens with a capital or a figure and the line above ends on nothing that leads on (an article,
 * a preposition, a conjunction, a comma, a hyphen: `leadsOn`) nor on a capitalised word (a name
 * may run on: "… unrepresented Member" / "States.", corpus8 d8-022), nor on a month over a year.
 */
export function opensUnwrappedItem(above: string, line: string): boolean {
  const a = above.trimEnd(), t = line.trimStart();
  const last = a.split(/\s+/).pop() ?? "";
  return a !== "" && ITEM_OPENING.test(t) && !leadsOn(a) && !CAPITAL_OPENING.test(last) && !yearAfterMonth(a, t);
}

/**
 * Plain text: how wide column `i`'s text is proven to run on this page — the widest line, from its
 * own left, that wrapped (the column's next line, on the next grid line of the same page, opens in
 * lower case: the rest of its sentence, which did not fit after it). A column of short items with
 * one wrap ("48% of States responding within the information-gathering" / "period") has a
 * full-line width (`fullLineRight`, a percentile of its lines' ends) well short of that line, so
 * an item ending a word or two short of it ("Days to acknowledge a delisting request: 6" / "91% of
 * …", corpus14 d14-004) read as a wrap. A line of one word proves nothing (a long word forced
 * down), nor one crossing `nextLeft` (where the next column opens: two cells glued). Null: none.
 */
export function wrappedLineWidth(lines: readonly TableLine[], i: number, pitch: number, nextLeft: number | null): number | null {
  if (!(pitch > 0)) return null;
  let width: number | null = null;
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k]!, n = lines[k + 1]!;
    const f = l.fill?.[i], g = n.fill?.[i];
    const text = (l.cells[i] ?? "").trim();
    if (!f || !g || f.left === undefined || !/\S\s+\S/.test(text) || n.page !== l.page || n.y - l.y > pitch * 1.01) continue;
    if (!LOWER_OPENING.test((n.cells[i] ?? "").trim()) || g.left !== f.left) continue;
    if (nextLeft !== null && f.right >= nextLeft) continue;
    if (width === null || f.right - f.left > width) width = f.right - f.left;
  }
  return width;
}
