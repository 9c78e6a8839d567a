import { readdir, readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { VARCHAR } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import { OutputSchema } from "../model/output.js";
import { FILES_TABLE, TABLES, createTableSql, quoteIdent } from "./schema.js";
import { outputToRows } from "./rows.js";
import { inTransaction, insertRows, openDb } from "./db.js";

/** File name of the index inside the output folder when no path is given. */
export const DEFAULT_DB_NAME = "compacts.duckdb";

export interface IndexReport {
  /** JSON files whose rows were (re)written. */
  indexed: string[];
  /** JSON files skipped because they did not change since the last run. */
  unchanged: string[];
  /** JSON files that disappeared: their rows were deleted. */
  removed: string[];
  /** JSON files that are not valid output (bad JSON, schema mismatch, duplicate source): not indexed. */
  invalid: Array<{ file: string; message: string }>;
}

interface IndexedFile {
  json_file: string;
  json_sha256: string;
  mtime_ms: number;
  size: number;
  doc_id: string;
}

/** Output JSON files of a batch folder: top-level `*.json`, skipping the writer's hidden temp files. */
export async function listOutputJson(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".json") && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
}

async function ensureSchema(conn: DuckDBConnection): Promise<void> {
  for (const t of [...TABLES, FILES_TABLE]) await conn.run(createTableSql(t));
}

async function readIndexedFiles(conn: DuckDBConnection): Promise<Map<string, IndexedFile>> {
  const reader = await conn.runAndReadAll(
    `SELECT json_file, json_sha256, mtime_ms, CAST(size AS DOUBLE) AS size, doc_id FROM ${quoteIdent(FILES_TABLE.name)}`,
  );
  const out = new Map<string, IndexedFile>();
  for (const r of reader.getRowObjectsJS()) {
    const f: IndexedFile = {
      json_file: String(r["json_file"]), json_sha256: String(r["json_sha256"]), mtime_ms: Number(r["mtime_ms"]),
      size: Number(r["size"]), doc_id: String(r["doc_id"]),
    };
    out.set(f.json_file, f);
  }
  return out;
}

async function deleteDocument(conn: DuckDBConnection, docId: string): Promise<void> {
  for (const t of TABLES) await conn.run(`DELETE FROM ${quoteIdent(t.name)} WHERE doc_id = $1`, [docId], [VARCHAR]);
}

async function forgetFile(conn: DuckDBConnection, jsonFile: string): Promise<void> {
  await conn.run(`DELETE FROM ${quoteIdent(FILES_TABLE.name)} WHERE json_file = $1`, [jsonFile], [VARCHAR]);
}

/**
 * Build or update the DuckDB index of a folder of output JSON. Only files whose size, mtime and then
 * content hash changed are re-read; each changed document's rows are deleted and re-inserted in one
 * transaction, so a crash leaves every document either old or new, never half. Documents whose
 * JSON disappeared are removed. Invalid files are reported, not fatal.
 */
export async function buildIndex(folder: string, dbPath = join(folder, DEFAULT_DB_NAME)): Promise<IndexReport> {
  const report: IndexReport = { indexed: [], unchanged: [], removed: [], invalid: [] };
  const files = await listOutputJson(folder);
  const db = await openDb(dbPath, false);
  try {
    const { conn } = db;
    await ensureSchema(conn);
    const known = await readIndexedFiles(conn);
    const present = new Set(files);

    for (const [jsonFile, prev] of known) {
      if (present.has(jsonFile)) continue;
      await inTransaction(conn, async () => {
        await deleteDocument(conn, prev.doc_id);
        await forgetFile(conn, jsonFile);
      });
      report.removed.push(jsonFile);
    }
    // doc_id → JSON file that owns it this run: two JSONs of the same source would double its rows.
    const owners = new Map<string, string>();
    for (const [jsonFile, prev] of known) if (present.has(jsonFile)) owners.set(prev.doc_id, jsonFile);

    for (const jsonFile of files) {
      const path = join(folder, jsonFile);
      const st = await stat(path);
      const prev = known.get(jsonFile);
      if (prev && prev.mtime_ms === st.mtimeMs && prev.size === st.size) {
        report.unchanged.push(jsonFile);
        continue;
      }
      const bytes = await readFile(path);
      const sha = createHash("sha256").update(bytes).digest("hex");
      const recordFile = async (docId: string) => {
        await forgetFile(conn, jsonFile);
        await insertRows(conn, FILES_TABLE, [[jsonFile, sha, st.mtimeMs, st.size, docId, new Date().toISOString()]]);
      };
      if (prev && prev.json_sha256 === sha) {
        await inTransaction(conn, () => recordFile(prev.doc_id)); // touched, not changed
        report.unchanged.push(jsonFile);
        continue;
      }
      const problem = await (async (): Promise<string | null> => {
        let json: unknown;
        try {
          json = JSON.parse(bytes.toString("utf8"));
        } catch (e) {
          return `not JSON: ${(e as Error).message}`;
        }
        const parsed = OutputSchema.safeParse(json);
        if (!parsed.success) {
          const first = parsed.error.issues[0];
          return `not a compacts output: ${first ? `${first.path.join(".")}: ${first.message}` : "schema mismatch"}`;
        }
        const output = parsed.data;
        const docId = output.source.sha256;
        const owner = owners.get(docId);
        if (owner !== undefined && owner !== jsonFile) return `same source document (sha256 ${docId.slice(0, 12)}…) as ${owner}`;
        await inTransaction(conn, async () => {
          if (prev) await deleteDocument(conn, prev.doc_id);
          await deleteDocument(conn, docId);
          const rows = outputToRows(output, jsonFile);
          for (const t of TABLES) await insertRows(conn, t, rows[t.name]);
          await recordFile(docId);
        });
        if (prev) owners.delete(prev.doc_id);
        owners.set(docId, jsonFile);
        return null;
      })();
      if (problem === null) {
        report.indexed.push(jsonFile);
        continue;
      }
      report.invalid.push({ file: jsonFile, message: problem });
      if (prev) {
        // It was valid before: its old rows no longer describe the file on disk.
        await inTransaction(conn, async () => {
          await deleteDocument(conn, prev.doc_id);
          await forgetFile(conn, jsonFile);
        });
        owners.delete(prev.doc_id);
      }
    }
    await conn.run("CHECKPOINT");
  } finally {
    db.close();
  }
  return report;
}
