import type { Line } from "../model/layout.js";
import { ITEM_OPENING, markerKinds } from "../vocab/markers.js";
import { averageCharWidth, charCount, lineWords, MAX_ANCHOR_SHIFT_CHARS, numbersUnderItsObjective, type Word } from "./columns.js";

/**
 * pdftotext's grid: a list number ("1.") that ends a run one space after its last word, with the
 * next run of the line opening after a column gap, is the next column's first marker — not the
 * number that ends the run's sentence — when the table's list in that column stands right there:
 * at least RUN_END_MIN_LINES other lines of the page open a run with a number of the same kind
 * within MAX_ANCHOR_SHIFT_CHARS right of it (or a character left), and the run after the gap
 * opens, within a character, where the text after one of those numbers opens
 * ("To shorten the time needed to onboard civilian 1.     Claims …" over "2.     Network …",
 * corpus8 d8e-010; "… of member States to 1.      National …", d8e-011).
 *
 * Why it holds: pdftotext sets a line's text on the page's character grid and, where a cell's
 * longest line meets the next column, keeps one space and moves the next cell's marker left —
 * but the marker's text stays on the column's text edge. A sentence that ends on a number is
 * followed by the next column's text wherever that column opens, which is the place of another
 * list's *text* only by chance, and never also beside a column of numbers of its own kind
 * a few characters right. `gluedMarkerOpenings` asks the same of a marker inside a run; this is
 * its twin for a marker at a run's end (which `assignColumns`' hung-marker rule had to leave in
 * the cell, as "… service 2.      Better" is a sentence's end where no list stands beside it).
 */
export function runEndMarkerOpenings(line: Line, others: readonly Line[], wordsOf: (l: Line) => readonly Word[] = lineWords): Word[] {
  if (line.segments.length < 2) return [];
  const words = wordsOf(line);
  const charWidth = averageCharWidth(line);
  const found: Word[] = [];
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!, before = words[k - 1]!, after = words[k + 1]!;
    if (w.column !== undefined) continue;
    if (before.segment !== w.segment || after.segment === w.segment || !ITEM_OPENING.test(after.text)) continue;
    if (w.x - (before.x + charCount(before.text) * charWidth) > IN_RUN_GAP_CHARS * charWidth) continue;
    // An outline number under the objective number its run opens with ("10. To increase the uptake of 10.2").
    if (numbersUnderItsObjective(w, words)) { found.push(w); continue; }
    if (!RUN_END_NUMBER.test(w.text)) continue;
    const kinds = markerKinds(w.text);
    if (kinds.length === 0) continue;
    let aligned = 0;
    let textEdge = false;
    for (const l of others) {
      if (l === line) continue;
      const ws = wordsOf(l);
      const hit = ws.findIndex(
        (m, j) =>
          (j === 0 || ws[j - 1]!.segment !== m.segment) &&
          m.x >= w.x - MARKER_ALIGNED_CHARS * charWidth &&
          m.x <= w.x + MAX_ANCHOR_SHIFT_CHARS * charWidth &&
          markerKinds(m.text).some((kind) => kinds.includes(kind)),
      );
      if (hit < 0) continue;
      aligned++;
      const text = ws[hit + 1];
      if (text && Math.abs(text.x - after.x) <= TEXT_EDGE_CHARS * charWidth) textEdge = true;
    }
    if (aligned >= RUN_END_MIN_LINES && textEdge) found.push(w);
  }
  return found;
}

/** A list number with a full stop, the form a sentence can end on ("… service 2."). */
const RUN_END_NUMBER = /^\d{1,2}\.$/;
/** Words of one run are a space apart (1.5 characters allows for estimated positions). */
const IN_RUN_GAP_CHARS = 1.5;
/** A list's numbers stand up to a character apart (Word aligns "10." and "9." on their right). */
const MARKER_ALIGNED_CHARS = 1;
/** The text after the number opens within this many characters of the column list's text edge. */
const TEXT_EDGE_CHARS = 1;
/** The column's list: this many other lines open a run with such a number there (one stray start is no list). */
const RUN_END_MIN_LINES = 2;
