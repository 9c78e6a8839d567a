/**
 * Ranked full-text search over objectives (docs/research.md): each objective of each compact is
 * one document made of the fields asked for (its own text, its expected accomplishments, its
 * measures), ranked by Okapi BM25 on stemmed terms (text.ts), so "gender balance", "balanced
 * genders" and "balancing gender" find the same objective. Pure: the CLI loads the rows from the
 * index (index-search.ts), tests build them from outputs.
 */
import type { CompactOutput } from "../model/output.js";
import { terms } from "./text.js";

export const SEARCH_FIELDS = ["objectives", "accomplishments", "measures", "all"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One objective as search sees it. */
export interface SearchObjective {
  docId: string;
  sourceFile: string;
  year: number | null;
  /** Acronym when known, else the name. */
  entity: string | null;
  /** For --entity: acronym and name as the index holds them. */
  entityAcronym: string | null;
  entityName: string | null;
  objectiveId: string;
  section: string | null;
  objective: string;
  accomplishments: readonly string[];
  measures: readonly string[];
}

export interface SearchHit {
  score: number;
  year: number | null;
  entity: string | null;
  objective_id: string;
  section: string | null;
  /** Where the best-matching text is: objective, accomplishment or measure. */
  matched_in: "objective" | "accomplishment" | "measure";
  objective: string;
  /** The best-matching text with the query's words marked **like this**. */
  snippet: string;
  source_file: string;
  doc_id: string;
}

/** BM25 term-frequency saturation: the usual value (Robertson & Zaragoza 2009); a word said thrice counts little more than once. */
const BM25_K1 = 1.2;
/** BM25 length normalization: the usual value; an objective with ten measures should not win on length alone. */
const BM25_B = 0.75;
/*
 * After BM25, a score is multiplied by the share of the query's terms the objective has (Lucene's
 * classic "coord"): for "gender balance", an objective about opening *balances* (a rarer term,
 * so a higher idf) must not outrank one about gender balance.
 */
/** Longest snippet; a measure or objective rarely exceeds it, and a table cell stays readable. */
const SNIPPET_CHARS = 160;

type Field = { kind: SearchHit["matched_in"]; text: string };

function fieldsOf(o: SearchObjective, where: SearchField): Field[] {
  const out: Field[] = [];
  if (where === "objectives" || where === "all") out.push({ kind: "objective", text: o.objective });
  if (where === "accomplishments" || where === "all") out.push(...o.accomplishments.map((text) => ({ kind: "accomplishment" as const, text })));
  if (where === "measures" || where === "all") out.push(...o.measures.map((text) => ({ kind: "measure" as const, text })));
  return out;
}

export interface SearchOptions {
  in?: SearchField;
  year?: number;
  entity?: string;
  limit?: number;
}

/** Objectives of the compact an entity filter means: the acronym exactly, or part of the name (any case), as `compacts query` does. */
function entityMatches(o: SearchObjective, entity: string): boolean {
  const e = entity.toLowerCase();
  return o.entityAcronym?.toLowerCase() === e || (o.entityName?.toLowerCase().includes(e) ?? false);
}

export function searchObjectives(all: readonly SearchObjective[], query: string, options: SearchOptions = {}): SearchHit[] {
  const where = options.in ?? "all";
  const q = [...new Set(terms(query))];
  if (!q.length) return [];
  const docs = all
    .filter((o) => (options.year === undefined || o.year === options.year) && (options.entity === undefined || entityMatches(o, options.entity)))
    .map((o) => {
      const fields = fieldsOf(o, where).map((f) => ({ ...f, terms: terms(f.text) }));
      const tf = new Map<string, number>();
      let length = 0;
      for (const f of fields) for (const t of f.terms) (tf.set(t, (tf.get(t) ?? 0) + 1), length++);
      return { o, fields, tf, length };
    })
    .filter((d) => d.length > 0);
  if (!docs.length) return [];
  const avg = docs.reduce((s, d) => s + d.length, 0) / docs.length;
  const df = new Map<string, number>();
  for (const t of q) df.set(t, docs.filter((d) => d.tf.has(t)).length);
  const N = docs.length;
  const hits: SearchHit[] = [];
  for (const d of docs) {
    let score = 0;
    let matched = 0;
    for (const t of q) {
      const f = d.tf.get(t) ?? 0;
      if (!f) continue;
      matched++;
      const n = df.get(t)!;
      // BM25's idf with +1 inside the log: never negative for a term in most documents.
      const idf = Math.log(1 + (N - n + 0.5) / (n + 0.5));
      score += (idf * f * (BM25_K1 + 1)) / (f + BM25_K1 * (1 - BM25_B + (BM25_B * d.length) / avg));
    }
    if (score <= 0) continue;
    score *= matched / q.length;
    const qs = new Set(q);
    // The field sharing most distinct query terms shows in the snippet (the objective on ties).
    let best = d.fields[0]!;
    let bestShared = -1;
    for (const f of d.fields) {
      const shared = new Set(f.terms.filter((t) => qs.has(t))).size;
      if (shared > bestShared) (best = f, bestShared = shared);
    }
    hits.push({
      score: Math.round(score * 1000) / 1000,
      year: d.o.year, entity: d.o.entity, objective_id: d.o.objectiveId, section: d.o.section,
      matched_in: best.kind, objective: d.o.objective, snippet: snippet(best.text, qs),
      source_file: d.o.sourceFile, doc_id: d.o.docId,
    });
  }
  hits.sort((a, b) => b.score - a.score || (b.year ?? 0) - (a.year ?? 0) || a.objective_id.localeCompare(b.objective_id));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

/** A word as the snippet sees it (letters, digits, inner hyphens and apostrophes). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The text around its first query word (at most SNIPPET_CHARS), every query word marked **so**. */
export function snippet(text: string, queryTerms: ReadonlySet<string>): string {
  const marks: Array<[number, number]> = [];
  for (const m of text.matchAll(WORD)) {
    if (terms(m[0]).some((t) => queryTerms.has(t))) marks.push([m.index, m.index + m[0].length]);
  }
  let start = 0;
  let end = text.length;
  if (text.length > SNIPPET_CHARS) {
    const first = marks[0]?.[0] ?? 0;
    start = Math.max(0, Math.min(first - 40, text.length - SNIPPET_CHARS));
    // Start and end on word boundaries.
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    end = Math.min(text.length, start + SNIPPET_CHARS);
    const space = text.lastIndexOf(" ", end);
    if (end < text.length && space > start) end = space;
  }
  let out = start > 0 ? "…" : "";
  let at = start;
  for (const [a, b] of marks) {
    if (a < start || b > end) continue;
    out += `${text.slice(at, a)}**${text.slice(a, b)}**`;
    at = b;
  }
  return out + text.slice(at, end) + (end < text.length ? "…" : "");
}

/** The search rows of one output (tests, and anyone searching JSON without an index). */
export function searchObjectivesOf(c: CompactOutput, sourceFile: string = c.source.file): SearchObjective[] {
  return c.objectives.map((o) => ({
    docId: c.source.sha256, sourceFile, year: c.year,
    entity: c.entity?.acronym ?? c.entity?.name ?? null, entityAcronym: c.entity?.acronym ?? null, entityName: c.entity?.name ?? null,
    objectiveId: o.id, section: o.section, objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text),
  }));
}
