/** Build schema-valid outputs from synthetic (or hand-checked) compact facts, for query tests. */
import { createHash } from "node:crypto";
import { OutputSchema, type CompactOutput, type Entity } from "../../src/model/output.js";
import type { MissionRecord } from "../../src/data/index.js";
import type { SynthCompact } from "../support/synth.js";

/** SynthCompact, but a resolution date may be unknown (the seed does not date every resolution). */
export type CompactFacts = Omit<SynthCompact, "resolutions"> & { resolutions: Array<{ symbol: string; date: string | null }> };

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
    })),
    challenges: facts.challenges,
    signatures: [{ name: facts.manager.name, title: facts.manager.title, date: facts.signedOn }],
  };
  return OutputSchema.parse(output) as CompactOutput;
}
