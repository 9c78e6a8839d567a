import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/** A 2019-style compact in Markdown: objective as a rowspan, sub-rows of accomplishments, a Target per measure. */
const GRID = `# Jane Doe

Under-Secretary-General for Safety and Security

## SECTION 1 : DELIVERING RESULTS

| Objective | Expected results | Performance measures | Target |
|---|---|---|---|
| To improve the safety of staff. | Faster response to incidents. | Average response time (minutes) | 15 minutes |
|  |  | Incidents reported within one day | 95% |
|  | Better trained staff. | Staff completing the security course | 90% by December 2019 |
| To strengthen coordination. | Joint plans agreed. | Plans agreed with UNAMA and UNAMI | Agreed by June 2019 |

**Challenges**

- Funding remains uncertain.
`;

describe("table structure: sub-rows and per-measure cells", () => {
  it("pairs each measure with the accomplishment of its sub-row and keeps its own target", async () => {
    const out = await extract(new TextEncoder().encode(GRID), { fileName: "grid.md" });
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact") return;
    const [first, second] = out.objectives;
    expect(out.objectives).toHaveLength(2);
    expect(first?.accomplishments).toEqual(["Faster response to incidents.", "Better trained staff."]);
    expect(first?.measures.map((m) => [m.text, m.accomplishment, m.target])).toEqual([
      ["Average response time (minutes)", 0, "15 minutes"],
      ["Incidents reported within one day", 0, "95%"],
      ["Staff completing the security course", 1, "90% by December 2019"],
    ]);
    expect(first?.measures[1]?.targets).toEqual([expect.objectContaining({ value: 95, unit: "%" })]);
    expect(first?.extra.target).toEqual(["15 minutes", "95%", "90% by December 2019"]);
    // One accomplishment in a single sub-row: the layout pairs nothing.
    expect(second?.measures.map((m) => m.accomplishment)).toEqual([null]);
    // The table ends where the GFM table ends: "Challenges" is no item.
    expect(second?.accomplishments).toEqual(["Joint plans agreed."]);
    expect(out.missions.map((m) => [m.acronym, m.listed])).toEqual([["UNAMA", false], ["UNAMI", false]]);
  });
});

/** One accomplishment spanning a sub-row per measure (Markdown leaves the spanned cells empty), and a row of lists. */
const MEASURE_ROWS = `# Jane Doe

Under-Secretary-General for Safety and Security

## SECTION 1 : DELIVERING RESULTS

| Objective | Expected results | Performance measures | Target |
|---|---|---|---|
| To improve the safety of staff. | Faster response to incidents. | Average response time (minutes) | 15 minutes |
|  |  | Incidents reported within one day | 95% |
| To strengthen coordination. | - Joint plans agreed.<br>- Fewer duplicated missions. | - Plans agreed with partners<br>- Joint missions held | Agreed by June 2019 |
`;

describe("table structure: measure sub-rows", () => {
  it("pairs measures in their own sub-rows with the one accomplishment whose cell spans them; lists in one row stay unpaired", async () => {
    const out = await extract(new TextEncoder().encode(MEASURE_ROWS), { fileName: "rows.md" });
    if (out.kind !== "compact") throw new Error(`expected a compact, got ${out.kind}`);
    const [first, second] = out.objectives;
    expect(first?.measures.map((m) => [m.text, m.accomplishment, m.target])).toEqual([
      ["Average response time (minutes)", 0, "15 minutes"],
      ["Incidents reported within one day", 0, "95%"],
    ]);
    expect(second?.accomplishments).toEqual(["Joint plans agreed.", "Fewer duplicated missions."]);
    expect(second?.measures.map((m) => m.accomplishment)).toEqual([null, null]);
  });
});
