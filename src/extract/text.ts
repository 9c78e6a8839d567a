import type { Layout, Line, Page, Segment } from "../model/layout.js";
import { charCount, repairText } from "../vocab/text.js";

/**
 * Virtual geometry for text input, so thresholds written in points work for text and PDF alike:
 * a 10 pt font has glyphs about half an em wide and lines about 1.2 em apart.
 */
export const TEXT_FONT_SIZE = 10;
export const CHAR_WIDTH = 5;
export const LINE_HEIGHT = 12;
/** Tab-separated cells: the tab index is the column, so each tab jumps a whole column this wide. */
export const TAB_COLUMN_WIDTH = 200;
/**
 * Runs of spaces this long separate columns in space-aligned text (`pdftotext -layout`).
 * Two, not one: a single space is a word gap; sentence ends use at most two, so a run of two
 * inside prose also splits a line, which is harmless because prose lines are rejoined by column.
 */
export const MIN_COLUMN_GAP_SPACES = 2;
/** Form feed: pdftotext and old line-printer files mark page breaks with it. */
const PAGE_BREAK = "\f";

/** The shortest column gap, looked for with indexOf (splitCells runs on every line of a text document). */
const COLUMN_GAP = " ".repeat(MIN_COLUMN_GAP_SPACES);

/** Split one line into cells with their character offsets inside the line. */
export function splitCells(line: string): Array<{ text: string; offset: number; column: number | undefined }> {
  const cells: Array<{ text: string; offset: number; column: number | undefined }> = [];
  if (line.includes("\t")) {
    let offset = 0;
    line.split("\t").forEach((raw, column) => {
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) cells.push({ text, offset: offset + lead, column });
      offset += raw.length + 1;
    });
    return cells;
  }
  let last = 0;
  const push = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) cells.push({ text, offset: from + lead, column: undefined });
  };
  // Each gap is the leftmost run of MIN_COLUMN_GAP_SPACES spaces or more (/ {2,}/g), read by char codes.
  for (let at = line.indexOf(COLUMN_GAP); at >= 0; at = line.indexOf(COLUMN_GAP, last)) {
    let end = at + COLUMN_GAP.length;
    while (line.charCodeAt(end) === 0x20) end++;
    push(last, at);
    last = end;
  }
  push(last, line.length);
  return cells;
}

/** x of a cell: the tab index for tab-separated lines, else the character column. */
function cellX(cell: { offset: number; column: number | undefined }, line: string, printed: readonly number[] | null, plain: boolean): number {
  if (cell.column !== undefined) return cell.column * TAB_COLUMN_WIDTH;
  if (printed) return (printed[cell.offset] ?? 0) * CHAR_WIDTH;
  // Count characters as displayed: expand nothing (no tabs on this path).
  return (plain ? cell.offset : charCount(line.slice(0, cell.offset))) * CHAR_WIDTH;
}

/**
 * A high surrogate: only a text holding one can have a surrogate pair, the one thing `charCount`
 * counts other than `length` does. Tested once per document, so that a text without any (nearly
 * every one) skips the per-line and per-cell counts.
 */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * The printed character column of every offset of a repaired line (and one past its end), read
 * against the line as printed. Repairs change lengths — a ligature glyph takes one place on
 * pdftotext's grid but is two or three letters after repair; a soft hyphen inside a line takes one
 * and is dropped — and every column to its right on the line would shift with them.
 */
export function printedColumns(repaired: string, printed: string): number[] {
  const columns: number[] = [];
  let i = 0;
  let j = 0;
  let column = 0;
  while (i < repaired.length) {
    const c = printed.charAt(j);
    const step = j < printed.length ? (c.length && /[\uD800-\uDBFF]/.test(c) ? 2 : 1) : 0;
    const glyph = printed.slice(j, j + step);
    const letters = glyph && glyph !== repaired.charAt(i) ? repairText(glyph) : glyph;
    if (step && insertedComparisonSpace(repaired, i, glyph)) {
      // The space spaceGluedComparisons put in after a comparison sign: no place of its own on the grid.
      columns[i] = column;
      i++;
      continue;
    }
    if (step && letters.length > 0 && repaired.startsWith(letters, i)) {
      for (let k = 0; k < letters.length; k++) columns[i + k] = column;
      i += letters.length;
    } else if (step && letters !== glyph && repairText(glyph + "x") === "x") {
      // Dropped by the repair (a soft hyphen inside a line, a zero-width character): pdftotext
      // still gave it its place on the grid.
    } else {
      columns[i] = column;
      i++;
    }
    j += step;
    column++;
  }
  columns[repaired.length] = column;
  return columns;
}

/** At `i` of the repaired line, the space put in between a comparison sign and the printed digit `glyph`. */
function insertedComparisonSpace(repaired: string, i: number, glyph: string): boolean {
  return repaired.charAt(i) === " " && COMPARISON_SIGN.test(repaired.charAt(i - 1)) && /^\d$/.test(glyph) && repaired.charAt(i + 1) === glyph;
}

/** A comparison sign before a figure, printed with a space ("≥ 4") or glued to it ("≥4"). */
const SPACED_COMPARISON = /[≥≤] \d/u;
const GLUED_COMPARISON = /([≥≤])(?=\d)/gu;
const COMPARISON_SIGN = /^[≥≤]$/u;

/**
 * "≥4" → "≥ 4" in a text whose own lines print the sign spaced from its figure elsewhere.
 * pdftotext (-layout or not) puts words on a character grid, and a narrow space between a sign and
 * a one-digit figure (2.5 pt in a Typst PDF, "≥ 4" beside "≥ 123" in the same column, both with the
 * same gap in the PDF) can fall inside one grid cell and be lost. The text alone cannot tell a lost
 * space from a sign printed glued, so the document's own usage decides: a text that never spaces
 * the sign keeps every glued one as printed.
 */
export function spaceGluedComparisons(text: string): string {
  return SPACED_COMPARISON.test(text) ? text.replace(GLUED_COMPARISON, "$1 ") : text;
}

/**
 * Plain text → Layout. `text` must already be decoded with \n line ends. `printed`: the same text
 * before `repairText`, when it differs: segments are placed at their printed columns.
 */
export function textToLayout(text: string, printed?: string): Layout {
  const pages: Page[] = [];
  let page: Page = { number: 1, width: 0, height: 0, lines: [], rules: [], removed: [] };
  let offset = 0;
  let lineNo = 0;
  let yIndex = 0;
  const rawLines = text.split("\n");
  const printedLines = printed?.split("\n");
  const printedOf = printedLines && printedLines.length === rawLines.length ? printedLines : null;
  // No surrogate pair anywhere: every character count is the string's length.
  const plain = !HIGH_SURROGATE.test(text);
  const count = (s: string): number => (plain ? s.length : charCount(s));
  for (const rawWithBreaks of rawLines) {
    lineNo++;
    let raw = rawWithBreaks;
    let lineStart = offset;
    // A form feed starts a new page; it may sit at the start of a line (pdftotext) or alone.
    while (raw.startsWith(PAGE_BREAK)) {
      if (page.lines.length > 0 || pages.length > 0 || yIndex > 0) {
        pages.push(finishPage(page, yIndex));
        page = { number: pages.length + 1, width: 0, height: 0, lines: [], rules: [], removed: [] };
        yIndex = 0;
      }
      raw = raw.slice(1);
      lineStart++;
    }
    const y = yIndex * LINE_HEIGHT;
    const asPrinted = printedOf?.[lineNo - 1];
    const columns = asPrinted !== undefined && asPrinted !== rawWithBreaks ? printedColumns(rawWithBreaks, asPrinted) : null;
    const shift = rawWithBreaks.length - raw.length;
    const printedAt = columns ? columns.slice(shift).map((col) => col - (columns[shift] ?? 0)) : null;
    const segments: Segment[] = splitCells(raw).map((c) => {
      const x = cellX(c, raw, printedAt, plain);
      const seg: Segment = {
        text: c.text,
        x,
        y,
        width: printedAt ? ((printedAt[c.offset + c.text.length] ?? 0) - (printedAt[c.offset] ?? 0)) * CHAR_WIDTH : count(c.text) * CHAR_WIDTH,
        fontSize: TEXT_FONT_SIZE,
        page: page.number,
        line: lineNo,
        start: lineStart + c.offset,
        end: lineStart + c.offset + c.text.length,
      };
      if (c.column !== undefined) seg.column = c.column;
      return seg;
    });
    const line: Line = {
      page: page.number,
      line: lineNo,
      y,
      text: raw,
      start: lineStart,
      end: lineStart + raw.length,
      segments,
      kind: segments.length === 0 ? "blank" : "text",
    };
    page.lines.push(line);
    page.width = Math.max(page.width, count(raw) * CHAR_WIDTH);
    yIndex++;
    offset += rawWithBreaks.length + 1;
  }
  pages.push(finishPage(page, yIndex));
  return { format: "text", text, pages };
}

function finishPage(page: Page, lines: number): Page {
  return { ...page, height: lines * LINE_HEIGHT };
}
