/**
 * pdftotext -layout text: objective headings over tables without an Objective column, printed
 * right under another table (test/corpus9 dev9b, session 16, h-t9c). Hand-made texts after
 * d9b-007 and d9b-014, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRows as read } from "../support/table-rows.js";

describe("an objective heading short of the second column, under a table with an Objective column", () => {
  // A measure-rows table (Objectives | Indicators | Baseline | Target), then "Objective 6: …" set off
  // by blank lines, ending left of where the indicators open, over a 2-column table: the heading is
  // no row of the table above (a row is never its objective alone), so it heads the table below
  // (corpus9 d9b-007).
  const text = [
    "                       Objectives                                                       Indicators                                       Baseline                     Target",
    "                                                                                     of achievement",
    "To expand early warning coverage for hazard-prone        Population covered by early warning                                              54%                         60%",
    "communities                                              Cities with resilience action plans                                              574                        782",
    "To improve the measurement of disaster losses            Population covered by early warning                                              45%                         51%",
    "                                                         Cities with resilience action plans                                              794                        963",
    "                                                         Countries reporting disaster loss data                                            43                          61",
    "",
    "",
    "Objective 6: To make cities more resilient to disasters",
    "",
    "                                    Outcomes                                                                            Performance measures",
    "                                                                                    a) 17 countries with strategies aligned with the framework",
    " – Investment guidelines used by ministries of finance",
    "                                                                                    b) 29 regional platform commitments tracked",
  ].join("\n");

  it("reads the heading as the 2-column table's objective, not a row of the table above", () => {
    const rows = read(text);
    expect(rows.map((r) => r.objective)).toEqual([
      "To expand early warning coverage for hazard-prone communities",
      "To improve the measurement of disaster losses",
      "To make cities more resilient to disasters",
    ]);
    expect(rows[2]).toEqual({
      objective: "To make cities more resilient to disasters",
      accomplishments: ["Investment guidelines used by ministries of finance"],
      measures: ["17 countries with strategies aligned with the framework", "29 regional platform commitments tracked"],
    });
    expect(rows[1]!.measures).toEqual(["Population covered by early warning", "Cities with resilience action plans", "Countries reporting disaster loss data"]);
  });
});

describe("a numbered objective heading over a repeated header, under cells numbered in another list", () => {
  // Two 2-column tables of the same header, one per objective: the first under "Objective 7: …",
  // its accomplishments numbered "1.", "2."; the second under "8. To make cities …". The number 8
  // neither starts a cell list nor goes on from the cells' "2.": it numbers the headings, so the
  // line is the second table's objective, not a third accomplishment (corpus9 d9b-014).
  const text = [
    "Objective 7: To expand early warning coverage for hazard-prone communities",
    "",
    "                       Outcome                                                       Key",
    "                                                                             Performance Indicator",
    "1. National platforms reporting annually                  – 23 countries with strategies aligned with the framework",
    "2. Safety assessments of schools and hospitals            – Early warning coverage increased to 48% of the population at",
    "   completed                                                risk",
    "                                                          – 57 cities joining the resilience campaign",
    "",
    "",
    "8. To make cities more resilient to disasters",
    "",
    "                       Outcome                                                       Key",
    "                                                                             Performance Indicator",
    "a) Adaptation plans that address disaster risk            ➢ Early warning coverage increased to 78% of the population at",
    "b) Cities with resilience action plans                      risk",
    "c) Loss databases maintained by national authorities      ➢ 9 cities joining the resilience campaign",
  ].join("\n");

  it("opens the second objective at the numbered heading", () => {
    expect(read(text)).toEqual([
      {
        objective: "To expand early warning coverage for hazard-prone communities",
        accomplishments: ["National platforms reporting annually", "Safety assessments of schools and hospitals completed"],
        measures: ["23 countries with strategies aligned with the framework", "Early warning coverage increased to 48% of the population at risk", "57 cities joining the resilience campaign"],
      },
      {
        objective: "To make cities more resilient to disasters",
        accomplishments: ["Adaptation plans that address disaster risk", "Cities with resilience action plans", "Loss databases maintained by national authorities"],
        measures: ["Early warning coverage increased to 78% of the population at risk", "9 cities joining the resilience campaign"],
      },
    ]);
  });

  it("keeps a numbered line that goes on from the cells' numbers in its cell list", () => {
    // "3. To …" after cells "1.", "2." may be the next item of their list: no heading by number.
    const rows = read(text.replace("8. To make cities", "3. To make cities"));
    expect(rows.map((r) => r.objective)).not.toContain("To make cities more resilient to disasters");
  });
});
