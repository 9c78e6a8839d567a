import { fromHtml } from "hast-util-from-html";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { OUTDENT } from "./pandoc-wrap.js";

/**
 * HTML tables inside Markdown → table rows. `pandoc -t gfm` (and other exporters) write a table
 * that a pipe table cannot express (cells of several paragraphs or lists, merged cells) as a raw
 * HTML `<table>` block. It is parsed with an HTML parser (hast-util-from-html, parse5) and read as
 * a grid table is (extract/markdown.ts `gridRows`): one row per `<tr>`, a cell's paragraphs, list
 * items and `<br>`s as items, a cell spanning columns (colspan) keeps its text in its first column,
 * a cell spanning rows (rowspan) leaves the rows below it empty in its columns.
 */

/**
 * What opens an item inside a table cell (a list item, a line after a <br>): a bullet glyph of
 * vocab/markers, which the table reader splits items on.
 */
export const CELL_BREAK = "\u2022";

/** A run of inline text with one style (extract/markdown.ts's runs, which become segments). */
export interface CellRun {
  text: string;
  bold: boolean;
  sup: boolean;
}

/** One cell of a row before spans are placed. */
export interface SpanningCell {
  runs: CellRun[];
  colSpan: number;
  rowSpan: number;
}

/**
 * Rows of cells with spans → rows of cells by column: a cell spanning columns keeps its text in its
 * first column and leaves the others empty; a cell spanning rows is empty in the rows below it.
 */
export function placeSpans(rows: readonly (readonly SpanningCell[])[]): CellRun[][][] {
  const open: number[] = []; // per column: how many more rows an earlier cell covers it
  return rows.map((row) => {
    const cells: CellRun[][] = [];
    let column = 0;
    for (const cell of row) {
      while ((open[column] ?? 0) > 0) {
        open[column]!--;
        cells[column++] = [];
      }
      cells[column++] = cell.runs;
      const first = column - 1;
      for (let k = 1; k < cell.colSpan; k++) cells[column++] = [];
      for (let k = first; k < column; k++) open[k] = cell.rowSpan - 1;
    }
    // Columns at the row's end still covered by a cell above.
    for (let k = column; k < open.length; k++) {
      if ((open[k] ?? 0) > 0) {
        open[k]!--;
        cells[k] = [];
      }
    }
    for (let k = 0; k < cells.length; k++) cells[k] ??= [];
    return cells;
  });
}

/**
 * A cell's pieces (paragraphs, list items, lines after a hard break) as one run list, `itemBreak`
 * between items. A piece that opens with its own bullet needs no second one; one that opens in
 * lower case goes on with the piece before (a line broken inside a sentence), unless it opens with
 * an item marker.
 */
export function joinPieces(pieces: readonly CellRun[][], itemBreak: string): CellRun[] {
  return cellParagraphs(pieces).flatMap((p, i) => (i ? [{ text: itemBreak, bold: false, sup: false }, ...p] : p));
}

/** A cell's pieces as its paragraphs: a piece that goes on with the one before (joinPieces) joins it after a space. */
function cellParagraphs(pieces: readonly CellRun[][]): CellRun[][] {
  const out: CellRun[][] = [];
  for (const piece of pieces.filter((p) => p.length > 0).map(joinSplitMarker)) {
    const head = piece[0]!.text;
    // A word pandoc moved out of its item's indentation (pandoc-wrap.ts OUTDENT) goes on too.
    const outdented = head.startsWith(OUTDENT);
    const goesOn = outdented || /^\s*•/.test(head) || (/^\s*\p{Ll}/u.test(head) && !LETTER_MARKER.test(head) && !O_BULLET.test(head));
    const runs = outdented ? [{ ...piece[0]!, text: head.slice(OUTDENT.length) }, ...piece.slice(1)] : piece;
    const last = out.at(-1);
    if (last && goesOn) last.push({ text: " ", bold: false, sup: false }, ...runs);
    else out.push([...runs]);
  }
  return out;
}

/**
 * A lower-case item marker as Word numbering prints it ("b) Capital …", "ii. Plans …"): its piece is
 * an item although it opens in lower case. CommonMark lists are numbered by digits only, so
 * pandoc's letter and roman lists reach the cell as paragraphs.
 */
export const LETTER_MARKER = /^\s*(?:[a-z]|[ivx]{1,5})[.)]\s/;

/**
 * The letter "o" alone before a word: Word's and LibreOffice's second-level bullet (Courier New)
 * typed or exported as a letter ("<p>o Youth organizations …</p>"). No English word is the lone
 * letter, so a paragraph opening with it is an item, not a sentence going on (vocab/markers.ts
 * reads it as a bullet the same way).
 */
const O_BULLET = /^\s*o\s+\S/;

/**
 * A marker that pandoc's wrapping split from its parenthesis: a column too narrow for "a)  Greenhouse"
 * gets "a" on one line and ")  Greenhouse" on the next, which read as "a ) Greenhouse".
 */
const SPLIT_MARKER = /^(\s*(?:[a-z]|[ivx]{1,5}|\d{1,3})) \)(?=\s)/;

/** A piece's runs with a split marker ("a ) …") joined again ("a) …"). */
function joinSplitMarker(piece: CellRun[]): CellRun[] {
  const first = piece[0];
  if (!first || !SPLIT_MARKER.test(first.text)) return piece;
  return [{ ...first, text: first.text.replace(SPLIT_MARKER, "$1)") }, ...piece.slice(1)];
}

/** An HTML block that opens a table (`<table>`, maybe after a comment or white space). */
export const HTML_TABLE_OPEN = /^\s*<table[\s>]/i;
const HTML_TABLE_CLOSE = /<\/table\s*>/i;

/** Where the table opened at `from` in `source` ends (just after its `</table>`), or -1. */
export function htmlTableEnd(source: string, from: number): number {
  const m = HTML_TABLE_CLOSE.exec(source.slice(from));
  return m ? from + m.index + m[0].length : -1;
}

/** Elements whose content is a piece (an item) of a cell. */
const BLOCK_ELEMENTS = new Set(["p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "tr", "caption", "figcaption"]);
const BOLD_ELEMENTS = new Set(["strong", "b"]);
/** Content that is not text (scripts, styles, column widths). */
const SKIPPED_ELEMENTS = new Set(["script", "style", "colgroup", "col", "template"]);
/** HTML white space (a source line break inside a cell wraps its text). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

/**
 * A cell's content as pieces: its block elements and the lines between `<br>`s. `markItems`: a list
 * item's piece opens with CELL_BREAK (a body cell's; a header's items only wrap a label).
 */
function cellPieces(cell: Element, markItems: boolean): CellRun[][] {
  const pieces: CellRun[][] = [];
  let current: CellRun[] = [];
  // A list item's first piece opens with a marker (an item, also when alone in its cell).
  let marked = false;
  const close = () => {
    const runs = trimCellRuns(current);
    if (runs.length && marked) {
      runs.unshift({ text: `${CELL_BREAK} `, bold: false, sup: false });
      marked = false;
    }
    if (runs.length) pieces.push(runs);
    current = [];
  };
  const visit = (nodes: readonly ElementContent[], bold: boolean, sup: boolean) => {
    for (const node of nodes) {
      if (node.type === "text") {
        const text = node.value.replace(HTML_SPACE, " ");
        if (text) current.push({ text, bold, sup });
      } else if (node.type === "element") {
        const name = node.tagName;
        if (SKIPPED_ELEMENTS.has(name)) continue;
        if (name === "br") close();
        else if (BLOCK_ELEMENTS.has(name) || name === "td" || name === "th") {
          close();
          if (name === "li" && markItems) marked = true;
          visit(node.children, bold, sup);
          close();
        } else visit(node.children, bold || BOLD_ELEMENTS.has(name), sup || name === "sup");
      }
    }
  };
  visit(cell.children, false, false);
  close();
  return pieces;
}

/** Runs without white space at either end; spaces where runs meet are collapsed to one. */
function trimCellRuns(runs: readonly CellRun[]): CellRun[] {
  const out: CellRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    const text = last && /\s$/.test(last.text) ? run.text.replace(/^\s+/, "") : run.text;
    if (text) out.push({ ...run, text });
  }
  return trimRuns(out);
}

/**
 * Runs without white space at either end (blank runs there dropped, the outer ones trimmed): a
 * line's indentation, a cell's padding. Copies; the runs given are left as they were.
 */
export function trimRuns(runs: readonly CellRun[]): CellRun[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length && out[0]!.text.trimStart() === "") out.shift();
  while (out.length && out[out.length - 1]!.text.trimEnd() === "") out.pop();
  if (out.length) {
    out[0]!.text = out[0]!.text.trimStart();
    out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd();
  }
  return out;
}

/** A table's rows (`<tr>`s in it, its `<thead>`, `<tbody>` and `<tfoot>`; not those of a table nested in a cell) and which are in `<thead>`. */
function tableRows(table: Element): { rows: Element[]; head: Set<Element> } {
  const rows: Element[] = [];
  const head = new Set<Element>();
  for (const child of table.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "tr") rows.push(child);
    else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") {
      for (const tr of child.children) {
        if (tr.type !== "element" || tr.tagName !== "tr") continue;
        rows.push(tr);
        if (child.tagName === "thead") head.add(tr);
      }
    }
  }
  return { rows, head };
}

/** The first `<table>` element of a tree. */
function firstTable(nodes: readonly (RootContent | ElementContent)[]): Element | undefined {
  for (const node of nodes) {
    if (node.type !== "element") continue;
    if (node.tagName === "table") return node;
    const inner = firstTable(node.children);
    if (inner) return inner;
  }
  return undefined;
}

/** A span attribute (colspan, rowspan): a whole number ≥ 1, else 1. */
function span(value: unknown): number {
  const n = typeof value === "number" ? value : Number.parseInt(String(value ?? "1"), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}
/** HTML caps colspan at 1000 and rowspan at 65534; a Word table never comes near 100. */
const MAX_SPAN = 100;

/**
 * The rows of an HTML table. `html`: from `<table` to `</table>`; `firstLine`: its source line.
 * `itemBreak` separates a body cell's items; a header row's breaks only wrap a label (a space). The
 * header rows are those in `<thead>` or of `<th>` cells only; a table without any has its labels
 * in its first row.
 */
export function htmlTableRows(html: string, firstLine: number, itemBreak: string): TableRowOut[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const table = firstTable(tree.children);
  if (!table) return [];
  const { rows: trs, head } = tableRows(table);
  const isHeader = (tr: Element) => head.has(tr) || (tr.children.some((c) => c.type === "element" && c.tagName === "th") && tr.children.every((c) => c.type !== "element" || c.tagName === "th"));
  const hasHeader = trs.some(isHeader);
  const cellsOf = (tr: Element) => tr.children.filter((c): c is Element => c.type === "element" && (c.tagName === "td" || c.tagName === "th"));
  if (trs.length === 1 && !hasHeader) {
    const row = blocksRow(cellsOf(trs[0]!).map((cell) => ({ pieces: cellPieces(cell, false), colSpan: span(cell.properties["colSpan"]) })), firstLine + (trs[0]!.position?.start.line ?? 1) - 1);
    if (row) return [row];
  }
  const rows = trs.map((tr, r) => {
    const header = isHeader(tr) || (r === 0 && !hasHeader);
    return cellsOf(tr).map((cell) => ({ runs: joinPieces(cellPieces(cell, !header), header ? " " : itemBreak), colSpan: span(cell.properties["colSpan"]), rowSpan: span(cell.properties["rowSpan"]) }));
  });
  const placed = placeSpans(rows);
  // Leading header rows with text in their first cell only (a title spanning the table, "Performance
  // framework, 2016" over the labels) are its caption, when rows follow them.
  let captions = 0;
  while (captions < placed.length - 1 && (isHeader(trs[captions]!) || (captions === 0 && !hasHeader)) && captionCells(placed[captions]!.map(runsText))) captions++;
  if (captions === placed.length - 1) captions = 0;
  return placed.map((cells, r) => ({ cells, line: firstLine + (trs[r]!.position?.start.line ?? 1) - 1, caption: r < captions }));
}

/** A table row read from Markdown: its cells' runs, its source line, whether it is the table's caption; `lines`: see layoutLines. */
export interface TableRowOut {
  cells: CellRun[][];
  line: number;
  caption: boolean;
  lines?: CellRun[][][];
}

/**
 * A table of one row and no header row holds no data (no labels over a body): it is a Word table
 * that sets blocks side by side, often borderless — two signature blocks (rule, name, title,
 * date), a letterhead. Printed, each cell's paragraphs stand one under another and the cells side
 * by side, top-aligned: `lines[i][c]` is the i-th paragraph of column c (none when the cell has
 * fewer), the lines a PDF of the page gives. `columns`: each column's paragraphs. Null when no cell
 * holds two paragraphs (the row is one line as it is).
 */
function layoutLines(columns: readonly CellRun[][][]): CellRun[][][] | null {
  const n = Math.max(0, ...columns.map((c) => c.length));
  if (n < 2) return null;
  return Array.from({ length: n }, (_, i) => columns.map((c) => c[i] ?? []));
}

/**
 * The one row of a headerless one-row table (blocks side by side, see layoutLines) as a table row
 * with its printed lines: `cells` each with its pieces (paragraphs, list items) and column span; a
 * cell spanning columns leaves the columns after it empty. Null when no cell holds two paragraphs.
 */
export function blocksRow(cells: readonly { pieces: CellRun[][]; colSpan: number }[], line: number): TableRowOut | null {
  const columns = cells.flatMap((cell) => [cellParagraphs(cell.pieces), ...Array.from({ length: cell.colSpan - 1 }, (): CellRun[][] => [])]);
  const lines = layoutLines(columns);
  return lines ? { cells: columns.map((c) => joinPieces(c, " ")), line, caption: false, lines } : null;
}

const runsText = (runs: readonly CellRun[]) => runs.map((r) => r.text).join("");

/**
 * A row of two or more cells with text in its first only: a table's caption (a Word table's merged
 * title row, which pandoc writes in the first column or as one cell spanning all), not its labels.
 */
export function captionCells(texts: readonly string[]): boolean {
  return texts.length >= 2 && (texts[0] ?? "").trim() !== "" && texts.slice(1).every((t) => t.trim() === "");
}
