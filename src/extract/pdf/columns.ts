import { isLabelCell } from "../../vocab/columns.js";
import { SAME_ROW_EM } from "../furniture.js";
import type { Line, Page, Segment } from "../../model/layout.js";

/**
 * Reading order for pages set in two columns of prose (reports, bulletins): a PDF's lines are
 * built across the whole page width, so without this the two columns interleave line by line.
 * Tables are not columns of prose: a compact's table keeps its rows, so documents with a compact
 * table header are left alone, and so is any page without a clear, prose-wide gutter.
 */

/** The gutter is looked for in the middle of the page only (fraction of the page width). */
const GUTTER_SEARCH = [0.3, 0.7] as const;
/** Step (points) between gutter candidates. */
const GUTTER_STEP = 2;
/** A page needs this many text lines before its layout can tell columns from chance. */
const MIN_TEXT_LINES = 8;
/** Lines that may cross the gutter (a full-width title, a heading): at most this share. */
const MAX_CROSSING_SHARE = 0.15;
/** Lines with text on both sides of the gutter: at least this share, or it is no column layout. */
const MIN_BOTH_SIDES_SHARE = 0.4;
/** Prose, not label/value pairs (mastheads, signature blocks): right-hand parts this long on average. */
const MIN_RIGHT_CHARS = 25;
/**
 * A compact's table header anywhere — two cells of one line that are only column labels or pieces
 * of wrapped labels (vocab/columns: "Objective", "Key Performance", "Expected") — means its
 * columns are cells, never reading columns. Prose that names the phrases ("… expected
 * accomplishments and performance measures …") is no header: it is one cell.
 */
const hasTableHeader = (l: Line) => l.segments.filter((s) => isLabelCell(s.text)).length >= 2;
/**
 * The same for a header row whose labels are staggered over lines closer than a line height ("Key"
 * / "Outcome" / "performance indicator": labels centred on one, two or three lines): label cells
 * at two places across the row's lines.
 */
function hasStaggeredHeader(page: Page): boolean {
  const lines = page.lines.filter((l) => l.segments.length > 0);
  return lines.some((l, i) => {
    const size = l.segments[0]?.fontSize ?? 0;
    const row = lines.slice(i, i + MAX_STAGGER_LINES).filter((m) => m.y - l.y < SAME_ROW_EM * size * (MAX_STAGGER_LINES - 1));
    const xs = row.flatMap((m) => m.segments.filter((s) => isLabelCell(s.text)).map((s) => s.x));
    return row.length > 1 && xs.some((x) => xs.some((y) => Math.abs(x - y) > MIN_LABEL_APART));
  });
}
/** A staggered header row spreads over at most this many printed lines. */
const MAX_STAGGER_LINES = 3;
/** Two labels of one header row stand at least this far apart (points): separate columns. */
const MIN_LABEL_APART = 40;

const right = (s: Segment) => s.x + s.width;

/** The x of a column gutter on this page, or null when the page is not set in two columns. */
export function findGutter(page: Page): number | null {
  const lines = page.lines.filter((l) => l.segments.length > 0);
  if (lines.length < MIN_TEXT_LINES || page.width <= 0) return null;
  let best: { x: number; crossing: number; both: number } | null = null;
  for (let x = page.width * GUTTER_SEARCH[0]; x <= page.width * GUTTER_SEARCH[1]; x += GUTTER_STEP) {
    let crossing = 0;
    let both = 0;
    let rightChars = 0;
    for (const l of lines) {
      if (l.segments.some((s) => s.x < x && right(s) > x)) crossing++;
      else if (l.segments.some((s) => right(s) <= x) && l.segments.some((s) => s.x >= x)) {
        both++;
        rightChars += l.segments.filter((s) => s.x >= x).reduce((n, s) => n + s.text.length, 0);
      }
    }
    if (crossing > lines.length * MAX_CROSSING_SHARE || both < lines.length * MIN_BOTH_SIDES_SHARE) continue;
    if (rightChars / both < MIN_RIGHT_CHARS) continue;
    if (!best || crossing < best.crossing || (crossing === best.crossing && both > best.both)) best = { x, crossing, both };
  }
  return best?.x ?? null;
}

/** The part of a line made of `segments`, keeping the line's offsets (assignOffsets moves them). */
function linePart(line: Line, segments: Segment[]): Line {
  const from = segments[0]!.start - line.start;
  const to = segments.at(-1)!.end - line.start;
  return { ...line, text: line.text.slice(from, to), start: line.start + from, end: line.start + to, segments };
}

/**
 * Left column, then right column, band by band: a line crossing the gutter (a title, a heading
 * across both columns) closes a band and is read where it stands.
 */
export function orderPage(page: Page, gutter: number): Page {
  const out: Line[] = [];
  let left: Line[] = [];
  let rightParts: Line[] = [];
  const flush = () => {
    out.push(...left, ...rightParts);
    left = [];
    rightParts = [];
  };
  for (const line of page.lines) {
    if (line.segments.length === 0) {
      left.push(line);
      continue;
    }
    if (line.segments.some((s) => s.x < gutter && right(s) > gutter)) {
      flush();
      out.push(line);
      continue;
    }
    const l = line.segments.filter((s) => right(s) <= gutter);
    const r = line.segments.filter((s) => s.x >= gutter);
    if (l.length) left.push(linePart(line, l));
    if (r.length) rightParts.push(linePart(line, r));
  }
  flush();
  return { ...page, lines: out };
}

/**
 * Pages set in two prose columns are put in reading order; everything else is returned as is.
 * The pages are the caller's own (the PDF reader's, built for this): a reordered page is replaced,
 * and line numbers are moved in place rather than by copying every line of a long document.
 */
export function orderColumns(pages: Page[]): Page[] {
  if (pages.some((p) => p.lines.some(hasTableHeader) || hasStaggeredHeader(p))) return pages;
  let changed = false;
  const ordered = pages.map((p) => {
    const gutter = findGutter(p);
    if (gutter === null) return p;
    changed = true;
    return orderPage(p, gutter);
  });
  if (!changed) return pages;
  // Line numbers run over the document in reading order (a split line became two).
  let n = pages.find((p) => p.lines.length > 0)?.lines[0]?.line ?? 1;
  for (const p of ordered) {
    for (const l of p.lines) {
      l.line = n++;
      for (const s of l.segments) s.line = l.line;
    }
  }
  return ordered;
}
