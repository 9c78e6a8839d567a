import type { Layout, Line } from "../model/layout.js";
import type { ColumnDef } from "./columns.js";
import { readMarker } from "./linearized.js";
import { printedWidth } from "../provenance/widths.js";
import { isValueCell } from "../vocab/values.js";
import { mergedCells } from "./reading-order.js";
import { BARE_OBJECTIVE_LABEL, OBJECTIVE_LABEL, VALUE_ROLES } from "../vocab/columns.js";
import { BEFORE_NAME, LOWER_OPENING } from "../vocab/text.js";

/**
 * Text with no column geometry: what `pdftotext -raw` prints (the page's text in content-stream
 * order), and any other text made without `-layout` whose tables are not linearised one label a
 * line. Every line starts at the margin and its words stand one space apart, so nothing in the text
 * says where a table's columns are: a header printed on one line (`Expected result Indicator of
 * achievement Baseline`) is still found by its words, but the lines under it are whole lines of one
 * cell, or of several cells run together where they shared a baseline (`Crossing points operating.
 * 8 (actual) 10 (cumulative)`), in the order the producer drew them. Cutting such lines at the
 * header words' character offsets invents rows: before this, corpus17 dev17 `raw.txt` came out
 * `success` with 0 of 203 rows right and about 15 made-up objectives per document.
 *
 * The cue is geometry, not a generator: a text from a page layout (pdftotext -layout, w3m, pandoc's
 * plain text, a text export with tabs) sets its columns apart by runs of spaces or tabs and indents
 * its cells, on half or more of its lines (the tuning texts: 49 % to 100 %; a Writer text export
 * with tabbed tables 5.6 %), while content-stream and reading-order text has none at all.
 */

/** Non-blank lines a text must have before its lack of geometry says anything. */
const MIN_LINES = 20;
/**
 * The share of a text's non-blank lines that may show geometry and the text still count as
 * without it: a producer may emit a double space inside a string (`Objective 1:  To …`), which
 * `-raw` keeps; a laid-out text has far more (see above).
 */
const MAX_GEOMETRY_SHARE = 0.01;

/**
 * Does a line show horizontal layout: a gap of two spaces or more, or a tab (more than one
 * segment, or a segment tagged with its tab column), or an indent (its text not at the page's
 * left margin `left`)?
 */
export function hasGeometry(line: Line, left: number): boolean {
  const segs = line.segments;
  if (!segs.length) return false;
  return segs.length > 1 || segs.some((s) => s.column !== undefined) || segs[0]!.x > left;
}

/**
 * Is `layout` a text without column geometry (see the module's comment)? Only text input: a PDF's
 * lines have their positions.
 */
export function withoutColumnGeometry(layout: Layout): boolean {
  if (layout.format !== "text") return false;
  const lines = layout.pages.flatMap((p) => p.lines).filter((l) => l.segments.length > 0);
  if (lines.length < MIN_LINES) return false;
  const left = Math.min(...lines.map((l) => l.segments[0]!.x));
  const shaped = lines.filter((l) => hasGeometry(l, left)).length;
  return shaped <= MAX_GEOMETRY_SHARE * lines.length;
}

/**
 * A table of such a text whose columns the reader could only place by its header's words: none of
 * its lines (header and body) shows geometry. Its rows cannot be read from positions; the table
 * reader reads none and warns `TABLE_READING_ORDER` (status partial) instead of cutting the lines
 * at the header's offsets.
 */
export function unplacedColumns(lines: readonly Line[], left: number): boolean {
  return lines.length > 0 && !lines.some((l) => hasGeometry(l, left));
}

/**
 * Session 36 (h-raw17): reading a table of content-stream text after all. Chromium (and most
 * producers) draw a table cell by cell, so `pdftotext -raw` prints each cell's wrapped lines in
 * turn, a row's cells one after another — a linearised table (tables/linearized) whose lines keep
 * nothing of the wrap: no trailing space at a break (a viewer's copy keeps one), no blank line
 * between cells. `asStreamCopy` gives the body the form of a viewer's copy, from what the lines
 * still carry of the page's geometry:
 *
 * - cells that stood on one baseline, next to each other in the stream, come as one line; the
 *   Baseline and Target cells of a sub-row do (`3 (actual) 5`, `84% At least 86%`), and after a
 *   one-line measure on their baseline (`Tickets purchased 16 days before travel 46% At least
 *   57%`): such a line is cut into its values (`streamCells`);
 * - a wrapped line broke because the next word did not fit in its cell: a line goes on on the next
 *   one (gets the wrap's space) when that line opens in lower case, or when its first word would
 *   not have fitted after it in a cell as wide as the paragraph's widest line (`goesOn`).
 *
 * The linearised reader then reads it as it reads a viewer's copy that prints no blank lines.
 */

/** The share of a paragraph's widest line under which a line and the next line's first word count as having fitted (printedWidth guesses a proportional face). */
const STREAM_FIT = 0.95;
/** A value's last word that leaves it unfinished (`89% by` / `December`): the value wraps. */
const OPEN_VALUE_END = /\s(?:by|of|than|in|to|per|at|least|most|from)$/i;
/** A line's end that ends an item (`… (target: 5)`, `…: 54%`, `… 179`) before a line opening with a capital. */
const ITEM_END = /[)\d%]$/;
/** A full stop after a word of three letters or more (not `No.`, `U.N.`): an item's end. */
const SENTENCE_END = /(?:\p{Ll}{3,}|\))[.!?]["'’”)]?$|;$/u;

/**
 * The cells of one content-stream line in a table with `values` Baseline/Target columns: the line
 * itself, or — when it is `values` value cells run together, or a one-line item followed by them —
 * its pieces (the item first). The first cut from the left that makes whole values is taken.
 */
export function streamCells(text: string, values: number, valueNext = false): string[] {
  const t = text.trim();
  if (values < 2 || t === "") return [text];
  const words = t.split(/\s+/);
  // (The values alone, or after an item whose last word is no value's. When the next line is a
  // value, this line may end with the values before it: `… fill a vacancy 183 days` / `Not more than 153`.)
  for (const count of valueNext ? [values, values - 1] : [values]) {
    for (let from = 0; from < words.length; from++) {
      if (from > 0 && (isValueCell(words.slice(0, from).join(" ")) || !/[\p{L}.)]$/u.test(words[from - 1]!))) continue;
      const pieces = valuePieces(words.slice(from), count);
      if (pieces && (from > 0 || count > 1)) return from > 0 ? [words.slice(0, from).join(" "), ...pieces] : pieces;
    }
  }
  return [text];
}

/** `words` cut into `count` value cells (from the left, each as short as it can be), or null. */
function valuePieces(words: readonly string[], count: number): string[] | null {
  if (count === 1) return isValueCell(words.join(" ")) ? [words.join(" ")] : null;
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(" ");
    if (!isValueCell(head)) continue;
    const rest = valuePieces(words.slice(k), count - 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/**
 * The body of a content-stream table as a viewer's copy (see above): value runs cut into cells,
 * every line that goes on on the next ending with the wrap's space.
 */
export function asStreamCopy(printed: readonly Line[], columns: readonly ColumnDef[]): Line[] {
  const values = columns.filter((c) => VALUE_ROLES.has(c.role)).length;
  // (A bullet between words parts two cells on one baseline: the first cell's last line, the next one's first — reading-order's mergedCells.)
  const parted = printed.flatMap((l) => mergedCells(l.text).map((text) => ({ ...l, text })));
  const lines: Line[] = parted.flatMap((l, k) => streamCells(l.text, values, isValueCell(parted[k + 1]?.text ?? "")).map((text) => ({ ...l, text })));
  const texts = lines.map((l) => l.text.trim());
  const on = texts.map(() => false);
  for (let k = 0; k + 1 < lines.length; k++) on[k] = lines[k + 1]!.page === lines[k]!.page && goesOn(texts, on, k);
  return lines.map((l, k) => (on[k] ? { ...l, text: `${texts[k]} ` } : l));
}

const firstWord = (t: string) => t.split(/\s+/)[0]!;

/** Does the paragraph of `texts[k]` go on on the next line? `on`: the decisions for the lines before. */
function goesOn(texts: readonly string[], on: readonly boolean[], k: number): boolean {
  const a = texts[k]!;
  const b = texts[k + 1]!;
  if (a === "" || b === "") return false;
  if (readMarker(b) !== null || OBJECTIVE_LABEL.test(b) || BARE_OBJECTIVE_LABEL.test(b)) return false;
  // A value that its last word leaves open (`89% by` / `December`); else a value is a cell of its own.
  if (isValueCell(a)) return (OPEN_VALUE_END.test(a) || LOWER_OPENING.test(b)) && isValueCell(`${a} ${b}`);
  if (/:$/.test(a)) return true;
  if (isValueCell(b)) return false;
  // (A bracket opening the next line goes on the sentence: `… before consideration` / `(target: 67%).`)
  if (/^[\p{Ll}(]/u.test(b)) return true;
  // A line that ends as an item ends (a full stop, a bracket, a figure) has ended it.
  if (SENTENCE_END.test(a) || ITEM_END.test(a)) return false;
  // A capital: a name the line broke before (`Central` / `Bank`), or the next item or cell. The
  // cell is at least as wide as the paragraph's lines above and the lines the next line's own
  // paragraph certainly goes on to (in lower case): if the word fits there, it was no wrap.
  let width = printedWidth(a);
  for (let i = k - 1; i >= 0 && on[i]; i--) width = Math.max(width, printedWidth(texts[i]!));
  width = Math.max(width, printedWidth(b));
  for (let i = k + 1; i + 1 < texts.length && LOWER_OPENING.test(texts[i + 1]!) && !SENTENCE_END.test(texts[i]!); i++) width = Math.max(width, printedWidth(texts[i + 1]!));
  if (printedWidth(`${a} ${firstWord(b)}`) <= STREAM_FIT * width) return false;
  // It did not fit: a wrap, or an item that ended where the line was full. A sentence goes on
  // before a name after a word that needs one (`of the` / `Security Council`) or inside the name
  // (`the Central` / `Bank`); an item ends on any other word (`by local staff` / `Insufficient …`).
  const last = a.split(/\s+/).pop()!;
  return BEFORE_NAME.test(last) || /^\p{Lu}/u.test(last) || /,$/.test(a);
}
