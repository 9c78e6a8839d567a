/**
 * pdftotext -layout text of LibreOffice's prints of Word tables (test/corpus12 dev12 d12-004;
 * session 21, h-txt): unmarked two-line accomplishments stacked in sub-rows beside their measures.
 * The line above a capital is itself a wrapped line ("tion plans against incitement") and would not
 * have taken the word, so neither the line-fill nor the wrap tells the items apart; the capital
 * does when the document prints the word in lower case elsewhere ("country teams"): a common word
 * opening a sentence (commonWordAfterWrap). A word the document only ever capitalises ("host" /
 * "Governments and") may be a title at a wrap and still goes on.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const table = (second: string, secondWrap: string, more: readonly string[] = []) => [
  "    Objectives                                 Outcomes                               Key Performance Indicators                 Target",
  "    To alert the Secretary-General             Religious leaders engaged in ac-        National officials trained in atrocity   232",
  "    and the Council to situations at           tion plans against incitement              prevention",
  `    risk of atrocity crimes in field           ${second.padEnd(40)}Risk assessments transmitted to          24`,
  `    missions                                   ${secondWrap.padEnd(40)}   the Secretary-General`,
  "                                               National focal points trained in        Country teams briefed on the             47%",
  "                                               the framework of analysis                  framework of analysis",
  ...more,
];

describe("a capital under a wrapped line beside a new measure", () => {
  it("opens an item when the document prints the word in lower case elsewhere (d12-004)", () => {
    const text = ["The Office briefed 54% of country teams on the framework of analysis.", "", ...table("Country teams applying the", "framework of analysis")].join("\n");
    const out = textRowsWithValues(text);
    expect(out.map((o) => [o.objective, o.accomplishments, o.measures, o.targets])).toEqual([
      [
        "To alert the Secretary-General and the Council to situations at risk of atrocity crimes in field missions",
        ["Religious leaders engaged in action plans against incitement", "Country teams applying the framework of analysis", "National focal points trained in the framework of analysis"],
        ["National officials trained in atrocity prevention", "Risk assessments transmitted to the Secretary-General", "Country teams briefed on the framework of analysis"],
        ["232", "24", "47%"],
      ],
    ]);
  });

  // The table shows an accomplishment running on in lower case beside a later measure's opening
  // ("and early warning" beside "Early-warning reports issued   12"), so its accomplishments span
  // measures and are not paired one to one (tables/index.ts accomplishmentOpensWithMeasure, session 32).
  // Without that line the grid cannot tell this table from corpus11 d11-004's, where each
  // accomplishment opens with its own measure and the capital beside the opening is a new item.
  const spanning = ["                                               and early warning                       Early-warning reports issued             12"];
  it("goes on when the document only ever capitalises the word (a title at a wrap)", () => {
    const text = ["The Office briefed 54% of country teams on the framework of analysis.", "", ...table("Governments and", "country teams", spanning)].join("\n");
    const out = textRowsWithValues(text);
    expect(out[0]?.accomplishments).toEqual([
      "Religious leaders engaged in action plans against incitement Governments and country teams",
      "National focal points trained in the framework of analysis and early warning",
    ]);
    expect(out[0]?.measures.at(-1)).toBe("Early-warning reports issued");
  });
});
