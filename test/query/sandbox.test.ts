import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildIndex, openIndex, type CompactsIndex } from "../../src/query/index.js";
import { writeCorpus, type Corpus } from "./support.js";

/** `query sql` runs whatever a user types: on a read-only index nothing may reach outside it. */
describe("free SQL on a read-only index", () => {
  let corpus: Corpus;
  let idx: CompactsIndex;
  const db = () => join(corpus.dir, "compacts.duckdb");

  beforeAll(async () => {
    corpus = await writeCorpus();
    await buildIndex(corpus.dir);
    await writeFile(join(corpus.dir, "secret.txt"), "not for SQL\n");
    idx = await openIndex(db());
  }, 120_000);
  afterAll(async () => {
    idx?.close();
    if (corpus) await rm(corpus.dir, { recursive: true, force: true });
  });

  it("still answers queries over its own tables", async () => {
    const res = await idx.sql("SELECT count(*) > 0 AS some FROM compacts");
    expect(res.rows).toEqual([{ some: true }]);
  });

  it.each([
    ["COPY … TO a file", (d: string) => `COPY compacts TO '${join(d, "leak.csv")}'`],
    ["COPY over the index itself", (d: string) => `COPY compacts TO '${join(d, "compacts.duckdb")}'`],
    ["read_text", (d: string) => `SELECT * FROM read_text('${join(d, "secret.txt")}')`],
    ["read_csv", () => "SELECT * FROM read_csv('/etc/passwd')"],
    ["glob", () => "SELECT * FROM glob('/root/**')"],
    ["ATTACH", (d: string) => `ATTACH '${join(d, "other.duckdb")}' AS other`],
    ["INSTALL", () => "INSTALL httpfs"],
    ["LOAD", () => "LOAD httpfs"],
    ["turning access back on", () => "SET enable_external_access = true"],
    ["writing a table", () => "CREATE TABLE evil AS SELECT 1"],
  ])("refuses %s", async (_what, sql) => {
    const before = await stat(db());
    await expect(idx.sql(sql(corpus.dir))).rejects.toMatchObject({ code: "QUERY_FAILED" });
    expect((await readdir(corpus.dir)).filter((f) => /leak|other\.duckdb|evil/.test(f))).toEqual([]);
    expect((await stat(db())).size).toBe(before.size);
  });

  it("exports Parquet through its own connection all the same", async () => {
    const files = await idx.exportParquet(join(corpus.dir, "parquet"));
    expect(files.length).toBeGreaterThan(0);
    expect((await readdir(join(corpus.dir, "parquet"))).sort()).toEqual(files.map((f) => `${f.table}.parquet`).sort());
    await expect(idx.sql(`COPY compacts TO '${join(corpus.dir, "leak.csv")}'`)).rejects.toMatchObject({ code: "QUERY_FAILED" });
  });
});
