/**
 * The same canned queries over outputs of the real pipeline (extract → JSON → index): the table
 * stage fills objectives/measures/targets, the recognisers fill missions and references.
 */
import { describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, loadDomainData } from "../../src/index.js";
import { buildIndex, openIndex } from "../../src/query/index.js";
import { synthCompactFacts, renderCompactText } from "../support/synth.js";
import { SYNTH_SEEDS, type CompactFacts } from "./support.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const data = loadDomainData();

const probeFacts = synthCompactFacts(SYNTH_SEEDS[0]!, data.missions);
const probe = await extract(new TextEncoder().encode(renderCompactText(probeFacts)), { data, fileName: "probe.txt" });
describe("canned queries over real pipeline output", () => {
  it("extract() of a synthetic compact yields objectives, missions and resolutions to index", () => {
    expect(probe.kind).toBe("compact");
    if (probe.kind !== "compact") return;
    expect(probe.objectives).toHaveLength(probeFacts.rows.length);
    expect(probe.missions.map((m) => m.acronym).sort()).toEqual(probeFacts.missions.map((m) => m.acronym).sort());
    expect(probe.references.resolutions.map((r) => r.symbol).sort()).toEqual(probeFacts.resolutions.map((r) => r.symbol).sort());
  });

  it("missions, resolutions and % targets match the facts of ≥ 20 synthetic compacts and the seed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "compacts-query-pipeline-"));
    try {
      const facts: Array<{ f: CompactFacts; source: string }> = [];
      const seedFacts = JSON.parse(await readFile(join(here, "fixtures", "seed-2008-dfs.facts.json"), "utf8")) as CompactFacts;
      const seedBytes = new Uint8Array(await readFile(join(here, "..", "..", "fixtures", "compact-2008-dfs.txt")));
      const inputs: Array<{ f: CompactFacts; source: string; bytes: Uint8Array }> = [
        { f: seedFacts, source: "compact-2008-dfs.txt", bytes: seedBytes },
        ...SYNTH_SEEDS.map((seed) => {
          const f = synthCompactFacts(seed, data.missions);
          return { f, source: `${f.name}.txt`, bytes: new TextEncoder().encode(renderCompactText(f)) };
        }),
      ];
      for (const { f, source, bytes } of inputs) {
        const out = await extract(bytes, { data, fileName: source });
        await writeFile(join(dir, `${f.name}.json`), JSON.stringify(out));
        facts.push({ f, source });
      }
      const report = await buildIndex(dir);
      expect(report.invalid).toEqual([]);
      const idx = await openIndex(join(dir, "compacts.duckdb"));
      try {
        const m2008 = await idx.missions({ year: 2008 });
        const expectedMissions = facts
          .filter(({ f }) => f.year === 2008)
          .flatMap(({ f, source }) => f.missions.map((m) => `${source}|${m.acronym}`));
        expect(m2008.rows.map((r) => `${r.source_file}|${r.acronym}`).sort()).toEqual(expectedMissions.sort());
        expect(m2008.rows.some((r) => r.acronym === "UNMISS")).toBe(false);

        const symbols = [...new Set(facts.flatMap(({ f }) => f.resolutions.map((r) => r.symbol)))];
        for (const symbol of symbols) {
          const res = await idx.resolutions({ symbol });
          const citing = facts.filter(({ f }) => f.resolutions.some((r) => r.symbol === symbol)).map(({ source }) => source);
          expect(res.rows.map((r) => r.source_file).sort(), symbol).toEqual(citing.sort());
        }

        const low = await idx.targets({ unit: "%", max: 5 });
        const expectedLow = facts.flatMap(({ f, source }) =>
          f.rows.flatMap((row) => row.targets.flatMap((t) => (t && t.unit === "%" && t.value <= 5 ? [`${source}|${t.value}`] : []))),
        );
        expect(low.rows.map((r) => `${r.source_file}|${r.value}`).sort()).toEqual(expectedLow.sort());
      } finally {
        idx.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("index over real pipeline output (compact metadata, already on main)", () => {
  it("compacts table holds the year, department and signing date extract() found, for the seed and 24 synth compacts", async () => {
    const dir = await mkdtemp(join(tmpdir(), "compacts-query-meta-"));
    try {
      const expected: string[] = [];
      const seedBytes = new Uint8Array(await readFile(join(here, "..", "..", "fixtures", "compact-2008-dfs.txt")));
      const inputs = [
        { name: "compact-2008-dfs", bytes: seedBytes, year: 2008, entity: "Department of Field Support", signed: "2008-02-04" },
        ...SYNTH_SEEDS.map((seed) => {
          const f = synthCompactFacts(seed, data.missions);
          return { name: f.name, bytes: new TextEncoder().encode(renderCompactText(f)), year: f.year, entity: f.department.name, signed: f.signedOn };
        }),
      ];
      for (const i of inputs) {
        const out = await extract(i.bytes, { data, fileName: `${i.name}.txt` });
        await writeFile(join(dir, `${i.name}.json`), JSON.stringify(out));
        expected.push(`${i.name}.txt|${i.year}|${i.entity}|${i.signed}`);
      }
      const report = await buildIndex(dir);
      expect(report.invalid).toEqual([]);
      expect(report.indexed).toHaveLength(inputs.length);
      const idx = await openIndex(join(dir, "compacts.duckdb"));
      try {
        const r = await idx.sql(`
          SELECT d.source_file, c.year, c.entity_name, strftime(c.signed_on, '%Y-%m-%d') AS signed
          FROM compacts c JOIN documents d USING (doc_id) WHERE d.kind = 'compact'`);
        expect(r.rows.map((x) => `${x["source_file"]}|${x["year"]}|${x["entity_name"]}|${x["signed"]}`).sort()).toEqual(expected.sort());
      } finally {
        idx.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
