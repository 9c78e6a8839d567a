/**
 * Where a PDF table column's cell text can reach: the right edge its lines wrap at, learned from
 * the page's geometry rather than from the column's own lines. A column whose items never wrap
 * (one-line measures in a wide last column, short accomplishments beside long measures) ends its
 * lines well short of its edge, so its own longest lines (`fullLineRight`) say nothing of its
 * width; the next column's left edge, the ruling lines and the page's text block do. With the
 * edge known, a line after which the next line's first word would have fitted ended its item —
 * the one cue left for items printed without markers or full stops (a spreadsheet cell's line
 * breaks, a LaTeX cell's paragraphs, corpus14 xlsx.pdf / xe.pdf).
 *
 * Session 22 (h-c14items).
 */
import type { Page } from "../model/layout.js";
import type { ColumnDef, TableLine } from "./columns.js";
import { charPositions } from "../provenance/widths.js";
import { leadsOn } from "./text.js";
import { LOWER_OPENING } from "../vocab/text.js";

/**
 * A column's learned edge. `proven`: measured from the table's own geometry (the next column's
 * left edge less the table's gutter, a ruled table's right edge less its padding), so a word that
 * fits before it with a character's slack would have fitted. Otherwise an estimate (the page's
 * text block): the caller asks for a wide margin.
 */
export interface CellEdge {
  x: number;
  proven: boolean;
}

/**
 * A left-aligned column: this many of its lines open within ALIGN_TOLERANCE_PT of its leftmost
 * opening, and their ends differ (centred text of equal widths opens at one x too, but ends at
 * one x as well; right-aligned and centred text of other widths opens at other x). Not a share
 * of the column's lines: a list's markers open at the cell's edge, its wrapped lines further in.
 */
const MIN_ALIGNED_LINES = 3;
const ALIGN_TOLERANCE_PT = 0.75;
/** A horizontal rule is flat to this (points) and belongs to the table when within this of its lines. */
const RULE_FLAT_PT = 0.5;
const RULE_NEAR_PT = 24;

/**
 * Per column of `lines` (one table layout in a PDF), the edge its cell text wraps at, or null when
 * the geometry does not tell. The sources, most exact first:
 * - the next column's left edge (where its left-aligned lines open) less the table's **gutter**.
 *   The gutter (padding on both sides of a column boundary) is at most the smallest distance any
 *   column's text comes to the next column's text (`nextLeft - right` over the table's lines): a
 *   line reaching that close proves the gutter no wider. Cell padding is the same in every
 *   column of a table (Word, LibreOffice, LaTeX's `\tabcolsep`, a browser's `padding`), so the
 *   objective column's long wrapped lines measure it for a measure column whose lines never wrap.
 * - the last column of a ruled table: the horizontal rules' right end less the padding the first
 *   column's text keeps from the rules' left end.
 * - the last column of a borderless table: the page's text block (`textRight`, the widest line of
 *   the pages of that width) — an estimate, not proven.
 * Each edge stays left of where the column's own wrapped lines show it ends (a line followed, in
 * the same cell, by a line opening in lower case: the next word did not fit).
 */
export function cellTextEdges(lines: readonly TableLine[], columns: readonly ColumnDef[], pages: ReadonlyMap<number, Page>, textRight: number | null): Array<CellEdge | null> {
  const n = columns.length;
  const lefts = columns.map((_, i) => alignedLeft(lines, i));
  let gutter = Infinity;
  for (let k = 0; k + 1 < n; k++) {
    const next = lefts[k + 1];
    if (next === null || next === undefined) continue;
    for (const l of lines) {
      const f = l.fill?.[k];
      // A line of one word may overflow its cell (no break in it: LaTeX's overfull
      // "police-contributing" in a narrow column, a long figure): it proves nothing.
      if (f && f.right < next && /\S\s+\S/.test((l.cells[k] ?? "").trim())) gutter = Math.min(gutter, next - f.right);
    }
  }
  const table = ruledExtent(lines, pages);
  const firstLeft = lefts.find((x) => x !== null) ?? null;
  return columns.map((_, i) => {
    let edge: CellEdge | null = null;
    const next = i + 1 < n ? lefts[i + 1] : undefined;
    if (next !== null && next !== undefined && Number.isFinite(gutter)) edge = { x: next - gutter, proven: true };
    else if (i + 1 === n && table && firstLeft !== null && firstLeft >= table.left) edge = { x: table.right - (firstLeft - table.left), proven: true };
    else if (i + 1 === n && textRight !== null) edge = { x: textRight, proven: false };
    if (!edge) return null;
    const wrapped = wrapLimit(lines, i);
    return wrapped !== null && wrapped < edge.x ? { x: wrapped, proven: edge.proven } : edge;
  });
}

/** Where column `i`'s left-aligned lines open, or null when its lines do not show one left edge. */
function alignedLeft(lines: readonly TableLine[], i: number): number | null {
  let min = Infinity, count = 0;
  for (const l of lines) {
    const left = l.fill?.[i]?.left;
    if (left === undefined) continue;
    count++;
    if (left < min) min = left;
  }
  if (count < MIN_ALIGNED_LINES) return null;
  const rights = new Set<number>();
  let aligned = 0;
  for (const l of lines) {
    const f = l.fill?.[i];
    if (f?.left === undefined || f.left - min > ALIGN_TOLERANCE_PT) continue;
    aligned++;
    rights.add(Math.round(f.right));
  }
  return aligned >= MIN_ALIGNED_LINES && rights.size > 1 ? min : null;
}

/**
 * The horizontal extent of the rules drawn across the table's lines (rows ruled or a grid): the
 * leftmost start and rightmost end of the flat rules lying among or just around the lines on
 * their pages. Null for a borderless table.
 */
function ruledExtent(lines: readonly TableLine[], pages: ReadonlyMap<number, Page>): { left: number; right: number } | null {
  const span = new Map<number, { top: number; bottom: number }>();
  for (const l of lines) {
    const s = span.get(l.page);
    if (s) {
      s.top = Math.min(s.top, l.y);
      s.bottom = Math.max(s.bottom, l.y);
    } else span.set(l.page, { top: l.y, bottom: l.y });
  }
  let left = Infinity, right = -Infinity, count = 0;
  for (const [page, s] of span) {
    for (const r of pages.get(page)?.rules ?? []) {
      if (Math.abs(r.y1 - r.y2) > RULE_FLAT_PT) continue;
      if (r.y1 < s.top - RULE_NEAR_PT || r.y1 > s.bottom + RULE_NEAR_PT) continue;
      left = Math.min(left, r.x1, r.x2);
      right = Math.max(right, r.x1, r.x2);
      count++;
    }
  }
  return count >= 2 ? { left, right } : null;
}

/**
 * The column's wrapped lines bound its edge: where a line of the column is followed in the same
 * cell (the next line of the column, on the same page, within WRAP_STEP_FACTOR × the column's
 * usual line step) by one opening in lower case, the next word did not fit, so the edge lies left
 * of that line's end plus a space and that word. The tightest such bound, or null.
 */
const WRAP_STEP_FACTOR = 1.6;
function wrapLimit(lines: readonly TableLine[], i: number): number | null {
  const own = lines.filter((l) => l.fill?.[i] && (l.cells[i] ?? "").trim());
  // The least step down between consecutive lines of one page (only the least is read: no array
  // of steps sorted per column and group).
  let step: number | undefined;
  for (let k = 1; k < own.length; k++) {
    const a = own[k - 1]!, b = own[k]!;
    if (b.page === a.page && b.y > a.y && (step === undefined || b.y - a.y < step)) step = b.y - a.y;
  }
  if (step === undefined) return null;
  let limit: number | null = null;
  for (let k = 1; k < own.length; k++) {
    const a = own[k - 1]!, b = own[k]!;
    if (a.page !== b.page || b.y - a.y > WRAP_STEP_FACTOR * step || b.y <= a.y) continue;
    const next = (b.cells[i] ?? "").trimStart();
    const above = (a.cells[i] ?? "").trimEnd();
    if (!LOWER_OPENING.test(next) || above.endsWith("-")) continue;
    const fa = a.fill![i]!, fb = b.fill![i]!;
    const first = next.split(/\s/)[0] ?? "";
    const charWidth = fb.firstWord / Math.max(1, [...first].length);
    const bound = fa.right + charWidth + fb.firstWord;
    if (limit === null || bound < limit) limit = bound;
  }
  return limit;
}

/**
 * The document's text block right edge per page width: the widest line's end on the pages of each
 * width (portrait and landscape pages differ). A borderless table's last column reaches it
 * roughly (a table set to the text width), so it is an estimate only.
 */
export function textBlockRights(pages: readonly Page[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of pages) {
    const key = Math.round(p.width);
    for (const l of p.lines) {
      for (const s of l.segments) {
        const right = s.x + s.width;
        if (right <= p.width && right > (out.get(key) ?? -Infinity)) out.set(key, right);
      }
    }
  }
  return out;
}

/** Two lines of one cell open at its left edge to this (points): an indented line is no item's first. */
const CELL_LEFT_TOLERANCE_PT = 1;
export function sameCellLeft(prev: TableLine, line: TableLine, i: number): boolean {
  const a = prev.fill?.[i]?.left, b = line.fill?.[i]?.left;
  return a !== undefined && b !== undefined && Math.abs(a - b) <= CELL_LEFT_TOLERANCE_PT;
}

/**
 * The line before would have taken this line's first word before `edge`, with a space and an
 * average character to spare, both lines opening at the cell's left edge. The word's width is
 * its share of this line's printed width by Helvetica's advance widths (`charPositions`): a
 * capital is twice an "i", and an even share per character made "Member" 8 pt short of its
 * print in a 12 pt line (corpus7 t7-008 html.pdf, "Staff from unrepresented" / "Member States
 * appointed." split at a wrap).
 */
export function fitsBeforeEdge(prev: TableLine, line: TableLine, i: number, edge: number): boolean {
  const a = prev.fill?.[i], b = line.fill?.[i];
  if (!a || !b || b.left === undefined || !sameCellLeft(prev, line, i)) return false;
  const text = (line.cells[i] ?? "").trim();
  const word = text.split(/\s/)[0] ?? "";
  if (!word || !text) return false;
  const width = b.right - b.left;
  const at = charPositions(text, true);
  const wordWidth = (at[word.length] ?? 1) * width;
  // The space after the first word when the line has one; else half the word's mean character.
  const space = text.length > word.length ? ((at[word.length + 1] ?? 1) - (at[word.length] ?? 1)) * width : (wordWidth / word.length) * 0.5;
  const spare = width / text.length;
  return a.right + space + wordWidth + spare < edge;
}

/**
 * A PDF cell line that opens an item though the line above would not have taken its first word
 * (session 23, h-xe2). A LaTeX cell (`\raggedright`, items as paragraphs with no `\parskip` in a
 * `p` column) and a spreadsheet's line breaks leave no gap, indent or short line between items:
 * an item whose next item's first word overruns the cell's edge looks like a wrap. What tells is
 * the words at the break. The line above ends on a word of its own — a plain lower-case word
 * ("… issued on schedule") or a figure ("… held: 30") — neither leading on (`leadsOn`: an article,
 * a preposition, a comma) nor capitalised (a name running on: "Member" / "States"); the line
 * opens a sentence — a capitalised word then a lower-case one ("Days to respond …") or a
 * percentage then a lower-case word ("73% of appraisals …"). A wrap falls before a capital only at
 * a name, and a name the document prints after a lower-case word elsewhere ("by Member States",
 * `capitalisedInside`) may be one here. The caller asks only in a column whose items end with no
 * full stop (items that do say where they end). Not past a page (a cell's next line within `step`,
 * the table's wrap step, of the line above), and both lines open at the cell's left edge.
 */
const SENTENCE_OPENING = /^["'‘“(]?\p{Lu}[\p{Ll}’'-]+\s+\p{Ll}/u;
const SHARE_OPENING = /^\d[\d,.]*\s?(?:%|per cent)\s+\p{Ll}/u;
/**
 * The line's last word: lower case throughout (not "… unrepresented Member"), or a figure; or
 * either closing a bracket ("… by the deadline (target: 90%)", "… (target: 96 days)", "(2005)"):
 * a bracket closed at the line's end is no name running on (corpus19 v19-011, unmarked measures
 * each stating its target in brackets, joined where the next one's first word overran the cell).
 */
const OWN_END = /(?:^|\s)(?:\p{Ll}[\p{Ll}’'-]+|\d[\d,.]*%?)$|(?:^|\s)[^\s()]*\((?:[^()]*\s)?(?:\p{Ll}[\p{Ll}’'-]+|\d[\d,.]*%?)\)$/u;
export function opensSentenceAfterWholeLine(prev: TableLine, line: TableLine, i: number, step: number, capitalisedInside: (word: string) => boolean, below?: TableLine, nameEnds: NameEnds = NO_NAME_ENDS): boolean {
  if (!nextLineOfCell(prev, line, i, step)) return false;
  const above = (prev.cells[i] ?? "").trim();
  if (leadsOn(above)) return false;
  const text = withWrappedSecondWord(line, below, i, step);
  if (!OWN_END.test(above) && !nameEnds(above, text)) return false;
  if (SHARE_OPENING.test(text)) return true;
  if (!SENTENCE_OPENING.test(text)) return false;
  return !capitalisedInside(openingWord(text));
}
/**
 * Plain text (session 40, h-chr2): the words at a page break. The cell's last line on a page ends on
 * a word of its own or a figure (`OWN_END`, no word that leads on) and the column's first line on the
 * next page opens a sentence (a capitalised word then a lower-case one, not a name the document
 * prints after a lower-case word: `capitalisedInside`) or a share: the item ended at the page foot
 * ("… requesting technical assistance" / header / "Positive feedback from", corpus5 g1-003
 * chromium.txt). The line-fill test cannot tell there (the next page's first word would not have
 * fitted), and `opensSentenceAfterWholeLine` asks for the next grid line of the same page. The caller
 * asks only where the row's items do not end with full stops (`wordsTell`).
 */
export function opensSentenceAcrossPage(prev: TableLine, line: TableLine, i: number, capitalisedInside: (word: string) => boolean): boolean {
  if (prev.page >= line.page) return false;
  const above = (prev.cells[i] ?? "").trim(), text = (line.cells[i] ?? "").trim();
  if (!OWN_END.test(above) || leadsOn(above)) return false;
  if (SHARE_OPENING.test(text)) return true;
  return SENTENCE_OPENING.test(text) && !capitalisedInside(openingWord(text));
}
/**
 * The cell's line, and when it holds one word only, the cell's next line (`below`: same page and
 * left edge, one wrap step down) after it: in a narrow column a sentence's second word wraps
 * ("Counterparts" / "change after" / "elections; …", "Accepted" / "recommendations" /
 * "implemented …", corpus19 val19 v19-004: a risks and a measures column 100 pt wide), and the
 * opening is read over the break.
 */
function withWrappedSecondWord(line: TableLine, below: TableLine | undefined, i: number, step: number): string {
  const text = (line.cells[i] ?? "").trim();
  if (!below || /\s/.test(text) || !nextLineOfCell(line, below, i, step)) return text;
  return `${text} ${(below.cells[i] ?? "").trim()}`;
}

/**
 * `line` is the next line of column `i`'s cell under `prev`: same page, same left edge in the
 * column, one grid line (`step`, NEXT_LINE_SLACK) down, measured at the column's own fill where a
 * line has one. What every test of the words at a break below asks first.
 */
function nextLineOfCell(prev: TableLine, line: TableLine, i: number, step: number): boolean {
  if (prev.page !== line.page || !sameCellLeft(prev, line, i)) return false;
  const dy = (line.fill?.[i]?.y ?? line.y) - (prev.fill?.[i]?.y ?? prev.y);
  return dy > 0 && dy <= step * NEXT_LINE_SLACK;
}

/**
 * Plain text (session 24): the words at the break tell only where a name cannot run on — the line
 * opens with a share ("76% of …"), the line above ends on a figure ("… opinion: 5" / "Business
 * leaders …"), or the capitalised word is a common one the document also prints in lower case
 * (`common`: HyphenLexicon.printedLowerCase). A capital after a plain word may be a title at a wrap
 * ("Transition plans agreed with host" / "Governments and country teams", corpus8 d8b-019;
 * "Countries reporting" / "Goal indicators …", d8d-018): session 21's guard for plain text.
 * The caller asks `opensSentenceAfterWholeLine` first.
 */
export function gridSentenceCue(prev: TableLine, line: TableLine, i: number, common: (word: string) => boolean): boolean {
  const above = (prev.cells[i] ?? "").trim(), text = (line.cells[i] ?? "").trim();
  if (SHARE_OPENING.test(text) || FIGURE_END.test(above)) return true;
  return common(openingWord(text));
}
const FIGURE_END = /(?:^|\s)\d[\d,.]*%?$/u;
/**
 * Plain text (session 38, h-pmall): the cell's line opens with a capitalised word and a
 * coordinating conjunction right after it ("Governments and" / "country teams" under "Transition
 * plans agreed with host", corpus8 d8b-019). A noun coordinated at its first word is a name phrase
 * that a wrap cut after its modifier ("host Governments and country teams"), not an item's opening:
 * an item opens on its head word and what it says of it ("Vacancies filled …", "Consultations held
 * …", "Percentage of …", "Investors attending …": the openings this exemption split on the tuning
 * splits, none coordinated). The words at the break then need `gridSentenceCue` as before.
 */
export function coordinatedOpening(line: TableLine, i: number): boolean {
  return COORDINATED_OPENING.test((line.cells[i] ?? "").trim());
}
const COORDINATED_OPENING = /^["'‘“(]?\p{Lu}[\p{L}’'-]*\s+(?:and|or)(?:\s|$)/u;

/**
 * Plain text: a measure states its figure once, opening with it ("72% of comprehensive reports
 * submitted on time") or closing on it after a colon ("Days to acknowledge a delisting request:
 * 6"). So a line opening with a share, then a line of the cell right under it (same left edge, one
 * grid line down, `step`) that opens a sentence and closes on a labelled figure, are two measures:
 * read as one, the measure would state two figures (corpus14 d14-016: a column of one-line
 * measures whose next first word would not have fitted on the line above). No name runs on past
 * a figure's statement, so the name guard of the words at the break (`capitalisedInside`: "Days"
 * printed after "Office's" elsewhere) does not apply.
 */
export function figureStatedTwice(prev: TableLine, line: TableLine, i: number, step: number): boolean {
  if (!nextLineOfCell(prev, line, i, step)) return false;
  const above = (prev.cells[i] ?? "").trim(), text = (line.cells[i] ?? "").trim();
  return SHARE_OPENING.test(above) && SENTENCE_OPENING.test(text) && LABELLED_FIGURE_END.test(text);
}
const LABELLED_FIGURE_END = /:\s*[<>≤≥]?\s*\d[\d,.]*\s*%?$/u;
/**
 * Plain text (session 33): measures that open with their figure ("66% of tickets purchased at" /
 * "least 16 days before travel" / "1,088 vendors registered from" / "developing countries",
 * corpus13 v13-020; "30 entities with a youth focal point" / "60 young speakers in …", v13-016). A
 * measure states its figure once, at its opening: so under an item whose first line (`first`)
 * opens with a figure and a lower-case word, a line of the cell (same left edge, one grid line
 * down, `step`) opening so again is the next measure — unless the line above leads on to it
 * ("… at least" / "16 days", "… within" / "72 hours": `leadsOn`) or does not end on a word of its
 * own. A year opens no measure ("… in" / "2010 baseline" is a wrap). Asked where the next first
 * word would not have fitted on the line above (the line-fill tests say nothing there).
 */
export function figureOpensAgain(first: TableLine, prev: TableLine, line: TableLine, i: number, step: number, afterName: NameEnds = NO_NAME_ENDS): boolean {
  if (!nextLineOfCell(prev, line, i, step) || !sameCellLeft(first, line, i)) return false;
  const opening = (first.cells[i] ?? "").trim(), above = (prev.cells[i] ?? "").trim(), text = (line.cells[i] ?? "").trim();
  return FIGURE_LED.test(opening) && FIGURE_LED.test(text) && !YEAR_LED.test(text) && (OWN_END.test(above) || (NAME_END.test(above) && afterName(above, text))) && !leadsOn(above);
}
/**
 * `afterName`: whether the line above may end on a capitalised word (a name: "… the Youth
 * Strategy"). A PDF's caller says yes to every name (`ANY_NAME_ENDS`); plain text asks
 * `nameClosesLine` (session 52).
 */
const NAME_END = /(?:^|\s)\p{Lu}[\p{L}’'-]*$/u;
/**
 * The words at a break after a name: does the line above (`above`) end an item on its last,
 * capitalised word, given the cell's next line (`text`)?
 */
export type NameEnds = (above: string, text: string) => boolean;
const NO_NAME_ENDS: NameEnds = () => false;
export const ANY_NAME_ENDS: NameEnds = () => true;
/**
 * Session 52 (h-items52): a name that closes at the line's end. The line above ends on a capitalised
 * word (a name: "… concluded with States", "… issued to the Council", "… report on the Youth
 * Strategy") that the document prints elsewhere where a name closes (`closed`: before a lower-case
 * word or a stop, "States in", "the Council."), and never one space before the next line's first
 * word (`together`: "Security Council", "Member States", "United Nations" are printed whole, so a
 * wrap between them is a name cut in two). Such a line ends on a word of its own as a line ending
 * on a plain word does (`OWN_END`): the words at the break may tell an item's end there. A name's
 * first word the document never closes ("Member", "United", "Advisory") still runs on.
 */
export function nameClosesLine(above: string, text: string, closed: (word: string) => boolean, together: (first: string, second: string) => boolean): boolean {
  const last = CLOSING_NAME.exec(above)?.[1];
  if (!last || !closed(last)) return false;
  return !together(last, openingWord(text));
}
const CLOSING_NAME = /(?:^|\s)(\p{Lu}\p{Ll}+(?:['’]s)?)$/u;
/**
 * A cell line's first word without the quote or bracket it may open with ("“Delivering" → "Delivering"):
 * the word the case and name tests read at a break. `text` as the caller has it (not trimmed here).
 */
export function openingWord(text: string): string {
  return (text.split(/\s/)[0] ?? "").replace(/^["'‘“(]/, "");
}
/** A figure (a count or a share) then a lower-case word: how a measure stating its figure first opens. */
const FIGURE_LED = /^\d[\d,.]*\s?(?:%|per cent)?\s+\p{Ll}/u;
/** A year then a word ("2010 baseline"): the tail of a date, never a measure's figure. */
const YEAR_LED = /^(?:19|20)\d\d\s/;
/**
 * Plain text (session 24): a measure line closed by its unit in brackets ("… by the end of the
 * period (percentage)", "… (number)"), under which a sentence or a share opens, ends its item: the
 * unit is the measure's last words, and a name does not run on after a bracket. Both lines open at
 * the cell's left edge, one grid line apart (`step`), same page (corpus13 d13-018). A two-word
 * name then a lower-case word opens one too (`NAME_OPENING`, session 26).
 */
export function unitClosesLine(prev: TableLine, line: TableLine, i: number, step: number): boolean {
  if (!nextLineOfCell(prev, line, i, step)) return false;
  const above = (prev.cells[i] ?? "").trim(), text = (line.cells[i] ?? "").trim();
  return UNIT_END.test(above) && (SENTENCE_OPENING.test(text) || SHARE_OPENING.test(text) || NAME_OPENING.test(text));
}
const UNIT_END = /\s\(\p{Ll}[\p{Ll} ]*\)$/u;
/**
 * Under a bracketed unit, a two-word name opening a sentence opens the next measure too ("…
 * against children (number)" / "Member States with a legal ban on …", corpus13 d13-003; session
 * 26): `SENTENCE_OPENING` wants a lower-case second word, but nothing runs on after the unit.
 */
const NAME_OPENING = /^["'‘“(]?\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u;
/** The cell's next line lies within this many wrap steps of the line above (rounding, a taller glyph). */
const NEXT_LINE_SLACK = 1.2;

/**
 * Per column, whether the table spaces its cells' paragraphs: two lines of the column one under
 * the other in a row (same page) lie further apart than the table's wrap step `step` by more than
 * SPACED_ITEM_PT — Word's or Writer's space after a paragraph in a cell ("… country teams" /
 * "National police …", corpus8 d8b-019 rtf.pdf: 15.4 pt against a 11.4 pt wrap step). A table that
 * spaces its items spaces every one of them, so where two lines sit one wrap step apart the
 * second went on with the first, whatever its words: the words at the break
 * (`opensSentenceAfterWholeLine`) are asked only in columns that never show a space.
 *
 * A hole is no space (session 40, h-pdf13): where the row's other columns print lines between the
 * two and the gap is a whole number of wrap steps (`onStepGrid`), the column only stopped while
 * its neighbours went on — a short accomplishment beside a long measure list, a measure with no
 * remark beside a wrapped remark (corpus13 tex.pdf: every grid and booktabs table of val13c
 * v13c-003 read as spaced, and its unmarked measures joined, "… children (percentage)" / "Country
 * visits …"). Space after a paragraph moves the column off the row's line grid.
 */
const SPACED_ITEM_PT = 1;
export function spacedColumns(blocks: ReadonlyArray<readonly TableLine[]>, width: number, step: number): boolean[] {
  return Array.from({ length: width }, (_, i) => {
    if (!Number.isFinite(step)) return false;
    return blocks.some((lines) => {
      let prev: TableLine | undefined;
      return lines.some((l) => {
        if (!(l.cells[i] ?? "").trim()) return false;
        const p = prev;
        prev = l;
        if (p === undefined || p.page !== l.page) return false;
        const gap = (l.fill?.[i]?.y ?? l.y) - (p.fill?.[i]?.y ?? p.y);
        return gap > step + SPACED_ITEM_PT && !(onStepGrid(gap, step) && lines.some((x) => x !== p && x !== l && x.page === l.page && x.y > p.y && x.y < l.y));
      });
    });
  });
}
/** `gap` is a whole number of wrap steps `step`, within SPACED_ITEM_PT (a hole in the row's line grid). */
function onStepGrid(gap: number, step: number): boolean {
  return Math.abs(gap - Math.round(gap / step) * step) <= SPACED_ITEM_PT;
}
