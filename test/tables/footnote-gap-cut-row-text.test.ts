/**
 * `pdftotext -layout` of a 4-column borderless table cut by a page break (corpus8 dev8c d8c-023):
 * the page ends with a footnote whose number is glued to its text by one space ("1 The objectives
 * reflect …"), two blank grid lines above it; the next page opens, under its running head, with the
 * cut row's rest ("to informal workers", "c) Energy policies …") and no repeated header. The
 * footnote ends short of the last column, so the test of a line run over every column missed it:
 * it was read as the next objective, the cut row's rest glued to it.
 */
import { describe, expect, it } from "vitest";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const TEXT = [
  ...FRAME_2008,
  "                                                                                                           INDICATOR                                   RISKS",
  "             OBJECTIVE                                      OUTCOME                                            OF                                       AND",
  "                                                                                                        ACHIEVEMENT                                MITIGATIONS",
  "To improve water resource                    a) Tax administrations applying               ➢ 42 basin agreements supported by the        -     Competing demands on",
  "management in countries facing                  improved compliance tools                    commission                                        national counterparts;",
  "scarcity                                     b) Shared water basins managed                ➢ 20 countries adopting recommendations             regional workshops",
  "                                                under cooperative frameworks                 on fiscal policy",
  "                                             c) Digital economy strategies",
  "                                                endorsed by Governments",
  "To support the follow-up to the 2030         a) Censuses and surveys conducted             ➢ Graduation transition strategies prepared   -     Limited data availability;",
  "Agenda at the regional level                    to international standards                   in 8 countries                                    partnerships with national",
  "                                             b) Social protection floors extended          ➢ 61 countries adopting recommendations             offices",
  "",
  "",
  "1 The objectives reflect the results framework of the proposed programme budget; targets may be revised at mid-year.",
  "\f                                                                                                                                       Senior Manager’s Compact 2011",
  "",
  "",
  "                                            to informal workers                    on fiscal policy",
  "                                         c) Energy policies aligned with",
  "                                            regional sustainability targets",
  "To promote social protection systems     a) Voluntary national reviews          ➢ 22 national statistical offices applying the   -   Extrabudgetary resources",
  "that reach vulnerable groups                informed by regional analysis         new classification                                 fall short; joint resource",
  "                                         b) National statistical systems        ➢ 77% of flagship publications downloaded            mobilization",
  "                                            producing disaggregated data          more than 1,000 times",
  "                                         c) Social protection floors extended   ➢ Tax revenue tools applied by 14 revenue",
  "                                            to informal workers                   administrations",
  "",
].join("\n");

describe("a page-foot footnote set off by two blank lines above a cut row's rest (text)", () => {
  it("is no row: the rest on the next page goes on with the cut row", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["To improve water resource management in countries facing scarcity", ["Tax administrations applying improved compliance tools", "Shared water basins managed under cooperative frameworks", "Digital economy strategies endorsed by Governments"]],
      ["To support the follow-up to the 2030 Agenda at the regional level", ["Censuses and surveys conducted to international standards", "Social protection floors extended to informal workers", "Energy policies aligned with regional sustainability targets"]],
      ["To promote social protection systems that reach vulnerable groups", ["Voluntary national reviews informed by regional analysis", "National statistical systems producing disaggregated data", "Social protection floors extended to informal workers"]],
    ]);
  });
});
