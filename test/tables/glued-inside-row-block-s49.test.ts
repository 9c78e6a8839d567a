/**
 * Session 49 (h-typst49), layout text (`pdftotext -layout` of Typst's PDFs: narrow justified cells).
 * pdftotext sets each line of a justified row block on a grid of its own and glues a cell's last
 * word one space to the next cell's text, so a row's line can read as one run of prose: the glued
 * capital stands a few characters off the header's edge and off the runs of the lines below.
 *
 * `gluedInsideRowBlock` (src/tables/index.ts, the table-end test): a one-run line right under the
 * open table's last line, a capital glued one space after a word in lower case (or a broken piece)
 * before a later column's edge, and the block going on right under it (a run or a glued capital
 * within three characters, or only the first cell's wrapped tail) is the table's row, not prose.
 * The layouts are corpus20 val20g v20g-001 and val20l v20l-025 as committed (the table had ended at
 * the glued line: "mandatory courses on ethics and in­ Staff …", "Advisory Committee and the Fifth
 * Com­ Recommendations …"). Both tests fail without the rule (checked: its call removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { repairText } from "../../src/vocab/text.js";

const RUN_BELOW = [
  "B. MANAGERIAL OBJECTIVES",
  "1. Human and financial resources",
  " Objective                                  Key performance indicator",
  " To publish the documents of the Office Oversight recommendations implemented (target: 98%).",
  " in all official languages on time      Staff who completed the ethics course (target: 97%).",
  "                                        Average days to fill a vacant post: 111.",
  " To purchase air tickets at least sixteen Staff who completed the ethics course: 86%.",
  " days before travel                       Average days to fill a vacant post (target: 120 days).",
  "                                          Appraisals completed on time: 98 per cent.",
  " To ensure that all staff complete the Air tickets purchased sixteen days ahead: 86%.",
  " mandatory courses on ethics and in\u00AD Staff from unrepresented Member States: 24%.",
  " tegrity                               Reduction in emissions from travel: 30%.",
  "                                       Appraisals completed on time: 70 per cent.",
  " To improve the geographical diversity Average days to fill a vacant post (target: 61 days).",
  " of the staff of the Office            Reduction in emissions from travel: 38%.",
].join("\n");

const TAIL_BELOW = [
  "A. PROGRAMME OBJECTIVES",
  "1. Core mandate",
  " Objective                                  Performance measure",
  " To support the Panel of External Auditors Audit opinions issued: 32.",
  " in harmonizing audit practice, in cooper\u00AD Recommendations fully implemented: 57%.",
  " ation with the parties concerned          Average time to issue a management letter: 59.",
  " To improve the follow-up of the rec\u00AD Reports issued by 31 July: ≥ 84%.",
  " ommendations of the Board within the Audit opinions issued: ≥ 29.",
  " approved resources                   Average time to issue a management letter: 58.",
  " To present the reports of the Board to the Audit opinions issued (target: 30).",
  " Advisory Committee and the Fifth Com\u00AD Recommendations fully implemented: ≥ 48%.",
  " mittee",
  " To coordinate the audits of the entities   Audit opinions issued: ≥ 23.",
  " assigned to the members of the Board       Recommendations fully implemented: ≥ 76%.",
].join("\n");

describe("a line glued inside a justified row block keeps the table open (gluedInsideRowBlock, layout text)", () => {
  it("reads the glued line and the rows after it when the line below opens a run near the glued capital (v20g-001)", () => {
    const rows = textRows(repairText(RUN_BELOW));
    expect(rows.map((r) => r.objective)).toEqual([
      "To publish the documents of the Office in all official languages on time",
      "To purchase air tickets at least sixteen days before travel",
      "To ensure that all staff complete the mandatory courses on ethics and integrity",
      "To improve the geographical diversity of the staff of the Office",
    ]);
    expect(rows[2]?.measures).toEqual([
      "Air tickets purchased sixteen days ahead: 86%.",
      "Staff from unrepresented Member States: 24%.",
      "Reduction in emissions from travel: 30%.",
      "Appraisals completed on time: 70 per cent.",
    ]);
  });

  it("reads the glued line when only the first cell's wrapped tail lies below it (v20l-025)", () => {
    const rows = textRows(repairText(TAIL_BELOW));
    // The glued row's own cells still take each other's words ("to the" of its first line goes to
    // the measure): the table goes on, and the row after it is read whole.
    expect(rows).toHaveLength(4);
    expect(rows[2]?.objective.startsWith("To present the reports of the Board")).toBe(true);
    expect(rows[3]?.objective).toBe("To coordinate the audits of the entities assigned to the members of the Board");
    expect(rows[3]?.measures).toEqual(["Audit opinions issued: ≥ 23.", "Recommendations fully implemented: ≥ 76%."]);
  });
});
