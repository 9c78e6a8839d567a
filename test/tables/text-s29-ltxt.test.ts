/**
 * pdftotext -layout text (session 29, h-ltxt). Each test fails without its rule.
 * - `cellsCutAtFullLine` (src/tables/geometry.ts): of two row cuts that centre the objectives
 *   equally well, the one under a cell line too full for the next line's first word is no row's end
 *   (corpus9 d9b-010).
 * - `valueUnderWordedValue` (src/tables/index.ts, in `valueCellOpenings`): a number right under a
 *   whole value in words ("Fully achieved") opens the next measure's value (corpus5 g1-022).
 * - `objectOfPreposition` (src/tables/gluedValues.ts, in `ungluedValues`): a number after a
 *   preposition that ends its sentence is the phrase's object, not a glued value (corpus13 d13-017).
 */
import { describe, expect, it } from "vitest";
import { textRows, textRowsWithValues } from "../support/table-rows.js";

describe("a row cut under a full cell line (centred objectives, the fit tied)", () => {
  // corpus9 d9b-010 txt: the objectives are centred in their rows; a cut after "… the General" or
  // after "Assembly" centres both rows equally well on pdftotext's half-line grid.
  const text = [
    "                       Objective                                              Expected                                                       Indicator",
    "                                                                           Accomplishment                                                of Achievement",
    "                                                         Lost-time incidents kept to a minimum                    ▪ Cost variance within 2% of the approved budget",
    "To keep the Organization's work running without inter-",
    "ruption during the works                                 Annual progress reports accepted by the General",
    "                                                                                                                  ▪ Progress report issued 31 weeks before consideration",
    "                                                         Assembly",
    "                                                                                                                  ▪ Energy use reduced by 13% against the baseline",
    "To make the renovated complex accessible to persons      Energy consumption below the baseline",
    "                                                                                                                  ▪ Progress report issued 29 weeks before consideration",
    "with disabilities",
    "                                                         Meetings serviced without disruption                     ▪ 30 meetings cancelled because of the works",
  ].join("\n");

  it("keeps 'Assembly' with the accomplishment it ends", () => {
    const out = textRows(text);
    expect(out.map((r) => r.accomplishments)).toEqual([
      ["Lost-time incidents kept to a minimum", "Annual progress reports accepted by the General Assembly"],
      ["Energy consumption below the baseline", "Meetings serviced without disruption"],
    ]);
  });
});

describe("a number under a whole value in words", () => {
  // corpus5 g1-022 chromium.txt: two one-line measures on consecutive lines, their Targets
  // "Fully achieved" and "82%" stacked with no gap.
  const text = [
    "Expected accomplishments                                      Performance measures                                                          Target",
    "Objective: To strengthen gender equality in African development policies",
    "Improved gender equality in African development policies.     Business continuity plan tested and updated during the year                  Fully achieved",
    "                                                              Percentage of meetings serviced as scheduled                                 82%",
  ].join("\n");

  it("reads two measures, each with its own Target", () => {
    const out = textRowsWithValues(text);
    expect(out[0]?.measures).toEqual(["Business continuity plan tested and updated during the year", "Percentage of meetings serviced as scheduled"]);
    expect(out[0]?.targets).toEqual(["Fully achieved", "82%"]);
  });
});

describe("a number after a preposition at a measure's end", () => {
  // corpus13 d13-017 txt: "within 72 hours" is the measure's own; the measure has no Target.
  const text = [
    "   Expected accomplishments                 Key performance indicators                     Target",
    "   Objective 1: To make sure that every victim receives assistance without delay in the regions",
    "   Victims referred to assistance within    Paternity claims with a DNA test completed     40",
    "   the agreed time",
    "                                            Victims referred to assistance within 72 hours",
    "                                            Entities applying the assistance protocol      23",
  ].join("\n");

  it("keeps '72 hours' in the measure", () => {
    const out = textRowsWithValues(text);
    expect(out[0]?.measures).toEqual(["Paternity claims with a DNA test completed", "Victims referred to assistance within 72 hours", "Entities applying the assistance protocol"]);
    expect(out[0]?.targets).toEqual(["40", null, "23"]);
  });

  it("still takes back a value glued between a preposition and the rest of its phrase (d13-020)", () => {
    const glued = [
      "   Expected result               Key performance indicator                        Target",
      "   Objective 1: To move the archives of the Organization into managed storage",
      "   Tickets issued at the lowest  Tickets purchased at least 16 days before 46%",
      "   available fare                travel",
      "                                 Solicitations completed within the planned       2,042",
      "                                 lead time",
    ].join("\n");
    const out = textRowsWithValues(glued);
    expect(out[0]?.measures).toEqual(["Tickets purchased at least 16 days before travel", "Solicitations completed within the planned lead time"]);
    expect(out[0]?.targets).toEqual(["46%", "2,042"]);
  });
});
