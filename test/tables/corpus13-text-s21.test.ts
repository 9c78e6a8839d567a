/**
 * corpus13 (pdflatex prints through `pdftotext -layout`): session 21, h-c13c. Texts cut from
 * dev13's pages, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

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

describe("one-line measures under a spanning objective (shared Target cells)", () => {
  const shared = [
    "",
    "Expected result                                       Key performance indicator                                           Target",
    "Objective 1: To provide the travel, mail and transport services that delegates and staff rely on across the Secretariat",
    "Tickets issued at the lowest available fare        Facilities work orders closed within five working days        98%",
    "                                                   Vendors registered from developing countries                  1,892",
    "Objective 3: To keep the Headquarters campus safe, functional and accessible in the regions",
    "Contracts awarded within the planned procurement Reduction in electricity use against the 2010 baseline                   21%",
    "lead time",
    "                                                 Linear metres of mission records accessioned",
    "Tickets issued at the lowest available fare      Tickets purchased at least 16 days before travel                         71%",
    "                                                 Solicitations completed within the planned lead time",
    "                                                 Facilities work orders closed within five working days                   85%",
  ].join("\n");

  it("ends a one-line measure that the next line's first word would have fitted after, well short of the block's own Target edge (d13-002)", () => {
    // pdftotext sets the stretch under each spanning row on a grid of its own: the Target column
    // opens at 122 here, at 113 above; the page's common edge would leave no room to tell.
    const rows = textRowsWithValues(shared);
    expect(rows[1]!.measures).toEqual([
      "Reduction in electricity use against the 2010 baseline",
      "Linear metres of mission records accessioned",
      "Tickets purchased at least 16 days before travel",
      "Solicitations completed within the planned lead time",
      "Facilities work orders closed within five working days",
    ]);
    expect(rows[1]!.accomplishments).toEqual(["Contracts awarded within the planned procurement lead time", "Tickets issued at the lowest available fare"]);
  });

  it("keeps a wrapped measure whole beside the Target edge", () => {
    // Guard: a measure that wraps (its next line in lower case) shows the column's width.
    const text = [
      "",
      "Expected result                                       Key performance indicator                                           Target",
      "Objective 1: To provide the travel, mail and transport services that delegates and staff rely on across the Secretariat",
      "Tickets issued at the lowest available fare        Facilities work orders closed within five working                98%",
      "                                                   days at Headquarters and in the offices away",
      "                                                   Vendors registered from developing countries                  1,892",
    ].join("\n");
    expect(textRowsWithValues(text)[0]!.measures).toEqual(["Facilities work orders closed within five working days at Headquarters and in the offices away", "Vendors registered from developing countries"]);
  });
});

describe("a measure cell that stops beside a running accomplishment (pdftotext's grid)", () => {
  it("ends the measure where the accomplishment goes on alone on the next grid line (d13-003)", () => {
    const text = [
      "",
      "Expected result                      Performance measure                        Target",
      "Objective 1: To keep the protection of children from violence high on the global agenda",
      "National data on violence against    Regional organizations with a plan on     6",
      "children published with              violence against children (number)",
      "disaggregation by age and sex",
      "                                     Children consulted in the preparation of",
      "                                     the annual report (number)",
      "                                     Voluntary national reviews that address   73",
      "                                     violence against children (percentage)",
    ].join("\n");
    const rows = textRowsWithValues(text);
    expect(rows[0]!.measures).toEqual([
      "Regional organizations with a plan on violence against children (number)",
      "Children consulted in the preparation of the annual report (number)",
      "Voluntary national reviews that address violence against children (percentage)",
    ]);
  });
});

describe("a last label glued to a value label on the text grid", () => {
  it("reads 'BASELINETARGET REMARKS' as three columns where the body shows a cell more (d13-015)", () => {
    const text = [
      "     OBJECTIVE             EXPECTED              INDICATOR OF                BASELINETARGET REMARKS",
      "                           RESULT                ACHIEVEMENT",
      "     To help Member        Regional              Regional organizations      3       5           Subject to",
      "     States adopt          commitments           with a plan on                                  extrabudgetary",
      "     national              adopted on the        violence against                                funding",
      "     strategies that       prohibition of        children (number)",
      "     prohibit all forms    corporal",
      "     of violence           punishment",
      "     against children",
      "                                                 Child-friendly versions     11      12          Subject to",
      "                                                 of reports issued                               extrabudgetary",
      "                                                 (number)                                        funding",
    ].join("\n");
    const rows = textRowsWithValues(text);
    expect(rows.map((r) => r.objective)).toEqual(["To help Member States adopt national strategies that prohibit all forms of violence against children"]);
    expect(rows[0]!.measures).toEqual(["Regional organizations with a plan on violence against children (number)", "Child-friendly versions of reports issued (number)"]);
    expect([rows[0]!.baselines, rows[0]!.targets]).toEqual([["3", "11"], ["5", "12"]]);
    expect(rows[0]!.extra.remarks).toEqual(["Subject to extrabudgetary funding", "Subject to extrabudgetary funding"]);
  });

  it("keeps a qualifier of the Target label where the body has no cell more ('TARGET 2013' is one column)", () => {
    const text = [
      "     OBJECTIVE             EXPECTED              INDICATOR OF                BASELINE TARGET Final",
      "                           RESULT                ACHIEVEMENT",
      "     To help Member        Regional              Regional organizations      3        5",
      "     States adopt          commitments           with a plan on",
      "     national              adopted on the        violence against",
      "     strategies            prohibition           children (number)",
    ].join("\n");
    const rows = textRowsWithValues(text);
    expect([rows[0]!.baselines, rows[0]!.targets]).toEqual([["3"], ["5"]]);
    expect(Object.keys(rows[0]!.extra).filter((k) => k !== "baseline" && k !== "target")).toEqual([]);
  });
});

describe("a spanning objective row over a first sub-row the grid glued into one run", () => {
  it("reads the glued line as the row's cells when it ends on the row's value (d13-005)", () => {
    // "Missions" starts where the line below opens its measure ("(number)"): one cue only, which
    // could be chance; the lone figure ending the run near the Target column is the second.
    const text = [
      "I will give special attention to delivering the following results in 2017.",
      "   Outcomes                                   Performance measures                         Target",
      "   Objective 1: To place the rights and dignity of victims of sexual exploitation and abuse at",
      "   the centre of the response with partner entities",
      "   Victims referred to assistance within Missions with a senior victims’ rights officer 3",
      "   the agreed time                       (number)",
      "   Objective 2: To place the rights and dignity of victims of sexual exploitation and abuse at",
      "   the centre of the response in field missions",
      "   A common protocol on assistance       Victims referred to assistance within 72   60",
      "   applied by all entities               hours (percentage)",
    ].join("\n");
    const rows = textRowsWithValues(text);
    expect(rows.map((r) => r.objective)).toEqual([
      "To place the rights and dignity of victims of sexual exploitation and abuse at the centre of the response with partner entities",
      "To place the rights and dignity of victims of sexual exploitation and abuse at the centre of the response in field missions",
    ]);
    expect(rows[0]!.accomplishments).toEqual(["Victims referred to assistance within the agreed time"]);
    expect(rows[0]!.measures).toEqual(["Missions with a senior victims’ rights officer (number)"]);
    expect(rows[0]!.targets).toEqual(["3"]);
  });
});

describe("a measure's wrapped line opening with a figure is no one-line measure of its own (corpus4 f2-003 lo.txt)", () => {
  // LibreOffice's cell ends well short of the Baseline column's text, so "Percentage of tickets
  // purchased" looks as if it could have taken "16": the fill alone splits only before a capital.
  const lines = readFileSync(fileURLToPath(new URL("../corpus4/fresh4/f2-003.lo.txt", import.meta.url)), "utf8").split("\n");
  const table = [...lines.slice(171, 176), ...lines.slice(197, 204)].join("\n");
  it("keeps '16 days before travel' in the measure above it", () => {
    const row = textRowsWithValues(table).find((o) => o.objective.startsWith("To purchase tickets"));
    expect(row?.measures).toEqual(["Percentage of tickets purchased 16 days before travel"]);
  });
});
