import { BOOLEAN, DOUBLE, INTEGER, VARCHAR, type DuckDBConnection, type DuckDBType, type DuckDBValue } from "@duckdb/node-api";
import { SOURCES_SQL } from "./schema.js";

/** A query result as plain JS: column names in order, rows as objects (JSON-safe values). */
export interface QueryResult<Row = Record<string, unknown>> {
  columns: string[];
  rows: Row[];
}

/**
 * Which sources of a compact a query reads. By default each compact once, from its best source
 * (schema.ts SOURCES_SQL), so a compact archived as PDF and as text does not double every row;
 * `allSources` gives one row per source document.
 */
export interface SourcesFilter {
  allSources?: boolean;
}

/** Filters shared by the canned queries; undefined means "any". */
export interface CommonFilter extends SourcesFilter {
  /** Compact year. */
  year?: number;
  /** Department/office of the compact: its acronym (exact, any case) or part of its name. */
  entity?: string;
}
export interface MissionFilter extends CommonFilter {
  kind?: "peacekeeping" | "political";
  /** As printed or its gazetteer name, any case (no alias or successor lookup: `compacts mission` does that). */
  acronym?: string;
}
export interface ResolutionFilter extends CommonFilter {
  /** Resolution symbol, e.g. A/RES/61/279 (any case, surrounding spaces ignored). */
  symbol?: string;
}
export interface TargetFilter extends CommonFilter {
  /** Target unit exactly as normalised ("%", "days", "pp" …). */
  unit?: string;
  /** Keep targets whose value is at most this. */
  max?: number;
  /** Keep targets whose value is at least this. */
  min?: number;
}

export interface ObjectiveFilter extends CommonFilter {
  /** Words looked for, any case, in the objective, its expected accomplishments and its measures. */
  text?: string;
}

/** Columns every canned query ends with: where the row comes from, and how many sources its compact has. */
interface SourceColumns {
  source_file: string;
  /** Documents holding this compact (1, or more when it is archived in several formats). */
  sources: number;
  doc_id: string;
}
export interface MissionRow extends SourceColumns {
  year: number | null; entity: string | null; acronym: string; canonical: string | null; name: string | null;
  kind: string | null; known: boolean;
  /** Named in a mandate list (false: only in the text). */
  listed: boolean | null;
}
export interface ResolutionRow extends SourceColumns {
  symbol: string; date: string | null; kind: string; year: number | null; entity: string | null;
}
export interface TargetRow extends SourceColumns {
  year: number | null; entity: string | null; objective_id: string; measure_index: number; target_index: number;
  comparator: string; value: number; unit: string | null; raw: string; measure: string;
}
export interface ObjectiveRow extends SourceColumns {
  year: number | null; entity: string | null; objective_id: string; objective: string;
  /** Where the words were found: "objective", "accomplishment", "measure" (comma-separated). */
  matched_in: string | null;
}

/**
 * Predicates on `c` (compacts) bound by name. `$entity` matches the acronym exactly or a substring
 * of the name, both case-insensitively; `contains` rather than LIKE so `%`/`_` in input are literal.
 */
const COMMON_WHERE = `($year IS NULL OR c.year = $year)
  AND ($entity IS NULL OR lower(c.entity_acronym) = lower($entity) OR contains(lower(c.entity_name), lower($entity)))
  AND ($all_sources OR s.source_rank = 1)`;
const COMMON_TYPES = { year: INTEGER, entity: VARCHAR, all_sources: BOOLEAN };
const common = (f: CommonFilter) => ({ year: f.year ?? null, entity: f.entity ?? null, all_sources: f.allSources ?? false });
/** Each query reads the sources ranking as `s` (one definition, shared with the `sources` view). */
const WITH_SOURCES = `WITH s AS (${SOURCES_SQL})`;

const MISSIONS_SQL = `${WITH_SOURCES}
SELECT c.year, coalesce(c.entity_acronym, c.entity_name) AS entity, m.acronym, m.canonical, m.name, m.kind, m.known,
       m.listed, d.source_file, s.sources, m.doc_id
FROM missions m JOIN compacts c USING (doc_id) JOIN documents d USING (doc_id) JOIN s USING (doc_id)
WHERE ${COMMON_WHERE} AND ($kind IS NULL OR m.kind = $kind)
  AND ($acronym IS NULL OR upper(m.acronym) = upper($acronym) OR upper(m.canonical) = upper($acronym))
ORDER BY c.year NULLS LAST, entity, d.source_file, m.mission_index`;

const RESOLUTIONS_SQL = `${WITH_SOURCES}
SELECT r.symbol, strftime(r.date, '%Y-%m-%d') AS date, d.kind, c.year, coalesce(c.entity_acronym, c.entity_name) AS entity,
       d.source_file, s.sources, r.doc_id
FROM refs r JOIN documents d USING (doc_id) JOIN s USING (doc_id) LEFT JOIN compacts c USING (doc_id)
WHERE r.ref_type = 'resolution' AND ($symbol IS NULL OR upper(r.symbol) = upper(trim($symbol)))
  AND ${COMMON_WHERE}
ORDER BY r.symbol, c.year NULLS LAST, d.source_file`;

const TARGETS_SQL = `${WITH_SOURCES}
SELECT c.year, coalesce(c.entity_acronym, c.entity_name) AS entity, t.objective_id, t.measure_index, t.target_index,
       t.comparator, t.value, t.unit, t.raw, m.text AS measure, d.source_file, s.sources, t.doc_id
FROM targets t
  JOIN measures m USING (doc_id, objective_id, measure_index)
  JOIN compacts c USING (doc_id) JOIN documents d USING (doc_id) JOIN s USING (doc_id)
WHERE ${COMMON_WHERE}
  AND ($unit IS NULL OR t.unit = $unit) AND ($max IS NULL OR t.value <= $max) AND ($min IS NULL OR t.value >= $min)
ORDER BY c.year NULLS LAST, entity, d.source_file, t.objective_id, t.measure_index, t.target_index`;

/**
 * `$text` is matched with `contains` on lower-cased text (no LIKE: `%` and `_` in the words are
 * literal). An objective matches on its own text, any expected accomplishment or any measure.
 */
const OBJECTIVES_SQL = `${WITH_SOURCES},
hits AS (
  SELECT doc_id, objective_id, 'objective' AS place, 1 AS ord FROM objectives WHERE contains(lower(objective), lower($text))
  UNION ALL SELECT DISTINCT doc_id, objective_id, 'accomplishment', 2 FROM accomplishments WHERE contains(lower(text), lower($text))
  UNION ALL SELECT DISTINCT doc_id, objective_id, 'measure', 3 FROM measures WHERE contains(lower(text), lower($text))
),
matched AS (SELECT doc_id, objective_id, string_agg(place, ',' ORDER BY ord) AS matched_in FROM hits GROUP BY ALL)
SELECT c.year, coalesce(c.entity_acronym, c.entity_name) AS entity, o.objective_id, o.objective, h.matched_in,
       d.source_file, s.sources, o.doc_id
FROM objectives o JOIN compacts c USING (doc_id) JOIN documents d USING (doc_id) JOIN s USING (doc_id)
  LEFT JOIN matched h USING (doc_id, objective_id)
WHERE ${COMMON_WHERE} AND ($text IS NULL OR h.matched_in IS NOT NULL)
ORDER BY c.year NULLS LAST, entity, d.source_file, o.ordinal`;

/** JSON-safe conversion: BIGINT/DECIMAL come back as strings from DuckDB's JSON view; make them numbers when exact. */
function jsonRows(columns: string[], types: string[], rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const numeric = new Set(columns.filter((_, i) => /^(BIGINT|HUGEINT|UBIGINT|UHUGEINT|DECIMAL)/.test(types[i] ?? "")));
  if (!numeric.size) return rows;
  return rows.map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const c of numeric) {
      const v = out[c];
      if (typeof v === "string") {
        const n = Number(v);
        if (Number.isFinite(n) && (Number.isSafeInteger(n) || !/^-?\d+$/.test(v))) out[c] = n;
      }
    }
    return out;
  });
}

/** Run SQL with bound `$name` values. `Row` is the caller's promise about the columns its SQL selects. */
export async function runQuery<Row = Record<string, unknown>>(
  conn: DuckDBConnection, sql: string, values?: Record<string, DuckDBValue>, types?: Record<string, DuckDBType>,
): Promise<QueryResult<Row>> {
  const reader = await conn.runAndReadAll(sql, values, types);
  const columns = reader.columnNames();
  const colTypes = reader.columnTypes().map(String);
  const rows = jsonRows(columns, colTypes, reader.getRowObjectsJson() as Array<Record<string, unknown>>);
  return { columns, rows: rows as unknown as Row[] };
}

export function queryMissions(conn: DuckDBConnection, f: MissionFilter = {}): Promise<QueryResult<MissionRow>> {
  return runQuery<MissionRow>(conn, MISSIONS_SQL, { ...common(f), kind: f.kind ?? null, acronym: f.acronym ?? null }, { ...COMMON_TYPES, kind: VARCHAR, acronym: VARCHAR });
}

export function queryResolutions(conn: DuckDBConnection, f: ResolutionFilter = {}): Promise<QueryResult<ResolutionRow>> {
  return runQuery<ResolutionRow>(conn, RESOLUTIONS_SQL, { ...common(f), symbol: f.symbol ?? null }, { ...COMMON_TYPES, symbol: VARCHAR });
}

export function queryObjectives(conn: DuckDBConnection, f: ObjectiveFilter = {}): Promise<QueryResult<ObjectiveRow>> {
  return runQuery<ObjectiveRow>(conn, OBJECTIVES_SQL, { ...common(f), text: f.text ?? null }, { ...COMMON_TYPES, text: VARCHAR });
}

export function queryTargets(conn: DuckDBConnection, f: TargetFilter = {}): Promise<QueryResult<TargetRow>> {
  return runQuery<TargetRow>(
    conn,
    TARGETS_SQL,
    { ...common(f), unit: f.unit ?? null, max: f.max ?? null, min: f.min ?? null },
    { ...COMMON_TYPES, unit: VARCHAR, max: DOUBLE, min: DOUBLE },
  );
}
