/**
 * Session 53 (h-c11-53), layout text: a numbered item of a later column, on a line of its own in a
 * vertically centred table, is that column's item, not a heading (`startsAtLaterColumn`). Word's
 * centred cells (WeasyPrint, pdftotext -layout) print "2. Mandatory courses completed by all staff"
 * alone, between the other columns' lines: no neighbour within two lines starts where it starts and
 * the item before it stands alone too, so the section reader's numbered heading ended the table and
 * every row after it was lost (corpus11 v11n-022 txt: 5 of the table's 6 rows). The test fails
 * without the rule (checked: it returning false, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

/** v11n-022's managerial table, as pdftotext prints it. */
const CENTRED = [
  "B. MANAGING RESOURCES",
  "Objectives                                      Expected Accomplishments                           Performance Measures",
  "                                                1. Budget implemented within the approved",
  "To act on the recommendations of the                                                                ◦ 92% of oversight recommendations implemented",
  "                                                   resources",
  "oversight bodies in good time                                                                         on time",
  "                                                2. Mandatory courses completed by all staff",
  "",
  "                                                1. Oversight recommendations implemented",
  "To improve geographical diversity in               within their deadlines",
  "                                                                                                    ◦ 97% of documents submitted by the slotted date",
  "recruitment                                     2. Budget implemented within the approved",
  "                                                   resources",
  "",
  "To promote a workplace free of harassment       1. Oversight recommendations implemented",
  "                                                                                                    ◦ Women at 41% of posts at the P-5 level and above",
  "and discrimination                                 within their deadlines",
  "",
  "                                                1. Mandatory courses completed by all staff",
  "To apply the policy on flexible working                                                             ◦ 89% of staff completing mandatory courses",
  "                                                2. Performance appraisals finalized in the cycle",
  "arrangements                                                                                        ◦ 9 staff recruited from unrepresented Member States",
  "                                                3. Women appointed to senior posts",
  "",
  "                                                                                                    ◦ 8 staff recruited from unrepresented Member States",
  "                                                                                                    ◦ 66% of oversight recommendations implemented",
  "To reduce the time taken to fill vacant posts   1. Mandatory courses completed by all staff",
  "                                                                                                      on time",
  "                                                                                                    ◦ 100% of staff completing mandatory courses"
].join("\n");

describe("a numbered line at a later column's cells is its item, not a heading (startsAtLaterColumn)", () => {
  it("reads every row of a vertically centred table whose items stand on lines of their own (v11n-022)", () => {
    const rows = textRows(CENTRED);
    expect(rows.map((r) => r.objective)).toEqual([
      "To act on the recommendations of the oversight bodies in good time",
      "To improve geographical diversity in recruitment",
      "To promote a workplace free of harassment and discrimination",
      "To apply the policy on flexible working arrangements",
      "To reduce the time taken to fill vacant posts",
    ]);
    expect(rows[0]?.accomplishments).toEqual(["Budget implemented within the approved resources", "Mandatory courses completed by all staff"]);
    expect(rows[3]?.accomplishments).toEqual(["Mandatory courses completed by all staff", "Performance appraisals finalized in the cycle", "Women appointed to senior posts"]);
  });
});
