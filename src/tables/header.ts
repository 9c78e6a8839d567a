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
  const words = lineWords(first, layoutText);
  const single = matchHeaderWords(words);
  if (single) return { columns: single, lineCount: 1, page: first.page, line: first.line };
  const second = lines[i + 1];
  if (!second || second.segments.length === 0 || second.page !== first.page) return null;
  // Only try a wrapped header when the first line already has the opening words of each phrase.
  const text = first.text.toLowerCase();
  if (!/objective/.test(text) || !/expected|performance/.test(text)) return null;
  const merged = mergeWrappedHeader(words, lineWords(second, layoutText), averageCharWidth(first));
  const double = matchHeaderWords(merged);
  return double ? { columns: double, lineCount: 2, page: first.page, line: first.line } : null;
}

/** Append each word of a header's second line to the first-line cell it sits under. */
function mergeWrappedHeader(top: Word[], bottom: Word[], charWidth: number): Word[] {
  const groups: Word[][] = [];
  top.forEach((w, k) => {
    const prev = top[k - 1];
    if (!prev || prev.segment !== w.segment || prev.column !== w.column) groups.push([w]);
    else groups[groups.length - 1]?.push(w);
  });
  for (const w of bottom) {
    let target = -1;
    groups.forEach((g, gi) => {
      const head = g[0];
      if (!head) return;
      const sameCell = w.column !== undefined && head.column !== undefined ? w.column >= head.column : w.x >= head.x - ANCHOR_SLACK_CHARS * charWidth;
      if (sameCell) target = gi;
    });
    if (target >= 0) groups[target]?.push({ ...w, segment: groups[target]?.[0]?.segment ?? w.segment });
    else return [];
  }
  return groups.flat();
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
  // A word before the objective phrase is a row-label column only if it is a cell of its own
  // (another segment or tab column); in the same run it is prose ("My programme objectives and
  // performance measures for the year 2008" wrapped on a narrow page).
  const before = words[objectiveAt - 1], objectiveHead = words[objectiveAt];
  if (before && objectiveHead && before.segment === objectiveHead.segment && before.column === objectiveHead.column) return null;
  if (!columns.some((c) => c.role === "accomplishments") && !columns.some((c) => c.role === "measures")) return null;
  // Words before the objective phrase are a row label column nobody reads; drop them.
  const after = extras.filter((g) => (g[0]?.x ?? 0) > (columns[0]?.x ?? 0));
  const extraWords = after.reduce((n, g) => n + g.length, 0);
  if (extraWords > MAX_EXTRA_WORDS || after.some((g) => g.length > MAX_EXTRA_COLUMN_WORDS)) return null;
  if (after.some((g) => /[,;]$/.test(g[g.length - 1]?.text ?? ""))) return null;
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
