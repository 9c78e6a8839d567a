/**
 * pdftotext -layout text (session 18, h-t910): hand-made texts after corpus9 d9-015 and corpus10
 * d10b-023, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { textRows } from "../support/table-rows.js";

/** Per row, per measure: [text, baseline, target]. */
function measures(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => [m.text, m.baseline, m.target]));
}

describe("a broken Baseline label whose tail is glued to its year, over values glued across the edge", () => {
  // "TARGET BASELIN" is one run over "2013" and "E (2012)" (the tail glued to the year by one
  // space); the two values of a row are glued by one space across the Baseline edge, the first
  // running past it with its unit (corpus9 d9-015).
  const text = [
    "      OBJECTIVES                  EXPECTED                        PERFORMANCE                TARGET BASELIN",
    "                               ACCOMPLISHMENTS                      MEASURES                   2013  E (2012)",
    "To reduce the time taken to Counselling services            Performance documents            90 per cent 81 per cent",
    "fill vacant posts           available at all duty           completed on time",
    "                            stations",
    "To modernize the staff         Performance evaluations      Unrepresented and                      42             50",
    "selection system               completed on schedule        underrepresented Member",
    "                                                            States",
    "                                                            Women at D-1 level and above     35 per cent 33 per cent",
  ].join("\n");
  it("reads Target and Baseline as two columns and keeps each value whole in its own", () => {
    expect(measures(text)).toEqual([
      [["Performance documents completed on time", "81 per cent", "90 per cent"]],
      [
        ["Unrepresented and underrepresented Member States", "50", "42"],
        ["Women at D-1 level and above", "33 per cent", "35 per cent"],
      ],
    ]);
  });
});

describe("a two-line accomplishment centred on a one-line measure whose numbering starts over", () => {
  // "Counsellors available after" / "(a) 49 …" / "critical incidents": the restart's sub-row has no
  // accomplishment line of its own on or below it, so it opens on the line above (corpus10 d10b-023).
  const text = [
    "                                                                         INDICATORS OF",
    "         OBJECTIVES                EXPECTED RESULTS",
    "                                                                          ACHIEVEMENT",
    "                                                                 (a) 7% reduction in road traffic",
    "                                                                     accidents",
    "                               Crisis management teams",
    "                                                                 (b) 1,992 personnel trained in",
    "                             exercised",
    "                                                                  safe and secure approaches",
    "To modernize the tracking                                         to field environments",
    "of personnel in the field",
    "                             Gender considerations            (a) 9 host country agreements",
    "                             included in security plans           reviewed",
    "                             Counsellors available after",
    "                                                              (a) 49 major events secured",
    "                             critical incidents",
    "                                                              (a) 143 premises assessed",
    "                                                                  against the standards",
    "                             Personnel trained before",
    "                                                              (b) 81% of security plans",
    "To support host country      deployment",
    "                                                                  reviewed for gender",
    "security arrangements                                             considerations",
    "                             Crisis management teams          (a) 86% of duty stations with",
    "                             exercised                            current risk assessments",
  ].join("\n");
  it("starts an accomplishment on the line above the restart", () => {
    const rows = textRows(text);
    expect(rows.map((r) => r.accomplishments)).toEqual([
      ["Crisis management teams exercised", "Gender considerations included in security plans", "Counsellors available after critical incidents"],
      ["Personnel trained before deployment", "Crisis management teams exercised"],
    ]);
    expect(rows[0]?.measures.at(-1)).toBe("49 major events secured");
  });
});

describe("a Risks column whose bullets hang far left of its text", () => {
  // The bullets stand sixteen characters left of the risks' text, in the right half of the
  // measure column: one a run of its own, one glued to the end of a measure's line (corpus7 t7-013).
  const text = [
    "Objective: To promote the inclusion of persons with disabilities in",
    "national development plans",
    "      Outcomes                      Indicators                                 Risks",
    "                                         of                                     and",
    "                                   achievement                            mitigations",
    "• Development plans         56 ministries of finance   •               Limited data",
    "  addressing the rights      publishing gender budget                   availability in",
    "  of persons with            statements.                                member States;",
    "  disabilities.             Forecast errors reduced to                 technical",
    "                             74 percentage points.                      cooperation",
    "                            10 cooperation agreements •                Political transitions",
    "                             signed in 2014.                            delay reforms;",
    "                            64 member States reporting                 engagement with",
    "                             on additional Goal                         new authorities",
    "                             indicators.",
  ].join("\n");
  it("opens a risk at each bullet", () => {
    const layout = textToLayout(text);
    const [row] = readTables(layout, findSections(layout)).objectives;
    expect(row?.extra.risksAndMitigations).toEqual(["Limited data availability in member States; technical cooperation", "Political transitions delay reforms; engagement with new authorities"]);
    expect(row?.measures.map((m) => m.text)).toEqual(["56 ministries of finance publishing gender budget statements.", "Forecast errors reduced to 74 percentage points.", "10 cooperation agreements signed in 2014.", "64 member States reporting on additional Goal indicators."]);
  });
});
