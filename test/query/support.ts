/** Build schema-valid outputs from synthetic (or hand-checked) compact facts, for query tests. */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDomainData } from "../../src/data/index.js";
import { synthCompactFacts, renderCompactText } from "../support/synth.js";
import { OutputSchema, type CompactOutput, type Entity, type UnknownOutput } from "../../src/model/output.js";
import type { MissionRecord } from "../../src/data/index.js";
import type { SynthCompact } from "../support/synth.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "..", "..");
const data = loadDomainData();

type SynthRow = SynthCompact["rows"][number];
/**
 * SynthCompact, loosened for the hand-checked seed: a resolution date may be unknown, and
 * `targets[j]` (the target stated by measure j) is null when that measure states none.
 */
export type CompactFacts = Omit<SynthCompact, "resolutions" | "rows"> & {
  resolutions: Array<{ symbol: string; date: string | null }>;
  rows: Array<Omit<SynthRow, "targets"> & { targets: Array<SynthRow["targets"][number] | null> }>;
};

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

function targetRaw(t: { value: number; unit: string | null }): string {
  if (t.unit === "%") return `${t.value}%`;
  if (t.unit === "pp") return `${t.value} percentage point`;
  return t.unit ? `${t.value} ${t.unit}` : String(t.value);
}

/** Entities for every mission acronym and resolution symbol, at their first occurrence in `text`. */
function entitiesOf(facts: CompactFacts, text: string): Entity[] {
  const out: Entity[] = [];
  const add = (type: Entity["type"], raw: string) => {
    const start = text.indexOf(raw);
    if (start >= 0) out.push({ type, text: raw, normalized: raw, start, end: start + raw.length, page: 1 });
  };
  for (const m of facts.missions) add("mission", m.acronym);
  for (const r of facts.resolutions) add("resolution", r.symbol);
  return out.sort((a, b) => a.start - b.start);
}

/** The output the pipeline should produce for these facts, validated by OutputSchema. */
export function factsToOutput(facts: CompactFacts, text: string, file: string, gazetteer: readonly MissionRecord[]): CompactOutput {
  const known = new Set(gazetteer.map((m) => m.acronym));
  const perSection = new Map<string, number>();
  const output: CompactOutput = {
    schemaVersion: 1,
    kind: "compact",
    source: { file, format: "text", sha256: sha256(text), pages: 1, bytes: Buffer.byteLength(text) },
    status: "success",
    error: null,
    classification: { kind: "compact", scores: { compact: 1 }, evidence: [] },
    warnings: [],
    entities: entitiesOf(facts, text),
    references: {
      resolutions: facts.resolutions.map((r) => ({ symbol: r.symbol, date: r.date, raw: [r.symbol] })),
      documents: facts.documents.map((d) => ({ symbol: d, raw: [d] })),
    },
    title: "Senior Manager's Compact",
    year: facts.year,
    manager: facts.manager,
    counterpart: facts.counterpart,
    entity: { name: facts.department.name, acronym: facts.department.acronym },
    sections: [...new Set(facts.rows.map((r) => r.section))].map((id) => ({ id, title: id })),
    objectives: facts.rows.map((row, i) => {
      const n = (perSection.get(row.section) ?? 0) + 1;
      perSection.set(row.section, n);
      return {
        id: `${row.section}-${n}`,
        section: row.section,
        objective: row.objective,
        accomplishments: row.accomplishments,
        measures: row.measures.map((text, j) => {
          const t = row.targets[j];
          return {
            text,
            targets: t ? [{ value: t.value, unit: t.unit, comparator: t.comparator as ">=", raw: targetRaw(t) }] : [],
            accomplishment: null,
            target: null,
            baseline: null,
          };
        }),
        extra: {},
        provenance: { page: 1, lines: [10 + i * 3, 12 + i * 3], pages: [1] },
      };
    }),
    missions: facts.missions.map((m) => ({
      acronym: m.acronym,
      canonical: known.has(m.acronym) ? m.acronym : null,
      name: m.name,
      kind: m.kind,
      known: known.has(m.acronym),
      listed: true,
    })),
    challenges: facts.challenges,
    signatures: [{ name: facts.manager.name, title: facts.manager.title, date: facts.signedOn }],
  };
  return OutputSchema.parse(output) as CompactOutput;
}

/** ≥ 20 generated compacts (several years and departments) plus the hand-checked 2008 DFS seed. */
export const SYNTH_SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);

export interface Corpus {
  dir: string;
  facts: Map<string, CompactFacts>; // json file name → facts
}

/** Write the query-test corpus (seed + synth outputs + two invalid JSON files) into `dir` or a temp folder. */
export async function writeCorpus(into?: string): Promise<Corpus> {
  const dir = into ?? (await mkdtemp(join(tmpdir(), "compacts-query-")));
  const facts = new Map<string, CompactFacts>();
  const seedFacts = JSON.parse(await readFile(join(here, "fixtures", "seed-2008-dfs.facts.json"), "utf8")) as CompactFacts;
  const seedText = await readFile(join(repo, "fixtures", "compact-2008-dfs.txt"), "utf8");
  const add = async (f: CompactFacts, text: string, file: string) => {
    const json = `${f.name}.json`;
    await writeFile(join(dir, json), JSON.stringify(factsToOutput(f, text, file, data.missions), null, 2));
    facts.set(json, f);
  };
  await add(seedFacts, seedText, "compact-2008-dfs.txt");
  for (const seed of SYNTH_SEEDS) {
    const f = synthCompactFacts(seed, data.missions);
    await add(f, renderCompactText(f), `${f.name}.txt`);
  }
  // A non-compact output: only documents/references/entities rows.
  const note: UnknownOutput = {
    schemaVersion: 1,
    kind: "unknown",
    source: { file: "A-60-209-note.txt", format: "text", sha256: sha256("A/60/209 note"), pages: 1, bytes: 13 },
    status: "success",
    error: null,
    classification: { kind: "unknown", scores: {}, evidence: [] },
    warnings: [],
    entities: [],
    references: { resolutions: [{ symbol: "A/RES/60/1", date: null, raw: ["resolution 60/1"] }], documents: [] },
  };
  await writeFile(join(dir, "A-60-209-note.json"), JSON.stringify(OutputSchema.parse(note)));
  // Not outputs: must be reported or ignored, never fatal.
  await writeFile(join(dir, "broken.json"), "{ not json");
  await writeFile(join(dir, "other.json"), JSON.stringify({ hello: "world" }));
  await writeFile(join(dir, "manifest.jsonl"), "{}\n");
  return { dir, facts };
}

