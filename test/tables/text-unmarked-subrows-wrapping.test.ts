/**
 * pdftotext -layout text of a top-aligned row-span table whose one-item accomplishments are
 * unmarked and wrap (test/corpus9 dev9b d9b-009, session 16, h-t9c): the line-fill cannot tell a
 * cell's end ("ministries of finance" + "Adaptation" falls between the column's widest line and
 * its narrowest wrap), the sentence case beside a new marked measure does. Fails without the rule.
 */
import { describe, expect, it } from "vitest";
import { textRows as rows } from "../support/table-rows.js";

describe("plain text: a sentence-case line beside a new marked measure in a column whose cells wrap", () => {
  const text = [
    "          Objectives                        Outcomes                         Indicators",
    "                                                                          of Achievement",
    "To expand early warning         Platform outcomes reflected in   ▪ Loss data reported by 53",
    "coverage for hazard-prone       regional commitments               countries",
    "communities",
    "                                Investment guidelines used by    ▪ 25 regional platform",
    "                                ministries of finance              commitments tracked",
    "                                Adaptation plans that address    ▪ Early warning coverage increased",
    "                                disaster risk                      to 95% of the population at risk",
    "To improve the measurement      Safety assessments of schools    ▪ 25 adaptation plans reviewed for",
    "of disaster losses              and hospitals completed            disaster risk",
    "                                Platform outcomes reflected in   ▪ 57 schools and hospitals",
    "                                regional commitments               assessed for safety",
  ].join("\n");

  it("opens an accomplishment there after a line that ends its own sentence", () => {
    expect(rows(text).map((r) => r.accomplishments)).toEqual([
      ["Platform outcomes reflected in regional commitments", "Investment guidelines used by ministries of finance", "Adaptation plans that address disaster risk"],
      ["Safety assessments of schools and hospitals completed", "Platform outcomes reflected in regional commitments"],
    ]);
  });

  it("keeps a wrapped line that opens with a name in capitals in its cell", () => {
    // "Peacebuilding Commission" runs in capitals: no sentence case, so the line goes on with the
    // cell (its first word would not have fitted after "ministries of finance" either).
    const named = text.replace("                                Adaptation plans that address    ▪", "                                Peacebuilding Commission advice  ▪");
    expect(rows(named)[0]!.accomplishments).toEqual(["Platform outcomes reflected in regional commitments", "Investment guidelines used by ministries of finance Peacebuilding Commission advice disaster risk"]);
  });
});
