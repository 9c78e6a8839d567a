/**
 * pdftotext -layout text of justified cells (session 30, h-glued; corpus20 d20-010 typst.txt):
 * pdftotext moves each cell's line on its own, so a justified measure line's last word, set apart
 * by its stretched gap, is glued by one space to the Baseline beside it ("System-wide        strategies
 * 2 (2015)", "Member organizations         re­ 73%"), and a justified bound prints its words as runs
 * apart ("At  least" / "88%"). `proseRunBeforeValue` gives the words in lower case before the figure
 * back to the measure; `boundHeadRun` keeps "At" and "least" one Target cell. The first case fails
 * without `boundHeadRun`, the second without `proseRunBeforeValue`.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const head = [
  "A. ACHIEVING OBJECTIVES AND HIGH-QUALITY RESULTS",
  "1. I will give special attention to delivering the following results in 2018.",
  "Expected result                Indicator of achievement         Baseline        Target",
];

describe("a justified measure line glued by one space to its Baseline", () => {
  it("keeps the measure's words and the bound's runs in their cells", () => {
    const text = [
      ...head,
      "Objective: To publish system-wide financial and human resources statistics",
      "▪ Reports transmitted to       Average time to issue the 28 days                22 days",
      "  the Economic and Social      conclusions of a session",
      "  Council                      Sessions serviced                8 (2011)        At least 10",
      "                        Member organizations re- 66%                            At  least",
      "▪ Common system strate\u00ad",
      "                        porting statistics                                      88%",
      "  gies adopted by the",
      "                        System-wide        strategies 2 (2015)                  At least 4",
      "  Board",
      "                        adopted",
    ].join("\n");
    const [row] = textRowsWithValues(text);
    expect(row?.measures).toEqual(["Average time to issue the conclusions of a session", "Sessions serviced", "Member organizations reporting statistics", "System-wide strategies adopted"]);
    expect(row?.baselines).toEqual(["28 days", "8 (2011)", "66%", "2 (2015)"]);
    expect(row?.targets).toEqual(["22 days", "At least 10", "At least 88%", "At least 4"]);
  });

  it("gives the words before the figure back to the measure when the run stands in the Baseline", () => {
    const text = [
      ...head,
      "Objective: To support the Board in coordinating the policies of the United",
      "Nations system in the current period",
      "▪ Sessions of the Board System-wide                 strategies 3 (2019)         At least 4",
      "  and its high-level com\u00ad adopted",
      "  mittees serviced",
    ].join("\n");
    const [row] = textRowsWithValues(text);
    expect(row?.measures).toEqual(["System-wide strategies adopted"]);
    expect(row?.baselines).toEqual(["3 (2019)"]);
    expect(row?.targets).toEqual(["At least 4"]);
  });
});
