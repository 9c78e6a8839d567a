/**
 * Session 52 (h-c11-52), layout text: a lettered item right under the item before it ("A. …", its
 * wrapped lines indented, then "B. …" at the same start, no blank line between) is the list's next
 * item, not a section heading (`nextLetterItem`, asked by `findSections` and by the table walk's
 * heading test). Read as a heading — in sequence after the document's "A." section, or out of
 * sequence, where the walk ends a table at any heading-like line — it ended the table: the item was
 * lost, and with it the rows after it (corpus11 v11g-005, v11h-004, v11j-007, v11j-008, v11k-004,
 * v11l-021). Where the next table's heading is a decimal outline number ("2.14 To keep …"), it opens
 * that table's objective (`stealObjectiveTail` stops there as at "To …"). The first two tests fail
 * without `nextLetterItem` (checked: it returning false, run, restored); the third without the
 * outline heading's stop (checked likewise).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";

/** v11l-021's page, cut down: one table per objective, items lettered, the first one wrapped. */
const WRAPPED = [
  "A. PROGRAMME OBJECTIVES",
  "",
  "Objective 10: To manage the approved budget with full and timely implementation",
  "Expected                                          Performance",
  "accomplishment                                    measure",
  "A. Performance appraisals finalized in the cy-    A. 88 per cent of staff completing mandatory cour-",
  "   cle                                               ses",
  "B. Women appointed to senior posts",
  "",
  "Objective 11: To keep the evaluations of staff performance current",
  "Expected                                          Performance",
  "accomplishment                                    measure",
  "A. Budget implemented within the approved         A. 97 per cent of staff completing mandatory cour-",
  "   resources                                         ses",
  "B. Workplace survey results acted upon            B. Women at 42 per cent of posts at the P-5 level",
  "C. Women appointed to senior posts                   and above",
].join("\n");

/** v11k-004's page, cut down: the last item of a table lettered "C.", then the next objective numbered "2.14". */
const OUTLINE = [
  "A. PROGRAMME OBJECTIVES",
  "",
  "2.13 To reach gender parity at all levels of the staff",
  "OUTCOME                                                  KEY",
  "                                                         PERFORMANCE INDICATOR",
  "A. Documents submitted within the slotted dates          (1) Women at 40 per cent of posts at the P-5 level and",
  "B. Workplace survey results acted upon                      above",
  "C. Performance appraisals finalized in the cycle",
  "",
  "",
  "2.14 To keep the evaluations of staff performance current",
  "OUTCOME                                                  KEY",
  "                                                         PERFORMANCE INDICATOR",
  "A. Workplace survey results acted upon          (1) 94 per cent of staff completing mandatory courses",
  "B. Oversight recommendations implemented within (2) 97 per cent of performance appraisals completed by",
  "   their deadlines                                 the deadline",
].join("\n");

describe("a lettered item under the item before it is no heading (nextLetterItem)", () => {
  it("keeps 'B. …' under 'A. …' and its wrapped line as the table's item (v11l-021)", () => {
    expect(findSections(textToLayout(WRAPPED)).map((s) => s.id)).toEqual(["A"]);
    const rows = textRows(WRAPPED);
    expect(rows.map((r) => r.objective)).toEqual(["To manage the approved budget with full and timely implementation", "To keep the evaluations of staff performance current"]);
    expect(rows[0]?.accomplishments).toEqual(["Performance appraisals finalized in the cycle", "Women appointed to senior posts"]);
    expect(rows[1]?.accomplishments).toEqual(["Budget implemented within the approved resources", "Workplace survey results acted upon", "Women appointed to senior posts"]);
  });
  it("keeps a section heading after a blank line: 'B. …' set apart is a heading", () => {
    const text = `${WRAPPED}\n\nB. MANAGING RESOURCES\nThe resources are those approved by the General Assembly.`;
    expect(findSections(textToLayout(text)).map((s) => s.id)).toEqual(["A", "B"]);
  });
  it("reads the 'C.' item into its row and '2.14 To …' as the next table's objective (v11k-004)", () => {
    const rows = textRows(OUTLINE);
    expect(rows.map((r) => r.objective)).toEqual(["To reach gender parity at all levels of the staff", "To keep the evaluations of staff performance current"]);
    expect(rows[0]?.accomplishments).toEqual(["Documents submitted within the slotted dates", "Workplace survey results acted upon", "Performance appraisals finalized in the cycle"]);
    expect(rows[1]?.accomplishments).toEqual(["Workplace survey results acted upon", "Oversight recommendations implemented within their deadlines"]);
  });
});
