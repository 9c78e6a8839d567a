/**
 * pdftotext -layout text of LibreOffice's PDFs of native Writer tables whose cells are centred
 * vertically over several sub-rows of the next column (test/corpus9 dev9b, session 15, h-t9b):
 * hand-made texts, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRows as read } from "../support/table-rows.js";

describe("a centred row of three sub-rows cut by a page break, under a header of other wording than the table above", () => {
  // An "OUTCOMES" table whose accomplishments carry "▪" (three lines open with one), then an
  // "EXPECTED RESULTS" table of unmarked one-item cells that the reader runs on with it (the same
  // column roles). Its first row's first sub-row ends page 1 (the objective as tall as that part);
  // its second and third sub-rows open page 2 under the repeated header, above the next row's
  // centred objective (corpus9 d9b-002).
  const text = [
    "             OBJECTIVES                                OUTCOMES                                     INDICATORS",
    "                                                                                                  OF ACHIEVEMENT",
    "                                                                                  (a) 39 cities approving spatial plans",
    "To improve access to adequate housing     ▪ Households with improved water",
    "                                                                                  (b) 32 thousand households reached by",
    "for the urban poor                          and sanitation",
    "                                                                                      housing programmes",
    "                                                                                  (a) 6 settlements upgraded",
    "To enhance urban data and monitoring      ▪ Urban indicators reported by          (b) 68% of tenure documents issued to women",
    "of the urban goal                           Member States                         (c) 35 recovery plans prepared with local",
    "                                                                                      authorities",
    "To strengthen urban basic services such ▪ Households with improved water",
    "                                                                                  (a) 58 cities approving spatial plans",
    "as water and sanitation                   and sanitation",
    "",
    "",
    "             OBJECTIVES                           EXPECTED RESULTS                     KEY PERFORMANCE INDICATORS",
    "To upgrade informal settlements with      Households with improved water and      (i) 27 thousand households reached by",
    "communities                               sanitation                                  housing programmes",
    "\f              OBJECTIVES                               EXPECTED RESULTS                   KEY PERFORMANCE INDICATORS",
    "                                              Tenure documents issued to women        (i) 83% of tenure documents issued to women",
    "                                              Settlements upgraded with community     (i) 48 recovery plans prepared with local",
    "                                              participation                               authorities",
    "                                              Settlements upgraded with community     (i) 26 countries reporting urban indicators",
    "                                              participation                           (ii) 41% of tenure documents issued to women",
    "                                                                                      (i) 55 recovery plans prepared with local",
    "To promote sustainable urbanization           Tenure documents issued to women",
    "                                                                                          authorities",
    "policies at national level",
    "                                                                                      (i) 9 cities approving spatial plans",
    "                                              Cities with approved spatial plans      (ii) 45 thousand households reached by",
    "                                                                                           housing programmes",
    "                                                                                      (i) 19 thousand households with improved",
    "                                              Tenure documents issued to women",
    "                                                                                          services",
    "                                                                                      (i) 44 countries adopting national urban",
    "To build resilience of cities to crises and                                                policies",
    "                                              Cities with approved spatial plans",
    "conflict",
    "                                                                                      (ii) 31 settlements upgraded",
    "                                              Recovery plans for cities affected by   (i) 11 countries reporting urban indicators",
    "                                              crises                                  (ii) 64% of tenure documents issued to women"
  ].join("\n");
  const rows = read(text);
  it("gives the cut row its sub-rows from the next page's top", () => {
    const cut = rows.find((r) => r.objective.startsWith("To upgrade informal settlements"));
    expect(cut?.accomplishments).toEqual(["Households with improved water and sanitation", "Tenure documents issued to women", "Settlements upgraded with community participation"]);
    expect(cut?.measures).toEqual(["27 thousand households reached by housing programmes", "83% of tenure documents issued to women", "48 recovery plans prepared with local authorities"]);
  });
  it("leaves the next rows their own sub-rows, each centred on its objective", () => {
    const next = rows.find((r) => r.objective.startsWith("To promote sustainable urbanization"));
    expect(next?.accomplishments).toEqual(["Settlements upgraded with community participation", "Tenure documents issued to women", "Cities with approved spatial plans"]);
    expect(next?.measures).toHaveLength(5);
    const last = rows.find((r) => r.objective.startsWith("To build resilience"));
    expect(last?.accomplishments).toEqual(["Tenure documents issued to women", "Cities with approved spatial plans", "Recovery plans for cities affected by crises"]);
    expect(last?.measures[0]).toBe("19 thousand households with improved services");
  });
  it("keeps the marked table's rows", () => {
    expect(rows.slice(0, 3).map((r) => r.accomplishments)).toEqual([["Households with improved water and sanitation"], ["Urban indicators reported by Member States"], ["Households with improved water and sanitation"]]);
  });
});

describe("the centring vote of a band's first objective with the next row's upper half below it", () => {
  it("casts no top-aligned vote beside a cell opening half a line below it (corpus9 d9b-004)", () => {
    // "To support accountability …" is as tall as its centred row; "Commitments to" opens half a
    // line below it; pdftotext keeps no gap before the next row's upper half ("Missions with
    // dedicated" / "Cases of grave"), whose objective sits beside the middle of "… referred to" /
    // "justice mechanisms".
    const text = [
    "     Objectives         Expected Results              Performance           Target     Baselin",
    "                                                       Measures                          e",
    "",
    "To support                                      Country reports",
    "                       Commitments to                                         77%        70%",
    "accountability for                              submitted on schedule",
    "                       protect education",
    "grave violations                                Action plans under",
    "                       endorsed                                                29            26",
    "against children                                implementation",
    "                                                Missions with dedicated",
    "                       Cases of grave                                          13            12",
    "                                                child protection advisers",
    "                       violations referred to",
    "To end and prevent     justice mechanisms       Action plans under",
    "                                                                               25            20",
    "the recruitment and                             implementation",
    "use of children by                              Children released from",
    "parties to conflict    Regional child                                        4,704      3,106",
    "                                                armed groups",
    "                       protection policies",
    "                       adopted                  Days to verify reported",
    "                                                                            36 days    42 days",
    "                                                violations"
    ].join("\n");
    const rows = read(text);
    expect(rows.map((r) => r.accomplishments)).toEqual([["Commitments to protect education endorsed"], ["Cases of grave violations referred to justice mechanisms", "Regional child protection policies adopted"]]);
    expect(rows[0]?.measures).toEqual(["Country reports submitted on schedule", "Action plans under implementation"]);
    expect(rows[1]?.measures[0]).toBe("Missions with dedicated child protection advisers");
  });
  it("still votes top-aligned beside cells that all open on its first line (corpus9 d9-022)", () => {
    // Top-aligned rows of marked measures, then a table of another header wording centred: the
    // first rows' objectives, every cell opening on their first line, keep the first table's rows.
    const text = [
    "            Objective                        Expected Result                      Performance Measure",
    "To promote the release and           □ Cases of grave violations          • 19 regional organizations adopting",
    "reintegration of children formerly     referred to justice mechanisms       policies",
    "associated with armed groups                                              • 30 States endorsing the declaration",
    "                                                                            on school safety",
    "                                                                          • Child protection advisers retained in",
    "                                                                            59 mission mandates",
    "                                                                          • 39 country task forces submitting",
    "                                                                            quarterly notes",
    "To end and prevent the recruitment □ Public campaigns reaching       • 33 cases referred to national or",
    "and use of children by parties to    target audiences                  international jurisdictions",
    "conflict                           □ Country task forces functioning • 61% of country reports submitted on",
    "                                     in every situation                schedule",
    "                                                                     • Campaign materials viewed 16",
    "                                                                       thousand times",
    "                                                                     • 7 States endorsing the declaration on",
    "                                                                       school safety",
    "To advocate for the protection of    □ Regional child protection          • 52% of country reports submitted on",
    "schools and hospitals from attack      policies adopted                     schedule",
    "                                                                          • 38 action plans signed with listed",
    "                                                                            parties",
    "                                                                          • Child protection advisers retained in",
    "                                                                            56 mission mandates",
    "                                                                          • 56 cases referred to national or",
    "                                                                            international jurisdictions",
    "",
    "",
    "            Objective                            Expected                                Indicator",
    "                                                  Result                              of Achievement",
    "                                     Country task forces functioning in   ▪ Child protection advisers retained in",
    "                                     every situation                        13 mission mandates",
    "                                    Commitments to protect education ▪ 17 action plans signed with listed",
    "To support accountability for grave",
    "                                    endorsed                             parties",
    "violations against children",
    "                                                                       ▪ 57 field visits to situations of concern",
    "                                    Child protection capacity retained",
    "                                                                       ▪ 47% of country reports submitted on",
    "                                    in mission mandates",
    "                                                                         schedule",
    "To secure action plans with parties Children released and handed over ▪ 33 cases referred to national or",
    "listed in the annual report         to civilian actors                  international jurisdictions",
    "                                                                      ▪ 41 regional organizations adopting",
    "                                                                        policies",
    "\f                                                                         ▪ 31 States endorsing the declaration",
    "                                    Country task forces functioning in     on school safety",
    "                                    every situation                      ▪ Child protection advisers retained in",
    "                                                                           38 mission mandates",
    "                                                                     ▪ 61% of country reports submitted on",
    "                                    Commitments to protect education   schedule",
    "                                    endorsed                         ▪ 18 country task forces submitting",
    "                                                                       quarterly notes"
    ].join("\n");
    const rows = read(text);
    expect(rows[0]?.measures).toEqual(["19 regional organizations adopting policies", "30 States endorsing the declaration on school safety", "Child protection advisers retained in 59 mission mandates", "39 country task forces submitting quarterly notes"]);
    expect(rows[1]?.measures[0]).toBe("33 cases referred to national or international jurisdictions");
  });
});

describe("the rest of a cell cut by a page break, above the next page's first centred objective", () => {
  it("stays with the cut row, not with the centred row below it (corpus9 d9b-019)", () => {
    // "o 3 officials of financial" ends page 1; page 2 opens with "intelligence units trained"
    // (lower case: the rest of that cell), then the upper half of "To enhance the protection …",
    // which would centre a line better with it.
    const text = [
      "",
      "        Objectives                  Expected                        Key",
      "                                accomplishments             performance indicators",
      "                                                          ● 51 victims' associations",
      "                            (a)        Results framework    supported",
      "To assist victims of",
      "                               applied across the Office ● Passenger data systems",
      "terrorism and their",
      "                            (b)        Financial            operational in 60 States",
      "associations",
      "                               intelligence units trained ● 42 entities reporting through",
      "                                                            the coordination compact",
      "                                                           ● 39 security assessments of",
      "                              (a)       Results framework",
      "                                                             vulnerable targets",
      "To improve the visibility and    applied across the Office",
      "                                                           ● Passenger data systems",
      "results reporting of counter- (b)       Regional partners",
      "                                                             operational in 31 States",
      "terrorism programmes             co-delivering",
      "                                                           ● 34 programmes co-delivered",
      "                                 programmes",
      "                                                             with regional organizations",
      "                            (a)       Compact entities",
      "                               working to joint plans",
      "To strengthen the           (b)       Security",
      "coordination of counter-       assessments completed     ● 43 programmes co-delivered",
      "terrorism work across the      for major events            with regional organizations",
      "United Nations system       (c)       Programmes",
      "                               screened for human",
      "                               rights compliance",
      "",
      "",
      "         Objective                   Expected                        Key",
      "                                      result                 performance indicator",
      "To counter the financing of                              o 55 national action plans",
      "terrorism through technical                                adopted with assistance",
      "assistance                  Regional partners co-",
      "                                                         o 89% of strategy",
      "                            delivering programmes",
      "                                                           recommendations with an",
      "                                                           implementation plan",
      "                            Victims supported through    o 41 security assessments of",
      "                            the solidarity programme       vulnerable targets",
      "                                                         o 3 officials of financial",
      "\f",
      "",
      "                                                                intelligence units trained",
      "                                                              o 5 national action plans",
      "                                 Compact entities working       adopted with assistance",
      "To enhance the protection        to joint plans               o 29 programmes co-delivered",
      "of critical infrastructure and                                  with regional organizations",
      "vulnerable targets                                            o 83% of strategy",
      "                                 Passenger data systems",
      "                                                                recommendations with an",
      "                                 deployed at borders",
      "                                                                implementation plan",
      "                                                              o 92% of programmes screened",
      "                                 Programmes screened for        for human rights and gender",
      "                                 human rights compliance      o 6 victims' associations",
      "                                                                supported",
      "To support the balanced",
      "                                 Security assessments       o 11 national action plans",
      "implementation of the",
      "                                 completed for major events   adopted with assistance",
      "Global Counter-Terrorism",
      "Strategy                                                      o Results report issued within",
      "                                 Strategy review                34 days of year end",
      "                                 recommendations              o 82% of strategy",
      "                                 implemented                    recommendations with an",
      "                                                                implementation plan"
    ].join("\n");
    const rows = read(text);
    const cut = rows.find((r) => r.objective.startsWith("To counter the financing"));
    expect(cut?.measures[cut.measures.length - 1]).toBe("3 officials of financial intelligence units trained");
    const next = rows.find((r) => r.objective.startsWith("To enhance the protection"));
    expect(next?.measures[0]).toBe("5 national action plans adopted with assistance");
  });
});
