/**
 * Session 51 (h-rows51), layout text (`pdftotext -layout`): an objective at its band's foot, beside a
 * new item in every other column, casts no centred vote (`everyCellOpensAnew` in `objectivesCentred`).
 * A top-aligned table with row-spanned objectives prints the row before's last sub-row right above
 * the next objective with no blank line between; where that sub-row's measure wraps over two lines
 * beside one-line values, the line right above the objective holds the measure's last words only, so
 * `subRowOpensBeside` (every column full on both lines) did not hold and `everyCellAbove` voted the
 * table centred: the sub-rows above each later objective were read into its row (corpus14 val14k
 * v14k-015's first table, cut down; the same in v14o-001, v14l-013 and the other corpus14 documents of
 * the section). The same cue in `firstSubRowHeldOpen` (an objective with text above and below it, its
 * wrap beside empty cells): the sub-row above need not fill the line right above the objective
 * (corpus14 val14o v14o-016, cut down; v14j-016). The first test fails without the guard in the
 * `everyCellAbove` branch, the second with `firstSubRowHeldOpen` asking `subRowOpensBeside` again
 * (each checked: reverted, run, restored). A centred table whose objective sits beside a measure going
 * on (lower case) still votes centred.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const HEAD = [
  "1.A. ACHIEVING PROGRAMME OBJECTIVES",
  "The results I commit to deliver in 2022 are set out in the table below.",
];

const TOP_ALIGNED = [
  ...HEAD,
  "Objectives                                         Indicators of achievement                                  Baseline         Target",
  "To prepare the Global Digital Compact with         Share of digital cooperation entities reporting on joint   61               at least 72%",
  "Member States and stakeholders through             work",
  "regional partners",
  "",
  "",
  "                                                   Share of Advisory Body deliverables issued on              96%              100%",
  "                                                   schedule",
  "                                                   Member States adopting connectivity targets                71               >= 87",
  "",
  "To promote universal and meaningful                Share of digital cooperation entities reporting on joint   92%              at least 95%",
  "connectivity by 2030 in countries in transition    work",
  "",
  "",
  "                                                   Member States adopting connectivity targets                85               at least 90",
  "",
  "                                                   Share of Advisory Body deliverables issued on              92               100%",
  "                                                   schedule",
  "To protect human rights online through system-     Entities applying the human rights guidance                12               17",
  "wide guidance in Latin America and the",
  "Caribbean",
].join("\n");

const HELD_OPEN = [
  "I. Programme objectives",
  "The results I commit to deliver in 2018 are set out in the table below.",
  "Objective                                         Performance measure                                   Baseline   Target",
  "To shorten the time between a partnership      Share of contributions recorded within 10 working        99%        100 per cent",
  "proposal and the signature of its agreement in days",
  "Africa",
  "To give Member States a single entry point for Share of contributions recorded within 10 working        82         at least 84%",
  "partnerships with the private sector           days",
  "",
  "",
  "                                                  Average days to issue a due diligence opinion         12         8 days or fewer",
  "",
  "",
  "                                                  Share of partnership agreements signed within 60      44%        at least 51%",
  "                                                  days",
  "To mobilize matching funds for small island       Grants disbursed to implementing entities             63         ≥ 79",
  "developing States in Africa",
  "                                                  Share of implementing entities reporting results on   87         at least 90%",
  "                                                  time",
  "                                                  Business leaders attending the partnership forum      378        at least 417",
].join("\n");

const CENTRED = [
  ...HEAD,
  "Objectives                    Indicators of achievement                   Baseline   Target",
  "                              Share of entities reporting on joint        61         72%",
  "To prepare the Global         work",
  "Digital Compact               Share of deliverables issued on schedule    96%        100%",
  "",
  "                              Member States adopting connectivity         71         87",
  "To promote universal          targets",
  "connectivity                  Days to respond to a country request        22         20",
].join("\n");

describe("an objective beside a new item in every other column casts no centred vote (everyCellOpensAnew)", () => {
  it("keeps each sub-row above a later objective in the row before (v14k-015)", () => {
    const rows = textRowsWithValues(TOP_ALIGNED);
    expect(rows.map((r) => r.objective)).toEqual([
      "To prepare the Global Digital Compact with Member States and stakeholders through regional partners",
      "To promote universal and meaningful connectivity by 2030 in countries in transition",
      "To protect human rights online through system-wide guidance in Latin America and the Caribbean",
    ]);
    expect(rows.map((r) => r.measures)).toEqual([
      ["Share of digital cooperation entities reporting on joint work", "Share of Advisory Body deliverables issued on schedule", "Member States adopting connectivity targets"],
      ["Share of digital cooperation entities reporting on joint work", "Member States adopting connectivity targets", "Share of Advisory Body deliverables issued on schedule"],
      ["Entities applying the human rights guidance"],
    ]);
    expect(rows.map((r) => r.baselines)).toEqual([["61", "96%", "71"], ["92%", "85", "92"], ["12"]]);
    expect(rows.map((r) => r.targets)).toEqual([["at least 72%", "100%", ">= 87"], ["at least 95%", "at least 90", "100%"], ["17"]]);
  });
  it("keeps the sub-rows above an objective held open beside its wrap in the row before (v14o-016)", () => {
    const rows = textRowsWithValues(HELD_OPEN);
    expect(rows.map((r) => r.measures)).toEqual([
      ["Share of contributions recorded within 10 working days"],
      ["Share of contributions recorded within 10 working days", "Average days to issue a due diligence opinion", "Share of partnership agreements signed within 60 days"],
      ["Grants disbursed to implementing entities", "Share of implementing entities reporting results on time", "Business leaders attending the partnership forum"],
    ]);
    expect(rows.map((r) => r.targets)).toEqual([["100 per cent"], ["at least 84%", "8 days or fewer", "at least 51%"], ["≥ 79", "at least 90%", "at least 417"]]);
  });
  it("reads a centred table whose objective sits beside a measure going on as centred", () => {
    const rows = textRowsWithValues(CENTRED);
    expect(rows.map((r) => r.measures)).toEqual([
      ["Share of entities reporting on joint work", "Share of deliverables issued on schedule"],
      ["Member States adopting connectivity targets", "Days to respond to a country request"],
    ]);
    expect(rows.map((r) => r.baselines)).toEqual([["61", "96%"], ["71", "22"]]);
  });
});
