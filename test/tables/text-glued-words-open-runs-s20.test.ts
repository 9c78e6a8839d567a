/**
 * pdftotext -layout text of LibreOffice's prints (test/corpus8 dev8e; session 20, h-d8e): a row's
 * first line whose cells pdftotext glued by single spaces, under an objective heading, told by the
 * row's wrapped lines right under it, whose runs open exactly where words of the glued line start
 * (wordsOpenRunsBelow). Read as prose it ended the table (d8e-001: the table's two objectives lost);
 * read as the heading's last line it took the row's first cells into the objective (d8e-004).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

describe("a glued first row line whose words open where the runs of its wrapped lines open", () => {
  it("is a row of cells, not prose that ends the table (d8e-001)", () => {
    const text = [
      "                                            Table 5. Objectives, expected accomplishments and performance measures",
      "                                                             Risks                                       Key",
      "                  Outcomes                                    and                                   Performance",
      "                                                          Mitigations                                 Indicators",
      "Objective: To implement accepted oversight recommendations in a timely manner.",
      "– Vacancies filled within the Organization's • Liquidity constraints; spending - 33 appointments of nationals of unrepresented Member",
      "   target                                      plans reviewed quarterly          States",
      "Objective: To ensure full compliance with mandatory training.",
      "– Staff drawn from a wider range of Member • Competing operational priorities;",
      "   States                                    reminders from senior management -       Risk registers updated in 27 divisions",
      "– Travel planned ahead of time             • Liquidity constraints; spending   -      Budget implementation rate of 86 per cent",
      "– Managers modelling ethical leadership      plans reviewed quarterly",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => [o.objective, o.accomplishments, o.measures, o.extra?.["risksAndMitigations"]])).toEqual([
      [
        "To implement accepted oversight recommendations in a timely manner.",
        ["Vacancies filled within the Organization's target"],
        ["33 appointments of nationals of unrepresented Member States"],
        ["Liquidity constraints; spending plans reviewed quarterly"],
      ],
      [
        "To ensure full compliance with mandatory training.",
        ["Staff drawn from a wider range of Member States", "Travel planned ahead of time", "Managers modelling ethical leadership"],
        ["Risk registers updated in 27 divisions", "Budget implementation rate of 86 per cent"],
        ["Competing operational priorities; reminders from senior management", "Liquidity constraints; spending plans reviewed quarterly"],
      ],
    ]);
  });

  it("is the row's first line, not the objective heading's last (d8e-004)", () => {
    const text = [
      "                                   Performance measures",
      "     Expected",
      "                                                    Baseline Target",
      "  accomplishment                Indicator",
      "                                                     2015     2016",
      "Objective 8: To advance the digital transformation of business",
      "processes",
      "Construction projects Critical vulnerabilities open    10       1",
      "completed within      beyond 30 days",
      "budget.               Processes supported by           20      28",
      "                      digital workflows",
      "",
      "Objective 9: To ensure the sound management of the capital",
      "master plan and premises",
      "Construction projects Average days to deliver a 28 days 20 days",
      "completed within      legal opinion",
      "budget.               Documents issued on time   89%      92%",
      "                      (percentage)",
    ].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => [o.objective, o.accomplishments, o.measures, o.baselines, o.targets])).toEqual([
      ["To advance the digital transformation of business processes", ["Construction projects completed within budget."], ["Critical vulnerabilities open beyond 30 days", "Processes supported by digital workflows"], ["10", "20"], ["1", "28"]],
      ["To ensure the sound management of the capital master plan and premises", ["Construction projects completed within budget."], ["Average days to deliver a legal opinion", "Documents issued on time (percentage)"], ["28 days", "89%"], ["20 days", "92%"]],
    ]);
  });
});
