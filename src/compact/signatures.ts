/**
 * Signature blocks without a "Signature:" label: a name line, the signer's title under it (one to
 * three lines, perhaps the entity on a line of its own), and a date ("Date: 11 February 2015" or a
 * bare "19 January 2012"), above them a typed rule ("______") or a drawn line, or nothing. Two
 * blocks stand side by side (one line holds both names, each column continues under its own name)
 * or one under the other. Cells are the line's segments: in a PDF the text runs, in plain text the
 * runs of words between wide gaps, so both split the columns at the same place.
 */
import type { Line, Segment } from "../model/layout.js";
import type { CompactBody } from "../model/doc.js";
import { parseDate } from "../entities/dates.js";
import { isoDate } from "../normalize/date.js";
import { HONORIFIC, NAMED_OFFICE, ROLE_WORDS, isNameLine, opensWithRole } from "./frame.js";
import { cleanText } from "./text.js";
import { CHAR_WIDTH } from "../extract/text.js";
import { isJsSpace } from "../vocab/text.js";
import { joinWrapped } from "../tables/text.js";

/** A typed pen line: underscores (or dots) and nothing else. */
export const RULE_CELL_RE = /^[_.…]{8,}$/;
const DATE_LABEL_RE = /^Date\s*:?\s*/i;
/** A block's lines after its name: title (≤ 3), entity (≤ 2), date, with a page break between. */
const MAX_BLOCK_LINES = 10;
/**
 * A cell belongs to the column of the rightmost name that starts no further right than this
 * (points; two characters of the plain-text grid): a cell's start may wobble a little under its name.
 */
const COLUMN_SLACK = 10;
/**
 * A title runs on while the lines follow at the block's own step (name → title); a larger gap
 * (this many steps) is the space before the date or a page break.
 */
const TITLE_GAP = 1.6;

/** Under a rule, the title may stand this many lines below the name (a footer and a page break between). */
const MAX_TITLE_REACH = 3;
/** The line step (points) of a block whose title opens a new page: a text grid's line, a PDF's 12-point line. */
const DEFAULT_STEP = 12;

export interface SignatureBlock {
  /** Index of the first line of the block (its rule line, else its name line). */
  at: number;
  signatures: CompactBody["signatures"];
}

export interface Cell {
  text: string;
  x: number;
  /** The column when the producer knows it for certain (a Markdown table's cell): never cut. */
  column?: number;
}

export function cellsOf(line: Line): Cell[] {
  const segs: ReadonlyArray<Pick<Segment, "text" | "x" | "column">> = line.segments.length ? line.segments : [{ text: line.text, x: 0 }];
  return segs.map((s) => ({ text: cleanCell(s.text), x: s.x, ...(s.column === undefined ? {} : { column: s.column }) })).filter((c) => c.text);
}

/** Markdown emphasis left in a cell: "**" anywhere, "__" against a word at either end. */
const EMPHASIS_MARKS = /\*\*|^__(?=\p{L})|(?<=\p{L}\.?)__$/gu;

function cleanCell(s: string): string {
  // Every line's cells are cleaned; most hold no "**" or "__", and the test for one is a plain
  // search where the pattern (Unicode, with a look-behind) was 1.3 % of the DFS text's CPU profile.
  const unmarked = s.includes("**") || s.includes("__") ? s.replace(EMPHASIS_MARKS, "") : s;
  return cleanText(unmarked); // trimmed: cleanText ends with normalizeSpace
}

const isRuleLine = (cells: readonly Cell[]) => cells.length > 0 && cells.every((c) => RULE_CELL_RE.test(c.text));
/** Every cell a person's name (one per column). */
export const isNamesLine = (cells: readonly Cell[]) => cells.length >= 1 && cells.length <= 3 && cells.every((c) => isNameLine(c.text) && !CAPS_CONNECTIVE.test(c.text));
/** An entity printed in capitals ("DEPARTMENT OF SAFETY AND SECURITY") passes for a name but for its connectives. */
const CAPS_CONNECTIVE = /\b(?:OF|AND|FOR|THE|ON|IN)\b/;
/** A post title's cell: a role word among its first words (frame.ts opensWithRole). */
export const isTitleCell = opensWithRole;

/**
 * A date written with dots, day first ("10.04.2014"): the European and UN-Geneva way of writing a
 * date by hand or in a form's date field. Dots are never the US month-first form (that uses
 * slashes, which parseDate refuses as ambiguous), so under a signature the day comes first.
 */
const DOTTED_DATE_RE = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/;

/** The date a cell holds, as "Date: 11 February 2015", the bare date, or a dotted "10.04.2014". */
export function cellDate(text: string): string | null {
  const t = text.replace(DATE_LABEL_RE, "").replace(/[.,]$/, "").trim();
  if (t.length > 40 || !/\d/.test(t)) return null;
  const dotted = DOTTED_DATE_RE.exec(t);
  return dotted ? isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) : parseDate(t);
}

/**
 * A plain-text cell that runs into the next signature column: two columns one space apart are one
 * run on the character grid ("… Mission for Iraq Secretary-General"). It is cut where a later
 * column's name starts, when that character follows a space; a PDF's runs (not on a character
 * grid) and a Markdown table's cells (their column known) are left as they are.
 */
function splitGluedCell(cell: Cell, anchors: readonly number[]): Cell[] {
  if (cell.x % CHAR_WIDTH !== 0 || cell.column !== undefined) return [cell];
  for (const a of anchors) {
    const at = (a - cell.x) / CHAR_WIDTH;
    if (a % CHAR_WIDTH !== 0 || at <= 0 || at >= cell.text.length) continue;
    if (cell.text[at - 1] !== " " || cell.text[at] === " ") continue;
    return [{ text: cell.text.slice(0, at - 1).trimEnd(), x: cell.x }, ...splitGluedCell({ text: cell.text.slice(at), x: a }, anchors)];
  }
  return [cell];
}

/**
 * What opens a post title or a signature's date: a role word ("Secretary-General", "Director …",
 * "Under-Secretary-General …"), a rank before one ("Special Representative …", "Deputy …"), or
 * the "Date:" label.
 */
const TITLE_START_RE = new RegExp(`^(?:(?:${ROLE_WORDS.source})|(?:Special|Deputy|Acting|High|Senior|Principal|Associate)\\s|Date\\s*:)`, "i");
/** A rank that binds the role word after it: "Special Representative", "Executive Director" (the title goes on, no column starts). */
const RANK_BEFORE_ROLE_RE = /^(?:Special|Deputy|Acting|High|Senior|Principal|Associate|Assistant|Executive|Chief|Under-)$/i;

/**
 * A plain-text cell that runs into the next signature column with no space to find it by:
 * pdftotext sets the right column one space after a left title that its character grid prints
 * wider than the PDF does, left of where that column's name stands ("Special Representative of
 * the Secretary- Secretary-General", the name "António Guterres" eight characters further right).
 * The cell is cut before the last title start (a role word, a rank, "Date:") that lies left of the
 * next column's name and is not bound to the word before it ("Executive Director"); returns the
 * cell unchanged when it reaches no further column or holds no such start.
 */
export function splitAtTitleStart(cell: Cell, anchors: readonly number[]): Cell[] {
  if (cell.x % CHAR_WIDTH !== 0 || cell.column !== undefined) return [cell];
  const end = cell.x + cell.text.length * CHAR_WIDTH;
  const next = anchors.find((a) => a > cell.x + COLUMN_SLACK && a < end);
  if (next === undefined) return [cell];
  let cut = -1;
  for (let p = cell.text.indexOf(" "); p > 0; p = cell.text.indexOf(" ", p + 1)) {
    const at = p + 1;
    // A start may stand a character or two right of the name (COLUMN_SLACK): "… of the United
    // Secretary-General" with "António Guterres" one character further left.
    if (cell.x + at * CHAR_WIDTH > next + COLUMN_SLACK) break;
    const before = cell.text.slice(0, p).trimEnd();
    const last = before.slice(before.lastIndexOf(" ") + 1);
    if (before && TITLE_START_RE.test(cell.text.slice(at)) && !RANK_BEFORE_ROLE_RE.test(last)) cut = at;
  }
  if (cut < 0) return [cell];
  return [{ text: cell.text.slice(0, cut).trimEnd(), x: cell.x }, { text: cell.text.slice(cut), x: cell.x + cut * CHAR_WIDTH }];
}

/** Name particles isNameLine accepts in lower case (its particle test, case-insensitive). */
const NAME_PARTICLE = /^(?:de|da|del|van|von|al|bin|el|la|le|y|dos|der)$/i;
/** A name particle is at most this long ("de", "van", "dos"): a longer lower-case word is none. */
const MAX_PARTICLE_CHARS = 3;

/**
 * False where the line is surely no names line (isNamesLine of its cells), read from its raw runs
 * without cleaning them: a run that holds, past its first word (which cleanText may strip as a
 * list marker, once, after any words of emphasis marks only), a word that cleaning keeps whole and
 * that no name has — lower-case ASCII letters only, other than a particle, or a word with a digit.
 * Such a cell is not empty and fails isNameLine, so the line fails isNamesLine. Most lines of a
 * compact are prose or table cells and are passed over here, by char codes (this runs on every
 * line); test/compact/signatures.test.ts checks the implication.
 */
export function mayBeNamesLine(line: Line): boolean {
  const runs = line.segments.length ? line.segments : [{ text: line.text }];
  for (const run of runs) {
    const t = run.text;
    const n = t.length;
    let word = 0; // words read so far, not counting leading words of emphasis marks only
    for (let i = 0; i < n; ) {
      if (isJsSpace(t.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let lower = true, digit = false, marks = true;
      for (; i < n; i++) {
        const c = t.charCodeAt(i);
        if (isJsSpace(c)) break;
        if (c < 0x61 || c > 0x7a) lower = false;
        if (c >= 0x30 && c <= 0x39) digit = true;
        if (c !== 0x2a && c !== 0x5f) marks = false;
      }
      if (marks && word === 0) continue;
      if (word++ === 0) continue;
      if (digit) return false;
      if (lower && (i - start > MAX_PARTICLE_CHARS || !NAME_PARTICLE.test(t.slice(start, i)))) return false;
    }
  }
  return true;
}

/** Lines closer than this share of their font size are staggered pieces of one printed row (staggeredRows). */
export const STAGGER_OF_FONT = 0.8;
/**
 * Consecutive lines of a page closer together than their font's height, whose runs do not overlap
 * across, are one printed row set at staggered baselines: side-by-side signature blocks whose cells
 * differ in paragraph spacing (WeasyPrint, Word tables) put the right column half a line lower, so
 * the reader sees "name" / "name" / "title" / "title" as lines of their own. Two lines of one column
 * cannot stand closer than the height of their letters, so the geometry alone decides — when the
 * interleaving goes on past the pair (a single close pair is a column ending and the next one
 * beginning lower, as when a page break moved one cell's text). Returns the
 * rows and, for each, the index of its first line (a block's `at` is a line index).
 */
export function staggeredRows(lines: readonly Line[]): { rows: Line[]; index: number[] } {
  const rows: Line[] = [];
  const index: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    const first = lines[i]!;
    let row = first;
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      // Cheap tests first: this runs on every line of the document.
      if (next.page !== first.page || !row.segments.length || !next.segments.length || next.y - first.y >= STAGGER_OF_FONT * first.segments[0]!.fontSize) break;
      const size = Math.min(...row.segments.map((g) => g.fontSize), ...next.segments.map((g) => g.fontSize));
      const apart = (a: Line["segments"][number], b: Line["segments"][number]) => a.x + a.width <= b.x || b.x + b.width <= a.x;
      if (!(next.y - first.y < STAGGER_OF_FONT * size) || !next.segments.every((b) => row.segments.every((a) => apart(a, b)))) break;
      // Staggered columns interleave over several lines: a single close pair is one column ending
      // and the next beginning lower (a page break moved one cell's text), not a row.
      const close = (a: Line | undefined, b: Line | undefined) => !!a && !!b && a.page === b.page && a.segments.length > 0 && b.segments.length > 0 && b.y - a.y < STAGGER_OF_FONT * size;
      if (!close(lines[start - 1], first) && !close(next, lines[i + 2])) break;
      const segments = [...row.segments, ...next.segments].sort((a, b) => a.x - b.x);
      row = { ...row, segments, text: segments.map((g) => g.text).join("  ") };
      i++;
    }
    index.push(start);
    rows.push(row);
  }
  return { rows, index };
}

/**
 * Every signature block of the document, in order. Lines without any cell (blank, or markers
 * only) are passed over as if absent; a line's cells are cleaned only when the search reads them:
 * for a possible names line (mayBeNamesLine) and the lines around one, not for every line of the
 * document (cleaning every cell was ~60 % of this function on the DFS text).
 */
export function findSignatureBlocks(all: readonly Line[]): SignatureBlock[] {
  const { rows: lines, index: firstLine } = staggeredRows(all);
  const memo: Array<Cell[] | undefined> = [];
  const cells = (i: number): Cell[] => (memo[i] ??= cellsOf(lines[i]!));
  /** The next (previous) line holding a cell after (before) line i, or -1. */
  const nextText = (i: number): number => {
    for (let j = i + 1; j < lines.length; j++) if (cells(j).length) return j;
    return -1;
  };
  const prevText = (i: number): number => {
    for (let j = i - 1; j >= 0; j--) if (cells(j).length) return j;
    return -1;
  };
  const at = (i: number) => ({ i, l: lines[i]!, cells: cells(i) });
  const blocks: SignatureBlock[] = [];
  let docText: string | undefined;
  for (let k = 0; k < lines.length; k++) {
    // Blocks set side by side with tabs, read as one run a line (see readJoinedBlock).
    if (mayBeJoinedRules(lines[k]!.text) && cells(k).length === 1) {
      const n = joinedRules(cells(k)[0]!.text);
      const found = n === 2 ? readJoinedBlock(k, nextText, (i) => cells(i), () => (docText ??= all.map((l) => l.text).join(" ").replace(/\s+/g, " "))) : null;
      if (found) {
        blocks.push({ at: firstLine[k]!, signatures: found.signatures });
        k = found.end;
        continue;
      }
    }
    if (!mayBeNamesLine(lines[k]!) || !cells(k).length || !isNamesLine(cells(k))) continue;
    const head = at(k);
    const p = prevText(k);
    const prev = p < 0 ? undefined : at(p);
    const ruled = !!prev && isRuleLine(prev.cells);
    // The title stands right under each name: a role word in the first column's cell below. Under
    // a rule a page break may fall between the name and its title (the page's footer between).
    const reach = ruled ? MAX_TITLE_REACH : 1;
    let first = -1;
    for (let j = nextText(k), r = 0; j >= 0 && r < reach; j = nextText(j), r++) {
      if (cells(j).some((c) => isTitleCell(c.text))) {
        first = j;
        break;
      }
    }
    const under = first < 0 ? undefined : at(first);
    if (!under || (!ruled && under.l.page !== head.l.page)) continue;
    const anchors = head.cells.map((c) => c.x);
    // Where each column starts: its name, and where a cut found it on a line below (pdftotext
    // keeps a column pushed left of its name on the lines that follow).
    const starts: number[][] = anchors.map((a) => [a]);
    const columnOf = (x: number) => {
      let col = 0;
      starts.forEach((xs, j) => { if (xs.some((a) => a <= x + COLUMN_SLACK)) col = j; });
      return col;
    };
    const step = under.l.page === head.l.page ? Math.max(1, under.l.y - head.l.y) : DEFAULT_STEP;
    const titles: string[][] = head.cells.map(() => []);
    const dates: Array<string | null> = head.cells.map(() => null);
    const open = head.cells.map(() => true);
    // The title line follows its name at one step, even across a page break.
    let prevY = under.l.y - step, prevPage = under.l.page;
    let end = nextText(k);
    for (let j = first, n = 0; j >= 0 && n < MAX_BLOCK_LINES; j = nextText(j), n++) {
      const t = at(j);
      // The next block: a rule, or names with a title under them ("Peacekeeping Operations", a
      // title's second line, is no name line: a date or an office follows it).
      const b = nextText(j);
      const below = b < 0 ? undefined : at(b);
      if (isRuleLine(t.cells) || (isNamesLine(t.cells) && !!below && below.cells.some((c) => isTitleCell(c.text)))) break;
      // A page break ends the titles, unless the new page's line goes on right above the dates
      // ("Assistant Secretary-General for Peacebuilding" / page break / "Support  Secretary-General" /
      // "Date: …  Date: …"): a title's last line carried over, with the dates at one step under it.
      const carried =
        t.l.page !== prevPage &&
        !t.cells.some((c) => cellDate(c.text)) &&
        !!below &&
        below.l.page === t.l.page &&
        below.l.y - t.l.y <= TITLE_GAP * step &&
        below.cells.some((c) => cellDate(c.text));
      const gap = (t.l.page !== prevPage && !carried) || (t.l.page === prevPage && t.l.y - prevY > TITLE_GAP * step);
      if (gap) open.fill(false);
      // A cell is cut only where a later column's name stands (not inside a column found pushed left).
      const later = (cell: Cell) => anchors.filter((_, j) => j > columnOf(cell.x));
      const pieces = t.cells.flatMap((cell) => splitGluedCell(cell, later(cell))).flatMap((cell) => {
        const cut = splitAtTitleStart(cell, later(cell));
        // The cut's right part opens the column whose name it reached.
        if (cut.length > 1) starts[anchors.findIndex((a) => a > cell.x + COLUMN_SLACK)]!.push(cut[1]!.x);
        return cut;
      });
      // A line with one cell per column, which the columns' starts would not tell apart (the
      // dates at the top of the next page, set anew by pdftotext), is read in order.
      let cols = pieces.map((c) => columnOf(c.x));
      if (pieces.length === anchors.length && cols.some((col, j) => j > 0 && col <= cols[j - 1]!)) cols = pieces.map((_, j) => j);
      for (const [i, c] of pieces.entries()) {
        const col = cols[i]!;
        if (dates[col]) continue;
        const d = cellDate(c.text);
        if (d) {
          dates[col] = d;
          open[col] = false;
        } else if (open[col]) titles[col]!.push(c.text);
      }
      prevY = t.l.y;
      prevPage = t.l.page;
      end = j;
      if (dates.every(Boolean)) break;
    }
    // A name and a title with neither a rule above nor a date below is a header block or a list, no signature.
    if (!ruled && !dates.some(Boolean)) continue;
    // A typed rule too long for its column wraps over two lines (pandoc's grid table, a narrow cell).
    let top = ruled ? prev.i : head.i;
    for (let r = prevText(top); ruled && r >= 0 && isRuleLine(cells(r)); r = prevText(r)) top = r;
    blocks.push({
      at: firstLine[top]!,
      signatures: head.cells.map((c, j) => ({
        name: c.text.replace(HONORIFIC, ""),
        title: joinTitle(titles[j]!),
        date: dates[j] ?? null,
      })),
    });
    k = end;
  }
  return blocks;
}

/** A title's lines: wrapped lines join with a space (a line-end hyphen repaired); a line of its own naming an office after a whole title, with a comma. */
function joinTitle(parts: readonly string[]): string | null {
  if (!parts.length) return null;
  let out = parts[0]!;
  for (const p of parts.slice(1)) {
    const office = /^(?:Department|Office|United Nations|Economic)\b/.test(p) || NAMED_OFFICE.test(p);
    const wrapped = /\b(?:for|of|the|and|on|in|to)$/i.test(out) || /^\p{Ll}/u.test(p) || !office;
    // A word the title's wrap hyphenated ("… of Political and Peacebuild-" / "ing Affairs") joins
    // as the table cells' wrapped lines do (tables/text joinWrapped: "Secretary-" + "General" keeps it).
    out = wrapped ? joinWrapped(out, p) : `${out}, ${p}`;
  }
  return out;
}

/** Cheap test before the cells are cleaned: two typed rules on one line. */
const mayBeJoinedRules = (text: string) => (text.includes("________") || text.includes("........")) && /[_.…]{8,}\s+[_.…]{8,}/.test(text);

/** How many typed rules one cell holds, separated by spaces ("____ ____" → 2), or 0. */
function joinedRules(text: string): number {
  const parts = text.split(/\s+/);
  return parts.length >= 2 && parts.every((p) => RULE_CELL_RE.test(p)) ? parts.length : 0;
}

/** A page's number or "Page 3 of 4" between a block's lines (a page break inside the block). */
const PAGE_NUMBER_RE = /^(?:Page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i;
/** A word that binds the title start after it ("Special Adviser of the Secretary-General"): no cut there. */
const BINDING_WORD_RE = /^(?:of|the|to|for|and|on|in|at|a)$/i;

/**
 * Signature blocks set side by side with tab stops, not a table: each line of the pair is one
 * paragraph ("Name<TAB>Name", "Title<TAB>Secretary-General", "Date: …<TAB>Date: …"). A reader that
 * keeps no tab (Markdown, pandoc's or w3m's plain text, a PDF whose runs join) prints each pair as one
 * run with a space between: "____ ____" / "Mateus Eze-Okafor Ban Ki-moon" / "Special Coordinator …
 * Abuse Secretary-General" / "Date: 3 February 2016 Date: 9 February 2016". Under a line of two
 * rules, the next line is two names, then the titles, then two dates; each line is parted into
 * its two fields (splitTwoNames, splitTwoTitles, splitTwoDates). The block stands only when the
 * names part and the dates line is found within a few lines; else nothing is read.
 */
function readJoinedBlock(
  k: number,
  nextText: (i: number) => number,
  cellsAt: (i: number) => Cell[],
  docText: () => string,
): { signatures: CompactBody["signatures"]; end: number } | null {
  const single = (i: number) => (cellsAt(i).length === 1 ? cellsAt(i)[0]!.text : null);
  let j = nextText(k);
  const namesText = j < 0 ? null : single(j);
  const names = namesText ? splitTwoNames(namesText, docText) : null;
  if (!names) return null;
  const titleLines: string[] = [];
  for (let n = 0, i = nextText(j); i >= 0 && n < 5; i = nextText(i), n++) {
    const t = single(i);
    if (t === null) return null;
    if (PAGE_NUMBER_RE.test(t)) continue;
    const dates = splitTwoDates(t);
    if (dates) {
      const titles = titleLines.length ? splitTwoTitles(titleLines.join(" ")) : [null, null];
      return {
        signatures: names.map((name, c) => ({ name: name.replace(HONORIFIC, ""), title: titles[c] ?? null, date: dates[c]! })),
        end: i,
      };
    }
    if (RULE_CELL_RE.test(t.split(/\s+/)[0]!) || splitTwoNames(t, docText)) return null;
    titleLines.push(t);
  }
  return null;
}

/**
 * Two signers' names run together ("Mateus Eze-Okafor Ban Ki-moon"): the cut between words where
 * both sides are a name (isNameLine). Before an honorific ("Ms. A B Mr. C D") the cut is sure;
 * among several cuts ("Saoirse Ibekwe Kofi A. Annan": "… Kofi" / "A. Annan" is one too) the one
 * whose names the compact prints elsewhere (the preamble names both parties) is taken.
 */
export function splitTwoNames(text: string, docText: () => string): [string, string] | null {
  const words = text.split(/\s+/);
  if (words.length < 4 || words.length > 10) return null;
  const cuts: Array<[string, string]> = [];
  for (let i = 2; i <= words.length - 2; i++) {
    const a = words.slice(0, i).join(" "), b = words.slice(i).join(" ");
    if (!isNameLine(a) || !isNameLine(b) || CAPS_CONNECTIVE.test(a) || CAPS_CONNECTIVE.test(b)) continue;
    if (HONORIFIC.test(b)) return [a, b];
    cuts.push([a, b]);
  }
  if (cuts.length <= 1) return cuts[0] ?? null;
  const doc = docText();
  const elsewhere = (name: string) => doc.split(name.replace(HONORIFIC, "")).length > 2;
  const scored = cuts.map((c) => ({ c, n: c.filter(elsewhere).length }));
  const best = Math.max(...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best);
  return best > 0 && top.length === 1 ? top[0]!.c : null;
}

/** Two dates on one line: each after its "Date:" label, or the words parted where both sides are a date. */
export function splitTwoDates(text: string): [string, string] | null {
  const labelled = text.split(/(?=\bDate\s*:)/i).map((p) => p.trim()).filter(Boolean);
  if (labelled.length === 2) {
    const d = labelled.map(cellDate);
    return d[0] && d[1] ? [d[0], d[1]] : null;
  }
  const words = text.split(/\s+/);
  if (words.length > 8) return null;
  for (let i = 1; i < words.length; i++) {
    const a = cellDate(words.slice(0, i).join(" ")), b = cellDate(words.slice(i).join(" "));
    if (a && b) return [a, b];
  }
  return null;
}

/**
 * Two post titles run together ("Special Coordinator … and Abuse Secretary-General"): cut before
 * the last title start (TITLE_START_RE) that neither a rank ("Executive Secretary") nor a
 * connective ("Adviser of the Secretary-General") binds to the word before it. No such start: the
 * whole text is the first signer's title.
 */
export function splitTwoTitles(text: string): [string, string | null] {
  let cut = -1;
  for (let p = text.indexOf(" "); p > 0; p = text.indexOf(" ", p + 1)) {
    const before = text.slice(0, p).trimEnd();
    const last = before.slice(before.lastIndexOf(" ") + 1);
    if (TITLE_START_RE.test(text.slice(p + 1)) && !RANK_BEFORE_ROLE_RE.test(last) && !BINDING_WORD_RE.test(last)) cut = p;
  }
  return cut < 0 ? [text, null] : [text.slice(0, cut).trim(), text.slice(cut + 1).trim()];
}
