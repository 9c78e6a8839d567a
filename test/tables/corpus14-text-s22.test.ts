/**
 * pdftotext -layout text of LibreOffice Calc's print of a spreadsheet compact (test/corpus14 dev14
 * `txt`; session 22, h-txt14). Calc sets each item of a cell on a line of its own in a column far
 * wider than its text, with no marker and no full stop; in the last column nothing tells an item's
 * end from a wrap but the table as a whole: no line of the column opens in lower case.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { hyphenLexicon, joinWrapped } from "../../src/tables/text.js";

const head = "Objectives                                                  Outcomes                                              Indicators of achievement";
const row = (objective: string, outcome: string, indicator: string) => `${objective.padEnd(60)}${outcome.padEnd(54)}${indicator}`.trimEnd();

const calcTable = (lastFirst: string, lastSecond: string) => [
  "Table 1",
  head,
  row("To report to the Security Council on the activities", "- Comprehensive reports submitted on time", "Days to acknowledge a delisting request: 12"),
  row("of the Office twice a year", "", "Cases completed during the year: 4"),
  "",
  row("To give listed individuals and entities a fair and", "- Confidentiality arrangements concluded", "86% of comprehensive reports submitted on time"),
  row("clear procedure to request delisting", "- Delisting requests acknowledged promptly", "Confidentiality arrangements in force: 18"),
  "",
  row("To present comprehensive reports to the Sanctions", "- States responding to requests", lastFirst),
  row("Committee on every delisting request", "", lastSecond),
  row("", "", "81% of petitioners informed of the reasons for the decision"),
];

describe("a column whose cells never wrap (Calc's print, unmarked items one per line)", () => {
  it("reads each line as an item when no line of the column opens in lower case (d14-011)", () => {
    const out = textRows(calcTable("Outreach briefings for counsel and civil society: 7", "Confidentiality arrangements in force: 16").join("\n"));
    expect(out.map((o) => o.measures)).toEqual([
      ["Days to acknowledge a delisting request: 12", "Cases completed during the year: 4"],
      ["86% of comprehensive reports submitted on time", "Confidentiality arrangements in force: 18"],
      ["Outreach briefings for counsel and civil society: 7", "Confidentiality arrangements in force: 16", "81% of petitioners informed of the reasons for the decision"],
    ]);
  });

  it("keeps wrapped lines together when a line of the column opens in lower case (the column wraps)", () => {
    const out = textRows(calcTable("Outreach briefings for counsel and civil society", "in every region: 7").join("\n"));
    // Session 24: a line ending on a figure, under which a sentence opens, ends its item (the words at
    // the break, gridSentenceCue). Session 32: so does a share's line under which a line closes on a
    // labelled figure (`figureStatedTwice`: a measure states its figure once).
    expect(out[0]?.measures).toEqual(["Days to acknowledge a delisting request: 12", "Cases completed during the year: 4"]);
    expect(out[1]?.measures).toEqual(["86% of comprehensive reports submitted on time", "Confidentiality arrangements in force: 18"]);
  });

  it("keeps a name cut by the wrap together, and a column of sentences to its full stops", () => {
    const named = calcTable("Appointments of nationals of unrepresented Member", "States made during the year: 7").join("\n");
    expect(textRows(named)[2]?.measures).toEqual(["Appointments of nationals of unrepresented Member States made during the year: 7", "81% of petitioners informed of the reasons for the decision"]);
  });
});

describe("a bare table number at the left edge over the next header (Calc's caption row)", () => {
  const two = (caption: string) =>
    [
      "Table 1",
      "OBJECTIVE                             OUTCOME                                   INDICATOR OF ACHIEVEMENT",
      "To support host Governments in        Land released for productive use after    Joint rule-of-law programmes with country",
      "rebuilding justice institutions       clearance of explosive hazards            teams: 13",
      "",
      "To strengthen national police         Prisons operating under minimum           Former combatants enrolled in",
      "services in countries in transition   standards of detention                    reintegration: 7",
      "",
      "",
      "                                                                                                            1",
      "\f" + caption,
      "OBJECTIVE                             OUTCOME                                   INDICATOR OF ACHIEVEMENT",
      "To help national authorities reform   Security sector reform strategies adopted Days from request to deployment of the",
      "their security sector                 by host Governments                       standing police capacity: 20",
    ].join("\n");

  it.each(["Table 2", "Table 2 (continued)"])("is the next table's caption, not the last objective's words (%s, d14-015)", (caption) => {
    const out = textRows(two(caption));
    expect(out.map((o) => o.objective)).toEqual([
      "To support host Governments in rebuilding justice institutions",
      "To strengthen national police services in countries in transition",
      "To help national authorities reform their security sector",
    ]);
  });
});

describe("a line-end hyphen after a stem the document hyphens before another form of the word", () => {
  it("is kept: co- / finance beside co-financing (d14-006)", () => {
    const lexicon = hyphenLexicon("New foundation partners co-financing approved projects\nTo widen the circle of foundations that co-\nfinance United Nations projects");
    expect(joinWrapped("foundations that co-", "finance United Nations projects", lexicon)).toBe("foundations that co-finance United Nations projects");
  });
  it("is dropped when the document never hyphens the stem so (a word broken by the line)", () => {
    const lexicon = hyphenLexicon("New foundation partners co-financing approved projects\nthe commu-\nnication plan");
    expect(joinWrapped("the commu-", "nication plan", lexicon)).toBe("the communication plan");
  });
});
