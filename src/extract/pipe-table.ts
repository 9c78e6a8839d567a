import type { AlignType, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from "mdast";
import { commonMarkTree, lineStartOffsets, OTHER_WHITE_SPACE } from "./commonmark.js";

type Point = NonNullable<Root["position"]>["start"];

/**
 * CommonMark with GFM pipe tables (the only GFM part the source can hold) read without micromark,
 * for speed alone: micromark takes ~15 ms of CPU for a 10 KB compact with pipe tables, commonmark.js
 * well under 1 ms. The tree is the one `parseMarkdown` gives where the Markdown reader reads it
 * (test/extract/markdown-pipe-table-files.slow.test.ts compares the Layouts over every committed .md file).
 *
 * The pipe tables are read from the source lines (the GFM table grammar: a header row, a delimiter
 * row `|---|:--:|`, body rows up to a blank line; cells between unescaped pipes). The rest of the
 * document is parsed by commonmark.js (`commonMarkTree`) with each table's lines written over by
 * a placeholder paragraph of the same length, so every other block keeps its line and offset; the
 * placeholder must come back as a top-level paragraph over exactly the table's lines (not inside a
 * fenced code or HTML block, a list, a quote) and is then replaced by the table. The cells' inline
 * content is parsed by commonmark.js too, all cells of the document in one parse (one paragraph
 * per cell, blank lines between).
 *
 * Only tables in the plainest shape are read so; anything else is `null` and the caller parses with
 * micromark: a table not at the start of a line or not opening and continuing with "|" (indented,
 * in a list or quote), a header row right under a paragraph line (a GFM table interrupts it), a
 * table followed by a line that is not blank (GFM reads it as a row), header and delimiter rows
 * of different cell counts, a line shaped like a delimiter row outside a table read here, a cell
 * commonmark.js reads as anything but one paragraph (a list, a heading, an HTML block), an escaped
 * pipe in a cell with a code span, a carriage return, and every source `commonMarkTree` declines.
 */
export function pipeTableTree(source: string): Root | null {
  if (source.includes("\r")) return null;
  const lines = source.split("\n");
  const tables = findPipeTables(lines);
  if (!tables) return null;
  if (tables.length === 0) return commonMarkTree(source);

  // The document without its tables: each table line written over by "x"s (same length, same offsets).
  const covered = lines.slice();
  for (const t of tables) for (let i = t.first; i <= t.last; i++) covered[i] = "x".repeat(lines[i]!.length);
  const outerSource = covered.join("\n");
  const outerSpaces = spaceStandIns([outerSource]);
  if (!outerSpaces) return null;
  const outer = commonMarkTree(outerSpaces.hide(outerSource));
  if (!outer) return null;
  showValues(outer, outerSpaces.show);

  const cells = tables.flatMap((t) => t.rows.flatMap((row) => row.cells));
  const contents = cellContents(cells);
  if (!contents) return null;

  const lineStarts = lineStartOffsets(source);
  const point = (line: number, column: number): Point => ({ line: line + 1, column, offset: lineStarts[line]! + column - 1 });

  let next = 0;
  const tableNodes = tables.map((t): Table => {
    const rows = t.rows.map((row): TableRow => ({
      type: "tableRow",
      children: row.cells.map((): TableCell => ({ type: "tableCell", children: contents[next++]! })),
      position: { start: point(row.line, 1), end: point(row.line, lines[row.line]!.length + 1) },
    }));
    return { type: "table", align: t.align, children: rows, position: { start: point(t.first, 1), end: point(t.last, lines[t.last]!.length + 1) } };
  });

  // Each placeholder must be a top-level paragraph over exactly its table's lines.
  const children: RootContent[] = [];
  let k = 0;
  for (const node of outer.children) {
    const start = node.position?.start.line ?? 0;
    const table = tables[k];
    if (table && start === table.first + 1) {
      if (node.type !== "paragraph" || node.position?.end.line !== table.last + 1 || node.position.start.column !== 1) return null;
      children.push(tableNodes[k]!);
      k++;
    } else {
      if (table && start > table.first + 1) return null;
      children.push(node);
    }
  }
  if (k !== tables.length) return null;
  return { type: "root", children };
}

/** A pipe table found in the source lines (0-based line indices). */
interface PipeTable {
  first: number;
  last: number;
  align: AlignType[];
  /** The header row and the body rows (the delimiter row is no row), each cell's raw text trimmed. */
  rows: { line: number; cells: string[] }[];
}

/**
 * The source's pipe tables, or `null` where one might be read otherwise by micromark than here
 * (see `pipeTableTree`). A table: a header line opening with "|" at the start of a line, under a
 * blank line, an ATX heading or nothing; a delimiter row opening with "|" with as many cells; body
 * lines opening with "|"; then a blank line or the end.
 */
function findPipeTables(lines: readonly string[]): PipeTable[] | null {
  const tables: PipeTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!DELIMITER_LIKE.test(line)) continue;
    // A delimiter row: it must be the second line of a table read here.
    if (!DELIMITER_ROW.test(line) || i === 0) return null;
    const header = lines[i - 1]!;
    if (!header.startsWith("|")) return null;
    const above = i >= 2 ? lines[i - 2]! : "";
    if (!BLANK.test(above) && !ATX_HEADING.test(above)) return null;
    const align = splitRow(line).map((cell): AlignType => {
      const left = cell.startsWith(":");
      const right = cell.endsWith(":");
      return left && right ? "center" : left ? "left" : right ? "right" : null;
    });
    const headerCells = splitRow(header);
    if (headerCells.length !== align.length) return null;
    const rows = [{ line: i - 1, cells: headerCells }];
    let last = i;
    while (last + 1 < lines.length && !BLANK.test(lines[last + 1]!)) {
      const body = lines[last + 1]!;
      if (!body.startsWith("|") || DELIMITER_LIKE.test(body)) return null;
      last++;
      rows.push({ line: last, cells: splitRow(body) });
    }
    tables.push({ first: i - 1, last, align, rows });
    i = last;
  }
  return tables;
}

/**
 * A row's cells: the text between unescaped pipes (a leading and a trailing pipe open and close the
 * row), trimmed of spaces and tabs, as GFM splits a row before reading the cells' inline content.
 */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let text = line.replace(TRAILING_SPACE, "");
  if (text.startsWith("|")) text = text.slice(1);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++; // an escaped character (an escaped pipe stays in its cell)
      continue;
    }
    if (c === "|") {
      cells.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (start < text.length) cells.push(text.slice(start));
  return cells.map((cell) => cell.replace(EDGE_SPACE, ""));
}

/**
 * Each cell's inline content, parsed by commonmark.js in one document (cell k on line 2k + 1, blank
 * lines between): a non-empty cell must come back as one paragraph on its own line, an empty one as
 * nothing. Adjacent text nodes are merged, as mdast has them (micromark reads "a \| b" as one
 * text, commonmark.js as three).
 */
function cellContents(cells: readonly string[]): PhrasingContent[][] | null {
  if (cells.some((cell) => cell.includes("\\|") && cell.includes("`"))) return null;
  const spaces = spaceStandIns(cells);
  if (!spaces) return null;
  const document = cells.map((cell) => inlineOnly(spaces.hide(cell))).join("\n\n");
  const tree = commonMarkTree(document);
  if (!tree) return null;
  const out: PhrasingContent[][] = cells.map(() => []);
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0;
    const k = (line - 1) / 2;
    if (node.type !== "paragraph" || !Number.isInteger(k) || node.position?.end.line !== line || !cells[k] || out[k]!.length) return null;
    out[k] = mergeTexts(node.children, spaces.show);
  }
  if (cells.some((cell, k) => cell !== "" && out[k]!.length === 0)) return null;
  return out;
}

/**
 * A cell's text with the start that would open a block escaped: a list marker ("1. ", "a) " is
 * none, "- "), an ATX heading's "#", a quote's ">", a thematic break ("---"). In a table cell they
 * are text (GFM reads a cell as inline content only); the escaped character is the same text for
 * commonmark.js, and none of them can open or close emphasis there (a "*" or "-" followed by a
 * space, a line's first character). A fence or an HTML block start is left as it is: the cell is
 * then no paragraph and the document goes to micromark.
 */
function inlineOnly(cell: string): string {
  if (BLOCK_START.test(cell)) return `\\${cell}`;
  const ordered = ORDERED_START.exec(cell);
  return ordered ? `${ordered[1]}\\${cell.slice(ordered[1]!.length)}` : cell;
}
const BLOCK_START = /^(?:[-+*](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|(?:[-*_][ \t]*){3,}$)/;
const ORDERED_START = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/**
 * White space other than spaces and tabs (a no-break space, "80\u00a0%") stood in for by private-use
 * characters while commonmark.js reads the cells: commonmark.js takes them for white space in
 * places micromark does not (trimming, tag attributes; extract/commonmark.ts OTHER_WHITE_SPACE).
 * `null` where a stand-in could change emphasis (next to "*" or "_", where both parsers count
 * Unicode white space in the flanking rules), a tag ("<", ">"), at a cell's or line's edge or next
 * to other white space (GFM trims only spaces and tabs; a list item's content), or where the
 * source holds private-use characters itself. Used for the document around the tables too.
 */
function spaceStandIns(cells: readonly string[]): { hide: (text: string) => string; show: (text: string) => string } | null {
  const toStandIn = new Map<string, string>();
  const fromStandIn = new Map<string, string>();
  for (const cell of cells) {
    if (HAS_PRIVATE_USE.test(cell)) return null;
    for (const m of cell.matchAll(OTHER_SPACE)) {
      const at = m.index!;
      if (at === 0 || at === cell.length - 1 || STAND_IN_NEIGHBOUR.test(cell[at - 1]!) || STAND_IN_NEIGHBOUR.test(cell[at + 1]!)) return null;
      if (!toStandIn.has(m[0])) {
        const standIn = String.fromCharCode(PRIVATE_USE_START + toStandIn.size);
        toStandIn.set(m[0], standIn);
        fromStandIn.set(standIn, m[0]);
      }
    }
  }
  if (toStandIn.size === 0) return { hide: (text) => text, show: (text) => text };
  return { hide: (text) => text.replace(OTHER_SPACE, (c) => toStandIn.get(c)!), show: (text) => text.replace(PRIVATE_USE, (c) => fromStandIn.get(c) ?? c) };
}
/** Where a stand-in could read otherwise than the white space: by emphasis, a tag, other white space (a line's edge). */
const STAND_IN_NEIGHBOUR = /[\s*_<>]/;
const OTHER_SPACE = new RegExp(OTHER_WHITE_SPACE.source, "g");
const PRIVATE_USE_START = 0xe000;
const PRIVATE_USE = /[\ue000-\uf8ff]/g;
const HAS_PRIVATE_USE = /[\ue000-\uf8ff]/;

/** Every `value` in a tree with the white space stand-ins shown again (in place). */
function showValues(node: { value?: unknown; children?: unknown[] }, show: (text: string) => string): void {
  if (typeof node.value === "string") node.value = show(node.value);
  for (const child of node.children ?? []) showValues(child as { value?: unknown; children?: unknown[] }, show);
}

/**
 * Inline nodes with adjacent text nodes joined (in nested emphasis and links too) and the white
 * space stand-ins shown again in their values.
 */
function mergeTexts(nodes: readonly PhrasingContent[], show: (text: string) => string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = out.at(-1);
    if (node.type === "text" && previous?.type === "text") out[out.length - 1] = { type: "text", value: previous.value + show(node.value) };
    else if ("children" in node) out.push({ ...node, children: mergeTexts(node.children as PhrasingContent[], show) } as PhrasingContent);
    else if ("value" in node) out.push({ ...node, value: show(node.value) } as PhrasingContent);
    else out.push(node);
  }
  return out;
}

/** A line shaped like a delimiter row: dashes with a pipe or an alignment colon (GFM's, loosely). */
const DELIMITER_LIKE = /^[ \t]*(?=[^\n]*(?:\||:-|-:))\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A delimiter row read here: at the start of the line, opening with a pipe. */
const DELIMITER_ROW = /^\|[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLANK = /^[ \t]*$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const TRAILING_SPACE = /[ \t]+$/;
const EDGE_SPACE = /^[ \t]+|[ \t]+$/g;
