import type { Line } from "../model/layout.js";
import { averageCharWidth, charCount, lineWords, tabbedColumns, type ColumnDef } from "./columns.js";

/**
 * Plain text (`pdftotext -layout`): a page of a table after its header's page that shows only its
 * last columns. pdftotext sets each page on a grid of its own, so a page after the header's may
 * show every column some characters off the header page's; `pageAnchors` reads the page's own
 * edges, but only when the page shows one per column. A page holding the rest of a row cut by the
 * page break shows only the columns that go on — no objective, often no accomplishment — and its
 * edges went unread: the part's edges stood, and the values read into the next column ("73   78
 * Shared with" at characters 77, 88, 100 under edges at 67, 75, 92; corpus13 d13-013, the rest
 * of its row's measures, baselines, targets and remarks after the page break).
 *
 * What the page shows then: fewer edges (places where at least MIN_SHIFT_EDGE_SUPPORT runs open and
 * no word crosses) than the part has columns, nothing opening left of the first (the first columns
 * are empty on the page, as a row's rest leaves them), and the edges matched in order to the
 * part's *last* columns, each within MAX_SHIFT_CHARS of its column's edge and right of the column
 * before it: then they are those columns' edges on this page, and the empty columns before keep
 * theirs. At least MIN_SHIFTED_EDGES edges: two could be any pair of starts. Null otherwise.
 */
export function shiftedPageAnchors(columns: readonly ColumnDef[], lines: readonly Line[]): ColumnDef[] | null {
  const shown = lines.filter((l) => l.segments.length > 0);
  if (shown.length < MIN_SHIFT_LINES || columns.length < 2 || tabbedColumns(columns)) return null;
  const cw = shown.reduce((sum, l) => sum + averageCharWidth(l), 0) / shown.length;
  const spans: Array<readonly [number, number]> = [];
  const starts: number[] = [];
  for (const l of shown) {
    const words = lineWords(l);
    words.forEach((w, k) => {
      spans.push([w.x, w.x + charCount(w.text) * cw]);
      if (k === 0 || words[k - 1]?.segment !== w.segment) starts.push(w.x);
    });
  }
  starts.sort((a, b) => a - b);
  const clusters: Array<{ x: number; last: number; support: number }> = [];
  for (const x of starts) {
    const c = clusters[clusters.length - 1];
    if (c && x - c.last <= CLUSTER_CHARS * cw) {
      c.last = x;
      c.support++;
    } else clusters.push({ x, last: x, support: 1 });
  }
  const edges = clusters.filter((c) => c.support >= MIN_SHIFT_EDGE_SUPPORT && !spans.some(([a, b]) => a < c.x - cw / 2 && b > c.x + cw / 2)).map((c) => c.x);
  const skipped = columns.length - edges.length;
  if (edges.length < MIN_SHIFTED_EDGES || skipped < 1) return null;
  // Nothing opens left of the first edge: the first columns are empty on this page.
  if (starts.some((x) => x < edges[0]! - cw / 2)) return null;
  const fit = edges.every((e, k) => {
    const i = skipped + k;
    return Math.abs(e - columns[i]!.x) <= MAX_SHIFT_CHARS * cw && e > columns[i - 1]!.x;
  });
  if (!fit || edges.every((e, k) => Math.abs(e - columns[skipped + k]!.x) < MIN_SHIFT_CHARS * cw)) return null;
  return columns.map((c, i) => (i < skipped ? c : { ...c, x: edges[i - skipped]! }));
}
/** Lines a page needs (a row's rest: a few lines of two or three columns). */
const MIN_SHIFT_LINES = 3;
/** Run starts this close (characters) are one edge: a hung marker and its text, jitter. */
const CLUSTER_CHARS = 3;
/** A page's column edge is where at least this many runs start. */
const MIN_SHIFT_EDGE_SUPPORT = 2;
/** Edges that must agree on the shift: three of the part's last columns in order, not any pair of starts. */
const MIN_SHIFTED_EDGES = 3;
/** A page's grid shifts at most this many characters from the header page's (as `pageAnchors`). */
const MAX_SHIFT_CHARS = 16;
/** Below this many characters at every edge the page did not move (jitter the cells' own rules absorb). */
const MIN_SHIFT_CHARS = 2;
