/**
 * A list marker glued by one space to the cell on its left opens its own cell where its item's next
 * line hangs under its text (session 39, h-v1118; `itemHangsBelow` and `runHeadInMarkerColumn` in
 * src/tables/columns.ts). pdftotext -layout of a WeasyPrint print (test/corpus11 dev11 d11-013,
 * page 3): rows 11 and 12 sit on a grid two characters right of row 10's, their justified
 * accomplishment line ("12.1    Mandatory        courses") run one space into the measure's
 * "a." at 67, while the page's other measure markers open at 65 — too far for the column's
 * markers to show. The measure's next line opens at 70, right under "Budget": the hanging indent.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const lines = [
  "Part 2. Managerial objectives",
  "Objectives                        Expected Results                   Key Performance Indicators       Risks and Mitigations",
  "10. To promote a workplace        10.1 Women appointed to senior a. 11 staff recruited from           a. Hiring freeze;",
  "free of harassment and              posts                           unrepresented Member                 redeployment of existing",
  "discrimination                    10.2 Workplace survey results     States                               posts",
  "                                    acted upon                   b. Vacancies filled in 117 days      b. Late release of funds;",
  "                                                                    on average                           monthly monitoring of",
  "                                                                                                         expenditure",
  "11. To improve geographical       11.1    Mandatory        courses a. 96% of documents submitted      a. Hiring freeze;",
  "diversity in recruitment            completed by all staff            by the slotted date                redeployment of existing",
  "                                                                                                         posts",
  "12. To act on the                 12.1    Mandatory        courses a. Budget implementation rate      a. Late release of funds;",
  "recommendations of the              completed by all staff            of 99%                             monthly monitoring of",
  "oversight bodies in good time                                                                            expenditure",
];

describe("a glued list marker whose item hangs under its text on the next line (d11-013)", () => {
  const rows = textRows(lines.join("\n"));
  it("ends the accomplishment at the marker and opens the measure with the marker's item", () => {
    const row = rows.find((r) => r.objective.startsWith("To act on the recommendations"));
    expect(row?.accomplishments).toEqual(["Mandatory courses completed by all staff"]);
    expect(row?.measures).toEqual(["Budget implementation rate of 99%"]);
  });
  it("leaves the rows on the page's grid alone", () => {
    const row = rows.find((r) => r.objective.startsWith("To promote a workplace"));
    expect(row?.accomplishments).toEqual(["Women appointed to senior posts", "Workplace survey results acted upon"]);
    expect(row?.measures).toEqual(["11 staff recruited from unrepresented Member States", "Vacancies filled in 117 days on average"]);
  });
});
