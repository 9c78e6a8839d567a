/**
 * Plain text (pdftotext -layout) of tables whose rows hold sub-rows: one accomplishment per
 * sub-row beside its measures, one measure per sub-row beside its Baseline and Target. The
 * character grid keeps no padding between sub-rows, and the items carry neither markers nor
 * full stops: what tells a sub-row's end is the grid itself.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

function rows(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments,
    measures: o.measures.map((m) => m.text),
    baseline: o.measures.map((m) => m.baseline),
    target: o.measures.map((m) => m.target),
  }));
}

describe("plain text: a sub-row's accomplishment a line shorter than its measure", () => {
  it("ends the accomplishment at the grid line where only the measure runs on, whatever word it stops on", () => {
    // LibreOffice's rowspan sub-rows, top-aligned: "acted upon" stops on a preposition (the
    // line-fill cue never ends an item there) and the narrow column has too few lines to measure
    // its width; the measure beside it runs on over the hole ("(percentage)").
    const text = [
      "Objective               Expected results               Performance measures               Baseline      Target",
      "To achieve gender       Risk registers maintained and  Days from job opening to selection  144 days      114 days",
      "parity at all levels    acted upon                     Women at P-5 level and above         36%           41%",
      "of the department                                      (percentage)",
      "                        Managers modelling ethical     Tickets purchased 16 days in         39%           51%",
      "                        leadership                     advance (percentage)",
    ].join("\n");
    const [row] = rows(text);
    expect(row?.accomplishments).toEqual(["Risk registers maintained and acted upon", "Managers modelling ethical leadership"]);
    expect(row?.measures).toEqual(["Days from job opening to selection", "Women at P-5 level and above (percentage)", "Tickets purchased 16 days in advance (percentage)"]);
  });

  it("keeps a cell's lines together when another column's line falls between them (an interleaved centred cell)", () => {
    // Values centred beside a two-line measure print between the measure's lines: the grid line
    // between them holds only the values, which have no text on the lines beside it — the
    // measure's cell runs on ("… deploy staff to" / "United Nations missions").
    const text = [
      "Objective               Expected results               Performance measures               Baseline      Target",
      "To achieve gender       Risk registers maintained and  Days needed to deploy staff to",
      "parity                  acted upon                                                         36%           41%",
      "                                                       United Nations missions",
    ].join("\n");
    const [row] = rows(text);
    expect(row?.measures).toEqual(["Days needed to deploy staff to United Nations missions"]);
    expect(row?.target).toEqual(["41%"]);
  });
});

describe("plain text: one measure per sub-row with its Baseline and Target", () => {
  it("starts the next measure where every value column opens a number right under the values above", () => {
    // "50 per" / "cent" wraps in both value columns; the next sub-row's values open on the very
    // next grid line ("31", "35"), with no blank line between: a value's wrapped line goes on with
    // its unit or words, two of them going on with a number on one line are the next sub-row.
    const text = [
      "Objective 1: To improve the multilingual content of United Nations websites",
      "Performance measures                       Baseline     Target",
      "Days to respond to misinformation          7 days       5 days",
      "Web pages available in all official        50 per       57 per",
      "languages (percentage)                     cent         cent",
      "Information centres producing              31           35",
      "local content",
      "Objective 2: To counter misinformation on United Nations peace operations",
      "Social media followers (millions)          30           38",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.measures).toEqual(["Days to respond to misinformation", "Web pages available in all official languages (percentage)", "Information centres producing local content"]);
    expect(got[0]?.baseline).toEqual(["7 days", "50 per cent", "31"]);
    expect(got[0]?.target).toEqual(["5 days", "57 per cent", "35"]);
    expect(got[1]?.measures).toEqual(["Social media followers (millions)"]);
  });
});

describe("plain text: objectives centred in their rows", () => {
  it("keeps a bracketed lower-case line ('(percentage)') with the measure above it when choosing the row boundary", () => {
    // Objectives centred vertically beside measures whose values are centred too (pdftotext
    // interleaves them). "(percentage)" goes on with "Accepted recommendations implemented on
    // time": no row starts there, as none starts at a line that opens in lower case.
    const text = [
      "Objective                  Expected accomplishment     Performance measure           Baseline     Target",
      "                                                       Women at P-5 level and above   40 per       43 per",
      "                                                       (percentage)                   cent         cent",
      "To improve the             Staff completing            Accepted recommendations",
      "geographical diversity     mandatory courses                                          69 per       75 per",
      "of staff.                                              implemented on time",
      "                                                                                      cent         cent",
      "                                                       (percentage)",
      "                                                       Tickets purchased 16 days in   37 per       47 per",
      "                                                       advance (percentage)           cent         cent",
      "To implement accepted      Managers modelling          Staff completing mandatory     70 per       76 per",
      "oversight recommendations  ethical leadership          training (percentage)          cent         cent",
      "in a timely manner.                                    Women at P-5 level and above   38 per       43 per",
      "                                                       (percentage)                   cent         cent",
      "                                                       Days from job opening to",
      "                                                                                      160 days     132 days",
      "                                                       selection",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual(["To improve the geographical diversity of staff.", "To implement accepted oversight recommendations in a timely manner."]);
    expect(got[0]?.measures).toEqual(["Women at P-5 level and above (percentage)", "Accepted recommendations implemented on time (percentage)"]);
    expect(got[1]?.measures).toEqual(["Tickets purchased 16 days in advance (percentage)", "Staff completing mandatory training (percentage)", "Women at P-5 level and above (percentage)", "Days from job opening to selection"]);
    expect(got[1]?.baseline).toEqual(["37 per cent", "70 per cent", "38 per cent", "160 days"]);
  });
});

describe("plain text: Baseline and Target labels set on another grid than their values", () => {
  it("takes the value columns from the body's runs of starts, in the labels' order, when the labels leave one empty", () => {
    // pdftotext sets the two-level header on a grid of its own: "BASELINE" and "TARGET" stand a
    // column's width left of the values (85% under the gap between them, 90% under TARGET). The
    // edge window right of "BASELINE" takes the baselines for targets and leaves Baseline empty;
    // the body shows one clean run of starts per value column.
    const text = [
      "                                                   INDICATORS OF ACHIEVEMENT",
      " EXPECTED ACCOMPLISHMENTS                                                  BASELINE                TARGET",
      "                                                      INDICATOR",
      "                                                                             2019                   2020",
      "To modernize records and archives management.",
      "Premises meeting accessibility and Documents issued on time (percentage)                 85%             90%",
      "energy standards.                  Treaty actions published within 2 weeks               75%             81%",
      "                                   (percentage)",
      "                                   Client satisfaction with services (percentage)        81%             84%",
      "                                   Processes supported by digital workflows              22              31",
      "To support Member States with reliable and timely treaty services.",
      "Legal opinions delivered within    Treaty actions published within 2 weeks               76%             82%",
      "agreed deadlines.                  (percentage)",
      "                                   Critical vulnerabilities open beyond 30 days          17              3",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.baseline).toEqual(["85%", "75%", "81%", "22"]);
    expect(got[0]?.target).toEqual(["90%", "81%", "84%", "31"]);
    expect(got[1]?.measures).toEqual(["Treaty actions published within 2 weeks (percentage)", "Critical vulnerabilities open beyond 30 days"]);
    expect(got[1]?.baseline).toEqual(["76%", "17"]);
    expect(got[1]?.target).toEqual(["82%", "3"]);
  });
});

describe("plain text: a table's caption above its objective heading", () => {
  it("gives a caption centred over a numbered objective heading to the table below, though it is as wide as that narrow table", () => {
    // "Table 5. …" (a caption, indented and centred), "3. To …" (the objective, at the left edge),
    // then the labels of a table without an Objective column. The table above read the caption and
    // the heading as its rows.
    const text = [
      "Objective                       Expected accomplishments        Performance measures",
      "To improve the quality of       Better reports issued on        Number of reports issued",
      "reports.                        time.                           within the agreed deadlines.",
      "To speed up recruitment.        Faster recruitment.             Average days to fill a post.",
      "",
      "",
      "",
      "     Table 5. Objectives, expected accomplishments and performance measures",
      "3. To implement accepted oversight recommendations in a timely manner.",
      "               OUTCOMES                                   PERFORMANCE INDICATORS",
      "a) Expenditure aligned with approved       - 10 ethics briefings held for managers.",
      "   resources.                              - Budget implementation rate of 76%.",
      "b) Senior appointments made with gender",
      "   balance in mind.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual(["To improve the quality of reports.", "To speed up recruitment.", "To implement accepted oversight recommendations in a timely manner."]);
    expect(got[2]?.accomplishments).toEqual(["Expenditure aligned with approved resources.", "Senior appointments made with gender balance in mind."]);
  });

  it("takes the caption out of the table above when an objective heading stands between it and the labels", () => {
    // The header is left alone at the page foot with a footnote under it: the footnote runs across
    // the page, not the table, and does not count in the table's extent the caption is centred on.
    const text = [
      "Objective 1: To increase the global reach of United Nations news",
      "   Expected results                  Performance measures                Baseline     Target",
      "Campaigns amplified by         Days to respond to misinformation      6 days       7 days",
      "partners and media.",
      "Information centres producing  Social media followers (millions)        51           44",
      "local-language content.",
      "",
      "",
      "",
      "                       Table 2. Objectives, indicators, baselines and targets",
      "Objective 2: To counter misinformation on United Nations peace operations.",
      "                  Performance measures                                         Baseline                  Target",
      "",
      "1 The objectives reflect the results framework of the proposed programme budget; targets may be revised at mid-year.",
      "\fWeb pages available in all official languages (percentage)            47%                 55%",
      "Social media followers (millions)                                      43                  51",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments).toEqual(["Campaigns amplified by partners and media.", "Information centres producing local-language content."]);
    expect(got[0]?.measures).toEqual(["Days to respond to misinformation", "Social media followers (millions)"]);
    expect(got[1]?.objective).toBe("To counter misinformation on United Nations peace operations.");
  });
});

describe("plain text: a spanning objective beside a column of marked items", () => {
  it("reads an unmarked 'To …' line at the marker's place as the next objective, though it ends short of the next column", () => {
    // The left column numbers every item at the table's edge ("1.", "2."), so a line opening
    // there without a number is no item of it; the next line glues its cells by one space, so the
    // line is not read from the cells below either.
    const text = [
      "                          Expected Result                                  Performance Measure",
      "To shorten the time needed to onboard civilian personnel in the field.",
      "1. Property write-offs reduced and records reconciled     Claims settled within 72 days.",
      "2. Transactions processed through a single centre         41 safety inspections conducted.",
      "To expand the use of shared service centres for transactional processing.",
      "1. Property write-offs reduced and records reconciled     Claims settled within 68 days.",
      "2. Camps managed with sound waste practices               Network availability of 74 per cent.",
      "                                                          Wastewater treated at 76 per cent of camps.",
      "To improve medical support and evacuation standards.",
      "1. Goods and services delivered to missions against lead Claims settled within 84 days.",
      "2. Transactions processed through a single centre         90 per cent of requisitions fulfilled.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual([
      "To shorten the time needed to onboard civilian personnel in the field.",
      "To expand the use of shared service centres for transactional processing.",
      "To improve medical support and evacuation standards.",
    ]);
    expect(got[1]?.accomplishments).toEqual(["Property write-offs reduced and records reconciled", "Camps managed with sound waste practices"]);
    expect(got[2]?.measures).toEqual(["Claims settled within 84 days.", "90 per cent of requisitions fulfilled."]);
  });
});
