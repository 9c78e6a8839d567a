import { readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { glob } from "tinyglobby";
import { LIST, VARCHAR, listValue } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import { OutputSchema, type Output } from "../model/output.js";
import { ADDED_COLUMNS, FILES_TABLE, SOURCES_SQL, SOURCES_VIEW, TABLES, createTableSql, quoteIdent } from "./schema.js";
import { outputToRows, type Cell } from "./rows.js";
import { inTransaction, insertRows, openDb } from "./db.js";
import { QueryError } from "./errors.js";

/** File name of the index inside the output folder when no path is given. */
export const DEFAULT_DB_NAME = "compacts.duckdb";

export interface IndexReport {
  /** JSON files whose rows were (re)written (paths relative to the index's folder, "/"-separated). */
  indexed: string[];
  /** JSON files skipped because they did not change since the last run. */
  unchanged: string[];
  /** JSON files that disappeared from the folders indexed: their rows were deleted. */
  removed: string[];
  /** JSON files of the same source bytes (sha256) as an indexed file: indexed once, under `of`. */
  duplicates: Array<{ file: string; of: string }>;
  /** JSON files that are not valid output (bad JSON, schema mismatch): not indexed. */
  invalid: Array<{ file: string; message: string }>;
}

interface IndexedFile {
  json_file: string;
  json_sha256: string;
  mtime_ms: number;
  size: number;
  doc_id: string;
}

/**
 * Output JSON files under a folder, recursively (`extract` mirrors the input tree: `2008/dfs.json`),
 * as paths relative to it. Hidden files and folders (the writer's `.compacts-tmp-*` temp files) are
 * skipped, and symbolic links are not followed, so a link back up the tree cannot loop.
 */
export async function listOutputJson(folder: string): Promise<string[]> {
  const st = await stat(folder).catch((e: unknown) => {
    throw new QueryError("FOLDER_NOT_FOUND", `cannot read folder ${folder}: ${(e as Error).message}`, { cause: e });
  });
  if (!st.isDirectory()) throw new QueryError("FOLDER_NOT_FOUND", `not a folder: ${folder}`);
  const found = await glob("**/*.json", { cwd: folder, onlyFiles: true, dot: false, followSymbolicLinks: false });
  return found.sort();
}

/** `abs` as the index names it: relative to the index's folder, with "/" on every platform. */
function keyFor(dbDir: string, abs: string): string {
  return relative(dbDir, abs).split(sep).join("/");
}

/** Whether `abs` lies in `folder` (or is it). */
function isInside(folder: string, abs: string): boolean {
  const rel = relative(folder, abs);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

async function ensureSchema(conn: DuckDBConnection): Promise<void> {
  for (const t of [...TABLES, FILES_TABLE]) await conn.run(createTableSql(t));
  for (const a of ADDED_COLUMNS) {
    const found = await conn.runAndReadAll(
      "SELECT count(*)::INTEGER AS n FROM information_schema.columns WHERE table_name = $t AND column_name = $c",
      { t: a.table, c: a.column.name },
    );
    if (Number(found.getRowObjectsJS()[0]?.["n"] ?? 0) > 0) continue;
    await conn.run(`ALTER TABLE ${quoteIdent(a.table)} ADD COLUMN ${quoteIdent(a.column.name)} ${a.column.type}`);
    // The new column is empty for every indexed document: make each file look changed so this
    // run re-reads and rewrites it (a forgotten file would instead orphan its rows).
    await conn.run(`UPDATE ${quoteIdent(FILES_TABLE.name)} SET json_sha256 = '', mtime_ms = -1`);
  }
  await conn.run(`CREATE OR REPLACE VIEW ${quoteIdent(SOURCES_VIEW)} AS ${SOURCES_SQL}`);
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
 * Build or update the DuckDB index of one or more folders of output JSON (walked recursively). Only
 * files whose size, mtime and then content hash changed are re-read; a changed document's rows are
 * deleted and re-inserted inside one transaction, so a crash leaves every document either old or
 * new, never half. A file is removed from the index only when it was under one of `folders` and is
 * gone now: documents indexed from other folders stay. Byte-identical sources are indexed once
 * (the rest reported as duplicates); invalid files are reported, not fatal.
 */
export async function buildIndex(folders: string | readonly string[], dbPath?: string): Promise<IndexReport> {
  const roots = (typeof folders === "string" ? [folders] : [...folders]).map((f) => resolve(f));
  if (!roots.length) throw new QueryError("FOLDER_NOT_FOUND", "no folder to index");
  const db = resolve(dbPath ?? join(roots[0]!, DEFAULT_DB_NAME));
  const dbDir = dirname(db);
  const report: IndexReport = { indexed: [], unchanged: [], removed: [], duplicates: [], invalid: [] };
  // Every JSON file once, by its key, even when two folder arguments overlap.
  const files = new Map<string, string>(); // key → absolute path
  for (const root of roots) for (const rel of await listOutputJson(root)) files.set(keyFor(dbDir, join(root, rel)), join(root, rel));
  const opened = await openDb(db, false);
  try {
    const { conn } = opened;
    await ensureSchema(conn);
    const known = await readIndexedFiles(conn);
    const inScope = (key: string) => roots.some((r) => isInside(r, resolve(dbDir, key)));

    const gone = [...known.values()].filter((f) => !files.has(f.json_file) && inScope(f.json_file));
    if (gone.length) {
      await inTransaction(conn, async () => {
        await deleteDocuments(conn, gone.map((f) => f.doc_id));
        await forgetFiles(conn, gone.map((f) => f.json_file));
      });
      report.removed.push(...gone.map((f) => f.json_file));
      for (const f of gone) known.delete(f.json_file);
    }
    // doc_id → JSON file that owns it: a second JSON of the same source would double its rows.
    const owners = new Map<string, string>();
    for (const f of known.values()) owners.set(f.doc_id, f.json_file);

    let batch: Pending[] = [];
    for (const [jsonFile, path] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
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
        const duplicateOf = owner !== undefined && owner !== jsonFile ? owner : null;
        if (!("output" in parsed) || duplicateOf !== null) {
          if ("problem" in parsed) report.invalid.push({ file: jsonFile, message: parsed.problem });
          else if (duplicateOf !== null) report.duplicates.push({ file: jsonFile, of: duplicateOf });
          if (prev) {
            // It was indexed before: its old rows no longer describe the file on disk.
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
    opened.close();
  }
  return report;
}
