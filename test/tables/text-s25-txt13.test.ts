/**
 * pdftotext -layout text (session 25, h-txt13). Each test fails without its rule
 * (`outdentedItemStarts`, `VALUE_AFTER_LABEL` and `CLOSING_SHARE` in src/tables/index.ts).
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

describe("a measure's wrapped last line 'date: 60%' is no signature's date line", () => {
  // The last row of a table: its measure wraps to "date: 60%" (`VALUE_AFTER_LABEL`, corpus15 d15-001).
  const text = [
    "            Objective                  Expected accomplishment                      Performance measure",
    "To make the Office's premises             Air travel reduced                 Staff who completed all mandatory",
    "and meetings accessible to                 through virtual meetings            training: 81 per cent",
    "persons with disabilities                                                     Audit recommendations",
    "                                                                               implemented by the due",
    "                                                                               date: 60%",
    "                                                                              Average days from job opening to",
    "                                                                               selection: 106",
    "",
    "",
    "_____________________________                               _____________________________",
    "Paulina Rahimova                                            Ban Ki-moon",
    "Date: 9 January 2009                                        Date: 13 January 2009",
  ].join("\n");

  it("keeps the table going under it", () => {
    const out = textRows(text);
    expect(out[0]?.measures).toEqual([
      "Staff who completed all mandatory training: 81 per cent",
      "Audit recommendations implemented by the due date: 60%",
      "Average days from job opening to selection: 106",
    ]);
  });
});

describe("a value cell ending on a share is whole: the number under it opens the next measure", () => {
  // No. | Objective | Expected result | Indicator | Target: "At least 61%" then "84%" on the next
  // grid line, each beside its own one-line or wrapped measure (`CLOSING_SHARE`, corpus15 d15-009).
  const text = [
    "   No.                        Objective                                 Expected result                        Indicator of achievement                         Target",
    "2.4          To reach gender parity at all levels of the          Women appointed to a larger        Women among staff at the P-5 level and            44 per cent",
    "             Office's staff                                        share of posts at the P-5 level    above",
    "                                                                   and above",
    "                                                                  Mandatory courses completed        Meetings held in accessible venues                At least 61%",
    "                                                                   by new and serving staff           Performance appraisals completed by the           84%",
    "                                                                                                      deadline",
  ].join("\n");

  it("splits the measures at the second value", () => {
    const out = textRows(text);
    expect(out[0]?.measures).toEqual(["Women among staff at the P-5 level and above", "Meetings held in accessible venues", "Performance appraisals completed by the deadline"]);
  });
});
