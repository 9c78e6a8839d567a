/**
 * Session 53 (h-typst53), layout text (`pdftotext -layout` of Typst's PDFs: narrow justified cells
 * with hyphenation). A run whose last word is a piece broken at its line's end, opened in one column
 * with its last words read into the next by their x, is the left cell's line when the word's rest
 * opens the grid line below under the run's text and nothing stands below the tail
 * (`brokenLineEndRestBelowLeft`, src/tables/brokenLineEnd.ts):
 *
 * - corpus20 val20g v20g-012 as committed: "– Briefings delivered to the Security Coun\u00AD" with the
 *   measure column's edge at "Coun\u00AD", "cil." below under "Briefings" (the measure had read
 *   "Security Coun-" and the outcome "Briefings delivered to the cil.");
 * - corpus20 val20n v20n-019 as committed: "praisals of all staff before the dead\u00AD" with the
 *   outcome column's edge at "dead\u00AD", "line" below under "praisals" (the outcome had read
 *   "dead- Mandatory courses completed", the objective "… before the line").
 *
 * The layouts keep the committed soft hyphens; `repairText` prints one before a space as a hyphen,
 * as the extractor does. Both tests fail without the rule (checked: its call removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { repairText } from "../../src/vocab/text.js";

const PIECE_READ_INTO_MEASURE = [
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "Objectives                                Risks and mitigations                           Outcomes                                  Performance measures",
  "To ensure the participation of women in – Partners submit data late; mitigation: a        – Truce arrangements agreed and moni\u00AD – Truce violations investigated: 75 per cent.",
  "the peace process within the approved     shared calendar with reminders.                   tored.",
  "resources                               – Political tensions delay meetings; mitiga\u00AD      – Briefings delivered to the Security Coun\u00AD",
  "                                          tion: informal consultations between ses\u00AD         cil.",
  "                                          sions.",
  "To facilitate negotiations towards a – Interlocutors change after a reshuffle; mit\u00AD – Prisoner exchanges completed.         – Meetings of the women’s advisory group",
  "comprehensive political settlement in   igation: early contact with new officials.  – Economic track meetings held with the   (target: 5).",
  "the current period                    – Political tensions delay meetings; mitiga\u00AD    parties.                              – Detainees released (target: 688).",
  "                                        tion: informal consultations between ses\u00AD",
  "                                        sions.",
].join("\n");

const PIECE_READ_INTO_OUTCOME = [
  "B. MANAGERIAL OBJECTIVES",
  "OBJECTIVES                         OUTCOMES                                           INDICATORS OF ACHIEVEMENT                            BASELINE      TARGET",
  "To complete the performance ap\u00AD Mandatory courses completed                           Staff who completed the ethics course                72%           78%",
  "praisals of all staff before the dead\u00AD",
  "line",
  "To improve the geographical diver\u00AD Recruitments completed within the timeline         Air tickets purchased sixteen days ahead             73%           ≥ 75%",
  "sity of the staff of the Office    Mandatory courses completed                        Reduction in emissions from travel                   15%           16 per cent",
].join("\n");

describe("a broken piece ending a run read into the next column (layout text)", () => {
  it("gives the tail back to the left cell when the rest opens the line below under the run (v20g-012)", () => {
    const row = textRows(repairText(PIECE_READ_INTO_MEASURE)).find((r) => r.objective.startsWith("To ensure the participation"));
    expect(row?.accomplishments).toEqual(["Truce arrangements agreed and monitored.", "Briefings delivered to the Security Council."]);
    expect(row?.measures).toEqual(["Truce violations investigated: 75 per cent."]);
  });

  it("keeps an objective's last piece in the objective when its rest opens the line below (v20n-019)", () => {
    const row = textRows(repairText(PIECE_READ_INTO_OUTCOME)).find((r) => r.objective.startsWith("To complete the performance"));
    expect(row?.objective).toBe("To complete the performance appraisals of all staff before the deadline");
    expect(row?.accomplishments).toEqual(["Mandatory courses completed"]);
  });
});
