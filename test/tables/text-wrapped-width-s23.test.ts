/**
 * pdftotext -layout text (session 23, h-txt15): a column of short unmarked items with one wrapped
 * line. The column's full-line width (a percentile of its lines' ends) falls short of where its
 * wrapped line ends, so an item a word or two shorter than that line read as a wrap. The wrapped
 * line ("… information-gathering" / "period") proves the column at least that wide, from its own
 * left (pdftotext may shift a row's cells a character or two).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const head = "No.   Objective                                           Expected accomplishment                             Key performance indicator";
const row = (no: string, objective: string, acc: string, measure = "", shift = 0) => `${no.padEnd(6)}${objective.padEnd(52)}${acc.padEnd(52 + shift)}${measure}`.trimEnd();

const table = (wrapped: string, rest: string) =>
  [
    "Table 1",
    head,
    row("1.", "To complete the information-gathering period of", "(a) Comprehensive reports submitted to the", "Days to acknowledge a delisting request: 6"),
    row("", "each case within the time set by the Council", "Committee on time", "91% of comprehensive reports submitted on time"),
    row("", "", "(b) States responding to requests for information"),
    row("", "", "within the deadline"),
    "",
    row("2.", "To give listed individuals and entities a fair", "(a) States responding to requests for information", "Days to acknowledge a delisting request: 15", 1),
    row("", "and clear procedure to request delisting", "within the deadline", wrapped, 1),
    row("", "", "", rest, 1),
    row("", "", "", "Cases completed during the year: 4", 1),
    "",
    row("3.", "To give listed individuals and entities a fair", "(a) Petitioners informed of the outcome", "Confidentiality arrangements in force: 17"),
    row("", "and clear procedure in Africa", "(b) Delisting requests acknowledged", "Cases completed during the year: 11"),
  ].join("\n");

describe("a column of short items whose one wrapped line shows its width", () => {
  it("parts an item whose next line's first word would have fitted within the wrapped line (d14-004)", () => {
    const out = textRows(table("48% of States responding within the information-gathering", "period"));
    expect(out.map((o) => o.measures)).toEqual([
      ["Days to acknowledge a delisting request: 6", "91% of comprehensive reports submitted on time"],
      ["Days to acknowledge a delisting request: 15", "48% of States responding within the information-gathering period", "Cases completed during the year: 4"],
      ["Confidentiality arrangements in force: 17", "Cases completed during the year: 11"],
    ]);
  });

  it("leaves the items to the words at the break when no line wraps wide enough to show the room (the line-fill cannot tell)", () => {
    const out = textRows(table("48% of States responding within the", "information-gathering period"));
    // Session 24 (gridSentenceCue): a share opening under a line ending on a figure ends the item above.
    expect(out[0]?.measures).toEqual(["Days to acknowledge a delisting request: 6", "91% of comprehensive reports submitted on time"]);
  });
});

describe("a numbered table read on from an unnumbered one of the same columns", () => {
  const doc = (numbers: readonly string[]) =>
    [
      "Objective                                     Expected accomplishment                            Key performance indicator",
      "To support host Governments in rebuilding     Security sector reform strategies adopted          Joint rule-of-law programmes with country",
      "justice institutions in Africa                by host Governments                                teams: 11",
      "",
      "To help national authorities reform their     Prisons operating under minimum standards          Days from request to deployment of the",
      "security sector in countries in transition    of detention                                       standing police capacity: 20",
      "",
      "",
      "No.          Objectives                                     Expected accomplishments                    Key performance indicators",
      `${numbers[0]!.padEnd(13)}To integrate gender expertise into police        Land released for productive use after      Prisons meeting minimum detention`,
      "             and corrections components in transition         clearance of explosive hazards              standards: 26",
      "",
      `${numbers[1]!.padEnd(13)}To advance disarmament, demobilization           Former combatants enrolled in               Former combatants enrolled in`,
      "             and reintegration across the system              community-based reintegration programmes    reintegration: 6,848",
    ].join("\n");

  it("drops the bare numbers 1, 2 … that run to the table's end (d14-007)", () => {
    expect(textRows(doc(["1", "2"])).map((o) => o.objective)).toEqual([
      "To support host Governments in rebuilding justice institutions in Africa",
      "To help national authorities reform their security sector in countries in transition",
      "To integrate gender expertise into police and corrections components in transition",
      "To advance disarmament, demobilization and reintegration across the system",
    ]);
  });

  it("keeps numbers that do not run from 1 (text, not a numbering column)", () => {
    expect(textRows(doc(["3", "4"])).map((o) => o.objective).slice(2)).toEqual([
      "3 To integrate gender expertise into police and corrections components in transition",
      "4 To advance disarmament, demobilization and reintegration across the system",
    ]);
  });
});

describe("sub-rows of a row-spanned objective, the last right above the next objective (Calc's print)", () => {
  const lines = [
    "Objectives                                                        Indicators of achievement                                     Baseline   Target",
    "To complete the performance appraisals of all staff on time      Share of oversight recommendations implemented                57         100%",
    "in Africa",
    "To fill vacant posts within the timeline of the staff selection   Share of the allotment spent by year end                      98%        100 per cent",
    "system through regional partners",
    "",
    "",
    "                                                                  Share of tickets purchased 16 days before travel              60%        72 per cent",
    "",
    "",
    "                                                                  Days from vacancy announcement to selection                   172        171",
    "To reach gender parity among professional staff of the            Share of the allotment spent by year end                      86%        89%",
    "Office in countries in transition",
    "",
    "",
    "                                                                  Share of women among professional staff                       47%        48%",
  ];
  it("stay with the objective above: the objective opens a sub-row of its own beside it (d14-004)", () => {
    const out = textRows(["B. Managerial objectives", ...lines].join("\n"));
    expect(out.map((o) => [o.objective, o.measures])).toEqual([
      ["To complete the performance appraisals of all staff on time in Africa", ["Share of oversight recommendations implemented"]],
      ["To fill vacant posts within the timeline of the staff selection system through regional partners", ["Share of the allotment spent by year end", "Share of tickets purchased 16 days before travel", "Days from vacancy announcement to selection"]],
      ["To reach gender parity among professional staff of the Office in countries in transition", ["Share of the allotment spent by year end", "Share of women among professional staff"]],
    ]);
  });
});
