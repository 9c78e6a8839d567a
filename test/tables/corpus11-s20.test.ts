/**
 * corpus11 (Word users' layouts printed by WeasyPrint, `pdftotext -layout`) and wkhtmltopdf's
 * justified cells: session 20, h-c11w. Texts cut from dev11's pages, one per rule, each failing
 * without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

describe("a capital letter marker glued inside a run (pdftotext's grid)", () => {
  it("opens the next column's cell where the column's other cells open with 'A.' (d11-003)", () => {
    // "To reduce the threat posed A. Transition plans agreed": the row's accomplishment set eight
    // characters left of the column, one space after the objective's line. The "A." went to the
    // objective, and the column no longer opened every cell with "A." (cellsOpenWithLetterA).
    const text = [
      "",
      "   Objectives                         Outcomes                               Indicators of achievement              Target",
      "   To plan and start up new           A. Allegations of misconduct Number of missions with an                       6",
      "   peacekeeping operations               followed up without delay agreed transition plan",
      "   within the time set by the",
      "                                                                             Number of joint exercises with re‐     6",
      "   Council",
      "                                                                             gional organizations",
      "                                                                             Percentage of formed police units      88%",
      "                                                                             deployed on time",
      "   To reduce the threat posed A. Transition plans agreed                     Number of strategic reviews of         6",
      "   by mines and explosive        with the United Nations                     missions completed",
      "   remnants of war               country team",
      "                                                                             Number of missions with an             5",
      "                                                                             agreed transition plan",
      "                                                                             Percentage of formed police units      75%",
      "                                                                             deployed on time",
      "   To improve the integration         A. Contingents assessed      Percentage of formed police units                61%",
      "   of gender perspectives in             against performance stan‐ deployed on time",
      "   peacekeeping                          dards",
      "                                                                   Percentage of female military ob‐                9%",
      "                                                                   servers deployed",
      "   To enhance the perfor‐             A. Mission concepts of oper‐ Number of strategic reviews of                   9",
      "   mance of military and po‐             ations revised after strate‐ missions completed",
      "   lice contingents                      gic reviews                                                                88",
      "                                                                      Number of square kilometres re‐",
      "                                      B. Host-country justice insti‐ leased after clearance",
      "                                         tutions functioning in mis‐",
    ].join("\n");
    const rows = textRows(text);
    expect(rows.slice(0, 3).map((r) => r.objective)).toEqual([
      "To plan and start up new peacekeeping operations within the time set by the Council",
      "To reduce the threat posed by mines and explosive remnants of war",
      "To improve the integration of gender perspectives in peacekeeping",
    ]);
    expect(rows.slice(0, 3).map((r) => r.accomplishments)).toEqual([
      ["Allegations of misconduct followed up without delay"],
      ["Transition plans agreed with the United Nations country team"],
      ["Contingents assessed against performance stan‐ dards"],
    ]);
  });

  it("takes an 'A.' glued to the accomplishment's line for the measures' marker (d11-020)", () => {
    const text = [
      " Objectives                                 Expected Results                            Indicators of Achievement",
      " To apply the policy on flexible working    Documents submitted within the slotted A. 94% of performance appraisals completed",
      " arrangements                               dates.                                       by the deadline",
      "                                            Staff from unrepresented Member States re‐ B. Vacancies filled in 157 days on average",
      "                                            cruited.                                   C. Women at 37% of posts at the P-5 level and",
      "                                                                                         above",
      "",
      " To manage the approved budget with         Budget implemented within the approved re‐ A. 96% of performance appraisals completed",
      " full and timely implementation             sources.                                     by the deadline",
      "                                            Women appointed to senior posts.",
      "                                            Staff from unrepresented Member States re‐",
      "                                            cruited.",
      "",
      " To keep the evaluations of staff perfor‐   Performance appraisals finalized in the cy‐ A. Budget implementation rate of 92%",
      " mance current                              cle.                                        B. 100% of performance appraisals completed",
      "                                            Budget implemented within the approved re‐     by the deadline",
      "                                            sources.",
      "",
    ].join("\n");
    const rows = textRows(text);
    expect(rows[0]!.accomplishments).toEqual(["Documents submitted within the slotted dates.", "Staff from unrepresented Member States re‐ cruited."]);
    expect(rows[0]!.measures).toEqual(["94% of performance appraisals completed by the deadline", "Vacancies filled in 157 days on average", "Women at 37% of posts at the P-5 level and above"]);
    expect(rows[1]!.accomplishments[0]).toBe("Budget implemented within the approved re‐ sources.");
  });
});

describe("an asterisk marker glued inside a run (pdftotext's grid)", () => {
  it("opens the measure cell where the column's other lines open with '*' (d11-022)", () => {
    // "1.1 Government officials trained in * 81% of pre-session documents": the measure's "*" one
    // space after the accomplishment's line, seven characters left of the column's other markers.
    const text = [
      "\fObjective                           Outcome                                  Performance Measure                   Risks and Mitigations",
      "1. To support Member States in      1.1 Government officials trained in * 81% of pre-session documents             * Late submission of national",
      "the follow-up to the major             the use of online service platforms   issued six weeks before the             data; early reminders to focal",
      "development conferences                                                      session                                 points",
      "                                                                           * 84% of Member States reporting        * Competing intergovernmental",
      "                                                                             on global indicators                    calendars; advance scheduling",
      "                                                                           * 46 countries presenting voluntary       with the Bureau",
      "                                                                             national reviews",
      "",
      "2. To strengthen the capacity of    2.1 Government officials trained in * 27 countries presenting voluntary        * Competing intergovernmental",
      "national planners to integrate         the use of online service platforms national reviews                          calendars; advance scheduling",
      "population trends                                                                                                    with the Bureau",
      "                                                                                                                   * Reduced extrabudgetary",
      "                                                                                                                     funding; prioritization of",
      "                                                                                                                     country requests",
    ].join("\n");
    const rows = textRows(text);
    expect(rows.map((r) => r.accomplishments)).toEqual([["Government officials trained in the use of online service platforms"], ["Government officials trained in the use of online service platforms"]]);
    expect(rows.map((r) => r.measures)).toEqual([
      ["81% of pre-session documents issued six weeks before the session", "84% of Member States reporting on global indicators", "46 countries presenting voluntary national reviews"],
      ["27 countries presenting voluntary national reviews"],
    ]);
  });
});

describe("two upper-case header labels glued by pdftotext", () => {
  it("reads 'EXPECTED ACCOMPLISHMENTKEY PERFORMANCE INDICATOR' as two labels (d11-017)", () => {
    // The accomplishment label ends against the next column's edge: no space left between the
    // cells on the grid, and without a header the tab-stop table's four objectives were lost.
    const text = [
      "I. DELIVERING RESULTS",
      "A. Programme objectives",
      "The programme of work of the Department of Economic and Social Affairs is described in section 9 of",
      "the programme budget (A/60/6 (Sect. 9)). The resources are those approved by the General Assem‐",
      "bly in resolution A/RES/60/247.",
      "The results I undertake to deliver are set out below, with the measures by which they will be judged.",
      "OBJECTIVE                     EXPECTED ACCOMPLISHMENTKEY PERFORMANCE INDICATOR",
      "To promote inclusive          ◦ National statistical    * 219 national officials",
      "public institutions           offices apply the revised trained in statistical",
      "through online                classification standards  methods",
      "government services           ◦ Member States draw on   * 83% of participants",
      "                              the flagship reports in   rating the advisory",
      "                              their national reviews    services as useful",
      "",
      "To assist small island        ◦ National statistical             * 185 country data",
      "developing States in          offices apply the revised          profiles published online",
      "monitoring their              classification standards",
      "programmes of action          ◦ Forecasts revised",
      "                              within the agreed",
      "                              schedule",
      "",
      "To advance the                ◦ Member States draw on            * 118 country data",
      "coordination of policy        the flagship reports in            profiles published online",
      "advice on financing           their national reviews",
      "for development               ◦ National statistical",
      "                              offices apply the revised",
      "                              classification standards",
      "                              ◦ Timely substantive",
      "                              servicing of the",
      "                              high-level political",
      "                              forum",
      "",
      "To broaden access to          ◦ Member States draw on            * 81% of participants",
      "forest and land-use           the flagship reports in            rating the advisory",
      "data for decision             their national reviews             services as useful",
      "makers                        ◦ Government officials             * 40 countries presenting",
      "                              trained in the use of              voluntary national reviews",
      "                              online service platforms",
    ].join("\n");
    const rows = textRows(text);
    expect(rows.map((r) => r.objective)).toEqual([
      "To promote inclusive public institutions through online government services",
      "To assist small island developing States in monitoring their programmes of action",
      "To advance the coordination of policy advice on financing for development",
      "To broaden access to forest and land-use data for decision makers",
    ]);
    expect(rows[0]!.accomplishments).toEqual(["National statistical offices apply the revised classification standards", "Member States draw on the flagship reports in their national reviews"]);
    expect(rows[0]!.measures).toEqual(["219 national officials trained in statistical methods", "83% of participants rating the advisory services as useful"]);
  });
});
