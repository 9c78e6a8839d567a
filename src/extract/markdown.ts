import { fromMarkdown, type Extension as TreeExtension, type Options as ParseOptions } from "mdast-util-from-markdown";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gridTables } from "@adobe/micromark-extension-gridtables";
import { gridTablesFromMarkdown, type GridTable, type GridCell } from "@adobe/mdast-util-gridtables";
import type { Nodes, Parents, PhrasingContent, RootContent, Table, List, ListItem } from "mdast";
import type { Context } from "../model/doc.js";
import type { Layout, Line, LineKind, Page, Segment } from "../model/layout.js";
import type { ExtractedLayout } from "./index.js";
import { CHAR_WIDTH, LINE_HEIGHT, TAB_COLUMN_WIDTH, TEXT_FONT_SIZE } from "./text.js";
import { charCount, escapeRegExp, repairText } from "../vocab/text.js";
import { NOTE_CALL } from "../vocab/markers.js";
import { commonMarkTree } from "./commonmark.js";
import { pipeTableTree } from "./pipe-table.js";
import { markSplitWords, unsplitWords } from "./pandoc-wrap.js";
import { objectiveText, readListTable, type ListCell, type ListTable } from "./markdown-lists.js";
import { blocksRow, captionCells, CELL_BREAK, HTML_TABLE_OPEN, htmlTableEnd, htmlTableRows, joinPieces, placeSpans, trimRuns, type CellRun, type TableRowOut } from "./html-table.js";

/**
 * Markdown → Layout. The Layout holds the extracted plain text (escapes resolved, emphasis and
 * HTML tags gone), one Layout line per source line of a block, with the mdast source line as
 * `line`. Geometry is virtual like text input: x by character, tables by cell index
 * (TAB_COLUMN_WIDTH per column, as tab-separated text), y by emitted line.
 */

/** A superscript (<sup>, GFM footnote reference) is printed smaller, as a PDF would give it. */
export const SUPERSCRIPT_FONT_SIZE = TEXT_FONT_SIZE * 0.6;
/** Headings get a bigger virtual font so size-based cues (title lines) work as on PDF. */
const HEADING_FONT_SIZE = (depth: number) => TEXT_FONT_SIZE + Math.max(0, 7 - depth);
/** Unordered list markers carry no meaning in UN documents; ordered ones ("1.", "(a)") do. */
const ORDERED_MARKER = /^\s*(\d{1,9}[.)])/;

/** A run of inline text with one style; runs become segments. */
type Run = CellRun;

/** One output line before offsets are assigned. */
interface PendingLine {
  runs: Run[];
  line: number;
  kind: LineKind;
  depth?: number;
  /** Source column of the block (indentation), for x. */
  indent: number;
  /** Table cells: one run list per cell. */
  cells?: Run[][];
  fontSize: number;
}

interface InlineStyle {
  bold: boolean;
  sup: boolean;
}

const SUP_OPEN = /^<sup>$/i;
const SUP_CLOSE = /^<\/sup>$/i;
const BR_TAG = /^<br\s*\/?>$/i;
/** A tag that spans lines: its attributes wrapped by the writer. */
const MULTILINE_TAG = /<\/?[a-z][^<>]*\n[^<>]*>/gi;
/**
 * Pandoc's HTML footnotes (what `pandoc -t gfm` writes for a Word footnote): the note is a list item
 * `<li id="fn1" role="doc-endnote">` whose number only the list prints, and it ends with a link
 * back to the call ("↩︎"). The number becomes the superscript mark a printed footnote opens with
 * (how a GFM footnote definition is read), the link back goes.
 */
const ENDNOTE_ITEM = /<li\s[^>]*\bid="fn([^"\s<>]+)"[^>]*>/gi;
const FOOTNOTE_BACKLINK = /<a\s[^>]*(?:footnote-back|doc-backlink)[^>]*>[^<]*<\/a>/gi;
/** A removed piece of HTML leaves its line breaks, so the lines after it keep their numbers. */
const keepLineBreaks = (html: string) => html.replace(/[^\n]+/g, "");
/** Any other inline tag is dropped; its text content (between tags) is kept. */
const ANY_TAG = /^<\/?[a-z][^>]*>$/i;

/** Flatten inline content into runs; a "\n" inside a run is a source line break. */
function inlineRuns(nodes: readonly PhrasingContent[], style: InlineStyle, out: Run[]): void {
  // <sup> arrives as separate html nodes around the text, so the open state is tracked here.
  let sup = style.sup;
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out.push({ text: node.value, bold: style.bold, sup });
        break;
      case "strong":
        inlineRuns(node.children, { bold: true, sup }, out);
        break;
      case "emphasis":
      case "delete":
      case "link":
      case "linkReference":
        inlineRuns(node.children, { bold: style.bold, sup }, out);
        break;
      case "inlineCode":
        out.push({ text: node.value, bold: style.bold, sup });
        break;
      case "image":
      case "imageReference":
        if (node.alt) out.push({ text: node.alt, bold: style.bold, sup });
        break;
      case "break":
        out.push({ text: "\n", bold: false, sup: false });
        break;
      case "footnoteReference":
        out.push({ text: node.label ?? node.identifier, bold: false, sup: true });
        break;
      case "html": {
        const tag = node.value.trim();
        if (SUP_OPEN.test(tag)) sup = true;
        else if (SUP_CLOSE.test(tag)) sup = style.sup;
        else if (BR_TAG.test(tag)) out.push({ text: "\n", bold: false, sup: false });
        else if (!ANY_TAG.test(tag)) out.push({ text: stripTags(node.value), bold: style.bold, sup });
        break;
      }
      default:
        break;
    }
  }
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, "");
}

/** Split runs at "\n" into lines of runs. */
function splitRunsIntoLines(runs: readonly Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ ...run, text: part });
    });
  }
  return lines;
}

function startLine(node: Nodes): number {
  return node.position?.start.line ?? 0;
}
function startColumn(node: Nodes): number {
  return (node.position?.start.column ?? 1) - 1;
}

/** The walk over block content; collects pending lines in document order. */
class BlockWalker {
  readonly lines: PendingLine[] = [];
  /** Source offset up to which an HTML table has been read: later blocks inside it are its rest. */
  private htmlTableUntil = -1;
  /** The source's lines, split once for all its grid tables (on the first). */
  private lines_: string[] | null = null;
  /** The last GFM table read: its column count, its header row's texts, `lines`' length after it. */
  private lastTable: { columns: number; header: string[]; end: number } | null = null;
  /** How often each source line's text (furnitureKey) occurs in the document, counted on first use. */
  private lineCounts_: Map<string, number> | null = null;
  constructor(private readonly source: string) {}

  /**
   * A converter's page furniture left as a paragraph between the pieces of a table a page break cut:
   * a page number ("2", "Page 2 of 4", "- 2 -") or a short running head or foot the document repeats
   * ("PESG-WS · Senior Manager's Compact 2024" on every page; numbers aside, "Page 3 of 4" too).
   * Only a text line (no heading, no list item) is furniture.
   */
  private furnitureLine(line: PendingLine): boolean {
    if (line.kind !== "text" || line.cells) return false;
    const text = line.runs.map((r) => r.text).join("").replace(/\s+/g, " ").trim();
    if (PAGE_NUMBER_LINE.test(text)) return true;
    const key = furnitureKey(text);
    if (!key || key.split(" ").length > RUNNING_TEXT_MAX_WORDS) return false;
    if (!this.lineCounts_) {
      this.lineCounts_ = new Map();
      for (const raw of this.sourceLines) {
        const k = furnitureKey(raw);
        if (k) this.lineCounts_.set(k, (this.lineCounts_.get(k) ?? 0) + 1);
      }
    }
    return (this.lineCounts_.get(key) ?? 0) >= 2;
  }

  private get sourceLines(): string[] {
    return (this.lines_ ??= this.source.split(/\r?\n/));
  }

  blocks(nodes: readonly RootContent[], prefix: Run[] = []): void {
    let first = true;
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k]!;
      if ((node.position?.start.offset ?? Infinity) < this.htmlTableUntil) continue;
      // A compact written as lists (objective headings, labelled lists): its rows (markdown-lists.ts).
      const listTable = !(first && prefix.length) && (node.type === "heading" || node.type === "paragraph") ? readListTable(nodes, k) : null;
      if (listTable) {
        this.listTable(listTable);
        k = listTable.end - 1;
        first = false;
        continue;
      }
      this.block(node, first ? prefix : []);
      first = false;
    }
  }

  /**
   * A list table as table rows: a header row of its labels under an "Objective" label (the
   * objective is the heading each row opens with, which has no label), then its rows; a cell's list
   * items and paragraphs are items (CELL_BREAK between them), as in a grid table's cell.
   */
  private listTable(table: ListTable): void {
    const label = (text: string): Run[] => [{ text, bold: true, sup: false }];
    this.lines.push({ runs: [], cells: [label(LIST_TABLE_OBJECTIVE_LABEL), ...table.labels.map(label)], line: table.line, kind: "table-row", indent: 0, fontSize: TEXT_FONT_SIZE });
    for (const row of table.rows) {
      const objective: Run[] = [];
      if (row.objective) {
        const runs: Run[] = [];
        inlineRuns(row.objective, { bold: false, sup: false }, runs);
        const text = objectiveText(runs.map((r) => r.text).join(""));
        if (text) objective.push({ text, bold: false, sup: false });
      }
      const cells = [objective, ...row.cells.map((cell) => (cell ? listCellRuns(cell) : []))];
      this.lines.push({ runs: [], cells, line: row.line, kind: "table-row", indent: 0, fontSize: TEXT_FONT_SIZE });
    }
  }

  private inlineBlock(children: readonly PhrasingContent[], node: Nodes, kind: LineKind, prefix: Run[], extra: Partial<PendingLine> = {}): void {
    const runs: Run[] = [...prefix];
    const bold = kind === "heading";
    inlineRuns(children, { bold, sup: false }, runs);
    const fontSize = extra.fontSize ?? TEXT_FONT_SIZE;
    splitRunsIntoLines(runs).forEach((lineRuns, i) => {
      const trimmed = trimRuns(lineRuns);
      if (trimmed.length === 0) return;
      // Only the first line of a list item carries its marker; wrapped lines are ordinary text.
      const lineKind: LineKind = kind === "list-item" && i > 0 ? "text" : kind;
      const pending: PendingLine = { runs: trimmed, line: startLine(node) + i, kind: lineKind, indent: extra.indent ?? startColumn(node), fontSize };
      if (extra.depth !== undefined && lineKind === "heading") pending.depth = extra.depth;
      this.lines.push(pending);
    });
  }

  private block(node: RootContent, prefix: Run[]): void {
    // Not an mdast node type: the grid-table extension's own.
    if ((node as { type: string }).type === "gridTable") return this.gridTable(node as unknown as GridTable);
    switch (node.type) {
      case "heading":
        this.inlineBlock(node.children, node, "heading", prefix, { depth: node.depth, fontSize: HEADING_FONT_SIZE(node.depth) });
        break;
      case "paragraph":
        this.inlineBlock(node.children, node, prefix.length ? "list-item" : "text", prefix);
        break;
      case "list":
        this.list(node, prefix);
        break;
      case "blockquote":
        this.blocks(node.children, prefix);
        break;
      case "table":
        this.table(node);
        break;
      case "code": {
        // A fenced block's text starts on the line after its fence; an indented one on its own line
        // ("91.     Luxembourg …": a numbered paragraph whose text is indented reads as code in a
        // list item, and keeps the item's number as its prefix).
        const offset = node.position?.start.offset ?? 0;
        const fenced = /^\s*(?:```|~~~)/.test(this.source.slice(offset, offset + 8));
        node.value.split("\n").forEach((text, i) => {
          if (!text.trim()) return;
          const lead = i === 0 && prefix.length ? [...prefix] : [];
          const runs = [...lead, { text: lead.length ? text.trim() : text.trimEnd(), bold: false, sup: false }];
          this.lines.push({ runs, line: startLine(node) + (fenced ? 1 : 0) + i, kind: lead.length ? "list-item" : "text", indent: 0, fontSize: TEXT_FONT_SIZE });
        });
        break;
      }
      case "html": {
        // A table (pandoc -t gfm writes one a pipe table cannot hold as HTML): its rows; a blank
        // line inside it splits it into several blocks, which are read with it.
        let from = 0;
        const offset = node.position?.start.offset;
        if (HTML_TABLE_OPEN.test(node.value) && offset !== undefined) {
          const end = htmlTableEnd(this.source, offset);
          if (end > 0) {
            for (const row of htmlTableRows(this.source.slice(offset, end), startLine(node), ` ${CELL_BREAK} `)) this.tableRow(row);
            this.htmlTableUntil = end;
            // What follows the table in its block ("</table>" and more on later lines) stays text.
            from = this.source.slice(offset, end).split("\n").length;
          }
        }
        // Block HTML: keep its text lines (a <sup> footnote mark alone on a line still marks one).
        // A tag whose attributes wrap onto further lines (pandoc's `<section class="footnotes …"` /
        // `role="doc-endnotes">`) is dropped whole; its line breaks stay, so line numbers hold.
        const lines = node.value
          .replace(FOOTNOTE_BACKLINK, keepLineBreaks)
          .replace(ENDNOTE_ITEM, (_, label: string) => `<sup>${label}</sup> `)
          .replace(MULTILINE_TAG, keepLineBreaks)
          .split("\n");
        lines.forEach((raw, i) => {
          if (i < from) return;
          const lineRuns: Run[] = [];
          let sup = false;
          for (const piece of raw.split(/(<[^>]*>)/)) {
            if (SUP_OPEN.test(piece)) sup = true;
            else if (SUP_CLOSE.test(piece)) sup = false;
            else if (!ANY_TAG.test(piece) && piece) lineRuns.push({ text: piece, bold: false, sup });
          }
          const trimmed = trimRuns(lineRuns);
          if (trimmed.length) this.lines.push({ runs: trimmed, line: startLine(node) + i, kind: "text", indent: startColumn(node), fontSize: TEXT_FONT_SIZE });
        });
        break;
      }
      case "footnoteDefinition": {
        // A GFM footnote: its label becomes a superscript mark at the start, like a printed note.
        const mark: Run = { text: node.label ?? node.identifier, bold: false, sup: true };
        this.blocks(node.children, [mark, { text: " ", bold: false, sup: false }]);
        break;
      }
      default:
        break; // thematicBreak, definition, yaml: no text
    }
  }

  private list(list: List, prefix: Run[]): void {
    list.children.forEach((item, index) => {
      const marker = list.ordered ? this.orderedMarker(item, (list.start ?? 1) + index) : null;
      const itemPrefix: Run[] = index === 0 ? [...prefix] : [];
      if (marker) itemPrefix.push({ text: `${marker} `, bold: false, sup: false });
      if (item.children.length === 0 && itemPrefix.length) {
        this.lines.push({ runs: trimRuns(itemPrefix), line: startLine(item), kind: "list-item", indent: startColumn(item), fontSize: TEXT_FONT_SIZE });
        return;
      }
      // The first paragraph of an item is its list-item line; a nested list passes the prefix on.
      const [head, ...rest] = item.children;
      if (head) {
        if (head.type === "paragraph") this.inlineBlock(head.children, head, "list-item", itemPrefix, { indent: startColumn(item) });
        else this.block(head, itemPrefix);
      }
      this.blocks(rest);
    });
  }

  /** The marker as written ("1." or "1)"), read from the source since mdast drops the delimiter. */
  private orderedMarker(item: ListItem, fallback: number): string {
    const offset = item.position?.start.offset;
    if (offset !== undefined) {
      const m = ORDERED_MARKER.exec(this.source.slice(offset, offset + 12));
      if (m?.[1]) return m[1];
    }
    return `${fallback}.`;
  }

  private gridTable(table: GridTable): void {
    for (const row of gridRows(table, this.sourceLines)) this.tableRow(row);
  }

  /**
   * A table row; a caption row (`captionRow`) is no row: its text is a line of its own above the
   * table, as a printed table's title row reads, so the table's labels are its first row.
   */
  tableRow(row: { cells: Run[][]; line: number; caption?: boolean; lines?: Run[][][] }): void {
    if (row.lines) {
      // A layout table (html-table.ts layoutLines): its lines as printed, the cells side by side.
      row.lines.forEach((cells, i) => this.lines.push({ runs: [], cells, line: row.line + i, kind: "text", indent: 0, fontSize: TEXT_FONT_SIZE }));
      return;
    }
    if (row.caption) {
      const runs = trimRuns(row.cells.flat());
      if (runs.length) this.lines.push({ runs, line: row.line, kind: "text", indent: 0, fontSize: TEXT_FONT_SIZE });
      return;
    }
    this.lines.push({ runs: [], cells: row.cells, line: row.line, kind: "table-row", indent: 0, fontSize: TEXT_FONT_SIZE });
  }

  private table(table: Table): void {
    const headerTexts = (table.children[0]?.children ?? []).map((cell) => cellText(cell.children).replace(/\s+/g, " ").trim());
    // A table a page break cut, as a converter writes it: the piece after the break is a table of
    // its own, with the first body row of that page as its header row, and the page's furniture
    // (page number, running head) as paragraphs between the pieces. Such a header row is the
    // previous table's continuation: nothing but furniture since that table, as many columns, and
    // cells that are no labels. Its furniture lines go, and its header row is a body row. A header
    // row left empty (a bare continuation, no labels repeated) is no row at all.
    const previous = this.lastTable;
    const emptyHeader = headerTexts.every((t) => !t);
    const continued =
      previous !== null && previous.columns === headerTexts.length && headerTexts.join("|") !== previous.header.join("|") && (emptyHeader || bodyRowAsHeader(headerTexts)) && this.lines.slice(previous.end).every((l) => this.furnitureLine(l));
    if (continued) this.lines.splice(previous.end);
    // A header row holding only a caption has the labels in the row below (pandoc -t gfm writes a
    // Word table's merged title row so: text in the first column, the labels as the first body row).
    const caption = !continued && table.children.length > 2 && captionCells(table.children[0]!.children.map((cell) => cellText(cell.children)));
    const rows = table.children.map((row, r) => {
      // The header row's <br> only wraps a label ("Expected<br>accomplishments"): a space.
      const cellBreak = (r === 0 && !continued) || (caption && r === 1) ? " " : ` ${CELL_BREAK} `;
      const cells = row.children.map((cell, column) => {
        const runs: Run[] = [];
        inlineRuns(cell.children, { bold: false, sup: false }, runs);
        // A <br> inside a cell is a hard break between items (Markdown cannot wrap a cell): the cell
        // stays on one Layout line with a bullet between the pieces, which the table reader splits on.
        // A piece that opens with its own bullet needs no second one.
        return trimRuns(
          runs.map((run, k) => {
            const next = runs[k + 1]?.text ?? "";
            const text = run.text.replace(/[ \t]*\n[ \t]*/g, (m, at: number) => {
              const rest = run.text.slice(at + m.length) || next;
              return /^\s*•/.test(rest) ? " " : cellBreak;
            });
            // A later column's cell written as one run of short sentences: its items (inlineSentences).
            const items = cellBreak === " " ? text : splitInlineItems(text);
            return { ...run, text: cellBreak === " " || column === 0 || runs.length !== 1 ? items : splitInlineSentences(items) };
          }),
        );
      });
      return { cells, line: startLine(row), caption: caption && r === 0 };
    });
    const firstBody = continued ? 0 : caption ? 2 : 1;
    unrepeatSpans(rows.slice(firstBody).map((row) => row.cells));
    for (const row of continued && emptyHeader ? rows.slice(1) : rows) this.tableRow(row);
    this.lastTable = { columns: headerTexts.length, header: continued ? previous.header : headerTexts, end: this.lines.length };
  }
}

/** A page number alone on its line: "2", "Page 2", "Page 2 of 4", "2 / 4", "- 2 -". */
const PAGE_NUMBER_LINE = /^(?:(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/i;
/** A running head or foot is a short line (a title, an office, a date), never a paragraph of prose. */
const RUNNING_TEXT_MAX_WORDS = 12;
/** A line's text for telling repeats: letters and digits only (a page's number as #), lower case. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/[^\p{L}#]+/gu, " ").trim();
}

/**
 * A header row that is no row of labels: a cell of eight words or more, or a sentence (three words
 * or more ending in a full stop). Column labels are short names ("Expected accomplishments",
 * "Performance measures (baseline and target)": six words at most in every corpus's tables); an
 * objective, an item, a spanning objective row are sentences.
 */
export function bodyRowAsHeader(texts: readonly string[]): boolean {
  return texts.some((t) => {
    const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    return words >= BODY_CELL_MIN_WORDS || (words >= 3 && /\p{L}{3}\.$/u.test(t));
  });
}
const BODY_CELL_MIN_WORDS = 8;

/**
 * A PDF→Markdown converter (Docling, Marker) writes a printed table's spans by repeating them: a
 * rowspan's text in every row it spans, a colspan's text in every cell it spans. Read back, the
 * repeats are one cell, as a GFM table written from the source leaves them (empty below / to the
 * right of the first). A row whose non-empty cells (two or more, all of them) hold one and the same
 * text is a spanning row: its text stays in the first cell. A body row whose leading cells repeat
 * the previous row's leading cells (from the first column on, not the whole row) continues those
 * cells: objective ⊃ accomplishment ⊃ measure nest left to right, so a repeat of the cells to the
 * left is the span, while a repeated value further right (a target "100%" under another measure)
 * is kept. Two distinct rows never open with the same objective text, so the rule holds for
 * hand-written tables too. `rows` are the body rows' cells, changed in place.
 */
function unrepeatSpans(rows: Run[][][]): void {
  const text = (cell: readonly Run[]) => cell.map((r) => r.text).join("").replace(/\s+/g, " ").trim();
  const spanText = (t: string) => t.length >= SPAN_MIN_CHARS && /\p{L}{2}/u.test(t);
  const original = rows.map((cells) => cells.map(text));
  rows.forEach((cells, r) => {
    const texts = original[r]!;
    const filled = texts.filter(Boolean);
    if (filled.length >= 2 && filled.length === texts.length && filled.every((t) => t === filled[0]) && spanText(filled[0]!)) {
      for (let c = 1; c < cells.length; c++) cells[c] = [];
      return;
    }
    const prev = original[r - 1];
    if (!prev) return;
    let k = 0;
    while (k < texts.length && texts[k] && texts[k] === prev[k] && spanText(texts[k]!)) k++;
    if (k === 0 || texts.slice(k).every((t) => !t)) return;
    for (let c = 0; c < k; c++) cells[c] = [];
  });
}

/** A repeated span's text is words, not a value ("–", "100%", "Yes" repeat in their own right). */
const SPAN_MIN_CHARS = 12;

/**
 * A converter writes a cell's items on one line ("(a) x (b) y", "1. x 2. y"): the markers, when the
 * cell opens with the first of a sequence and the next ones follow in order, start items, as a
 * <br> would. One marker alone, or markers out of order ("see (b) above"), change nothing.
 */
export function splitInlineItems(text: string): string {
  const m = INLINE_FIRST.exec(text);
  if (!m) return splitInlineBullets(text);
  const kind = m[1] ? "paren" : "dot";
  const first = m[1] ?? m[2]!;
  const step = (v: string) => (/^\d+$/.test(v) ? String(Number(v) + 1) : String.fromCharCode(v.charCodeAt(0) + 1));
  let expect = step(first);
  let out = text;
  let from = m[0].length;
  let count = 1;
  for (;;) {
    const marker = kind === "paren" ? ` (${expect}) ` : ` ${expect}. `;
    const at = out.indexOf(marker, from);
    if (at < 0) break;
    // A numbered marker follows the end of the previous item's sentence or words, not a number.
    out = `${out.slice(0, at)} ${CELL_BREAK} ${out.slice(at + 1)}`;
    from = at + marker.length + 2;
    expect = step(expect);
    count++;
  }
  return count >= 2 ? out : text;
}

/**
 * A cell's bulleted items joined on one line ("o x o y", "▪ x ▪ y", "- x - y"): when the cell opens
 * with a bullet, the same bullet standing alone between words later, before a capital (an item's
 * first word), starts an item too. The cell's opening bullet says its text is items; a lone "o"
 * or "▪" is no word of running text, and a dash used as one ("2010 - 2011", "x - and y") is not
 * followed by a capitalised word after a cell that opened with it.
 */
function splitInlineBullets(text: string): string {
  const m = INLINE_BULLET_FIRST.exec(text);
  if (!m) return text;
  const bullet = escapeRegExp(m[1]!);
  const next = new RegExp(`(?<=\\S) (?=${bullet} \\p{Lu})`, "gu");
  return text.slice(0, m[0].length) + text.slice(m[0].length).replace(next, ` ${CELL_BREAK} `);
}
/** A bullet opening a cell: the bullets converters write for a printed list ("o", "▪", "-"; "•" is CELL_BREAK itself, split already). */
const INLINE_BULLET_FIRST = /^\s*([o▪◦➢\-–*·])\s+(?=\S)/u;

/**
 * A cell's unmarked items joined on one line: a converter writes a printed cell's lines with
 * spaces between them, so items printed one per line with their bullets lost ("Participants in
 * family visits: 831." / "Field visits conducted (target: 6).") come out as one run of sentences.
 * A PDF's lines show where such an item ends (a full stop at a line's end, a capital below); a
 * converter's cell has only the full stops. The cell is split at each full stop before a capital
 * when it reads as items and not as prose: no item break or marker of its own, it ends with a full
 * stop, and every piece is short (2–16 words), without a modal verb or a pronoun ("will", "may",
 * "this", "they" …: a sentence that plans or refers back is prose) and not a label of its own
 * ("Baseline: 60%.", "Note: …" go with the item before). Not for the first column (the objective, a
 * text of its own); an abbreviation or an initial before the dot is no sentence end.
 */
export function splitInlineSentences(text: string): string {
  if (text.includes(CELL_BREAK) || INLINE_FIRST.test(text) || INLINE_BULLET_FIRST.test(text) || !/\.\s*$/.test(text)) return text;
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/\.\s+(?=\p{Lu})/gu)) {
    const head = text.slice(from, m.index + 1).trim();
    if (NO_SENTENCE_END.test(/(\S+)\.$/.exec(head)?.[1] ?? "")) continue;
    pieces.push(head);
    from = m.index + m[0].length;
  }
  pieces.push(text.slice(from).trim());
  if (pieces.length < 2) return text;
  const itemLike = (piece: string) => {
    const words = piece.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    return words >= 2 && words <= SENTENCE_ITEM_MAX_WORDS && !PROSE_WORD.test(piece) && !LABEL_OPENING.test(piece);
  };
  return pieces.every(itemLike) ? pieces.join(` ${CELL_BREAK} `) : text;
}
/** An unmarked item of a results or measures cell is a short phrase. */
const SENTENCE_ITEM_MAX_WORDS = 16;
/**
 * Words of running prose (modal verbs, pronouns that refer back): a cell holding them is sentences,
 * not items. Not "is"/"was": a measure's relative clause holds them ("Communities in which claim
 * intake was completed").
 */
const PROSE_WORD = /\b(?:will|shall|would|should|could|can|may|must|this|these|those|it|they|their|we|our)\b/i;
/** A sentence that is a label's value belongs to the item before it. */
const LABEL_OPENING = /^(?:baselines?|targets?|notes?|sources?|indicators?|measures?|performance measures?|units?|means of verification)\b/i;
/** A word before a full stop that is no sentence end: an initial, an abbreviation. */
const NO_SENTENCE_END = /^(?:\p{Lu}|e\.g|i\.e|etc|nos?|paras?|art|cf|vs|mr|ms|mrs|dr|st|approx|incl|vol|rev|add|corr)$/iu;

/** The first marker of an inline sequence at the start of a cell: "(a) ", "(1) ", "1. ". */
const INLINE_FIRST = /^\s*(?:\(([a1])\)|(1)\.)\s/;

/** The text of inline content (a GFM cell), to tell empty cells. */
function cellText(children: readonly PhrasingContent[]): string {
  const runs: Run[] = [];
  inlineRuns(children, { bold: false, sup: false }, runs);
  return runs.map((r) => r.text).join("");
}

/**
 * A grid table (`+---+---+` borders, `|` between cells: what pandoc writes for a Word table whose
 * cells hold more than one line, and reStructuredText's tables) becomes table-row lines like a GFM
 * table's, one per grid row. A cell's lines wrap its text (a space); its paragraphs, list items and
 * hard breaks are items (CELL_BREAK between them, as a GFM cell's <br>). A cell spanning columns
 * keeps its text in its first column and leaves the others empty; a cell spanning rows is empty in
 * the rows below it — as a printed rowspan cell reads.
 */
function gridRows(table: GridTable, sourceLines: readonly string[]): TableRowOut[] {
  const rows = table.children.flatMap((section) => section.children.map((row) => ({ row, header: section.type === "gtHeader" })));
  // The extension gives rows no position: row k opens on the line after the table's k-th border
  // line ("+---+", "+===+", or a partial one beside a cell spanning rows: "|   +---+").
  const first = table.position?.start.line ?? 0;
  const last = table.position?.end.line ?? first;
  const borders: number[] = [];
  for (let n = Math.max(first, 1); first > 0 && n <= last; n++) if (/\+[-=:]/.test(sourceLines[n - 1] ?? "")) borders.push(n);
  const hasHeader = table.children.some((section) => section.type === "gtHeader");
  if (rows.length === 1 && !hasHeader) {
    const row = blocksRow(rows[0]!.row.children.map((cell) => ({ pieces: gridCellPieces(cell), colSpan: cell.colSpan ?? 1 })), (borders[0] ?? first) + 1);
    if (row) return [row];
  }
  // A header that is a caption (a Word table's merged title row, "Performance framework, 2010":
  // pandoc writes its text in the first column only) has the labels in the first body row.
  const caption = hasHeader && rows.every(({ row, header }) => !header || captionCells(row.children.map((c) => gridCellText(c))));
  const labels = caption ? rows.findIndex(({ header }) => !header) : -1;
  // A header row's breaks only wrap a label ("Expected\\" / "result"); a table without a header
  // line ("+===+") has its labels in its first row.
  const placed = placeSpans(
    rows.map(({ row, header }, r) =>
      row.children.map((cell) => ({ runs: gridCellRuns(cell, header || r === labels || (r === 0 && !hasHeader) ? " " : ` ${CELL_BREAK} `), colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1 })),
    ),
  );
  return placed.map((cells, r) => ({ cells, line: (borders[r] ?? first + r) + 1, caption: r < labels }));
}

/** The label of a list table's first column: its objectives are headings, which have none. */
const LIST_TABLE_OBJECTIVE_LABEL = "Objective";

/** A list table's cell as runs: its list items and paragraphs are items, as in a grid cell. */
function listCellRuns(cell: ListCell): Run[] {
  const children = "blocks" in cell ? cell.blocks : [{ type: "paragraph" as const, children: cell.inline }];
  return gridCellRuns({ type: "gtCell", children: children as GridCell["children"] }, ` ${CELL_BREAK} `);
}

/** The text of a grid cell (its runs joined), to tell empty cells. */
function gridCellText(cell: GridCell): string {
  return gridCellRuns(cell, " ").map((r) => r.text).join("");
}


/** A grid cell's blocks as one run list: wrapped lines joined, items separated by `itemBreak`. */
function gridCellRuns(cell: GridCell, itemBreak: string): Run[] {
  // A piece that opens in lower case goes on with the piece before (pandoc leaves a blank line in a
  // cell where a word was too wide for its column, "cited in" / "" / "intergovernmental deliberations").
  return joinPieces(gridCellPieces(cell), itemBreak);
}

/** A grid cell's pieces: its paragraphs and headings, the lines after a hard break, its list items (each opening with CELL_BREAK). */
function gridCellPieces(cell: GridCell): Run[][] {
  const pieces: Run[][] = [];
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === "paragraph" || node.type === "heading") {
        const runs: Run[] = [];
        inlineRuns(unwrapped(node.children), { bold: false, sup: false }, runs);
        // A hard break (a Word line break, pandoc's "\" at a line end) opens an item.
        const flat: Run[] = [];
        for (const run of runs) {
          const parts = run.text.split("\n");
          parts.forEach((part, i) => {
            if (i > 0) pieces.push(trimRuns(flat.splice(0)));
            if (part) flat.push({ ...run, text: part });
          });
        }
        pieces.push(trimRuns(flat));
      } else if (node.type === "list") {
        // Each item opens with a marker (CELL_BREAK, as an HTML table's <li>): a cell holding one
        // item is a marked item, not a paragraph that could go on in the row below.
        for (const item of node.children) {
          const from = pieces.length;
          visit(item.children);
          const first = pieces[from];
          if (first?.length) first.unshift({ text: `${CELL_BREAK} `, bold: false, sup: false });
        }
      } else if (node.type === "blockquote") visit(node.children);
      else if (node.type === "code") pieces.push([{ text: node.value.replace(/\s+/g, " ").trim(), bold: false, sup: false }]);
    }
  };
  visit(cell.children as unknown as RootContent[]);
  return pieces;
}

/** Inline content with its soft line breaks (a cell's wrapped lines) as spaces. */
function unwrapped(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.map((n) => {
    if (n.type === "text") return { ...n, value: unsplitWords(n.value).replace(/[ \t]*\n[ \t]*/g, " ") };
    if ("children" in n && Array.isArray(n.children)) return { ...n, children: unwrapped(n.children as PhrasingContent[]) } as PhrasingContent;
    return n;
  });
}

/**
 * Pandoc's space-aligned tables (what it writes for a Word table whose cells hold one paragraph
 * each): columns are the dash groups of the line under the header ("-------- ------"), a cell is
 * the text of its rows' lines between its group's start and the next one's.
 * - multiline: a full dash line above (and below) the table; rows are separated by blank lines and
 *   a cell's lines wrap its text;
 * - simple: a header line right above the dash groups, one line per row, ending at a blank line.
 * Headerless forms open with the dash groups and close with dashes. Row numbers are source lines.
 */
interface SpacedTable {
  /** Its first row is the header line(s). */
  header: boolean;
  first: number;
  last: number;
  rows: Array<{ cells: string[]; line: number }>;
}
const FULL_DASHES = /^[ \t]*-{3,}[ \t]*$/;
const DASH_GROUPS = /^[ \t]*-+(?:[ \t]+-+)+[ \t]*$/;

function spacedTables(source: string): SpacedTable[] {
  if (!source.includes("---")) return [];
  const lines = source.split(/\r?\n/);
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.trim() === "";
  const tables: SpacedTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!blank(i - 1)) continue;
    const l = lines[i]!;
    let sep = -1;
    let headerFrom = -1;
    let multiline = false;
    if (FULL_DASHES.test(l)) {
      // Multiline with a header: header lines, then the dash groups.
      for (let j = i + 1; j < Math.min(lines.length, i + 6) && !blank(j); j++) {
        if (DASH_GROUPS.test(lines[j]!)) {
          sep = j;
          break;
        }
      }
      if (sep < 0 || sep === i + 1) continue;
      headerFrom = i + 1;
      multiline = true;
    } else if (DASH_GROUPS.test(l)) {
      // Headerless: rows follow, multiline when a blank line comes before the closing dashes.
      sep = i;
    } else if (!blank(i) && i + 1 < lines.length && DASH_GROUPS.test(lines[i + 1]!)) {
      // Simple with a header.
      headerFrom = i;
      sep = i + 1;
    } else continue;
    const starts = [...lines[sep]!.matchAll(/-+/g)].map((m) => m.index);
    const cellsOf = (rowLines: readonly string[]) =>
      starts.map((_, k) => rowLines.map((t) => sliceColumn(t, starts, k)).filter(Boolean).join("\n"));
    const rows: SpacedTable["rows"] = [];
    if (headerFrom >= 0) rows.push({ cells: cellsOf(lines.slice(headerFrom, sep)), line: headerFrom + 1 });
    let end = sep + 1;
    let group: number[] = [];
    const flush = () => {
      if (group.length) rows.push({ cells: cellsOf(group.map((k) => lines[k]!)), line: group[0]! + 1 });
      group = [];
    };
    let closed = false;
    for (; end < lines.length; end++) {
      const t = lines[end]!;
      if ((FULL_DASHES.test(t) || DASH_GROUPS.test(t)) && blank(end + 1)) {
        closed = true;
        break;
      }
      if (blank(end)) {
        if (!multiline && headerFrom >= 0) break; // a simple table ends at its first blank line
        multiline = true;
        flush();
        continue;
      }
      if (multiline) group.push(end);
      else rows.push({ cells: cellsOf([t]), line: end + 1 });
    }
    flush();
    // A headerless table must close with dashes; a multiline one too.
    if ((headerFrom < 0 || FULL_DASHES.test(l)) && !closed) continue;
    if (rows.length < 2) continue;
    tables.push({ header: headerFrom >= 0, first: i + 1, last: (closed ? end : end - 1) + 1, rows });
    i = closed ? end : end - 1;
  }
  return tables;
}

/**
 * The text of column `k` on a line of a space-aligned table. A cut inside a word moves to the word's
 * start: the writer counted characters the text has lost since (a soft hyphen, removed by
 * repairText, shifts the rest of its line one place left).
 */
function sliceColumn(line: string, starts: readonly number[], k: number): string {
  const cut = (at: number | undefined) => {
    if (at === undefined || at <= 0 || at >= line.length) return at ?? line.length;
    let c = at;
    while (c > 0 && line[c - 1] !== " " && line[c] !== " " && line[c] !== undefined) c--;
    return c === 0 ? at : c;
  };
  return line.slice(cut(starts[k]), cut(starts[k + 1])).trim();
}

const FOOTNOTE_CALL = /\[\^([^\]\s]+)\]/g;

/** The labels of the footnotes the parsed document defines (its footnoteDefinition nodes, as written). */
function footnoteLabels(tree: Parents): Set<string> {
  const labels = new Set<string>();
  const visit = (nodes: readonly Nodes[]) => {
    for (const n of nodes) {
      if (n.type === "footnoteDefinition") labels.add(n.label ?? n.identifier);
      if ("children" in n) visit(n.children as Nodes[]);
    }
  };
  visit(tree.children as Nodes[]);
  return labels;
}

/**
 * A space-aligned table cell's Markdown lines as runs: its lines wrap (a space), a hard break
 * (pandoc's "\" at a line end) opens an item; pandoc's "\ " is a no-break space. A cell is parsed
 * apart from the document, where the footnote definitions are: a call to one of `notes`
 * ("**Target**[^1]", a Word footnote on a header label) becomes the superscript a GFM parse of the
 * whole source gives, not the literal "[^1]" that no header label matches.
 */
function cellRuns(text: string, header: boolean, notes: ReadonlySet<string>): Run[] {
  if (!text) return [];
  const calls = notes.size ? text.replace(FOOTNOTE_CALL, (call, label: string) => (notes.has(label) ? `<sup>${label}</sup>` : call)) : text;
  const tree = fromMarkdown(calls.replace(/\\ /g, " "));
  return gridCellRuns({ type: "gtCell", children: tree.children as GridCell["children"] }, header ? " " : ` ${CELL_BREAK} `);
}

/**
 * Text repairs that change a grid-table line's length (a soft hyphen removed, a ligature spelt
 * out) would move its "|" out of line with the border's "+", and the table would no longer parse:
 * each cell of such a line is repaired on its own and padded (or stripped of its own padding) back
 * to its width. Other lines are left to the whole-text repair.
 */
export function alignedGridRepair(text: string): string {
  if (!text.includes("|")) return text;
  return text.replace(/^[ \t]*\|.*$/gm, (line) => {
    const pieces = line.split("|");
    if (pieces.every((p) => repairText(p) === p)) return line;
    return pieces
      .map((p) => {
        const r = repairText(p);
        if (r.length === p.length) return r;
        if (r.length < p.length) return r + " ".repeat(p.length - r.length);
        const over = r.length - p.length;
        return /\s$/.test(r) && r.length - r.trimEnd().length >= over ? r.slice(0, r.length - over) : r;
      })
      .join("|");
  });
}

/** Merge adjacent runs of the same style so a line has few segments. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.bold === r.bold && last.sup === r.sup) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/**
 * The GFM parts the reader needs (GitHub Flavored Markdown without its HTML tag filter, which only
 * concerns rendering), in the order remark-gfm combines them. `possible` is a test on the raw source
 * that is true wherever the part can produce a node: a part is only handed to the parser when its
 * test passes, and without its characters the part cannot match, so the tree is the one full GFM
 * gives. Worth it because micromark tries some parts at almost every character: the autolink
 * literal tries an e-mail address at every letter and digit, and its tree transform runs three
 * patterns over every text node (1.3 of 2.9 ms of CPU for the 4.4 KB A/60/209 note); the table
 * tries a header row at every line start.
 */
interface GfmPart {
  /** Necessary condition on the source for the part to match anywhere. */
  possible: RegExp;
  syntax: () => SyntaxExtension;
  tree: () => TreeExtension;
}
const GFM_PARTS: readonly GfmPart[] = [
  // "www." (either case), "http://" / "https://", and e-mail addresses (also "mailto:" and
  // "xmpp:" ones) with an "@": the micromark constructs and the mdast transform's three patterns.
  { possible: /www|http|@/i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown },
  // Calls "[^x]" and definitions "[^x]:" both open with "[^".
  { possible: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { possible: /~/, syntax: () => gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown },
  // A delimiter row needs a pipe or an alignment colon next to a dash (":-", "-:"): "a\n:-" is a
  // one-column table without any pipe.
  { possible: /\||:-|-:/, syntax: gfmTable, tree: gfmTableFromMarkdown },
  // The check "[ ]" / "[x]" opens with a bracket.
  { possible: /\[/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
  // Not GFM: grid tables (pandoc, reStructuredText) open with a border line "+---+" or "+===+".
  { possible: /^[ \t]*\+[-=:]{3}/m, syntax: () => gridTables, tree: gridTablesFromMarkdown },
];
/** The bit of the pipe-table part in `possibleGfmParts`. */
const TABLE_PART = 1 << GFM_PARTS.findIndex((part) => part.tree === gfmTableFromMarkdown);
/** The bit of the grid-table part in `possibleGfmParts`. */
const GRID_PART = 1 << (GFM_PARTS.length - 1);
type SyntaxExtension = NonNullable<ParseOptions["extensions"]>[number];
/** Parser options per set of GFM parts (a bit mask over GFM_PARTS), built on first use. */
const gfmOptions = new Map<number, { extensions: SyntaxExtension[]; mdastExtensions: TreeExtension[] }>();

/** The GFM parts that can match in a source, as a bit mask over GFM_PARTS (0: plain CommonMark). */
export function possibleGfmParts(source: string): number {
  let mask = 0;
  GFM_PARTS.forEach((part, i) => {
    if (part.possible.test(source)) mask |= 1 << i;
  });
  return mask;
}

/**
 * Source → mdast, as `unified().use(remarkParse).use(remarkGfm).parse(source)` gives it. `mask`:
 * the GFM parts the source can hold (`possibleGfmParts`), when the caller has them already.
 */
export function parseMarkdown(source: string, mask = possibleGfmParts(source)): Parents {
  let options = gfmOptions.get(mask);
  if (!options) {
    const parts = GFM_PARTS.filter((_, i) => mask & (1 << i));
    options = { extensions: parts.map((p) => p.syntax()), mdastExtensions: parts.map((p) => p.tree()) };
    gfmOptions.set(mask, options);
  }
  return fromMarkdown(source, options);
}

/**
 * Markdown source → Layout (one page: Markdown has no pages). Plain CommonMark, where no GFM part
 * can match, is parsed by commonmark.js (extract/commonmark.ts: the same Layout, ~30× less CPU
 * than micromark), and so is CommonMark whose only GFM part is pipe tables, the tables read from
 * their lines (extract/pipe-table.ts); the rest by micromark with the GFM parts it needs.
 */
export function markdownTextToLayout(text: string): Layout {
  const mask = possibleGfmParts(text);
  // Words pandoc split to fit a grid column are marked to be joined (same length: offsets stay).
  const source = mask & GRID_PART ? markSplitWords(text) : text;
  const tree = (mask === 0 ? commonMarkTree(source) : mask === TABLE_PART ? pipeTableTree(source) : null) ?? parseMarkdown(source, mask);
  return layoutFromTree(tree, source);
}

/** An mdast tree of `source` → Layout. */
export function layoutFromTree(tree: Parents, source: string): Layout {
  const walker = new BlockWalker(source);
  const spaced = spacedTables(source);
  if (spaced.length === 0) walker.blocks(tree.children as RootContent[]);
  else {
    // CommonMark reads a space-aligned table as paragraphs and code: its blocks give way to the rows.
    const inside = (node: RootContent) => {
      const line = startLine(node);
      return spaced.some((t) => line >= t.first && line <= t.last);
    };
    walker.blocks((tree.children as RootContent[]).filter((n) => !inside(n)));
    const notes = footnoteLabels(tree);
    for (const t of spaced) {
      // A header line holding only a caption (text in its first column) has the labels in the row below.
      const labels = t.header ? (captionCells(t.rows[0]?.cells ?? []) ? 1 : 0) : -1;
      t.rows.forEach((row, r) => walker.tableRow({ cells: row.cells.map((c) => cellRuns(c, r <= labels, notes)), line: row.line, caption: r < labels }));
    }
    walker.lines.sort((a, b) => a.line - b.line);
  }

  let text = "";
  const lines: Line[] = [];
  let previousSourceLine = 0;
  let maxWidth = 0;
  const page = 1;
  const emit = (pending: PendingLine | null, sourceLine: number) => {
    if (text.length > 0) text += "\n";
    const y = lines.length * LINE_HEIGHT;
    const start = text.length;
    // The line's own text, added to `text` once at its end: slicing or testing the whole growing
    // text for every line flattened it each time (quadratic in the document's length).
    let own = "";
    const segments: Segment[] = [];
    if (pending?.cells) {
      pending.cells.forEach((cellRuns, column) => {
        const cellText = withoutNoteCalls(cellRuns).map((r) => r.text).join("");
        if (column > 0) own += "\t";
        if (!cellText) return;
        const segStart = start + own.length;
        own += cellText;
        const seg: Segment = {
          text: cellText, x: column * TAB_COLUMN_WIDTH, y, width: charCount(cellText) * CHAR_WIDTH,
          fontSize: pending.fontSize, page, line: sourceLine, start: segStart, end: start + own.length, column,
        };
        // A cell written all in bold (`**To advance …**`) is bold, as its PDF run would be.
        if (cellRuns.every((r) => r.bold || !r.text.trim())) seg.bold = true;
        segments.push(seg);
      });
    } else if (pending) {
      const x0 = pending.indent * CHAR_WIDTH;
      for (const run of mergeRuns(pending.runs)) {
        // A footnote number glued to a figure ("59/268" + sup "1") would read as "59/2681" in the
        // plain text; a space keeps the symbol intact (PDF text needs the font size for this).
        if (run.sup && /\d$/.test(own) && /^\d/.test(run.text)) own += " ";
        const segStart = start + own.length;
        own += run.text;
        const trimmedStart = segStart + (run.text.length - run.text.trimStart().length);
        const trimmedText = run.text.trim();
        if (!trimmedText) continue;
        const seg: Segment = {
          text: trimmedText,
          x: x0 + charCount(own.slice(0, trimmedStart - start)) * CHAR_WIDTH,
          y,
          width: charCount(trimmedText) * CHAR_WIDTH,
          fontSize: run.sup ? SUPERSCRIPT_FONT_SIZE : pending.fontSize,
          page,
          line: sourceLine,
          start: trimmedStart,
          end: trimmedStart + trimmedText.length,
        };
        if (run.bold) seg.bold = true;
        segments.push(seg);
      }
    }
    text += own;
    const lineText = own;
    const line: Line = { page, line: sourceLine, y, text: lineText, start, end: text.length, segments, kind: pending ? pending.kind : "blank" };
    if (pending?.depth !== undefined) line.depth = pending.depth;
    maxWidth = Math.max(maxWidth, (segments.at(-1)?.x ?? 0) + (segments.at(-1)?.width ?? 0));
    lines.push(line);
  };
  for (const pending of walker.lines) {
    // A blank source line between blocks stays a blank Layout line: later stages use it as a break.
    if (lines.length > 0 && pending.line > previousSourceLine + 1) emit(null, previousSourceLine + 1);
    emit(pending, pending.line);
    previousSourceLine = pending.line;
  }
  const pageOut: Page = { number: page, width: maxWidth, height: lines.length * LINE_HEIGHT, lines, rules: [], removed: [] };
  return { format: "markdown", text, pages: [pageOut] };
}

/**
 * A table cell's runs without its note calls: a `<sup>` letter, number or note sign that ends an
 * item (the cell, or its piece before a `<br>`, CELL_BREAK by now) is a call to the note under the table, no part of the
 * item's text ("… renewable sources<sup>a</sup>"), as in a PDF (tables/columns noteCallSegments).
 */
function withoutNoteCalls<R extends { text: string; sup: boolean }>(runs: readonly R[]): R[] {
  return runs.filter((r, k) => {
    if (!r.sup || !NOTE_CALL.test(r.text.trim()) || k === 0 || !/\S$/.test(runs[k - 1]!.text)) return true;
    // Closing punctuation after the call ("63%<sup>1</sup>.", Word's call typed before the full
    // stop) still ends the item: the call goes, the full stop stays on the text.
    const rest = runs.slice(k + 1).map((x) => x.text).join("").replace(CLOSING_AFTER_CALL, "");
    return !(rest.trim() === "" || /^\s*\n/.test(rest) || rest.trimStart().startsWith(CELL_BREAK));
  });
}
const CLOSING_AFTER_CALL = /^[.,;:)\]]{1,2}(?=\s|$)/;

export async function markdownToLayout(text: string, _ctx: Context): Promise<ExtractedLayout> {
  return { layout: markdownTextToLayout(text), warnings: [] };
}
