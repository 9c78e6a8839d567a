/**
 * Session 48 (h-typst48), layout text (`pdftotext -layout` of Typst's PDFs: narrow justified cells
 * with hyphenation). A word is broken only where its line ends, so a piece ending with a hyphen
 * that pdftotext glued one space to the next cell's text ends its own cell's line:
 *
 * - `brokenPieceOpensRun` (src/tables/columns.ts): a run that opens with the piece ("com­ – Staff
 *   who completed …") after the stretched gap of a justified line, the item after it in the next
 *   column, the word's rest opening a run on the line below left of the piece ("pleted."): the
 *   piece stays in its own cell (corpus20 val20i v20i-012 as committed; the run went whole to the
 *   measure column: "Mandatory courses pleted." / "com- – Staff who …").
 * - `capitalGluedAtColumnEdge` with `BROKEN_LINE_END` (src/tables/index.ts): a capital glued one
 *   space after such a piece at a column's edge opens a cell, so the line is the table's row, not
 *   prose ("in harmonizing audit practice, in cooper­ Recommendations …", corpus20 val20l v20l-025
 *   as committed; the table had ended there with one row read).
 *
 * The layouts keep the committed soft hyphens; `repairText` prints one before a space as a hyphen,
 * as the extractor does. Both tests fail without their rule (checked: the rule's call removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { repairText } from "../../src/vocab/text.js";

const PIECE_OPENS_RUN = [
  "B. MANAGERIAL OBJECTIVES",
  "Objectives                         Expected results                   Indicators of achievement",
  "To purchase air tickets at least   a) Recruitments        completed   – Appraisals completed on time (target:",
  "sixteen days before travel            within the timeline.              73%).",
  "                                                                      – Staff who completed the ethics course:",
  "                                                                        76 per cent.",
  "                                   b) Greenhouse gas emissions re\u00AD    – Oversight recommendations imple\u00AD",
  "                                      duced.                            mented: 83 per cent.",
  " To complete the performance          a) Appraisals finalized on sched\u00AD – Air tickets purchased sixteen days",
  " appraisals of all staff before the      ule.                             ahead (target: 49%).",
  " deadline",
  " To implement the accepted rec\u00AD a) Mandatory   courses     com\u00AD – Staff who completed the ethics course:",
  " ommendations of the oversight     pleted.                        91 per cent.",
  " bodies                         b) Staff from unrepresented – Average days to fill a vacant post",
  "                                   Member States recruited.       (target: 77 days).",
  "                                      c) Oversight recommendations       – Budget implementation rate: 95%.",
  "                                         implemented.                    – Air tickets purchased sixteen days",
  "                                                                           ahead (target: 52%).",
].join("\n");

const PIECE_BEFORE_CAPITAL = [
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

describe("a word broken at its line's end ends its cell's line (layout text)", () => {
  it("keeps a run's opening piece in its own cell, the item after it in the next (brokenPieceOpensRun, v20i-012)", () => {
    const row = textRows(repairText(PIECE_OPENS_RUN)).find((r) => r.objective.startsWith("To implement the accepted"));
    expect(row?.accomplishments).toEqual(["Mandatory courses completed.", "Staff from unrepresented Member States recruited.", "Oversight recommendations implemented."]);
    expect(row?.measures[0]).toBe("Staff who completed the ethics course: 91 per cent.");
  });

  it("reads a line whose capital is glued after a broken piece as the table's row (BROKEN_LINE_END, v20l-025)", () => {
    const rows = textRows(repairText(PIECE_BEFORE_CAPITAL));
    expect(rows[0]?.objective).toBe("To support the Panel of External Auditors in harmonizing audit practice, in cooperation with the parties concerned");
    expect(rows[0]?.measures).toEqual(["Audit opinions issued: 32.", "Recommendations fully implemented: 57%.", "Average time to issue a management letter: 59."]);
    expect(rows[1]?.objective).toBe("To improve the follow-up of the recommendations of the Board within the approved resources");
  });
});
