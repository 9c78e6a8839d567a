import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { camelCaseKey, labelRole, MAX_LABEL_WORDS, OBJECTIVE_LABEL, SUB_MEASURE_LABEL, type ColumnRole } from "../vocab/columns.js";
import { LEADING_NUMBER } from "../vocab/markers.js";
import { isCompactSection } from "../vocab/sections.js";
import { normalizeSpace } from "../vocab/text.js";

/**
 * A compact written as lists (a Word or PDF compact converted to Markdown by pandoc, a wiki page,
 * a retyped copy): each objective a heading (`#### Objective 1: To …`, `### (2) To …`) or a bold
 * paragraph, and under it each column of the table as a label — `**Expected accomplishments:**`,
 * `**Performance measures**`, `Risks and mitigations:` — over a list of its items (or one
 * paragraph, or the text after the label on its line). The labels are the table's header, the
 * objective and its labelled lists one row: `readListTable` finds such a run of sibling blocks in
 * the Markdown tree and gives it as the rows of a table, which the Markdown reader prints as table
 * rows (as it prints a GFM table), so the table reader reads it as any other table.
 *
 * A label is recognised by the column vocabulary (vocab/columns `labelRole`); a label outside it
 * ("Unit:", "Remarks:") counts only with a colon, inside an objective's block that has a vocabulary
 * label of the accomplishments or measures, and not at the block's end over a line of text
 * ("**Date:** 3 February 2015" after the last objective). A block needs two columns: a heading
 * over one labelled list is a document's list, not a table.
 *
 * Sub-rows: a label that comes again under one objective opens a sub-row (`**Indicator:**` /
 * `**Baseline:**` / `**Target:**` per measure, or a second `**Expected accomplishment:**` with its
 * measures), as a table prints a measure per sub-row under a row-spanned objective. A measure
 * item with its own `Baseline: …` / `Target: …` sub-items is a sub-row of its own too.
 */

/** One column's content in a row: blocks (a list, a paragraph) or inline content after a label. */
export type ListCell = { blocks: RootContent[]; line: number } | { inline: PhrasingContent[]; line: number };

/** One row (or sub-row) of a list table: cells by column index of the table's header. */
export interface ListRow {
  /** The objective's heading or paragraph (first sub-row only). */
  objective: PhrasingContent[] | null;
  /** Source line the row opens on. */
  line: number;
  cells: Array<ListCell | null>;
}

export interface ListTable {
  /** The header labels as written (trailing colon dropped), one per column after the objective column. */
  labels: string[];
  /** The line of the first objective (the table's header line). */
  line: number;
  rows: ListRow[];
  /** Index of the first sibling after the table. */
  end: number;
}

/** An unknown label ("Unit", "Remarks") is a few capitalised words, no sentence. */
const MAX_EXTRA_LABEL_WORDS = 4;
const EXTRA_LABEL = /^\p{Lu}[\p{L}'’\- /()]*$/u;
/** The roles whose label marks a block as a compact's objective: one of them must be present. */
const ROW_ROLES: ReadonlySet<ColumnRole> = new Set(["accomplishments", "measures"]);
/** A heading number that is no marker of LEADING_NUMBER: "4 To support …" (a bare number before the capital). */
const BARE_HEADING_NUMBER = /^\d{1,2}\s+(?=\p{Lu})/u;

/** The text of inline content (emphasis, links and code as their text). */
export function phrasingText(nodes: readonly PhrasingContent[]): string {
  let out = "";
  for (const n of nodes) {
    if (n.type === "text" || n.type === "inlineCode") out += n.value;
    else if (n.type === "break") out += "\n";
    else if ("children" in n && Array.isArray(n.children)) out += phrasingText(n.children as PhrasingContent[]);
  }
  return out;
}

/** A label as a column: its role, or an extra column keyed by its words. */
interface Label {
  text: string;
  role: ColumnRole;
  id: string;
}

/** `colon`: the label ends with one, which a label outside the vocabulary needs (a short bold paragraph may be an objective). */
function asLabel(raw: string, colon: boolean): Label | null {
  const text = normalizeSpace(raw.replace(/\s*:\s*$/, ""));
  if (!text || text.split(" ").length > MAX_LABEL_WORDS) return null;
  const role = labelRole(text);
  if (role) return { text, role, id: role };
  // "Indicator" alone names the measures beside their Baseline and Target (vocab/columns SUB_MEASURE_LABEL).
  if (SUB_MEASURE_LABEL.test(text)) return { text, role: "measures", id: "measures" };
  if (!colon || text.split(" ").length > MAX_EXTRA_LABEL_WORDS || !EXTRA_LABEL.test(text)) return null;
  return { text, role: "extra", id: camelCaseKey(text) };
}

/** Inline content without leading white space and a leading ":" (what follows "**Label**"). */
function afterColon(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.type === "text") {
    const value = first.value.replace(/^\s*:?\s*/, "");
    if (value) out[0] = { ...first, value };
    else out.shift();
  }
  return out;
}

/** Is all this inline content strong (bold), white space aside? */
function allStrong(nodes: readonly PhrasingContent[]): boolean {
  const visible = nodes.filter((n) => !(n.type === "text" && /^\s*:?\s*$/.test(n.value)));
  return visible.length > 0 && visible.every((n) => n.type === "strong" || (n.type === "emphasis" && n.children.every((c) => c.type === "strong")));
}

/** A label block: a label paragraph (bold, or ending with a colon), or a heading that is a vocabulary label; maybe with its content after it. */
interface LabelBlock {
  label: Label;
  inline: PhrasingContent[] | null;
}

function labelBlock(node: RootContent): LabelBlock | null {
  if (node.type === "heading") {
    const label = asLabel(phrasingText(node.children), false);
    return label && label.role !== "extra" ? { label, inline: null } : null;
  }
  if (node.type !== "paragraph") return null;
  const text = phrasingText(node.children);
  if (text.includes("\n")) return labelWithContent(node);
  const trimmed = text.trim();
  const colon = trimmed.endsWith(":");
  if (allStrong(node.children) || colon) {
    const label = asLabel(trimmed, colon);
    if (label) return { label, inline: null };
  }
  return labelWithContent(node);
}

/**
 * "**Target:** 73", "**Baseline**: 42", "Baseline: 42": a label and its content on one line. A
 * plain-text label must be a vocabulary one; a bold one may be any label.
 */
function labelWithContent(node: Paragraph): LabelBlock | null {
  const [first, ...rest] = node.children;
  if (first?.type === "strong") {
    const own = phrasingText(first.children).trim();
    const tail = afterColon(rest);
    const colon = own.endsWith(":") || (rest[0]?.type === "text" && /^\s*:/.test(rest[0].value));
    if (!colon || tail.length === 0 || !phrasingText(tail).trim()) return null;
    const label = asLabel(own, true);
    return label ? { label, inline: tail } : null;
  }
  if (first?.type !== "text") return null;
  const m = /^([^:\n]{1,60}):\s+(\S)/.exec(first.value);
  if (!m) return null;
  const label = asLabel(m[1]!, false);
  if (!label || label.role === "extra" || label.role === "objective") return null;
  const value = first.value.slice(m[0].length - 1);
  return { label, inline: [{ ...first, value }, ...rest] };
}

/** Can this block open an objective: a heading (not a template section), or a bold or "Objective N:" paragraph? */
function objectiveOpener(node: RootContent): PhrasingContent[] | null {
  if (node.type === "heading") {
    const text = phrasingText(node.children).trim();
    return text && !isCompactSection(text) ? node.children : null;
  }
  if (node.type === "paragraph") {
    const text = phrasingText(node.children).trim();
    if (!text || text.includes("\n")) return null;
    if (OBJECTIVE_LABEL.test(text) || allStrong(node.children)) return node.children;
  }
  return null;
}

/**
 * The objective's text without its heading's label or number: "Objective 1: To …", "(1) To …",
 * "4 To …" → "To …".
 */
export function objectiveText(text: string): string {
  const t = normalizeSpace(text);
  const labelled = OBJECTIVE_LABEL.exec(t);
  if (labelled?.[1]) return labelled[1];
  return t.replace(LEADING_NUMBER, "").replace(BARE_HEADING_NUMBER, "");
}

function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 0;
}

/** One labelled column entry of an objective's block, in order. */
interface Entry {
  label: Label;
  cell: ListCell | null;
  line: number;
}

/**
 * A measure item with value sub-items ("- Grants disbursed" / "  - Baseline: 42" / "  - Target: 73")
 * → the measure and each value as entries of their own, so that each measure is a sub-row.
 */
function expandValueItems(entry: Entry): Entry[] {
  const cell = entry.cell;
  if (entry.label.role !== "measures" || !cell || !("blocks" in cell) || cell.blocks.length !== 1) return [entry];
  const list = cell.blocks[0];
  if (list?.type !== "list") return [entry];
  const valuesOf = (item: ListItem) => {
    const nested = item.children.find((c): c is List => c.type === "list");
    if (!nested) return null;
    const values = nested.children.map((sub) => {
      const para = sub.children[0];
      const block = para && sub.children.length === 1 ? labelBlock(para) : null;
      return block && block.inline && block.label.role !== "measures" && block.label.role !== "accomplishments" ? { block, line: lineOf(sub) } : null;
    });
    return values.every((v) => v !== null) ? (values as Array<{ block: LabelBlock; line: number }>) : null;
  };
  if (!list.children.some((item) => valuesOf(item))) return [entry];
  const out: Entry[] = [];
  for (const item of list.children) {
    const values = valuesOf(item);
    const own: ListItem = values ? { ...item, children: item.children.filter((c) => c.type !== "list") } : item;
    out.push({ label: entry.label, cell: { blocks: [{ ...list, children: [own] }], line: lineOf(item) }, line: lineOf(item) });
    for (const v of values ?? []) out.push({ label: v.block.label, cell: { inline: v.block.inline!, line: v.line }, line: v.line });
  }
  return out;
}

/**
 * A value typed with an ASCII comparator at an item's start ("- >= 145", "- > 90%"): Markdown reads
 * the ">" as a block quote's marker and the item as a quote of "= 145". In a labelled list of a
 * compact a quote of a number is that value: its ">" is given back.
 */
const QUOTED_VALUE = /^(=?)\s*\d/;
function withComparators(list: List): List {
  const restore = (node: ListItem["children"][number]): ListItem["children"][number] => {
    if (node.type === "list") return withComparators(node);
    if (node.type !== "blockquote" || node.children.length !== 1 || node.children[0]!.type !== "paragraph") return node;
    const para = node.children[0];
    const m = QUOTED_VALUE.exec(phrasingText(para.children));
    if (!m) return node;
    const gt: PhrasingContent = { type: "text", value: m[1] ? ">" : "> " };
    return { ...para, position: node.position, children: [gt, ...para.children] } as Paragraph;
  };
  return { ...list, children: list.children.map((item) => ({ ...item, children: item.children.map(restore) })) };
}

/** The labelled entries of one objective's block from `from` on, and the index after them. */
function entriesFrom(nodes: readonly RootContent[], from: number): { entries: Entry[]; end: number } {
  const entries: Entry[] = [];
  let k = from;
  // Where the block ends without its labels outside the vocabulary at its end that hold no list.
  let end = from;
  while (k < nodes.length) {
    const node = nodes[k]!;
    const block = labelBlock(node);
    // An "Objective:" label after other labels opens the next objective.
    if (!block || (block.label.role === "objective" && k > from)) break;
    k++;
    const line = lineOf(node);
    if (block.inline) {
      entries.push({ label: block.label, cell: { inline: block.inline, line }, line });
      if (block.label.role !== "extra") end = k;
      continue;
    }
    // The label's content: a list, or one paragraph that is no label and opens no objective.
    const next = nodes[k];
    let cell: ListCell | null = null;
    if (next?.type === "list") cell = { blocks: [withComparators(next)], line: lineOf(next) };
    else if (next?.type === "paragraph" && !labelBlock(next) && !opensNextObjective(nodes, k)) cell = { blocks: [next], line: lineOf(next) };
    if (cell) k++;
    entries.push(...expandValueItems({ label: block.label, cell, line }));
    if (block.label.role !== "extra" || next?.type === "list") end = k;
  }
  // A label outside the vocabulary after the last column, over a line of text ("**Date:** 3
  // February 2024", "**Signature:**"), is the text after the table, not a column of it.
  return { entries: entries.filter((e) => e.line < lineAt(nodes, end)), end };
}

/** The source line of `nodes[k]` (past the end: no limit). */
function lineAt(nodes: readonly RootContent[], k: number): number {
  return k < nodes.length ? lineOf(nodes[k]!) : Infinity;
}

/** A bold or "Objective N:" paragraph with a label under it: the next objective, no label's content. */
function opensNextObjective(nodes: readonly RootContent[], k: number): boolean {
  const node = nodes[k];
  const below = nodes[k + 1];
  return !!node && !!below && objectiveOpener(node) !== null && labelBlock(below) !== null;
}

/** One objective's block: its objective, its entries, the index after it. */
interface ObjectiveBlock {
  objective: PhrasingContent[] | null;
  line: number;
  entries: Entry[];
  end: number;
}

function objectiveBlock(nodes: readonly RootContent[], at: number): ObjectiveBlock | null {
  const node = nodes[at];
  if (!node) return null;
  let objective: PhrasingContent[] | null = null;
  let from = at;
  const opener = labelBlock(node) ? null : objectiveOpener(node);
  if (opener) {
    objective = opener;
    from = at + 1;
  }
  const { entries, end } = entriesFrom(nodes, from);
  // "**Objective:**" over its paragraph: the objective as a labelled entry.
  const objectiveEntries = entries.filter((e) => e.label.role === "objective");
  if (!objective && objectiveEntries.length === 1) {
    const cell = objectiveEntries[0]!.cell;
    if (cell && "inline" in cell) objective = cell.inline;
    else if (cell?.blocks[0]?.type === "paragraph") objective = cell.blocks[0].children;
  }
  const columns = entries.filter((e) => e.label.role !== "objective");
  if (!objective || objectiveEntries.length > 1 || (opener && objectiveEntries.length > 0)) return null;
  if (!columns.some((e) => ROW_ROLES.has(e.label.role))) return null;
  // Two columns at least (one labelled list under a heading is a document's list, not a table).
  if (new Set(columns.map((e) => e.label.id)).size < 2) return null;
  return { objective, line: lineOf(node), entries: columns, end };
}

/** The column ids of a block, in order of first appearance. */
function columnIds(block: ObjectiveBlock): string[] {
  return [...new Set(block.entries.map((e) => e.label.id))];
}

/**
 * A list table opening at `nodes[at]`: consecutive objective blocks with the same columns. Null
 * when no objective block opens there.
 */
export function readListTable(nodes: readonly RootContent[], at: number): ListTable | null {
  const first = objectiveBlock(nodes, at);
  if (!first) return null;
  const ids = columnIds(first);
  const labels = ids.map((id) => first.entries.find((e) => e.label.id === id)!.label.text);
  const rows: ListRow[] = [];
  let block: ObjectiveBlock | null = first;
  let end = at;
  while (block) {
    const blockIds = columnIds(block);
    if (block !== first && (blockIds.length !== ids.length || blockIds.some((id) => !ids.includes(id)))) break;
    // A label that comes again opens a sub-row; the objective is in the first only.
    let row: ListRow = { objective: block.objective, line: block === first ? block.entries[0]!.line : block.line, cells: ids.map(() => null) };
    rows.push(row);
    for (const e of block.entries) {
      const column = ids.indexOf(e.label.id);
      if (row.cells[column] !== null) {
        row = { objective: null, line: e.line, cells: ids.map(() => null) };
        rows.push(row);
      }
      row.cells[column] = e.cell ?? { inline: [], line: e.line };
    }
    end = block.end;
    block = objectiveBlock(nodes, end);
  }
  return { labels, line: first.line, rows, end };
}
