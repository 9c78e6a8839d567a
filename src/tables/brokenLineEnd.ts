import { VALUE_ROLES } from "../vocab/columns.js";
import { charCount } from "../vocab/text.js";
import { HUNG_MARKER, lowerRunOpensAt, runHead } from "./columns.js";
import type { ColumnDef, Word } from "./columns.js";

/**
 * pdftotext's grid, justified narrow cells with hyphenation (corpus20 typst.txt): a run whose last
 * word is a piece broken at its line's end, the run opened in column `col − 1` and its last words
 * read into `col` by their x ("– Briefings delivered to the Security Coun­" with the measure's edge
 * at "Coun­", corpus20 val20g v20g-012; "ings; mitigation: informal con­" with the result's edge at
 * "con­", val20k v20k-009; "praisals of all staff before the dead­", val20n v20n-019). A word is
 * broken only where its cell's line ends, and its rest opens the cell's next line: when the grid line
 * right below opens a run in lower case where this run's text opens (the head's x, or the text after
 * its hung marker: "cil." under "Briefings", "sultations" under "ings;", "line" under "praisals") and
 * has no word under the tail — from the tail's first word or `col`'s edge, whichever is further left,
 * less BLOCK_DRIFT_CHARS, to the piece's end — the tail is the left cell's line, not the next cell's
 * first. A word under the tail says `col`'s cell goes on below and the run under the head is the left
 * cell's own next line (`wordUnder`). Session 48's `brokenWordRestBelowLeft` reads the same cue for a
 * piece with more of the run after it; here the piece ends the run. Prose columns only.
 */
export function brokenLineEndRestBelowLeft(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number, wordsBelow: readonly Word[]): void {
  if (wordsBelow.length === 0) return;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.column !== undefined || words[k + 1]?.segment === w.segment || !BROKEN_PIECE_WORD.test(w.text)) continue;
    const col = placed[k]!;
    if (col < 1 || VALUE_ROLES.has(columns[col]!.role) || VALUE_ROLES.has(columns[col - 1]!.role)) continue;
    const head = runHead(words, k);
    if (placed[head] !== col - 1) continue;
    let tail = k;
    while (tail > head + 1 && placed[tail - 1] === col) tail--;
    // A tail that opens with a list marker is the next cell's item, glued on ("views presented with ◦ 81% of
    // participants rat‐" over "support from the De‐", corpus11 val11c v11c-006 txt: Word set the measure's
    // next line two grid lines down, and "support" is the accomplishment's own).
    if (HUNG_MARKER.test(words[tail]!.text)) continue;
    const rest = restOpensUnderHead(words, head, wordsBelow, charWidth);
    const from = Math.min(words[tail]!.x, columns[col]!.x);
    if (!rest || wordUnder(wordsBelow, from, w, charWidth)) continue;
    for (let m = tail; m <= k; m++) placed[m] = col - 1;
  }
}

/** A whole word broken at its line's end: letters, then a hyphen (typed, soft as printed, U+2010). */
const BROKEN_PIECE_WORD = /^\p{L}+[-\u00ad\u2010]$/u;

/** The word of the grid line below that opens a run in lower case where the run's text opens (its head, or the word after a hung marker). */
function restOpensUnderHead(words: readonly Word[], head: number, below: readonly Word[], charWidth: number): Word | undefined {
  const opening = HUNG_MARKER.test(words[head]!.text) && words[head + 1]?.segment === words[head]!.segment ? [words[head]!.x, words[head + 1]!.x] : [words[head]!.x];
  for (const x of opening) {
    const rest = lowerRunOpensAt(below, x, charWidth);
    if (rest !== undefined) return rest;
  }
  return undefined;
}

/**
 * A word of the grid line below starts under the tail, from `from` (less BLOCK_DRIFT_CHARS) to the
 * piece's end: the tail's cell goes on below, its own line ("To mobilize funding Field assessment
 * mis­" over "for joint economic sions completed.", corpus20 val20 v20-004: "completed." one character
 * left of "assessment", the accomplishment's cell glued to the objective on both lines; "tle a
 * disagreement charts agreed by the par­" over "in the field (target: ties", d20-015: "ties" at 49
 * under the accomplishment's edge at 50).
 */
function wordUnder(below: readonly Word[], from: number, piece: Word, charWidth: number): boolean {
  const end = piece.x + charCount(piece.text) * charWidth;
  return below.some((o) => o.x >= from - BLOCK_DRIFT_CHARS * charWidth && o.x < end);
}

/**
 * How far (characters) a justified row block's lines set the same cell's edge apart: pdftotext places
 * each line's words on its own ("assessment" at 27 over "completed." at 26, corpus20 v20-004; "agreed"
 * at 51 over "ties" at 48, dev20 d20-015). index.ts' gluedInsideRowBlock reads the same drift.
 */
export const BLOCK_DRIFT_CHARS = 3;
