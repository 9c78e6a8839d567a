/**
 * What the renderers and the truth writer share: header labels, item markers, text-layer quirks,
 * the printed measure text and the feature list of a document.
 */

/** Column header words per vocabulary: [singular, plural]. */
const LABELS = {
  obj: ["Objective", "Objectives"],
  "acc:expected-accomplishment": ["Expected accomplishment", "Expected accomplishments"],
  "acc:expected-result": ["Expected result", "Expected results"],
  "acc:outcome": ["Outcome", "Outcomes"],
  "meas:performance-measure": ["Performance measure", "Performance measures"],
  "meas:indicator-of-achievement": ["Indicator of achievement", "Indicators of achievement"],
  "meas:key-performance-indicator": ["Key performance indicator", "Key performance indicators"],
  risks: ["Risk and mitigation", "Risks and mitigations"],
  baseline: ["Baseline", "Baselines"],
  target: ["Target", "Targets"],
};
const SMALL_WORDS = new Set(["of", "and"]);

/** The header label of a column as printed, as a list of lines (more than one when wrapped). */
export function headerLines(col, table) {
  const key = col === "acc" ? `acc:${table.accVocab}` : col === "meas" ? `meas:${table.measVocab}` : col;
  let s = LABELS[key][table.number === "plural" ? 1 : 0];
  if (table.case === "upper") s = s.toUpperCase();
  else if (table.case === "title") s = s.split(" ").map((w) => (SMALL_WORDS.has(w) ? w : w[0].toUpperCase() + w.slice(1))).join(" ");
  if (!table.wrapped) return [s];
  const words = s.split(" ");
  if (words.length === 1) return [s];
  if (words.length === 2) return words;
  const cut = Math.ceil(words.length / 2);
  return words.length >= 4 ? [words.slice(0, 2).join(" "), words.slice(2, 3).join(" "), words.slice(3).join(" ")] : [words.slice(0, cut).join(" "), words.slice(cut).join(" ")];
}

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** The printed marker of the n-th (0-based) item for a marker style; "" for none/html-list. */
export function markerText(style, n) {
  switch (style) {
    case "(a)": return `(${LETTERS[n]})`;
    case "(i)": return `(${ROMAN[n]})`;
    case "1.": return `${n + 1}.`;
    case "a)": return `${LETTERS[n]})`;
    case "none": case "html-list": return "";
    case "pua": return "\uf0b7"; // Symbol-font bullet in the Private Use Area
    default: return style;
  }
}

/** Quirk regexes. */
const LONG_WORD = /[A-Za-z]{11,}/g; // words long enough to carry a soft hyphen
const INNER_HYPHEN = /(?<=[a-z])-(?=[a-zA-Z])/g; // word-internal hyphens (follow-up, Secretary-General)
const NUMBER_UNIT = /(\d) (per cent|days|December|in \d{4})/g; // a number and its unit, kept together
/**
 * The text-layer quirks a document's plan asks for, applied to printed text (HTML and Markdown),
 * never to truth: ligature code points, soft hyphens inside long words, no-break spaces between a
 * number and its unit, U+2011 for word-internal hyphens.
 */
export function quirk(s, plan) {
  let t = s;
  if (plan["text-nb-hyphen"]) t = t.replace(INNER_HYPHEN, "\u2011");
  if (plan["text-nbsp"]) t = t.replace(NUMBER_UNIT, "$1\u00a0$2");
  if (plan["text-soft-hyphen"]) t = t.replace(LONG_WORD, (w) => { const i = Math.floor(w.length / 2); return `${w.slice(0, i)}\u00ad${w.slice(i)}`; });
  if (plan["text-ligatures"]) t = t.replace(/fi/g, "\ufb01").replace(/fl/g, "\ufb02");
  return t;
}

/** True when a table prints a baseline or target cell per measure. */
export const perMeasure = (table) => table.cols.includes("target") || table.cols.includes("baseline");
/** The text printed for a measure in a table: the indicator where a target column carries the number. */
export const measureText = (m, table) => (perMeasure(table) ? m.indicator : m.text);

/** Canonical order of the non-objective columns (anything else counts as a non-standard order). */
const CANONICAL = ["obj", "acc", "meas", "risks", "baseline", "target"];

/** Features of one table (the header, cell and marker features its rows carry). */
export function tableFeatures(doc, table, rows) {
  const f = new Set();
  f.add(`objective:${table.objective}`);
  f.add(`subrows:${table.subrows}`);
  f.add(`header-number:${table.number}`);
  f.add(`header-case:${table.case}`);
  if (table.cols.includes("acc")) f.add(`acc-vocab:${table.accVocab}`);
  else f.add("no-accomplishment");
  f.add(`meas-vocab:${table.measVocab}`);
  for (const c of ["risks", "baseline", "target"]) if (table.cols.includes(c)) f.add(`col:${c}`);
  if (table.cols.length === 2) f.add("two-column");
  const sorted = [...table.cols].sort((a, b) => CANONICAL.indexOf(a) - CANONICAL.indexOf(b));
  if (sorted.join() !== table.cols.join()) f.add("order:nonstandard");
  if (table.wrapped && table.cols.some((c) => headerLines(c, table).length > 1)) f.add("header-wrapped");
  if (table.repeated && table.objective !== "heading") f.add("header-repeated");
  if (table.vcenter) f.add("cells-vcenter");
  if (table.cols.includes("acc") && rows.some((r) => r.accomplishments.length)) f.add(`marker:${table.accMarker}`);
  f.add(`marker:${table.measMarker}`);
  if (table.cols.includes("risks")) f.add(`marker:${table.otherMarker}`);
  return f;
}

/** Features of the whole document (frame, text layer, entities, plus every table's). */
export function docFeatures(doc) {
  const p = doc.plan;
  const f = new Set();
  f.add(doc.plan.ruled ? "ruled" : "borderless");
  f.add(`title:${p.title}`);
  f.add(`preamble:${p.preamble}`);
  f.add(`entity:${doc.entityPlacement}`);
  f.add(`sections:${p.sections}`);
  f.add(`signatures:${p.signatures}`);
  for (const b of ["running-header", "page-footer", "two-column-prose", "landscape", "text-ligatures", "text-soft-hyphen", "text-nbsp", "text-smart-quotes", "text-nb-hyphen", "text-per-cent",
    "res-sc-symbol", "res-sc-prose", "res-year-like", "res-plural", "res-ga-symbol", "res-ga-prose", "res-ecosoc", "res-dated", "doc-qualified"]) if (p[b]) f.add(b);
  if (doc.footnotes.length) f.add("footnotes");
  if (doc.missionsList.length) f.add("missions-mandate-list");
  if (p["missions-run-on"]) f.add("missions-run-on");
  if (p["missions-prose"]) f.add("missions-prose");
  if (doc.sections.some((s) => s.rows.some((r) => r.measures.some((m) => /Support plans agreed with/.test(m.text))))) f.add("missions-in-cells");
  if (doc.missionsList.length || doc.challenges.length) f.add(`marker:${p.otherMarker}`);
  if (doc.sections.some((s) => s.rows.some((r) => r.long))) f.add("cells-long");
  for (const s of doc.sections) for (const x of tableFeatures(doc, s.table, s.rows)) f.add(x);
  return [...f].sort();
}

/** Per-row features: the row's table features, plus cells-long for a long row. */
export function rowFeatures(doc, section, row) {
  const f = tableFeatures(doc, section.table, section.rows);
  if (row.long) f.add("cells-long");
  return [...f].sort();
}

/** Signature dates in one of three printed styles. */
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export function dateText(d, style) {
  if (style === 1) return `${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
  if (style === 2) return `${String(d.d).padStart(2, "0")} ${MONTHS[d.m - 1]} ${d.y}`;
  return `${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
}

/**
 * Every feature the corpus is built to cover. Each must appear in at least MIN_DOCS development
 * documents of each ruling (ruled and borderless); test/corpus/corpus.test.ts checks it.
 */
export const MIN_DOCS = 3;
export function catalogue(DIMENSIONS, MARKERS) {
  const f = [];
  for (const d of ["title", "preamble", "entity", "sections", "signatures"]) for (const o of DIMENSIONS[d]) f.push(`${d}:${o}`);
  f.push("running-header", "page-footer", "footnotes", "two-column-prose", "landscape");
  for (const o of DIMENSIONS.headerNumber) f.push(`header-number:${o}`);
  for (const o of DIMENSIONS.headerCase) f.push(`header-case:${o}`);
  for (const o of DIMENSIONS.accVocab) f.push(`acc-vocab:${o}`);
  for (const o of DIMENSIONS.measVocab) f.push(`meas-vocab:${o}`);
  for (const o of ["column", "spanning-row", "heading"]) f.push(`objective:${o}`);
  for (const o of ["flat", "rowspan", "measure-rows"]) f.push(`subrows:${o}`);
  for (const o of ["risks", "baseline", "target"]) f.push(`col:${o}`);
  f.push("two-column", "no-accomplishment", "order:nonstandard", "header-wrapped", "header-repeated", "cells-vcenter", "cells-long");
  for (const m of MARKERS) f.push(`marker:${m}`);
  f.push("text-ligatures", "text-soft-hyphen", "text-nbsp", "text-smart-quotes", "text-nb-hyphen", "text-per-cent");
  f.push("missions-mandate-list", "missions-run-on", "missions-prose", "missions-in-cells");
  f.push("res-sc-symbol", "res-sc-prose", "res-year-like", "res-plural", "res-ga-symbol", "res-ga-prose", "res-ecosoc", "res-dated", "doc-qualified");
  return f;
}

/** Features a catalogue misses: those under MIN_DOCS documents in either ruling. */
export function coverageGaps(featureLists, cat) {
  const count = new Map(cat.map((f) => [f, { ruled: 0, borderless: 0 }]));
  for (const fs of featureLists) {
    const ruling = fs.includes("ruled") ? "ruled" : "borderless";
    for (const f of fs) count.get(f)?.[ruling] !== undefined && count.get(f)[ruling]++;
  }
  return [...count].filter(([, c]) => c.ruled < MIN_DOCS || c.borderless < MIN_DOCS).map(([f, c]) => `${f} (ruled ${c.ruled}, borderless ${c.borderless})`);
}
