/**
 * pdftotext -layout text: one-line items of an unmarked column read as one (session 32, h-mu).
 * - `unwrappedPerWording`: whether a column never wraps is asked of each header wording's lines
 *   apart — a table printed under another header (a numbered "NO. / OBJECTIVE / …" table whose
 *   narrower measure column wraps) says nothing of the spreadsheet pages above it (corpus14 d14-014).
 * - `figureStatedTwice`: a line opening with a share, then a line closing on a labelled figure, are
 *   two measures, even where a name guard would hold the capital back (corpus14 d14-016).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const calcHead = "Objectives                                                  Outcomes                                              Indicators of achievement";
const calcRow = (objective: string, outcome: string, indicator: string) => `${objective.padEnd(60)}${outcome.padEnd(54)}${indicator}`.trimEnd();
const calcTable = [
  "Table 1",
  calcHead,
  calcRow("To report to the Security Council on the activities", "- Comprehensive reports submitted on time", "Outreach briefings for counsel and civil society in every region"),
  calcRow("of the Office twice a year", "", "Cases completed during the year: 4"),
  "",
  calcRow("To give listed individuals and entities a fair and", "- Confidentiality arrangements concluded", "Arrangements in force with the States of residence: 18"),
  calcRow("clear procedure to request delisting", "- Delisting requests acknowledged promptly", "Briefings held for counsel and civil society: 3"),
  "",
  calcRow("To present comprehensive reports to the Sanctions", "- States responding to requests", "Briefings held for counsel and civil society: 7"),
  calcRow("Committee on every delisting request", "", "Arrangements in force with the States of residence: 16"),
  calcRow("", "", "Outreach briefings for counsel and civil society in every region"),
];

const numberedHead = "NO.   OBJECTIVE                                       OUTCOME                                       PERFORMANCE MEASURE";
const numberedRow = (no: string, objective: string, outcome: string, measure: string) => `${no.padEnd(6)}${objective.padEnd(48)}${outcome.padEnd(46)}${measure}`.trimEnd();
const numberedTable = [
  "",
  "",
  numberedHead,
  numberedRow("(1)", "To protect the confidentiality of information", "a) Comprehensive reports submitted to the", "Share of petitioners informed of the reasons for the"),
  numberedRow("", "provided by States in Latin America and the", "Committee on time", "decision (percentage)"),
  numberedRow("", "Caribbean", "b) States responding to requests for", ""),
  numberedRow("", "", "information within the deadline", ""),
];

describe("a column that never wraps, asked per header wording (unwrappedPerWording)", () => {
  it("reads each line of the spreadsheet's indicators as an item, though a later table's measures wrap", () => {
    const out = textRows([...calcTable, ...numberedTable].join("\n"));
    expect(out[0]?.measures).toEqual(["Outreach briefings for counsel and civil society in every region", "Cases completed during the year: 4"]);
    expect(out[2]?.measures).toEqual([
      "Briefings held for counsel and civil society: 7",
      "Arrangements in force with the States of residence: 16",
      "Outreach briefings for counsel and civil society in every region",
    ]);
    expect(out[3]?.measures).toEqual(["Share of petitioners informed of the reasons for the decision (percentage)"]);
  });
});

describe("a measure states its figure once (figureStatedTwice)", () => {
  const head = "OBJECTIVES                                    OUTCOMES                                         INDICATORS OF ACHIEVEMENT";
  const row = (objective: string, outcome: string, indicator: string) => `${objective.padEnd(46)}${outcome.padEnd(49)}${indicator}`.trimEnd();
  const table = (second: string) =>
    [
      head,
      row("To give listed individuals and entities a fair", "a) Petitioners informed of the outcome with", "72% of comprehensive reports submitted on time"),
      row("and clear procedure to request delisting", "reasons", second),
      row("", "b) States responding to requests for", "88% of petitioners informed of the reasons for the"),
      row("", "information within the deadline", "decision"),
      "",
      "",
      // Session 53 (h-items53, `nameRunsOnFrom`): the name guard holds where the document prints the
      // line's last word before the capital ("on time Days"), so "Days" here may run on after "time".
      row("To report to the Security Council on the", "a) Biannual reports issued to the Council", "Outreach briefings on time Days of counsel: 12"),
      row("activities of the Office twice a year", "", ""),
    ].join("\n");

  it("parts a share's line from a line closing on a labelled figure under it", () => {
    expect(textRows(table("Days to acknowledge a delisting request: 6"))[0]?.measures).toEqual([
      "72% of comprehensive reports submitted on time",
      "Days to acknowledge a delisting request: 6",
      "88% of petitioners informed of the reasons for the decision",
    ]);
  });

  it("keeps a wrapped line that states no figure of its own with the share above", () => {
    expect(textRows(table("Days of the reporting period"))[0]?.measures).toEqual([
      "72% of comprehensive reports submitted on time Days of the reporting period",
      "88% of petitioners informed of the reasons for the decision",
    ]);
  });
});
