/**
 * corpus13 (pdflatex prints through `pdftotext -layout`): session 21, h-c13c. Texts cut from
 * dev13's pages, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

describe("two lower-case header labels glued in a wrapped header (pdftotext's grid)", () => {
  it("reads 'Expected' / 'accomplishmentperformance' / 'indicator' as two columns (d13-001)", () => {
    // A narrow six-column table: the accomplishment label's second line ends against the measure
    // column's edge and pdftotext leaves no space. Read as one piece, the run joined the two
    // header cells, no header was found, and the table's rows went to the table above.
    const text = [
      "Objective         Expected       Key                     Baseline Target        Remarks",
      "                  accomplishmentperformance",
      "                                 indicator",
      "To explain the    Claims of      Contributing            88           97        Subject to",
      "financial         contributing   countries’ claims                              the liquidity",
      "implications of   countries      certified within 90                            of the",
      "draft             settled from   days (percentage)                              peacekeeping",
      "resolutions       available cash                                                accounts",
      "clearly and on",
      "time across the",
      "Secretariat",
      "To explain the    Member States    Contributing          73           80        Measured at",
      "financial         informed of      countries’ claims                            the close of",
      "implications of   arrears and      certified within 90                          the financial",
      "draft             unpaid           days (percentage)                            period",
      "resolutions       assessments",
      "clearly and on    each month",
      "time in field",
      "missions",
    ].join("\n");
    const rows = textRowsWithValues(text);
    expect(rows.map((r) => r.objective)).toEqual([
      "To explain the financial implications of draft resolutions clearly and on time across the Secretariat",
      "To explain the financial implications of draft resolutions clearly and on time in field missions",
    ]);
    expect(rows[0]!.accomplishments).toEqual(["Claims of contributing countries settled from available cash"]);
    expect(rows[1]!.accomplishments).toEqual(["Member States informed of arrears and unpaid assessments each month"]);
    expect(rows[1]!.measures).toEqual(["Contributing countries’ claims certified within 90 days (percentage)"]);
    expect(rows.map((r) => [r.baselines, r.targets])).toEqual([[["88"], ["97"]], [["73"], ["80"]]]);
  });

  it("parts two Title-case labels glued at the second's capital: 'AccomplishmentsIndicators' (d13-007)", () => {
    const text = [
      "Objectives          Expected       Key Performance             Baseline Target   Remarks",
      "                    AccomplishmentsIndicators",
      "To explain the      Allotments          Audit                  89%     93%       New indicator",
      "financial           issued on the       recommendations on                       in this period",
      "implications of     first working day   financial statements",
      "draft resolutions   of the budget       implemented within",
      "clearly and on      period              one year",
      "time in field",
      "missions",
    ].join("\n");
    const rows = textRowsWithValues(text);
    expect(rows.map((r) => r.objective)).toEqual(["To explain the financial implications of draft resolutions clearly and on time in field missions"]);
    expect(rows[0]!.accomplishments).toEqual(["Allotments issued on the first working day of the budget period"]);
    expect(rows[0]!.measures).toEqual(["Audit recommendations on financial statements implemented within one year"]);
    expect([rows[0]!.baselines, rows[0]!.targets]).toEqual([["89%"], ["93%"]]);
  });
});
