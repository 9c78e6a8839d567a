import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, quoteIdent, type TableName } from "./schema.js";

/**
 * COPY's target is part of the statement and cannot be a bound parameter, so the path goes in as
 * an SQL string literal with quotes doubled — the only place a user-supplied value enters SQL text.
 */
export function sqlStringLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Write one `<table>.parquet` per data table into `dir`; returns the files written with row counts. */
export async function exportParquet(
  conn: DuckDBConnection, dir: string,
): Promise<Array<{ table: TableName; file: string; rows: number }>> {
  const outDir = resolve(dir);
  await mkdir(outDir, { recursive: true });
  const written: Array<{ table: TableName; file: string; rows: number }> = [];
  for (const t of TABLES) {
    const file = join(outDir, `${t.name}.parquet`);
    await conn.run(`COPY (SELECT * FROM ${quoteIdent(t.name)}) TO ${sqlStringLiteral(file)} (FORMAT parquet)`);
    const reader = await conn.runAndReadAll(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${quoteIdent(t.name)}`);
    written.push({ table: t.name, file, rows: Number(reader.getRowObjectsJS()[0]?.["n"] ?? 0) });
  }
  return written;
}
