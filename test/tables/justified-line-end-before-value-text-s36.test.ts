/**
 * pdftotext -layout text of a Typst table whose measure and Target cells are justified (session 36,
 * h-v20c; corpus20 val20c v20c-010 typst.txt, page 1 of its second table). A justified measure line
 * is stretched to its cell's right edge and its last word stands one space before the Baseline's
 * value ("issue   a 48 days", "Recommendations             fully 44%"); two such words at one x
 * made that x the Baseline column's edge, so "a" and "fully" went to the Baseline. `gluedLineEnd`
 * (src/tables/columns.ts, read by refineAnchors and pageAnchors): a run that opens with a word in
 * lower case and goes on with a figure starts, for the column edges, at its figure. Fails without
 * the change (the Target's justified "Not      more" / "than       45" is a case left open).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const table = [
  "2. Other mandates",
  "Expected accomplishments         Indicators of achievement          Baseline      Target",
  "OBJECTIVE 1: To improve the follow-up of the recommendations of the Board, in",
  "cooperation with the parties concerned",
  "• Recommendations followed       Average time to         issue   a 48 days        Not      more",
  "  up with audited entities       management letter                                than       45",
  "                                                                                  days",
  "                                 Recommendations             fully 44%            ≥ 54%",
  "                                 implemented",
  "OBJECTIVE 2: To coordinate the audits of the entities assigned to the members of",
  "the Board in the current period",
  "• Audit opinions issued by the   Recommendations             fully 49%            51%",
  "  statutory deadline             implemented",
  "                                 Entities audited                   19 (2009)     ≥ 24",
  "• Meetings of the Panel of       Audit opinions issued              25            29",
  "  External Auditors serviced     Reports issued by 31 July          76%           ≥ 77%",
].join("\n");

describe("a justified measure line's last word glued one space before a value", () => {
  const rows = textRowsWithValues(table);
  it("stays with the measure: the Baseline column opens at the values", () => {
    const first = rows.find((r) => r.objective?.startsWith("To improve the follow-up"));
    expect(first?.measures).toEqual(["Average time to issue a management letter", "Recommendations fully implemented"]);
    // Its first Baseline still takes the Target's stretched "than" ("48 days than"): left open.
    expect(first?.baselines?.[1]).toBe("44%");
    const second = rows.find((r) => r.objective?.startsWith("To coordinate the audits"));
    expect(second?.measures?.[0]).toBe("Recommendations fully implemented");
    expect(second?.baselines).toEqual(["49%", "19 (2009)", "25", "76%"]);
  });
});
