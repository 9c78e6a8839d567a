/**
 * Session 52 (h-rows52), layout text (`pdftotext -layout`): a table whose own lines cast no centring
 * vote or one takes the reading its document's other tables agree on (`documentReading`, `weakTally`
 * in src/tables/index.ts). corpus14 val14k v14k-018, cut down: the programme table's top-aligned rows
 * (each objective opens its row's first sub-row; a wrapped last sub-row sits right above the next
 * objective) get one centred vote, while the managerial table under it votes top three times (five in
 * the whole document). Read centred, each sub-row above a later objective went to that objective's row.
 * The first test fails without the rule (checked: `documentReading` returning null, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const PROGRAMME = [
  "A. PROGRAMME OBJECTIVES",
  "The results I commit to deliver in 2009 are set out in the table below.",
  "Objective                                   Key performance indicator                       Baseline   Target",
  "To promote the International Day of Sport Share of community programmes led by women 40%               53%",
  "for Development and Peace among",
  "Member States in countries in transition",
  "",
  "",
  "                                            Share of camp participants from post-conflict   43         100%",
  "                                            countries",
  "To support host cities of major sporting    Young leaders trained at the camps              133        144",
  "events in leaving a social legacy in the",
  "Asia-Pacific region",
  "",
  "",
  "                                            Good practice case studies published            33         ≥ 37",
  "                                            Share of camp participants from post-conflict   41         100 per cent",
  "                                            countries",
  "To foster the participation of women and   Meetings of the Group of Friends convened        5          at least 6",
  "girls in community sport across the United",
  "Nations system",
  "",
  "",
];

const MANAGERIAL = [
  "B. MANAGERIAL OBJECTIVES",
  "The results I commit to deliver in 2009 are set out in the table below.",
  "Objectives                               Expected accomplishments                  Indicators of achievement",
  "To complete the performance              – Selection decisions taken within the    ➢ 79% of oversight recommendations",
  "appraisals of all staff on time across   timeline                                  implemented",
  "the United Nations system                – Risk register reviewed by senior",
  "                                         management",
  "",
  "To fill vacant posts within the        – Appraisals completed in the performance ➢ Days from vacancy announcement to",
  "timeline of the staff selection system management system                         selection: 120",
  "across the United Nations system                                                 ➢ 85% of appraisals completed by the deadline",
  "                                                                                 ➢ 76% of oversight recommendations",
  "                                                                                 implemented",
  "",
  "",
  "To reach gender parity among            – Tickets purchased in advance of travel   ➢ Days from vacancy announcement to",
  "professional staff of the Office across – Selection decisions taken within the     selection: 96",
  "the United Nations system               timeline                                   ➢ 49% of women among professional staff",
  "                                        – Oversight recommendations closed",
];

describe("a table with no centring vote or one takes its document's reading (documentReading)", () => {
  it("reads a one-vote programme table top-aligned beside a managerial table that votes top (v14k-018)", () => {
    const rows = textRowsWithValues([...PROGRAMME, ...MANAGERIAL].join("\n"));
    expect(rows.map((r) => r.measures).slice(0, 3)).toEqual([
      ["Share of community programmes led by women", "Share of camp participants from post-conflict countries"],
      ["Young leaders trained at the camps", "Good practice case studies published", "Share of camp participants from post-conflict countries"],
      ["Meetings of the Group of Friends convened"],
    ]);
    expect(rows.map((r) => r.baselines).slice(0, 3)).toEqual([["40%", "43"], ["133", "33", "41"], ["5"]]);
    expect(rows.map((r) => r.targets).slice(0, 3)).toEqual([["53%", "100%"], ["144", "≥ 37", "100 per cent"], ["at least 6"]]);
    expect(rows).toHaveLength(6);
  });
  it("leaves a table alone in its document to its own vote", () => {
    const rows = textRowsWithValues(PROGRAMME.join("\n"));
    expect(rows.map((r) => r.measures)).toEqual([
      ["Share of community programmes led by women"],
      ["Share of camp participants from post-conflict countries", "Young leaders trained at the camps", "Good practice case studies published"],
      ["Share of camp participants from post-conflict countries", "Meetings of the Group of Friends convened"],
    ]);
  });
});
