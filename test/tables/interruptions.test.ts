import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

/** Things printed inside or beside a table that must neither end it nor become rows. */
const read = (text: string) => {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout));
};
const summary = (text: string) =>
  read(text).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));

describe("table interruptions", () => {
  it("a numbered accomplishment in its column is no section heading and does not end the table", () => {
    const text = [
      "Objectives                            Expected results                     Performance measures",
      "",
      "To improve the use of evaluation      1. Greater efficiency in the use     • Time taken to complete an",
      "findings in programme planning.       of resources.                        investigation (days)",
      "                                      1. Measurable progress in the",
      "                                      outreach to new partners              • Number of joint programmes",
      "",
      "To foster the management of           1. Improved exchange of good         • 98% of meetings serviced",
      "natural resources.                    practices.                           as scheduled.",
    ].join("\n");
    const r = read(text);
    // The numbered item was taken for a section heading by the section reader; it is none.
    expect(findSections(textToLayout(text)).length - r.sections.length).toBe(1);
    expect(summary(text)).toEqual([
      {
        objective: "To improve the use of evaluation findings in programme planning.",
        accomplishments: ["Greater efficiency in the use of resources.", "Measurable progress in the outreach to new partners"],
        measures: ["Time taken to complete an investigation (days)", "Number of joint programmes"],
      },
      { objective: "To foster the management of natural resources.", accomplishments: ["Improved exchange of good practices."], measures: ["98% of meetings serviced as scheduled."] },
    ]);
  });

  it("a footnote at the foot of a page neither ends the table nor becomes a row", () => {
    const text = [
      "Objectives                            Expected accomplishments             Performance measures",
      "",
      "To strengthen oversight of the        • Improved continuity of             • Workplan approved and",
      "renovation of the premises.           operations.                          monitored quarterly.",
      "",
      "1    See Security Council resolution 2334 (2016).",
      "\f" + "To ensure the effectiveness of the    • Better access to information       • Reduction in the lead",
      "travel policy.                        for stakeholders.                    time for travel.",
    ].join("\n");
    expect(summary(text)).toEqual([
      { objective: "To strengthen oversight of the renovation of the premises.", accomplishments: ["Improved continuity of operations."], measures: ["Workplan approved and monitored quarterly."] },
      { objective: "To ensure the effectiveness of the travel policy.", accomplishments: ["Better access to information for stakeholders."], measures: ["Reduction in the lead time for travel."] },
    ]);
  });

  it("a cell's bullet that looks like a footnote sign ('*') at a page foot is a row, not a footnote", () => {
    // f2-016 of test/corpus4: the page's last row opened with a "*" bullet at the table's left
    // edge; its lines were skipped as a footnote block, though they take the table's columns.
    const text = [
      "Objective: To strengthen peacebuilding support in countries emerging from conflict.",
      "Expected accomplishments          Performance measures",
      "*   Increased participation of    • Percentage of deployments",
      "    women in negotiations.          made within 72 hours",
      "                                  • Number of deployments",
      "\f" + "Expected accomplishments          Performance measures",
      "*   Actionable analysis made.     • Percentage of projects",
    ].join("\n");
    expect(summary(text)).toEqual([
      {
        objective: "To strengthen peacebuilding support in countries emerging from conflict.",
        accomplishments: ["Increased participation of women in negotiations.", "Actionable analysis made."],
        measures: ["Percentage of deployments made within 72 hours", "Number of deployments", "Percentage of projects"],
      },
    ]);
  });

  it("a note under the last table, before the next section, is no row", () => {
    // f2-002 and f2-006 of test/corpus4: "Note: …" across the columns but short of prose's width
    // was read as the last objective's text or split into its cells.
    const text = [
      "Objectives                            Expected accomplishments             Performance measures",
      "",
      "To manage financial resources         • Improved compliance with the       • Unliquidated obligations",
      "efficiently.                          Financial Rules.                     reduced to 5%.",
      "",
      "Note: Data on staffing are taken from the human resources dashboards.",
      "",
      "C. CHALLENGES",
      "• Coordination with a growing number of partners.",
    ].join("\n");
    expect(summary(text)).toEqual([
      { objective: "To manage financial resources efficiently.", accomplishments: ["Improved compliance with the Financial Rules."], measures: ["Unliquidated obligations reduced to 5%."] },
    ]);
  });

  it("a note under a table whose labels are centred right of their cells' text is no row either", () => {
    // f2-006 of test/corpus4: the note ends left of the centred "Indicator of achievement" label
    // but runs across where that column's cells start; it was split into the last row's cells.
    const text = [
      "I. PROGRAMME OBJECTIVES",
      "",
      "1. To ensure compliance with the financial disclosure requirements.",
      "",
      "      Expected accomplishment                            Indicator of achievement",
      "– Full compliance of staff required      100% of staff concerned file statements",
      "  to file financial statements.          by the deadline.",
      "",
      "Note: Data on staffing are taken from the dashboards.",
      "",
      "II. CHALLENGES",
      "• Security conditions restrict programme delivery.",
    ].join("\n");
    expect(summary(text)).toEqual([
      {
        objective: "To ensure compliance with the financial disclosure requirements.",
        accomplishments: ["Full compliance of staff required to file financial statements."],
        measures: ["100% of staff concerned file statements by the deadline."],
      },
    ]);
  });

  it("an objective at a page foot opens the next table though another column's cell ends unfinished beside the last item", () => {
    // f1-020 of test/corpus4: the line above the objective was the end of a measure ("bidding"),
    // not the left column's last item, whose sentence is finished.
    const text = [
      "To give priority to the gender balance of staff at all levels",
      "Outcomes                      Key performance indicators          Targets",
      "▪ Improved implementation     – Number of national officials      39",
      "  of audit recommendations.     trained",
      "▪ Demonstrated quality.       – Percentage of contracts awarded   92%",
      "                                through competitive bidding",
      "To strengthen travel policy.",
      "\f" + "Outcomes                      Key performance indicators          Targets",
      "▪ More consistent integration – Number of users of the online     45",
      "  of cross-cutting issues.      platform",
      "▪ Better quality of services. – Number of joint programmes        44",
    ].join("\n");
    expect(summary(text).map((o) => o.objective)).toEqual(["To give priority to the gender balance of staff at all levels", "To strengthen travel policy."]);
  });

  it("a number alone between a measure's lines at a page foot is its target, not a page number", () => {
    // f1-020 of test/corpus4 (LibreOffice): the Target "34", centred between its measure's two lines
    // in the page's last lines, was skipped as a page number.
    const text = [
      "To enhance the delivery of mandated programmes.",
      "Key performance indicators           Outcomes                  Targets",
      "– Business continuity plan tested    ▪ Improved staff          Fully achieved",
      "  and updated during the year          engagement.",
      "– Number of Member States requesting",
      "                                                               34",
      "  technical assistance",
      "\f" + "Key performance indicators           Outcomes                  Targets",
      "– Number of countries reporting                                By 31 December 2014",
      "",
      "C. CHALLENGES",
      "• Coordination with partners.",
    ].join("\n");
    expect(read(text).objectives[0]?.extra["target"]).toEqual(["Fully achieved", "34", "By 31 December 2014"]);
  });

  it("a spanning objective row cut by a page break goes on under the repeated header", () => {
    // f1-001 of test/corpus4 (LibreOffice, labels centred): the row's rest, first under the header
    // on the next page, ends left of the second label and was read as the first cell.
    const header = "          Expected accomplishments                            Performance measures";
    const text = [
      header,
      "Objective: To improve the timeliness of documentation.",
      "(a) Documents issued on time.                 • 90% of documents issued ahead.",
      "Objective: To strengthen oversight of the delivery of mandated programmes, taking into account",
      "\f" + header,
      "the views of Member States",
      "(a) Better collection of data.                • Business continuity plan tested.",
      "",
      "C. CHALLENGES",
      "• Coordination with partners.",
    ].join("\n");
    expect(summary(text)).toEqual([
      { objective: "To improve the timeliness of documentation.", accomplishments: ["Documents issued on time."], measures: ["90% of documents issued ahead."] },
      {
        objective: "To strengthen oversight of the delivery of mandated programmes, taking into account the views of Member States",
        accomplishments: ["Better collection of data."],
        measures: ["Business continuity plan tested."],
      },
    ]);
  });

  it("a numbered objective heading whose sentence runs on to a centred line keeps both lines", () => {
    // f2-005 of test/corpus4: "3. To manage … in compliance with the" / "Financial Regulations and
    // Rules" (centred) above the objective's own table; only the second line was taken.
    const text = [
      "A. PROGRAMME OBJECTIVES",
      "",
      "1. To improve the timeliness of the budget documents.",
      "",
      "Expected results                   Key performance indicators",
      "• Budget documents issued on       • 90% of documents issued on time.",
      "  time.",
      "",
      "2. To manage financial resources efficiently and in compliance with the",
      "             Financial Regulations and Rules",
      "",
      "Expected results                   Key performance indicators",
      "• Unqualified audit opinion.       • Unliquidated obligations below 5%.",
    ].join("\n");
    expect(summary(text).map((o) => o.objective)).toEqual([
      "To improve the timeliness of the budget documents.",
      "To manage financial resources efficiently and in compliance with the Financial Regulations and Rules",
    ]);
  });

  it("a long measure line under a centred label is a cell, not prose that ends the table", () => {
    const text = [
      "Objective: To strengthen support to South-South cooperation.",
      "",
      "                Outcomes                                    Key performance indicators",
      "",
      "▪ Strengthened staff engagement.                  ● Workplan approved and monitored on a quarterly basis by the team.",
      "                                                  ● Increase in the number of joint programmes launched from 38 in 2016",
      "                                                  to 41 in 2017.",
      "▪ Improved continuity of operations.              ● Evaluation of the pilot completed.",
    ].join("\n");
    const [row] = summary(text);
    expect(row?.accomplishments).toEqual(["Strengthened staff engagement.", "Improved continuity of operations."]);
    expect(row?.measures).toHaveLength(3);
  });

  it("an objective at the foot of a page opens the table under the header on the next page", () => {
    const header = ["                EXPECTED                                   KEY PERFORMANCE", "             ACCOMPLISHMENT                                     INDICATOR", ""];
    const text = [
      "To ensure the effectiveness of coordination of system-wide support to Africa.",
      "",
      ...header,
      "▪ Better capacity of Member States.                   □ Positive feedback from Member States.",
      "▪ Strengthened outreach to new partners.              □ Clean audit opinion on the statements.",
      "",
      "To advance the gender balance of staff at all levels.",
      "\f" + header[0], header[1], header[2],
      "▪ Strengthened access to information.                 □ Annual report on lessons learned.",
    ].join("\n");
    expect(summary(text)).toEqual([
      {
        objective: "To ensure the effectiveness of coordination of system-wide support to Africa.",
        accomplishments: ["Better capacity of Member States.", "Strengthened outreach to new partners."],
        measures: ["Positive feedback from Member States.", "Clean audit opinion on the statements."],
      },
      { objective: "To advance the gender balance of staff at all levels.", accomplishments: ["Strengthened access to information."], measures: ["Annual report on lessons learned."] },
    ]);
  });


  it("an unnumbered Challenges heading after the last table ends it", () => {
    const text = [
      "Objectives                    Expected accomplishments          Performance measures",
      "",
      "To achieve gender parity      Gender-responsive recruitment     Every panel includes a woman.",
      "among staff.                  practices applied.",
      "",
      "Challenges",
      "",
      "    • The liquidity situation of the regular budget constrains recruitment.",
    ].join("\n");
    expect(summary(text)).toEqual([
      { objective: "To achieve gender parity among staff.", accomplishments: ["Gender-responsive recruitment practices applied."], measures: ["Every panel includes a woman."] },
    ]);
  });

  it("an objective at the top of a page, above the header repeated there, opens the next table", () => {
    const header = ["                EXPECTED                                   KEY PERFORMANCE", "             ACCOMPLISHMENT                                     INDICATOR", ""];
    const text = [
      "To ensure the effectiveness of coordination of system-wide support to Africa.",
      "",
      ...header,
      "▪ Better capacity of Member States.                   □ Positive feedback from Member States.",
      "▪ Strengthened outreach to new partners.              □ Clean audit opinion on the statements.",
      "",
      "\fTo advance the gender balance of staff at all levels.",
      "",
      ...header,
      "▪ Strengthened access to information.                 □ Annual report on lessons learned.",
    ].join("\n");
    expect(summary(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To ensure the effectiveness of coordination of system-wide support to Africa.", ["Better capacity of Member States.", "Strengthened outreach to new partners."]],
      ["To advance the gender balance of staff at all levels.", ["Strengthened access to information."]],
    ]);
  });

  it("a numbered accomplishment at the table's left edge whose text wraps in lower case is a cell, not a heading", () => {
    const text = [
      "EXPECTED ACCOMPLISHMENT               RISK AND MITIGATION                  PERFORMANCE MEASURE",
      "",
      "Objective: Effective management of coordination with the Lebanese Armed Forces.",
      "",
      "                                       - Slow adoption of new systems       Proportion of contracts awarded.",
      "1. Greater coordination among",
      "                                       by users; mitigated by training.",
      "units of the entity.",
      "",
      "1. Better coordination among units     - Delays in approval.                At least 87 per cent of policies.",
      "of the entity.",
    ].join("\n");
    const [row] = summary(text);
    expect(row?.accomplishments).toEqual(["Greater coordination among units of the entity.", "Better coordination among units of the entity."]);
  });

  it("a footnote whose mark pdftotext printed on a line of its own neither ends the table nor becomes a row", () => {
    const text = [
      "Objectives                            Expected accomplishments             Performance measures",
      "",
      "To strengthen oversight of the        • Improved continuity of             • Workplan approved and",
      "renovation of the premises.           operations.                          monitored quarterly.",
      "",
      "1",
      " The Department comprises the offices at Headquarters and the 7 offices away from Headquarters.",
      "\f" + "To ensure the effectiveness of the    • Better access to information       • Reduction in the lead",
      "travel policy.                        for stakeholders.                    time for travel.",
    ].join("\n");
    expect(summary(text).map((r) => r.objective)).toEqual(["To strengthen oversight of the renovation of the premises.", "To ensure the effectiveness of the travel policy."]);
  });
});

