/**
 * `pdftotext -layout` of a borderless table under spanning objective rows (no label, bold lost in
 * the text) whose cells are centred vertically: the first accomplishment stands alone under the
 * objective, its measures a line or two lower. Two things told the objective row from cells:
 * - its words stop exactly at the measure column's edge and go on past it ("… on Africa's" |
 *   "development"): no word straddles the edge, but "To improve the flow of information on Africa's"
 *   is longer than any line the first column holds (its wrapped cells show its width);
 * - "Clusters of the coordination mechanism" under it is no wrap of it: "Clusters" would have fitted
 *   on the objective's line, which ends far short of the table's right edge.
 */
import { describe, expect, it } from "vitest";
import { extractCompact } from "../support/compact-text.js";

const TEXT = [
  "Senior Manager's Compact 2014",
  "",
  "between the Secretary-General and the Special Adviser on Africa",
  "",
  "II. Programme objectives and key performance indicators",
  "",
  "           EXPECTED RESULTS                                 PERFORMANCE MEASURES",
  " To strengthen the regional coordination mechanism",
  "                                               a)    51% of commitments tracked in the monitoring",
  " Reports on commitments considered by                mechanism",
  " the General Assembly",
  "                                               b)    29 joint activities with the African Union",
  " Youth employment policies reviewed            a)    8 infrastructure projects supported",
  " To improve the flow of information on Africa's development",
  " Clusters of the coordination mechanism",
  "                                               a)    18 frameworks aligned with Agenda 2063",
  " meeting regularly",
  "                                               a)    95% of commitments tracked in the monitoring",
  " Policy dialogues on peace and                       mechanism",
  " development held                              b)    15 resolutions reflecting Africa's priorities",
  "",
  "III. Managerial objectives",
  "",
].join("\n");

describe("a spanning objective row over vertically centred cells (text)", () => {
  it("is read as the row's objective, and the alone first cell under it as a cell", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments])).toEqual([
      ["To strengthen the regional coordination mechanism", ["Reports on commitments considered by the General Assembly", "Youth employment policies reviewed"]],
      ["To improve the flow of information on Africa's development", ["Clusters of the coordination mechanism meeting regularly", "Policy dialogues on peace and development held"]],
    ]);
  });

  it("keeps a long objective's wrap when its first word would only just have fitted (pdftotext's grid is rough)", async () => {
    const text = [
      "Senior Manager's Compact 2014",
      "",
      "between the Secretary-General and the Under-Secretary-General for Peace Operations",
      "",
      "II. Programme objectives and key performance indicators",
      "",
      "Expected accomplishment          Performance measure                                Baseline         Target",
      "Objective 5: To support missions.",
      "Transition plans agreed with     Countervailing explosive-hazard                      20               29",
      "host Governments                 courses held",
      "Objective 6: To enable missions to draw down in step with the benchmarks set by the",
      "Security Council.",
      "Allegations of misconduct        Countervailing explosive-hazard                       4               19",
      "investigated and closed          courses held",
      "                                 Planning teams with a gender adviser                 35%              40%",
      "",
      "III. Managerial objectives",
      "",
    ].join("\n");
    const out = await extractCompact(text);
    expect(out.objectives.map((o) => o.objective)).toEqual(["To support missions.", "To enable missions to draw down in step with the benchmarks set by the Security Council."]);
  });
});
