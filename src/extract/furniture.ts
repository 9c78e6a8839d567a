/**
 * Running headers and footers ("page furniture") out of a multi-page Layout, before the table
 * stage sees it: a line repeated on most pages at about the same height, "Page 3 of 14", bare page
 * numbers. Removed lines are kept in `page.removed` (text, y, reason) for provenance, and the
 * layout's text and offsets are rebuilt without them so entities never see them.
 *
 * Layout → Layout and format-blind: it reads only line text, y and segment counts.
 */
import { normalizeSpace } from "../vocab/text.js";
import type { Layout, Line, Page } from "../model/layout.js";
import { PAGE_NUMBER_REASON } from "../model/layout.js";
import { assignOffsets } from "./pdf/offsets.js";
import { isLabelCell } from "../vocab/columns.js";

/** How many lines from the top and from the bottom of a page can be furniture (header block, footer block). */
export const FURNITURE_EDGE_LINES = 3;
/** A running line must recur on at least this share of the pages (title pages often lack it). */
export const REPEAT_SHARE = 0.5;
/**
 * Same place: a running line's y may drift this much (points) between pages. Word processors put
 * headers at a fixed offset from the page edge; 6 pt absorbs rounding and a changed font size.
 */
export const SAME_Y_TOLERANCE = 6;
/**
 * A line with more segments than this is a table row (e.g. a header row repeated on every page),
 * never furniture: running headers have at most a left and a right part.
 */
export const MAX_FURNITURE_SEGMENTS = 2;

/**
 * Baselines closer than this many font sizes belong to one printed row: consecutive lines of text
 * are at least ~1.15 em apart, the staggered lines of a row's cells (a label centred on two lines
 * beside one-line labels) closer.
 */
export const SAME_ROW_EM = 1.0;

/** "Page 3 of 14", "Page 3", "3 of 14", "3/14", "- 3 -": a page number with optional total. */
const PAGE_OF = /^(?:page|p\.|pg\.?)?\s*\d{1,4}\s*(?:(?:of|\/)\s*\d{1,4})?$/i;
const DASHED_NUMBER = /^[-–—]\s*\d{1,4}\s*[-–—]$/;
const BARE_NUMBER = /^\d{1,4}$/;

/**
 * Text compared across pages: case and spacing do not matter, nor does the page's own number
 * ("Compact 2008, page 3"). Other digits must match, so body lines that differ only in their
 * numbers ("Target 10%", "Target 20%") are not taken for a running line.
 *
 * The page's number can also occur in a running line by chance — in a printed date ("12/1/26" on
 * page 1, a browser's print header) or a file name ("d7-003.html" on page 3, its footer) — where
 * it stays the same on every page. So a line has up to four keys: with both substitutions, with
 * only one of them, with none; it is running when any of them recurs.
 */
function furnitureKeys(text: string, page: number): string[] {
  const base = text.toLowerCase();
  const ofTotal = (t: string) => t.replace(PAGE_OF_TOTAL, (m, n: string) => (Number(n) === page ? "#/n" : m));
  const standalone = (t: string) => t.replace(STANDALONE_NUMBER, (d) => (Number(d) === page ? "#" : d));
  return [...new Set([standalone(ofTotal(base)), ofTotal(base), standalone(base), base].map(normalizeSpace))];
}
/**
 * "3/14", "3 of 14": the page's number with the total, which on the last page equals it ("14/14").
 * Only whole numbers count, not digits inside a word or a file name ("d2-017.html" on page 2).
 */
const PAGE_OF_TOTAL = /(?<![\p{L}\p{N}])(\d{1,4})\s*(?:\/|of)\s*\d{1,4}(?![\p{L}\p{N}])/gu;
const STANDALONE_NUMBER = /(?<![\p{L}\p{N}])\d+(?![\p{L}\p{N}])/gu;

function isPageNumber(line: Line, page: Page, bareOffset: number | null): boolean {
  const t = normalizeSpace(line.text);
  if (BARE_NUMBER.test(t)) return bareOffset !== null && Number(t) - page.number === bareOffset;
  return (PAGE_OF.test(t) && /\D/.test(t)) || DASHED_NUMBER.test(t);
}

/**
 * Lines near the top and bottom edge of a page, nearest the edge first, and all its non-blank
 * lines printed on the page. A line set outside the page's box (`onPage`) is never seen in print,
 * so it stands at no edge: pdfmake draws a middle-aligned cell that crosses a page break above
 * the next page's top or below the page's foot (corpus19 v19-006, v19-024: an objective's lines at
 * y 975–1055 on an 842 pt page), and counted from the edge such lines hid the page's own footer
 * ("Page 1 of 3", then read into a cell) or running header from the edge lines.
 */
function edgeLines(page: Page): { top: Line[]; bottom: Line[]; content: Line[] } {
  const content = page.lines.filter((l) => l.text.trim() !== "" && onPage(l, page));
  return { top: content.slice(0, FURNITURE_EDGE_LINES), bottom: content.slice(-FURNITURE_EDGE_LINES).reverse(), content };
}

/** Within the page's box (a page of unknown height, a skipped one, holds all its lines). */
function onPage(line: Line, page: Page): boolean {
  return page.height <= 0 || (line.y >= 0 && line.y <= page.height);
}

/**
 * Bare numbers are page numbers only when they follow the page sequence: the same offset
 * (printed number − page index) on at least two pages. A lone "2008" at a page's foot is text.
 */
function bareNumberOffset(pages: readonly Page[]): number | null {
  const counts = new Map<number, number>();
  for (const page of pages) {
    const { top, bottom } = edgeLines(page);
    for (const l of [top[0], bottom[0]]) {
      const t = l?.text.trim() ?? "";
      if (BARE_NUMBER.test(t)) counts.set(Number(t) - page.number, (counts.get(Number(t) - page.number) ?? 0) + 1);
    }
  }
  let best: number | null = null, bestCount = 1;
  for (const [off, n] of counts) if (n > bestCount) [best, bestCount] = [off, n];
  return best;
}

/**
 * Where a running line sits: its y, and its place counted from its page edge ("t0" is the top
 * line, "b0" the bottom one). Plain text has no page geometry at the foot: pdftotext ends a page
 * after its last printed line, so a footer's line number varies with the page's fill, but it is
 * still the page's last line.
 */
interface Place {
  y: number;
  rank: string;
}
interface Running {
  ys: number[];
  ranks: Set<string>;
}

/** Keys of edge lines that recur at the same place on enough pages: same y, or (plain text) same place from the edge. */
function runningKeys(pages: readonly Page[], byRank: boolean): Map<string, Running> {
  const seen = new Map<string, Array<{ page: number } & Place>>();
  for (const page of pages) {
    const { top, bottom } = edgeLines(page);
    const places: Array<[Line, string]> = [...top.map((l, i): [Line, string] => [l, `t${i}`]), ...bottom.map((l, i): [Line, string] => [l, `b${i}`])];
    for (const [l, rank] of places) {
      for (const key of furnitureKeys(l.text, page.number)) {
        if (!key) continue;
        const list = seen.get(key) ?? [];
        if (!list.some((e) => e.page === page.number)) list.push({ page: page.number, y: l.y, rank });
        seen.set(key, list);
      }
    }
  }
  const needed = Math.max(2, Math.ceil(REPEAT_SHARE * pages.length));
  const out = new Map<string, Running>();
  for (const [key, list] of seen) {
    if (list.length < needed) continue;
    const ys = list.map((e) => e.y).sort((a, b) => a - b);
    const median = ys[Math.floor(ys.length / 2)]!;
    const near = ys.filter((y) => Math.abs(y - median) <= SAME_Y_TOLERANCE);
    const ranks = new Map<string, number>();
    for (const e of list) ranks.set(e.rank, (ranks.get(e.rank) ?? 0) + 1);
    const sameRank = byRank ? new Set([...ranks].filter(([, n]) => n >= needed).map(([r]) => r)) : new Set<string>();
    if (near.length >= needed || sameRank.size) out.set(key, { ys: near.length >= needed ? near : [], ranks: sameRank });
  }
  return out;
}

/**
 * A line matched only by its place from the page edge (plain text) is furniture when the page's
 * margin sets it off: a blank line of the grid lies between it and the body line inward of it.
 * The last line of a signature block ("Date: 18 December 2023", the same on the last two pages)
 * runs straight on from the body.
 */
function setOff(line: Line, content: readonly Line[], step: 1 | -1): boolean {
  const k = content.indexOf(line);
  const inner = content[k + step];
  if (!inner) return true;
  let pitch = Infinity;
  for (let j = 1; j < content.length; j++) {
    const gap = content[j]!.y - content[j - 1]!.y;
    if (gap > 0 && gap < pitch) pitch = gap;
  }
  return !Number.isFinite(pitch) || Math.abs(inner.y - line.y) > SET_OFF_PITCHES * pitch;
}
/** More than this many grid steps between two lines is a blank line between them. */
const SET_OFF_PITCHES = 1.5;

/**
 * A line one line step from the body line inward of it goes on with that text: a table cell's
 * wrapped last line at the page's foot ("Performance evaluations completed for 16 per" / "cent of
 * staff") can recur at the same height on another page by chance. Running headers and footers sit
 * in the page's margin, set off from the body by more than a line.
 */
function runsOnFromBody(line: Line, content: readonly Line[], step: 1 | -1, recurs: (line: Line) => boolean): boolean {
  // A running line wrapped onto two (a long entity name: "Office of the High Representative for the
  // Least Developed Countries, … Small Island" / "Developing States — Compact 2019", corpus8
  // d8d-009) runs on from its own second line, which recurs at its place too: then that line is
  // asked in turn, and the block is furniture when its last line is set off from the body.
  let k = content.indexOf(line);
  for (let walked = 0; walked < FURNITURE_EDGE_LINES; walked++) {
    const last = content[k]!;
    const inner = content[k + step];
    const size = last.segments[0]?.fontSize ?? 0;
    const runsOn = !!inner && size > 0 && Math.abs(inner.y - last.y) <= RUN_ON_EM * size && Math.abs((inner.segments[0]?.fontSize ?? 0) - size) <= SAME_SIZE_PT;
    if (!runsOn || !recurs(inner)) return runsOn;
    k += step;
  }
  return true;
}
/** A running line wrapped over two lines recurs on at least this many pages (and on all but one). */
const WRAPPED_RUNNING_MIN_PAGES = 3;
/** Consecutive lines of body text are at most this many font sizes apart (single to 1.15 spacing, rounded up). */
const RUN_ON_EM = 1.3;
/** Same font size within this many points (a footer is usually set smaller than the body). */
const SAME_SIZE_PT = 0.5;

/** Blank lines left at a page's top or bottom once its header/footer is gone separate nothing. */
function trimBlankLines(lines: Line[]): Line[] {
  let a = 0, b = lines.length;
  while (a < b && lines[a]!.text.trim() === "") a++;
  while (b > a && lines[b - 1]!.text.trim() === "") b--;
  return lines.slice(a, b);
}

/**
 * Removes running headers/footers and page numbers; returns a new Layout (input untouched).
 * `reflow: false` keeps `Layout.text` as it is and only drops the lines from the pages: text input
 * keeps offsets into the file it came from (the furniture stays in the text, out of every line).
 */
export function removeFurniture(layout: Layout, options: { reflow?: boolean } = {}): Layout {
  const pages = layout.pages;
  const running = pages.length >= 2 ? runningKeys(pages, layout.format !== "pdf") : new Map<string, Running>();
  const bareOffset = bareNumberOffset(pages);
  // Points and font sizes (PDF): plain text's grid has neither.
  const positioned = layout.format === "pdf";
  let changed = false;
  const cleaned: Page[] = pages.map((page) => {
    const { top, bottom, content } = edgeLines(page);
    const drop = new Map<Line, string>();
    // A wrapped running line stands on every page but one (the first, with the title) and at
    // least three: a cell's rest carried to the top of two pages out of four at the same height
    // ("engagement with the budget" / "committees.", corpus dev-025 weasy.pdf) is no running line.
    const recursAtItsPlace = (line: Line) =>
      furnitureKeys(line.text, page.number).some((k) => {
        const ys = running.get(k)?.ys ?? [];
        return ys.length >= Math.max(WRAPPED_RUNNING_MIN_PAGES, pages.length - 1) && ys.some((y) => Math.abs(y - line.y) <= SAME_Y_TOLERANCE);
      });
    for (const [edge, name, step, side] of [[top, "running header", 1, "t"], [bottom, "running footer", -1, "b"]] as const) {
      // Walk inward from the edge; the first line that is not furniture ends the block.
      const block: Line[] = [];
      for (const [i, line] of edge.entries()) {
        if (drop.has(line)) break;
        if (line.segments.length > MAX_FURNITURE_SEGMENTS) break;
        // A table header repeated on each page ("Performance Measure | Expected Result") recurs
        // at the same place like a running header, but it opens the page's part of the table.
        if (line.segments.length >= 2 && line.segments.every((s) => isLabelCell(s.text))) break;
        const runs = furnitureKeys(line.text, page.number).flatMap((k) => running.get(k) ?? []);
        if (isPageNumber(line, page, bareOffset)) drop.set(line, PAGE_NUMBER_REASON);
        else if (runs.some((run) => (run.ys.some((y) => Math.abs(y - line.y) <= SAME_Y_TOLERANCE) && !(positioned && runsOnFromBody(line, content, step, recursAtItsPlace))) || (run.ranks.has(`${side}${i}`) && setOff(line, content, step)))) drop.set(line, name);
        else break;
        block.push(line);
      }
      // Lines printed closer than a line height to the body line next to them are pieces of that
      // line's printed row (a header cell centred on two or three lines beside one-line labels:
      // "EXPECTED | RISKS" and "Performance" above "Objectives | ACCOMPLISHMENT | AND"): a table
      // header repeated on every page is no running header. Furniture sits in the page's margin,
      // a line or more away from the body. Give the row back, piece by piece from the inside.
      const innermost = block[block.length - 1];
      let inner = innermost ? content[content.indexOf(innermost) + step] : undefined;
      for (let k = block.length - 1; k >= 0 && inner; k--) {
        const line = block[k]!;
        if (drop.get(line) === PAGE_NUMBER_REASON || Math.abs(inner.y - line.y) >= SAME_ROW_EM * (line.segments[0]?.fontSize ?? 0)) break;
        drop.delete(line);
        inner = line;
      }
    }
    if (drop.size === 0) return page;
    changed = true;
    return {
      ...page,
      lines: trimBlankLines(page.lines.filter((l) => !drop.has(l))),
      removed: [...page.removed, ...[...drop].map(([l, reason]) => ({ text: l.text, y: l.y, reason }))].sort((a, b) => a.y - b.y),
    };
  });
  if (!changed) return layout;
  if (options.reflow === false) return { ...layout, pages: cleaned };
  const { text, pages: reflowed } = assignOffsets(cleaned);
  return { ...layout, text, pages: reflowed };
}
