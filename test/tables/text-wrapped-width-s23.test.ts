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

  it("keeps the items joined when no line wraps wide enough to show the room (the line-fill cannot tell)", () => {
    const out = textRows(table("48% of States responding within the", "information-gathering period"));
    expect(out[0]?.measures).toEqual(["Days to acknowledge a delisting request: 6 91% of comprehensive reports submitted on time"]);
  });
});
