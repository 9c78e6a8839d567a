/**
 * A glued run cut where the page's other lines open the next column (session 37, h-glue;
 * `cutBeforePageOpening`, `pageOpenings` in src/tables/columns.ts). pdftotext -layout of a
 * LibreOffice Calc print (test/corpus14 val14b v14b-005, page 2): each block of rows sits on a grid
 * of its own, so the outcomes open at character 36 on some rows and 38 on others, and the part's edge
 * (36) put "America", straddling it, into the outcome ("connectivity by 2030 in Latin America Member
 * States"): the objective lost a word and the row was not found. "Member" starts exactly where the
 * outcomes open after a column gap on four other lines of the page.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const lines = [
  "",
  "Objective                             Expected accomplishment                Key performance indicator                                Unit            Baseline   Target",
  "To promote universal and meaningful Consultations held on the Global         Entities applying the human rights guidance              entities        13         19",
  "connectivity by 2030 in the Asia-   Digital Compact",
  "Pacific region",
  "",
  "",
  "To promote universal and meaningful Countries receiving support for digital Roadmap action areas with a champion                      areas           5          at least 6",
  "connectivity by 2030 in Africa      public infrastructure",
  "",
  "",
  "                                                                             Stakeholder consultations held                           consultations   14         16",
  "                                      System-wide guidance on human          Entities applying the human rights guidance              entities        27         30",
  "                                      rights online applied",
  "                                                                             Share of Advisory Body deliverables issued on schedule   percentage      62         100 per cent",
  "",
  "",
  "To bring together the digital         Countries receiving support for digital Stakeholder consultations held                          consultations   13         17",
  "cooperation work of United Nations    public infrastructure",
  "entities in the Asia-Pacific region",
  "",
  "",
  "                                                                             Member States adopting connectivity targets              States          48         51",
  "",
  "",
  "                                      Connectivity targets adopted by        Entities applying the human rights guidance              entities        17         20",
  "                                      Member States",
  "                                                                             Share of Advisory Body deliverables issued on schedule   per cent        66         at least 70%",
  "",
  "",
  "To promote universal and meaningful Connectivity targets adopted by          Share of Advisory Body deliverables issued on schedule   per cent        97%        100%",
  "connectivity by 2030 in Latin America Member States",
  "and the Caribbean",
];

describe("a glued run cut where the page opens the next column (v14b-005)", () => {
  const out = textRowsWithValues(lines.join("\n"));
  it("keeps the straddling word with the objective and opens the outcome at the page's place", () => {
    const row = out.find((r) => r.objective.startsWith("To promote universal and meaningful connectivity by 2030 in Latin"));
    expect(row?.objective).toBe("To promote universal and meaningful connectivity by 2030 in Latin America and the Caribbean");
    expect(row?.accomplishments).toEqual(["Connectivity targets adopted by Member States"]);
  });
  it("leaves a row set left of the page's places alone: its first word opens where the cell opens above", () => {
    // "To promote universal and meaningful Consultations held on the Global" / "connectivity by 2030 in
    // the Asia-   Digital Compact": the outcome's lines open at 36, a place the page also shows.
    const row = out.find((r) => r.objective.includes("Asia-Pacific region") && r.objective.startsWith("To promote"));
    expect(row?.accomplishments).toEqual(["Consultations held on the Global Digital Compact"]);
  });
});

/**
 * Session 38 (h-glue2): the guard `cutBeforePageOpening` lacked at the session 37 merge. A row set a
 * few characters left of the page's places (LibreOffice → pdftotext -layout, the four-column fixture
 * of test/tables/pdftotext.test.ts, page 3): "At" opens the measure at 43 and the cell goes on under it
 * ("selections" at 44, "above" at 44, each glued by one space too), while the page's other rows open
 * the measures at 46, under "least". The cell's own next grid line keeps "At" in the measure.
 */
const fourColumns = [
  "                          Expected                 Performance               Risks and",
  "   Objectives",
  "                      accomplishments               measures                 mitigations",
  "",
  "To ensure the      Publications are              • 90% of flagship",
  "timely, cost-      produced and distributed        publications",
  "effective          in accordance with the          issued on the",
  "production of      approved publications           scheduled date.",
  "flagship           programme.                    • Production costs",
  "publications for                                   within the",
  "Member States.                                     approved budget.",
  "",
  "To achieve 50%    Increased representation At least 50% of",
  "gender balance in of women at the P-5 level selections for P-5 and",
  "the Professional and above.                 above are women.",
  "and higher",
  "categories.",
  "",
  "To reduce the     Timely filling of vacant    Average of 120 days",
  "average number posts.                         from posting to",
  "of days a vacancy                             selection.",
  "remains open.",
];

describe("a glued run whose cell goes on under its straddler (the cell's own next grid line)", () => {
  const out = textRowsWithValues(fourColumns.join("\n"));
  it("keeps 'At' with the measure: its cell's next line opens under it, not under the page's place", () => {
    const row = out.find((r) => r.objective.startsWith("To achieve 50%"));
    expect(row?.accomplishments).toEqual(["Increased representation of women at the P-5 level and above."]);
    expect(row?.measures).toEqual(["At least 50% of selections for P-5 and above are women."]);
  });
});
