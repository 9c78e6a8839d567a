import { describe, expect, it } from "vitest";
import { loadDomainData } from "../../src/data/index.js";
import { synthCompactFacts, renderCompactText, renderCompactMarkdown } from "./synth.js";

describe("synthetic compacts", () => {
  const data = loadDomainData();
  it("are deterministic and state their facts in the text", () => {
    const a = synthCompactFacts(7, data.missions);
    const b = synthCompactFacts(7, data.missions);
    expect(a).toEqual(b);
    const text = renderCompactText(a);
    for (const m of a.missions) expect(text).toContain(`(${m.acronym})`);
    for (const r of a.resolutions) expect(text).toContain(r.symbol);
    for (const row of a.rows) expect(text).toContain(row.objective);
    expect(renderCompactMarkdown(a)).toContain("| Objective | Expected accomplishment | Performance measure |");
  });
  it("vary in year and department", () => {
    const facts = Array.from({ length: 30 }, (_, i) => synthCompactFacts(i + 1, data.missions));
    expect(new Set(facts.map((f) => f.year)).size).toBeGreaterThan(4);
    expect(new Set(facts.map((f) => f.department.acronym)).size).toBeGreaterThan(4);
  });
});
