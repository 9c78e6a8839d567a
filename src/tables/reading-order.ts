import type { Line } from "../model/layout.js";
import { readLinearHeader, readMarker } from "./linearized.js";
import type { LinearHeader } from "./linearized.js";
import { stripMarker } from "../vocab/markers.js";

/**
 * Reading-order text: what `pdftotext` prints without `-layout` (its default mode), the way many
 * users make text from a PDF. Poppler groups a page's words into blocks (a table cell's lines, a
 * label, a paragraph) and prints the blocks in reading order, **a blank line after each block**, a
 * block's lines one under the other with nothing at their ends. A table comes out as a linearised
 * table (tables/linearized) printed as a viewer's copy is: its column labels one a block
 * (`Objectives` / blank / `Performance measures` / blank / `Expected results`), then each cell a
 * block of wrapped lines in reading order (a row's objective, then the cells beside it), nothing
 * printed for an empty cell. Two things differ from a viewer's copy, and this module mends them
 * before the linearised reader reads the table:
 *
 * - the labels are blocks of their own, a blank line between each two (`readReadingOrderHeader`);
 * - a wrapped line keeps no trailing space (MuPDF's copy keeps the break's space, which is how the
 *   linearised reader joins a paragraph's lines): inside a block every line goes on on the next,
 *   unless the next opens with a marker (a new item of the cell's list). `asViewerCopy` gives each
 *   such line the break's space back, so that the block reads as one paragraph per item.
 */

/** Label blocks read at most (a header has at most eight columns, a label at most four lines). */
const MAX_HEADER_LINES = 32;

/**
 * The header of a reading-order table whose labels stand in blocks of their own, one blank line
 * between each two, from `lines[at]`: the labels as the linearised reader reads them once the
 * blank lines between them are left out. Null when the labels are not so separated (no blank line
 * follows the first label's block: a text export's or a viewer's header, which readLinearHeader
 * reads) or fewer than two labels stand there. `end` indexes `lines` (the first line after the labels).
 */
export function readReadingOrderHeader(lines: readonly Line[], at: number): LinearHeader | null {
  const kept: number[] = [];
  let gaps = 0;
  for (let i = at; i < lines.length && kept.length < MAX_HEADER_LINES; i++) {
    if (lines[i]!.text.trim() !== "") {
      kept.push(i);
      continue;
    }
    // One blank line parts two blocks; two end the header (and whatever came after it).
    if (!kept.length || lines[i + 1] === undefined || lines[i + 1]!.text.trim() === "") break;
    gaps++;
  }
  if (!gaps) return null;
  const header = readLinearHeader(kept.map((k) => lines[k]!), 0);
  if (!header) return null;
  const last = kept[header.end - 1]!;
  // The labels must be blocks parted by blank lines: a blank line within the labels read.
  if (!lines.slice(at, last).some((l) => l.text.trim() === "")) return null;
  return { columns: header.columns, end: last + 1 };
}

/** A wrapped line that already says it goes on (the break's space, or a hyphen the next line completes). */
const GOES_ON = /[ \u00a0]$|\p{L}-$/u;

/**
 * The body of a reading-order table in the form of a viewer's copy: every non-blank line whose
 * block goes on on the next line (same page, not a blank line, not a marked item) ends with the
 * break's space. A marker printed alone on its line (`•`, poppler's block of a bullet set apart
 * from its text) is left as it is: the linearised reader opens the next line's item with it.
 */
export function asViewerCopy(body: readonly Line[]): Line[] {
  return body.map((line, k) => {
    const next = body[k + 1];
    const text = line.text;
    if (text.trim() === "" || !next || next.page !== line.page || next.text.trim() === "") return line;
    if (readMarker(next.text) !== null || GOES_ON.test(text)) return line;
    if (readMarker(text) !== null && stripMarker(text).text.trim() === "") return line;
    return { ...line, text: `${text} ` };
  });
}
