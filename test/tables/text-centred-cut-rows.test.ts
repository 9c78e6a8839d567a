/**
 * pdftotext -layout text of Word tables whose cells are centred vertically (session 16, h-cen):
 * hand-made texts after test/corpus7 tune7b, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

function read(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    measures: o.measures.map((m) => m.text),
    risks: o.extra?.["risksAndMitigations"],
  }));
}

describe("a centred row under the rest of a row cut by a page break (text)", () => {
  // A thick-grid table (horizontal rules, no blank lines on pdftotext's grid): the first row is cut
  // by the break, its last measure's rest ("request.") opens page 2 under the repeated header. The
  // next row's objective is centred on six lines of measures; its first line sits beside "donor
  // briefings each quarter", the rest of a risk that opened above it, below the cut row's rest.
  // Read top-aligned, the first measure and risk of that row went to the cut row (corpus7 t7b-012).
  const text = [
    "              OBJECTIVES                               INDICATORS OF ACHIEVEMENT                               RISKS AND MITIGATIONS",
    " Objective 4: To strengthen the                • Investigations of serious misconduct completed           – Insecurity on supply routes; convoy",
    " accountability of uniformed personnel for       within 12 days.                                            escorts planned in advance",
    " conduct and discipline.                       • Results-based budget frameworks submitted for all 25     – Pledged enablers withdrawn late;",
    "                                                 active missions.                                           early warning to troop contributors",
    "                                               • Standing police capacity deployed within 6 days of a",
    "",
    "",
    "\f             OBJECTIVES                                 INDICATORS OF ACHIEVEMENT                           RISKS AND MITIGATIONS",
    "                                                   request.",
    "                                             • 5 per cent of contingents meeting the operational",
    "                                               readiness standard at inspection.                        – Funding gaps in voluntary trust funds;",
    "Objective 5: To improve the safety of        • Mine-detection training delivered to 34 troop-             donor briefings each quarter",
    "peacekeepers against explosive hazards.        contributing countries.                                  – Host State consent limited; sustained",
    "                                             • 5 mission planning processes including a gender            political engagement",
    "                                               analysis in 2009.",
    "                                             • 44 per cent of contingents meeting the operational       – Host State consent limited; sustained",
    "Objective 6: To protect civilians under        readiness standard at inspection.                          political engagement",
    "imminent threat in the areas where",
    "                                             • Mine-detection training delivered to 40 troop-           – Pledged enablers withdrawn late;",
    "peacekeeping missions deploy.",
    "                                               contributing countries.                                    early warning to troop contributors",
    "",
  ].join("\n");

  it("gives the cut row only its rest, and the centred row the lines above its objective", () => {
    const rows = read(text);
    expect(rows.map((r) => [r.objective, r.measures.length, r.risks])).toEqual([
      ["To strengthen the accountability of uniformed personnel for conduct and discipline.", 3, ["Insecurity on supply routes; convoy escorts planned in advance", "Pledged enablers withdrawn late; early warning to troop contributors"]],
      ["To improve the safety of peacekeepers against explosive hazards.", 3, ["Funding gaps in voluntary trust funds; donor briefings each quarter", "Host State consent limited; sustained political engagement"]],
      ["To protect civilians under imminent threat in the areas where peacekeeping missions deploy.", 2, ["Host State consent limited; sustained political engagement", "Pledged enablers withdrawn late; early warning to troop contributors"]],
    ]);
    expect(rows[1]!.measures[0]).toBe("5 per cent of contingents meeting the operational readiness standard at inspection.");
  });
});

describe("a centred table whose first row is cut by a page break before its objective prints (text)", () => {
  // A grid table of row-span sub-rows with vertically centred cells (Word): the header ends page
  // 1 over the first row's first lines; the row's objective, centred on the whole row, prints only
  // on page 2, beside "to field environments", the rest of a measure the break cut. That line
  // votes the table centred (a top-aligned row opens every cell on its objective's first line, and
  // top-aligned rows never overlap), and page 1's objective-less lines are that row's upper part,
  // not a row of their own (corpus10 d10b-023).
  const text = [
    "                                                                         INDICATORS OF",
    "         OBJECTIVES                EXPECTED RESULTS",
    "                                                                          ACHIEVEMENT",
    "                                                                 (a) 7% reduction in road traffic",
    "                                                                     accidents",
    "                               Crisis management teams",
    "                                                                 (b) 1,992 personnel trained in",
    "",
    "",
    "\f                             exercised",
    "                                                                  safe and secure approaches",
    "To modernize the tracking                                         to field environments",
    "of personnel in the field",
    "                             Gender considerations            (a) 9 host country agreements",
    "                             included in security plans           reviewed",
    "                                                              (a) 49 major events secured",
    "                                                              (a) 143 premises assessed",
    "                                                                  against the standards",
    "                             Personnel trained before",
    "                                                              (b) 81% of security plans",
    "To support host country      deployment",
    "                                                                  reviewed for gender",
    "security arrangements                                             considerations",
    "                             Crisis management teams          (a) 86% of duty stations with",
    "                             exercised                            current risk assessments",
    "",
  ].join("\n");

  it("reads the row whole, and the next row's upper half as its own", () => {
    const rows = read(text);
    expect(rows.map((r) => [r.objective, r.measures])).toEqual([
      ["To modernize the tracking of personnel in the field", ["7% reduction in road traffic accidents", "1,992 personnel trained in safe and secure approaches to field environments", "9 host country agreements reviewed", "49 major events secured"]],
      ["To support host country security arrangements", ["143 premises assessed against the standards", "81% of security plans reviewed for gender considerations", "86% of duty stations with current risk assessments"]],
    ]);
  });
});

describe("a value centred between a measure's two lines (text)", () => {
  // Measure sub-rows with vertically centred cells (Word, horizontal rules): the second measure of
  // the last row wraps on two lines, and its values, centred on it, print on the grid line between
  // them. The line under the values goes on with the measure though it opens with a capital
  // ("Member States"): read as a new measure, the values went to the measure above (corpus10
  // d10b-018).
  const text = [
    "               Objective                             Key Performance Indicator                   Baseline          Target",
    " To achieve gender balance among            Reduction in travel emissions                       16 per cent      18 per cent",
    " staff at the Professional level and",
    " above                                      Vacancy rate                                            4%               3%",
    "                                            Percentage of documents submitted on time               93%             97%",
    " To recruit staff from unrepresented",
    " and underrepresented Member States         Number of appointments from unrepresented",
    "                                                                                                     7                8",
    "                                            Member States",
    "",
  ].join("\n");

  it("is that measure's, not the measure above's", () => {
    const layout = textToLayout(text);
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => [m.text, m.baseline, m.target]));
    expect(rows[rows.length - 1]).toEqual([
      ["Percentage of documents submitted on time", "93%", "97%"],
      ["Number of appointments from unrepresented Member States", "7", "8"],
    ]);
  });
});
