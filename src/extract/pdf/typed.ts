/**
 * A typed page: text set in one fixed-pitch font on a character grid (a plain-text file printed by
 * enscript, a2ps or a line printer, an e-mailed compact printed from a mail client), so that every
 * glyph, the space included, is one pitch wide and starts a whole number of pitches from the page's
 * left text edge. Such a page is a text file on paper: its columns are runs of spaces, as in a
 * `.txt` input (extract/text.ts splits a line at MIN_COLUMN_GAP_SPACES), and a run of two spaces —
 * the gap between two columns of a space-aligned table, or between a box table's `|` and a cell
 * padded to its width — is a column gap. The glyph reader (pdf/glyphs.ts) joins glyphs across up
 * to PADDING_SPACES spaces and the line builder then reads the spaces as one, so a typed page's
 * runs are cut here at every run of two spaces or more, each piece placed at its own character
 * column: the page then reads as the same text would as a `.txt` file. One font in one pitch on
 * one grid is not enough (a Word document set in Courier New has it): a typed page's columns are
 * typed too — a box border drawn in characters, or gutters of space characters that many lines
 * share (typedColumns).
 */

import type { GlyphRun } from "./lines.js";
import type { TypedGrid } from "../../model/layout.js";
import { MIN_COLUMN_GAP_SPACES } from "../text.js";

/** A page needs this many runs of three characters or more to be judged typed. */
const MIN_TYPED_RUNS = 20;
/** Share of those runs whose ink width is their character count times the page's pitch. */
const MIN_PITCH_SHARE = 0.95;
/** Share of all runs that start a whole number of pitches from the page's left edge. */
const MIN_GRID_SHARE = 0.95;
/** Pitch and grid tolerance (share of the pitch). */
const PITCH_SLACK = 0.02;
/** A fixed-pitch font's advance is 0.6 em (Courier, Liberation Mono, DejaVu Sans Mono: 0.60–0.62). */
const MIN_PITCH_EM = 0.5;
const MAX_PITCH_EM = 0.7;

/**
 * The page's character grid when its runs are typed text on one grid, else null: the one decision
 * that a page is typed, stored on the layout page (Page.typed) for the box-table reader.
 */
export function typedPitch(runs: readonly GlyphRun[]): TypedGrid | null {
  const long = runs.filter((r) => r.text.trimEnd().length >= 3);
  if (long.length < MIN_TYPED_RUNS) return null;
  const size = long[0]!.fontSize;
  if (long.some((r) => Math.abs(r.fontSize - size) > 0.01 * size)) return null;
  const pitch = onePitch(long.map((r) => r.width / r.text.trimEnd().length));
  if (pitch === null || pitch < MIN_PITCH_EM * size || pitch > MAX_PITCH_EM * size) return null;
  const left = Math.min(...runs.map((r) => r.x));
  const onGrid = runs.filter((r) => {
    const k = (r.x - left) / pitch;
    return Math.abs(k - Math.round(k)) <= PITCH_SLACK * 5;
  }).length;
  if (onGrid < MIN_GRID_SHARE * runs.length) return null;
  return typedColumns(runs, pitch, left) ? { pitch, left } : null;
}

/** A column gap is shared when this many lines … */
const MIN_GAP_LINES = 4;
/** … among this many lines in a row (lines with text: blank lines are none) have one across one column. */
const GAP_WINDOW_LINES = 6;
/** A column gap typed in spaces: MIN_COLUMN_GAP_SPACES spaces or more between text and text. */
const TYPED_GAP = new RegExp(`(?<=[^ \0]) {${MIN_COLUMN_GAP_SPACES},}(?=[^ \0])`, "g");
/** A box table's full border drawn in characters, corner to corner (extract/box-tables.ts): "+----+-----+", "+====+". */
const BOX_BORDER = /^\+(?:[-=]{2,}\+)+$/;

/**
 * Whether the page's columns are typed: a box table's border drawn in characters, or a column gap
 * typed in spaces that many lines close together share — MIN_GAP_LINES of GAP_WINDOW_LINES lines
 * in a row hold MIN_COLUMN_GAP_SPACES space characters or more, between text and text, across one
 * column. This is the cue a typed copy has and a word processor's page set in a fixed-pitch font
 * lacks. A plain-text file's table pads each cell to its column with typed spaces (space-aligned,
 * or up to a box table's bar), so its gutters are spaces in the text, one under the other; a Word
 * or LibreOffice document in Courier New places each table cell's text at the cell's edge (no space
 * glyphs between the cells' runs, whether or not the cells fall on the character grid), and the
 * two spaces after a full stop in its prose fall at any column (none of 1,359 pages of the tuning
 * corpora's prose wrapped at 80 or 118 columns with two spaces after each sentence had such a
 * gutter but a table of contents' dot leaders). Without the cue the page's runs are read as any
 * page's: a Word document in Courier New reads as it did before typed pages were read.
 */
function typedColumns(runs: readonly GlyphRun[], pitch: number, left: number): boolean {
  // The page's lines, top to bottom, as characters on the grid: each run's text (its spaces
  // typed) from its column, "\0" where no run's text reaches.
  const byLine: GlyphRun[][] = [];
  for (const r of [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x)) {
    const line = byLine[byLine.length - 1];
    if (line && Math.abs(r.baseline - line[0]!.baseline) <= 0.3 * r.fontSize) line.push(r);
    else byLine.push([r]);
  }
  const gutters: Array<Set<number>> = [];
  for (const line of byLine) {
    let chars = "";
    for (const r of line.sort((a, b) => a.x - b.x)) {
      const col = Math.max(0, Math.round((r.x - left) / pitch));
      // A run's trailing spaces may reach past the next run's column: they end there.
      chars = (col >= chars.length ? chars.padEnd(col, "\0") : chars.slice(0, col)) + r.text.replace(/\t/g, " ");
    }
    if (BOX_BORDER.test(chars.replace(/\0/g, " ").trim())) return true;
    const across = new Set<number>();
    for (const m of chars.matchAll(TYPED_GAP)) for (let c = m.index; c < m.index + m[0].length; c++) across.add(c);
    gutters.push(across);
  }
  return gutters.some((g, i) => [...g].some((col) => gutters.slice(i, i + GAP_WINDOW_LINES).filter((o) => o.has(col)).length >= MIN_GAP_LINES));
}

/**
 * The median of `pitches` (widths per character) when MIN_PITCH_SHARE of them lie within
 * PITCH_SLACK of it: text set in one fixed-pitch font. Else null.
 */
function onePitch(pitches: readonly number[]): number | null {
  const sorted = [...pitches].sort((a, b) => a - b);
  const pitch = sorted[Math.floor(sorted.length / 2)];
  if (pitch === undefined || !(pitch > 0)) return null;
  const onPitch = sorted.filter((p) => Math.abs(p - pitch) <= PITCH_SLACK * pitch).length;
  return onPitch < MIN_PITCH_SHARE * sorted.length ? null : pitch;
}

const COLUMN_GAP = new RegExp(` {${MIN_COLUMN_GAP_SPACES},}`, "g");

/**
 * A typed page's runs (`grid`: its typedPitch) cut at every run of MIN_COLUMN_GAP_SPACES spaces or
 * more, each piece at its character column (and opening a cell of its own: segmentLine never joins
 * it back). Other pages' runs (grid null) are returned as they are.
 */
export function typedPageRuns(runs: GlyphRun[], grid: TypedGrid | null): GlyphRun[] {
  if (!grid) return runs;
  const { pitch } = grid;
  return runs.flatMap((run) => {
    if (!run.text.includes("  ")) return [run];
    const pieces: GlyphRun[] = [];
    let from = 0;
    const push = (to: number) => {
      const text = run.text.slice(from, to);
      const lead = text.length - text.trimStart().length;
      const t = text.trim();
      if (!t) return;
      const { seams: _seams, ...rest } = run;
      pieces.push({ ...rest, text: t, x: run.x + (from + lead) * pitch, width: t.length * pitch, ...(pieces.length > 0 || run.opensCell ? { opensCell: true } : {}) });
    };
    COLUMN_GAP.lastIndex = 0;
    for (let m = COLUMN_GAP.exec(run.text); m; m = COLUMN_GAP.exec(run.text)) {
      push(m.index);
      from = m.index + m[0].length;
    }
    push(run.text.length);
    return pieces.length ? pieces : [run];
  });
}
