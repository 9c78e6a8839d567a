/**
 * pdftotext -layout text of Typst tables whose justified or hyphenated cell lines reach their column's
 * edge (session 33, h-v20; corpus20 val20 typst.txt, the validation draw): the next cell's list marker
 * is glued one space after the last word — a Roman numeral with a full stop ("To assist the parties
 * in the i. Field …", v20-006) or a number with one ("To implement the accepted 1. Oversight …",
 * v20-026). `gluedMarkerOpenings` asked only bracketed numbers for their peers (the markers glued at
 * the same place on the lines around); it now asks "1.", "ii." and bullet glyphs too, and reads
 * "ii." / "iii." as one Roman numbering with "i.". Each case fails without the change (the marker
 * stays in the objective, or the objective is not found). Soft hyphens as `repairText` leaves them
 * before a space: "-".
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const roman = [
  "SECTION 1 : DELIVERING RESULTS",
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "OBJECTIVE                    EXPECTED RESULT                      KEY PERFORMANCE INDICATOR",
  "To assist the parties in the i. Field assessment missions com-     i. Boundary pillars emplaced: ≥",
  "delineation of the maritime     pleted.                               276.",
  "boundary in the current pe-                                       ii. Pillar contracts completed on",
  "riod                                                                  time (target: 70%).",
  "To support the demarca- i. Boundary pillars emplaced and          i. Boundary pillars emplaced: ≥",
  "tion of the land bound-     verified.                                70.",
  "ary between Cameroon",
  "and Nigeria, in cooperation",
  "with the parties concerned",
  "To protect the rights of the i. Joint projects for the affected    i. Average time to settle a dis-",
  "populations living in the af-   populations launched.                 agreement in the field (target:",
  "fected areas within the ap-                                           44 days).",
  "proved resources                                                  ii. Sessions of the Mixed Commis-",
  "                                                                      sion: 1.",
  "                             ii. Boundary pillars emplaced and     i. Boundary pillars emplaced: ≥",
  "                                 verified.                            177.",
  "                                                                  ii. Joint projects under way (target:",
  "                                                                      14).",
  "                             iii. Reports of the follow-up com-    i. Kilometres of boundary as-",
  "                                  mittee issued.                      sessed: ≥ 538.",
  "                                                                  ii. Pillar contracts completed on",
  "                                                                      time: ≥ 68%.",
  "To monitor the implemen- i. Reports of the follow-up commit- i. Average time to settle a dis-",
  "tation of the Greentree     tee issued.                         agreement in the field: 15.",
  "Agreement on the Bakassi ii. Field assessment missions com- i. Pillar contracts completed on",
  "peninsula in the current     pleted.                             time: ≥ 63%.",
  "period                                                       ii. Boundary pillars emplaced: ≥",
  "                                                                 286.",
].join("\n");

const decimal = [
  "B. MANAGERIAL OBJECTIVES",
  " Objectives                         Performance measures",
  " To implement the accepted 1. Oversight recommendations implemented: ≥ 94%",
  " recommendations of the oversight 2. Average days to fill a vacant post (target: 147",
  " bodies                              days)",
  " To reduce the time taken to recruit 1. Average days to fill a vacant post: 157",
  " staff against vacant posts          2. Appraisals completed on time: ≥ 95%",
  "                                     3. Reduction in emissions from travel: 9%",
  " To improve the geographical 1. Staff from unrepresented Member States: ≥ 11%",
  " diversity of the staff of the Office 2. Oversight recommendations implemented: 96 per",
  "                                         cent",
  "                                      3. Average days to fill a vacant post: 68",
  " To complete the performance 1. Reduction in emissions from travel: 23%",
  " appraisals of all staff before the 2. Appraisals completed on time: 87%",
  " deadline                           3. Average days to fill a vacant post (target: 121",
  "                                       days)",
  " To purchase air tickets at least 1. Average days to fill a vacant post: 134",
  " sixteen days before travel       2. Appraisals completed on time: ≥ 92%",
].join("\n");

describe("list markers with a full stop glued inside runs at a column's edge", () => {
  it("open the accomplishment cell after a justified objective line (Roman numerals: i., ii., iii.)", () => {
    const rows = textRows(roman);
    expect(rows.map((r) => r.objective)).toEqual([
      "To assist the parties in the delineation of the maritime boundary in the current period",
      "To support the demarcation of the land boundary between Cameroon and Nigeria, in cooperation with the parties concerned",
      "To protect the rights of the populations living in the affected areas within the approved resources",
      "To monitor the implementation of the Greentree Agreement on the Bakassi peninsula in the current period",
    ]);
    expect(rows[0]?.accomplishments).toEqual(["Field assessment missions completed."]);
    expect(rows[3]?.accomplishments).toEqual(["Reports of the follow-up committee issued.", "Field assessment missions completed."]);
    expect(rows[3]?.measures.slice(0, 2)).toEqual(["Average time to settle a disagreement in the field: 15.", "Pillar contracts completed on time: ≥ 63%."]);
  });
  it("open the measure cell of a two-column table (numbers: 1., 2., 3.)", () => {
    const rows = textRows(decimal);
    expect(rows.map((r) => r.objective)).toEqual([
      "To implement the accepted recommendations of the oversight bodies",
      "To reduce the time taken to recruit staff against vacant posts",
      "To improve the geographical diversity of the staff of the Office",
      "To complete the performance appraisals of all staff before the deadline",
      "To purchase air tickets at least sixteen days before travel",
    ]);
    expect(rows[0]?.measures).toEqual(["Oversight recommendations implemented: ≥ 94%", "Average days to fill a vacant post (target: 147 days)"]);
    expect(rows[4]?.measures).toEqual(["Average days to fill a vacant post: 134", "Appraisals completed on time: ≥ 92%"]);
  });
});
