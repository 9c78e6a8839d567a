import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runCommand } from "citty";
import { indexCmd, queryCmd, exportCmd, resolveFormat } from "../../src/cli/query-commands.js";
import { openDb, inTransaction, insertRows } from "../../src/query/db.js";
import { buildIndex, openIndex, TABLES } from "../../src/query/index.js";
import { writeCorpus, SYNTH_SEEDS, type Corpus } from "./support.js";

/** Run a command and capture what it writes to stdout/stderr. */
async function capture(run: () => Promise<unknown>): Promise<{ out: string; err: string; exitCode: number }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await run();
    return { out, err, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = before;
  }
}

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

  it("index indexes the valid files, reports the invalid ones and exits 1 for them", async () => {
    const r = await capture(() => runCommand(indexCmd, { rawArgs: [corpus.dir] }));
    expect(r.exitCode).toBe(1);
    expect(r.err).toContain(`${SYNTH_SEEDS.length + 2} indexed, 0 unchanged, 0 removed, 2 invalid`);
    expect(r.err).toMatch(/invalid {2}broken\.json: not JSON/);
  });

  it("query targets --unit % --max 5 --format csv prints one CSV row per target", async () => {
    const r = await capture(() =>
      runCommand(queryCmd, { rawArgs: ["targets", "--unit", "%", "--max", "5", "--format", "csv", "--db", db] }),
    );
    expect(r.exitCode).toBe(0);
    const lines = r.out.trimEnd().split("\r\n");
    expect(lines[0]).toBe("year,entity,objective_id,measure_index,target_index,comparator,value,unit,raw,measure,source_file,doc_id");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/,<=,[1-5],%,[1-5]%,[^,]*(Vacancy rate|within 2% deviation)[^,]*,/);
    expect(lines.some((l) => l.includes("compact-2008-dfs.txt") && l.includes(",5,%,5%,Vacancy rate for regular budget"))).toBe(true);
  });

  it("query missions --format json and --kind validation", async () => {
    const r = await capture(() =>
      runCommand(queryCmd, { rawArgs: ["missions", "--year", "2008", "--entity", "DFS", "--kind", "peacekeeping", "-f", "json", "--db", db] }),
    );
    const rows = JSON.parse(r.out) as Array<{ acronym: string; year: number; kind: string }>;
    expect(rows.map((x) => x.acronym)).toContain("UNMIS");
    expect(rows.every((x) => x.year === 2008 && x.kind === "peacekeeping")).toBe(true);
    const bad = await capture(() => runCommand(queryCmd, { rawArgs: ["missions", "--kind", "naval", "--db", db] }));
    expect(bad.exitCode).toBe(1);
    expect(bad.err).toContain("--kind must be peacekeeping or political");
  });

  it("query sql runs free SQL; a missing index is a one-line error", async () => {
    const r = await capture(() =>
      runCommand(queryCmd, { rawArgs: ["sql", `SELECT count(*) AS n FROM refs WHERE symbol = 'A/RES/62/237'`, "-f", "json", "--db", db] }),
    );
    expect(JSON.parse(r.out)).toEqual([{ n: 2 }]);
    const missing = await capture(() => runCommand(queryCmd, { rawArgs: ["sql", "SELECT 1", "--db", join(corpus.dir, "nope.duckdb")] }));
    expect(missing.exitCode).toBe(1);
    expect(missing.err).toMatch(/^compacts: INDEX_NOT_FOUND: no index at .*nope\.duckdb/);
  });

  it("a missing folder or a file that is not an index is a one-line typed error", async () => {
    const noFolder = await capture(() => runCommand(indexCmd, { rawArgs: [join(corpus.dir, "no-such-folder")] }));
    expect(noFolder.exitCode).toBe(1);
    expect(noFolder.err).toMatch(/^compacts: FOLDER_NOT_FOUND: cannot read folder .*no-such-folder/);
    const notDb = await capture(() => runCommand(queryCmd, { rawArgs: ["missions", "--db", join(corpus.dir, "broken.json")] }));
    expect(notDb.exitCode).toBe(1);
    expect(notDb.err).toMatch(/^compacts: INDEX_INVALID: cannot open index .*broken\.json/);
  });

  it("export --parquet writes one file per table", async () => {
    const dir = join(corpus.dir, "pq");
    const r = await capture(() => runCommand(exportCmd, { rawArgs: ["--parquet", dir, "--db", db] }));
    expect(r.exitCode).toBe(0);
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

  it("a second JSON of the same source is reported, and a file turned invalid loses its rows", async () => {
    const path = join(corpus.dir, "dup.duckdb");
    const [first] = [...corpus.facts.keys()];
    const { readFile } = await import("node:fs/promises");
    await writeFile(join(corpus.dir, "copy-of-first.json"), await readFile(join(corpus.dir, first!)));
    const r1 = await buildIndex(corpus.dir, path);
    expect(r1.invalid.find((i) => i.file === "copy-of-first.json")?.message).toMatch(/same source document/);

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
