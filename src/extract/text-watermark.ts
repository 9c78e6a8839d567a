import type { Layout, Line, Page } from "../model/layout.js";
import { isEnglishWord } from "../vocab/english.js";
import { LINE_HEIGHT } from "./text.js";

/**
 * A diagonal watermark ("DRAFT" stamped across a PDF's pages) in the PDF's plain text
 * (`pdftotext -layout`). pdftotext cannot set text drawn at 45° on its grid: it cuts the word into
 * its letters or pairs of letters and gives each piece a line of its own, at the piece's height on
 * the page, so that the word's pieces stand alone on lines spread down the page, each a few columns
 * left or right of the one above (`   FT` … ` RA` … `D`). Between body lines such a line breaks a
 * table's row, and a letter read as a cell corrupts it.
 *
 * A run of lines is a watermark when, on one page:
 * - each line holds nothing but one short piece of capital letters (`PIECE`): a diagonal word's
 *   letters fall on separate lines, set apart from every column of the text;
 * - its pieces, taken down the page, move steadily one way across it (each column strictly right,
 *   or strictly left, of the one above): the letters of one word drawn along a diagonal;
 * - read from left to right, the pieces spell one English word of `MIN_WORD` letters or more, and
 *   there are at least two pieces;
 * - the same word is found so on several pages (watermarkLines).
 * Real content does not do this: an item marker has its bracket or stop (`a)`, `A.`), a bullet is
 * lower case (`o`) or a symbol, and a column of them stands at one x; a wrapped capital heading's
 * lines ("OF" … "OF") do not spell a word when joined.
 */
const PIECE = /^\p{Lu}{1,4}$/u;
/** The shortest word read as a watermark: a 2–3 letter word is too easily spelt by chance. */
const MIN_WORD = 4;
/**
 * At most this many candidate lines on one page are tried together (every run of them is tested,
 * so the work is the square of it): a page of more lone capitals is a list of codes, not a stamp.
 */
const MAX_CANDIDATES = 40;
/**
 * A stamp is read only from a document with two pages or more that bear it: one page alone cannot
 * tell a stamp from a wrapped word, so a one-page text keeps its letters.
 */
const MIN_PAGES = 2;

export interface TextWatermark {
  page: number;
  /** The word the pieces spell, as printed. */
  word: string;
  /** 1-based source line numbers of the pieces. */
  lines: number[];
}

/**
 * The watermarks of a text layout's pages (each page's longest runs of pieces that spell a word),
 * kept only where the same word is stamped on `MIN_PAGES` pages or more and on at least half of the
 * document's pages: a draft's stamp marks its pages alike, while a header that wraps letter by
 * letter in a narrow column ("BAS" … "E" of "BASELINE") spells a word by chance once.
 */
export function watermarkLines(layout: Layout): TextWatermark[] {
  if (layout.format !== "text") return [];
  const found = layout.pages.flatMap((page) => pageWatermarks(page));
  const pagesOf = new Map<string, Set<number>>();
  for (const mark of found) pagesOf.set(mark.word, (pagesOf.get(mark.word) ?? new Set()).add(mark.page));
  const stamped = (word: string): boolean => {
    const pages = pagesOf.get(word)?.size ?? 0;
    return pages >= MIN_PAGES && pages * 2 >= layout.pages.length;
  };
  return found.filter((mark) => stamped(mark.word));
}

/** A line that holds only a short piece of capitals, with its column. */
interface Piece {
  line: Line;
  text: string;
  x: number;
}

function pieceOf(line: Line): Piece | null {
  const only = line.segments.length === 1 ? line.segments[0] : undefined;
  if (!only || !PIECE.test(only.text)) return null;
  return { line, text: only.text, x: only.x };
}

function pageWatermarks(page: Page): TextWatermark[] {
  const pieces = page.lines.map(pieceOf).filter((p): p is Piece => p !== null);
  if (pieces.length < 2 || pieces.length > MAX_CANDIDATES) return [];
  const found: TextWatermark[] = [];
  let from = 0;
  while (from < pieces.length - 1) {
    const run = longestWordRun(pieces, from);
    if (run) {
      found.push({ page: page.number, word: run.word, lines: run.pieces.map((p) => p.line.line) });
      from += run.pieces.length;
    } else from++;
  }
  return found;
}

/** The longest run of pieces starting at `from` that moves one way across the page and spells a word. */
function longestWordRun(pieces: readonly Piece[], from: number): { pieces: Piece[]; word: string } | null {
  for (let to = pieces.length; to >= from + 2; to--) {
    const run = pieces.slice(from, to);
    const word = diagonalWord(run);
    if (word) return { pieces: run, word };
  }
  return null;
}

/** The word a run of pieces spells read left to right, when their columns move one way down the page. */
function diagonalWord(run: readonly Piece[]): string | null {
  const steps = run.slice(1).map((p, i) => p.x - (run[i]?.x ?? p.x));
  const rising = steps.every((d) => d < 0);
  if (!rising && !steps.every((d) => d > 0)) return null;
  const word = (rising ? [...run].reverse() : run).map((p) => p.text).join("");
  return word.length >= MIN_WORD && isEnglishWord(word) ? word : null;
}

/**
 * The layout without its watermark lines: each is dropped from its page (kept in `removed` for
 * provenance) and the lines below it move up one line, as if pdftotext had not made room for it,
 * so that the body lines it split meet again. The warning counts the pieces and pages.
 */
export function removeTextWatermark(layout: Layout): { layout: Layout; warnings: Array<{ code: string; message: string; page: number | null; line: number | null }> } {
  const marks = watermarkLines(layout);
  if (marks.length === 0) return { layout, warnings: [] };
  const dropped = new Set(marks.flatMap((m) => m.lines));
  const pages = layout.pages.map((page) => (marks.some((m) => m.page === page.number) ? withoutLines(page, dropped) : page));
  const first = marks[0]!;
  const pageCount = new Set(marks.map((m) => m.page)).size;
  return {
    layout: { ...layout, pages },
    warnings: [
      {
        code: TEXT_WATERMARK_REMOVED,
        message: `${dropped.size} line(s) across ${pageCount} page(s) held only the letters of a word set along a diagonal ("${first.word}" on page ${first.page}), as a watermark's text is printed, and were left out`,
        page: first.page,
        line: first.lines[0] ?? null,
      },
    ],
  };
}

export const TEXT_WATERMARK_REMOVED = "TEXT_WATERMARK_REMOVED";

function withoutLines(page: Page, dropped: ReadonlySet<number>): Page {
  const lines: Line[] = [];
  const removed = [...page.removed];
  let lift = 0;
  for (const line of page.lines) {
    if (dropped.has(line.line)) {
      removed.push({ text: line.text.trim(), y: line.y - lift, reason: "watermark" });
      lift += LINE_HEIGHT;
      continue;
    }
    lines.push(lift === 0 ? line : { ...line, y: line.y - lift, segments: line.segments.map((s) => ({ ...s, y: s.y - lift })) });
  }
  return { ...page, lines, removed, height: page.height - lift };
}
