/**
 * Session 52 (h-rows52), layout text (`pdftotext -layout`): an objective with text above and below it
 * in its band votes centred only where it sits within a grid line of the band's middle
 * (`offBandMiddle` in src/tables/geometry.ts). pdftotext rounds a centred cell to the nearest grid
 * line, so a centred row shows as much text above its objective as below it, give or take one line; a
 * top-aligned row whose objective opens right under the row before's last sub-row (no blank line:
 * pdftotext keeps no padding) and over its own sub-rows shows three lines above and one below (corpus14
 * val14k v14k-018's programme table, whole: its one centred vote came from there, and each sub-row above
 * a later objective went to that objective's row). The first test fails without the rule (checked:
 * reverted, rebuilt, run, restored). A centred table whose objectives sit on their rows' middles (two
 * lines above, two below: corpus11 val11i v11i-016's last table) stays centred.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const TOP_ALIGNED = [
  "A. PROGRAMME OBJECTIVES",
  "The results I commit to deliver in 2009 are set out in the table below.",
  "\fObjective                                   Key performance indicator                       Baseline   Target",
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
  "                                            Share of camp participants from post-conflict   56%        57 per cent",
  "                                            countries",
  "To foster the participation of women and    Share of camp participants from post-conflict   30%        100%",
  "girls in community sport in countries in    countries",
  "transition",
  "                                            Good practice case studies published            30         ≥ 32",
];

const CENTRED = [
  "B. MANAGERIAL OBJECTIVES",
  "",
  "",
  "",
  "Objectives                    Key                                 Outcomes",
  "                              performance indicators",
  "                                                                   ii. Budget implemented within",
  "                                                                       the approved resources",
  "To ensure that staff",
  "                              ii. Vacancies filled in 134 days    iii. Oversight",
  "complete the mandatory",
  "                                  on average                           recommendations",
  "training courses",
  "                                                                       implemented within their",
  "                                                                       deadlines",
  "",
  "                                                                    i. Mandatory courses",
  "                                                                       completed by all staff",
  "To manage the approved",
  "                              i. Vacancies filled in 102 days      ii. Performance appraisals",
  "budget with full and timely",
  "                                 on average                            finalized in the cycle",
  "implementation",
  "                                                                  iii. Workplace survey results",
  "                                                                       acted upon",
];

describe("an objective set off its band's middle casts no centred vote (offBandMiddle)", () => {
  it("reads a top-aligned table whose objective opens under the row before's last sub-row top-aligned (v14k-018)", () => {
    const rows = textRowsWithValues(TOP_ALIGNED.join("\n"));
    expect(rows.map((r) => r.measures)).toEqual([
      ["Share of community programmes led by women", "Share of camp participants from post-conflict countries"],
      ["Young leaders trained at the camps", "Good practice case studies published", "Share of camp participants from post-conflict countries"],
      ["Meetings of the Group of Friends convened", "Share of camp participants from post-conflict countries"],
      ["Share of camp participants from post-conflict countries", "Good practice case studies published"],
    ]);
    expect(rows.map((r) => r.baselines)).toEqual([["40%", "43"], ["133", "33", "41"], ["5", "56%"], ["30%", "30"]]);
    expect(rows.map((r) => r.targets)).toEqual([["53%", "100%"], ["144", "≥ 37", "100 per cent"], ["at least 6", "57 per cent"], ["100%", "≥ 32"]]);
  });
  it("keeps a table whose objectives sit on their rows' middles centred (v11i-016)", () => {
    const rows = textRowsWithValues(CENTRED.join("\n"));
    expect(rows.map((r) => r.objective)).toEqual([
      "To ensure that staff complete the mandatory training courses",
      "To manage the approved budget with full and timely implementation",
    ]);
    expect(rows.map((r) => r.accomplishments)).toEqual([
      ["Budget implemented within the approved resources", "Oversight recommendations implemented within their deadlines"],
      ["Mandatory courses completed by all staff", "Performance appraisals finalized in the cycle", "Workplace survey results acted upon"],
    ]);
    expect(rows.map((r) => r.measures)).toEqual([["Vacancies filled in 134 days on average"], ["Vacancies filled in 102 days on average"]]);
  });
});
