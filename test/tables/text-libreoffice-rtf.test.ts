/**
 * pdftotext -layout text of LibreOffice's PDFs of RTF compacts (test/corpus8 dev8/dev8b, session 14,
 * h-t8e): hand-made texts, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { joinBrokenWord, joinCellLine } from "../../src/tables/text.js";
import { uniformRunAnchors } from "../../src/tables/columns.js";
import type { ColumnDef } from "../../src/tables/columns.js";

function read(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments,
    measures: o.measures.map((m) => m.text),
    extra: o.extra,
  }));
}

describe("a compound broken inside its last part", () => {
  it("joins 'confidence-buildin' / 'g through envoys' back into one word", () => {
    // The risk cell is too narrow for "confidence-building": LibreOffice breaks it without a
    // hyphen where the line is full; the whole compound is the line's one word.
    expect(joinCellLine("Parties unwilling to engage; confidence-buildin", "confidence-buildin", "g through envoys")).toBe("Parties unwilling to engage; confidence-building through envoys");
    expect(joinBrokenWord("Parties unwilling to engage; confidence-buildin", "g through envoys")).toBe("Parties unwilling to engage; confidence-building through envoys");
    // Two words of their own stay apart.
    expect(joinBrokenWord("well-known", "facts")).toBeNull();
  });
});

describe("a header label's broken tail on pdftotext's half-line stride", () => {
  const header = [
    "                                 EXPECTED",
    "                                                          KEY PERFORMANCE                  RISKS AND",
    "     OBJECTIVES            ACCOMPLISHMENT",
    "                                                             INDICATORS                   MITIGATIONS",
    "                                     S",
  ];
  it("takes the 'S' under 'ACCOMPLISHMENT', two grid lines below it, into the header", () => {
    const layout = textToLayout([...header, "To deliver timely         Demand plans consol-        –   10 occupational safety         • Access"].join("\n"));
    const lines = layout.pages.flatMap((p) => p.lines);
    const h = detectHeader(lines, 0);
    expect(h?.lineCount).toBe(5);
    expect(h?.columns.map((c) => c.role)).toEqual(["objective", "accomplishments", "measures", "risks"]);
  });
  it("leaves a tail line off the stride to the body (a line of the column between above it)", () => {
    const off = [...header.slice(0, 4), "                                    ACHIEVEMENT", "                                     S"];
    const lines = textToLayout(off.join("\n")).pages.flatMap((p) => p.lines);
    expect(detectHeader(lines, 0)?.lineCount).not.toBe(6);
  });
});

describe("a caption centred on the page over a table running into the margin", () => {
  it("is no row of the table above", () => {
    // The caption (14..86) is centred on the page's text area; the table under it runs from 0 to
    // 115, its labels from 9 to 101: centred on neither, but inside both its edges.
    const text = [
      "                                                               Performance measures",
      "   Expected accomplishments                                                      Baseline",
      "                                                     Indicator                                           Target 2008",
      "                                                                                    2007",
      "To protect affected people through advocacy on humanitarian access.",
      "Operational data available on       Appeal funding received by mid-year             34%                       37%",
      "common platforms.                   (percentage)",
      "To improve the management of country-based pooled funds.",
      "Regional organizations integrated   Appeal funding received by mid-year             34%                       40%",
      "into response coordination.         (percentage)",
      "                                    Days from allocation to disbursement of       29 days                   24 days",
      "                                    pooled funds",
      "                                    Response plans with accountability              60%                       68%",
      "                                    frameworks (percentage)",
      "                                    Countries with anticipatory action                5                        8",
      "                                    frameworks",
      "",
      "",
      "",
      "              Table 3. Objectives, expected accomplishments and performance measures",
      "                                                                                                KEY",
      "                                                  EXPECTED",
      "         OBJECTIVES                                                                      PERFORMANCE",
      "                                                   RESULTS",
      "                                                                                           INDICATORS",
      "                                                                             □ 26 response plans published on the",
      "                                       •   Response plans based on joint       basis of joint analysis",
      "To strengthen the coordination of          intersectoral analysis            □ Global appeals funded at 95% by the",
      "disaster response with regional",
      "                                       •   Emergency teams deployed            end of 2008",
      "partners",
      "                                           within 48 hours of a request      □ Anticipatory frameworks active in 40",
      "                                                                               countries",
      "                                       •   Appeals funded at a higher",
      "                                                                             □ 9 access negotiations supported by",
      "To ensure that humanitarian data           level and earlier in the year",
      "                                                                               humanitarian coordinators",
      "are shared and used for decision-      •   Pooled fund allocations",
      "making                                                                       □ Disaster assessment teams deployed",
      "                                           processed within standard",
      "                                                                               within 14 days in all requested cases",
    ].join("\n");
    const out = read(text);
    const row = out.find((o) => o.objective.startsWith("To improve the management"));
    expect(row?.accomplishments).toEqual(["Regional organizations integrated into response coordination."]);
    expect(row?.measures).toEqual([
      "Appeal funding received by mid-year (percentage)",
      "Days from allocation to disbursement of pooled funds",
      "Response plans with accountability frameworks (percentage)",
      "Countries with anticipatory action frameworks",
    ]);
  });
});

describe("centred rows cut by a page break", () => {
  it("gives the cut row the page-top lines that leave the next row's cells centred on its objective", () => {
    // Page 2 opens with the rest of "To support the follow-up …" and the upper half of "To promote
    // social …". Cutting before "Tax revenue tools applied by" or before "▪ National statistical"
    // centres the lower row's whole extent equally well on its objective (half a line off either
    // way); only the second leaves its measures centred on it too.
    const text = [
      "                                                                  INDICATORS                         RISKS",
      "                                    EXPECTED",
      "      OBJECTIVES                                                      OF                             AND",
      "                                 ACCOMPLISHMENTS",
      "                                                                 ACHIEVEMENT                     MITIGATIONS",
      "                            ▪    Voluntary national",
      "                                                        95 per cent of participants          -   Changes in",
      "To improve water                 reviews informed by",
      "                                                        reporting use of the social              government",
      "resource management              regional analysis",
      "                                                        protection toolkit.                      priorities;",
      "in countries facing         ▪    National statistical",
      "                                                        Energy efficiency policies               engagement at",
      "scarcity                         systems producing",
      "                                                        revised in 36 countries.                 technical level",
      "                                 disaggregated data",
      "To support the follow-up    ▪    Trade facilitation     48 countries completing a            -   Changes in",
      "to the 2030 Agenda at            measures               census round with technical              government",
      "the regional level               implemented by         assistance.                              priorities;",
      "                                 member States          Graduation transition                    engagement at",
      "\f",
      "                                                        strategies prepared in 26",
      "                                                        countries.",
      "                           ▪   Shared water basins",
      "                                                        66 per cent of participants",
      "                               managed under",
      "                                                        reporting use of the social           technical level",
      "                               cooperative",
      "                                                        protection toolkit.",
      "                               frameworks",
      "                                                        Tax revenue tools applied by",
      "                                                        27 revenue administrations.",
      "                           ▪   National statistical",
      "                                                        94 per cent of participants",
      "                               systems producing                                          -   Changes in",
      "                                                        reporting use of the social",
      "To promote social              disaggregated data                                             government",
      "                                                        protection toolkit.",
      "protection systems that    ▪   Energy policies                                                priorities;",
      "reach vulnerable groups                                 23 voluntary national reviews         engagement at",
      "                               aligned with",
      "                                                        drawing on commission                 technical level",
      "                               regional",
      "                                                        analysis.",
      "                               sustainability targets",
      "",
    ].join("\n");
    const rows = read(text);
    expect(rows.find((o) => o.objective.startsWith("To support the follow-up"))?.measures.at(-1)).toBe("Tax revenue tools applied by 27 revenue administrations.");
    expect(rows.find((o) => o.objective.startsWith("To promote social"))?.measures).toEqual([
      "94 per cent of participants reporting use of the social protection toolkit.",
      "23 voluntary national reviews drawing on commission analysis.",
    ]);
  });
  it("lets a numbered item open a row under a line ending on a preposition ('acted upon' / '1. Oversight')", () => {
    const text = [
      "",
      "                                                                                                   Risks",
      "                                     Expected                      Performance",
      "       Objective                                                                                   and",
      "                                  Accomplishment                     Measure",
      "                                                                                               Mitigations",
      "To implement accepted      1. Staff completing          ▪   88 per cent of tickets        -   Limited pool of",
      "oversight                     mandatory courses             purchased 16 days before          qualified",
      "recommendations in a                                        travel                            candidates;",
      "",
      "\f",
      "                                                      ▪     56 per cent of",
      "                                                            appointments at P-5 and",
      "                                                            above are women",
      "                                                      ▪     73 per cent of",
      "                                                            e-performance",
      "                         2. Travel planned                  documents completed on",
      "                            ahead of time                   time                               targeted",
      "timely manner",
      "                                                      ▪     Budget implementation              outreach",
      "                                                            rate of 93 per cent",
      "                                                      ▪     5 appointments of",
      "                         3. Risk registers                  nationals of unrepresented",
      "                            maintained and                  Member States",
      "                            acted upon                ▪     Risk registers updated in 37",
      "                                                            divisions",
      "                         1. Oversight",
      "                                                      ▪     80 per cent of tickets",
      "                            recommendations",
      "                                                            purchased 16 days before",
      "                            closed within their",
      "                                                            travel",
      "                            deadlines",
      "                                                      ▪     59 appointments of",
      "                         2. Senior appointments             nationals of unrepresented",
      "                                                            Member States                  -   Limited pool of",
      "                            made with gender",
      "To ensure full                                                                                 qualified",
      "                            balance in mind           ▪     Risk registers updated in 62",
      "compliance with                                                                                candidates;",
      "                                                            divisions",
      "mandatory training                                                                             targeted",
      "                                                      ▪     62 per cent of staff               outreach",
      "                                                            completing all mandatory",
      "                                                            courses",
      "                         3. Staff completing",
      "                            mandatory courses         ▪     97 per cent of accepted",
      "                                                            recommendations",
      "                                                            implemented by their",
      "                                                            target dates",
    ].join("\n");
    const rows = read(text);
    expect(rows.find((o) => o.objective.startsWith("To implement accepted"))?.accomplishments).toEqual([
      "Staff completing mandatory courses",
      "Travel planned ahead of time",
      "Risk registers maintained and acted upon",
    ]);
    expect(rows.find((o) => o.objective.startsWith("To ensure full compliance"))?.accomplishments).toEqual([
      "Oversight recommendations closed within their deadlines",
      "Senior appointments made with gender balance in mind",
      "Staff completing mandatory courses",
    ]);
  });
});

describe("a marker glued at the column edge where the page's items open with it", () => {
  it("splits 'United Nations. - 77 per cent …' into the two cells", () => {
    const text = [
      "                               Outcomes                                                  Performance measures",
      "Objective 3: To improve the analysis provided to the Security Council on emerging crises",
      "Electoral bodies conducting credible and inclusive elections.              - 73 per cent of mediation teams include women.",
      "                                                                           - 27 countries with peacebuilding priority plans.",
      "Panels of experts reporting on time to sanctions committees.               - Needs assessment missions completed in 59 countries.",
      "                                                                           - 55 horizon-scanning briefings to the Council.",
      "Parties to disputes engaged in dialogue facilitated by the United Nations. - 77 per cent of Peacebuilding Fund projects rated satisfactory",
      "Objective 4: To sustain peacebuilding gains in countries on the agenda of the Commission",
      "Missions receiving guidance on mandate delivery.                           - Needs assessment missions completed in 18 countries.",
    ].join("\n");
    const row = read(text).find((o) => o.objective.startsWith("To improve the analysis"));
    expect(row?.accomplishments).toEqual([
      "Electoral bodies conducting credible and inclusive elections.",
      "Panels of experts reporting on time to sanctions committees.",
      "Parties to disputes engaged in dialogue facilitated by the United Nations.",
    ]);
    expect(row?.measures.at(-1)).toBe("77 per cent of Peacebuilding Fund projects rated satisfactory");
  });
});

describe("a page of a table on a grid of its own", () => {
  const columns: ColumnDef[] = [
    { key: "accomplishments", role: "accomplishments", header: "Expected accomplishments", x: 90, column: undefined },
    { key: "measures", role: "measures", header: "Indicator", x: 250, column: undefined },
    { key: "baseline", role: "baseline", header: "Baseline", x: 645, column: undefined },
    { key: "target", role: "target", header: "Target", x: 775, column: undefined },
  ];
  it("follows its own run starts when they fall at one place per column", () => {
    const lines = textToLayout([
      "Risk registers maintained and acted upon   Women at P-5 level and above (percentage)          43 per cent   47 per cent",
      "                                           Staff completing mandatory training (percentage)   84 per cent   88 per cent",
    ].join("\n")).pages.flatMap((p) => p.lines);
    const cw = lines[0]!.segments[0]!.width / lines[0]!.segments[0]!.text.length;
    expect(uniformRunAnchors(columns, lines)?.map((c) => Math.round(c.x / cw))).toEqual([18, 43, 94, 108]);
  });
  it("reads nothing from a page whose runs open at more places than there are columns", () => {
    const lines = textToLayout([
      "Risk registers maintained   Women at P-5 level and above          43 per cent   47 per cent",
      "                                 Staff completing training        84 per cent   88 per cent",
    ].join("\n")).pages.flatMap((p) => p.lines);
    expect(uniformRunAnchors(columns, lines)).toBeNull();
  });
  it("keeps the header page's edges for a run glued across them", () => {
    const text = [
      "                       Expected                                                            Key Performance Indicators",
      "                  Accomplishments                                             Indicator                                            Baseline                  Target",
      "Objective 3: To implement accepted oversight recommendations in a timely manner.",
      "Staff drawn from a wider range of Member States   Staff completing mandatory training (percentage)                               75 per cent               79 per cent",
      "                                                  Women at P-5 level and above (percentage)                                      35 per cent               38 per cent",
      "Staff completing mandatory courses                Days from job opening to selection                                              165 days                  120 days",
      "                                                  Tickets purchased 16 days in advance (percentage)                              45 per cent               55 per cent",
      "Objective 4: To ensure full compliance with mandatory training.",
      "Vacancies filled within the Organization's target Tickets purchased 16 days in advance (percentage)                              34 per cent               39 per cent",
      "                                                  Days from job opening to selection                                              131 days                  99 days",
      "\f",
      "Risk registers maintained and acted upon   Women at P-5 level and above (percentage)          43 per cent   47 per cent",
      "                                           Staff completing mandatory training (percentage)   84 per cent   88 per cent",
    ].join("\n");
    const row = read(text).find((o) => o.objective.startsWith("To ensure full compliance"));
    expect(row?.accomplishments).toEqual(["Vacancies filled within the Organization's target", "Risk registers maintained and acted upon"]);
    expect(row?.measures).toEqual(["Tickets purchased 16 days in advance (percentage)", "Days from job opening to selection", "Women at P-5 level and above (percentage)", "Staff completing mandatory training (percentage)"]);
  });
});
