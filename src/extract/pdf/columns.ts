import { isLabelCell } from "../../vocab/columns.js";
import { isCompactSection } from "../../vocab/sections.js";
import { SAME_ROW_EM } from "../furniture.js";
import type { Line, Page, Segment } from "../../model/layout.js";

/**
 * Reading order for pages set in two columns of prose (reports, bulletins): a PDF's lines are
 * built across the whole page width, so without this the two columns interleave line by line.
 * Tables are not columns of prose: a compact's table keeps its rows, so in a document with a
 * compact table header only the prose above its first header is looked at (the front matter: a
 * preamble beside a mandate paragraph or a list of missions), and any page without a clear,
 * prose-wide gutter is left alone.
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
 *
 * The same for a header row whose labels are staggered over lines closer than a line height ("Key"
 * / "Outcome" / "performance indicator": labels centred on one, two or three lines): label cells
 * at two places across the row's lines.
 *
 * The index of the page's first table header line, one-line or staggered; -1 without one. Each
 * segment is asked once whether it is a label cell (a staggered row reads up to three lines, so
 * asking per row asked most segments three times over).
 */
function headerLineAt(page: Page): number {
  const labelXs = page.lines.map((l) => {
    const xs: number[] = [];
    for (const s of l.segments) if (isLabelCell(s.text)) xs.push(s.x);
    return xs;
  });
  const oneLine = labelXs.findIndex((xs) => xs.length >= 2);
  // Staggered: only a row that starts before the one-line header can come first.
  const end = oneLine < 0 ? page.lines.length : oneLine;
  const lines: number[] = [];
  page.lines.forEach((l, k) => {
    if (l.segments.length > 0) lines.push(k);
  });
  for (let i = 0; i < lines.length && lines[i]! < end; i++) {
    const l = page.lines[lines[i]!]!;
    const size = l.segments[0]?.fontSize ?? 0;
    const row = lines.slice(i, i + MAX_STAGGER_LINES).filter((k) => page.lines[k]!.y - l.y < SAME_ROW_EM * size * (MAX_STAGGER_LINES - 1));
    const xs = row.flatMap((k) => labelXs[k]!);
    if (row.length > 1 && xs.some((x) => xs.some((y) => Math.abs(x - y) > MIN_LABEL_APART))) return lines[i]!;
  }
  return oneLine;
}
/** A staggered header row spreads over at most this many printed lines. */
const MAX_STAGGER_LINES = 3;
/** Two labels of one header row stand at least this far apart (points): separate columns. */
const MIN_LABEL_APART = 40;

const right = (s: Segment) => s.x + s.width;

/**
 * Front matter set in two columns may be short (a four-line preamble beside the mandate
 * paragraph, under a title and a header block): it needs fewer lines than a whole page.
 */
const MIN_FRONT_MATTER_LINES = 5;
/**
 * …and each column may be two lines beside a long one (a share of the page's lines would miss
 * it), on baselines of its own; the prose width (MIN_RIGHT_CHARS) and the few lines crossing the
 * gutter still have to hold.
 */
const MIN_FRONT_MATTER_SIDE_LINES = 2;

/** The x of a column gutter on this page, or null when the page is not set in two columns. */
export function findGutter(page: Page, minLines = MIN_TEXT_LINES, frontMatter = false): number | null {
  const lines = page.lines.filter((l) => l.segments.length > 0);
  if (lines.length < minLines || page.width <= 0) return null;
  let best: { x: number; crossing: number; both: number } | null = null;
  for (let x = page.width * GUTTER_SEARCH[0]; x <= page.width * GUTTER_SEARCH[1]; x += GUTTER_STEP) {
    let crossing = 0;
    let both = 0;
    let leftLines = 0;
    let rightLines = 0;
    let rightChars = 0;
    for (const l of lines) {
      if (l.segments.some((s) => s.x < x && right(s) > x)) {
        crossing++;
        continue;
      }
      const hasLeft = l.segments.some((s) => right(s) <= x);
      const hasRight = l.segments.some((s) => s.x >= x);
      if (hasLeft) leftLines++;
      if (hasRight) {
        rightLines++;
        rightChars += l.segments.filter((s) => s.x >= x).reduce((n, s) => n + s.text.length, 0);
      }
      if (hasLeft && hasRight) both++;
    }
    if (crossing > lines.length * MAX_CROSSING_SHARE) continue;
    if (frontMatter) {
      // A column's lines may sit on baselines of their own (each line one side only).
      if (rightLines < MIN_FRONT_MATTER_SIDE_LINES || leftLines < MIN_FRONT_MATTER_SIDE_LINES) continue;
      if (rightChars / rightLines < MIN_RIGHT_CHARS) continue;
    } else {
      if (both < lines.length * MIN_BOTH_SIDES_SHARE) continue;
      if (rightChars / both < MIN_RIGHT_CHARS) continue;
    }
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
 * A compact's page with its front matter (the lines before `end`) read column by column, or null
 * when that prose is not set in two columns. Only the band set in two columns moves: from the
 * first line with text on both sides of the gutter (a running header above it, alone on the
 * right, keeps its place at the page top) to the last line before a section heading or a line
 * across the gutter — the heading, flush left, must come after the right column's prose, not
 * between the two columns.
 */
function orderFrontMatter(p: Page, headerAt: number): Page | null {
  // The front matter ends at the first section heading ("A. ACHIEVING …") if one comes first —
  // the full-width prose under it counts as lines crossing the gutter — else, or when that is too
  // little to show a gutter, at the table's header.
  const heading = p.lines.findIndex((l, k) => k < headerAt && isCompactSection(l.text));
  const gutterOf = (to: number) => findGutter({ ...p, lines: p.lines.slice(0, to) }, MIN_FRONT_MATTER_LINES, true);
  const gutter = (heading >= 0 ? gutterOf(heading) : null) ?? gutterOf(headerAt);
  const end = headerAt;
  if (gutter === null) return null;
  // A line whose columns run together (a justified left line one space from the right column's
  // text) is one run across the gutter and closes the band: a run's word positions are not known
  // here, and a full-width line (a heading, the DEPARTMENT/OFFICE line) has a space near any x.
  const lines = p.lines.slice(0, end);
  const crosses = (l: Line) => l.segments.some((seg) => seg.x < gutter && right(seg) > gutter);
  const both = (l: Line) => !crosses(l) && l.segments.some((seg) => seg.x >= gutter) && l.segments.some((seg) => right(seg) <= gutter);
  // The band opens at the right column's first line that comes after some left-only text (a
  // running header above the title, alone on the right, keeps its place at the page top).
  const leftOnly = (l: Line) => l.segments.length > 0 && l.segments.every((seg) => right(seg) <= gutter);
  const hasRight = (l: Line) => !crosses(l) && l.segments.some((seg) => seg.x >= gutter);
  const firstLeft = lines.findIndex(leftOnly);
  const first = lines.findIndex((l, k) => both(l) || (firstLeft >= 0 && k > firstLeft && hasRight(l)));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < end && !crosses(lines[last + 1]!) && !isCompactSection(lines[last + 1]!.text)) last++;
  const band: Page = { ...p, lines: lines.slice(first, last + 1) };
  return { ...p, lines: [...p.lines.slice(0, first), ...orderPage(band, gutter).lines, ...p.lines.slice(last + 1)] };
}

/**
 * Pages set in two prose columns are put in reading order; everything else is returned as is.
 * The pages are the caller's own (the PDF reader's, built for this): a reordered page is replaced,
 * and line numbers are moved in place rather than by copying every line of a long document.
 */
export function orderColumns(pages: Page[]): Page[] {
  let headerAt = -1;
  const headerPage = pages.findIndex((p) => (headerAt = headerLineAt(p)) >= 0);
  let changed = false;
  const ordered = pages.map((p, i) => {
    if (headerPage >= 0) {
      // A compact: only the prose above the table's first header, on the pages up to its own.
      if (i > headerPage) return p;
      const front = orderFrontMatter(p, i === headerPage ? headerAt : p.lines.length);
      if (front === null) return p;
      changed = true;
      return front;
    }
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
