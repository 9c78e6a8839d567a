/**
 * Plain text (pdftotext -layout) of rowspan tables whose accomplishments are one-item cells
 * without a marker or a full stop, one per sub-row: nothing in the cell's words separates two of
 * them. What does is the grid — a neighbour cell that goes on while this one stops, the line-fill
 * of the line above measured on the page it stands on, a new measure opening beside it.
 */
import { describe, expect, it } from "vitest";
import { textRows as rows } from "../support/table-rows.js";

describe("plain text: an unmarked accomplishment stops where a neighbour cell on its baselines goes on", () => {
  it("ends the accomplishment when the objective's wrapped line stands on the next grid line without it", () => {
    // LibreOffice, top-aligned rowspan sub-rows: the objective's second line lies one line step
    // below the row's first baseline; the next sub-row opens a padding lower, on a line of its own.
    // The accomplishment column is wide and its lines few: line-fill cannot tell.
    const text = [
      "Objectives                                            Outcomes                                         Performance measures",
      "To promote the mobility of staff between duty         Vacancies filled on time                         ● 48% of performance documents completed",
      "stations                                                                                               ● 28 young professionals placed",
      "To strengthen performance management and              Rosters used for most selections                 ● 95% women at the D-1 level and above",
      "accountability",
      "                                                      Managers completing leadership programmes        ● 44 managers completing the programme",
      "                                                                                                       ● Average of 22 days from vacancy to selection",
      "                                                      Staff moving between duty stations               ● 96% of selections from rosters",
    ].join("\n");
    const got = rows(text);
    expect(got[1]?.accomplishments).toEqual(["Rosters used for most selections", "Managers completing leadership programmes", "Staff moving between duty stations"]);
  });

  it("ends it where the line-fill cannot: a long first cell, the next one wrapping", () => {
    // The first accomplishment fills its line (the next word would not have fitted by the
    // column's lines) and the row shows a wrapped line, so neither line-fill nor the next
    // column's edge tells; the objective's second line on the next grid line does.
    const text = [
      "Objectives                                            Outcomes                                         Performance measures",
      "To promote the mobility of staff between duty         Vacancies filled on time at all duty stations    ● 48% of performance documents completed",
      "stations                                                                                               ● 28 young professionals placed",
      "To strengthen performance management and              Rosters used for most selections of the staff    ● 95% women at the D-1 level and above",
      "accountability",
      "                                                      Managers completing leadership programmes in     ● 44 managers completing the programme",
      "                                                      time for the annual review of their teams        ● Average of 22 days from vacancy to selection",
    ].join("\n");
    const got = rows(text);
    expect(got[1]?.accomplishments).toEqual(["Rosters used for most selections of the staff", "Managers completing leadership programmes in time for the annual review of their teams"]);
  });

  it("ends it at a page foot where its second measure goes on alone, the next sub-row opening the next page", () => {
    const text = [
      "Objectives                                            Outcomes                                               Performance measures",
      "To promote the mobility of staff between duty stations Young professionals recruited through the examination ● 51 young professionals placed",
      "                                                                                                             ● 39 managers completing the programme",
      "\f                                                    Balanced representation of women and men               ● 46 staff moving to a new duty station",
      "                                                                                                             ● Average of 59 days from vacancy to selection",
      "To achieve gender parity at senior levels             Vacancies filled on time                               ● 48% of performance documents completed",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments).toEqual(["Young professionals recruited through the examination", "Balanced representation of women and men"]);
  });
});

describe("plain text: the line-fill of an unmarked accomplishment", () => {
  it("holds across a page break: a short last line at the page foot ends its cell", () => {
    // The row is cut by the page break; the next page repeats the header and opens the next
    // sub-row with a new measure and its values.
    const text = [
      "OBJECTIVE                   EXPECTED ACCOMPLISHMENT         PERFORMANCE MEASURE                TARGET   BASELINE",
      "To close out contracts and  Annual progress reports         Swing space leases still open      5        6",
      "dispose of swing space on   accepted by the General",
      "time                        Assembly",
      "\fOBJECTIVE                   EXPECTED ACCOMPLISHMENT         PERFORMANCE MEASURE                TARGET   BASELINE",
      "                            Staff relocated according to    Lost-time incidents per 200,000    1        2",
      "                            plan                            hours",
      "To meet the schedule for    Lost-time incidents kept to a   Lost-time incidents per 200,000    3        4",
      "moving staff                minimum                         hours",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments).toEqual(["Annual progress reports accepted by the General Assembly", "Staff relocated according to plan"]);
  });

  it("measures a column with too few lines for a percentile against its widest line", () => {
    // A short table: the accomplishment column has four lines. "warning" ends far short of the
    // column's widest line, so the next capitalised line opens the next sub-row's accomplishment.
    const text = [
      "OBJECTIVE                                      OUTCOME                                        KEY PERFORMANCE INDICATOR               TARGET     BASELINE",
      "To advocate for safer schools and hospitals    Adaptation plans that address disaster risk    Cities with resilience action plans     1,113      898",
      "To promote risk-informed public and private    Communities covered by multi-hazard early      Population covered by early warning     66%        56%",
      "investment                                     warning",
      "                                                                                              Countries reporting disaster loss data  130        114",
      "                                               National platforms reporting annually          Cities with resilience action plans     858        776",
    ].join("\n");
    const got = rows(text);
    expect(got[1]?.accomplishments).toEqual(["Communities covered by multi-hazard early warning", "National platforms reporting annually"]);
  });

  it("starts a sub-row's accomplishment beside a new marked measure when the line above nearly ends", () => {
    // A wide accomplishment column of one-line cells: its longest lines fall far short of its
    // width, so the percentile width is short by about a word; a new marked measure opens beside
    // the capitalised line.
    const text = [
      "                 Outcome                                                    Key performance indicator",
      "Objective: To strengthen debt management capacity in developing countries",
      "Trade policies reformed with advice                                         – 44 investment policy reviews completed",
      "Electronic commerce assessments completed                                   – 51 citations of flagship reports",
      "                                                                            – 9 competition laws adopted or revised",
      "Debt records maintained with the debt system                                – 12 electronic commerce assessments",
      "Objective: To help developing countries integrate beneficially into the global economy",
      "Commodity diversification strategies adopted                                – 23 diversification strategies adopted",
      "                                                                            – 34 countries reforming trade policies",
      "Customs declarations processed electronically                               – 12 competition laws adopted or revised",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments).toEqual(["Trade policies reformed with advice", "Electronic commerce assessments completed", "Debt records maintained with the debt system"]);
  });

  it("ends a cell in a narrow wrapping column beside a new marked measure when the next word would have fitted", () => {
    // pdftotext of LibreOffice's rowspan sub-rows: "national authorities" + "National" is 29
    // characters, as wide as the column's full lines; the next column's edge is too close to tell.
    const text = [
      "          OBJECTIVES                            OUTCOMES                              KEY",
      "                                                                             PERFORMANCE INDICATORS",
      "To integrate disaster risk reduction Adaptation plans that address       ➢ Loss data reported by 33 countries",
      "into climate change adaptation       disaster risk",
      "                                     National platforms reporting        ➢ 47 regional platform commitments",
      "                                     annually                              tracked",
      "To strengthen national platforms     Safety assessments of schools       ➢ Early warning coverage increased to",
      "for disaster risk reduction          and hospitals completed               75 per cent of the population at risk",
      "                                                                         ➢ 20 cities joining the resilience",
      "                                                                           campaign",
      "                                     Loss databases maintained by        ➢ 25 schools and hospitals assessed",
      "                                     national authorities                  for safety",
      "                                     National platforms reporting        ➢ 4 regional platform commitments",
      "                                     annually                              tracked",
      "To support the implementation of     Adaptation plans that address       ➢ 56 adaptation plans reviewed for",
      "the global framework for disaster    disaster risk                         disaster risk",
      "risk reduction",
      "                                     Platform outcomes reflected in      ➢ 24 ministries applying risk-informed",
      "                                     regional commitments                  investment guidelines",
    ].join("\n");
    const got = rows(text);
    expect(got[1]?.accomplishments).toEqual(["Safety assessments of schools and hospitals completed", "Loss databases maintained by national authorities", "National platforms reporting annually"]);
  });

  it("measures a wide column of one-line cells against where the next column opens", () => {
    // The column's longest lines (45 characters) fall far short of its width (the measures open
    // 76 characters right of it): "Flagship" would have fitted after "… electronically".
    const text = [
      "                 Outcome                                                    Key performance indicator",
      "Objective: To help developing countries integrate beneficially into the global economy",
      "Commodity diversification strategies adopted                                – 23 diversification strategies adopted",
      "                                                                            – 34 countries reforming trade policies",
      "Customs declarations processed electronically                               – 12 competition laws adopted or revised",
      "Flagship reports cited in policy debate                                     – 17 investment policy reviews completed",
      "Debt records maintained with the debt system                                – 42 countries reforming trade policies",
      "Objective: To strengthen consumer protection and competition policy",
      "Electronic commerce assessments completed                                   – 22 investment policy reviews completed",
      "                                                                            – 23 citations of flagship reports",
      "Competition laws adopted or revised                                         – 72% of declarations processed by the customs system",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments).toEqual(["Commodity diversification strategies adopted", "Customs declarations processed electronically", "Flagship reports cited in policy debate", "Debt records maintained with the debt system"]);
  });
});

describe("plain text: a wrapped accomplishment stays whole", () => {
  it("keeps a cell whose lines another column's interleaved lines push apart, no new measure opening beside it", () => {
    // Chromium's text: the measures' baselines fall between the other columns' (pdftotext gives
    // them lines of their own), so the measure runs on one grid line below "adopted by the" while
    // the accomplishment and the risks go on a line lower — no measure opens there.
    const text = [
      "                       EXPECTED             RISKS AND              PERFORMANCE",
      "   OBJECTIVE",
      "                        RESULT             MITIGATIONS               MEASURE",
      "",
      "To strengthen          Personnel            Insufficient       – Duty stations compliant",
      "crisis management      trained before       extrabudgetary        with security",
      "and response           deployment to        funding;              standards within 27",
      "capacity at            high-risk            mitigated by a        working days (2017:",
      "Headquarters and       locations.           resource              38 days).",
      "in the field.          Reduced              mobilization       – All security risk",
      "                       response time        strategy              assessments updated",
      "                       to security          agreed with           within the review",
      "                       incidents.           donors.               cycle, as reported to",
      "                       Harmonized           Limited data          the Secretary-General.",
      "                       security policies    availability in",
      "                       adopted by the       some               – Reduction in the",
      "                                                                  average time to deploy",
      "                       Inter-Agency         countries;",
      "                                                                  a surge security officer",
      "                       Security             partnerships",
      "                       Management           with national         from 50 days in 2017",
      "                                                                  to 16 days in 2018.",
      "                       Network.             statistical",
      "                                            offices.",
    ].join("\n");
    const [row] = rows(text);
    expect(row?.accomplishments).toEqual(["Personnel trained before deployment to high-risk locations.", "Reduced response time to security incidents.", "Harmonized security policies adopted by the Inter-Agency Security Management Network."]);
  });
});

describe("plain text: a measure numbering that starts over opens the next sub-row", () => {
  it("splits top-aligned one-line accomplishments beside a restarting numbering", () => {
    // Each accomplishment fills its line nearly to the column's widest line, so the line-fill
    // cannot tell; the measure column's "(i)" after "(ii)" can: a numbered list runs on inside
    // one cell, so a list starting over is the next sub-row's.
    const text = [
      "       Expected accomplishment                  Performance measures",
      " Objective: To support States in mine action policy",
      " Experts on the roster trained for missions    (i) 8 new States parties",
      "                                               (ii) 12 national reports received",
      " Requests for assistance answered by centres   (i) 43% of States reporting to the Register",
      " Young people trained in disarmament issues    (i) 131 meetings of disarmament bodies serviced",
      "                                               (ii) 658 students completing the course",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments).toEqual(["Experts on the roster trained for missions", "Requests for assistance answered by centres", "Young people trained in disarmament issues"]);
  });

  it("splits centred accomplishments around the restart", () => {
    const text = [
      "       Expected accomplishment                  Performance measures",
      " Objective: To recruit staff from unrepresented Member States",
      "                                               (a) Vacancy rate of 7%",
      " Gender parity among newly appointed staff     (b) 52 per cent of appointees at the P-5 level",
      " Documents submitted by the slotted date       (a) 6% reduction in travel emissions",
      "                                               (a) 100% of staff with mandatory courses completed",
      " Expenditure within the approved budget",
      "                                               (b) 91 per cent of the allotment spent",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments).toEqual(["Gender parity among newly appointed staff", "Documents submitted by the slotted date", "Expenditure within the approved budget"]);
    expect(got[0]?.measures).toHaveLength(5);
  });
});

describe("plain text: a column of capitalised lines beside new measures is a column of one-line items", () => {
  const text = (second: string, third: string) =>
    [
      "                  Outcome                                Indicator of achievement",
      " Objective: To submit pre-session documents by the slotted date",
      " Gender parity among newly appointed staff        o 91% of documents submitted on time",
      "                                                  o 83 per cent of tickets purchased two weeks ahead",
      ` ${second.padEnd(48)} o 68% of recommendations implemented on time`,
      ` ${third.padEnd(48)} o 98 per cent of the allotment spent`,
      "                                                  o Vacancy rate of 4%",
    ].join("\n");

  it("splits a sentence-case line beside a new marked measure, where line-fill cannot tell", () => {
    // "… target time" + "Recommendations" would not have fitted the column's widest line, and
    // every measure opens with a marker, so neither the fill nor the measures tell.
    const got = rows(text("Posts filled within the target time", "Recommendations closed"));
    expect(got[0]?.accomplishments).toEqual(["Gender parity among newly appointed staff", "Posts filled within the target time", "Recommendations closed"]);
  });

  it("keeps a proper name that runs over (capitals) or follows a word that leads on", () => {
    expect(rows(text("Appointments of staff from unrepresented", "Member States"))[0]?.accomplishments).toEqual(["Gender parity among newly appointed staff", "Appointments of staff from unrepresented Member States"]);
    expect(rows(text("Reports on commitments considered by the", "Secretariat teams"))[0]?.accomplishments).toEqual(["Gender parity among newly appointed staff", "Reports on commitments considered by the Secretariat teams"]);
  });
});
