import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

/** Per row: objective and measures. */
function rows(lines: readonly string[]) {
  const layout = textToLayout(lines.join("\n"));
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, measures: o.measures.map((m) => m.text) }));
}

describe("rows under a band's top on pdftotext's grid (session 19, h-gap)", () => {
  it("keeps a measure's first lines above a band's first objective with the rest beside it", () => {
    // corpus dev-002 lo.txt: "Increase in the number of" / "advisory missions undertaken" open the
    // band of "To improve compliance …", whose first line carries the measure's rest ("from 11 in
    // 2020 to 26 in"). A cut above the objective's own line split the measure between two rows.
    const last = rows(BAND_TOP_MEASURE).at(-1)!;
    expect(last.objective).toMatch(/^To improve compliance/);
    expect(last.measures[0]).toBe("Increase in the number of advisory missions undertaken from 11 in 2020 to 26 in 2021.");
    const above = rows(BAND_TOP_MEASURE).at(-2)!;
    expect(above.measures.at(-1)).toBe("Reduction in the average time taken to fill a vacancy from 230 days in 2020 to 200 days in 2021.");
  });
});

const BAND_TOP_MEASURE = [
  "Managerial objectives",
  "\f             Objectives                            Expected Results              Indicators of Achievement            Risks and Mitigations",
  "                                                                                                                Disruption of supply routes;",
  "                                        - Greater collection and use of perfo-   At least 93% of invoices paid",
  "                                                                                                               mitigated by temporary surge",
  "                                        rmance data.                             within 30 days of receipt.",
  "                                                                                                               capacity from a roster.",
  "",
  "                                                                                                                  Unforeseen increases in the",
  "                                                                                                                 volume of requests; mitigated by",
  "                                                                                 Reduction in the time taken     a diversified donor base and",
  "                                                                                 to respond to written queries   pooled funding.",
  "                                        - Improved implementation of audit",
  "                                                                                 from delegations from 120",
  "                                        recommendations.                                                          Unforeseen increases in the",
  "                                                                                 days in 2020 to 80 days in",
  "                                                                                 2021.                           volume of requests; mitigated by",
  "                                                                                                                 early engagement with the",
  "To foster coordination with agencies,                                                                            budget committees.",
  "funds and programmes.                                                            Increase in the number of",
  "                                                                                 Member States requesting",
  "                                                                                 technical assistance from 24     Liquidity constraints of the",
  "                                        - Enhanced implementation of audit       in 2020 to 27 in 2021.          Organization; mitigated by",
  "                                        recommendations.                         Reduction in the average        scenario planning reviewed",
  "                                                                                 time taken to fill a vacancy    every quarter.",
  "                                                                                 from 230 days in 2020 to 200",
  "                                                                                 days in 2021.",
  "",
  "                                                                                 Increase in the number of",
  "                                                                                 advisory missions undertaken",
  "To improve compliance with the                                                   from 11 in 2020 to 26 in",
  "                                                                                 2021.                         Disruption of supply routes;",
  "Organization's ethics standards with    - More consistent monitoring of",
  "                                                                                                              mitigated by alternative suppliers",
  "particular attention to the needs of    mandated activities.                     Increase in the number of    under framework agreements.",
  "developing countries.                                                            countries reporting on the",
  "                                                                                 agreed indicators from 17 in",
  "                                                                                 2020 to 37 in 2021.",
];
