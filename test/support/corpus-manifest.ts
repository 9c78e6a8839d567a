/**
 * The checks every generated corpus's test makes of its manifest and truth (test/corpus6 …
 * test/corpus18): the manifest read, the brief's sizes and split, each rendering present, every
 * feature in enough documents and in both ruled and borderless ones, objectives unique per document (the scorer matches rows by
 * objective) with a structure block that pairs with the rows, every truth cell printed in a
 * rendering. Each returns what fails, so a test reads `expect(…).toEqual([])` and names the culprits.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface CorpusEntry {
  id: string;
  split: string;
  rows: number;
  ruled: boolean;
  features: string[];
  renderings: Record<string, string>;
  truth: string;
  source?: string;
  /** Per PDF rendering (`lo`, `chromium`, …), the truth rows a page break cuts (corpus16 on). */
  cutRows?: Record<string, number[]>;
}

interface TruthRows {
  rows: Array<Record<string, string | string[]> & { objective: string; measures: string[] }>;
  structure?: { rows: Array<{ objective: string; measures: unknown[] }> };
}

/** The manifest of the corpus in `dir`. */
export function readManifest(dir: string): { documents: CorpusEntry[] } {
  return JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { documents: CorpusEntry[] };
}

/** The truth of one document. */
export function readTruth(dir: string, entry: CorpusEntry): TruthRows {
  return JSON.parse(readFileSync(join(dir, entry.truth), "utf8")) as TruthRows;
}

/** `"<id> <key>"` for every listed rendering a document lacks (not in the manifest or not on disk). */
export function missingRenderings(dir: string, docs: readonly CorpusEntry[], keys: readonly string[]): string[] {
  return docs.flatMap((d) => keys.filter((k) => !existsSync(join(dir, d.renderings[k] ?? "missing"))).map((k) => `${d.id} ${k}`));
}

/**
 * The feature crossing: features in fewer than `minDocs` documents (`thin`), and features not
 * matching `notCrossed` (the rule style itself and the like) that only ruled or only borderless
 * documents have (`oneSided`).
 */
export function featureCrossing(docs: readonly CorpusEntry[], minDocs: number, notCrossed: RegExp): { thin: string[]; oneSided: string[] } {
  const counts = new Map<string, { ruled: number; borderless: number }>();
  for (const d of docs)
    for (const f of d.features) {
      const c = counts.get(f) ?? { ruled: 0, borderless: 0 };
      if (d.ruled) c.ruled++;
      else c.borderless++;
      counts.set(f, c);
    }
  const all = [...counts];
  return {
    thin: all.filter(([, c]) => c.ruled + c.borderless < minDocs).map(([f]) => f),
    oneSided: all.filter(([f, c]) => !notCrossed.test(f) && (c.ruled === 0 || c.borderless === 0)).map(([f]) => f),
  };
}

/**
 * Documents whose truth repeats an objective (case folded), or (`structure`: true) whose structure
 * block does not pair with the rows one to one (same objective, as many measures).
 */
export function truthRowProblems(dir: string, docs: readonly CorpusEntry[], { structure }: { structure: boolean }): string[] {
  const problems: string[] = [];
  for (const d of docs) {
    const truth = readTruth(dir, d);
    const objs = truth.rows.map((r) => r.objective.toLowerCase());
    if (new Set(objs).size !== objs.length) problems.push(`${d.id}: objectives repeat`);
    if (!structure) continue;
    truth.rows.forEach((r, i) => {
      const s = truth.structure?.rows[i];
      if (s?.objective !== r.objective || s.measures.length !== r.measures.length) problems.push(`${d.id} row ${i}: structure does not pair`);
    });
  }
  return problems;
}

/**
 * `"<id> <rendering>: <cell>"` for every truth cell (objective, items, extra columns; not the
 * section) whose `key` form is not in the `key` form of the rendering's text.
 */
export function cellsNotPrinted(dir: string, docs: readonly CorpusEntry[], rendering: string, key: (s: string) => string): string[] {
  const missing: string[] = [];
  for (const d of docs) {
    const text = key(readFileSync(join(dir, d.renderings[rendering] ?? ""), "utf8"));
    for (const r of readTruth(dir, d).rows)
      for (const [k, v] of Object.entries(r)) if (k !== "section") for (const s of [v].flat()) if (!text.includes(key(s))) missing.push(`${d.id} ${rendering}: ${s}`);
  }
  return missing;
}

/** Features that are by nature only one of ruled/borderless (the rule style itself): most corpora's `notCrossed`. */
export const RULE_STYLE = /^(ruled|borderless|rules:.*)$/;

/** What a corpus's brief promises of its size, its split, its renderings and its features. */
export interface CorpusBrief {
  /** The least documents and rows of a split, e.g. `{ dev11: { docs: 22, rows: 280 }, holdout11: { docs: 14 } }`. */
  splits?: Record<string, { docs?: number; rows?: number }>;
  /** The least documents and rows of the whole corpus. */
  total?: { docs?: number; rows?: number };
  /** The least share of the documents each split holds; every document is in one of these splits. */
  shares?: Record<string, number>;
  /** Renderings every document has. */
  renderings: readonly string[];
  /** Every feature is in this many documents (default 3), and in ruled and borderless ones unless it matches `notCrossed` (default RULE_STYLE). */
  minDocsPerFeature?: number;
  notCrossed?: RegExp;
  /** Features the brief names: each in `minDocsPerFeature` documents at least (a feature no document has escapes featureCrossing). */
  features?: readonly string[];
}

/**
 * What a corpus breaks of its brief: a split or the whole with too few documents or rows, a split's
 * share too small or a document outside the shared splits, a rendering missing (`<id> <key>`), a
 * thin or one-sided feature, a named feature in too few documents.
 */
export function briefProblems(dir: string, docs: readonly CorpusEntry[], brief: CorpusBrief): string[] {
  const minDocs = brief.minDocsPerFeature ?? 3;
  const problems: string[] = [];
  const sizes = (name: string, ds: readonly CorpusEntry[], min: { docs?: number; rows?: number }) => {
    const rows = ds.reduce((a, d) => a + d.rows, 0);
    if (ds.length < (min.docs ?? 0)) problems.push(`${name}: ${ds.length} documents < ${min.docs}`);
    if (rows < (min.rows ?? 0)) problems.push(`${name}: ${rows} rows < ${min.rows}`);
  };
  for (const [split, min] of Object.entries(brief.splits ?? {})) sizes(split, docs.filter((d) => d.split === split), min);
  if (brief.total) sizes("corpus", docs, brief.total);
  if (brief.shares) {
    const shares = brief.shares;
    for (const d of docs) if (!(d.split in shares)) problems.push(`${d.id}: split ${d.split} is none of ${Object.keys(shares).join(", ")}`);
    for (const [split, min] of Object.entries(shares)) {
      const share = docs.filter((d) => d.split === split).length / docs.length;
      if (!(share >= min)) problems.push(`${split}: share ${share.toFixed(2)} < ${min}`);
    }
  }
  problems.push(...missingRenderings(dir, docs, brief.renderings));
  const crossing = featureCrossing(docs, minDocs, brief.notCrossed ?? RULE_STYLE);
  problems.push(...crossing.thin.map((f) => `thin: ${f}`), ...crossing.oneSided.map((f) => `one-sided: ${f}`));
  for (const f of brief.features ?? []) {
    const n = docs.filter((d) => d.features.includes(f)).length;
    if (n < minDocs) problems.push(`${f}: ${n} documents < ${minDocs}`);
  }
  return problems;
}

/** NFKC, typed and curly apostrophes alike, Markdown's backslash escapes dropped: how a text rendering's words are compared with the truth's. */
export const plainKey = (s: string): string => s.normalize("NFKC").replace(/[’']/g, "'").replace(/\\([|*'()\[\]-])/g, "$1");

/**
 * `"<id> <rendering> <word>"` for every word of every truth cell (not the section; split at white
 * space, hyphens, dashes and slashes, where a cell may wrap) whose `key` form the `key` form of the
 * rendering's text lacks. For renderings that wrap cells (layout text, grid tables): words, not cells.
 */
export function cellWordsMissing(dir: string, docs: readonly CorpusEntry[], rendering: string, key: (s: string) => string = plainKey): string[] {
  const missing: string[] = [];
  for (const d of docs) {
    const txt = key(readFileSync(join(dir, d.renderings[rendering] ?? ""), "utf8"));
    for (const r of readTruth(dir, d).rows)
      for (const [f, v] of Object.entries(r))
        if (f !== "section") for (const cell of [v].flat()) for (const w of key(String(cell)).split(/[\s\-–/]+/)) if (w && !txt.includes(w)) missing.push(`${d.id} ${rendering} ${w}`);
  }
  return missing;
}

/** How many truth rows the page breaks of one PDF rendering (`cutRows` key) cut, over `docs`. */
export function cutRowCount(docs: readonly CorpusEntry[], pdf: string): number {
  return docs.reduce((a, d) => a + (d.cutRows?.[pdf]?.length ?? 0), 0);
}

/** What a later draw of a generator (dev8c, tune7b, dev9b, dev10b) promises of itself. */
export interface DrawBrief {
  /** The split drawn, e.g. `dev8c`; its files live in `<split>/`. */
  split: string;
  /** Its ids are `<prefix>-001` … in order, `count` of them. */
  prefix: string;
  count: number;
  minRows: number;
  renderings: readonly string[];
  /** The earlier split of the same planner whose every feature the draw must show. */
  reference: string;
  minDocsPerFeature: number;
  notCrossed: RegExp;
  /**
   * `alone`: every feature in `minDocsPerFeature` documents and in ruled and borderless ones within
   * the draw; `as-well-as-reference`: no more thin or one-sided features than the reference has,
   * and at least a third of the documents ruled and a third borderless.
   */
  crossing: "alone" | "as-well-as-reference";
}

/**
 * What a draw breaks of its brief: ids out of order or missing, too few rows, a rendering outside
 * the split's folder, a feature of the reference split not shown, a crossing worse than promised.
 */
export function drawProblems(all: readonly CorpusEntry[], brief: DrawBrief): string[] {
  const docs = all.filter((d) => d.split === brief.split);
  const reference = all.filter((d) => d.split === brief.reference);
  const problems: string[] = [];
  const ids = Array.from({ length: brief.count }, (_, i) => `${brief.prefix}-${String(i + 1).padStart(3, "0")}`);
  if (docs.map((d) => d.id).join(" ") !== ids.join(" ")) problems.push(`ids: ${docs.map((d) => d.id).join(" ")} (expected ${ids[0]} … ${ids.at(-1)})`);
  const rows = docs.reduce((a, d) => a + d.rows, 0);
  if (rows < brief.minRows) problems.push(`rows: ${rows} < ${brief.minRows}`);
  for (const d of docs) for (const k of brief.renderings) if (!d.renderings[k]?.startsWith(`${brief.split}/`)) problems.push(`${d.id} ${k}: not in ${brief.split}/`);
  const shown = new Set(docs.flatMap((d) => d.features));
  for (const f of new Set(reference.flatMap((d) => d.features))) if (!shown.has(f)) problems.push(`not shown: ${f}`);
  const crossing = featureCrossing(docs, brief.minDocsPerFeature, brief.notCrossed);
  if (brief.crossing === "alone") {
    problems.push(...crossing.thin.map((f) => `thin: ${f}`), ...crossing.oneSided.map((f) => `one-sided: ${f}`));
  } else {
    const gaps = (c: { thin: string[]; oneSided: string[] }) => c.thin.length + c.oneSided.length;
    const own = gaps(crossing);
    const ref = gaps(featureCrossing(reference, brief.minDocsPerFeature, brief.notCrossed));
    if (own > ref) problems.push(`crossing: ${own} thin or one-sided features > ${ref} in ${brief.reference}`);
    const ruled = docs.filter((d) => d.ruled).length;
    if (ruled < brief.count / 3) problems.push(`ruled: ${ruled} < ${brief.count / 3}`);
    if (docs.length - ruled < brief.count / 3) problems.push(`borderless: ${docs.length - ruled} < ${brief.count / 3}`);
  }
  return problems;
}

/**
 * What the gate's floors (test/corpus/floors.json, keys `<corpus>:<split>/<rendering>`) break of a
 * corpus's promise: a tuned split's rendering without a floor, a floor that does not count every
 * row and document of the split that has the rendering, or any floor on the held-out split (held
 * out means never gated). `floorsFile` is the path of floors.json.
 */
export function gateProblems(
  floorsFile: string,
  corpus: string,
  docs: readonly CorpusEntry[],
  { tuned, heldOut, renderings }: { tuned: string; heldOut: string; renderings: readonly string[] },
): string[] {
  const floors = JSON.parse(readFileSync(floorsFile, "utf8")) as Record<string, { exact: number; rows: number; docs: number }>;
  const problems = Object.keys(floors)
    .filter((k) => k.startsWith(`${corpus}:${heldOut}/`))
    .map((k) => `${k}: a held-out split is gated`);
  for (const k of renderings) {
    const key = `${corpus}:${tuned}/${k}`;
    const f = floors[key];
    if (!f) {
      problems.push(`${key}: no floor`);
      continue;
    }
    const ds = docs.filter((d) => d.split === tuned && d.renderings[k]);
    const rows = ds.reduce((a, d) => a + d.rows, 0);
    if (f.rows !== rows || f.docs !== ds.length) problems.push(`${key}: floor counts ${f.rows} rows in ${f.docs} documents, the split has ${rows} in ${ds.length}`);
  }
  return problems;
}

/**
 * `"<id> <rendering> <word>"` for every word of every truth objective (split at `words`: spaces and
 * hyphens, where a text may end a line) that the rendering's text lacks. In a text rendering the
 * columns interleave, so only the objectives' words are looked for, each alone. `text` turns the
 * file into the text searched (a fold, joined line ends), `fold` the word; `skip` leaves a document
 * out (one that hyphenates where the document asks).
 */
export function objectiveWordsMissing(
  dir: string,
  docs: readonly CorpusEntry[],
  rendering: string,
  { words = /[ -]/, text = (raw: string) => raw, fold = (w: string) => w, skip = () => false }: { words?: RegExp; text?: (raw: string) => string; fold?: (w: string) => string; skip?: (d: CorpusEntry) => boolean } = {},
): string[] {
  const missing: string[] = [];
  for (const d of docs) {
    if (skip(d)) continue;
    const txt = text(readFileSync(join(dir, d.renderings[rendering] ?? ""), "utf8"));
    for (const r of readTruth(dir, d).rows) for (const w of String(r.objective ?? "").split(words)) if (!txt.includes(fold(w))) missing.push(`${d.id} ${rendering} ${w}`);
  }
  return missing;
}
