import type { Layout, Line, Page, Segment } from "../model/layout.js";
import type { Box, Warning } from "../model/output.js";
import { isEnglishWord } from "../vocab/english.js";
import { CHAR_WIDTH, LINE_HEIGHT } from "./text.js";

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
  /** The word the pieces spell, as printed (for a stamp cut by the page's edge, the part the page shows). */
  word: string;
  /** 1-based source line numbers of the pieces that stand alone on their lines. */
  lines: number[];
  /** Pieces glued onto a body line (pdftotext set the stamp's letters on the same row as a cell): their line and segment. */
  glued?: Array<{ line: number; segment: number }>;
}

/**
 * The watermarks of a text layout's pages (each page's longest runs of pieces that spell a word),
 * kept only where the same word is stamped on `MIN_PAGES` pages or more and on at least half of the
 * document's pages: a draft's stamp marks its pages alike, while a header that wraps letter by
 * letter in a narrow column ("BAS" … "E" of "BASELINE") spells a word by chance once. A page where
 * pdftotext glued a piece onto a body line, or where the page's edge cut the diagonal, shows the
 * stamp too (`pageStamp`): once the word is known from two pages, such a page's run that spells a
 * contiguous part of it is the same stamp.
 */
export function watermarkLines(layout: Layout): TextWatermark[] {
  if (layout.format !== "text") return [];
  const whole = layout.pages.map((page) => pageStamp(page, (word) => word.length >= MIN_WORD && isEnglishWord(word)));
  const pagesOf = new Map<string, Set<number>>();
  for (const mark of whole.flat()) pagesOf.set(mark.word, (pagesOf.get(mark.word) ?? new Set()).add(mark.page));
  const words = [...pagesOf].filter(([, pages]) => pages.size >= MIN_PAGES).map(([word]) => word);
  if (words.length === 0) return [];
  const isPart = (word: string): boolean => word.length >= MIN_PART && words.some((w) => w.includes(word));
  const found = layout.pages.flatMap((page, i) => (whole[i]!.some((m) => words.includes(m.word)) ? whole[i]! : pageStamp(page, isPart)));
  const stampOf = (word: string): string | undefined => words.find((w) => w.includes(word));
  const pages = new Map<string, Set<number>>();
  for (const mark of found) {
    const stamp = stampOf(mark.word);
    if (stamp) pages.set(stamp, (pages.get(stamp) ?? new Set()).add(mark.page));
  }
  const stamped = (word: string): boolean => {
    const n = pages.get(stampOf(word) ?? "")?.size ?? 0;
    return n >= MIN_PAGES && n * 2 >= layout.pages.length;
  };
  return found.filter((mark) => stamped(mark.word));
}

/** The fewest letters of a stamp's part read on a page the page's edge or a glued piece cut (two pieces at least, as for a word). */
const MIN_PART = 2;

/** A short piece of capitals: a whole line, or one end segment of a body line (`glued`), with its column. */
interface Piece {
  line: Line;
  text: string;
  x: number;
  /** The segment's index when the piece is glued onto a body line. */
  segment?: number;
}

/** The line as a piece standing alone (its only segment a piece of capitals). */
function pieceOf(line: Line): Piece | null {
  const only = line.segments.length === 1 ? line.segments[0] : undefined;
  if (!only || !PIECE.test(only.text)) return null;
  return { line, text: only.text, x: only.x };
}

/**
 * A piece pdftotext set on a body line's row: the line's first or last segment (set apart from the
 * rest by a column gap, as segments are) is a piece of capitals. Only read where the page's other
 * pieces, with it, spell the stamp (`pageStamp`), never alone: a short capital cell ("OIOS", "TBD")
 * is also a first or last segment.
 */
function gluedPieceOf(line: Line): Piece | null {
  if (line.segments.length < 2) return null;
  const ends = [0, line.segments.length - 1];
  for (const i of ends) {
    const seg = line.segments[i]!;
    if (PIECE.test(seg.text)) return { line, text: seg.text, x: seg.x, segment: i };
  }
  return null;
}

/**
 * A page's stamp: the runs of pieces that spell an accepted word (`accept`), read once from the
 * pieces alone on their lines and once with the pieces glued onto body lines too; the reading that
 * spells more letters wins (the glued pieces only count where they complete the diagonal).
 */
function pageStamp(page: Page, accept: (word: string) => boolean): TextWatermark[] {
  const alone = page.lines.map(pieceOf).filter((p): p is Piece => p !== null);
  const all = page.lines.map((l) => pieceOf(l) ?? gluedPieceOf(l)).filter((p): p is Piece => p !== null);
  const a = pageWatermarks(page.number, alone, accept);
  if (all.length === alone.length) return a;
  const b = pageWatermarks(page.number, all, accept);
  const letters = (marks: TextWatermark[]): number => marks.reduce((n, m) => n + m.word.length, 0);
  return letters(b) > letters(a) ? b : a;
}

function pageWatermarks(page: number, pieces: readonly Piece[], accept: (word: string) => boolean): TextWatermark[] {
  if (pieces.length < 2 || pieces.length > MAX_CANDIDATES) return [];
  const found: TextWatermark[] = [];
  let from = 0;
  while (from < pieces.length - 1) {
    const run = longestWordRun(pieces, from, accept);
    if (run) {
      const glued = run.pieces.filter((p) => p.segment !== undefined).map((p) => ({ line: p.line.line, segment: p.segment! }));
      found.push({ page, word: run.word, lines: run.pieces.filter((p) => p.segment === undefined).map((p) => p.line.line), ...(glued.length ? { glued } : {}) });
      from += run.pieces.length;
    } else from++;
  }
  return found;
}

/** The longest run of pieces starting at `from` that moves one way across the page and spells an accepted word. */
function longestWordRun(pieces: readonly Piece[], from: number, accept: (word: string) => boolean): { pieces: Piece[]; word: string } | null {
  for (let to = pieces.length; to >= from + 2; to--) {
    const run = pieces.slice(from, to);
    const word = diagonalWord(run);
    if (word && accept(word) && mostlyAlone(run)) return { pieces: run, word };
  }
  return null;
}

/**
 * A diagonal's letters fall mostly on lines of their own: a run holds more pieces standing alone
 * than pieces glued onto body lines. A repeated header wrapped into short capital ends ("S" under
 * "ACCOMPLISHMENT", "AND" under "RISKS") can spell a word ("SAND") on every page from glued
 * pieces only; a stamp's glued piece only completes a diagonal seen on its own lines.
 */
function mostlyAlone(run: readonly Piece[]): boolean {
  const glued = run.filter((p) => p.segment !== undefined).length;
  return run.length - glued > glued;
}

/** The letters a run of pieces spells read left to right, when their columns move one way down the page. */
function diagonalWord(run: readonly Piece[]): string | null {
  const steps = run.slice(1).map((p, i) => p.x - (run[i]?.x ?? p.x));
  const rising = steps.every((d) => d < 0);
  if (!rising && !steps.every((d) => d > 0)) return null;
  return (rising ? [...run].reverse() : run).map((p) => p.text).join("");
}

/**
 * The layout without its watermark lines: each is dropped from its page (kept in `removed` for
 * provenance) and the lines below it move up one line, as if pdftotext had not made room for it,
 * so that the body lines it split meet again. The warning counts the pieces and pages.
 */
export function removeTextWatermark(layout: Layout): { layout: Layout; warnings: Warning[] } {
  const marks = watermarkLines(layout);
  if (marks.length === 0) return { layout, warnings: [] };
  const bands = scrambledBands(layout, marks);
  const dropped = new Set(marks.flatMap((m) => m.lines));
  const glued = marks.flatMap((m) => m.glued ?? []);
  const unglued = glued.length ? withoutGluedPieces(layout, glued) : layout;
  const pages = unglued.pages.map((page) => (marks.some((m) => m.page === page.number) ? withoutLines(page, dropped) : page));
  const first = marks[0]!;
  const pageCount = new Set(marks.map((m) => m.page)).size;
  const scrambled = bands.map((band) => scrambledBandWarning(band, bandBox(band, pages, layout.pages)));
  return {
    layout: { ...unglued, pages },
    warnings: [
      {
        code: TEXT_WATERMARK_REMOVED,
        message: `${dropped.size} line(s)${glued.length ? ` and ${glued.length} piece(s) glued onto body lines` : ""} across ${pageCount} page(s) held only the letters of a word set along a diagonal ("${first.word}" on page ${first.page}), as a watermark's text is printed, and were left out`,
        page: first.page,
        line: first.lines[0] ?? first.glued?.[0]?.line ?? null,
      },
      ...scrambled,
    ],
  };
}

export const TEXT_WATERMARK_REMOVED = "TEXT_WATERMARK_REMOVED";

/**
 * The page without the stamp's lines, and without the blank lines pdftotext set right above each
 * of them: it spaces a line by its tallest glyph, and a stamp's letter is several body lines tall,
 * so a piece between two lines of one cell pushes the lower one down by one to four blank lines
 * ("investigations, in cooperation with" / "" ×4 / "R" / "the partners concerned"), a whole-width
 * gap the table reader takes for a row or item boundary. Those blanks are the letter's. Only those
 * above it: the blank below a piece ("D" / "" / "companies that report …", d19-008) was tried too
 * (val19 +2, val19b 0, val19c +1 more), but it moves dev19 d19-008's centred objectives onto the
 * wrong rows (−2), so it stays.
 */
function withoutLines(page: Page, dropped: ReadonlySet<number>): Page {
  const blank = (k: number) => (page.lines[k]?.text.trim() ?? "x") === "";
  const stampBlanks = new Set<number>();
  page.lines.forEach((line, k) => {
    if (dropped.has(line.line)) for (let j = k - 1; blank(j); j--) stampBlanks.add(j);
  });
  const lines: Line[] = [];
  const removed = [...page.removed];
  let lift = 0;
  page.lines.forEach((line, k) => {
    if (dropped.has(line.line) || stampBlanks.has(k)) {
      if (dropped.has(line.line)) removed.push({ text: line.text.trim(), y: line.y - lift, reason: "watermark" });
      lift += LINE_HEIGHT;
      return;
    }
    lines.push(lift === 0 ? line : { ...line, y: line.y - lift, segments: line.segments.map((s) => ({ ...s, y: s.y - lift })) });
  });
  return { ...page, lines, removed, height: page.height - lift };
}

/**
 * The layout without the stamp's pieces pdftotext glued onto body lines: each piece's segment is
 * dropped from its line and its characters are blanked (spaces of the same length) in the line's
 * text and the layout's text, so every offset stays where it was and the line keeps its cells.
 */
function withoutGluedPieces(layout: Layout, glued: ReadonlyArray<{ line: number; segment: number }>): Layout {
  const at = new Map(glued.map((g) => [g.line, g.segment]));
  const blanks: Array<[number, number]> = [];
  const pages = layout.pages.map((page) => {
    if (!page.lines.some((l) => at.has(l.line))) return page;
    const removed = [...page.removed];
    const lines = page.lines.map((line) => {
      const i = at.get(line.line);
      const seg = i === undefined ? undefined : line.segments[i];
      if (!seg) return line;
      blanks.push([seg.start, seg.end]);
      removed.push({ text: seg.text, y: line.y, reason: "watermark" });
      const from = seg.start - line.start;
      const text = line.text.slice(0, from) + " ".repeat(seg.end - seg.start) + line.text.slice(from + seg.end - seg.start);
      return { ...line, text, segments: line.segments.filter((_, k) => k !== i) };
    });
    return { ...page, lines, removed };
  });
  let text = layout.text;
  for (const [a, b] of blanks) text = text.slice(0, a) + " ".repeat(b - a) + text.slice(b);
  return { ...layout, text, pages };
}

/**
 * A stretch of a stamped page that pdftotext set column by column (`scrambledBands`): its first and
 * last source line and the number of column blocks it holds.
 */
export interface ScrambledBand extends Staircase {
  page: number;
}

export const TABLE_SCRAMBLED_BAND = "TABLE_SCRAMBLED_BAND";

/**
 * The stretches of a stamped page where pdftotext set the body's columns one after another instead
 * of side by side. pdftotext -layout sorts the text blocks that lie within half the huge stamp
 * glyph's height of each other with a comparator that orders by column unless two blocks' spans
 * overlap; the diagonal overlaps every column, so inside the stamp's band the table comes out as a
 * staircase: a block of lines holding only the first column's text, then a block holding only the
 * second column's (each line one segment, every one of them right of the first block), then the
 * third's… (`staircases`). A real table never does this: a top-aligned row sets every cell's first
 * line on the row's first line, and a middle-aligned cell is centred beside the taller one, so a run
 * of one column's lines is never followed by a run of lines lying wholly right of it in another
 * column with nothing shared. Only read between the first and the last piece of the page's stamp.
 */
export function scrambledBands(layout: Layout, marks: readonly TextWatermark[]): ScrambledBand[] {
  const bands: ScrambledBand[] = [];
  for (const page of layout.pages) {
    const mine = marks.filter((m) => m.page === page.number);
    if (mine.length === 0) continue;
    const pieceLines = new Set(mine.flatMap((m) => m.lines));
    const gluedAt = new Map(mine.flatMap((m) => m.glued ?? []).map((g) => [g.line, g.segment]));
    const all = [...pieceLines, ...gluedAt.keys()];
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const body = page.lines
      .filter((l) => l.line > lo && l.line < hi && !pieceLines.has(l.line))
      .map((l) => ({ line: l.line, segments: l.segments.filter((_, k) => k !== gluedAt.get(l.line)) }))
      .filter((l) => l.segments.length > 0);
    for (const run of staircases(body)) bands.push({ page: page.number, ...run });
  }
  return bands;
}

/** A column block of a staircase: its lines and the x extent they cover. */
interface Block {
  lines: number[];
  left: number;
  right: number;
}

/** A staircase's first and last source line, its number of column blocks and its x extent. */
interface Staircase {
  first: number;
  last: number;
  columns: number;
  left: number;
  right: number;
}

/** The fewest lines each of a staircase's column blocks holds (one line alone is any wrapped cell's rest). */
const MIN_BLOCK_LINES = 2;

/**
 * The staircases among a band's body lines: runs of one-segment lines falling into column blocks,
 * each block lying wholly right of the one above (no x shared), at least two blocks of
 * `MIN_BLOCK_LINES` lines. A line of two segments or more (cells side by side: the table read right)
 * or a line left of the current block ends a run.
 */
function staircases(lines: ReadonlyArray<{ line: number; segments: readonly Segment[] }>): Staircase[] {
  const found: Staircase[] = [];
  let blocks: Block[] = [];
  const close = (): void => {
    const full = blocks.filter((b) => b.lines.length >= MIN_BLOCK_LINES);
    if (blocks.length >= 2 && full.length === blocks.length)
      found.push({ first: blocks[0]!.lines[0]!, last: blocks.at(-1)!.lines.at(-1)!, columns: blocks.length, left: Math.min(...blocks.map((b) => b.left)), right: Math.max(...blocks.map((b) => b.right)) });
    blocks = [];
  };
  for (const l of lines) {
    const only = l.segments.length === 1 ? l.segments[0]! : undefined;
    if (!only) {
      close();
      continue;
    }
    const left = only.x;
    const right = only.x + only.text.length * CHAR_WIDTH;
    const top = blocks.at(-1);
    if (top && left < top.right && right > top.left) {
      top.lines.push(l.line);
      top.left = Math.min(top.left, left);
      top.right = Math.max(top.right, right);
    } else if (top && left >= top.right) blocks.push({ lines: [l.line], left, right });
    else {
      close();
      blocks = [{ lines: [l.line], left, right }];
    }
  }
  close();
  return found;
}

/**
 * The band's box on the page as it is once the watermark's lines are gone (`lifted`: the lines below
 * them moved up); a line not found there is placed where it stood (`before`).
 */
function bandBox(band: ScrambledBand, lifted: readonly Page[], before: readonly Page[]): Box {
  const y = (pages: readonly Page[], n: number): number | undefined => pages.find((p) => p.number === band.page)?.lines.find((l) => l.line === n)?.y;
  const at = (n: number): number => y(lifted, n) ?? y(before, n) ?? 0;
  return { page: band.page, x0: band.left, x1: band.right, y0: at(band.first), y1: at(band.last) + LINE_HEIGHT, lines: [band.first, band.last] };
}

/** The warning for a scrambled band: its page and line range (box.lines), so the table reader can mark the rows read there. */
function scrambledBandWarning(band: ScrambledBand, box: Box): Warning {
  return {
    code: TABLE_SCRAMBLED_BAND,
    message: `page ${band.page}, lines ${band.first}–${band.last}: pdftotext set ${band.columns} columns of the text one after another where the page's diagonal watermark crosses it (each block of lines holds one column's text), so the rows read there may pair cells of different rows`,
    page: band.page,
    line: band.first,
    box,
  };
}
