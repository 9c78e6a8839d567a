/**
 * pdftotext -layout text: a numbered item's wrapped tail "2010 baseline" (a figure then a lower-case
 * word) right above the next table's header, set between the item's marker and its text (corpus13
 * d13-014 txt: the tail at 93, "5.3.2" at 89, "12%" at 95). It had been read as header labels
 * ("2010" | "baseline"), which gave the next table a phantom column and cut its first measure
 * (session 32, h-mu: `underItemText` in tables/header.ts's `wrapsCellAbove`).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const text = [
  "OBJECTIVES                                 EXPECTED                                      KEY PERFORMANCE INDICATORS",
  "                                           ACCOMPLISHMENTS",
  "To keep the Headquarters campus safe,      4.1 More registered vendors from",
  "functional and accessible in the regions   developing countries and countries with       4.1.1 83% of facilities work orders closed within",
  "                                           economies in transition                           five working days",
  "                                                                                         4.1.2 94% of solicitations completed within the",
  "                                                                                             planned lead time",
  "",
  "                                           4.2 Facilities requests answered within the",
  "                                           service standard                              4.2.1 9% of reduction in electricity use against the",
  "                                                                                             2010 baseline",
  "",
  "To buy the goods and services the          5.1 Lower electricity consumption at",
  "Organization needs at the best value       Headquarters                                  5.1.1 1,820 vendors registered from developing",
  "for money across the Secretariat                                                             countries",
  "                                                                                         5.1.2 66% of solicitations completed within the",
  "                                                                                             planned lead time",
  "",
  "                                           5.2 More registered vendors from",
  "                                           developing countries and countries with       5.2.1 84% of facilities work orders closed within",
  "                                           economies in transition                           five working days",
  "                                                                                         5.2.2 1,572 linear metres of mission records",
  "                                                                                             accessioned",
  "",
  "                                           5.3 Facilities requests answered within the",
  "                                           service standard                              5.3.1 76% of tickets purchased at least 16 days",
  "                                                                                             before travel",
  "                                                                                         5.3.2 12% of reduction in electricity use against the",
  "                                                                                             2010 baseline",
  "",
  "",
  "EXPECTED ACCOMPLISHMENTS                          INDICATORS OF ACHIEVEMENT                                            TARGET",
  "To keep the Headquarters campus safe, functional and accessible across the Secretariat",
  "More registered vendors from developing countries Facilities work orders closed within five working days               93%",
  "and countries with economies in transition",
  "",
].join("\n");

describe("a figure-then-word tail under a numbered item's text is no header piece (underItemText)", () => {
  it("keeps the tail in the measure above and reads the next table's columns", () => {
    const rows = textRowsWithValues(text);
    const above = rows.find((r) => r.objective.startsWith("To buy the goods"));
    expect(above?.measures).toContain("12% of reduction in electricity use against the 2010 baseline");
    const next = rows.find((r) => r.objective.startsWith("To keep the Headquarters campus safe, functional and accessible across"));
    expect(next?.measures).toEqual(["Facilities work orders closed within five working days"]);
    expect(next?.targets).toEqual(["93%"]);
    expect(Object.keys(next?.extra ?? {})).not.toContain("2010");
  });
});
