import { VALUE_ROLES } from "../vocab/columns.js";
import { BEFORE_NAME, LOWER_OPENING } from "../vocab/text.js";
import { markerKinds } from "../vocab/markers.js";
import { ENDS_ON_HYPHEN } from "../vocab/broken.js";
import { MAX_ANCHOR_SHIFT_CHARS } from "./columns.js";
import type { ColumnDef, TableLine, Word } from "./columns.js";
import { leadsOn } from "./text.js";

/** A capitalised word of prose (two letters or more; a comma or semicolon may close it). */
const CAPITALISED_PROSE_WORD = /^\p{Lu}[\p{L}’'-]+[,;]?$/u;
/**
 * A word of a sentence in lower case, no punctuation after it (the sentence goes on past it). Not
 * vocab/broken's LOWER_SENTENCE_WORD, which also takes a broken word's hyphen and a comma after it.
 */
const UNPUNCTUATED_LOWER_WORD = /^\p{Ll}[\p{Ll}’'-]*$/u;
// A word opening in lower case (a sentence's word, not a cell's first): LOWER_OPENING, src/vocab/text.ts.

/** A prose column (no Baseline/Target value column, no Unit-like extra column). */
const proseColumn = (c: ColumnDef | undefined): boolean => c !== undefined && !VALUE_ROLES.has(c.role) && c.role !== "extra";

/**
 * Session 51 (h-gap51), pdftotext's grid: a prose cell's line glued by one space to the next prose
 * cell's line, the cut one word late — "… of confidence-building Key | posts fall vacant", "…
 * coordination meetings Rounds | of discussions held", "… waste management Women | among deployed
 * staff" (corpus20 Typst, corpus18 jsPDF, corpus8 Word, corpus14 Calc: the right cell's first word,
 * a capital, read into the left cell because its line starts a few characters left of the column's
 * edge). The cue is the sentence at the cut: the left cell's run goes on in lower case, a
 * capitalised word follows a word of that sentence that no name follows (not an article, a
 * preposition or a conjunction: `BEFORE_NAME`, so "in Latin America", "the Council" stay), and the
 * right cell's run goes on in lower case after it. Inside a sentence such a capital is rare; a
 * cell opens with one. So the capital opens the right cell, when it starts within
 * MAX_ANCHOR_SHIFT_CHARS of that column's edge (the most a row's grid shifts a column). Not a list
 * marker's word, nor a word broken at its hyphen; prose columns only.
 */
export function capitalAfterSentenceWord(words: readonly Word[], placed: number[], columns: readonly ColumnDef[], charWidth: number, above: readonly TableLine[] = [], page?: number): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const i = placed[k]!;
    if (!gluedAcrossCut(words, placed, k, i)) continue;
    const w = words[k]!, before = words[k - 1]!, after = words[k + 1]!;
    if (!proseColumn(columns[i]) || !proseColumn(columns[i + 1])) continue;
    if (!CAPITALISED_PROSE_WORD.test(w.text) || ENDS_ON_HYPHEN.test(w.text) || markerKinds(w.text).length > 0) continue;
    if (!UNPUNCTUATED_LOWER_WORD.test(before.text) || BEFORE_NAME.test(before.text) || markerKinds(before.text).length > 0) continue;
    if (!onlyRunInColumn(words, placed, k, i) || cellGoesOnFromAbove(above, page, i + 1)) continue;
    if (!LOWER_OPENING.test(after.text) || markerKinds(after.text).length > 0) continue;
    if (w.x < columns[i + 1]!.x - MAX_ANCHOR_SHIFT_CHARS * charWidth) continue;
    placed[k] = i + 1;
  }
}

/** Word k ends column i's run and word k + 1 opens column i + 1's, one run (segment) from the word before k on, none fixed beforehand. */
function gluedAcrossCut(words: readonly Word[], placed: readonly number[], k: number, i: number): boolean {
  const w = words[k]!, before = words[k - 1]!, after = words[k + 1]!;
  if (placed[k - 1] !== i || placed[k + 1] !== i + 1 || w.column !== undefined || after.column !== undefined) return false;
  return before.segment === w.segment && after.segment === w.segment;
}

/**
 * Session 51 (h-gap51), pdftotext's grid: the last word of a prose cell's run, glued by one space and
 * alone in the next column on its line, read into that column because it crosses (or starts past)
 * the column's edge: "… disaggregated by" with "by" in the Target column, "… efficiency of the
 * countries in" with "in" in the outcomes (corpus8 v8-016, corpus14 v14j-019, corpus18 v18-011,
 * corpus20 v20o-017). The cue is the word: an article, a preposition or a conjunction
 * (`BEFORE_NAME`), after which a sentence goes on. A cell's line made of that word alone would have
 * had room for the next word of its sentence beside it; the left cell's line wraps after it as a
 * line of prose does. So it ends the left cell's line. Only the run's last word with nothing else of
 * its column on the line, after a word of a prose column.
 */
export function sentenceWordAloneEndsLeftCell(words: readonly Word[], placed: number[], columns: readonly ColumnDef[]): void {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!, before = words[k - 1]!, i = placed[k]!;
    if (w.column !== undefined || before.segment !== w.segment || placed[k - 1] !== i - 1 || !proseColumn(columns[i - 1])) continue;
    if (words[k + 1]?.segment === w.segment || !BEFORE_NAME.test(w.text)) continue;
    if (placed.some((p, n) => n !== k && p === i) || !onlyRunInColumn(words, placed, k - 1, i - 1)) continue;
    placed[k] = i - 1;
  }
}

/**
 * Word k's run is the only text of column `col` on the line: two runs apart in one column mean the
 * column's edges are off on this line (one of them is the next column's), and the cut is not read
 * there ("Committee          ■ Energy use at", the measure's item read into the outcomes by a part's
 * edge 14 characters right of it: corpus11 val11 v11-005).
 */
function onlyRunInColumn(words: readonly Word[], placed: readonly number[], k: number, col: number): boolean {
  return placed.every((p, n) => p !== col || words[n]!.segment === words[k]!.segment);
}

/**
 * The nearest of the grid lines right above (`above`, on `page` when given) with text in column `col` ends it on
 * a word or mark the sentence leads on from (`leadsOn`: an article, a preposition, a hyphen): that
 * cell goes on on this line, so its text here opens in lower case and no capital opens it ("…
 * approved at" over "… unrepresented Member least 16 days", corpus4 f1-020 lo.txt; "… field pres‐"
 * over "… non-United Nations ences", corpus11 val11d v11d-003).
 */
function cellGoesOnFromAbove(above: readonly TableLine[], page: number | undefined, col: number): boolean {
  for (let n = above.length - 1; n >= 0; n--) {
    const a = above[n]!;
    if (page !== undefined && a.page !== page) continue;
    const cell = (a.cells[col] ?? "").trim();
    if (cell !== "") return leadsOn(cell);
  }
  return false;
}
