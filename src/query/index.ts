import { access } from "node:fs/promises";
import { openDb } from "./db.js";
import { QueryError } from "./errors.js";
import {
  queryMissions, queryObjectives, queryResolutions, queryTargets, runQuery,
  type MissionFilter, type MissionRow, type ObjectiveFilter, type ObjectiveRow, type QueryResult, type ResolutionFilter,
  type ResolutionRow, type TargetFilter, type TargetRow,
} from "./queries.js";
import { exportParquet } from "./export.js";
import { ADDED_COLUMNS, type TableName } from "./schema.js";

export { buildIndex, listOutputJson, DEFAULT_DB_NAME, type IndexReport } from "./build.js";
export { TABLES, TABLE_NAMES, SOURCES_SQL, SOURCES_VIEW, type TableDef, type ColumnDef, type TableName } from "./schema.js";
export { compactKey, normalizeKeyPart } from "./identity.js";
export { outputToRows, type TableRows, type Cell } from "./rows.js";
export { formatResult, selectColumns, toCsv, toJson, toTable, FORMATS, type Format, type FormatOptions } from "./format.js";
export { QueryError, type QueryErrorCode } from "./errors.js";
export type {
  QueryResult, SourcesFilter, CommonFilter, MissionFilter, MissionRow, ResolutionFilter, ResolutionRow, TargetFilter, TargetRow,
  ObjectiveFilter, ObjectiveRow,
} from "./queries.js";

/** An opened index: typed canned queries, free SQL and Parquet export over one DuckDB file. */
export interface CompactsIndex {
  missions(filter?: MissionFilter): Promise<QueryResult<MissionRow>>;
  resolutions(filter?: ResolutionFilter): Promise<QueryResult<ResolutionRow>>;
  targets(filter?: TargetFilter): Promise<QueryResult<TargetRow>>;
  objectives(filter?: ObjectiveFilter): Promise<QueryResult<ObjectiveRow>>;
  /** Any SQL; `params` bind to `$name` placeholders. Read-only unless opened with `{ readOnly: false }`. */
  sql(sql: string, params?: Record<string, string | number | boolean | null>): Promise<QueryResult>;
  exportParquet(dir: string): Promise<Array<{ table: TableName; file: string; rows: number }>>;
  close(): void;
}

/**
 * Open an index built by `buildIndex` (`compacts index`). Read-only by default, so several readers
 * can share the file and a stray `sql("DELETE …")` cannot damage it.
 */
export async function openIndex(path: string, options: { readOnly?: boolean } = {}): Promise<CompactsIndex> {
  try {
    await access(path);
  } catch {
    throw new QueryError("INDEX_NOT_FOUND", `no index at ${path}: run \`compacts index <output folder>\` first, or point at an index with --db <file> (or $COMPACTS_DB)`);
  }
  const db = await openDb(path, options.readOnly ?? true).catch((e: unknown) => {
    throw new QueryError("INDEX_INVALID", `cannot open index ${path}: ${(e as Error).message}`, { cause: e });
  });
  // An index written before a column was added (schema.ts ADDED_COLUMNS) cannot be migrated
  // read-only: say how to update it instead of failing every query with a missing column.
  for (const a of ADDED_COLUMNS) {
    const found = await db.conn.runAndReadAll(
      "SELECT count(*)::INTEGER AS n FROM information_schema.columns WHERE table_name = $t AND column_name = $c",
      { t: a.table, c: a.column.name },
    );
    if (Number(found.getRowObjectsJS()[0]?.["n"] ?? 0) === 0) {
      db.close();
      throw new QueryError("INDEX_INVALID", `the index ${path} was built by an older version (no ${a.table}.${a.column.name}): run \`compacts index\` on its folder again to update it`);
    }
  }
  const wrap = async <T>(what: string, run: () => Promise<T>, code: QueryError["code"] = "QUERY_FAILED"): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof QueryError) throw e;
      throw new QueryError(code, `${what}: ${(e as Error).message}`, { cause: e });
    }
  };
  return {
    missions: (f) => wrap("missions query", () => queryMissions(db.conn, f)),
    resolutions: (f) => wrap("resolutions query", () => queryResolutions(db.conn, f)),
    targets: (f) => wrap("targets query", () => queryTargets(db.conn, f)),
    objectives: (f) => wrap("objectives query", () => queryObjectives(db.conn, f)),
    sql: (sql, params) => wrap("sql", () => runQuery(db.conn, sql, params)),
    // Its own unsandboxed read-only instance: COPY … TO must write files, free SQL must not.
    exportParquet: (dir) =>
      wrap("export", async () => {
        const exporter = await openDb(path, true, true);
        try {
          return await exportParquet(exporter.conn, dir);
        } finally {
          exporter.close();
        }
      }, "EXPORT_FAILED"),
    close: () => db.close(),
  };
}
