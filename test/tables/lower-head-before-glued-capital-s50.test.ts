/**
 * Session 50 (h-typst50), layout text (`pdftotext -layout` of Typst's justified PDFs, corpus20
 * typst.txt). pdftotext sets each line of a justified row block on a grid of its own and glues a
 * cell's last word one space to the next cell's first, so the column edge read from the block's
 * other lines can cut a line's own cell short: the row's first line "To present the reports of the
 * Board to the Audit opinions issued (target: 30)." lies under an edge read from the glued line below
 * ("… Fifth Com­ Recommendations …", 5 characters left of the header's), and "to the" went to the
 * measure.
 *
 * `lowerHeadBeforeGluedCapital` (src/tables/columns.ts, assignColumns' post-placement pass): the words
 * in lower case that open the next column inside a run, the first at or left of the column's edge,
 * followed one space on by a capitalised word, end the left cell's line; the capital opens the
 * column. Not after a piece broken at its line's end, nor when the column's cell right above ends
 * with one (the words are its rest: measured on v20k-009, v20m-011, v20n-010, where the rule
 * without them read a broken word's rest into the left cell). The layouts are corpus20 val20l v20l-025 and val20j v20j-010 as
 * committed. Both tests fail without the rule (checked: its call removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { repairText } from "../../src/vocab/text.js";

const TWO_WORDS = [
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

const ONE_WORD = [
  "A. PROGRAMME OBJECTIVES",
  "1. Core mandate",
  "Objective                               Indicator of achievement",
  "To support the Board in issuing its Average time to issue a management letter (target: 17",
  "audit opinions on time              days).",
  "                                    Audit opinions issued (target: 32).",
  "                                    Recommendations fully implemented: 55%.",
  "To present the reports of the Board to Recommendations fully implemented: 46 per cent.",
  "the Advisory Committee and the Fifth Entities audited: 25.",
  "Committee",
  "To support the Panel of External Reports issued by 31 July: 75%.",
  "Auditors in harmonizing audit Average time to issue a management letter: 47.",
  "practice                         Entities audited: 21.",
].join("\n");

describe("lower-case words before a glued capital end the left cell's line (lowerHeadBeforeGluedCapital, layout text)", () => {
  it("keeps \"to the\" in the objective when the edge was read from the glued line below (v20l-025)", () => {
    const rows = textRows(repairText(TWO_WORDS));
    expect(rows[2]?.objective).toBe("To present the reports of the Board to the Advisory Committee and the Fifth Committee");
    expect(rows[2]?.measures).toEqual(["Audit opinions issued (target: 30).", "Recommendations fully implemented: ≥ 48%."]);
  });

  it("keeps one word before the glued capital in the objective (v20j-010)", () => {
    const rows = textRows(repairText(ONE_WORD));
    expect(rows[1]?.objective).toBe("To present the reports of the Board to the Advisory Committee and the Fifth Committee");
    expect(rows[1]?.measures).toEqual(["Recommendations fully implemented: 46 per cent.", "Entities audited: 25."]);
  });

});
