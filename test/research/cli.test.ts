import { describe, expect, it } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { CompactDiffSchema } from "../../src/model/diff.js";
import { runMain } from "../cli/support.js";

const SERIES = (f: string) => fileURLToPath(new URL(`../../fixtures/series/${f}`, import.meta.url));

describe("compacts diff / search from the command line", async () => {
  const dir = await mkdtemp(join(tmpdir(), "compacts-research-"));
  for (const y of [2010, 2011, 2012]) {
    await writeFile(join(dir, `dpol-${y}.json`), JSON.stringify(await extract(SERIES(`compact-${y}-dpo.md`))));
  }
  await writeFile(join(dir, "not-json.json"), "{ nope");
  // not-json.json is refused (exit 1), the three compacts indexed.
  const indexed = await runMain(["index", dir], dir);

  it("diff prints text without colour when piped", async () => {
    const r = await runMain(["diff", "dpol-2010.json", "dpol-2011.json"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("objectives: 3 unchanged, 1 reworded, 2 moved, 1 added, 0 removed; targets: 3 raised, 1 lowered, 1 dropped, 1 added");
    expect(r.stdout).toContain("(dpol-2010.json → dpol-2011.json)");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("diff --format json is valid against its schema", async () => {
    const r = await runMain(["diff", "dpol-2011.json", "dpol-2012.json", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const d = CompactDiffSchema.parse(JSON.parse(r.stdout));
    expect(d.summary).toMatchObject({ reworded: 2, added: 1, removed: 1 });
    expect(d.missions).toMatchObject({ added: ["UNMISS", "UNMIT"], removed: ["UNMIS"] });
  });

  it("diff of a file that is not JSON: one line with the code, exit 1", async () => {
    const r = await runMain(["diff", "dpol-2010.json", "not-json.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("compacts: NOT_JSON: not-json.json: not JSON (give the .json output of `compacts extract`)\n");
  });

  it("diff needs two files; a mistyped flag exits 2", async () => {
    const r = await runMain(["diff", "a", "b", "--fromat", "json"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean --format?");
  });

  it("search over the index built by `compacts index`", async () => {
    expect(indexed.code).toBe(1);
    expect(indexed.stderr).toContain("3 indexed");
    const r = await runMain(["search", "gender balance", "--format", "json", "--limit", "2"], dir, { env: { COMPACTS_DB: join(dir, "compacts.duckdb") } });
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<{ year: number; objective_id: string; snippet: string }>;
    expect(hits.length).toBe(2);
    expect(hits[0]).toMatchObject({ year: 2010, objective_id: "A.3-2", snippet: "To achieve **gender** **balance** among senior staff in field missions." });
  });

  it("mission: every compact naming it or its successor, mandate list or text", async () => {
    const env = { COMPACTS_DB: join(dir, "compacts.duckdb") };
    const r = await runMain(["mission", "MONUC", "--format", "json"], dir, { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("with MONUC → MONUSCO (2010)");
    expect((JSON.parse(r.stdout) as Array<Record<string, unknown>>).map((x) => [x["year"], x["acronym"], x["named_in"]])).toEqual([
      [2010, "MONUC", "mandate list"], [2011, "MONUSCO", "mandate list"], [2012, "MONUSCO", "mandate list"],
    ]);
    const t = await runMain(["mission", "unmit", "--format", "csv", "--db", join(dir, "compacts.duckdb")], dir);
    expect(t.stdout).toMatch(/^year,entity,acronym,canonical,named_in,source_file,doc_id\r?\n2012,.*,UNMIT,UNMIT,text,/);
  });

  it("diff --entity: every pair of consecutive years of one department in the index", async () => {
    const env = { COMPACTS_DB: join(dir, "compacts.duckdb") };
    const r = await runMain(["diff", "--entity", "DPOL", "--format", "json"], dir, { env });
    expect(r.code).toBe(0);
    const diffs = CompactDiffSchema.array().parse(JSON.parse(r.stdout));
    expect(diffs.map((d) => [d.from.year, d.to.year, d.summary.reworded, d.summary.moved])).toEqual([[2010, 2011, 1, 2], [2011, 2012, 2, 0]]);
    const one = await runMain(["diff", "--entity", "peace operations", "--from", "2011"], dir, { env });
    expect(one.stdout).toContain("(dpol-2011.json → dpol-2012.json)");
    expect(one.stdout).not.toContain("2010");
  });

  it.each([
    [["diff", "--entity", "DPOL", "--from", "2012"], /1 compact in the index in those years, need two/],
    [["diff", "--entity", "DPOL", "--from", "2012", "--to", "2010"], /--from 2012 is after --to 2010/],
    [["diff", "--entity", "DPOL", "--to", "soon"], /--to must be a year like 2008, not "soon"/],
    [["diff", "a.json", "b.json", "--from", "2010"], /--from, --to and --db go with --entity/],
    [["diff", "a.json", "--entity", "DPOL"], /either two files or --entity, not both/],
    [["diff", "a.json"], /give two compacts/],
  ])("diff usage error %j exits 2", async (argv, message) => {
    const r = await runMain(argv, dir, { env: { COMPACTS_DB: join(dir, "compacts.duckdb") } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("query missions --acronym, with listed", async () => {
    const r = await runMain(["query", "missions", "--acronym", "unmit", "--format", "json"], dir, { env: { COMPACTS_DB: join(dir, "compacts.duckdb") } });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<Record<string, unknown>>).map((x) => [x["year"], x["acronym"], x["listed"]])).toEqual([[2012, "UNMIT", false]]);
  });

  it("search refuses a query with no words and a bad --limit", async () => {
    const env = { COMPACTS_DB: join(dir, "compacts.duckdb") };
    expect((await runMain(["search", "the of"], dir, { env })).stderr).toContain("has no word to search for");
    expect((await runMain(["search", "x", "--limit", "0"], dir, { env })).code).toBe(2);
  });
});
