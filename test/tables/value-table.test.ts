import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { classifyLayout } from "../../src/classify/index.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";

/** 2010s key-performance-indicator tables: a measures column with its own Target / Baseline, objectives from spanning rows or the line above. */
const KPI = `# 2009 SENIOR MANAGER’S COMPACT

Between Mr. Lars Adeyemi, Under-Secretary-General for Economic and Social Affairs, and the Secretary-General, Mr. Ban Ki-moon

## A. PROGRAMME OBJECTIVES

| KEY PERFORMANCE INDICATORS | TARGET (2009) |
|---|---|
| **Objective: To promote the inclusion of persons with disabilities in national development plans** | |
| Forecast error (percentage points) | 1.8 |
| Countries reporting additional indicators | 25 |
| **Objective: To support regional integration through trade facilitation** | |
| Countries with paperless trade measures | 12 |

**Objective 10: To spend the approved budget in line with the work plan**

| PERFORMANCE MEASURES | BASELINE (2008) | TARGET |
|---|---|---|
| Tickets purchased 16 days in advance | 29% | 44% |
| Budget implementation rate | 36% | 61% |
`;

/** A UN report with an indicator table: not a compact's table, whatever its labels. */
const REPORT = `# Report of the Secretary-General on the programme performance

The Committee requested information on the indicators used in the biennium.

| Performance measures | Baseline | Target |
|---|---|---|
| Documents issued on time | 80% | 90% |
| Meetings serviced | 95% | 100% |
`;

describe("key-performance-indicator tables (measures with their own values)", () => {
  it("reads a measures + Target table and a measures + Baseline + Target table under their objectives", async () => {
    const out = await extract(new TextEncoder().encode(KPI), { fileName: "kpi.md" });
    if (out.kind !== "compact") throw new Error(`expected a compact, got ${out.kind}`);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => [m.text, m.baseline, m.target])])).toEqual([
      ["To promote the inclusion of persons with disabilities in national development plans", [], [["Forecast error (percentage points)", null, "1.8"], ["Countries reporting additional indicators", null, "25"]]],
      ["To support regional integration through trade facilitation", [], [["Countries with paperless trade measures", null, "12"]]],
      ["To spend the approved budget in line with the work plan", [], [["Tickets purchased 16 days in advance", "29%", "44%"], ["Budget implementation rate", "36%", "61%"]]],
    ]);
  });

  it("does not count such a header as a compact's when classifying", () => {
    const c = classifyLayout(markdownTextToLayout(REPORT));
    expect(c.kind).not.toBe("compact");
  });
});
