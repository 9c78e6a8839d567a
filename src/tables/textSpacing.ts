import { LOWER_OPENING } from "../vocab/text.js";
import type { TableLine } from "./columns.js";
import type { Line } from "../model/layout.js";
import { startsWithMarker } from "../vocab/markers.js";
import { CLAUSE_END } from "./text.js";

/**
 * Plain text (`pdftotext -layout`): the step between a cell's wrapped lines, when the text's
 * grid is finer than the table's lines.
 *
 * pdftotext sets each printed line on the nearest line of a character grid whose pitch is the
 * page's smallest line step. A table set with generous line spacing (CSS `line-height` 1.5 and
 * up, Chromium's intranet pages), or whose cells are centred half a line off each other, prints
 * a cell's wrapped lines two grid lines apart while another column's lines fill the grid lines
 * between them. The smallest distance between two lines (`linePitch`) is then half a wrap step,
 * and every blank line between a cell's own lines looks like a gap between rows. A wrap is the
 * one distance that is a line step for sure: the later line of the same column goes on with the
 * sentence in lower case. The table counts as spaced only when more of its wraps cross a blank
 * grid line than sit on consecutive ones (pdftotext never puts a blank line inside a paragraph
 * set single-spaced; a wrap two lines down with another column's line between is no evidence, as
 * a centred cell's line takes that place in any table). Then the wraps' mean step (the grid rounds
 * a 1.5-line step to 1 or 2) is the leading; otherwise the pitch stays.
 */
export function textWrapLeading(lines: readonly TableLine[], columns: number, pitch: number): number {
  if (!(pitch > 0)) return pitch;
  const steps: number[] = [];
  // Wraps on consecutive grid lines, and wraps with only blank grid lines between them.
  let adjacent = 0;
  let overBlank = 0;
  for (let c = 0; c < columns; c++) {
    let prev = -1;
    lines.forEach((l, k) => {
      const cell = (l.cells[c] ?? "").trim();
      if (!cell) return;
      const before = prev;
      const p = before >= 0 ? lines[before] : undefined;
      prev = k;
      if (!p || p.page !== l.page || l.y <= p.y || !WRAP_GOES_ON.test(cell) || startsWithMarker(cell)) return;
      const step = l.y - p.y;
      if (step > MAX_WRAP_PITCHES * pitch) return;
      steps.push(step);
      if (step < SPACED_SHARE * pitch) adjacent++;
      // No table line between the two (the lines are in reading order): only blank grid lines.
      else if (k === before + 1) overBlank++;
    });
  }
  // pdftotext puts no blank line inside a single-spaced paragraph: wraps over a blank line, more
  // of them than wraps on consecutive lines, show the grid finer than the cells' lines.
  if (overBlank < MIN_WRAPS || overBlank <= adjacent) return pitch;
  const mean = steps.reduce((a, b) => a + b, 0) / steps.length;
  return mean >= SPACED_SHARE * pitch ? mean : pitch;
}

const WRAP_GOES_ON = LOWER_OPENING;
/** Wraps needed to measure the step: one or two may be a cell's lines moved by centring. */
const MIN_WRAPS = 4;
const MAX_WRAP_PITCHES = 2.5;
/** A mean wrap step this many pitches or more: the grid is finer than the cells' lines. */
const SPACED_SHARE = 1.4;

/**
 * Plain text: `line`, one blank grid line under `prev` (an objective's line that did not end a
 * sentence), is that objective's wrapped rest when it goes on in lower case. pdftotext prints a
 * paragraph set with generous line spacing two grid lines a step ("Objective 2: To engage … in" /
 * "" / "cooperation with regional partners"); a row's first cell under a spanning objective opens
 * with a capital, a figure or a marker, never in lower case, so the blank line is no row gap there.
 */
export function wrapAfterOneBlank(prev: Pick<Line, "page" | "line" | "text">, line: Pick<Line, "page" | "line" | "text">): boolean {
  return oneBlankUnderOpenLine(prev, line) && WRAP_GOES_ON.test(line.text.trim());
}

/** `line` opens no item and stands one blank grid line under `prev`, on its page, and `prev` ended no clause. */
function oneBlankUnderOpenLine(prev: Pick<Line, "page" | "line" | "text">, line: Pick<Line, "page" | "line" | "text">): boolean {
  return prev.page === line.page && line.line - prev.line === 2 && !startsWithMarker(line.text.trim()) && !CLAUSE_END.test(prev.text.trim());
}

/**
 * Plain text: `line`, one blank grid line under `prev` (an objective's line that did not end a
 * clause), is that objective's wrapped rest also when it opens with a capital, if the next line
 * stands two or more blank grid lines under it: on pdftotext's spaced grid a spanning objective's
 * lines are one blank line apart and the row under it starts lower, past the cell padding
 * ("OBJECTIVE 1: To strengthen … of West African" / "" / "States in conflict prevention" / "" / ""
 * / "(a) Pillars …", corpus16 val16b v16-019, v16-022). A row's first line one blank line under the
 * objective has its own next line at most one blank line down (a wrap or a value).
 */
export function wrapBeforeSpacedRow(prev: Pick<Line, "page" | "line" | "text">, line: Pick<Line, "page" | "line" | "text">, next: Pick<Line, "page" | "line"> | undefined): boolean {
  return !!next && next.page === line.page && next.line - line.line > SPACED_ROW_STEP && oneBlankUnderOpenLine(prev, line);
}
/** Grid lines from a spaced objective's last line to the row under it: more than one blank line's step. */
const SPACED_ROW_STEP = 2;

// The objective's line above finished a sentence or a clause (text.ts's CLAUSE_END, not its
// endsSentence nor goesOnInLowerCase's test in index.ts, where a comma ends a list item): an
// objective's line ending in a colon or semicolon is finished, in a comma not, and any full stop
// ends it (kept as the tuned rule).
