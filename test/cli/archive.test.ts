import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { access, copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { CLI, runCli, runMain } from "./support.js";

const fixtures = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/** The archive: by year, nested, one compact as PDF and as text, a byte-identical copy, a UN note. */
const ARCHIVE: ReadonlyArray<readonly [string, string]> = [
  ["archive/2008/dfs.txt", "compact-2008-dfs.txt"],
  ["archive/2008/dfs.pdf", "compact-2008-dfs-ruled.pdf"],
  ["archive/2012/ohrm.txt", "compact-2012-ohrm-four-columns.txt"],
  ["archive/2012/copies/ohrm.txt", "compact-2012-ohrm-four-columns.txt"],
  ["archive/notes/A-60-209-note.txt", "A-60-209-note.txt"],
];

type Row = Record<string, unknown>;

/**
 * The done-when scenario, as a user runs it (no --db anywhere): extract → index (real processes) →
 * the four researcher questions, each one command (in-process through `main`, to save a process
 * start per question), no doubled rows.
 */
describe("an archive by year, end to end", () => {
  let dir: string;
  // Without COMPACTS_DB, so the default location is what is tested.
  const env = { ...process.env, COMPACTS_DB: undefined, FORCE_COLOR: "0" };
  const run = (args: string[]) => runCli(args, dir, env);
  const json = async (args: string[]): Promise<Row[]> => {
    const r = await runMain([...args, "--format", "json"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Row[];
  };
  const keyOf = (r: Row, cols: readonly string[]) => cols.map((c) => String(r[c])).join("|");

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-e2e-"));
    for (const [to, from] of ARCHIVE) {
      await mkdir(dirname(join(dir, to)), { recursive: true });
      await copyFile(join(fixtures, from), join(dir, to));
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("extract converts every document into output/ (mirroring the year folders)", async () => {
    const r = await run(["extract", "archive", "--jobs", "2"]);
    expect(r.stderr).toMatch(/^5 documents: 5 converted, 0 failed/m);
    expect(r.code).toBe(0);
  });

  it("index (no folder, no --db) indexes each document once and reports the copy as a duplicate", async () => {
    const r = await run(["index"]);
    expect(r.stderr).toContain("duplicate  2012/ohrm.json: the same source document as 2012/copies/ohrm.json, indexed once");
    expect(r.stderr).toContain("output/compacts.duckdb: 4 indexed, 0 unchanged, 0 removed, 1 duplicate, 0 invalid");
    expect(r.code).toBe(0);
    await access(join(dir, "output", "compacts.duckdb"));
  });

  it("missions named in 2008 compacts: each once, though the compact is there as PDF and text", async () => {
    const rows = await json(["query", "missions", "--year", "2008"]);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r["year"] === 2008 && r["entity"] === "DFS" && r["sources"] === 2)).toBe(true);
    expect(new Set(rows.map((r) => r["acronym"])).size).toBe(rows.length);
    expect(rows.map((r) => r["acronym"])).toEqual(expect.arrayContaining(["UNAMID", "UNMIL", "MINURSO"]));
    const all = await json(["query", "missions", "--year", "2008", "--all-sources"]);
    expect(all).toHaveLength(2 * rows.length);
  });

  it("documents citing a resolution: the compact once, whatever its number of sources", async () => {
    const rows = await json(["query", "resolutions", "--symbol", "A/RES/61/279"]);
    expect(rows.map((r) => keyOf(r, ["symbol", "year", "entity", "sources"]))).toEqual(["A/RES/61/279|2008|DFS|2"]);
    const note = await json(["query", "resolutions", "--symbol", "A/RES/59/268"]);
    expect(note.map((r) => keyOf(r, ["kind", "source_file"]))).toEqual(["un-document|notes/A-60-209-note.txt"]);
  });

  it("measures with a numeric target of at least 50%: no doubled rows", async () => {
    const rows = await json(["query", "targets", "--unit", "%", "--min", "50"]);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => typeof r["value"] === "number" && r["value"] >= 50 && r["unit"] === "%")).toBe(true);
    const keys = rows.map((r) => keyOf(r, ["year", "entity", "objective_id", "measure_index", "target_index"]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(rows.map((r) => r["entity"]))).toEqual(new Set(["DFS", "OHRM"]));
  });

  it("a reader that stops early (| head) ends the query quietly with exit 0", async () => {
    const child = spawn(process.execPath, [CLI, "query", "sql", "SELECT * FROM range(300000)"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("objectives mentioning gender", async () => {
    const rows = await json(["query", "objectives", "--text", "gender"]);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(String(r["matched_in"])).toMatch(/objective|accomplishment|measure/);
    const keys = rows.map((r) => keyOf(r, ["year", "entity", "objective_id"]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
