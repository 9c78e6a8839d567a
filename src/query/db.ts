import {
  BIGINT, BOOLEAN, DOUBLE, INTEGER, LIST, VARCHAR, DuckDBInstance, listValue,
  type DuckDBConnection, type DuckDBType, type DuckDBValue,
} from "@duckdb/node-api";
import type { ColumnDef, TableDef } from "./schema.js";
import type { Cell } from "./rows.js";

/** Typed failure of the query layer, caught once in the CLI like ExtractError. */
export class QueryError extends Error {
  readonly code: "INDEX_NOT_FOUND" | "INDEX_INVALID" | "QUERY_FAILED" | "EXPORT_FAILED";
  constructor(code: QueryError["code"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "QueryError";
    this.code = code;
  }
}

/** The DuckDB type a parameter of this column binds as. DATE/TIMESTAMP bind as ISO text, CAST in SQL. */
export function paramType(type: ColumnDef["type"]): DuckDBType {
  switch (type) {
    case "VARCHAR": case "DATE": case "TIMESTAMP": return VARCHAR;
    case "INTEGER": return INTEGER;
    case "DOUBLE": return DOUBLE;
    case "BOOLEAN": return BOOLEAN;
    case "BIGINT": return BIGINT;
    case "VARCHAR[]": return LIST(VARCHAR);
  }
}

export function toDuckValue(cell: Cell, type: ColumnDef["type"]): DuckDBValue {
  if (cell === null) return null;
  if (Array.isArray(cell)) return listValue(cell as string[]);
  if (type === "BIGINT" && typeof cell === "number") return BigInt(Math.round(cell));
  return cell as string | number | boolean;
}

/** `INSERT INTO t VALUES ($1, CAST($2 AS DATE), …)`: built from our schema, values always bound. */
export function insertSql(t: TableDef): string {
  const params = t.columns.map((c, i) =>
    c.type === "DATE" || c.type === "TIMESTAMP" ? `CAST($${i + 1} AS ${c.type})` : `$${i + 1}`,
  );
  return `INSERT INTO "${t.name}" VALUES (${params.join(", ")})`;
}

export async function insertRows(conn: DuckDBConnection, t: TableDef, rows: readonly Cell[][]): Promise<void> {
  if (!rows.length) return;
  const stmt = await conn.prepare(insertSql(t));
  try {
    const types = t.columns.map((c) => paramType(c.type));
    for (const row of rows) {
      stmt.bind(row.map((cell, i) => toDuckValue(cell, t.columns[i]!.type)), types);
      await stmt.run();
    }
  } finally {
    stmt.destroySync();
  }
}

/** Run `body` in one transaction: all of it lands, or none. */
export async function inTransaction<T>(conn: DuckDBConnection, body: () => Promise<T>): Promise<T> {
  await conn.run("BEGIN TRANSACTION");
  try {
    const out = await body();
    await conn.run("COMMIT");
    return out;
  } catch (e) {
    await conn.run("ROLLBACK");
    throw e;
  }
}

export interface OpenedDb {
  instance: DuckDBInstance;
  conn: DuckDBConnection;
  close(): void;
}

export async function openDb(path: string, readOnly: boolean): Promise<OpenedDb> {
  const instance = await DuckDBInstance.create(path, readOnly ? { access_mode: "READ_ONLY" } : {});
  const conn = await instance.connect();
  return {
    instance,
    conn,
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
