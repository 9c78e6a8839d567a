/**
 * pdftotext -layout text of LibreOffice's prints with varied producer settings (test/corpus8 dev8d
 * and dev8e; session 19, h-8txt): texts cut from the corpora's pages, one per rule, each failing
 * without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

describe("an accomplishment that alone held its sub-row open past the measure", () => {
  it("opens the next accomplishment where the next measure and its values open after the hole", () => {
    // "Voluntary national reviews" / "informed by regional analysis" beside a one-line measure and
    // its values, the measure column empty on the second line: only the accomplishment's cell can
    // have made the sub-row two lines tall, so it ended there ("Tax administrations …" was joined to
    // it; d8d-004). The first row's accomplishments shows the cue's other side: no hole, one item.
    const text = [
      "                                                                 PERFORMANCE MEASURES",
      "        OUTCOMES",
      "                                                           INDICATOR                                TARGET         BASELINE",
      "Objective 6: To support the follow-up to the 2030 Agenda at the regional level",
      "Voluntary national reviews      Trade facilitation implementation rate (percentage)                      60%            55%",
      "informed by regional analysis",
      "Tax administrations applying Average days to publish flagship data tables                               44 days       65 days",
      "improved compliance tools",
      "Objective 7: To promote social protection systems that reach vulnerable groups",
      "Energy policies aligned with    Countries with energy efficiency targets                                 13            11",
      "regional sustainability targets Countries reporting Goal indicators disaggregated by sex                  16            14",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.accomplishments)).toEqual([
      ["Voluntary national reviews informed by regional analysis", "Tax administrations applying improved compliance tools"],
      ["Energy policies aligned with regional sustainability targets"],
    ]);
    expect(out[0]!.targets).toEqual(["60%", "44 days"]);
    expect(out[0]!.baselines).toEqual(["55%", "65 days"]);
  });
});

describe("a broken Baseline label's tail glued to its year, the Target's year a run of its own", () => {
  it("reads the 'e 2018' / '2019' line with the header", () => {
    // "Baselin" / "e 2018" under a two-level "Performance measures" header, "2019" under "Target":
    // a run of a year alone stopped the header above the line, the Baseline column was named
    // "baselin" and the Target took "2019" as a value (d8e-003, d8e-009).
    const text = [
      "                                                                   Performance measures",
      "      Objective                  Outcome                                          Baselin   Target",
      "                                                               Indicator",
      "                                                                                  e 2018     2019",
      "To provide high-quality   Documents issued on time       Documents issued on time       92 per   95 per",
      "conference services to    to intergovernmental           (percentage)                    cent     cent",
      "intergovernmental         bodies                         Average days to deliver a     19 days   14 days",
      "bodies                                                   legal opinion",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out).toHaveLength(1);
    expect(out[0]!.baselines).toEqual(["92 per cent", "19 days"]);
    expect(out[0]!.targets).toEqual(["95 per cent", "14 days"]);
  });
});

describe("a footnote at a page foot under a table whose header labels stand far right of its cells", () => {
  it("is no row: it runs across the body's second-column edge after a blank line", () => {
    // The measures open at character 79, their label "INDICATORS OF ACHIEVEMENT" at 124: the
    // footnote ("1 The objectives …", its number set off by one space, one blank line above it)
    // crossed the body's edge but not the label's, and was read into the last row (d8e-012).
    const text = [
      "                                                                                                                             INDICATORS",
      "                                 EXPECTED",
      "                                                                                                                                  OF",
      "                              ACCOMPLISHMENTS",
      "                                                                                                                            ACHIEVEMENT",
      "Objective: To improve the multilingual content of United Nations websites",
      "1. Campaigns amplified by partners and media                                   ➢ 73 per cent increase in social media followers",
      "                                                                               ➢ 63 per cent of new web pages published",
      "2. Web content available in all official languages                             ➢ 14 information centres producing content",
      "Objective: To engage young people and civil society in the work of the Organization",
      "1. Web content available in all official languages                             ➢ 23 million visits to United Nations news sites",
      "2. Youth and civil society partners participating in events                    ➢ 15 information centres producing content",
      "",
      "1 The objectives reflect the results framework of the proposed programme budget; targets may be revised at mid-year.",
      "\f",
      "3.   Information centres producing local-language content                      ➢ 15 partners amplifying campaign content",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To improve the multilingual content of United Nations websites",
      "To engage young people and civil society in the work of the Organization",
    ]);
    expect(out[1]!.accomplishments).toEqual([
      "Web content available in all official languages",
      "Youth and civil society partners participating in events",
      "Information centres producing local-language content",
    ]);
    expect(out[1]!.measures).toEqual([
      "23 million visits to United Nations news sites",
      "15 information centres producing content",
      "15 partners amplifying campaign content",
    ]);
  });
});

describe("a page opening with the rest of a marked item in a centred table", () => {
  it("gives the line to the row the break cut, not to the next centred row", () => {
    // "Member States" opens the page without the column's dash: the end of "- Staff drawn from a
    // wider range of" at the foot of the page before, not the first line of the centred row below
    // (d8d-014: the next row read "Member States" as an accomplishment and the cut row lost it).
    const b = "\uf0b7";
    const text = [
      "            OBJECTIVES                              OUTCOMES                                             INDICATORS OF ACHIEVEMENT",
      "                                      -    Oversight recommendations",
      `1. To achieve gender parity at all         closed within their deadlines       ${b}   Average of 71 days from job opening to selection`,
      `levels of the department              -    Risk registers maintained and       ${b}   51 appointments of nationals of unrepresented Member States`,
      "                                           acted upon",
      `2. To improve the geographical        -    Expenditure aligned with            ${b}   67 per cent of accepted recommendations implemented`,
      `diversity of staff                         approved resources                  ${b}   73 per cent of tickets purchased 16 days before travel`,
      `3. To implement accepted oversight    -    Staff completing mandatory          ${b}   58 per cent of staff completing all mandatory courses`,
      `recommendations in a timely manner         courses                             ${b}   81 per cent of tickets purchased 16 days before travel`,
      "                                      -    Staff drawn from a wider range of",
      "",
      "",
      "",
      "                                                                                     Page 2 of 4",
      "\f                                        Member States",
      "                                    -   Vacancies filled within the",
      "                                        Organization's target",
      `4. To ensure full compliance with   -   Staff completing mandatory      ${b}   74 per cent of staff completing all mandatory courses`,
      `mandatory training                      courses                         ${b}   55 ethics briefings held for managers`,
      "                                    -   Senior appointments made with",
      "                                        gender balance in mind",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To achieve gender parity at all levels of the department",
      "To improve the geographical diversity of staff",
      "To implement accepted oversight recommendations in a timely manner",
      "To ensure full compliance with mandatory training",
    ]);
    expect(out[2]!.accomplishments).toEqual(["Staff completing mandatory courses", "Staff drawn from a wider range of Member States"]);
    expect(out[3]!.accomplishments).toEqual(["Vacancies filled within the Organization's target", "Staff completing mandatory courses", "Senior appointments made with gender balance in mind"]);
  });
});
