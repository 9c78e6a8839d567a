import { DOUBLE, INTEGER, VARCHAR, type DuckDBConnection, type DuckDBType, type DuckDBValue } from "@duckdb/node-api";

/** A query result as plain JS: column names in order, rows as objects (JSON-safe values). */
export interface QueryResult<Row = Record<string, unknown>> {
  columns: string[];
  rows: Row[];
}

/** Filters shared by the canned queries; undefined means "any". */
export interface CommonFilter {
  /** Compact year. */
  year?: number;
  /** Department/office of the compact: its acronym (exact, any case) or part of its name. */
  entity?: string;
}
export interface MissionFilter extends CommonFilter {
  kind?: "peacekeeping" | "political";
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

export interface MissionRow {
  year: number | null; entity: string | null; acronym: string; canonical: string | null; name: string | null;
  kind: string | null; known: boolean; source_file: string; doc_id: string;
}
export interface ResolutionRow {
  symbol: string; date: string | null; kind: string; year: number | null; entity: string | null;
  source_file: string; doc_id: string;
}
export interface TargetRow {
  year: number | null; entity: string | null; objective_id: string; measure_index: number; target_index: number;
  comparator: string; value: number; unit: string | null; raw: string; measure: string; source_file: string; doc_id: string;
}

/**
 * Predicates on `c` (compacts) bound by name. `$entity` matches the acronym exactly or a substring
 * of the name, both case-insensitively; `contains` rather than LIKE so `%`/`_` in input are literal.
 */
const COMMON_WHERE = `($year IS NULL OR c.year = $year)
  AND ($entity IS NULL OR lower(c.entity_acronym) = lower($entity) OR contains(lower(c.entity_name), lower($entity)))`;
const COMMON_TYPES = { year: INTEGER, entity: VARCHAR };
const common = (f: CommonFilter) => ({ year: f.year ?? null, entity: f.entity ?? null });

const MISSIONS_SQL = `
SELECT c.year, coalesce(c.entity_acronym, c.entity_name) AS entity, m.acronym, m.canonical, m.name, m.kind, m.known,
       d.source_file, m.doc_id
FROM missions m JOIN compacts c USING (doc_id) JOIN documents d USING (doc_id)
WHERE ${COMMON_WHERE} AND ($kind IS NULL OR m.kind = $kind)
ORDER BY c.year NULLS LAST, entity, d.source_file, m.mission_index`;

const RESOLUTIONS_SQL = `
SELECT r.symbol, strftime(r.date, '%Y-%m-%d') AS date, d.kind, c.year, coalesce(c.entity_acronym, c.entity_name) AS entity,
       d.source_file, r.doc_id
FROM "references" r JOIN documents d USING (doc_id) LEFT JOIN compacts c USING (doc_id)
WHERE r.ref_type = 'resolution' AND ($symbol IS NULL OR upper(r.symbol) = upper(trim($symbol)))
  AND ${COMMON_WHERE}
ORDER BY r.symbol, c.year NULLS LAST, d.source_file`;

const TARGETS_SQL = `
SELECT c.year, coalesce(c.entity_acronym, c.entity_name) AS entity, t.objective_id, t.measure_index, t.target_index,
       t.comparator, t.value, t.unit, t.raw, m.text AS measure, d.source_file, t.doc_id
FROM targets t
  JOIN measures m USING (doc_id, objective_id, measure_index)
  JOIN compacts c USING (doc_id) JOIN documents d USING (doc_id)
WHERE ${COMMON_WHERE}
  AND ($unit IS NULL OR t.unit = $unit) AND ($max IS NULL OR t.value <= $max) AND ($min IS NULL OR t.value >= $min)
ORDER BY c.year NULLS LAST, entity, d.source_file, t.objective_id, t.measure_index, t.target_index`;

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
  return runQuery<MissionRow>(conn, MISSIONS_SQL, { ...common(f), kind: f.kind ?? null }, { ...COMMON_TYPES, kind: VARCHAR });
}

export function queryResolutions(conn: DuckDBConnection, f: ResolutionFilter = {}): Promise<QueryResult<ResolutionRow>> {
  return runQuery<ResolutionRow>(conn, RESOLUTIONS_SQL, { ...common(f), symbol: f.symbol ?? null }, { ...COMMON_TYPES, symbol: VARCHAR });
}

export function queryTargets(conn: DuckDBConnection, f: TargetFilter = {}): Promise<QueryResult<TargetRow>> {
  return runQuery<TargetRow>(
    conn,
    TARGETS_SQL,
    { ...common(f), unit: f.unit ?? null, max: f.max ?? null, min: f.min ?? null },
    { ...COMMON_TYPES, unit: VARCHAR, max: DOUBLE, min: DOUBLE },
  );
}
