/**
 * pdftotext -layout text of web-exported PDFs (session 27, h-j18t; corpus18 jspdf.txt shapes, made
 * minimal): cells glued one space apart with no list marker, a straddling word before a capital, a
 * value after a colon, a value glued at its column's exact edge, a later column's numbering under a
 * centred objective. Each test fails on the build before these rules.
 */
import { describe, expect, it } from "vitest";
import { textRows, textRowsWithValues } from "../support/table-rows.js";

describe("a capitalised word glued at a column edge that the lines below open (capitalGluedAtColumnEdge)", () => {
  // Two columns, items ending with full stops (no markers): the first objective's lines run into
  // the indicators one space apart; the indicators below open under "KEY".
  const text = [
    "OBJECTIVES                           KEY PERFORMANCE INDICATORS",
    "To implement the recommendations Average days to fill a vacancy: 159.",
    "of the oversight bodies within the set Women among staff at the P-5 level: 52%.",
    "deadlines",
    "To reduce the environmental          Budget implementation rate: 89%.",
    "footprint of the Office              Women among staff at the P-5 level (target:",
    "                                     48%).",
    "                                     Average days to fill a vacancy: 105.",
  ].join("\n");

  it("reads the glued first line as a row, and the straddling lower-case word as the objective's", () => {
    expect(textRows(text)).toEqual([
      {
        objective: "To implement the recommendations of the oversight bodies within the set deadlines",
        accomplishments: [],
        measures: ["Average days to fill a vacancy: 159.", "Women among staff at the P-5 level: 52%."],
      },
      {
        objective: "To reduce the environmental footprint of the Office",
        accomplishments: [],
        measures: ["Budget implementation rate: 89%.", "Women among staff at the P-5 level (target: 48%).", "Average days to fill a vacancy: 105."],
      },
    ]);
  });

  it("keeps a paragraph after a table a paragraph when no line below opens a cell at the edge", () => {
    const prose = [
      "OBJECTIVES                           KEY PERFORMANCE INDICATORS",
      "To reduce the environmental          Budget implementation rate: 89%.",
      "footprint of the Office              Average days to fill a vacancy: 105.",
      "",
      "The Office will report on progress to United Nations bodies in its annual report to the",
      "General Assembly and will consult the Member States on the results achieved in the year.",
    ].join("\n");
    expect(textRows(prose).map((r) => r.objective)).toEqual(["To reduce the environmental footprint of the Office"]);
  });
});

describe("a number right after a colon ends its sentence: no hung marker of the next cell", () => {
  it("keeps '23.' with its measure, the next cell's wrapped word glued one space on", () => {
    const text = [
      "Objective                           Performance measures                  Expected accomplishments",
      "To develop job evaluation            • Participants trained: 117.          • Training provided to the human",
      "standards for the common system      • Field visits conducted: 8.          resources focal points.",
      "To regulate and coordinate the       • Participants trained: 122.          • Hardship classifications reviewed and",
      "conditions of service of staff in    • Local salary surveys completed: 23. issued.",
      "the United Nations common            • Duty stations reviewed within the",
      "system                               cycle: 82%.",
    ].join("\n");
    const rows = textRows(text);
    expect(rows[1]?.measures).toEqual(["Participants trained: 122.", "Local salary surveys completed: 23.", "Duty stations reviewed within the cycle: 82%."]);
    expect(rows[1]?.accomplishments).toEqual(["Hardship classifications reviewed and issued."]);
  });
});

describe("a value glued at its value column's exact edge pushes the next run into the next column", () => {
  it("reads '65%' as the baseline and '≥ 83%' as the target", () => {
    // The blocks' values stand several characters left of "Baseline Target" (each block of rows on a
    // grid of its own: corpus18 d18-010 jspdf.txt, its managerial table).
    const text = [
      "Expected result                              Key performance indicator                  Baseline Target",
      "Objective 1: To achieve gender parity at all levels of the Office",
      "(a) Vacancies filled within the recruitment Budget implementation rate.          75%               ≥ 93%",
      "benchmark.",
      "                                            Performance evaluations completed on 92%               At least",
      "                                            time.                                                  98%",
      "Objective 2: To reduce the environmental footprint of the Office",
      "(a) Travel booked in advance of departure. Women among staff at the P-5 level           38%        ≥ 42%",
      "                                           and above.",
      "Objective 3: To implement the recommendations of the oversight bodies within the set",
      "deadlines",
      "(a) Oversight recommendations closed.        Air tickets purchased 16 days before       48%        58%",
      "\f                                          travel.",
      "(b) Vacancies filled within the recruitment Budget implementation rate.        81%   ≥ 92%",
      "benchmark.",
      "Objective 4: To comply with the policy on the advance purchase of air tickets",
      "(a) Mandatory courses completed by staff. Oversight recommendations            58%   66%",
      "                                          implemented on time.",
      "                                          Staff who completed all mandatory    89%   ≥ 90%",
      "                                          courses.",
      "(b) Oversight recommendations closed.     Women among staff at the P-5 level   44%   ≥ 51%",
      "                                          and above.",
      "(c) Budget implemented as approved.       Performance evaluations completed on 65%   ≥ 83%",
      "                                          time.",
      "                                          Budget implementation rate.          86%   ≥ 88%",
    ].join("\n");
    const row = textRowsWithValues(text)[3];
    expect(row?.measures).toEqual(["Oversight recommendations implemented on time.", "Staff who completed all mandatory courses.", "Women among staff at the P-5 level and above.", "Performance evaluations completed on time.", "Budget implementation rate."]);
    expect(row?.baselines).toEqual(["58%", "89%", "44%", "65%", "86%"]);
    expect(row?.targets).toEqual(["66%", "≥ 90%", "≥ 51%", "≥ 83%", "≥ 88%"]);
  });
});

describe("a numbered line alone in a later column continues that column's numbering (continuesCellNumbering)", () => {
  it("reads '3. …' under a row line's '2. …' as the cell's next item, not a heading ending the table", () => {
    const text = [
      " OBJECTIVE                                              EXPECTED RESULT                                        INDICATOR OF ACHIEVEMENT",
      "",
      "                                                        1. Budget implemented as approved                      1. Performance evaluations completed on time: 75%",
      "",
      "                                                                                                               1. Staff who completed all mandatory courses: 88%",
      " To comply with the policy on the advance purchase of   2. Travel booked in advance of departure",
      "                                                                                                               2. Women among staff at the P-5 level and above (target: 36%)",
      " air tickets",
      "                                                                                                               1. Oversight recommendations implemented on time: 88%",
      "                                                        3. Vacancies filled within the recruitment benchmark",
      "                                                                                                               2. Average days to fill a vacancy: 93",
      "",
      " To improve the timeliness of recruitment to vacant                                                            1. Average days to fill a vacancy (target: 152 days)",
      "                                                        1. Oversight recommendations closed",
      " posts                                                                                                         2. Performance evaluations completed on time: 74%",
    ].join("\n");
    const rows = textRows(text);
    expect(rows.map((r) => r.objective)).toEqual(["To comply with the policy on the advance purchase of air tickets", "To improve the timeliness of recruitment to vacant posts"]);
    expect(rows[0]?.accomplishments).toEqual(["Budget implemented as approved", "Travel booked in advance of departure", "Vacancies filled within the recruitment benchmark"]);
    expect(rows[1]?.measures).toEqual(["Average days to fill a vacancy (target: 152 days)", "Performance evaluations completed on time: 74%"]);
  });
});
