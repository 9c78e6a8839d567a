import { columnOfWord, HUNG_MARKER, opensRunAt, type ColumnDef, type Word } from "./columns.js";
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
export function joinJustifiedRuns(words: readonly Word[], columns: readonly ColumnDef[], charWidth: number, neighbours: ReadonlyArray<readonly Word[]> = []): readonly Word[] {
  const runs = runsOf(words);
  if (runs.length < 3) return words;
  const joined = new Map<number, number>();
  for (let r = 1; r + 1 < runs.length; r++) {
    const tail = tailRunsBeforeOpening(runs, r, columns, charWidth, neighbours);
    if (tail > 0) {
      const into = joined.get(runs[r - 1]![0]!.segment) ?? runs[r - 1]![0]!.segment;
      for (let t = r; t < r + tail; t++) joined.set(runs[t]![0]!.segment, into);
      r += tail - 1;
      continue;
    }
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

/**
 * Session 40 (h-typ23): the same justified line where the column's edge, read from the page's other
 * rows, stands left of the line's last word. Typst's grid shifts from row to row, so a part's edge
 * is where its leftmost shifted row opens that column, and a justified line of another row ends
 * there ("(i) Appraisals       finalized   on   Staff from unrepresented Member", corpus20 val20d
 * v20d-018: the measures open at 39 on this row, the part's edge is at 34, where "on" stands). The
 * row's own grid tells: the run after the word opens the next column exactly where the line right
 * above or below opens its cell there, clear of the text on its left (a cell's lines share their left
 * edge), and no such line opens a cell where the word stands. Then the word ends the cell on its left.
 *
 * Returns how many runs from `r` on so go to the run before them (0: none). Only runs of lower-case
 * words (a sentence's inside: no capital, figure, comparator or list marker, each of which opens a
 * cell), after a run that opens wholly in a prose column, in that column or the next by the edges,
 * at least one of them in the next; and the run that follows opens that next column, a prose one.
 */
function tailRunsBeforeOpening(runs: ReadonlyArray<readonly Word[]>, r: number, columns: readonly ColumnDef[], charWidth: number, neighbours: ReadonlyArray<readonly Word[]>): number {
  if (neighbours.length === 0) return 0;
  const before = runs[r - 1]!;
  const col = columnOfWord(before[0]!, columns, charWidth);
  if (VALUE_ROLES.has(columns[col]?.role ?? "objective") || VALUE_ROLES.has(columns[col + 1]?.role ?? "baseline")) return 0;
  if (!before.every((w) => columnOfWord(w, columns, charWidth) === col)) return 0;
  const opensAt = (x: number) => neighbours.some((nb) => opensRunAt(nb, x, charWidth));
  let s = r;
  let past = false;
  while (s < runs.length && !opensAt(runs[s]![0]!.x) && runs[s]!.every((w) => w.column === undefined && TAIL_WORD.test(w.text))) {
    const cols = runs[s]!.map((w) => columnOfWord(w, columns, charWidth));
    if (cols.some((c) => c !== col && c !== col + 1)) return 0;
    past ||= cols.includes(col + 1);
    s++;
  }
  const next = runs[s];
  if (s === r || !past || !next || s - r > MAX_TAIL_RUNS || columnOfWord(next[0]!, columns, charWidth) !== col + 1) return 0;
  if (!opensAt(next[0]!.x)) return 0;
  return s - r;
}

/** How many stretched runs of one justified line may stand right of the part's edge: the last word or two. */
const MAX_TAIL_RUNS = 2;
/** A word inside a sentence: lower case, maybe ending with a comma or semicolon, or a broken word's hyphen. */
const TAIL_WORD = /^\p{Ll}[\p{L}’'-]*[-\u00ad\u2010]?[,;]?$/u;
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
