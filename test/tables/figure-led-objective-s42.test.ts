/**
 * A viewer's copy (`mutool draw -F txt` of AbiWord's print; session 42, h-mu42): a sub-row's
 * measures lost their markers and go on in one block under its accomplishment (`➢ Country teams …`
 * / `749,683 followers of …` / `83% of country teams …`). `figureLedObjective` (tables/linearized):
 * an Objective cell opening with a figure that goes on in words is a measure's way of opening, never
 * an objective's; without it the second measure was read as the next row's objective (`83% of
 * country teams …` with the next sub-row's cells), the row's later sub-rows cut away (corpus13 val13e
 * v13e-016 on main 2987f826). The small layout below is v13e-016's first table, cut to two rows;
 * both `it`s fail without the rule.
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, textRows } from "../support/table-rows.js";

const here = dirname(fileURLToPath(import.meta.url));

const COPY = `SENIOR MANAGER'S COMPACT for 2016
Sanjay Kuznetsova, Secretary-General's Envoy on Youth, will strive to fulfil the goals of the 
Charter of the United Nations and the mandates entrusted to the Office of the Secretary-
General's Envoy on Youth. I commit to achieve the objectives detailed below.

I. Programme objectives
I will give special attention to delivering the following results in 2016.
Objectives
Expected results
Key performance indicators
To promote decent jobs for 
young people through system-
wide partnerships in the 
regions

➢ Country teams reporting on 
the Youth Strategy
749,683 followers of the 
Envoy's channels
83% of country teams that 
report on the Youth Strategy

➢ Young peacebuilders 
consulted on resolutions 
concerning youth, peace and 
security

27 entities with a youth focal 
point
58 young speakers in high-
level meetings

To make the United Nations 
system deliver the Youth 
Strategy in every country 
team at Headquarters

➢ Campaigns reaching young 
people in all official 
languages

30 entities with a youth focal 
point
40% of country teams that 
report on the Youth Strategy

➢ Youth-led organizations 
funded through United 
Nations partnerships

158 youth-led organizations 
in the partner network


II. Managerial objectives
`;

describe("a figure-led paragraph is no objective (`figureLedObjective`)", () => {
  it("keeps a sub-row's second unmarked measure in its cell, the row's next sub-row with it", () => {
    const rows = textRows(COPY);
    expect(rows.map((r) => r.objective)).toEqual([
      "To promote decent jobs for young people through system-wide partnerships in the regions",
      "To make the United Nations system deliver the Youth Strategy in every country team at Headquarters",
    ]);
    expect(rows[0]!.accomplishments).toEqual([
      "Country teams reporting on the Youth Strategy",
      "Young peacebuilders consulted on resolutions concerning youth, peace and security",
    ]);
    expect(rows[0]!.measures).toEqual([
      "749,683 followers of the Envoy's channels",
      "83% of country teams that report on the Youth Strategy",
      "27 entities with a youth focal point",
      "58 young speakers in high-level meetings",
    ]);
    expect(rows[1]!.measures).toEqual([
      "30 entities with a youth focal point",
      "40% of country teams that report on the Youth Strategy",
      "158 youth-led organizations in the partner network",
    ]);
  });

  it("reads v13e-016's first row whole and no objective opening with a figure", async () => {
    const rows = await documentRows(join(here, "../corpus13/val13e/v13e-016.mu.txt"));
    const row = rows.find((r) => r.objective.startsWith("To promote decent jobs for young people through system-wide partnerships in the regions"));
    expect(row?.accomplishments).toEqual([
      "Country teams reporting on the Youth Strategy",
      "Young peacebuilders consulted on resolutions concerning youth, peace and security",
      "Young people speaking in the meetings of intergovernmental bodies",
    ]);
    expect(row?.measures).toHaveLength(6);
    expect(rows.some((r) => /^\d/.test(r.objective))).toBe(false);
  });
});
