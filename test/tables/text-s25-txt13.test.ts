/**
 * pdftotext -layout text (session 25, h-txt13). Each test fails without its rule
 * (`outdentedItemStarts` in src/tables/index.ts).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

describe("a two-level list in one column: an unmarked line back at the first level's edge opens an item", () => {
  // OBJECTIVE | EXPECTED ACCOMPLISHMENT AND KEY PERFORMANCE INDICATOR: each accomplishment unmarked
  // at the column's edge, its indicators as "o" items indented under it (corpus13 d13-015).
  const text = [
    "   OBJECTIVE                                 EXPECTED ACCOMPLISHMENT AND KEY",
    "                                             PERFORMANCE INDICATOR",
    "   To recruit staff from unrepresented",
    "   and under-represented Member                  Oversight recommendations closed in the period",
    "   States                                         o 88% of oversight recommendations implemented within the",
    "                                                    deadline",
    "                                                 Expenditure kept within the allotment",
    "                                                  o 47% of women among staff at the P-5 level and above",
    "",
    "   To manage the financial resources",
    "   of the Office in line with the                Expenditure kept within the allotment",
    "   approved budget                                 o 86% of oversight recommendations implemented within the",
    "                                                     deadline",
    "                                                 Staff trained in information security",
    "                                                   o 99% of staff who completed the information security course",
  ].join("\n");

  it("reads each outdented line as the next accomplishment, not the indicator's wrapped line", () => {
    const out = textRows(text);
    expect(out.map((o) => o.accomplishments)).toEqual([
      ["Oversight recommendations closed in the period", "Expenditure kept within the allotment"],
      ["Expenditure kept within the allotment", "Staff trained in information security"],
    ]);
    expect(out[0]?.measures).toEqual(["88% of oversight recommendations implemented within the deadline", "47% of women among staff at the P-5 level and above"]);
    expect(out[1]?.measures).toEqual(["86% of oversight recommendations implemented within the deadline", "99% of staff who completed the information security course"]);
  });

  it("keeps a wrapped line under its marker with the marked item (no unmarked first level to go back to)", () => {
    const marked = [
      "   OBJECTIVE                                 EXPECTED ACCOMPLISHMENT AND KEY",
      "                                             PERFORMANCE INDICATOR",
      "   To recruit staff from unrepresented           o Oversight recommendations closed in the period",
      "   and under-represented Member States           o 88% of oversight recommendations implemented within",
      "                                                 the deadline",
    ].join("\n");
    const out = textRows(marked);
    expect(out[0]?.accomplishments.concat(out[0]?.measures ?? []).join(" | ")).toContain("implemented within the deadline");
  });
});
