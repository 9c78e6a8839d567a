import type { TableLine } from "./columns.js";
import type { Line } from "../model/layout.js";
import { startsWithMarker } from "../vocab/markers.js";

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
 * sentence in lower case. Their mean (the grid rounds a 1.5-line step to 1 or 2) is the leading
 * when it is clearly more than the pitch; otherwise the pitch stays (single-spaced text, where
 * wraps sit on consecutive grid lines, is unchanged).
 */
export function textWrapLeading(lines: readonly TableLine[], columns: number, pitch: number): number {
  if (!(pitch > 0)) return pitch;
  const steps: number[] = [];
  for (let c = 0; c < columns; c++) {
    let prev: TableLine | null = null;
    for (const l of lines) {
      const cell = (l.cells[c] ?? "").trim();
      if (!cell) continue;
      if (prev && prev.page === l.page && l.y > prev.y && WRAP_GOES_ON.test(cell) && !startsWithMarker(cell)) steps.push(l.y - prev.y);
      prev = l;
    }
  }
  if (steps.length < MIN_WRAPS) return pitch;
  // Far gaps are no wraps (a cell's rest after a hole): only steps up to two and a half pitches.
  const near = steps.filter((s) => s <= MAX_WRAP_PITCHES * pitch);
  if (near.length < MIN_WRAPS || near.length < steps.length / 2) return pitch;
  const mean = near.reduce((a, b) => a + b, 0) / near.length;
  return mean >= SPACED_SHARE * pitch ? mean : pitch;
}

const WRAP_GOES_ON = /^\p{Ll}/u;
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
  const text = line.text.trim();
  return prev.page === line.page && line.line - prev.line === 2 && WRAP_GOES_ON.test(text) && !startsWithMarker(text) && !SENTENCE_END.test(prev.text.trim());
}

const SENTENCE_END = /[.!?:;]$/;
