import { describe, expect, it } from "vitest";
import { extract, loadDomainData } from "../../src/index.js";
import { renderCompactText, synthCompactFacts } from "../support/synth.js";

/** Synthetic compacts (other departments, years, row counts) must come out row for row. */
describe("table rows of synthetic compacts", () => {
  const data = loadDomainData();
  for (const seed of [1, 2, 3, 5, 8, 13, 21, 34]) {
    it(`seed ${seed}`, async () => {
      const facts = synthCompactFacts(seed, data.missions);
      const out = await extract(new TextEncoder().encode(renderCompactText(facts)), { fileName: `${facts.name}.txt` });
      if (out.kind !== "compact") throw new Error(`classified as ${out.kind}`);
      expect(out.objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }))).toEqual(
        facts.rows.map((r) => ({ objective: r.objective, accomplishments: r.accomplishments, measures: r.measures })),
      );
      expect(out.warnings.filter((w) => w.code.startsWith("TABLE_"))).toEqual([]);
    });
  }
});
