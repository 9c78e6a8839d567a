/**
 * Session 40 (h-v810), layout text (`pdftotext -layout`) of corpora 8 and 9, read from committed
 * documents:
 * - `uncentredFromTop` (tables/geometry, `groupCentredRows`): a page's lines above its first
 *   objective that pull every row opening at the page top off that objective's middle are the rest
 *   of the row before, cut by the break though it looked whole on its page (corpus8 d8e-002).
 * - `headerWordingOf` (tables/index) keeps the labels' case: a header printed "Objective | Outcome"
 *   and one printed "OBJECTIVE | OUTCOME" are two tables, each voting on its own centring
 *   (corpus9 val9 v9-019: a centred table over a top-aligned one).
 * - `pluralEndsUnder` (tables/header): "S" on the grid line under "MITIGATION" is the header's
 *   (corpus8 d8e-004), not the first row's first risk.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows } from "../support/table-rows.js";

const rowsOf = (corpus: string, split: string, id: string) => documentRows(join(__dirname, "..", corpus, split, `${id}.txt`));

describe("corpus8 d8e-002: a centred row cut by the page break keeps its rest (uncentredFromTop)", () => {
  it("gives the page-top sub-row to the row above, not to the page's first objective", async () => {
    const rows = await rowsOf("corpus8", "dev8e", "d8e-002");
    const cut = rows.find((r) => r.objective.startsWith("To reinforce the rule of law"));
    const next = rows.find((r) => r.objective.startsWith("To ensure that mandates are planned"));
    expect(cut?.accomplishments).toEqual(["Missions operating with lower energy consumption and safer waste management", "Gender parity targets for uniformed personnel progressively met"]);
    expect(cut?.measures).toEqual(["Missions with a comprehensive protection strategy", "Explosive-hazard casualties among personnel", "Women among deployed staff officers (percentage)"]);
    expect(next?.accomplishments).toEqual(["Gender parity targets for uniformed personnel progressively met"]);
    expect(next?.measures).toEqual(["Misconduct cases open beyond 6 months", "Missions with a comprehensive protection strategy"]);
  });
});

describe("corpus9 val9 v9-019: headers of one wording in other case are two tables (headerWordingOf)", () => {
  it("reads the top-aligned table under the upper-case header top-aligned", async () => {
    const rows = await rowsOf("corpus9", "val9", "v9-019");
    const first = rows.find((r) => r.objective.startsWith("To help developing countries integrate"));
    const second = rows.find((r) => r.objective.startsWith("To support the digital economy"));
    expect(first?.measures).toEqual(["51 competition laws adopted or revised", "10 countries reforming trade policies", "28 institutions using the debt management system"]);
    expect(second?.measures[0]).toBe("18 competition laws adopted or revised");
    expect(second?.measures).toHaveLength(5);
  });
});

describe("corpus8 d8e-004: a label's plural ending on the line under it is the header's (pluralEndsUnder)", () => {
  it("does not open the first row's risks with \"S\"", async () => {
    const rows = await rowsOf("corpus8", "dev8e", "d8e-004");
    const r = rows.find((x) => x.objective.startsWith("To raise the quality and accessibility of library"));
    const risks = Object.values(r?.extra ?? {}).find((v) => v.some((t) => t.startsWith("Cyber attacks")));
    expect(risks).toEqual(["Cyber attacks grow in sophistication; layered defences", "Late submission of documents by authors; slotting discipline"]);
  });
});
