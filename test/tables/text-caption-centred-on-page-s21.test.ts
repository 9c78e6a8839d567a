/**
 * pdftotext -layout text of LibreOffice's prints (test/corpus8 dev8e d8e-020; session 21, h-txt):
 * the next table's caption opens a page, centred between the page's margins (a paragraph of prose
 * on the page, or its running head, shows the page's width) over a table narrower than the page. Not centred on that table, it was
 * read as the last row of the table that ended at the foot of the page before (centredOnPage).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const firstTable = [
  "                                                Risks",
  "         Expected                                                             Performance",
  "                                                and",
  "      Accomplishments                                                          Measures",
  "                                            Mitigations",
  "Objective: To advance the transition to sustainable energy in the region.",
  "- Fiscal policy proposals        - Changes in government              Tax revenue tools applied",
  "   adopted by ministries of          priorities; engagement at          by 12 revenue",
  "   finance                           technical level                    administrations",
  "                                                                      35 basin agreements",
  "                                                                        supported by the",
  "                                                                        commission",
  "",
  "",
  "",
  "                                                            1",
];
const secondPage = (caption: string) => [
  "\f",
  "",
  "",
  caption,
  "                              Indicator of",
  "      Outcomes                                        Target 2023             Baseline 2022",
  "                             Achievement",
  "Objective: To improve water resource management in countries facing scarcity.",
  "Graduation strategies   Participants applying            76%                      72%",
  "prepared by least       training (percentage)",
  "developed countries.    Countries with                     5                        3",
  "                        integrated national",
  "                        financing frameworks",
  "",
  "",
  "B. MANAGING RESOURCES",
  "",
  "The Commission will manage its human and financial resources in line with the delegation of authority granted by the Secretary-",
  "General and will report on their use in the annual performance report.",
];

describe("a caption centred on the page over a narrower table, opening the page", () => {
  it("is no row of the table that ended on the page before (d8e-020)", () => {
    const text = [...firstTable, ...secondPage("                                  Table 2. Objectives, indicators, baselines and targets")].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual(["To advance the transition to sustainable energy in the region.", "To improve water resource management in countries facing scarcity."]);
    expect(out[0]?.extra?.["risksAndMitigations"]).toEqual(["Changes in government priorities; engagement at technical level"]);
    expect(out[0]?.measures.join(" ")).toBe("Tax revenue tools applied by 12 revenue administrations 35 basin agreements supported by the commission");
    expect(out[1]?.accomplishments).toEqual(["Graduation strategies prepared by least developed countries."]);
  });
});
