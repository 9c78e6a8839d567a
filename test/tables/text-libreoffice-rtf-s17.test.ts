/**
 * pdftotext -layout text of LibreOffice's PDFs of RTF compacts (test/corpus8 dev8c, session 17,
 * h-t8): hand-made texts cut from the corpus's pages, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

describe("the next table's caption under a table's last row", () => {
  it("is no row of the table above when it starts less than a tenth of the table's width in", () => {
    // The caption is centred on the page's text area, but pdftotext's grid squeezes its larger
    // font: on the grid it starts 10 characters into a table 101 wide and its centre leans 9
    // characters left of the table's. Set apart from the row above by blank lines, right above
    // the next header, it is the caption (it was read as an objective row "Table 3. Objectives,"
    // of the table above).
    const text = [
      "                                                                  INDICATORS OF ACHIEVEMENT",
      "                                EXPECTED",
      "     OBJECTIVES                                                                      BASELI TARGE",
      "                             ACCOMPLISHMENTS                     INDICATOR",
      "                                                                                       NE     T",
      "To strengthen the           Manual processes           Client satisfaction with       75%    78%",
      "security of information     replaced by digital        services (percentage)",
      "systems against cyber       workflows                  Treaty actions published       78%    83%",
      "threats.                                               within 2 weeks (percentage)",
      "To support Member           Premises meeting           Processes supported by         19     25",
      "States with reliable and    accessibility and energy   digital workflows",
      "timely treaty services.     standards                  Client satisfaction with       72%    76%",
      "                                                       services (percentage)",
      "",
      "",
      "",
      "          Table 3. Objectives, expected accomplishments and performance measures",
      "                                                                                   PERFORMANCE",
      "         OBJECTIVES                          OUTCOMES",
      "                                                                                     MEASURES",
      "7. To improve the client           a) Legal opinions delivered          ➢ Legal opinions delivered within 62",
      "orientation of administrative         within agreed deadlines             days on average",
      "services                           b) Construction projects             ➢ 54 research guides published for",
      "                                      completed within budget             delegates",
      "8. To advance the digital          a) Records digitized and             ➢ 76% of clients satisfied or very",
      "transformation of business            retrievable                         satisfied with services",
      "processes",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To strengthen the security of information systems against cyber threats.",
      "To support Member States with reliable and timely treaty services.",
      "To improve the client orientation of administrative services",
      "To advance the digital transformation of business processes",
    ]);
    expect(out[1]?.measures).toEqual(["Processes supported by digital workflows", "Client satisfaction with services (percentage)"]);
  });

  it("is no row of the table above when set apart on both sides over the next table's objective heading", () => {
    // "Table 2. …" between two blank-line gaps, over "Objective 5: …" and a table without an
    // Objective column: centred on the page, not on the table under it (8 characters off on the
    // grid). It was read into the last row, which then glued its four one-line measures.
    const text = [
      "                  Expected",
      "                                                                             performance                       Baseline        Target",
      "                    result",
      "                                                                               indicator",
      "Objective: To strengthen the security of information systems against cyber threats",
      "Treaty actions processed and published             Treaty actions published within 2 weeks (percentage)          85%            88%",
      "promptly                                           Critical vulnerabilities open beyond 30 days                   33             16",
      "Objective: To deliver facilities management that is safe, accessible and energy-efficient",
      "Treaty actions processed and published             Average days to deliver a legal opinion                     21 days        16 days",
      "promptly                                           Processes supported by digital workflows                       13             21",
      "                                                   Treaty actions published within 2 weeks (percentage)          77%            82%",
      "                                                   Critical vulnerabilities open beyond 30 days                   36             28",
      "",
      "",
      "",
      "                                              Table 2. Objectives, indicators, baselines and targets",
      "",
      "Objective 5: To modernize records and archives management.",
      "                                  Performance Measure                                               Baseline               Target",
      "Average days to deliver a legal opinion                                                             24 days               15 days",
      "Treaty actions published within 2 weeks (percentage)                                                  82%                   85%",
    ].join("\n");
    const out = textRowsWithValues(text);
    const row = out.find((o) => o.objective.startsWith("To deliver facilities"));
    expect(row?.accomplishments).toEqual(["Treaty actions processed and published promptly"]);
    expect(row?.measures).toEqual([
      "Average days to deliver a legal opinion",
      "Processes supported by digital workflows",
      "Treaty actions published within 2 weeks (percentage)",
      "Critical vulnerabilities open beyond 30 days",
    ]);
    expect(row?.baselines).toEqual(["21 days", "13", "77%", "36"]);
    expect(out.at(-1)?.objective).toBe("To modernize records and archives management.");
  });
});

describe("a centred row under the rest of a row the page break cut", () => {
  it("reads the objective centred when its first line lies inside another column's wrapped cell", () => {
    // Page 2 opens with the rest of objective 3's measures, then objective 4's row, centred: its
    // first line "4. To ensure full compliance" sits on the grid line between "– Staff completing"
    // and "mandatory courses". No top-aligned row can show that (it opens every cell on the
    // objective's first line), so the table is centred and the lines above the objective are cut
    // between the two rows by the centring fit (they all went to objective 3's row).
    const text = [
      "           Objective                        Outcome                     Indicator of achievement",
      "3. To implement accepted         –   Senior appointments made      -   77 per cent of appointments at P-5",
      "oversight recommendations in         with gender balance in            and above are women",
      "a timely manner                      mind                          -   72 per cent of staff completing all",
      "                                                                       mandatory courses",
      "                                                                   -   58 per cent of tickets purchased 16",
      "                                                                       days before travel",
      "",
      "",
      "",
      "                                                  Page 2 of 4",
      "\f                                                              -   57 appointments of nationals of",
      "                                                                  unrepresented Member States",
      "                                                              -   98 per cent of appointments at P-5",
      "                               –   Managers modelling             and above are women",
      "                                   ethical leadership",
      "                                                              -   Risk registers updated in 31",
      "                               –   Staff completing               divisions",
      "4. To ensure full compliance",
      "                                   mandatory courses",
      "with mandatory training                                       -   12 ethics briefings held for",
      "                               –   Senior appointments made       managers",
      "                                   with gender balance in",
      "                                   mind                       -   71 per cent of tickets purchased 16",
      "                                                                  days before travel",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out[0]?.accomplishments).toEqual(["Senior appointments made with gender balance in mind"]);
    expect(out[0]?.measures).toEqual([
      "77 per cent of appointments at P-5 and above are women",
      "72 per cent of staff completing all mandatory courses",
      "58 per cent of tickets purchased 16 days before travel",
      "57 appointments of nationals of unrepresented Member States",
    ]);
    expect(out[1]?.accomplishments).toEqual(["Managers modelling ethical leadership", "Staff completing mandatory courses", "Senior appointments made with gender balance in mind"]);
    expect(out[1]?.measures).toEqual([
      "98 per cent of appointments at P-5 and above are women",
      "Risk registers updated in 31 divisions",
      "12 ethics briefings held for managers",
      "71 per cent of tickets purchased 16 days before travel",
    ]);
  });
});

describe("an 'o' bullet glued at the measure column's edge", () => {
  it("reads the table's last line as two cells, not prose ending the table", () => {
    // "… financed o 17 panel …": the accomplishment ran up to the measure column, one space before
    // its "o" bullet (the second-level bullet printed as a letter), which opens runs at the same
    // place on two other lines of the page. The line was read as prose and the sub-row lost.
    const text = [
      "Key performance indicators",
      "              Expected results                           Performance measures",
      "Objective 1: To ensure the coherent implementation of sanctions regimes",
      "(a) Regional organizations and the United o 28 joint prevention initiatives with regional",
      "    Nations acting jointly on prevention    organizations",
      "                                          o Guidance notes issued to 23 special political missions",
      "(b) Parties to disputes engaged in dialogue    o Electoral assistance provided to 58 Member States",
      "    facilitated by the United Nations",
      "Objective 2: To strengthen the partnership with the African Union on conflict prevention",
      "(a) Missions receiving guidance on mandate     o 13 joint prevention initiatives with regional",
      "    delivery                                     organizations",
      "(b) National peacebuilding priorities financed o 17 panel of experts reports submitted on schedule",
      "    and implemented",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out[1]?.accomplishments).toEqual(["Missions receiving guidance on mandate delivery", "National peacebuilding priorities financed and implemented"]);
    expect(out[1]?.measures).toEqual(["13 joint prevention initiatives with regional organizations", "17 panel of experts reports submitted on schedule"]);
  });
});

describe("a centred objective left open at a page foot", () => {
  it("goes on with the next page's first objective line, capital or not", () => {
    // "To improve the" / "multilingual content of" at the page foot, "United Nations" / "websites"
    // under the break: the capital had opened a new row, and the objective was read as two.
    const text = [
      "                                                                                   Risks and",
      "      Objective                  Outcome               Performance Measure",
      "                                                                                   Mitigations",
      "To improve the            (a) Web content          ● 59 per cent of new web     Platform",
      "multilingual content of       available in all       pages published in all     algorithms change;",
      "",
      "",
      "                                                   1",
      "\f                             official languages.       official languages.",
      "United Nations           (b) Youth and civil                                    diversified",
      "websites                     society partners      ● 35 partners amplifying     channels.",
      "                             participating in        campaign content.",
      "                             events.",
      "                         (a) Youth and civil       ● 49 partners amplifying",
      "                             society partners        campaign content.",
      "To engage young              participating in                                   Reputational",
      "                                                   ● 90 per cent increase in",
      "people and civil             events.                                            incidents; rapid",
      "                                                     social media followers.",
      "society in the work of                                                          response",
      "the Organization         (b) Misinformation        ● 55 information centres     protocols.",
      "                             identified and          producing local-language",
      "                             answered promptly.      content.",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To improve the multilingual content of United Nations websites",
      "To engage young people and civil society in the work of the Organization",
    ]);
    expect(out[0]?.accomplishments).toEqual(["Web content available in all official languages.", "Youth and civil society partners participating in events."]);
    expect(out[0]?.measures).toEqual(["59 per cent of new web pages published in all official languages.", "35 partners amplifying campaign content."]);
  });
});
