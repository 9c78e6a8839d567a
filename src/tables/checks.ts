import type { Layout, Line } from "../model/layout.js";
import type { Objective, Warning } from "../model/output.js";
import { GLYPH_CLASS } from "../vocab/markers.js";

/**
 * Consistency checks the table reader runs on its own rows, without any truth: a row that shows
 * the marks of text read into the wrong cell or row gets a warning with a code, page and line, so
 * that a user feeding the JSON to analytics knows which rows to look at ("never silently wrong
 * output"). They never change a row. Each check was kept only where it fired on (almost) no fully
 * right document of the tuning corpora (scripts/corpus/warnings.mjs, docs/tables.md#warnings).
 *
 * - TABLE_ITEM_FRAGMENT: a cell text that begins in lower case, ends on a word no phrase ends on, or
 *   goes on in lower case after a full stop ("intelligence units trained", "Positive feedback
 *   from", "… among staff. languages"): a wrapped text was cut, its other part read into another
 *   cell or row, or another cell's text glued on.
 * - TABLE_MARKER_INSIDE: a list marker ("(b)", "•", "2.") inside a text, or a text that is only a
 *   marker: two items, or an item and its neighbour, were read as one.
 * - TABLE_VALUE_COUNT: a row of a table with per-measure value cells (Target, Baseline) whose
 *   count of values differs from its count of measures: a value or a measure was read into the
 *   wrong row or glued into a measure.
 *
 * Left out: an item running from a lower-case word into a capitalised one that opens a printed line
 * ("… regional commitments Communities covered …", two unmarked items read as one) fired on as many
 * right documents as wrong ones ("informed by written Commission advice"): names are capitalised.
 */

/** Words a phrase does not end on: a cell text ending on one was cut in the middle of a phrase. */
const OPEN_ENDING = /\b(?:of|and|the|to|for|with|by|in|on|a|an|or|from|at|through|its|their|our|that|which|per|into|under|between|across)$/;
/**
 * A text opening in lower case is the rest of a wrapped text. Not a word that goes on in capitals or
 * a hyphen ("e-Recruitment", "iSeek"), which is printed so.
 */
const LOWER_START = /^[a-z](?![a-z]*[A-Z-])/;
/**
 * A list marker standing inside a text: "(b)", "(iv)", "(3)", a bullet glyph (the project's one
 * table of them, vocab/markers: Unicode bullets and the symbol fonts' private-use ones), or "2." before a
 * capital — each between spaces, as an item's marker is printed — or a letter-like bullet ("o",
 * "-", "–") between a sentence's end and a capital ("… regional groups. o Low response rates").
 */
const MARKER_INSIDE = new RegExp(String.raw`\s(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|${GLYPH_CLASS}|(?<![\w.])\d{1,2}\.(?=\s+[A-Z]))\s|(?<=[.;:])\s[o–-]\s(?=[A-Z])`, "u");
/**
 * A full stop after a word, then a word in lower case: text of another cell or row glued after an
 * item's end ("… among staff. languages"). Not after an abbreviation that a lower-case word follows.
 */
const LOWER_AFTER_STOP = /[a-z]{3,}\. [a-z]{2,}/;
const ABBREVIATION_STOP = /\b(?:e\.g|i\.e|etc|viz|cf|incl|approx|vs|para|paras|no|nos|art|rev|corr|add|ref)\. [a-z]/i;
/** A text that is a marker alone: a list number, a bullet glyph, a letter-like bullet. */
const MARKER_ONLY = new RegExp(String.raw`^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|${GLYPH_CLASS}|[o–-])\s*$`, "u");
/** The per-measure value columns: their cells go one to a measure (extra keys of known columns). */
const VALUE_KEYS = ["target", "baseline"] as const;

type CellText = { kind: string; text: string };

/** The row's texts in print order: objective, accomplishments, measures, further columns. */
function cellTexts(row: Objective): CellText[] {
  const texts: CellText[] = [{ kind: "objective", text: row.objective }];
  for (const a of row.accomplishments) texts.push({ kind: "accomplishment", text: a });
  for (const m of row.measures) texts.push({ kind: "measure", text: m.text });
  for (const [key, items] of Object.entries(row.extra)) for (const x of items) texts.push({ kind: key, text: x });
  return texts.filter((t) => t.text.trim());
}

/** The first line of the row (from its provenance) whose text holds `words`, else the row's first line. */
function lineOf(row: Objective, lines: ReadonlyMap<number, Line>, words: string): { page: number; line: number } {
  const needle = words.replace(/\s+/g, " ").trim();
  if (needle) {
    for (let n = row.provenance.lines[0]; n <= row.provenance.lines[1]; n++) {
      const l = lines.get(n);
      if (l && l.text.replace(/\s+/g, " ").includes(needle)) return { page: l.page, line: l.line };
    }
  }
  return { page: row.provenance.page, line: row.provenance.lines[0] };
}

/**
 * What to look for in print to find a marker's line: a bracketed or numbered marker alone (it is
 * rare in text), a letter-like bullet ("o", "-") with the word after it.
 */
function markerWords(text: string, inside: RegExpExecArray): string {
  const marker = inside[0].trim();
  return /^[o–-]$/.test(marker) ? text.slice(inside.index).trim().split(/\s+/).slice(0, 2).join(" ") : marker;
}

/**
 * A text that goes on in lower case after a full stop (not an abbreviation's). LOWER_AFTER_STOP needs
 * ". ": a text without it (most cells, one sentence each) is not scanned (session 54).
 */
export const runsOnAfterStop = (text: string) => text.includes(". ") && LOWER_AFTER_STOP.test(text) && !ABBREVIATION_STOP.test(text);
const firstWords = (s: string, n = 2) => s.trim().split(/\s+/).slice(0, n).join(" ");
const lastWords = (s: string, n = 2) => s.trim().split(/\s+/).slice(-n).join(" ");
const quote = (s: string, n = 60) => `"${s.length > n ? `${s.slice(0, n)}…` : s}"`;

/** The checks over a table reader's rows. Returns the warnings; at most one per code and row. */
export function checkRows(layout: Layout, rows: readonly Objective[]): Warning[] {
  const warnings: Warning[] = [];
  if (!rows.length) return warnings;
  const lines = new Map<number, Line>();
  for (const p of layout.pages) for (const l of p.lines) lines.set(l.line, l);
  for (const row of rows) {
    const warn = (code: string, message: string, at: { page: number; line: number }) => warnings.push({ code, message, page: at.page, line: at.line });
    const texts = cellTexts(row);
    const fragment = texts.find((t) => LOWER_START.test(t.text.trim()) || OPEN_ENDING.test(t.text.trim()) || runsOnAfterStop(t.text));
    if (fragment) {
      const t = fragment.text.trim();
      const opens = LOWER_START.test(t);
      const after = !opens && !OPEN_ENDING.test(t) ? LOWER_AFTER_STOP.exec(t) : null;
      const what = opens ? "begins in lower case" : after ? `goes on in lower case after a full stop ("${after[0]}")` : `ends on "${lastWords(t, 1)}"`;
      const words = opens ? firstWords(t) : after ? t.slice(after.index + after[0].indexOf(" ") + 1).split(/\s+/).slice(0, 2).join(" ") : lastWords(t);
      warn("TABLE_ITEM_FRAGMENT", `row ${row.id}: ${fragment.kind} ${quote(t)} ${what}: part of a wrapped text may have been read into another cell or row`, lineOf(row, lines, words));
    }
    const marked = texts.find((t) => MARKER_INSIDE.test(t.text) || MARKER_ONLY.test(t.text));
    if (marked) {
      const inside = MARKER_INSIDE.exec(marked.text);
      warn("TABLE_MARKER_INSIDE", `row ${row.id}: ${marked.kind} ${quote(marked.text)} ${inside ? `holds the list marker "${inside[0].trim()}"` : "is a list marker alone"}: two items or cells may have been read as one`, lineOf(row, lines, inside ? markerWords(marked.text, inside) : marked.text));
    }
    for (const key of VALUE_KEYS) {
      const values = row.extra[key];
      if (!values?.length || values.length === row.measures.length) continue;
      warn("TABLE_VALUE_COUNT", `row ${row.id}: ${row.measures.length} measure${row.measures.length === 1 ? "" : "s"} but ${values.length} ${key} value${values.length === 1 ? "" : "s"}: a value or a measure may have been read into another row or cell`, lineOf(row, lines, ""));
      break;
    }
  }
  return warnings;
}
