/**
 * Session 48 (h-edge48), layout text (`pdftotext -layout`): `runIntoEmptyCell` (src/tables/gluedTail.ts).
 * pdftotext glued the objective's line "performance appraisals of" to the accomplishment's whole line
 * "senior management" by one space, so the header's edge read the accomplishment's words into the
 * objective and the accomplishment's cell was empty on that line. "senior" opens at the character
 * where the accomplishment's "Risk register reviewed by" opens on the grid line above, clear of the
 * objective's "To complete the": the words from there on open the empty cell. The row block is set on
 * a grid of its own (its columns open at 26 and 52, the other rows' at 31 and 58), so the page's widest
 * clean objective line (43 characters) does not tell it. From corpus14 val14h v14h-006. The first test
 * fails without the rule (checked: its call in `assignColumns` removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const GLUED_WHOLE_LINE = [
  "1.B. MANAGING RESOURCES",
  "In 2024 I will give priority to the following results.",
  "",
  "Objectives                     Outcomes                   Key performance indicators              Unit            Baseline   Target",
  "To improve the                 Appraisals completed in    Days from vacancy announcement to       days            198        195",
  "geographical diversity of      the performance            selection",
  "the Office's staff in Africa   management system",
  "",
  "",
  "",
  "To complete the           Risk register reviewed by Share of women among professional             percentage      52%        ≥ 55%",
  "performance appraisals of senior management         staff",
  "all staff on time in the",
  "Asia-Pacific region",
  "",
  "",
  "",
  "To improve the                 Expenditure tracked        Nationalities represented among staff   nationalities   34         at least 37",
  "geographical diversity of      monthly against allotments",
  "the Office's staff in Latin",
  "America and the",
  "Caribbean",
].join("\n");

describe("a cell's whole line glued one space after the cell on its left (runIntoEmptyCell)", () => {
  it("gives 'senior management' back to the accomplishment it opens under", () => {
    const row = textRows(GLUED_WHOLE_LINE).find((r) => r.objective.startsWith("To complete the performance"));
    expect(row?.objective).toBe("To complete the performance appraisals of all staff on time in the Asia-Pacific region");
    expect(row?.accomplishments).toEqual(["Risk register reviewed by senior management"]);
    expect(row?.measures).toEqual(["Share of women among professional staff"]);
  });
  it("leaves an objective line that no neighbouring opening cuts ('geographical diversity of' / 'the Office's staff in Latin')", () => {
    const row = textRows(GLUED_WHOLE_LINE).find((r) => r.objective.startsWith("To improve the geographical diversity of the Office's staff in Latin"));
    expect(row?.objective).toBe("To improve the geographical diversity of the Office's staff in Latin America and the Caribbean");
    expect(row?.accomplishments).toEqual(["Expenditure tracked monthly against allotments"]);
  });
});
