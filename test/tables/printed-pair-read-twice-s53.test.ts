/**
 * Session 53 (h-gap53), layout text: session 52's `cutAtPrintedPair` (src/tables/gluedPair.ts) reads a
 * pair of words printed elsewhere in the document as one phrase across a glued cut. One of its two known
 * costs: "… services available to all field | locations (percentage)" under the indicator's "Network
 * availability in field" — "field locations" is printed elsewhere and "all field" nowhere, so the rule
 * read "field" into the indicator, which then read "in field field locations" (corpus8 val8f v8-015 txt,
 * lines 25–49, the measure's last line from the next page, and lines 74–82). `readTwice`: no move reads a
 * word twice running in the cell it joins, across that cell's wrap; the cut stays where the grid puts it.
 * Fails without the guard (checked: `readTwice` made to answer false, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { repairText } from "../../src/vocab/text.js";

// corpus8 val8f v8-015 txt, lines 25–49 (and the measure's last line from the next page), 74–82.
const BOTH_COLUMNS = [
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "I will deliver the following results in 2022.",
  "                                            Performance            Baseline     Target",
  "         Outcome",
  "                                              measure               2021         2022",
  "Objective 1: To deliver timely supply chain support to client missions and offices",
  "Goods and services delivered Network availability in field           99%         101%",
  "to missions against agreed      locations (percentage)",
  "lead times                      Average onboarding time (days)     108 days     94 days",
  "Transactions processed          Camps meeting wastewater             67%          72%",
  "through a single service        standards (percentage)",
  "centre model                    Property records verified            91%          96%",
  "                                (percentage)",
  "Objective 2: To modernize the management of the global vehicle and equipment fleet",
  "Camps managed with sound Claims outstanding beyond 90 days           187          146",
  "wastewater and solid waste      Average onboarding time (days)     111 days     88 days",
  "practices",
  "Personnel receiving medical     Property records verified            86%          88%",
  "care within established         (percentage)",
  "standards                       Camps meeting wastewater             59%          62%",
  "                                standards (percentage)",
  "Objective 3: To shorten the time needed to onboard civilian personnel in the field",
  "Network and satellite           Network availability in field        97%          98%",
  "services available to all field locations (percentage)",
  "locations                       Requisitions fulfilled within lead   73%          81%",
  "                                time (percentage)",
  "",
  "",
  "",
  "To improve medical support and casualty evacuation standards",
  "                      Performance                                   Baseline               Target",
  "                        measure                                      2021                  2022",
  "Property records verified (percentage)                                86%                   89%",
  "Network availability in field locations (percentage)                  98%                   99%",
  "",
].join("\n");

const rowOf = (text: string, prefix: string) => {
  const layout = textToLayout(repairText(text));
  return readTables(layout, findSections(layout)).objectives.find((r) => r.objective.startsWith(prefix));
};

describe("a printed pair across a glued cut moves no word next to itself (cutAtPrintedPair's readTwice, layout text)", () => {
  it("keeps \"field\" in the outcome: the indicator's line above ends on \"field\" (v8-015 txt)", () => {
    const row = rowOf(BOTH_COLUMNS, "To shorten the time");
    expect(row?.accomplishments[0]).toBe("Network and satellite services available to all field locations");
    expect(row?.measures[0]?.text).toBe("Network availability in field locations (percentage)");
  });
});
