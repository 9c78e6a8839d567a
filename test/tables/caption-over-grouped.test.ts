/**
 * A numbered caption ("Table 2. …") centred over the next table when that table's header labels
 * are not centred on it: a two-level header whose labels sit in wide cells far from the table's
 * edges (pdftotext -layout of a LibreOffice print, after corpus8 d8-005). The caption is centred
 * on the table, whose extent the first lines under the header show — not on the labels alone.
 * Before, the caption was read into the last row of the table above ("Table 2. Statistical
 * outputs," as an accomplishment, "baselines and targets" glued to a measure).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const TEXT = `                          SENIOR MANAGER’S COMPACT for 2019
Marta Quiroga, Executive Secretary of the Economic Commission for Latin America and the
Caribbean, will strive to fulfil the mandates entrusted to the Commission. I commit to achieve
the objectives detailed below and to manage the resources placed at my disposal responsibly.

A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS
1. I will give special attention to delivering the following results in 2019.
                                   EXPECTED                         INDICATORS OF                     RISKS AND
     OBJECTIVES
                              ACCOMPLISHMENTS                        ACHIEVEMENT                     MITIGATIONS
To strengthen regional        □ Member States using          •   Statistical yearbook             Late data from
statistical capacity            the regional                     published by June.               national offices;
                                databases.                   •   Twelve countries                 early requests.
                              □ Household surveys                reporting on the
                                harmonized.                      regional indicators.
To improve the use of         □ Fiscal policy notes          •   Policy notes cited in            Shifting national
economic analysis in            adopted by                       national budget                  priorities; regular
policymaking                    ministries.                      debates.                         consultation.
                              □ Trade data portal            •   40 users trained on
                                used by customs                  the trade portal.
                                agencies.



                          Table 2. Statistical outputs, baselines and targets
             Expected                                          Indicators of Achievement
              Result                                      Indicator                  Target                  Baseline


                                                        Page 1 of 2
\f

To expand the reach of the regional observatories
Observatories consulted by       Monthly visits to the gender observatory               9,000           7,500
ministries                       (number)
                                 Countries reporting care statistics                  14              11
`;

describe("a numbered caption over a two-level header whose labels sit inside wide cells", () => {
  it("is no part of the last row of the table above", async () => {
    const out = await extract(new TextEncoder().encode(TEXT), { fileName: "caption-over-grouped.txt" });
    expect(out.kind).toBe("compact");
    const objectives = out.kind === "compact" ? out.objectives : [];
    const last = objectives.find((o) => o.objective.startsWith("To improve the use of economic analysis"))!;
    expect(last.accomplishments).toEqual([
      "Fiscal policy notes adopted by ministries.",
      "Trade data portal used by customs agencies.",
    ]);
    expect(last.measures.map((m) => m.text)).toEqual([
      "Policy notes cited in national budget debates.",
      "40 users trained on the trade portal.",
    ]);
    const next = objectives.find((o) => o.objective.startsWith("To expand the reach"))!;
    expect(next.measures.map((m) => [m.text, m.target, m.baseline])).toEqual([
      ["Monthly visits to the gender observatory (number)", "9,000", "7,500"],
      ["Countries reporting care statistics", "14", "11"],
    ]);
  });
});
