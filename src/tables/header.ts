import type { Line } from "../model/layout.js";
import { lineWords, averageCharWidth, ANCHOR_SLACK_CHARS } from "./columns.js";
import type { ColumnDef, Word } from "./columns.js";

/** Header phrases of the three standard columns, any case, singular or plural, "(s)" variants. */
const PLURAL = String.raw`(?:s|\s*\(s\))?`;
export const HEADER_PHRASES = {
  objective: new RegExp(String.raw`^(?:(?:programme|strategic|main|key|management)\s+)?objective${PLURAL}:?$`, "i"),
  accomplishments: new RegExp(String.raw`^expected\s+(?:accomplishment|result|outcome)${PLURAL}:?$`, "i"),
  measures: new RegExp(
    String.raw`^(?:(?:performance\s+(?:measure|indicator)${PLURAL})(?:\s*(?:/|and|or)\s*(?:indicator|measure|target)${PLURAL})?|indicators?\s+of\s+achievement)(?:\s*\([^)]*\))?:?$`,
    "i",
  ),
} as const;
type Role = keyof typeof HEADER_PHRASES;
const ROLES: readonly Role[] = ["objective", "accomplishments", "measures"];
/** Single words that only occur as part of a standard header. */
const HEADER_FRAGMENT = /^(?:expected|performance|objectives?|accomplishments?(?:\(s\))?|measures?(?:\(s\))?|indicators?)$/i;
/** The longest phrase above in words; a phrase is matched over at most this many consecutive words. */
const MAX_PHRASE_WORDS = 6;
/**
 * A header line is the phrases and little else. Prose that names them ("the main objectives,
 * expected accomplishments and associated performance measures") has the objective later in the
 * line and many other words: the objective phrase must start within the first words, and the
 * words outside phrases (extra column headers) are few.
 */
const MAX_WORDS_BEFORE_OBJECTIVE = 1;
const MAX_EXTRA_WORDS = 10;
/** An extra column header is a short label, not a clause. */
const MAX_EXTRA_COLUMN_WORDS = 5;

export interface TableHeader {
  columns: ColumnDef[];
  /** How many source lines the header took (1, or 2 when the header wraps). */
  lineCount: number;
  page: number;
  line: number;
}

/** "Risks and mitigations" → "risksAndMitigations". */
export function camelCaseKey(header: string): string {
  const words = header
    .replace(/\(s\)/gi, "s")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join("");
}

/**
 * Find the table header at `lines[i]` (possibly wrapped onto `lines[i+1]`). Returns the columns
 * with their anchors (left edge of each header cell), or null.
 */
export function detectHeader(lines: readonly Line[], i: number, layoutText?: string): TableHeader | null {
  const first = lines[i];
  if (!first || first.segments.length === 0) return null;
  const single = matchHeaderWords(lineWords(first, layoutText));
  if (single) return { columns: single, lineCount: 1, page: first.page, line: first.line };
  // A wrapped header: header cells of two or three lines, vertically centred or top-aligned
  // ("Expected" / "Objective … Performance measure" / "accomplishment").
  for (let n = 2; n <= MAX_HEADER_LINES; n++) {
    const window = lines.slice(i, i + n);
    if (window.length < n || window.some((l) => l.segments.length === 0 || l.page !== first.page)) break;
    if (window.some((l) => lineWords(l).length > MAX_HEADER_LINE_WORDS)) break;
    const text = window.map((l) => l.text).join(" ").toLowerCase();
    if (!/objective/.test(text) || !/expected|performance/.test(text)) continue;
    const merged = matchHeaderWords(mergeHeaderCells(window, layoutText));
    if (merged) return { columns: merged, lineCount: n, page: first.page, line: first.line };
  }
  return null;
}

/** A header wraps over at most this many lines (three: a centred two-line cell above and below a one-line cell). */
const MAX_HEADER_LINES = 3;
/** A header line is a few labels; a data line wrapped in narrow columns still has more words than this. */
const MAX_HEADER_LINE_WORDS = 12;

/**
 * Merge the lines of a wrapped header into one word sequence, cell by cell: pieces that overlap
 * horizontally (or share a cell index) are one header cell, read top to bottom. Each cell's
 * anchor is its leftmost piece.
 */
function mergeHeaderCells(window: readonly Line[], layoutText: string | undefined): Word[] {
  interface Piece {
    words: Word[];
    left: number;
    right: number;
    column: number | undefined;
    order: number;
  }
  const pieces: Piece[] = [];
  window.forEach((line, li) => {
    const charWidth = averageCharWidth(line);
    const words = lineWords(line, layoutText);
    line.segments.forEach((seg, si) => {
      const ws = words.filter((w) => w.segment === si);
      if (ws.length) pieces.push({ words: ws, left: seg.x, right: seg.x + Math.max(seg.width, charWidth), column: seg.column, order: li * 1000 + si });
    });
  });
  const cells: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => a.left - b.left)) {
    const cell = cells.find((c) =>
      c.some((q) => (p.column !== undefined && q.column !== undefined ? p.column === q.column : p.left < q.right && q.left < p.right)),
    );
    if (cell) cell.push(p);
    else cells.push([p]);
  }
  return cells.flatMap((cell, ci) => {
    const left = Math.min(...cell.map((p) => p.left));
    const column = cell[0]?.column;
    return cell
      .sort((a, b) => a.order - b.order)
      .flatMap((p) => p.words)
      .map((w) => ({ ...w, x: left, column, segment: ci }));
  });
}

/** Match the header phrases over a line's words, left to right. */
function matchHeaderWords(words: readonly Word[]): ColumnDef[] | null {
  const columns: ColumnDef[] = [];
  const extras: Word[][] = [];
  let objectiveAt = -1;
  let k = 0;
  let lastWasPhrase = false;
  while (k < words.length) {
    const hit = matchPhraseAt(words, k);
    if (hit) {
      const head = words[k];
      if (!head) break;
      if (columns.some((c) => c.role === hit.role)) return null;
      if (hit.role === "objective") objectiveAt = k;
      columns.push({ key: hit.role, role: hit.role, header: hit.text, x: head.x, column: head.column });
      k += hit.length;
      lastWasPhrase = true;
      continue;
    }
    const w = words[k];
    if (!w) break;
    const prev = words[k - 1];
    const group = extras[extras.length - 1];
    if (lastWasPhrase || !group || !prev || prev.segment !== w.segment || prev.column !== w.column) extras.push([w]);
    else group.push(w);
    lastWasPhrase = false;
    k++;
  }
  if (objectiveAt < 0 || objectiveAt > MAX_WORDS_BEFORE_OBJECTIVE) return null;
  if (!columns.some((c) => c.role === "accomplishments") && !columns.some((c) => c.role === "measures")) return null;
  // Words before the objective phrase are a row label column nobody reads; drop them.
  const after = extras.filter((g) => (g[0]?.x ?? 0) > (columns[0]?.x ?? 0));
  const extraWords = after.reduce((n, g) => n + g.length, 0);
  if (extraWords > MAX_EXTRA_WORDS || after.some((g) => g.length > MAX_EXTRA_COLUMN_WORDS)) return null;
  if (after.some((g) => /[,;]$/.test(g[g.length - 1]?.text ?? ""))) return null;
  // A lone piece of a standard header ("Expected" whose "accomplishment" is on another line) means
  // the header is not complete yet: let the caller try a taller window.
  if (after.some((g) => g.length === 1 && HEADER_FRAGMENT.test(g[0]?.text ?? ""))) return null;
  for (const g of after) {
    const head = g[0];
    if (!head) continue;
    const header = g.map((w) => w.text).join(" ").replace(/:$/, "");
    columns.push({ key: camelCaseKey(header), role: "extra", header, x: head.x, column: head.column });
  }
  columns.sort((a, b) => (a.column ?? 0) - (b.column ?? 0) || a.x - b.x);
  return columns;
}

function matchPhraseAt(words: readonly Word[], k: number): { role: Role; length: number; text: string } | null {
  // Longest match first, so "Performance measures / indicators" beats "Performance measures".
  for (let n = Math.min(MAX_PHRASE_WORDS, words.length - k); n >= 1; n--) {
    const slice = words.slice(k, k + n);
    // A phrase lives in one cell: never match across a known cell (tab) boundary.
    if (slice.some((w) => w.column !== slice[0]?.column)) continue;
    const text = slice.map((w) => w.text).join(" ");
    for (const role of ROLES) if (HEADER_PHRASES[role].test(text)) return { role, length: n, text };
  }
  return null;
}
