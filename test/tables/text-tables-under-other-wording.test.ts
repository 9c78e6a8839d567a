/**
 * pdftotext -layout text: two tables of the same column roles that the reader runs together, a
 * centred one over a top-aligned one under a header of other wording (test/corpus9 dev9b d9b-021;
 * corpus6 d6-002 has the same shape). Each votes on centring by itself, as in the PDF
 * (`votesPerLayout`). Fails without the rule.
 */
import { describe, expect, it } from "vitest";
import { textRows as rows } from "../support/table-rows.js";

describe("a top-aligned table under another header wording after a centred one", () => {
  const text = [
    "           Objectives                      Expected results                   Performance measures",
    "                                                                  • 28 staff relocated in the planned",
    "                                    □ Leases of swing space",
    "                                                                    month",
    "                                      ended on schedule",
    "                                                                  • Cost variance within 2 per cent",
    "To keep the Organization's          □ Accessibility standards met",
    "                                                                    of the approved budget",
    "work running without                  in all public areas",
    "                                                                  • 29 lost-time incidents per",
    "interruption during the works       □ Annual progress reports",
    "                                                                    200,000 hours worked",
    "                                      accepted by the General",
    "                                                                  • Energy use reduced by 12 per",
    "                                      Assembly",
    "                                                                    cent against the baseline",
    "                                                                  • 54 lost-time incidents per",
    "                                                                    200,000 hours worked",
    "                                    □ Accessibility standards met • 28 swing space leases",
    "To complete the renovation of",
    "                                      in all public areas           terminated",
    "the Headquarters complex",
    "                                    □ Energy consumption below • Cost variance within 6 per cent",
    "within the approved budget",
    "                                      the baseline                  of the approved budget",
    "                                                                  • Energy use reduced by 10 per",
    "                                                                    cent against the baseline",
    "",
    "",
    "         OBJECTIVES                        EXPECTED                                KEY",
    "                                        ACCOMPLISHMENTS                   PERFORMANCE INDICATORS",
    "To make the renovated               Annual progress reports             ▪ Cost variance within 10 per cent",
    "complex accessible to               accepted by the General               of the approved budget",
    "persons with disabilities           Assembly",
    "                                    Staff relocated according to        ▪ 3 staff relocated in the planned",
    "                                    plan                                  month",
    "                                    Accessibility standards met in      ▪ 56 lost-time incidents per",
    "                                    all public areas                      200,000 hours worked",
    "                                                                        ▪ Energy use reduced by 6 per",
    "                                                                          cent against the baseline",
    "To ensure the safety of staff,      Energy consumption below            ▪ 8 meetings cancelled because of",
    "delegates and contractors on        the baseline                          the works",
    "site",
    "                                    Works delivered within the          ▪ Progress report issued 2 weeks",
    "                                    guaranteed maximum price              before consideration",
  ].join("\n");

  it("reads the second table's rows top-aligned: each row's sub-rows stay with it", () => {
    const read = rows(text);
    expect(read.map((r) => r.objective)).toEqual([
      "To keep the Organization's work running without interruption during the works",
      "To complete the renovation of the Headquarters complex within the approved budget",
      "To make the renovated complex accessible to persons with disabilities",
      "To ensure the safety of staff, delegates and contractors on site",
    ]);
    expect(read[2]!.accomplishments).toEqual(["Annual progress reports accepted by the General Assembly", "Staff relocated according to plan", "Accessibility standards met in all public areas"]);
    expect(read[2]!.measures).toEqual(["Cost variance within 10 per cent of the approved budget", "3 staff relocated in the planned month", "56 lost-time incidents per 200,000 hours worked", "Energy use reduced by 6 per cent against the baseline"]);
    expect(read[3]!.accomplishments).toEqual(["Energy consumption below the baseline", "Works delivered within the guaranteed maximum price"]);
  });
});
