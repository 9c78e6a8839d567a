/**
 * pdftotext -layout text of the producer-varied tuning draws (test/corpus8 dev8d, test/corpus7
 * tune7c; session 18, h-vtxt): hand-made texts cut from the corpora's pages, one per rule, each
 * failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

describe("a header line of label words and tails of labels broken a line or two above", () => {
  it("completes the broken Baseline and Target labels of a two-level header", () => {
    // "Basel" / "ine" and "Targe" / "t" broken in narrow cells, the Objective and Outcome labels
    // printed on the grid line between, "Indicator" beside the tails: without the tail line the
    // header ended at "Objective  Outcome" and the values were read into the measures.
    const text = [
      "                                                       Key performance indicators",
      "                                                                         Basel    Targe",
      "    Objective               Outcome",
      "                                                       Indicator           ine      t",
      "                                                                          2015    2016",
      "To improve the          Misinformation          Information centres         33     40",
      "multilingual content    identified and          producing local content",
      "of United Nations       answered promptly       Web pages available in      59     64",
      "websites                                        all official languages",
      "To engage young         Web content             Days to respond to           3      2",
      "people and civil        available in all        misinformation",
      "society in the work     official languages      Information centres         29     35",
      "of the Organization                             producing local content",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To improve the multilingual content of United Nations websites",
      "To engage young people and civil society in the work of the Organization",
    ]);
    expect(out[0]!.measures).toEqual(["Information centres producing local content", "Web pages available in all official languages"]);
    expect(out[0]!.baselines).toEqual(["33", "59"]);
    expect(out[0]!.targets).toEqual(["40", "64"]);
    expect(out[1]!.baselines).toEqual(["3", "29"]);
    expect(out[1]!.targets).toEqual(["2", "35"]);
  });

  it("completes a risks label broken inside its last word", () => {
    // "RISKS" / "AND" / "MITIGATI" / "ONS" in a narrow column beside "ACCOMPLIS" / "HMENTS": the
    // tail line "ONS" was left to the body, and "RISKS" and "AND MITIGATI" were read as two columns.
    const text = [
      "                                                                                  RISKS",
      "                        EXPECTED",
      "OBJECTIVE                                        PERFORMANCE                       AND",
      "                       ACCOMPLIS",
      "    S                                              MEASURES                      MITIGATI",
      "                         HMENTS",
      "                                                                                   ONS",
      "To improve          (a) Social                □ 32 countries                Limited data",
      "water resource          protection floors       adopting fiscal             availability;",
      "management              extended.               recommendations.            partnerships with",
      "                                                                            national offices.",
      "To support the      (a) Graduation            □ 49 digital economy          Competing demands",
      "follow-up to the        strategies prepared.    strategies endorsed.        on counterparts;",
      "2030 Agenda                                                                 regional workshops.",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual(["To improve water resource management", "To support the follow-up to the 2030 Agenda"]);
    expect(out.map((o) => o.extra)).toEqual([
      { risksAndMitigations: ["Limited data availability; partnerships with national offices."] },
      { risksAndMitigations: ["Competing demands on counterparts; regional workshops."] },
    ]);
  });
});

describe("a label's broken tail with its year under the head", () => {
  it("completes the Baseline label ('Baselin' / 'e (2014)')", () => {
    // Without the tail line the header ended at "Baselin", an unknown column, and the baselines
    // were lost.
    const text = [
      "                                                                             Baselin",
      " Expected accomplishments                Indicators of achievement                      Target",
      "                                                                             e (2014)",
      "Objective 5: To increase the participation of women in peace processes.",
      "Electoral needs assessments",
      "                               Women in mediation support teams                35%         60%",
      "completed on request.",
      "Pledges to the multi-year",
      "                                  Dialogue processes with expert support        5          20",
      "appeal received on time.",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual(["To increase the participation of women in peace processes."]);
    expect(out[0]!.measures).toEqual(["Women in mediation support teams", "Dialogue processes with expert support"]);
    expect(out[0]!.baselines).toEqual(["35%", "5"]);
    expect(out[0]!.targets).toEqual(["60%", "20"]);
  });
});

describe("a glued line under an objective heading with the marked column's next items far below", () => {
  it("is a row of cells, not prose ending the table", () => {
    // The table's first body line holds a Symbol-font bullet glued by one space to the
    // accomplishment ("… completed. \uF0B7 26 per cent …"); the column of such bullets opens again
    // only two and seven lines down, past the six lines looked at for a column's edge.
    const text = [
      "         EXPECTED RESULTS                        PERFORMANCE INDICATORS",
      "Objective 8: To complete performance evaluations for all staff on time.",
      "• Performance evaluations completed. \uF0B7 26 per cent of staff completing mandatory",
      "• Oversight recommendations                courses.",
      "   implemented on time.                \uF0B7 Performance evaluations completed for 28 per",
      "• Mandatory training completed by          cent of staff.",
      "   staff.",
      "Objective 9: To implement the recommendations of oversight bodies within their",
      "deadlines.",
      "• Oversight recommendations           \uF0B7 Performance evaluations completed for 54 per",
      "   implemented on time.                   cent of staff.",
      "                                      \uF0B7 36 per cent of oversight recommendations",
      "                                          implemented by the due date.",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To complete performance evaluations for all staff on time.",
      "To implement the recommendations of oversight bodies within their deadlines.",
    ]);
    expect(out[0]!.accomplishments).toEqual(["Performance evaluations completed.", "Oversight recommendations implemented on time.", "Mandatory training completed by staff."]);
    expect(out[0]!.measures).toEqual(["26 per cent of staff completing mandatory courses.", "Performance evaluations completed for 28 per cent of staff."]);
  });
});
