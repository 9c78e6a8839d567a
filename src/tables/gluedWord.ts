import type { Layout, Line, Page, Segment } from "../model/layout.js";
import { isEnglishWord } from "../vocab/english.js";
import { charCount } from "../vocab/text.js";
import { SAME_PLACE_CHARS } from "./columns.js";

/**
 * Session 40 (h-mu16): pdftotext `-layout` of a TeX print. A narrow column's long word that TeX
 * could not break overruns its cell to the next column's edge ("police-contributing" in an
 * Objective column 19 characters wide), and pdftotext sets the next cell's text right after it
 * with no space: "police-contributingdelivered" (corpus13 v13d-001, v13d-013, v13d-019 txt). One
 * segment then holds two cells' words, the next cell's first word is read into the objective, and
 * the rows around it shift. The page's geometry says where the cut is: the next column's text
 * opens at one character position on the lines around, and the run crosses that position inside a
 * word. The cut is made only where it parts two words and the run was not one word: the head's
 * last word and the tail's first are English, their join is not (a word that merely overruns into an
 * empty neighbour, "understanding" across an edge, stays whole).
 */

/** Lines above and below (on the page) whose openings show where a column's text starts. */
const OPENING_WINDOW_LINES = 6;
/** A column edge is shown by this many runs opening there after a gap on the lines around. */
const MIN_OPENINGS = 2;
/** The shortest word either side of a cut (shorter pieces are English by chance: "tan" of "Afghanistan" in a spanning objective line, corpus dev-033 chromium.txt). */
const MIN_PIECE_LETTERS = 4;

/** How far (characters) left of its column's edge pdftotext may set a cell glued one space on (gluedTail's OPENS_ALIGNED_CHARS). */
const GLUED_SHIFT_CHARS = 3;

/** A word opening at `x` opens the column whose edge is `edge`, shifted left by a glue at most. */
function opensAtEdge(x: number, edge: number, charWidth: number): boolean {
  return x >= edge - GLUED_SHIFT_CHARS * charWidth && x < edge + SAME_PLACE_CHARS * charWidth;
}

/** The letters a piece ends with (after its last hyphen) and the ones the next piece opens with. */
const TRAILING_LETTERS = /\p{L}+$/u;
const LEADING_LETTERS = /^\p{L}+/u;

/** The lines near `at` on its page (not itself). */
function linesNear(lines: readonly Line[], at: number): Line[] {
  return lines.slice(Math.max(0, at - OPENING_WINDOW_LINES), at + OPENING_WINDOW_LINES + 1).filter((l) => l !== lines[at]);
}

/**
 * x positions where a run opens after a gap (not a line's first run) on `near`, in order: one loop
 * (it ran as a `flatMap` of slices, filters and maps for every line with a long run, and was this
 * file's costliest line).
 */
function openingsOf(near: readonly Line[]): number[] {
  const out: number[] = [];
  for (const l of near) {
    const segments = l.segments;
    for (let k = 1; k < segments.length; k++) if (segments[k]!.column === undefined) out.push(segments[k]!.x);
  }
  return out;
}

/**
 * The cut word's column keeps short of the edge on the lines around: every run there that opens
 * where the cut run opens (its column's edge, MIN_OPENINGS of them at least) ends before the edge,
 * or has a word opening at the edge (the next cell glued one space on, pdftotext shifting it up to
 * GLUED_SHIFT_CHARS left: "cash position of managers able", corpus13 v13-001). A column whose own lines
 * run past the edge is wider than the cut says: the word is its own (a one-word overrun, "Workplan"
 * under "(iv) 98% of workshops rated useful", corpus dev-013 chromium.txt; "extrabudgetary" among
 * a Risks column's longer lines, corpus10 d10-013).
 */
function columnStopsShort(near: readonly Line[], seg: Segment, edge: number, charWidth: number): boolean {
  const same = (a: number, b: number) => Math.abs(a - b) < SAME_PLACE_CHARS * charWidth;
  const runs = near.flatMap((l) => l.segments.filter((s) => s.column === undefined && same(s.x, seg.x)));
  const gluedOn = (s: Segment) => [...s.text.matchAll(/\S+/g)].some((m) => m.index > 0 && opensAtEdge(s.x + m.index * charWidth, edge, charWidth));
  return runs.length >= MIN_OPENINGS && runs.every((s) => s.x + s.width < edge || gluedOn(s));
}

/**
 * The run crosses another column edge before `edge` (runs open there after a gap on MIN_OPENINGS
 * lines around): a line spanning the table ("OBJECTIVE 1: To promote … through the Peacebuilding
 * Fund", corpus5 g2-013 lo.txt), not one cell's line run into the next cell.
 */
function crossesEdgeBefore(seg: Segment, edge: number, openings: readonly number[], charWidth: number): boolean {
  const half = SAME_PLACE_CHARS * charWidth;
  return openings.some((x) => x > seg.x + half && x < edge - half && openings.filter((y) => Math.abs(y - x) < half).length >= MIN_OPENINGS);
}

/** Offset in `seg.text` where a word crossing a column edge shown by `openings` is cut, or null. */
function gluedCut(seg: Segment, openings: readonly number[], near: readonly Line[]): number | null {
  const n = charCount(seg.text);
  if (n === 0 || seg.text.length !== n) return null;
  const charWidth = seg.width / n;
  for (const m of seg.text.matchAll(/\S+/g)) {
    const word = m[0];
    const left = seg.x + m.index * charWidth, right = left + word.length * charWidth;
    if (!openings.some((x) => x > left && x < right)) continue;
    for (let p = MIN_PIECE_LETTERS; p <= word.length - MIN_PIECE_LETTERS; p++) {
      const edge = seg.x + (m.index + p) * charWidth;
      if (openings.filter((x) => Math.abs(x - edge) < SAME_PLACE_CHARS * charWidth).length < MIN_OPENINGS) continue;
      if (crossesEdgeBefore(seg, edge, openings, charWidth)) continue;
      const head = TRAILING_LETTERS.exec(word.slice(0, p))?.[0];
      const tail = LEADING_LETTERS.exec(word.slice(p))?.[0];
      if (!head || !tail || head.length < MIN_PIECE_LETTERS || tail.length < MIN_PIECE_LETTERS) continue;
      if (head.length !== p && !/-$/.test(word.slice(0, p - head.length))) continue;
      if (isEnglishWord(head) && isEnglishWord(tail) && !isEnglishWord(head + tail) && columnStopsShort(near, seg, edge, charWidth)) return m.index + p;
    }
  }
  return null;
}

/** `seg` cut at code unit `at` into two runs, each at its place on the grid. */
function cutSegment(seg: Segment, at: number): [Segment, Segment] {
  const charWidth = seg.width / Math.max(seg.text.length, 1);
  const head = seg.text.slice(0, at), tail = seg.text.slice(at);
  return [
    { ...seg, text: head, width: head.length * charWidth, end: seg.start + at },
    { ...seg, text: tail, x: seg.x + at * charWidth, width: tail.length * charWidth, start: seg.start + at },
  ];
}

function ungluePage(page: Page): Page {
  let changed = false;
  const lines = page.lines.map((line, at) => {
    if (line.segments.length === 0) return line;
    let near: Line[] | null = null, openings: number[] | null = null;
    const segments: Segment[] = [];
    for (const seg of line.segments) {
      if (seg.column !== undefined) {
        segments.push(seg);
        continue;
      }
      near ??= linesNear(page.lines, at);
      openings ??= openingsOf(near);
      const cut = openings.length >= MIN_OPENINGS ? gluedCut(seg, openings, near) : null;
      if (cut === null) segments.push(seg);
      else segments.push(...cutSegment(seg, cut));
    }
    if (segments.length === line.segments.length) return line;
    changed = true;
    return { ...line, segments };
  });
  return changed ? { ...page, lines } : page;
}

/**
 * The layout with every word a TeX overrun glued to the next column's text cut at that column's edge
 * (see the file's head); plain text only (a PDF's runs and Markdown's cells come apart already).
 */
export function cutWordsGluedAtColumnEdge(layout: Layout): Layout {
  if (layout.format !== "text") return layout;
  let changed = false;
  const pages = layout.pages.map((p) => {
    const q = ungluePage(p);
    if (q !== p) changed = true;
    return q;
  });
  return changed ? { ...layout, pages } : layout;
}
