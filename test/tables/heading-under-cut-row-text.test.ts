/**
 * `pdftotext -layout` of LibreOffice's PDF of a Word file (corpus7 tune7b t7b-019): a table without
 * an Objective column runs over a page break above a footnote; the next page repeats its header,
 * holds one line of the cut row's rest, and then the next table's Word-numbered objective heading
 * ("1. To strengthen …") over that table's own header. The table's part on the new page showed too
 * few cell starts to tell where its second column starts, so the heading was not taken back as the
 * next table's objective: it stayed a row of the table above, cut into its cells, and the next
 * table lost its objective. The table's earlier parts show that edge.
 */
import { describe, expect, it } from "vitest";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const TEXT = [
  ...FRAME_2008,
  "          Expected results                Indicators of achievement              Baseline       Target",
  "                                                                                  (2019)",
  "",
  "    Objective: To follow up on the implementation of oversight recommendations.",
  "    Critical recommendations        Critical recommendations implemented           38%           47%",
  "    implemented by programme",
  "    managers.",
  "",
  "    Audits of peacekeeping          Audit plan completed                           68%           83%",
  "    operations covering all high-",
  "",
  "",
  "Baselines are those of 2019; targets refer to 31 December 2020.",
  "1",
  "\f        Expected results                   Indicators of achievement            Baseline        Target",
  "                                                                                 (2019)",
  " risk areas.",
  "",
  "",
  "1. To strengthen the audit of peacekeeping operations.",
  "         Expected Accomplishment                                  Performance Measure",
  " •   Risk-based audit plan delivered.            (i) 76 evaluation reports issued in 2020.",
  "                                                 (ii) Average investigation time reduced to 8 months.",
  " •   Audits of peacekeeping operations           (i) Average investigation time reduced to 44 months.",
  "     covering all high-risk areas.               (ii) 63 evaluation reports issued in 2020.",
  "",
].join("\n");

describe("a numbered heading under the rest of a row cut above a footnote (text)", () => {
  it("is the next table's objective, not a row of the cut table", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)])).toEqual([
      [
        "To follow up on the implementation of oversight recommendations.",
        ["Critical recommendations implemented by programme managers.", "Audits of peacekeeping operations covering all high-risk areas."],
        ["Critical recommendations implemented", "Audit plan completed"],
      ],
      [
        "To strengthen the audit of peacekeeping operations.",
        ["Risk-based audit plan delivered.", "Audits of peacekeeping operations covering all high-risk areas."],
        ["76 evaluation reports issued in 2020.", "Average investigation time reduced to 8 months.", "Average investigation time reduced to 44 months.", "63 evaluation reports issued in 2020."],
      ],
    ]);
  });
});
