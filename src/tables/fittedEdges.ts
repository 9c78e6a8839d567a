import { HUNG_MARKER, type ColumnDef, type Word } from "./columns.js";
import { charCount } from "../vocab/text.js";
import { VALUE_ROLES } from "../vocab/columns.js";

/**
 * pdftotext's grid (`-layout`), session 46 (h-fit46): a table's column edges fitted once per page
 * from **all** its body lines, as a reader sees them — a left-aligned cell opens every line at one
 * character place whatever its lines' ends, and no line of the table runs a word across that place.
 * The line-by-line rules of `assignColumns` read one line (and a few around it); where the grid put
 * two cells one space apart on that line, the cue is gone there, but the page's other lines still
 * show the edge.
 *
 * An edge of column i (i ≥ 1) is the character place, within EDGE_WINDOW_CHARS of the column's anchor
 * on the page, where at least MIN_EDGE_OPENINGS lines open a word after a gap of two spaces or more
 * (or open the line) and at most MAX_EDGE_CROSSINGS lines run a word across (a word with characters
 * both at place − 1 and at place). Where two places qualify, the leftmost (a hung marker's place, left of its text's indent).
 * A hung list marker is never moved (the fit cannot tell it from a glued word).
 */
export interface FittedEdge {
  /** The column (index into the page's columns) the edge opens. */
  column: number;
  /** Character place of the edge on the page's grid. */
  at: number;
  /** Lines that open a word there after a gap (the edge's evidence). */
  opens: number;
  /** Lines that run a word across it. */
  crossings: number;
}

/** Lines that open a word at a place after a wide gap before it is an edge: a column's lines, not a chance alignment of two. */
export const MIN_EDGE_OPENINGS = 4;
/** Lines that may run a word across an edge (one overrun: a long unbroken word, a URL). */
export const MAX_EDGE_CROSSINGS = 1;
/** How far (characters) the fitted edge may lie from the column's anchor on the page. */
export const EDGE_WINDOW_CHARS = 3;

/** A word's first character place and the place after its last, on the grid of `charWidth`. */
export function wordPlaces(w: Word, charWidth: number): { start: number; end: number } {
  const start = Math.round(w.x / charWidth);
  return { start, end: start + charCount(w.text) };
}

/** Per character place: lines opening a word there after a wide gap, and lines running a word across it. */
export function placeCounts(lines: ReadonlyArray<readonly Word[]>, charWidth: number): { opens: Map<number, number>; crossings: Map<number, number> } {
  const opens = new Map<number, number>();
  const crossings = new Map<number, number>();
  for (const words of lines) {
    let prevEnd = -Infinity;
    const opened = new Set<number>();
    const crossed = new Set<number>();
    for (const w of words) {
      const { start, end } = wordPlaces(w, charWidth);
      if (start - prevEnd >= 2) opened.add(start);
      for (let c = start + 1; c < end; c++) crossed.add(c);
      prevEnd = end;
    }
    for (const c of opened) opens.set(c, (opens.get(c) ?? 0) + 1);
    for (const c of crossed) crossings.set(c, (crossings.get(c) ?? 0) + 1);
  }
  return { opens, crossings };
}

/** The page's fitted edges, one per column at most (none where no place is clear). */
export function fitColumnEdges(lines: ReadonlyArray<readonly Word[]>, columns: readonly ColumnDef[], charWidth: number): FittedEdge[] {
  const { opens, crossings } = placeCounts(lines, charWidth);
  const edges: FittedEdge[] = [];
  for (let i = 1; i < columns.length; i++) {
    // A value column's cells are set right or centred: no place opens its lines.
    if (VALUE_ROLES.has(columns[i]!.role) || VALUE_ROLES.has(columns[i - 1]!.role)) continue;
    const anchor = Math.round(columns[i]!.x / charWidth);
    let best: FittedEdge | undefined;
    for (let c = anchor - EDGE_WINDOW_CHARS; c <= anchor + EDGE_WINDOW_CHARS; c++) {
      const o = opens.get(c) ?? 0, x = crossings.get(c) ?? 0;
      if (o < MIN_EDGE_OPENINGS || x > MAX_EDGE_CROSSINGS) continue;
      // The leftmost such place: a cell's hung markers open left of its text's indent ("o Women's"
      // at 28, the cell's wrapped lines at 30) and the cell opens where its first character stands.
      best = { column: i, at: c, opens: o, crossings: x };
      break;
    }
    // Edges keep the columns' order (a window may reach past the previous column's edge).
    if (best && (!edges.length || best.at > edges[edges.length - 1]!.at)) edges.push(best);
  }
  return edges;
}

/**
 * A run crossing a fitted edge at one space (`gluedAtFittedEdge`): a word that opens exactly at the
 * edge one space after a word left of it, both placed left of the edge, opens the edge's column —
 * it and the rest of its run up to the next column's words.
 */
export function gluedAtFittedEdge(words: readonly Word[], placed: number[], edges: readonly FittedEdge[], charWidth: number): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!, before = words[k - 1]!;
    if (w.column !== undefined || before.segment !== w.segment || HUNG_MARKER.test(before.text)) continue;
    const { start } = wordPlaces(w, charWidth);
    if (start - wordPlaces(before, charWidth).end !== 1) continue;
    const edge = edges.find((e) => e.at === start);
    if (!edge || placed[k]! >= edge.column || nextRunOpens(words, k, placed, edge.column)) continue;
    for (let j = k; j < words.length && placed[j]! < edge.column; j++) placed[j] = edge.column;
  }
}

/** A later run of the line already opens the edge's column (the word at the edge is the cell's last, left of it). */
function nextRunOpens(words: readonly Word[], k: number, placed: readonly number[], column: number): boolean {
  for (let j = k + 1; j < words.length; j++) if (words[j]!.segment !== words[k]!.segment) return placed[j]! <= column;
  return false;
}

/**
 * A word wholly left of a fitted edge (a blank place before the edge) that the line's rules put in
 * the edge's column or right of it goes back to the column left of the edge (`leftOfFittedEdge`).
 */
export function leftOfFittedEdge(words: readonly Word[], placed: number[], edges: readonly FittedEdge[], charWidth: number): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.column !== undefined || HUNG_MARKER.test(w.text)) continue;
    const { end } = wordPlaces(w, charWidth);
    let hi = Infinity;
    for (const e of edges) if (end <= e.at - 1 && e.column - 1 < hi) hi = e.column - 1;
    if (placed[k]! > hi) placed[k] = hi;
  }
}

/** The fitted-edge phase of `assignColumns` (pdftotext's grid), after the line-by-line rules. */
export function placeByFittedEdges(words: readonly Word[], placed: number[], edges: readonly FittedEdge[] | undefined, charWidth: number): void {
  if (!edges?.length) return;
  gluedAtFittedEdge(words, placed, edges, charWidth);
  leftOfFittedEdge(words, placed, edges, charWidth);
}
