import { describe, expect, it } from "vitest";
import { loadDomainData } from "../../src/data/index.js";
import { runPipeline } from "../../src/pipeline.js";
import { parseTargets } from "../../src/entities/targets.js";
import { renderCompactText, synthCompactFacts } from "../support/synth.js";

const data = loadDomainData();
const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);

/** Compacts of other years and departments (synthetic, with their facts): the recognisers must generalise. */
describe.each(SEEDS)("synthetic compact %i", async (seed) => {
  const facts = synthCompactFacts(seed, data.missions);
  const doc = await runPipeline(`${facts.name}.txt`, new TextEncoder().encode(renderCompactText(facts)), {}, data);
  it("lists its missions with acronym, gazetteer name and kind", () => {
    expect(doc.compact?.missions.map((m) => ({ acronym: m.acronym, name: m.name, kind: m.kind }))).toEqual(
      [...facts.missions.filter((m) => m.kind === "peacekeeping"), ...facts.missions.filter((m) => m.kind === "political")],
    );
  });
  it("finds its resolutions with dates and its documents", () => {
    expect(doc.references.resolutions.map((r) => ({ symbol: r.symbol, date: r.date }))).toEqual(facts.resolutions);
    expect(doc.references.documents.map((r) => r.symbol)).toEqual(facts.documents);
  });
  it("reads the target of every measure", () => {
    for (const row of facts.rows) {
      row.measures.forEach((m, i) => {
        expect(parseTargets(m).map(({ value, unit, comparator }) => ({ value, unit, comparator }))).toEqual([row.targets[i]]);
      });
    }
  });
});
