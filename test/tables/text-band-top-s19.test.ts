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

describe("the first row under a table's header on pdftotext's grid (session 19, h-gap)", () => {
  it("reads a spanning objective over a first-column cell at its own left edge as the first row's objective", () => {
    // corpus8 d8c-001 txt: "To improve water resource management in countries facing scarcity", the
    // first line under the header, over "Censuses and surveys conducted to international" at the
    // same edge: "Censuses" would have fitted on the objective's line, as wide as the rows below.
    const first = readRows(FIRST_SPANNING)[0]!;
    expect(first.objective).toBe("To improve water resource management in countries facing scarcity");
    expect(first.measures[0]).toBe("Participants applying training (percentage)");
  });

  it("does not wrap a labelled objective right under a repeated header onto the first cell", () => {
    // corpus10 d10b-024 txt: "Objective 3: To enhance gender-responsive economic policymaking" /
    // "Gender analysis used in budget": the body so far is empty under the repeated header, so the
    // table's width comes from the lines below.
    const row = readRows(LABELLED_UNDER_HEADER).find((r) => r.objective.startsWith("To enhance"))!;
    expect(row.objective).toBe("To enhance gender-responsive economic policymaking");
    expect(row.measures[0]).toBe("5 innovation policy reviews completed");
  });

  it("reads a numbered objective heading's hanging wrap above the header as its rest", () => {
    // corpus7 t7b-009 txt: "2. To strengthen … to monitor the Sustainable" / "   Development Goals."
    const objectives = readRows(HANGING_HEADING).map((r) => r.objective);
    expect(objectives[1]).toBe("To strengthen the statistical capacity of member States to monitor the Sustainable Development Goals.");
  });
});

/** Per row: objective and measures' texts. */
function readRows(lines: readonly string[]) {
  const layout = textToLayout(lines.join("\n"));
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, measures: o.measures.map((m) => m.text) }));
}

const FIRST_SPANNING = [
  "Programme objectives",
  "                                                   Table 2. Objectives, indicators, baselines and targets",
  "                                                                                               PERFORMANCE MEASURES",
  "                 EXPECTED",
  "                                                                                                                                BASELINE                   TARGET",
  "             ACCOMPLISHMENTS                                                     INDICATOR",
  "                                                                                                                                  2006                      2007",
  "To improve water resource management in countries facing scarcity",
  "Censuses and surveys conducted to international",
  "                                                Participants applying training (percentage)                                     78 per cent               86 per cent",
  "standards",
  "Digital economy strategies endorsed by",
  "                                                Countries with integrated national financing frameworks                               7                        9",
  "Governments",
  "",
  "",
  "                                                                                   2",
  "\fTo support the follow-up to the 2030 Agenda at the regional level",
  "                                                  Trade facilitation implementation rate (percentage)                        55 per cent               61 per cent",
  "Shared water basins managed under cooperative",
  "                                                  Countries reporting Goal indicators disaggregated by sex                        8                        10",
  "frameworks",
  "                                                  Average days to publish flagship data tables                                 49 days                   40 days",
  "To promote social protection systems that reach vulnerable groups",
  "Tax administrations applying improved compliance",
  "                                                  Participants applying training (percentage)                                71 per cent               77 per cent",
  "tools",
];
const LABELLED_UNDER_HEADER = [
  "Programme objectives",
  "",
  "2. To support the implementation of the regional road map for sustainable development",
  "",
  "       Expected Accomplishment                             Key Performance Indicator",
  " Climate risks reflected in national",
  "                                              a) 3% increase in tax revenue collected in assisted",
  " development plans.",
  "                                                 countries",
  " Innovation policies reviewed and updated.",
  "",
  "              Expected Result                         Key Performance Indicator",
  " Objective 3: To enhance gender-responsive economic policymaking",
  " Gender analysis used in budget",
  "                                          • 5 innovation policy reviews completed",
  " preparation",
  "                                          • 10% increase in tax revenue collected in assisted",
  "                                            countries",
  " Climate risks reflected in national",
  "                                          • 16 policy briefs issued on energy transition",
  " development plans",
  "                                          • 77 per cent of recommendations of",
  "                                            intergovernmental meetings acted upon",
];
const HANGING_HEADING = [
  "",
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "1. To deepen South-South cooperation on financing for development.",
  "",
  "        OUTCOME                     RISKS AND                            PERFORMANCE",
  "                                   MITIGATIONS                             MEASURE",
  "  • Budget statements          Extrabudgetary funding           – 88 ministries of finance",
  "    disaggregated by sex.      uncertain; joint proposals         publishing gender budget",
  "  • Forecasts cited in         with partners.                     statements.",
  "    intergovernmental                                           – 19 cooperation agreements",
  "    deliberations.                                                signed in 2024.",
  "                                                                – Development plans of 23",
  "                                                                  countries addressing disability.",
  "                                                                – Paperless trade measures",
  "                                                                  adopted by 62 countries.",
  "",
  "",
  "2. To strengthen the statistical capacity of member States to monitor the Sustainable",
  "   Development Goals.",
  "",
  "        OUTCOME                     RISKS AND                            PERFORMANCE",
  "                                   MITIGATIONS                             MEASURE",
  "  • Budget statements          Extrabudgetary funding           – 49 energy policies revised with",
  "    disaggregated by sex.      uncertain; joint proposals         advice from the secretariat.",
  "  • Infrastructure plans       with partners.                   – Forecast errors reduced to 83",
  "    screened for climate       Political transitions delay        percentage points.",
  "    risk.                      reforms; engagement              – 3 ministries of finance",
  "                               with new authorities.              publishing gender budget",
  "                                                                  statements.",
  "                                                                – Development plans of 12",
  "                                                                  countries addressing disability.",
  "",
  "",
  "      Objective              Expected                      Performance           Baseli    Targe",
];
