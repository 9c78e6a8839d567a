import type { Layout, Segment } from "../model/layout.js";
import { allLines } from "../model/layout.js";
import { normalizeSpace } from "../vocab/text.js";

/**
 * The un-document reader works on rows (Layout lines) made of cells (runs of segments that sit
 * close together). It reads only the Layout, so text, Markdown and PDF input read alike.
 */
export interface Cell {
  text: string;
  x: number;
  /** The cell starts with a superscript (smaller) segment: a footnote mark. */
  supStart: boolean;
  /** The superscript mark itself when supStart. */
  mark: string | null;
}
export interface Row {
  index: number;
  page: number;
  line: number;
  text: string;
  cells: Cell[];
  blank: boolean;
  heading: boolean;
  fontSize: number;
  /** Every segment is bold (PDF titles; Markdown headings and **bold** lines). */
  bold: boolean;
}

/**
 * Two rows belong to different blocks when their style differs: PDF layouts have no blank lines,
 * so a title set in a bigger or bold font is told from the agenda title above it this way.
 */
export function styleBreak(a: Row, b: Row): boolean {
  // The PDF extractor may merge a bold word and its regular footnote mark into one segment that
  // is then not bold ("Review*"): a line ending in a mark does not break from the line above on
  // weight alone. The line after a marked one may ("…resolution 16/21*" / "Slovenia").
  const marked = (r: Row) => /[*\u2020\u2021]$/.test(r.text);
  return a.fontSize !== b.fontSize || (a.bold !== b.bold && !marked(b));
}

/**
 * Segments further apart than this (points) are separate cells: two character widths of the
 * virtual text grid, i.e. the two-space gap that text input already treats as a column gap; PDF
 * word gaps are a fraction of that.
 */
export const CELL_GAP = 10;
/** A segment this much smaller than the row's main font is a superscript mark. */
const SUPERSCRIPT_RATIO = 0.8;

function rowFontSize(segments: readonly Segment[]): number {
  // The font size that covers the most characters is the row's running text size. A row set in
  // one size (every text and Markdown row, most PDF rows) has it without a map: the map's only
  // key would be the first segment's size (0 for a row without segments).
  const uniform = uniformFontSize(segments);
  if (uniform !== null) return uniform;
  const weight = new Map<number, number>();
  for (const s of segments) weight.set(s.fontSize, (weight.get(s.fontSize) ?? 0) + s.text.length);
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

/**
 * The size every segment has (0 without segments), or null when two differ or one is NaN. As a
 * map key would give it: -0 as 0.
 */
export function uniformFontSize(segments: readonly Segment[]): number | null {
  if (segments.length === 0) return 0;
  const size = segments[0]!.fontSize;
  for (let i = 1; i < segments.length; i++) if (segments[i]!.fontSize !== size) return null;
  if (size !== size) return null;
  return size === 0 ? 0 : size;
}

/**
 * The segments left to right: the line's own array when it is in that order already (every
 * extractor's usual order; a stable sort would return the same order), else a sorted copy.
 */
export function inXOrder(segments: readonly Segment[]): readonly Segment[] {
  for (let i = 1; i < segments.length; i++) if (!(segments[i - 1]!.x <= segments[i]!.x)) return [...segments].sort((a, b) => a.x - b.x);
  return segments;
}

function cellsOf(segments: readonly Segment[], fontSize: number): Cell[] {
  const cells: Cell[] = [];
  let last: Segment | null = null;
  for (const seg of inXOrder(segments)) {
    const sup = seg.fontSize < fontSize * SUPERSCRIPT_RATIO;
    const cell = cells[cells.length - 1];
    if (cell && last && seg.x - (last.x + last.width) < CELL_GAP) {
      cell.text = normalizeSpace(`${cell.text}${sup || seg.x - (last.x + last.width) <= 0 ? "" : " "}${seg.text}`);
    } else {
      cells.push({ text: normalizeSpace(seg.text), x: seg.x, supStart: sup, mark: sup ? normalizeSpace(seg.text) : null });
    }
    last = seg;
  }
  return cells.filter((c) => c.text !== "");
}

export function layoutRows(layout: Layout): Row[] {
  const rows: Row[] = [];
  for (const line of allLines(layout)) {
    const fontSize = rowFontSize(line.segments);
    const cells = cellsOf(line.segments, fontSize);
    rows.push({
      index: rows.length,
      page: line.page,
      line: line.line,
      text: normalizeSpace(line.text),
      cells,
      blank: cells.length === 0,
      heading: line.kind === "heading",
      fontSize,
      // A footnote mark set in a smaller, regular font ("Review*") does not unbold a bold line.
      bold: line.segments.length > 0 && line.segments.every((seg) => seg.bold === true || seg.fontSize < fontSize * SUPERSCRIPT_RATIO || /^[\s*\u2020\u2021\d]+$/.test(seg.text)),
    });
  }
  return rows;
}

/** Join wrapped lines: "Secretary-" + "General" keeps the hyphen without a space. */
export function joinWrapped(parts: readonly string[]): string {
  let out = "";
  for (const raw of parts) {
    const part = normalizeSpace(raw);
    if (!part) continue;
    if (!out) out = part;
    else if (/[A-Za-z]-$/.test(out)) out += part;
    else out += ` ${part}`;
  }
  return out;
}
