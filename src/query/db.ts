import {
  LIST, VARCHAR, DuckDBInstance, dateValue, listValue, timestampValue,
  type DuckDBAppender, type DuckDBConnection,
} from "@duckdb/node-api";
import type { ColumnDef, TableDef } from "./schema.js";
import type { Cell } from "./rows.js";

export { QueryError } from "./errors.js";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD): DuckDB's DATE representation. */
export function isoDateToDays(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / MS_PER_DAY);
}

/** Append one cell with the appender call matching the column's declared type. */
function appendCell(ap: DuckDBAppender, cell: Cell, type: ColumnDef["type"]): void {
  if (cell === null) return ap.appendNull();
  switch (type) {
    case "VARCHAR": return ap.appendVarchar(String(cell));
    case "INTEGER": return ap.appendInteger(Number(cell));
    case "DOUBLE": return ap.appendDouble(Number(cell));
    case "BOOLEAN": return ap.appendBoolean(Boolean(cell));
    case "BIGINT": return ap.appendBigInt(BigInt(Math.round(Number(cell))));
    case "DATE": return ap.appendDate(dateValue(isoDateToDays(String(cell))));
    case "TIMESTAMP": return ap.appendTimestamp(timestampValue(BigInt(Date.parse(String(cell))) * 1000n));
    case "VARCHAR[]": return ap.appendList(listValue(Array.isArray(cell) ? [...(cell as string[])] : [String(cell)]), LIST(VARCHAR));
  }
}

/**
 * Insert rows with DuckDB's appender: values go straight into column vectors (no SQL text at
 * all), roughly two orders of magnitude faster than a prepared INSERT per row. The appender joins
 * the connection's open transaction, so a ROLLBACK discards what it appended.
 */
export async function insertRows(conn: DuckDBConnection, t: TableDef, rows: readonly Cell[][]): Promise<void> {
  if (!rows.length) return;
  const ap = await conn.createAppender(t.name);
  try {
    for (const row of rows) {
      t.columns.forEach((c, i) => appendCell(ap, row[i] ?? null, c.type));
      ap.endRow();
    }
    ap.flushSync();
  } finally {
    ap.closeSync();
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

/**
 * Settings of a read-only index (docs/query.md): no file system or network access beyond the
 * index itself (COPY … TO, read_text, glob, ATTACH, INSTALL are all refused), no extension
 * installed or loaded on demand, and no statement may change these settings back.
 */
export const SANDBOX_CONFIG: Readonly<Record<string, string>> = {
  access_mode: "READ_ONLY",
  enable_external_access: "false",
  autoinstall_known_extensions: "false",
  autoload_known_extensions: "false",
  lock_configuration: "true",
};

/**
 * Open the index. Read-only opens are sandboxed (SANDBOX_CONFIG); `forExport` opens read-only
 * without the sandbox, for the Parquet export alone, which must write files (its own instance:
 * free SQL never runs on it).
 */
export async function openDb(path: string, readOnly: boolean, forExport = false): Promise<OpenedDb> {
  const config = forExport ? { access_mode: "READ_ONLY" } : readOnly ? { ...SANDBOX_CONFIG } : {};
  const instance = await DuckDBInstance.create(path, config);
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
