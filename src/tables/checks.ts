import type { Layout, Line } from "../model/layout.js";
import type { Objective, Warning } from "../model/output.js";

/**
 * Consistency checks the table reader runs on its own rows, without any truth: a row that shows
 * the marks of text read into the wrong cell or row gets a warning with a code, page and line, so
 * that a user feeding the JSON to analytics knows which rows to look at ("never silently wrong
 * output"). They never change a row. Each check was kept only where it fired on (almost) no fully
 * right document of the tuning corpora (scripts/corpus/warnings.mjs, docs/tables.md#warnings).
 *
 * - TABLE_ITEM_FRAGMENT: a cell text that begins in lower case or ends on a word no phrase ends on
 *   ("… officials of financial" / "intelligence units trained"): a wrapped text was cut, its other
 *   part read into another cell or row.
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
 * A list marker standing inside a text: "(b)", "(iv)", "(3)", a bullet glyph, or "2." before a
 * capital — each between spaces, as an item's marker is printed.
 */
const MARKER_INSIDE = /\s(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[•▪●○◦■□➢]|(?<![\w.])\d{1,2}\.(?=\s+[A-Z]))\s/u;
/** A text that is a marker alone. */
const MARKER_ONLY = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|[•▪●○◦■□➢o-])\s*$/u;
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
    const fragment = texts.find((t) => LOWER_START.test(t.text.trim()) || OPEN_ENDING.test(t.text.trim()));
    if (fragment) {
      const t = fragment.text.trim();
      const opens = LOWER_START.test(t);
      warn("TABLE_ITEM_FRAGMENT", `row ${row.id}: ${fragment.kind} ${quote(t)} ${opens ? "begins in lower case" : `ends on "${lastWords(t, 1)}"`}: part of a wrapped text may have been read into another cell or row`, lineOf(row, lines, opens ? firstWords(t) : lastWords(t)));
    }
    const marked = texts.find((t) => MARKER_INSIDE.test(t.text) || MARKER_ONLY.test(t.text));
    if (marked) {
      const inside = MARKER_INSIDE.exec(marked.text);
      warn("TABLE_MARKER_INSIDE", `row ${row.id}: ${marked.kind} ${quote(marked.text)} ${inside ? `holds the list marker "${inside[0].trim()}"` : "is a list marker alone"}: two items or cells may have been read as one`, lineOf(row, lines, inside ? inside[0].trim() : marked.text));
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
