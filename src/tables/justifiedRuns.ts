import { columnOfWord, HUNG_MARKER, opensRunAt, type ColumnDef, type Word } from "./columns.js";
import { VALUE_ROLES } from "../vocab/columns.js";
import { startsWithMarker } from "../vocab/markers.js";
import { charCount } from "../vocab/text.js";
import { LOWER_SENTENCE_WORD } from "../vocab/broken.js";

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
  // Words moved alone: the head of a run whose later word opens the next column (tailRunsBeforeOpening).
  const moved = new Map<Word, number>();
  for (let r = 1; r + 1 < runs.length; r++) {
    const tail = tailRunsBeforeOpening(runs, r, columns, charWidth, neighbours);
    if (tail) {
      const into = joined.get(runs[r - 1]![0]!.segment) ?? runs[r - 1]![0]!.segment;
      for (let t = r; t < r + tail.runs; t++) joined.set(runs[t]![0]!.segment, into);
      for (const w of runs[r + tail.runs]!.slice(0, tail.head)) moved.set(w, into);
      r += tail.runs - 1 + (tail.head > 0 ? 1 : 0);
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
  if (joined.size === 0 && moved.size === 0) return words;
  return words.map((w) => (moved.has(w) ? { ...w, segment: moved.get(w)! } : joined.has(w.segment) ? { ...w, segment: joined.get(w.segment)! } : w));
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
 * The opening may also be a later word of a run whose head words are the tail, glued to it by one
 * space ("Women mediators        trained    and Average time to deploy …" over "deployed.   mission.",
 * v20d-003: "Average" opens where "mission." opens the measures on the next line).
 *
 * Returns how many whole runs from `r` on, and how many head words of the run after them, go to the
 * run before them (null: none). Only words in lower case (a sentence's inside: no capital, figure,
 * comparator or list marker, each of which opens a cell), after a run that opens wholly in a prose
 * column, in that column or the next by the edges, at least one of them in the next; and the word
 * after them opens that next column, a prose one.
 */
function tailRunsBeforeOpening(runs: ReadonlyArray<readonly Word[]>, r: number, columns: readonly ColumnDef[], charWidth: number, neighbours: ReadonlyArray<readonly Word[]>): { runs: number; head: number } | null {
  if (neighbours.length === 0) return null;
  const before = runs[r - 1]!;
  const col = columnOfWord(before[0]!, columns, charWidth);
  if (VALUE_ROLES.has(columns[col]?.role ?? "objective") || VALUE_ROLES.has(columns[col + 1]?.role ?? "baseline")) return null;
  if (!before.every((w) => columnOfWord(w, columns, charWidth) === col)) return null;
  const opensAt = (x: number) => neighbours.some((nb) => opensRunAt(nb, x, charWidth));
  const isTail = (w: Word) => w.column === undefined && LOWER_SENTENCE_WORD.test(w.text);
  const inColumns = (ws: readonly Word[]) => ws.every((w) => [col, col + 1].includes(columnOfWord(w, columns, charWidth)));
  let s = r;
  while (s < runs.length && !opensAt(runs[s]![0]!.x) && runs[s]!.every(isTail)) s++;
  const next = runs[s];
  if (!next || s - r > MAX_TAIL_RUNS) return null;
  // The run after the tail opens the next column, or a later word of it does after head words of the tail.
  let head = 0;
  if (!opensAt(next[0]!.x)) {
    while (head < next.length && head < MAX_TAIL_RUNS && isTail(next[head]!) && !opensAt(next[head]!.x)) head++;
    if (head === 0 || head >= next.length || !opensAt(next[head]!.x)) return null;
  }
  const tail = [...runs.slice(r, s).flat(), ...next.slice(0, head)];
  // Something to mend: a tail word right of the edge, or head words glued to the opening (a glued
  // run goes to the column its later words open, whatever the edges say of its head).
  if (tail.length === 0 || !inColumns(tail) || !(head > 0 || tail.some((w) => columnOfWord(w, columns, charWidth) === col + 1))) return null;
  // The tail stands in the white space between the cells on the lines beside it: under a word of a
  // neighbouring line it is that line's cell's wrapped text (a risk's hanging "content" under
  // "- Translation capacity limited", corpus8 dev8e d8e-007).
  const overlaps = (a: Word, b: Word) => a.x < b.x + charCount(b.text) * charWidth && b.x < a.x + charCount(a.text) * charWidth;
  if (tail.some((t) => neighbours.some((nb) => nb.some((o) => overlaps(o, t))))) return null;
  if (columnOfWord(next[head]!, columns, charWidth) !== col + 1) return null;
  return { runs: s - r, head };
}

/** How many stretched runs of one justified line may stand right of the part's edge: the last word or two. */
const MAX_TAIL_RUNS = 2;
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
