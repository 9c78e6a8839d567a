import type { Layout, Line } from "../model/layout.js";

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
