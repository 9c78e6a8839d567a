import type { Layout, Line, Page, Rule, Segment } from "../model/layout.js";
import { CHAR_WIDTH } from "./text.js";

/**
 * Box tables drawn in characters: a typed table's cell borders are `+`, `-`, `=` and `|`
 *
 *   +------+-------------+------------+
 *   | No.  | Objective   | Expected   |
 *   +======+=============+============+
 *   | 1.   | To convene  | a) Due     |
 *   |      | leaders     |    opinions|
 *   +------+-------------+            +     (a rule left open under a cell spanning rows)
 *
 * as a plain-text copy prints them (enscript, a mail client, `psql`, Emacs' table mode, pandoc's
 * and reStructuredText's grid tables typed into a text file). The `+` and `|` positions are the
 * column edges and the border lines the row edges: a ruled table in characters. Each is turned
 * into what a PDF's ruled table is — rules on the page (a horizontal one per dashed stretch of a
 * border line, a vertical one per edge column down the lines that show a bar there) and cell text
 * without its bars (a line's segments cut at the bars, each piece at its own column) — and its
 * border lines leave the page's lines, so that the ruled-table reader (tables/) reads it as it
 * reads a PDF's. Read on plain text input and on typed PDF pages (one fixed-pitch font on a
 * character grid, pdf/typed.ts), where a segment's column is its x over the pitch.
 *
 * Tables with bars only (`| a | b |` rows over `|---|---|` separators, no `+`) are read the same
 * when they hold more than a Markdown pipe table does: a separator under a row other than the
 * first, or a row of more than one line. A pipe table (its one separator under the header, one
 * line per row) is Markdown's, read by its own reader; a `|` inside prose has no bar at the same
 * column in the lines around it and is text.
 */

/** The characters of a border line: dashes or equals signs between `+` (or `|`) corners, spaces where a rule is left open. */
const BORDER = /^[+|][-=+|: ]*[+|]$/;
/** A border line draws at least one dashed stretch from a corner: "+--", "|--", "-+", "=+". */
const DASHED = /[+|][-=]|[-=][+|]/;
/** A full border: dashes from corner to corner, with no gap ("+---+---+", "+===+===+", "|---|---|"). */
const FULL_BORDER = /^[+|](?:[-=:]+[+|])+$/;
/** Columns a segment may sit off the grid (share of the pitch) and still be on it. */
const GRID_SLACK = 0.15;
/** A table has at least this many lines (borders and rows): a border and a row, as a page break may leave of it. */
const MIN_TABLE_LINES = 2;
/** Columns a row's closing bar may stand off the table's right edge. */
const BAR_SLACK = 2;

interface CharLine {
  line: Line;
  /** The line as characters, each at its column (spaces between segments). */
  chars: string;
  /** For each segment, its first column. */
  cols: number[];
}

/** The page's lines as characters on a grid of `pitch` points from `left`, or null when a segment is off the grid. */
function charLines(lines: readonly Line[], left: number, pitch: number): CharLine[] | null {
  const out: CharLine[] = [];
  for (const line of lines) {
    let chars = "";
    const cols: number[] = [];
    for (const s of line.segments) {
      const k = (s.x - left) / pitch;
      const col = Math.round(k);
      if (Math.abs(k - col) > GRID_SLACK || col < chars.length) return null;
      cols.push(col);
      chars = chars.padEnd(col) + s.text;
    }
    out.push({ line, chars, cols });
  }
  return out;
}

const isBorder = (chars: string) => BORDER.test(chars) && DASHED.test(chars);

/** A run of consecutive lines that is one box table: [from, to) in the page's char lines, with its edge columns. */
interface BoxTable {
  /** Its lines from its left column. */
  lines: string[];
  from: number;
  to: number;
  left: number;
  right: number;
  edges: number[];
  /** For each row line, its bars' columns (from the left column) and the edge each stands for; null for a border. */
  bars: Array<Map<number, number> | null>;
}

/** Columns a word wider than its cell may push the bar after it right. */
const MAX_OVERRUN = 12;

/**
 * A row line's bars (`|` standing apart: a space or the line's end on each side) mapped to the
 * table's edges: each on an edge, or — as many bars as edges — each in order at or right of its
 * edge (a word overran its cell). Null when they fit neither: no row of this table.
 */
function rowBars(s: string, edges: readonly number[]): Map<number, number> | null {
  const found: number[] = [];
  for (let c = 0; c < s.length; c++) if (s[c] === "|" && (c === 0 || s[c - 1] === " ") && (c === s.length - 1 || s[c + 1] === " ")) found.push(c);
  const right = edges[edges.length - 1]!;
  const off = (bar: number, edge: number) => bar - edge >= -BAR_SLACK && bar - edge <= MAX_OVERRUN;
  if (found.length === edges.length && found.every((c, i) => off(c, edges[i]!) && (i === 0 || c > found[i - 1]!))) return new Map(found.map((c, i) => [c, edges[i]!]));
  // A cell spanning columns: its bars on edges, the closing one perhaps a column or two off.
  const edgeSet = new Set(edges);
  const last = found[found.length - 1];
  if (last === undefined || !off(last, right) || !found.slice(0, -1).every((c) => edgeSet.has(c))) return null;
  return new Map(found.map((c) => [c, c === last ? right : c]));
}

/** The box tables among a page's character lines. */
function findTables(cl: readonly CharLine[]): BoxTable[] {
  const tables: BoxTable[] = [];
  let i = 0;
  while (i < cl.length) {
    const first = cl[i]!.chars;
    const left = first.search(/\S/);
    const right = first.trimEnd().length - 1;
    // A table's lines all open and close at the same two columns, with a bar or a corner.
    // A row's closing bar may stand a column or two off (a spanning row padded to another width,
    // a hand-typed table); a border's corners may not.
    const boxLine = (s: string) => {
      const t = s.trimEnd();
      const end = t.length - 1;
      if (s.search(/\S/) !== left || !/[|+]/.test(t[left] ?? "") || !/[|+]/.test(t[end] ?? "")) return false;
      return end === right || (end - right >= -BAR_SLACK && end - right <= MAX_OVERRUN && !isBorder(t.slice(left)));
    };
    if (left < 0 || right - left < 4 || !boxLine(first)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cl.length && boxLine(cl[j]!.chars)) j++;
    const run = cl.slice(i, j).map((c) => c.chars.trimEnd().slice(left));
    const table = boxTable(run, left);
    if (table) tables.push({ ...table, lines: run, from: i, to: j });
    i = j;
  }
  return tables;
}

/** Edge columns of a run of box lines (relative to its left column), or null when it is no box table. */
function boxTable(run: readonly string[], left: number): { left: number; right: number; edges: number[]; bars: Array<Map<number, number> | null> } | null {
  if (run.length < MIN_TABLE_LINES) return null;
  const borders = run.map(isBorder);
  const nBorders = borders.filter(Boolean).length;
  if (nBorders === 0) return null;
  const full = run.filter((s, k) => borders[k] && FULL_BORDER.test(s));
  const width = (full[0] ?? run[0]!).length;
  const corners = full.some((s) => s.includes("+"));
  let edges: number[];
  if (corners) {
    // Every corner of a full border is a column edge.
    const set = new Set<number>();
    for (const s of full) for (let c = 0; c < s.length; c++) if (s[c] === "+") set.add(c);
    edges = [...set].sort((a, b) => a - b);
  } else {
    // Bars only: an edge is a column every line has a bar (or corner) in.
    edges = [];
    for (let c = 0; c < width; c++) if (run.every((s) => s[c] === "|" || s[c] === "+" || (s[c] === undefined && c >= s.length))) edges.push(c);
    // A Markdown pipe table: one separator, under the first line, and one line per row otherwise.
    const pipeTable = nBorders === 1 && borders[1] === true;
    if (pipeTable) return null;
  }
  if (edges.length < 2 || edges[0] !== 0 || edges[edges.length - 1] !== width - 1) return null;
  // Each row's bars, on the edges: a line with a bar at no inner edge and text across it is a
  // cell spanning columns; a word wider than its cell pushes the bars after it right.
  const bars: Array<Map<number, number> | null> = [];
  for (let k = 0; k < run.length; k++) {
    const b = borders[k] ? null : rowBars(run[k]!, edges);
    if (!borders[k] && !b) return null;
    bars.push(b);
  }
  return { left, right: left + width - 1, edges: edges.map((e) => e + left), bars };
}

/** The rules and cell segments of one table; its border lines are returned to be dropped. */
function readTable(cl: readonly CharLine[], t: BoxTable, left: number, pitch: number, bars: number[]): { rules: Rule[]; drop: Set<Line> } {
  const X = (col: number) => left + (col + 0.5) * pitch;
  const rules: Rule[] = [];
  const drop = new Set<Line>();
  const lines = cl.slice(t.from, t.to);
  const size = lines.find((c) => c.line.segments.length)?.line.segments[0]?.fontSize ?? 10;
  // A rule sits between the text of the rows above and below a border line: a little above its baseline.
  const ruleY = (l: Line) => l.y - 0.35 * size;
  const edgeSet = new Set(t.edges);
  lines.forEach((c, n) => {
    if (!isBorder(t.lines[n]!)) return;
    drop.add(c.line);
    const s = " ".repeat(t.left) + t.lines[n]!;
    const y = ruleY(c.line);
    // Each dashed stretch, corner to corner.
    let from = -1;
    for (let k = t.left; k <= t.right; k++) {
      const ch = s[k] ?? " ";
      if ((ch === "-" || ch === "=" || ch === ":") && from < 0) from = k - 1;
      if (!(ch === "-" || ch === "=" || ch === ":") && from >= 0) {
        rules.push({ x1: X(from), y1: y, x2: X(k), y2: y });
        from = -1;
      }
    }
  });
  // Vertical rules: down each edge column, over the lines that show a bar or corner there.
  for (const e of t.edges) {
    let top: number | null = null;
    let bottom = 0;
    const close = () => {
      if (top !== null && bottom > top) rules.push({ x1: X(e), y1: top, x2: X(e), y2: bottom });
      top = null;
    };
    for (const [n, c] of lines.entries()) {
      const ch = t.lines[n]![e - t.left];
      const rowBar = t.bars[n];
      const bar = rowBar ? [...rowBar.values()].includes(e - t.left) : ch === "|" || ch === "+";
      // A row line's extent: a line's height around its baseline; a border's: its rule.
      const border = drop.has(c.line);
      const y0 = border ? ruleY(c.line) : c.line.y - size;
      const y1 = border ? ruleY(c.line) : c.line.y + 0.3 * size;
      if (bar) {
        if (top === null) top = y0;
        bottom = y1;
      } else close();
    }
    close();
  }
  // Row lines: segments cut at the bars, each piece at its own column — moved back left by as
  // much as the bar before it was pushed right (a word overran its cell), so that it starts in
  // its column as the other rows' text does.
  for (const [n, c] of lines.entries()) {
    if (drop.has(c.line)) continue;
    const rowBar = t.bars[n]!;
    // A cell ends at the edge of the row's next bar (a cell spanning columns at a far one).
    const rowEdges = [...rowBar.values()].sort((a, b) => a - b);
    const nextEdge = (col: number) => rowEdges.find((e) => e > col);
    const segments: Segment[] = [];
    const cut: number[] = [];
    let shift = 0;
    c.line.segments.forEach((seg, i) => {
      const col0 = c.cols[i]!;
      let from = 0;
      const push = (to: number) => {
        const raw = seg.text.slice(from, to);
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (text) {
          const col = col0 + from + lead - shift;
          // A word wider than its cell is held to its cell: the next edge is its column's end.
          const end = nextEdge(col - t.left);
          const chars = end === undefined ? text.length : Math.max(1, Math.min(text.length, end - (col - t.left) - 1));
          segments.push({ ...seg, text, x: left + col * pitch, width: chars * pitch, start: seg.start + from + lead, end: seg.start + from + lead + text.length });
        }
      };
      for (let k = 0; k < seg.text.length; k++) {
        const edge = seg.text[k] === "|" ? rowBar.get(col0 + k - t.left) : undefined;
        if (edge === undefined) continue;
        push(k);
        from = k + 1;
        shift = col0 + k - t.left - edge;
        cut.push(seg.start + k);
      }
      push(seg.text.length);
    });
    c.line.segments = segments;
    // The line's text without its bars (blanked: offsets stay).
    c.line.text = blank(c.line.text, cut.map((b) => b - c.line.start));
    bars.push(...cut);
    if (segments.length === 0) c.line.kind = "blank";
  }
  return { rules, drop };
}

/**
 * The page's box tables read into rules and cell segments (in place). `pitch`: the width of one
 * character in the page's units; `left`: the x of column 0 (a segment's column is (x − left) / pitch).
 * Returns whether a table was found; `bars` gets the offsets (in the layout's text) of the bars cut.
 */
export function readBoxTables(page: Page, left: number, pitch: number, bars: number[] = []): boolean {
  if (!page.lines.some((l) => l.segments.some((s) => s.text.includes("+-") || s.text.includes("|")))) return false;
  const cl = charLines(page.lines, left, pitch);
  if (!cl) return false;
  const tables = findTables(cl);
  if (tables.length === 0) return false;
  const drop = new Set<Line>();
  for (const t of tables) {
    const read = readTable(cl, t, left, pitch, bars);
    page.rules.push(...read.rules);
    for (const l of read.drop) drop.add(l);
  }
  page.lines = page.lines.filter((l) => !drop.has(l));
  return true;
}

/** Box tables of a plain-text layout (x = column × CHAR_WIDTH). */
export function readTextBoxTables(layout: Layout): Layout {
  const bars: number[] = [];
  for (const page of layout.pages) readBoxTables(page, 0, CHAR_WIDTH, bars);
  return withBarsBlanked(layout, bars);
}

/** `text` with the characters at `at` as spaces. */
function blank(text: string, at: readonly number[]): string {
  if (at.length === 0) return text;
  const chars = text.split("");
  for (const i of at) if (i >= 0 && i < chars.length) chars[i] = " ";
  return chars.join("");
}

/** The layout's text with the cut bars blanked, as its lines' texts are (offsets unchanged). */
function withBarsBlanked(layout: Layout, bars: readonly number[]): Layout {
  if (bars.length === 0) return layout;
  layout.text = blank(layout.text, bars);
  return layout;
}

/**
 * Box tables of a PDF's typed pages: those the PDF reader judged typed (Page.typed, decided on the
 * page's glyph runs by pdf/typed.ts typedPitch), read on that page's character grid.
 */
export function readTypedBoxTables(layout: Layout): Layout {
  const bars: number[] = [];
  for (const page of layout.pages) if (page.typed && !page.ocr) readBoxTables(page, page.typed.left, page.typed.pitch, bars);
  return withBarsBlanked(layout, bars);
}
