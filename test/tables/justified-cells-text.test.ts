import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const text = (o: { text?: string } | string) => (typeof o === "string" ? o : (o.text ?? ""));

function read(lines: readonly string[]) {
  const layout = textToLayout(lines.join("\n"));
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    accomplishments: o.accomplishments.map(text),
    measures: o.measures.map((m) => [m.text, m.baseline, m.target]),
  }));
}

describe("pdftotext -layout of justified table cells (session 29, h-t20; corpus20 typst.txt)", () => {
  it("keeps a justified line's last word, printed a few characters left of the next column, in its own cell", () => {
    // d20-007: Typst stretched "Appraisals finalized on" to the cell's width; pdftotext printed the
    // stretched gaps as runs of spaces and "on" three characters left of where the next column's
    // lines open — the next run, "Staff …", opens that column itself.
    const rows = read([
      "Outcomes                         Key performance indicators                   Baseline    Target",
      "Objective 1: To reduce the time taken to recruit staff against vacant posts",
      "Appraisals     finalized    on   Staff from unrepresented Member States.      11%         13 per cent",
      "schedule.",
      "Recruitments         completed Staff who completed the ethics course.         73%         At least 80%",
      "within the timeline.           Budget implementation rate.                    86%         ≥ 91%",
    ]);
    expect(rows).toEqual([
      {
        accomplishments: ["Appraisals finalized on schedule.", "Recruitments completed within the timeline."],
        measures: [
          ["Staff from unrepresented Member States.", "11%", "13 per cent"],
          ["Staff who completed the ethics course.", "73%", "At least 80%"],
          ["Budget implementation rate.", "86%", "≥ 91%"],
        ],
      },
    ]);
  });

  it("keeps a justified measure's word standing in the right half of its column out of the Baseline", () => {
    // d20-003: "Kilometres of" stretched across a narrow measure column; "of" stands nine characters
    // left of the Baseline edge, where "830 (2011)" opens the Baseline itself.
    const rows = read([
      "OBJECTIVE              EXPECTED                 KEY PERFORMANCE            BASELINE     TARGET",
      "                       ACCOMPLISHMENT           INDICATOR",
      "",
      "To    support  the       1) Maritime boundary     Kilometres        of       830 (2011)   At least 861",
      "demarcation     of          charts agreed by      boundary assessed",
      "the land boundary           the parties",
      "                                                  Average time to settle     48 days      36 days",
      "                                                  a disagreement in the",
      "                                                  field",
    ]);
    expect(rows.map((r) => r.measures)).toEqual([
      [
        ["Kilometres of boundary assessed", "830 (2011)", "At least 861"],
        ["Average time to settle a disagreement in the field", "48 days", "36 days"],
      ],
    ]);
  });

  it("opens a measure where every value column stacks a bound under a value: \"≥ 95%\" over \"≥ 32%\"", () => {
    // d20-004: no blank line and no marker between one-line measures (zebra rows); a bound is a
    // value's opening as a bare figure is, so two stacked in every value column are two measures.
    const rows = read([
      " EXPECTED ACCOMPLISHMENTS                PERFORMANCE MEASURES                      BASELINE          TARGET",
      " OBJECTIVE 3: To keep expenditure within the approved budget of the Office",
      "                                         Staff who completed the ethics course     82%               ≥ 96%",
      " • Mandatory courses completed",
      "                                         Budget implementation rate                74%               ≥ 95%",
      " • Recruitments completed within         Reduction in emissions from travel        24%               ≥ 32%",
      "   the timeline",
    ]);
    expect(rows.map((r) => r.measures)).toEqual([
      [
        ["Staff who completed the ethics course", "82%", "≥ 96%"],
        ["Budget implementation rate", "74%", "≥ 95%"],
        ["Reduction in emissions from travel", "24%", "≥ 32%"],
      ],
    ]);
  });

  it("opens a measure under a whole value where the next value is a bound in words: \"74 per cent\" over \"At least 23\"", () => {
    // d20-016: "Reports issued by 31 July  60%  74 per cent" / "Audit opinions issued  21 (2018)  At
    // least 23" on consecutive grid lines.
    const rows = read([
      " EXPECTED                             KEY PERFORMANCE                       BASELINE        TARGET",
      " ACCOMPLISHMENT                       INDICATOR",
      " Objective: To support the Panel of External Auditors in harmonizing audit practice",
      " i. Long-form reports transmitted     Reports issued by 31 July             60%             74 per cent",
      "    to the General Assembly           Audit opinions issued                 21 (2018)       At least 23",
      "",
      "                                      Entities audited                      20 (2006)       22",
    ]);
    expect(rows.map((r) => r.measures)).toEqual([
      [
        ["Reports issued by 31 July", "60%", "74 per cent"],
        ["Audit opinions issued", "21 (2018)", "At least 23"],
        ["Entities audited", "20 (2006)", "22"],
      ],
    ]);
  });

  it("gives a broken word's rest, glued to the end of an objective's line, to the cell whose line above broke it", () => {
    // d20-005: "Coun-" ends the accomplishment's first line; its rest "cil." is printed one space
    // after the objective's second line, exactly under the accomplishment's opening.
    const objectives = (lines: readonly string[]) => {
      const layout = textToLayout(lines.join("\n"));
      return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments.map(text)]);
    };
    expect(
      objectives([
        "OBJECTIVES                                 OUTCOMES                                    INDICATORS OF ACHIEVEMENT                  BASELINE     TARGET",
        "To advance economic measures that ease Briefings delivered to the Security Coun- Rounds of consultations convened.                 0            1",
        "the suffering of the population in the cil.",
        "current period",
        "To support the political transition and     Truce arrangements agreed and moni-         Average time to convene the parties af-    20 days      Not more than 19 days",
        "the National Dialogue Conference            tored.                                      ter an escalation.",
        "                                                                                        Briefings to the Security Council.         6            At least 8",
      ]),
    ).toEqual([
      ["To advance economic measures that ease the suffering of the population in the current period", ["Briefings delivered to the Security Council."]],
      ["To support the political transition and the National Dialogue Conference", ["Truce arrangements agreed and monitored."]],
    ]);
  });
});
