import { columnOfWord, HUNG_MARKER, type ColumnDef, type Word } from "./columns.js";
import { VALUE_ROLES } from "../vocab/columns.js";
import { startsWithMarker } from "../vocab/markers.js";

/**
 * pdftotext's grid (`-layout`): a justified cell's line prints its stretched word gaps as runs of
 * spaces, so one cell's line comes in several runs, and its last word can stand a few characters
 * left of the next column's edge ("Appraisals     finalized    on   Staff from …", "Kilometres
 * of       830 (2011)"). The rules that move a run printed a little left of an edge into the
 * next column (the row set on a grid of its own, a value printed left of its label) then give
 * that word to the next cell. The line's own grid tells them apart: the next run of the line opens
 * that next column itself, at its edge. A cell's line opens its column once, so two runs cannot
 * both open it; the one left of the edge is the end of the cell before.
 *
 * Returns the line's words with such a run's words given the segment of the run before it, so
 * `assignColumns` reads the two runs as one run of the left cell. Only a run that lies, with the
 * run before it, wholly in one prose column (by the edges alone), opens with a word (no figure, no
 * comparator, no list marker: a value or an item opens a cell) and is followed by a run that opens
 * the column right of it.
 */
export function joinJustifiedRuns(words: readonly Word[], columns: readonly ColumnDef[], charWidth: number): readonly Word[] {
  const runs = runsOf(words);
  if (runs.length < 3) return words;
  const joined = new Map<number, number>();
  for (let r = 1; r + 1 < runs.length; r++) {
    const before = runs[r - 1]!, run = runs[r]!, next = runs[r + 1]!;
    if (run.some((w) => w.column !== undefined)) continue;
    const col = columnOfWord(before[0]!, columns, charWidth);
    if (VALUE_ROLES.has(columns[col]?.role ?? "objective")) continue;
    // Both runs wholly in one column by its edges: a run straddling an edge is another rule's case.
    if (![...before, ...run].every((w) => columnOfWord(w, columns, charWidth) === col)) continue;
    if (columnOfWord(next[0]!, columns, charWidth) !== col + 1) continue;
    const first = run[0]!.text;
    if (!WORD_OPENING.test(first) || HUNG_MARKER.test(first) || startsWithMarker(first)) continue;
    joined.set(run[0]!.segment, joined.get(before[0]!.segment) ?? before[0]!.segment);
  }
  if (joined.size === 0) return words;
  return words.map((w) => (joined.has(w.segment) ? { ...w, segment: joined.get(w.segment)! } : w));
}

/** A run that opens with a letter: a sentence's word, not a figure, comparator or bracket. */
const WORD_OPENING = /^\p{L}/u;

/** The line's words grouped by segment (a run between column gaps), in order. */
function runsOf(words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  for (const w of words) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.segment === w.segment) last.push(w);
    else runs.push([w]);
  }
  return runs;
}
