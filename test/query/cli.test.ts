import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { resolveFormat } from "../../src/cli/query-commands.js";
import { openDb, inTransaction, insertRows } from "../../src/query/db.js";
import { buildIndex, openIndex, TABLES } from "../../src/query/index.js";
import { runMain } from "../cli/support.js";
import { writeCorpus, SYNTH_SEEDS, type Corpus } from "./support.js";

describe("query CLI commands", () => {
  let corpus: Corpus;
  let db: string;
  beforeAll(async () => {
    corpus = await writeCorpus();
    db = join(corpus.dir, "compacts.duckdb");
  });
  afterAll(async () => {
    if (corpus) await rm(corpus.dir, { recursive: true, force: true });
  });
  const run = (args: string[], env: Record<string, string> = {}) => runMain(args, corpus.dir, { env });

  it("index indexes the valid files, reports the invalid ones and exits 1 for them", async () => {
    const r = await run(["index", "."]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`compacts.duckdb: ${SYNTH_SEEDS.length + 2} indexed, 0 unchanged, 0 removed, 0 duplicates, 2 invalid`);
    expect(r.stderr).toMatch(/invalid {4}broken\.json: not JSON/);
  });

  it("query targets --unit % --max 5 --format csv prints one CSV row per target", async () => {
    const r = await run(["query", "targets", "--unit", "%", "--max", "5", "--format", "csv", "--db", db]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\r\n");
    expect(lines[0]).toBe("year,entity,objective_id,measure_index,target_index,comparator,value,unit,raw,measure,source_file,sources,doc_id");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/,<=,[1-5],%,[1-5]%,[^,]*(Vacancy rate|within 2% deviation)[^,]*,/);
    expect(lines.some((l) => l.includes("compact-2008-dfs.txt") && l.includes(",5,%,5%,Vacancy rate for regular budget"))).toBe(true);
  });

  it("query missions --format json, and a bad --kind is a usage error (exit 2)", async () => {
    const r = await run(["query", "missions", "--year", "2008", "--entity", "DFS", "--kind", "peacekeeping", "-f", "json", "--db", db]);
    const rows = JSON.parse(r.stdout) as Array<{ acronym: string; year: number; kind: string }>;
    expect(rows.map((x) => x.acronym)).toContain("UNMIS");
    expect(rows.every((x) => x.year === 2008 && x.kind === "peacekeeping")).toBe(true);
    const bad = await run(["query", "missions", "--kind", "naval", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Invalid value for argument: --kind \(naval\)/);
  });

  it("--columns picks and orders columns; an unknown column is a usage error with a suggestion", async () => {
    const r = await run(["query", "missions", "--year", "2008", "--entity", "DFS", "--columns", "acronym,year", "-f", "csv", "--db", db]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\r\n");
    expect(lines[0]).toBe("acronym,year");
    expect(lines).toContain("UNMIS,2008");
    const bad = await run(["query", "missions", "--columns", "acronim", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown column "acronim" (did you mean acronym?)');
  });

  it("table output fits the terminal width", async () => {
    const args = ["query", "targets", "--unit", "%", "--columns", "year,entity,raw,measure,source_file", "--db", db];
    const wide = await runMain(args, corpus.dir, { tty: { columns: 300 } });
    const narrow = await runMain(args, corpus.dir, { tty: { columns: 72 } });
    const widest = (t: string) => Math.max(...t.trimEnd().split("\n").map((l) => l.length));
    expect(widest(wide.stdout)).toBeGreaterThan(72);
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(72);
    expect(narrow.stdout).toContain("…");
    // The same rows, one line each.
    expect(narrow.stdout.split("\n")).toHaveLength(wide.stdout.split("\n").length);
  });

  it("query sql runs free SQL; a missing index is a one-line error that says how to point at one", async () => {
    const r = await run(["query", "sql", `SELECT count(*) AS n FROM refs WHERE symbol = 'A/RES/62/237'`, "-f", "json", "--db", db]);
    expect(JSON.parse(r.stdout)).toEqual([{ n: 2 }]);
    const missing = await run(["query", "sql", "SELECT 1", "--db", join(corpus.dir, "nope.duckdb")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^compacts: INDEX_NOT_FOUND: no index at .*nope\.duckdb: .*--db <file>/);
  });

  it("without --db: $COMPACTS_DB, then ./compacts.duckdb, then ./output/compacts.duckdb", async () => {
    const viaEnv = await run(["query", "sql", "SELECT 1 AS one", "-f", "json"], { COMPACTS_DB: db });
    expect(JSON.parse(viaEnv.stdout)).toEqual([{ one: 1 }]);
    // corpus.dir holds compacts.duckdb (built above): found from there without --db.
    const here = await run(["query", "sql", "SELECT 1 AS one", "-f", "json"]);
    expect(here.code).toBe(0);
    const elsewhere = await runMain(["query", "missions"], join(corpus.dir, ".."), { env: {} });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(/no index at .*output\/compacts\.duckdb: run `compacts index <output folder>` first, or point at an index with --db/);
  });

  it("a missing folder or a file that is not an index is a one-line typed error", async () => {
    const noFolder = await run(["index", join(corpus.dir, "no-such-folder")]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/^compacts: FOLDER_NOT_FOUND: cannot read folder .*no-such-folder/);
    const notDb = await run(["query", "missions", "--db", join(corpus.dir, "broken.json")]);
    expect(notDb.code).toBe(1);
    expect(notDb.stderr).toMatch(/^compacts: INDEX_INVALID: cannot open index .*broken\.json/);
  });

  it("export --parquet writes one file per table", async () => {
    const dir = join(corpus.dir, "pq");
    const r = await run(["export", "--parquet", dir, "--db", db]);
    expect(r.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(TABLES.map((t) => `${t.name}.parquet`).sort());
  });

  it("default format: table on a terminal, CSV when piped", () => {
    expect(resolveFormat(undefined, true)).toBe("table");
    expect(resolveFormat(undefined, false)).toBe("csv");
    expect(resolveFormat("json", true)).toBe("json");
    expect(() => resolveFormat("xml", true)).toThrow(/unknown format "xml"/);
  });
});

describe("index integrity", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await writeCorpus();
  });
  afterAll(async () => {
    if (corpus) await rm(corpus.dir, { recursive: true, force: true });
  });

  it("a failed transaction leaves no rows behind (appender rows are rolled back)", async () => {
    const path = join(corpus.dir, "tx.duckdb");
    await buildIndex(corpus.dir, path);
    const db = await openDb(path, false);
    try {
      const missions = TABLES.find((t) => t.name === "missions")!;
      await expect(
        inTransaction(db.conn, async () => {
          await insertRows(db.conn, missions, [["deadbeef", 1, "X", null, null, null, false]]);
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      const r = await db.conn.runAndReadAll("SELECT count(*)::INTEGER AS n FROM missions WHERE doc_id = 'deadbeef'");
      expect(r.getRowObjectsJS()).toEqual([{ n: 0 }]);
    } finally {
      db.close();
    }
  });

  it("a second JSON of the same source is a duplicate (indexed once), and a file turned invalid loses its rows", async () => {
    const path = join(corpus.dir, "dup.duckdb");
    const [first] = [...corpus.facts.keys()];
    const { readFile } = await import("node:fs/promises");
    await writeFile(join(corpus.dir, "copy-of-first.json"), await readFile(join(corpus.dir, first!)));
    const r1 = await buildIndex(corpus.dir, path);
    expect(r1.duplicates).toEqual([{ file: "copy-of-first.json", of: first }]);
    expect(r1.invalid.map((i) => i.file).sort()).toEqual(["broken.json", "other.json"]);

    await writeFile(join(corpus.dir, first!), "{}");
    const r2 = await buildIndex(corpus.dir, path);
    expect(r2.invalid.map((i) => i.file)).toContain(first);
    const idx = await openIndex(path);
    try {
      const docs = await idx.sql("SELECT json_file FROM documents ORDER BY json_file");
      const files = docs.rows.map((d) => d["json_file"]);
      expect(files).not.toContain(first);
      // With the original gone, its copy is now the only JSON of that source and gets indexed.
      expect(files).toContain("copy-of-first.json");
      expect(files).toHaveLength(SYNTH_SEEDS.length + 2); // compacts + the note
    } finally {
      idx.close();
    }
  });
});
