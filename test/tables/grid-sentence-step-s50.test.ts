/**
 * Session 50 (h-c11-50), layout text (`pdftotext -layout`): the words at a break read over one line of
 * the other columns only (`gridSentenceStep` in `paragraphBreaks`). A Word table's cells stand on
 * baselines of their own, and pdftotext sets a measure's second line ("ed Member States") on a grid
 * line of its own between two one-line accomplishments ("Women appointed to senior posts" /
 * "Workplace survey results acted"): the words at the break were read only one grid line apart, so
 * the two items were joined (corpus11 val11i v11i-015's page, cut down; the same in v11g-012, v11h-004,
 * v11h-011, v11i-010, v11k-001, v11l-012, v11l-014, v11m-013, v11n-001). One item's lines apart the same
 * way stay one item: a lower-case line ("implemented within their deadlines") or a name no plain word
 * is printed as ("Member States recruited"). The first test fails without the rule (checked:
 * `gridSentenceStep` returning `pitch`, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const INTERLEAVED = [
  "III. Managerial objectives",
  "OUTCOME                            INDICATOR OF ACHIEVEMENT                         TARGET",
  "9. To promote a workplace free of harassment and discrimination",
  "                                   Percentage of performance appraisals com‐",
  "Budget implemented within the                                                       97 per cent",
  "                                   pleted by the deadline",
  "approved resources",
  "                                   Budget implementation rate                       91 per cent",
  "10. To reach gender parity at all levels of the staff",
  "                                    Number of staff recruited from unrepresent‐",
  "Women appointed to senior posts                                                 5",
  "                                    ed Member States",
  "Workplace survey results acted      Percentage of oversight recommendations",
  "                                                                                  95 per cent",
  "upon                                implemented on time",
  "                                    Percentage of women at the P-5 level and",
  "                                                                                  43 per cent",
  "Documents submitted within the      above",
  "slotted dates                       Percentage of staff completing mandatory",
  "                                                                                  78 per cent",
  "                                    courses",
  "11. To improve geographical diversity in recruitment",
  "Oversight recommendations",
  "                                    Budget implementation rate                    90 per cent",
  "implemented within their deadlines",
  "Staff from unrepresented",
  "                                    Percentage of women at the P-5 level          45 per cent",
  "Member States recruited",
].join("\n");

describe("the words at a break read over one line of the other columns (gridSentenceStep)", () => {
  it("parts two one-line accomplishments with a measure's line between them (v11i-015)", () => {
    const rows = textRows(INTERLEAVED);
    expect(rows.map((r) => r.objective)).toEqual(["To promote a workplace free of harassment and discrimination", "To reach gender parity at all levels of the staff", "To improve geographical diversity in recruitment"]);
    expect(rows[1]?.accomplishments).toEqual(["Women appointed to senior posts", "Workplace survey results acted upon", "Documents submitted within the slotted dates"]);
  });
  it("keeps one item's lines together over such a line: a lower-case line, a name", () => {
    const rows = textRows(INTERLEAVED);
    expect(rows[2]?.accomplishments).toEqual(["Oversight recommendations implemented within their deadlines", "Staff from unrepresented Member States recruited"]);
  });
});
