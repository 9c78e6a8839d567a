import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, rm, writeFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { buildIndex, openIndex, TABLE_NAMES, toCsv, toTable, type CompactsIndex } from "../../src/query/index.js";
import { writeCorpus, SYNTH_SEEDS, type CompactFacts, type Corpus } from "./support.js";

const key = (...xs: Array<string | number | null>) => xs.join("|");

describe("compacts index and canned queries", () => {
  let corpus: Corpus;
  let idx: CompactsIndex;
  const dbPath = () => join(corpus.dir, "compacts.duckdb");

  beforeAll(async () => {
    corpus = await writeCorpus();
    const report = await buildIndex(corpus.dir);
    expect(report.indexed).toHaveLength(SYNTH_SEEDS.length + 2); // + the seed and the UN note
    expect(report.invalid.map((i) => i.file).sort()).toEqual(["broken.json", "other.json"]);
    idx = await openIndex(dbPath());
  });
  afterAll(async () => {
    idx?.close();
    if (corpus) await rm(corpus.dir, { recursive: true, force: true });
  });

  it("the corpus spans several years and departments", () => {
    const all = [...corpus.facts.values()];
    expect(new Set(all.map((f) => f.year)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(all.map((f) => f.department.acronym)).size).toBeGreaterThanOrEqual(4);
    expect(all.filter((f) => f.year === 2008).length).toBeGreaterThanOrEqual(2);
  });

  it("missions --year 2008 returns exactly the missions each 2008 compact names", async () => {
    const res = await idx.missions({ year: 2008 });
    const expected = [...corpus.facts.entries()]
      .filter(([, f]) => f.year === 2008)
      .flatMap(([, f]) => f.missions.map((m) => key(f.department.acronym, m.acronym, m.kind)));
    expect(res.rows.map((r) => key(r.entity, r.acronym, r.kind)).sort()).toEqual(expected.sort());
    // The seed names UNMIS; UNMISS (2011-) is named by no 2008 compact, so it must not appear.
    const seedRows = res.rows.filter((r) => r.source_file === "compact-2008-dfs.txt");
    expect(seedRows.map((r) => r.acronym)).toContain("UNMIS");
    expect(seedRows).toHaveLength(33);
    expect(res.rows.some((r) => r.acronym === "UNMISS")).toBe(false);
    expect(res.rows.every((r) => r.year === 2008)).toBe(true);
  });

  it("missions filter by entity and kind", async () => {
    const res = await idx.missions({ entity: "dfs", kind: "political" });
    const expected = [...corpus.facts.values()]
      .filter((f) => f.department.acronym === "DFS")
      .flatMap((f) => f.missions.filter((m) => m.kind === "political").map((m) => key(f.year, m.acronym)));
    expect(expected.length).toBeGreaterThan(0);
    expect(res.rows.map((r) => key(r.year, r.acronym)).sort()).toEqual(expected.sort());
    const byName = await idx.missions({ entity: "Field Support", kind: "political" });
    expect(byName.rows).toEqual(res.rows);
  });

  it("resolutions --symbol finds every compact citing it", async () => {
    const cites = (s: string) => [...corpus.facts.values()].filter((f) => f.resolutions.some((r) => r.symbol === s));
    const symbols = [...new Set([...corpus.facts.values()].flatMap((f) => f.resolutions.map((r) => r.symbol)))];
    const shared = symbols.filter((s) => cites(s).length >= 2);
    expect(shared.length).toBeGreaterThan(0);
    for (const symbol of [...shared, "A/RES/61/279"]) {
      const res = await idx.resolutions({ symbol: ` ${symbol.toLowerCase()} ` });
      expect(res.rows.map((r) => r.source_file).sort()).toEqual(cites(symbol).map((f) => sourceOf(f)).sort());
    }
    const seed = await idx.resolutions({ symbol: "A/RES/62/237" });
    expect(seed.rows.find((r) => r.source_file === "compact-2008-dfs.txt")?.date).toBe("2007-12-22");
  });

  it("targets --unit % --max 5 returns exactly the measures with % targets ≤ 5", async () => {
    const res = await idx.targets({ unit: "%", max: 5 });
    const expected = [...corpus.facts.values()].flatMap((f) => {
      const n = new Map<string, number>();
      return f.rows.flatMap((row) => {
        const i = (n.get(row.section) ?? 0) + 1;
        n.set(row.section, i);
        return row.targets.flatMap((t, j) =>
          t && t.unit === "%" && t.value <= 5 ? [key(sourceOf(f), `${row.section}-${i}`, j + 1, t.value, row.measures[j]!)] : [],
        );
      });
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(res.rows.map((r) => key(r.source_file, r.objective_id, r.measure_index, r.value, r.measure)).sort()).toEqual(
      expected.sort(),
    );
    expect(res.rows.every((r) => r.unit === "%" && r.value <= 5)).toBe(true);
    expect(res.rows.some((r) => /Vacancy rate/.test(r.measure))).toBe(true);
  });

  it("indexes non-compact outputs too: their citations are found, with no compact columns", async () => {
    const res = await idx.resolutions({ symbol: "A/RES/60/1" });
    expect(res.rows.map((r) => [r.source_file, r.kind, r.year, r.entity])).toEqual([["A-60-209-note.txt", "unknown", null, null]]);
    const kinds = await idx.sql("SELECT kind, CAST(count(*) AS INTEGER) AS n FROM documents GROUP BY kind ORDER BY kind");
    expect(kinds.rows).toEqual([{ kind: "compact", n: SYNTH_SEEDS.length + 1 }, { kind: "unknown", n: 1 }]);
  });

  it("binds user values as parameters: quotes and wildcards are data, not SQL", async () => {
    expect((await idx.resolutions({ symbol: "x' OR 1=1 --" })).rows).toEqual([]);
    expect((await idx.missions({ entity: "%" })).rows).toEqual([]);
    const n = await idx.sql("SELECT CAST(count(*) AS INTEGER) AS n FROM documents WHERE kind = $kind", { kind: "compact" });
    expect(n.rows).toEqual([{ n: SYNTH_SEEDS.length + 1 }]);
  });

  it("the index is read-only through openIndex", async () => {
    await expect(idx.sql("DELETE FROM missions")).rejects.toThrow(/read-only|read only/i);
  });

  it("tables join on their keys", async () => {
    const r = await idx.sql(`
      SELECT CAST(count(*) AS INTEGER) AS orphans FROM targets t
      LEFT JOIN measures m USING (doc_id, objective_id, measure_index)
      LEFT JOIN objectives o USING (doc_id, objective_id)
      WHERE m.text IS NULL OR o.objective IS NULL`);
    expect(r.rows).toEqual([{ orphans: 0 }]);
    const objectives = await idx.sql("SELECT CAST(count(*) AS INTEGER) AS n FROM objectives");
    const rows = [...corpus.facts.values()].reduce((s, f) => s + f.rows.length, 0);
    expect(objectives.rows).toEqual([{ n: rows }]);
  });

  it("exports one Parquet file per table that DuckDB reads back with the same row counts", async () => {
    const out = join(corpus.dir, "parquet");
    const written = await idx.exportParquet(out);
    expect(written.map((w) => w.table)).toEqual(TABLE_NAMES);
    // Read back in a DuckDB of its own: the index's free SQL may not read files (sandbox.test.ts).
    const reader = await (await DuckDBInstance.create(":memory:")).connect();
    for (const w of written) {
      const back = { rows: (await reader.runAndReadAll(`SELECT CAST(count(*) AS INTEGER) AS n FROM read_parquet($file)`, { file: w.file })).getRowObjectsJS() };
      const live = await idx.sql(`SELECT CAST(count(*) AS INTEGER) AS n FROM "${w.table}"`);
      expect(back.rows).toEqual(live.rows);
      expect(back.rows).toEqual([{ n: w.rows }]);
    }
    expect(written.find((w) => w.table === "missions")!.rows).toBeGreaterThan(33);
  });

  function sourceOf(f: CompactFacts): string {
    return f.name === "compact-2008-dfs" ? "compact-2008-dfs.txt" : `${f.name}.txt`;
  }
});

describe("incremental re-indexing", () => {
  it("re-reads only changed files, replaces their rows and drops vanished ones", async () => {
    const corpus = await writeCorpus();
    try {
      await buildIndex(corpus.dir);
      const again = await buildIndex(corpus.dir);
      expect(again.indexed).toEqual([]);
      expect(again.unchanged).toHaveLength(SYNTH_SEEDS.length + 2);

      const [changedFile, facts] = [...corpus.facts.entries()][3]!;
      const json = JSON.parse(await readFile(join(corpus.dir, changedFile), "utf8")) as { missions: Array<{ acronym: string }> };
      json.missions = [{ ...json.missions[0]!, acronym: "TESTMISSION" }];
      await writeFile(join(corpus.dir, changedFile), JSON.stringify(json));
      const [goneFile] = [...corpus.facts.keys()].slice(-1);
      await unlink(join(corpus.dir, goneFile!));

      const report = await buildIndex(corpus.dir);
      expect(report.indexed).toEqual([changedFile]);
      expect(report.removed).toEqual([goneFile]);
      const idx = await openIndex(join(corpus.dir, "compacts.duckdb"));
      try {
        const ms = await idx.missions({ year: facts.year, entity: facts.department.acronym });
        const mine = ms.rows.filter((r) => r.source_file === `${facts.name}.txt`);
        expect(mine.map((r) => r.acronym)).toEqual(["TESTMISSION"]);
        const docs = await idx.sql("SELECT CAST(count(*) AS INTEGER) AS n, CAST(count(DISTINCT doc_id) AS INTEGER) AS d FROM documents");
        expect(docs.rows).toEqual([{ n: SYNTH_SEEDS.length + 1, d: SYNTH_SEEDS.length + 1 }]); // one compact gone, note stays
        const orphans = await idx.sql("SELECT CAST(count(*) AS INTEGER) AS n FROM missions WHERE doc_id NOT IN (SELECT doc_id FROM documents)");
        expect(orphans.rows).toEqual([{ n: 0 }]);
      } finally {
        idx.close();
      }
    } finally {
      await rm(corpus.dir, { recursive: true, force: true });
    }
  });
});

describe("result formats", () => {
  const result = { columns: ["name", "n"], rows: [{ name: 'say "hi", then\nbye', n: 3 }, { name: "plain", n: null }] };
  it("CSV quotes fields with commas, quotes and newlines (RFC 4180)", () => {
    expect(toCsv(result)).toBe('name,n\r\n"say ""hi"", then\nbye",3\r\nplain,\r\n');
  });
  it("table aligns columns and right-aligns numbers", () => {
    expect(toTable(result)).toBe(
      ["name                n", "------------------  -", 'say "hi", then bye  3', "plain", "(2 rows)", ""].join("\n"),
    );
  });
});
