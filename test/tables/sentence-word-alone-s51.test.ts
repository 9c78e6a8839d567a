/**
 * Session 51 (h-gap51), layout text: the last word of a prose cell's run, glued one space and alone in
 * the next column on its line, is an article, a preposition or a conjunction ("… indicators
 * disaggregated by" with "by" a character left of the Target column's edge and crossing it, corpus8
 * val8k v8-016 txt: the edge put "by" in the Target cell, and the measure lost it).
 *
 * `sentenceWordAloneEndsLeftCell` (src/tables/gluedCapital.ts, assignColumns' post-placement pass):
 * such a word (`BEFORE_NAME`) ends the left cell's line, since a sentence goes on after it and a cell's
 * line of that word alone would have held the next word too. The layout is the document's third
 * table as committed. Fails without the rule (checked: its call removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const TABLE = [
  "                         Table 3. Objectives, indicators, baselines and targets",
  "                                                               INDICATORS OF ACHIEVEMENT",
  "                                 EXPECTED",
  "    OBJECTIVES                                                                   TARGE BASELI",
  "                                  RESULTS                       INDICATOR",
  "                                                                                   T     NE",
  "To promote social           Trade facilitation         Countries with energy       18    15",
  "protection systems that     measures implemented       efficiency targets",
  "reach vulnerable            by member States",
  "groups.                     Shared water basins        Countries with integrated                6           4",
  "                            managed under              national financing",
  "                            cooperative frameworks     frameworks",
  "To strengthen the           Fiscal policy proposals    Trade facilitation                     62%          57%",
  "productive capacity of      adopted by ministries of   implementation rate",
  "least developed             finance                    (percentage)",
  "countries.                                             Participants applying training         81%          75%",
  "                                                       (percentage)",
  "                            Energy policies aligned    Countries reporting Goal                11           8",
  "                            with regional              indicators disaggregated by",
  "                            sustainability targets     sex",
  "To foster innovation        Tax administrations        Average days to publish              42 days      61 days",
  "policies and digital        applying improved          flagship data tables",
  "economy strategies.         compliance tools           Trade facilitation                     70%          63%",
  "                                                       implementation rate",
  "                                                       (percentage)",
  "                                                       Participants applying training         73%          68%",
  "                                                       (percentage)",
  "                                                       Countries reporting Goal                16           13",
  "                                                       indicators disaggregated by",
  "                                                       sex",
].join("\n");

describe("a sentence word alone in the next column ends the left cell's line (sentenceWordAloneEndsLeftCell, layout text)", () => {
  it("keeps \"by\" in the measure, out of the Target cell (v8-016 txt)", () => {
    const rows = textRows(TABLE);
    expect(rows[1]?.measures).toContain("Countries reporting Goal indicators disaggregated by sex");
    expect(rows[2]?.measures).toContain("Countries reporting Goal indicators disaggregated by sex");
  });
});
