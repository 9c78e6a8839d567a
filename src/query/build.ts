import { readdir, readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { LIST, VARCHAR, listValue } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import { OutputSchema, type Output } from "../model/output.js";
import { FILES_TABLE, TABLES, createTableSql, quoteIdent } from "./schema.js";
import { outputToRows, type Cell } from "./rows.js";
import { inTransaction, insertRows, openDb, QueryError } from "./db.js";

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
  const entries = await readdir(folder, { withFileTypes: true }).catch((e: unknown) => {
    throw new QueryError("FOLDER_NOT_FOUND", `cannot read folder ${folder}: ${(e as Error).message}`, { cause: e });
  });
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

/** Delete every row of these documents from every data table (ids bound as one list parameter). */
async function deleteDocuments(conn: DuckDBConnection, docIds: readonly string[]): Promise<void> {
  if (!docIds.length) return;
  for (const t of TABLES) {
    await conn.run(`DELETE FROM ${quoteIdent(t.name)} WHERE list_contains($1, doc_id)`, [listValue([...docIds])], [LIST(VARCHAR)]);
  }
}

async function forgetFiles(conn: DuckDBConnection, jsonFiles: readonly string[]): Promise<void> {
  if (!jsonFiles.length) return;
  await conn.run(
    `DELETE FROM ${quoteIdent(FILES_TABLE.name)} WHERE list_contains($1, json_file)`,
    [listValue([...jsonFiles])],
    [LIST(VARCHAR)],
  );
}

/**
 * Documents written per transaction. Each commit syncs the write-ahead log to disk, which costs far
 * more than the inserts themselves (tens of ms on a shared disk); batching keeps a 5,000-file
 * archive to a few dozen commits while each document is still replaced as a whole or not at all.
 */
const DOCS_PER_TRANSACTION = 200;

type Pending =
  | { jsonFile: string; sha: string; mtimeMs: number; size: number; prevDocId: string | null; output: Output }
  | { jsonFile: string; sha: string; mtimeMs: number; size: number; prevDocId: string; output: null }; // touched only

function parseOutput(bytes: Buffer): { output: Output } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    return { problem: `not JSON: ${(e as Error).message}` };
  }
  const parsed = OutputSchema.safeParse(json);
  if (parsed.success) return { output: parsed.data };
  const first = parsed.error.issues[0];
  return { problem: `not a compacts output: ${first ? `${first.path.join(".")}: ${first.message}` : "schema mismatch"}` };
}

/**
 * Replace a batch of documents in one transaction: one set-based DELETE per table for every
 * affected doc_id, then one appender per table. Per-document DELETEs would scan each table once per
 * document, which made indexing quadratic in the archive size.
 */
async function writePending(conn: DuckDBConnection, batch: readonly Pending[]): Promise<void> {
  if (!batch.length) return;
  const indexedAt = new Date().toISOString();
  const stale = new Set<string>();
  const rows = TABLES.map(() => [] as Cell[][]);
  for (const p of batch) {
    if (!p.output) continue;
    if (p.prevDocId) stale.add(p.prevDocId);
    stale.add(p.output.source.sha256);
    const r = outputToRows(p.output, p.jsonFile);
    TABLES.forEach((t, i) => rows[i]!.push(...r[t.name]));
  }
  await inTransaction(conn, async () => {
    await deleteDocuments(conn, [...stale]);
    await forgetFiles(conn, batch.map((p) => p.jsonFile));
    for (const [i, t] of TABLES.entries()) await insertRows(conn, t, rows[i]!);
    await insertRows(
      conn,
      FILES_TABLE,
      batch.map((p) => [p.jsonFile, p.sha, p.mtimeMs, p.size, p.output ? p.output.source.sha256 : p.prevDocId, indexedAt]),
    );
  });
}

/**
 * Build or update the DuckDB index of a folder of output JSON. Only files whose size, mtime and then
 * content hash changed are re-read; a changed document's rows are deleted and re-inserted inside one
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

    const gone = [...known.values()].filter((f) => !present.has(f.json_file));
    if (gone.length) {
      await inTransaction(conn, async () => {
        await deleteDocuments(conn, gone.map((f) => f.doc_id));
        await forgetFiles(conn, gone.map((f) => f.json_file));
      });
      report.removed.push(...gone.map((f) => f.json_file));
    }
    // doc_id → JSON file that owns it: two JSONs of the same source would otherwise double its rows.
    const owners = new Map<string, string>();
    for (const f of known.values()) if (present.has(f.json_file)) owners.set(f.doc_id, f.json_file);

    let batch: Pending[] = [];
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
      const base = { jsonFile, sha, mtimeMs: st.mtimeMs, size: st.size };
      if (prev && prev.json_sha256 === sha) {
        batch.push({ ...base, prevDocId: prev.doc_id, output: null }); // touched, not changed
        report.unchanged.push(jsonFile);
      } else {
        const parsed = parseOutput(bytes);
        const docId = "output" in parsed ? parsed.output.source.sha256 : null;
        const owner = docId === null ? undefined : owners.get(docId);
        const problem =
          "problem" in parsed
            ? parsed.problem
            : owner !== undefined && owner !== jsonFile
              ? `same source document (sha256 ${docId!.slice(0, 12)}…) as ${owner}`
              : null;
        if (problem !== null || !("output" in parsed)) {
          report.invalid.push({ file: jsonFile, message: problem ?? "invalid" });
          if (prev) {
            // It was valid before: its old rows no longer describe the file on disk.
            await inTransaction(conn, async () => {
              await deleteDocuments(conn, [prev.doc_id]);
              await forgetFiles(conn, [jsonFile]);
            });
            owners.delete(prev.doc_id);
          }
          continue;
        }
        if (prev) owners.delete(prev.doc_id);
        owners.set(parsed.output.source.sha256, jsonFile);
        batch.push({ ...base, prevDocId: prev?.doc_id ?? null, output: parsed.output });
        report.indexed.push(jsonFile);
      }
      if (batch.length >= DOCS_PER_TRANSACTION) {
        await writePending(conn, batch);
        batch = [];
      }
    }
    await writePending(conn, batch);
    await conn.run("CHECKPOINT");
  } finally {
    db.close();
  }
  return report;
}
