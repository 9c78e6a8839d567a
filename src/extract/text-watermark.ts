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
 * stamp too (`pageStamp`): once the word is read whole on one page (`wholeWords`), such a page's run
 * that spells a contiguous part of it is the same stamp, and the pages showing it whole or in part are
 * counted together.
 */
export function watermarkLines(layout: Layout): TextWatermark[] {
  if (layout.format !== "text") return [];
  const whole = layout.pages.map((page) => pageStamp(page, (word) => word.length >= MIN_WORD && isEnglishWord(word)));
  const words = wholeWords(whole);
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

/**
 * Every word a page's pieces spell whole, longest first (so that a part read on another page, "RAFT"
 * of "DRAFT", is taken for the longest stamp that holds it). A word read whole on one page only is
 * kept here: whether it is a stamp is decided by `stamped`, which counts the pages that show it whole
 * or in part. pdfmake's "DRAFT" spans the whole page, so on a page whose text stops early, or where a
 * table's line swallows a letter, only part of it stands alone (val19c v19-017: "DRAFT" whole on page
 * 1, "RAFT" on page 2, and page 3 cut short by the producer) — a stamp read on two pages all the same.
 */
function wholeWords(whole: readonly TextWatermark[][]): string[] {
  return [...new Set(whole.flat().map((m) => m.word))].sort((a, b) => b.length - a.length);
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
  const lifted = unglued.pages.map((page) => (marks.some((m) => m.page === page.number) ? withoutLines(page, dropped) : page));
  const pages = lifted.map((page) => restackBands(page, bands.filter((b) => b.page === page.number)));
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
 * wrong rows (−2), so it stays. Session 44 (h-wm44) tried it again only where a cell's sentence goes
 * on across the letter (a segment of the line below opens in lower case under one of the line above):
 * +3 (val19 v19-009, val19c v19-001) −3 (d19-008 −2 the same way, val19i v19-024 −1); dropped.
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

/** A segment opening with a lower-case letter: a wrapped sentence's next word. */
const LOWER_START = /^\p{Ll}/u;

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

/** A column block of a staircase: each line's own extent (source line order), and the x extent they cover. */
interface Block {
  spans: Array<{ line: number; left: number; right: number }>;
  left: number;
  right: number;
}

/** A block of one line. */
function blockOf(line: number, left: number, right: number): Block {
  return { spans: [{ line, left, right }], left, right };
}

/**
 * The first block's lines that stand wholly left of `x`, where a line above them is wider (session 48,
 * h-wm48): the strip the stamp crosses may open above the table on a line running across the page —
 * a mission list's longest entry, the sentence introducing the table — which reaches over the next
 * column's left edge, so the next column's first line overlaps the block and pdftotext's staircase was
 * not seen (val19f v19-025: the missions' "United Nations Integrated Peacebuilding Office in Guinea-Bissau
 * (UNIOGBIS)" above "Objectives", whose cells end left of "Indicators of achievement"). The block's run of lines at its end that all end left of the new
 * line's start (`MIN_BLOCK_LINES` or more) is the table's first column; the wider lines above it are
 * the page's and stay out of the staircase. Null when no such run is left, or the whole block is one.
 */
function narrowTail(block: Block, x: number): Block | null {
  let k = block.spans.length;
  while (k > 0 && block.spans[k - 1]!.right <= x) k--;
  const tail = block.spans.slice(k);
  if (k === 0 || tail.length < MIN_BLOCK_LINES) return null;
  return { spans: tail, left: Math.min(...tail.map((s) => s.left)), right: Math.max(...tail.map((s) => s.right)) };
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
 * or a line left of the current block ends a run. A first block whose closing lines end left of a line
 * that overlaps a wider line above them gives up those wider lines (`narrowTail`).
 */
function staircases(lines: ReadonlyArray<{ line: number; segments: readonly Segment[] }>): Staircase[] {
  const found: Staircase[] = [];
  let blocks: Block[] = [];
  const close = (): void => {
    const full = blocks.filter((b) => b.spans.length >= MIN_BLOCK_LINES);
    if (blocks.length >= 2 && full.length === blocks.length)
      found.push({ first: blocks[0]!.spans[0]!.line, last: blocks.at(-1)!.spans.at(-1)!.line, columns: blocks.length, left: Math.min(...blocks.map((b) => b.left)), right: Math.max(...blocks.map((b) => b.right)) });
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
    const overlaps = top !== undefined && left < top.right && right > top.left;
    const tail = overlaps && blocks.length === 1 ? narrowTail(top, left) : null;
    if (tail) blocks = [tail, blockOf(l.line, left, right)];
    else if (top && overlaps) {
      top.spans.push({ line: l.line, left, right });
      top.left = Math.min(top.left, left);
      top.right = Math.max(top.right, right);
    } else if (top && left >= top.right) blocks.push(blockOf(l.line, left, right));
    else {
      close();
      blocks = [blockOf(l.line, left, right)];
    }
  }
  close();
  return found;
}

/**
 * The band's box on the page as it is once the watermark's lines are gone and the band's columns
 * are set side by side again (`final`: the lines of the band's source range that the page still
 * holds); a band whose lines are not found there is placed where it stood (`before`).
 */
function bandBox(band: ScrambledBand, final: readonly Page[], before: readonly Page[]): Box {
  const ys = (pages: readonly Page[]): number[] => pages.find((p) => p.number === band.page)?.lines.filter((l) => l.line >= band.first && l.line <= band.last).map((l) => l.y) ?? [];
  const found = ys(final);
  const at = found.length ? found : ys(before);
  const y0 = at.length ? Math.min(...at) : 0;
  const y1 = at.length ? Math.max(...at) : 0;
  return { page: band.page, x0: band.left, x1: band.right, y0, y1: y1 + LINE_HEIGHT, lines: [band.first, band.last] };
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

/**
 * The page with each scrambled band's column blocks set side by side again (`restackBand`).
 */
function restackBands(page: Page, bands: readonly ScrambledBand[]): Page {
  let lines = page.lines;
  for (const band of bands) lines = restackBand(lines, band) ?? lines;
  return lines === page.lines ? page : { ...page, lines, height: page.height + (lines.length - page.lines.length) * LINE_HEIGHT };
}

/**
 * A scrambled band's lines with its column blocks set side by side from the band's first line.
 * pdftotext printed the band's columns one after another (`staircases`), but inside each block it
 * kept the column's own line steps: it spaces two consecutive lines by their baselines' distance,
 * so the blank lines between a column's lines (a cell's end, the padding before the next row) are
 * the column's. The band is a horizontal strip of the page (the lines within half the stamp glyph's
 * height of its baseline), so where the strip starts every column's first line in it stands on the
 * strip's first line, as a top-aligned table's cells do at a row's top. Each block's lines are put
 * back at the band's first line plus their offset inside the block, lines that land on the same grid
 * line become one line (their segments side by side at their own columns), and the lines below the
 * band move up by the lines saved. A block's step of five lines is pdftotext's clamp, not a distance:
 * the tail after it is set against the band's last line (`lowerClampedTails`), unless a numbered list
 * in a block gives the rows' tops (`cellsAtListRestarts`, session 44), which then place every other
 * block's cells — also in a band that starts inside a row. Null — the band left
 * as pdftotext printed it — when a line of the band is not one column's (a line of two segments, a
 * block whose lines do not start within a hanging indent or under a word of a line further left:
 * `oneColumn`), when the blocks' first lines need not share the band's first line and no list gives
 * the rows (`startsInsideRow`), when the blocks do not end with the last one (`endsWithLastBlock`) and the
 * line below the band does not go on in every block's column (`continuedBelow`: then the blocks share their
 * last line instead, session 53), or when two lines
 * set on one grid line overlap (session 39, h-wm20: h-wm19's re-stack without these lowered two fresh
 * draws, val19d and val19e). A band that opens above the table is re-stacked from the table's first
 * line (`tableTopInBand`, session 45), and then the line above it is a heading, not a row, so
 * `startsInsideRow` is not asked.
 *
 * Line numbers: the band's lines keep the band's source line numbers in ascending order (a merged
 * line takes the next one; its segments keep their own `line` and offsets), so that the document's
 * lines still ascend as every reader of line ranges assumes.
 */
/** pdftotext's most lines between two consecutive lines (it clamps the baseline distance to five lines): a longer gap reads as this one. */
const MAX_STEP = 5;

/**
 * Block offsets (grid lines below the band's top, per block) with each block's tail after a step of
 * `MAX_STEP` lowered to end on the band's last line. Such a step says only "five lines or more", so
 * the tail's place is unknown from the block; the blocks whose steps are all shorter give the band's
 * last line (the band is a strip of the page, and its columns' text runs to the strip's end), and the
 * tail is set to end there — never higher than the clamped step put it. Unchanged when every block
 * has such a step (no known bottom).
 */
function lowerClampedTails(offsets: number[][]): void {
  const clampAt = offsets.map((o) => o.findLastIndex((r, k) => k > 0 && r - o[k - 1]! >= MAX_STEP));
  const known = offsets.filter((o, i) => clampAt[i]! < 0 && o.length > 0);
  if (known.length === 0) return;
  const bottom = Math.max(...known.map((o) => o.at(-1)!));
  offsets.forEach((o, i) => {
    const k = clampAt[i]!;
    const lift = bottom - (o.at(-1) ?? bottom);
    if (k > 0 && lift > 0) for (let j = k; j < o.length; j++) o[j]! += lift;
  });
}

/**
 * Block offsets with every other block's cells set on the rows a numbered list marks. Lettered and
 * numbered lists restart in each cell ("(i) …", "(ii) …", then "(i) …" again), so in a block whose steps
 * are all known (no `MAX_STEP` clamp) each first item — "(a)", "a)", "i.", "1." — opens a row's cell:
 * those offsets are the rows' tops. In a top-aligned table every cell of a row opens on its row's top,
 * so another block's cell opening (its first line, unless that goes on in lower case with the cell
 * above the band; the line after a clamped step) is set on the first row top at or below where it
 * stands, and the block's lines after it move with it. The band's strip starts wherever the stamp's
 * glyph reaches, not at a row's top: a column whose cell ended above the strip has its first line in it
 * lower down (val19d v19-020: the Objective block opens with row 2's "To promote …", the measure block
 * with row 1's "(ii)"; val19h v19-020: row 2's objective after a clamped step, where the clamp's tail
 * lowered to the band's last line took row 3's place). False (offsets unchanged) when no block with
 * known steps holds a first item, or a cell opening finds no row top at or below it. Where it holds,
 * `startsInsideRow` need not: the rows' tops come from the list, not from the band's first line
 * (val19b v19-026: a band opening inside a row, its measure list restarting where the next row opens).
 */
function cellsAtListRestarts(blocks: ReadonlyArray<{ lines: Line[] }>, offsets: number[][]): boolean {
  const clamped = offsets.map((o) => o.some((r, k) => k > 0 && r - o[k - 1]! >= MAX_STEP));
  const firsts = blocks.map((b, i) => (clamped[i] ? [] : offsets[i]!.filter((_, k) => FIRST_ITEM.test(b.lines[k]!.segments[0]!.text))));
  const ref = firsts.reduce((best, f, i) => (f.length > (firsts[best]?.length ?? 0) ? i : best), 0);
  const tops = firsts[ref]!;
  if (tops.length === 0) return false;
  const moved = offsets.map((o) => [...o]);
  for (let i = 0; i < blocks.length; i++) {
    if (i === ref) continue;
    const o = moved[i]!;
    for (let k = 0; k < o.length; k++) {
      const opens = k === 0 ? !LOWER_START.test(blocks[i]!.lines[0]!.segments[0]!.text) : o[k]! - o[k - 1]! >= MAX_STEP;
      if (!opens) continue;
      const top = tops.find((t) => t >= o[k]!);
      if (top === undefined) return false;
      const down = top - o[k]!;
      for (let j = k; j < o.length; j++) o[j]! += down;
    }
  }
  moved.forEach((o, i) => (offsets[i] = o));
  return true;
}

/** A list's first item: "(a) ", "a) ", "a. ", "(i) ", "i. ", "1. ", "1) ". */
const FIRST_ITEM = /^\(?(?:a|i|1)[.)]\s/;

/**
 * The band starts inside a row: on the line right above it (the stamp's own lines and the blanks it
 * pushed in already gone) some of the blocks' columns hold text and some are empty. A column with
 * text there goes on into the band with the rest of its cell, a column empty there opens its next
 * cell somewhere in the band, so the blocks' first lines do not stand on one grid line (val19e
 * v19-008: the Objectives block opens with the first row's last lines, the others with the second
 * row's cells) and the common top does not hold. When every column is alike (all go on, or all open
 * after a blank line) the common top does.
 */
function startsInsideRow(above: Line | undefined, blocks: ReadonlyArray<{ left: number; right: number }>): boolean {
  if (!above) return false;
  const goesOn = blocks.map((b) => overBlock(above, b));
  return goesOn.includes(true) && goesOn.includes(false);
}

/** Whether a line holds text over a block's columns. */
function overBlock(line: Line, b: { left: number; right: number }): boolean {
  return line.segments.some((s) => s.x < b.right && s.x + s.text.length * CHAR_WIDTH > b.left);
}

/**
 * The band starts inside a row whose empty columns open in the band, not below it (session 49,
 * h-wm49). Above the band, the columns that go on into it hold a cell's lines without a break back to
 * where those cells opened (the run of lines with text in the column, up from the line above the
 * band; the latest such opening is the row's top at the latest). A column with no text on any of
 * those lines has nothing yet in that row: in a top-aligned table its cell opens on the row's top, so
 * its block's first line in the band is that row's cell, pdftotext having moved it into the stamp's
 * strip — and the common top sets it beside the going-on cells, where it belongs (val19i v19-006: the
 * objective "To strengthen …" beside its row's "the Chief Executives" / "report after its review",
 * opened on the line above the band under the header). A column with text over those lines ended
 * its cell in that row, so its band block opens the next row, below the going-on cells' ends, which
 * the band does not show (val19e v19-008, val19l v19-008): the band stays refused.
 */
function emptyWhileOthersOpened(lines: readonly Line[], from: number, blocks: ReadonlyArray<{ left: number; right: number }>): boolean {
  const above = lines[from - 1];
  if (!above) return false;
  const onPage = (k: number): boolean => k >= 0 && lines[k]!.page === above.page;
  const runTop = (b: { left: number; right: number }): number => {
    let k = from - 1;
    while (onPage(k - 1) && overBlock(lines[k - 1]!, b)) k--;
    return k;
  };
  const goingOn = blocks.filter((b) => overBlock(above, b));
  const rowTop = Math.max(...goingOn.map(runTop));
  const empty = blocks.filter((b) => !overBlock(above, b));
  return empty.every((b) => lines.slice(rowTop, from).every((l) => !overBlock(l, b)));
}

/**
 * The re-stacked band agrees with the line below it. pdftotext printed the last block's last line
 * right before the first line below the band, with the blank lines their baselines' distance gives,
 * and the band is a strip of the page ending above that line: no block's line stands lower than the
 * last block's last line plus those blanks. A block set lower than that (val19d v19-006: a heading
 * and the table's header above the Objectives in the first block, the Indicators block four lines
 * long ending on the next row's line; v19-019: a block whose order the stamp's fragment broke) says
 * the blocks do not all start on the band's first line, and the band is left as pdftotext set it.
 */
function endsWithLastBlock(offsets: readonly number[][], below: readonly Line[], page: number): boolean {
  let blanks = 0;
  while (blanks < below.length && below[blanks]!.segments.length === 0) blanks++;
  const next = below[blanks];
  if (!next || next.page !== page) return true;
  const bottom = (o: readonly number[]): number => o.at(-1) ?? 0;
  const last = bottom(offsets.at(-1)!);
  return offsets.slice(0, -1).every((o) => bottom(o) <= last + blanks);
}

/**
 * The most a column block's lines may differ by in their left edges: a hanging indent (a marker such
 * as "a) " or "iii." and its space, four grid columns at most). A block whose lines spread wider holds
 * a line that is not its column's: a heading across the page ("OBJECTIVE 2: To promote …", val19
 * v19-012) or two cells pdftotext glued with one space (val19e v19-026, val19b v19-011), which overlaps
 * the next column so that column's lines join the block; the blocks' places are then unknown.
 */
const HANGING_INDENT = 4 * CHAR_WIDTH;

/**
 * The widest hanging indent a block's line may stand at when it lines up with a word of a line further
 * left in the block: a wider marker and its space ("(iii) ", "(viii) ": up to seven grid columns) sets
 * the item's wrapped lines under the item's first word (val19d v19-020's Performance-measure block:
 * "incident (target: 7 days)" six columns in, where "Refugees" stands after "(iii) " two lines up).
 * A column's width is three times this or more, so a line of the next column never starts this close.
 */
const MARKER_INDENT = 8 * CHAR_WIDTH;

/**
 * Whether every line of a block is its column's: it starts within `HANGING_INDENT` of the block's left
 * edge, or within `MARKER_INDENT` and exactly where a word starts on a line further left (a wrapped
 * item's lines under the text after its marker).
 */
function oneColumn(lines: readonly Line[]): boolean {
  const firsts = lines.map((l) => l.segments[0]!);
  const left = Math.min(...firsts.map((s) => s.x));
  return firsts.every((s) => s.x - left <= HANGING_INDENT || (s.x - left <= MARKER_INDENT && firsts.some((o) => wordStartsAt(o, s.x))));
}

/** Whether a word of the segment (after a space) starts at `x`: the grid column where a hanging indent's lines stand. */
function wordStartsAt(seg: Segment, x: number): boolean {
  const k = Math.round((x - seg.x) / CHAR_WIDTH);
  return k > 0 && k < seg.text.length && seg.text[k - 1] === " " && seg.text[k] !== " ";
}

/** The most table rows below a band read for the table's first-column edge (`tableTopInBand`). */
const ROWS_BELOW = 6;

/**
 * The first line of a band that is the table's: the band is the strip the stamp's glyph crosses, and
 * where it opens above the table (a list of missions, a section heading, "1. Core mandate") pdftotext
 * printed those lines at the head of the first column's block. The table's rows under the band, read
 * side by side (two segments or more), give its first column's left edge — a ruled cell's padding
 * sets it right of the page margin the text above the table stands on. The band's leading lines up to
 * the last one starting left of that edge are the page's, not the table's, and stay where they are;
 * the band is re-stacked from the line after them. `from` when no row below gives the edge, or no
 * band line stands left of it.
 */
function tableTopInBand(lines: readonly Line[], from: number, to: number): number {
  const page = lines[from]!.page;
  const rows = lines.slice(to).filter((l) => l.page === page && l.segments.length > 1).slice(0, ROWS_BELOW);
  if (rows.length === 0) return from;
  const edge = Math.min(...rows.map((l) => l.segments[0]!.x));
  let top = from;
  for (let k = from; k < to; k++) {
    const first = lines[k]!.segments[0];
    if (first && first.x < edge) top = k + 1;
  }
  return top < to ? top : from;
}

/**
 * A line that starts in the first column block and reaches into the last one, once a later column's
 * block has opened (session 50, h-wm50): no column's line, but a line running across the table — an
 * objective's row spanning every column ("Objective 2: To close …", val19o v19-008), or the page's
 * text below the table that the stamp's strip still crosses (the challenges' list, val19j v19-016).
 * pdftotext set it among the block it crosses by its height on the page; `spanningRows` puts it back
 * there, alone on its line.
 */
function crossesFromFirstColumn(blocks: ReadonlyArray<{ left: number; right: number }>, left: number, right: number): boolean {
  if (blocks.length < 2) return false;
  const b = blocks.at(-1)!;
  return left < blocks[0]!.right && left < b.left - MARKER_INDENT && right > b.left;
}

/**
 * The grid rows of the spanning lines (`crossesFromFirstColumn`), and every block's offsets moved down
 * to make room for them. A spanning line stood among the lines of the block it was printed in
 * (pdftotext orders a column's lines by height): the lines of that block above it keep their rows, and
 * it takes its own row above the block's next line (or after the block's end, counting the blank
 * steps between); in a band whose blocks share its first line, every block's lines from that row down are
 * below it, and move down one row.
 */
function spanningRows(blocks: ReadonlyArray<{ lines: Line[] }>, offsets: number[][], spanning: readonly Line[]): number[] {
  const at = spanning.map((s) => {
    const i = blocks.findLastIndex((b) => b.lines[0]!.y < s.y);
    const b = blocks[Math.max(i, 0)]!;
    const o = offsets[Math.max(i, 0)]!;
    const k = b.lines.findIndex((l) => l.y > s.y);
    if (k > 0) return Math.max(o[k - 1]! + 1, o[k]! - Math.round((b.lines[k]!.y - s.y) / LINE_HEIGHT));
    return o.at(-1)! + Math.round((s.y - b.lines.at(-1)!.y) / LINE_HEIGHT);
  });
  const order = at.map((r, k) => ({ r, k })).sort((a, b) => a.r - b.r || a.k - b.k);
  const rows: number[] = [];
  order.forEach(({ r, k }, n) => (rows[k] = r + n));
  for (const o of offsets) o.forEach((r, j) => (o[j] = r + order.filter((s) => s.r <= r).length));
  return rows;
}

/**
 * Every column's cell goes on right below the band (session 53, h-wm53): the line after the band's last
 * line, with no blank between, holds text over every block's columns. The band is a strip of the
 * page, and pdftotext printed each column's lines inside it as one block; where each column's text
 * runs on under the strip, each block's last line is its column's line right above the strip's end,
 * so the blocks share their last grid line. The common top does not hold there when a block is longer
 * than the last one (`endsWithLastBlock` refused it): a column whose cell ended just above the strip
 * has its first line in the strip lower down (val19n v19-025: the Objective block opens with the
 * header and "To track …", the Indicator block four lines later, both going on into
 * "reconstruction of Haiti" / "Donor funding recorded …" below the band). Not where a list restarts on
 * that line ("a) …", `FIRST_ITEM`): a restart opens the next row's cell there (as `cellsAtListRestarts`
 * reads it), the cells above it ended at their own heights, and the common bottom set a table's header
 * one line off beside a heading in the first block (val19d v19-006: "Indicators of achievement" beside
 * "A. MANAGERIAL OBJECTIVES", the table lost).
 */
function continuedBelow(next: Line | undefined, blocks: ReadonlyArray<{ left: number; right: number }>, page: number): boolean {
  if (next === undefined || next.page !== page || next.segments.length === 0) return false;
  return blocks.every((b) => overBlock(next, b)) && !next.segments.some((s) => FIRST_ITEM.test(s.text));
}

/** Block offsets moved down so that every block ends on the lowest block's last grid line (the common bottom of `continuedBelow`). */
function bottomAligned(offsets: number[][]): void {
  const bottom = Math.max(...offsets.map((o) => o.at(-1) ?? 0));
  for (const o of offsets) {
    const down = bottom - (o.at(-1) ?? bottom);
    o.forEach((r, j) => (o[j] = r + down));
  }
}

function restackBand(lines: readonly Line[], band: ScrambledBand): Line[] | null {
  const start = lines.findIndex((l) => l.line >= band.first);
  if (start < 0) return null;
  let to = start;
  while (to < lines.length && lines[to]!.line <= band.last) to++;
  const from = tableTopInBand(lines, start, to);
  const inBand = lines.slice(from, to);
  if (inBand.length === 0) return null;
  const blocks: Array<{ left: number; right: number; top: number; lines: Line[] }> = [];
  const spanning: Line[] = [];
  for (const l of inBand) {
    if (l.segments.length === 0) continue;
    if (l.segments.length > 1) return null;
    const only = l.segments[0]!;
    const left = only.x;
    const right = only.x + only.text.length * CHAR_WIDTH;
    const b = blocks.at(-1);
    if (crossesFromFirstColumn(blocks, left, right)) spanning.push(l);
    else if (b && left < b.right && right > b.left) {
      b.lines.push(l);
      b.left = Math.min(b.left, left);
      b.right = Math.max(b.right, right);
    } else if (!b || left >= b.right) blocks.push({ left, right, top: l.y, lines: [l] });
    else return null;
  }
  if (blocks.length < 2 || !blocks.every((b) => oneColumn(b.lines))) return null;
  const offsets = blocks.map((b) => b.lines.map((l) => Math.round((l.y - b.top) / LINE_HEIGHT)));
  const listRows = cellsAtListRestarts(blocks, offsets);
  if (!listRows && from === start && startsInsideRow(lines[from - 1], blocks) && !emptyWhileOthersOpened(lines, from, blocks)) return null;
  if (!listRows) lowerClampedTails(offsets);
  const spanRows = spanningRows(blocks, offsets, spanning);
  if (!endsWithLastBlock(offsets, lines.slice(to), inBand[0]!.page)) {
    if (spanning.length > 0 || !continuedBelow(lines[to], blocks, inBand[0]!.page)) return null;
    bottomAligned(offsets);
  }
  const rows = new Map<number, Line[]>();
  blocks.forEach((b, i) =>
    b.lines.forEach((l, k) => {
      const r = offsets[i]![k]!;
      rows.set(r, [...(rows.get(r) ?? []), l]);
    }),
  );
  spanning.forEach((l, k) => rows.set(spanRows[k]!, [l]));
  const count = Math.max(...rows.keys()) + 1;
  const top = inBand[0]!.y;
  const numbers = inBand.map((l) => l.line).sort((a, b) => a - b);
  const blanks = inBand.filter((l) => l.segments.length === 0);
  const out: Line[] = [];
  for (let r = 0; r < count; r++) {
    const y = top + r * LINE_HEIGHT;
    const line = numbers[r]!;
    const members = rows.get(r);
    if (!members) {
      const blank = blanks.shift() ?? { ...inBand[0]!, text: "", segments: [], kind: "blank" as const, end: inBand[0]!.start };
      out.push({ ...blank, line, y });
      continue;
    }
    const chars: string[] = [];
    for (const m of members) for (const [k, c] of [...m.text].entries()) if (c !== " ") {
      if (chars[k] !== undefined) return null;
      chars[k] = c;
    }
    const text = Array.from(chars, (c) => c ?? " ").join("");
    const segments = members.flatMap((m) => m.segments.map((s) => ({ ...s, y }))).sort((a, b) => a.x - b.x);
    out.push({ ...members[0]!, line, y, text, segments, end: members[0]!.start + text.length });
  }
  const shift = (count - inBand.length) * LINE_HEIGHT;
  const below = lines.slice(to).map((l) => (l.page === inBand[0]!.page ? { ...l, y: l.y + shift, segments: l.segments.map((s) => ({ ...s, y: s.y + shift })) } : l));
  return [...lines.slice(0, from), ...out, ...below];
}
