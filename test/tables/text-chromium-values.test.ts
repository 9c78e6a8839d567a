import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { yearAfterMonth } from "../../src/tables/text.js";

/** Per row: objective and measures as [text, baseline, target]. */
function rows(lines: readonly string[]) {
  const layout = textToLayout(lines.join("\n"));
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    measures: o.measures.map((m) => [m.text, m.baseline, m.target]),
  }));
}

describe("Chromium's narrow value columns on pdftotext's grid (session 18, h-ctxt)", () => {
  it("reads a lower-case word under where the value above opens as the value's wrapped line", () => {
    // corpus dev-003 chromium.txt: "73 per cent" / "in 2017" is one Baseline cell, "in" glued by one
    // space to the indicator's line and starting exactly under the "7" of the line above.
    const measures = rows(SLOT)[0]!.measures;
    expect(measures[1]).toEqual(["Proportion of audit recommendations implemented within the agreed time frame", "73 per cent in 2017", "83 per cent by December 2018"]);
  });

  it("gives a whole value glued to a wrapped date's line to the value column on its right", () => {
    // corpus dev-006 chromium.txt: "31 December No baseline" — the Target's date wrapped in its
    // narrow column, "No baseline" seven characters left of the Baselines edge, that column empty.
    const [first, second] = rows(NO_BASELINE);
    expect(first!.measures[3]).toEqual(["Positive feedback from Member States on the quality of services received", "No baseline", "By 31 December 2016"]);
    expect(second!.measures[0]).toEqual(["Time taken to complete an investigation (days)", "90 days", "60 days"]);
  });

  it("keeps a year under a month in its value cell, in the row of the month", () => {
    // corpus dev-006 chromium.txt: "86% by" / "December" / "2016", centred, the "2016" alone on the
    // grid line above the next row's first line: no row opens with a date's year.
    const last = rows(DECEMBER).at(-1)!;
    expect(last.measures[0]).toEqual(["Time taken to complete an investigation (days)", "170 days", "130 days"]);
    expect(yearAfterMonth("86% by December", "2016")).toBe(true);
    expect(yearAfterMonth("By 31 Dec.", "2016 2015")).toBe(true);
    expect(yearAfterMonth("the may", "2016")).toBe(false);
    expect(yearAfterMonth("86% by December", "20160")).toBe(false);
  });
});

const SLOT = [
  "Managerial objectives",
  "\fI will focus on achieving the results set out in the table below during 2018.",
  "",
  "             Objective                         Outcome                      Indicator of achievement           Baseline          Target",
  " Responsive use of data for          a) Measurable progress in the    o Time taken to complete an             80 days       40 days",
  " decision‑making in line with the    consistency of policy advice.    investigation (days)",
  " priorities set by the General",
  " Assembly.                           a) Improved outreach to new      o Proportion of audit              73 per cent        83 per cent",
  "                                     partners.                        recommendations implemented within in 2017            by December",
  "                                                                      the agreed time frame                                 2018",
  "",
  "                                                                      o Number of partnership agreements      10 (2017)     28",
  "                                                                      signed",
  "",
  "                                     a) Enhanced staff engagement o Annual report on lessons learned          Not           Achieved",
  "                                     and motivation.              shared with all staff                       applicable",
];
const NO_BASELINE = [
  "Programme objectives",
  "              Objectives                             Expected                              Key performance                      Targets         Baselines",
  "                                                 accomplishments                              indicators",
  "                                                                                • Percentage of policies reviewed and",
  "                                                                                                                           97%                90% (2015)",
  "                                                                                updated",
  "                                                                                                                           65% by",
  "Timely and efﬁcient coordination          (i) More consistent access to         • Proportion of staff members                                 55% in",
  "                                                                                                                           December",
  "with agencies, funds and                  information for stakeholders          completing mandatory training                                 2015",
  "                                                                                                                           2016",
  "programmes, building on the               within existing resources.",
  "lessons learned in the previous                                                 • Annual of the “Delivering as One”",
  "biennium, with particular attention                                                                                        Fully              Not",
  "                                                                                approach and report on lessons learned",
  "to the needs of developing                                                                                                 achieved           applicable",
  "                                                                                shared with all staff",
  "countries.",
  "                                                                                                                           By",
  "                                          (i) Strengthened accountability       • Positive feedback from Member States",
  "                                                                                                                           31 December No baseline",
  "                                          of managers for results.              on the quality of services received",
  "                                                                                                                           2016",
  "                                          (i) Better monitoring of",
  "                                          mandated activities in            • Time taken to complete an",
  "                                                                                                                           60 days            90 days",
  "                                          cooperation with partner entities investigation (days)",
  "                                          of the United Nations system.",
  "Results‑focused management of                                                   • Number of joint programmes launched      21                 16 (2015)",
  "the dissemination of population           (i) Enhanced use of analytical",
  "estimates and projections, in line        products by policymakers.             • Number of Member States requesting",
  "                                                                                                                           28                 11 (2015)",
  "with the priorities set by the                                                  technical assistance",
  "General Assembly, with particular",
  "attention to the needs of                                                                                                  89% by",
  "                                                                                • Proportion of contracts awarded                             80% in",
  "developing countries.                                                                                                      December",
  "                                                                                through competitive bidding                                   2015",
  "                                                                                                                           2016",
  "                                          (i) Greater exchange of good",
  "                                          practices.                                                                       80% by",
  "                                                                                • Proportion of press releases issued on                      72% in",
  "                                                                                                                           December",
  "                                                                                the day of the meeting                                        2015",
  "                                                                                                                           2016",
];
const DECEMBER = [
  "Programme objectives",
  "             Objectives                              Expected                             Key performance                        Targets         Baselines",
  "                                                 accomplishments                             indicators",
  "formulation.                                                                   • Workplan of the “Delivering as One”",
  "                                                                                                                                               Not",
  "                                                                               approach and approved and monitored          Achieved",
  "                                                                                                                                               applicable",
  "                                                                               on a quarterly basis",
  "",
  "                                         (i) Better staff engagement and       • Annual of the “Delivering as One”",
  "                                                                                                                            Fully              Not",
  "                                         motivation within existing            approach and report on lessons learned",
  "To give priority to the analytical                                                                                          achieved           applicable",
  "                                         resources.                            shared with all staff",
  "support provided to the high‑level",
  "political forum on sustainable                                                                                           By          Partially",
  "                                                                               • Annual report on lessons learned shared",
  "development, taking into account                                                                                         31 December achieved in",
  "                                                                               with all staff",
  "the recommendations of the               (i) Demonstrated coordination                                                   2016        2015",
  "oversight bodies and the views           among units of the entity.",
  "expressed by Member States in the                                              • Time taken to respond to written",
  "                                                                                                                            40 days            80 days",
  "relevant intergovernmental bodies,                                             queries from delegations (days)",
  "in line with the priorities set by the",
  "General Assembly.                                                                                                           86% by",
  "                                         (i) Improved access to                • Proportion of policies reviewed and                           70% in",
  "                                                                                                                            December",
  "                                         information for stakeholders.         updated                                                         2015",
  "                                                                                                                            2016",
  "                                         (i) Enhanced coordination             • Time taken to complete an",
  "                                                                                                                            130 days           170 days",
  "                                         among units of the entity.            investigation (days)",
  "To enhance the efﬁciency of",
  "administrative processes.                                                                                                   65% by",
  "                                         (i) Demonstrated accountability       • Proportion of vacant posts ﬁlled within                       58% in",
  "                                                                                                                            December",
  "                                         of managers for results.              the target period                                               2015",
  "                                                                                                                            2016",
];
