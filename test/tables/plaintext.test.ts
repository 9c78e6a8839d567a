import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { pageAnchors } from "../../src/tables/columns.js";
import type { ColumnDef } from "../../src/tables/columns.js";
import { repairText } from "../../src/vocab/text.js";
import { textRows as rows } from "../support/table-rows.js";

describe("plain-text tables: what the character grid shows", () => {
  it("a blank line inside a column starts an item, where neither a marker, a full stop nor a short line does", () => {
    // Measures printed with no markers and no full stops, one per sub-row; the padding between the
    // sub-rows is a blank line of the grid. "within the agreed deadlines" fills its line, so the
    // line-fill cue cannot see the item's end.
    const text = [
      "Objective                  Expected accomplishment      Performance measure",
      "",
      "To improve the quality     Better reports               Number of reports issued",
      "of reports.                                             within the agreed deadlines",
      "",
      "                                                        Percentage of reports rated",
      "                                                        useful by Member States",
      "To speed up recruitment.   Faster recruitment           Average days to fill a post",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To improve the quality of reports.",
        accomplishments: ["Better reports"],
        measures: ["Number of reports issued within the agreed deadlines", "Percentage of reports rated useful by Member States"],
      },
      { objective: "To speed up recruitment.", accomplishments: ["Faster recruitment"], measures: ["Average days to fill a post"] },
    ]);
  });

  it("a hole of two lines inside a column starts an item, though no blank line marks it", () => {
    // Chromium's text of a top-aligned table: no blank lines at all. The first measure ends on the
    // row's first line; the objective's wrapped lines fill the two lines below; the next measure
    // opens after that hole in its column. "receipt" filled its line, so no other cue splits them.
    const text = [
      "Objective                          Expected accomplishment      Performance measure",
      "To strengthen oversight of the     Better use of findings.      Proportion of invoices paid within",
      "sharing of lessons learned,                                     30 days of receipt",
      "taking into account the views of",
      "Member States",
      "                                                                Number of joint programmes launched",
    ].join("\n");
    expect(rows(text)[0]?.measures).toEqual(["Proportion of invoices paid within 30 days of receipt", "Number of joint programmes launched"]);
  });

  it("an objective cell opening after a hole of more than three lines in the objective column starts a row, without a full stop above", () => {
    // Top-aligned rows, objectives written without a final full stop, measures without one either:
    // the old text cues (a full stop above, or every column finishing) cannot see the second row.
    const text = [
      "Objective                          Expected accomplishment      Performance measure",
      "To strengthen oversight of the     Better use of findings.      Proportion of invoices paid within",
      "sharing of lessons learned                                      30 days of receipt",
      "                                   More consistent advice.      Number of joint programmes launched",
      "                                                                Workplan approved and monitored",
      "                                                                on a quarterly basis",
      "Effective management of the        Demonstrated readiness.      Proportion of contracts awarded",
      "well-being of staff                                             through competitive bidding",
    ].join("\n");
    expect(rows(text).map((r) => r.objective)).toEqual(["To strengthen oversight of the sharing of lessons learned", "Effective management of the well-being of staff"]);
  });

  it("finds a header whose narrow cells broke label words on their first line (\"Baseli\" / \"ne\", \"Targe\" / \"t 2007\")", () => {
    const text = [
      "                                                                        Baseli",
      "                         Expected                              Targe",
      "    Objectives                          Performance indicators           ne",
      "                      accomplishments                           t 2007",
      "                                                                          2006",
      "To enhance the        Regional            Number of regional        27      5",
      "regional follow-up.   agreements.         workshops held",
    ].join("\n");
    const layout = textToLayout(text);
    const lines = layout.pages.flatMap((p) => p.lines);
    const header = detectHeader(lines, 0, layout.text);
    expect(header?.columns.map((c) => c.key)).toEqual(["objective", "accomplishments", "measures", "target", "baseline"]);
  });

  it("glues a label's tail broken under a one-line header (\"Baseli\" / \"ne\") to it, with the values under it (corpus7 d7-003)", () => {
    // All labels on one line; the narrow Baseline cell breaks its label inside the word and prints
    // the tail alone on the next line. Without the tail the column is an extra one named "Baseli".
    const text = [
      "        Objective              Outcome             Performance measures                   Baseli       Target",
      "                                                                                           ne",
      "",
      "    To advance            Forecasts cited in      Countries with paperless                  26            32",
      "    gender-responsive     intergovernmental       trade measures",
      "    budgeting in          deliberations.",
      "    member States.                                Forecast error (percentage                1.5           1.1",
      "                                                  points)",
    ].join("\n");
    const layout = textToLayout(text);
    const header = detectHeader(layout.pages.flatMap((p) => p.lines), 0, layout.text);
    expect(header?.columns.map((c) => c.key)).toEqual(["objective", "accomplishments", "measures", "baseline", "target"]);
    expect(header?.lineCount).toBe(2);
    const row = readTables(layout, findSections(layout)).objectives[0];
    expect(row?.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([
      ["Countries with paperless trade measures", "26", "32"],
      ["Forecast error (percentage points)", "1.5", "1.1"],
    ]);
  });

  it("reads a label with its footnote mark glued on (\"TARGET1\", pdftotext sets the raised 1 on the line) as that label (corpus7 d7-006)", () => {
    const text = [
      "                   PERFORMANCE MEASURE                                       TARGET1                BASELINE",
      "    Gender budget statements published                                           30                      18",
      "",
      "    Forecast error (percentage points)                                          3.5                     3.9",
    ].join("\n");
    const layout = textToLayout(text);
    const header = detectHeader(layout.pages.flatMap((p) => p.lines), 0, layout.text);
    expect(header?.columns.map((c) => c.key)).toEqual(["measures", "target", "baseline"]);
  });

  it("skips a page-foot footnote whose mark pdftotext printed on the line under its text, and joins the row cut by the page break (corpus7 d7-001)", () => {
    const text = [
      "            Expected                           Risks                                       Performance",
      "         accomplishment                     and mitigations                                 measure",
      "",
      "    Objective: To support regional integration through trade facilitation.",
      "",
      "       Development plans            – Political transitions               (a) 83 cooperation agreements signed",
      "",
      "",
      "Baselines are those of 2007; targets refer to 31 December 2008.",
      "1",
      "\f",
      "            Expected                           Risks                                       Performance",
      "         accomplishment                     and mitigations                                 measure",
      "",
      "      addressing the rights of       delay reforms;                           in 2008",
      "      persons with disabilities      engagement with new                  (b) Paperless trade measures adopted",
      "                                     authorities                              by 44 countries",
    ].join("\n");
    const layout = textToLayout(text);
    const objectives = readTables(layout, findSections(layout)).objectives;
    expect(objectives.map((o) => o.objective)).toEqual(["To support regional integration through trade facilitation."]);
    expect(objectives[0]?.accomplishments).toEqual(["Development plans addressing the rights of persons with disabilities"]);
    expect(objectives[0]?.measures.map((m) => m.text)).toEqual(["83 cooperation agreements signed in 2008", "Paperless trade measures adopted by 44 countries"]);
  });

  it("skips a page-foot footnote whose number is set off by one space and that runs over every column, and joins the row cut by the page break (corpus8 d8-003)", () => {
    // LibreOffice's footnote area through pdftotext: "1 The …" from the page margin (left of the
    // indented table) across all four columns in one run; the row goes on after the page break.
    const text = [
      "        Objectives                     Outcomes                    Indicators of achievement          Risks",
      "To improve water               1. Trade facilitation           a) 62 per cent of participants        •   Changes in",
      "resource management in            measures                        reporting use of the social            government",
      "countries facing scarcity.        implemented by                  protection toolkit.                    priorities;",
      "                                  member States.               b) 42 countries adopting                  engagement at",
      "",
      "1 The objectives reflect the results framework of the proposed programme budget; targets may be revised at mid-year.",
      "\f                                                                  recommendations on fiscal              technical level",
      "                                                                  policy.",
      "                               2. Shared water basins          a) 63 trade facilitation",
      "                                  managed under                   measures reported as",
      "                                  cooperative frameworks.         implemented.",
    ].join("\n");
    const layout = textToLayout(text);
    const objectives = readTables(layout, findSections(layout)).objectives;
    expect(objectives.map((o) => o.objective)).toEqual(["To improve water resource management in countries facing scarcity."]);
    expect(objectives[0]?.accomplishments).toEqual(["Trade facilitation measures implemented by member States.", "Shared water basins managed under cooperative frameworks."]);
    expect(objectives[0]?.measures.map((m) => m.text)).toEqual([
      "62 per cent of participants reporting use of the social protection toolkit.",
      "42 countries adopting recommendations on fiscal policy.",
      "63 trade facilitation measures reported as implemented.",
    ]);
  });

  it("keeps an objective heading above a footnote mark that opens its own footnote text (\"1\" / \"The Department comprises …\", corpus4 f2-010)", () => {
    const text = [
      "Expected accomplishments                          Performance measures",
      "Objective 3: To support the analysis and early warning provided to the Secretary-General.",
      "",
      "1. Strengthened partnerships with regional         -   93% of Peacebuilding Fund projects approved with a",
      "    organizations in conflict prevention.              gender marker",
      "",
      "Objective 4: To promote the effective backstopping of special political missions.",
      "",
      "",
      "1",
      " The Department comprises the offices at Headquarters and the 2 offices away from Headquarters reporting to the",
      "Under-Secretary-General for Political Affairs.",
      "\f",
      "                                                -    At least 13 mediation support deployments made within",
      "1. Actionable analysis made available to             72 hours of a request by July 2015.",
      "    senior decision makers.",
    ].join("\n");
    const layout = textToLayout(text);
    const objectives = readTables(layout, findSections(layout)).objectives;
    expect(objectives.map((o) => o.objective)).toContain("To promote the effective backstopping of special political missions.");
  });

  it("glues a label's broken tail printed a grid line under the labels (\"BASELIN\" / \"E\") to its head above them", () => {
    // A narrow cell centred on two lines beside one-line labels: pdftotext prints the head a line
    // above the labels and the tail a line below, a whole grid line apart like the first row's lines.
    const text = [
      "                                                                                   BASELIN",
      "       OUTCOME              RISKS AND MITIGATIONS      INDICATOR OF ACHIEVEMENT              TARGET",
      "                                                                                      E",
      "Objective: To strengthen peacebuilding support through the Peacebuilding Fund",
      "*   Increased participation   •   Delays in the approval   Percentage of mediation      73%       95%",
      "    of women.                     of the budget.           deployments made",
    ].join("\n");
    const layout = textToLayout(text);
    const header = detectHeader(layout.pages.flatMap((p) => p.lines), 0, layout.text);
    expect(header?.columns.map((c) => c.key)).toEqual(["accomplishments", "risksAndMitigations", "measures", "baseline", "target"]);
    expect(header?.lineCount).toBe(3);
  });

  it("reads a label's qualifier wrapped under it in the same cell (\"Baseline\" / \"(previous\" / \"year)\") as part of that column, not a column of its own", () => {
    const text = [
      "Objective        Expected          Key performance      Baseline      Target",
      "                 results           indicators           (previous",
      "                                                        year)",
      "To improve the   Better audits.    Audits completed     47% (2012)    69%",
      "audit function.",
    ].join("\n");
    const layout = textToLayout(text);
    const header = detectHeader(layout.pages.flatMap((p) => p.lines), 0, layout.text);
    expect(header?.columns.map((c) => [c.key, c.header])).toEqual([
      ["objective", "Objective"],
      ["accomplishments", "Expected results"],
      ["measures", "Key performance indicators"],
      ["baseline", "Baseline (previous year)"],
      ["target", "Target"],
    ]);
  });

  it("takes a label's last word wrapped onto the next line (\"RISKS AND MITIGATION\" / \"MEASURES\") into a header already complete on one line", () => {
    const text = [
      "EXPECTED RESULTS      RISKS AND MITIGATION       KEY PERFORMANCE INDICATORS",
      "                      MEASURES",
      "1. Enhanced           Turnover of staff;         80% of requests answered",
      "   efficiency.        rosters.",
    ].join("\n");
    const layout = textToLayout(text);
    const header = detectHeader(layout.pages.flatMap((p) => p.lines), 0, layout.text);
    expect(header?.lineCount).toBe(2);
    expect(header?.columns.map((c) => [c.key, c.header])).toEqual([
      ["accomplishments", "EXPECTED RESULTS"],
      ["risksAndMitigations", "RISKS AND MITIGATION MEASURES"],
      ["measures", "KEY PERFORMANCE INDICATORS"],
    ]);
  });

  it("takes a third line of label words under a wrapped header (\"RISKS AND\" / \"MITIGATION\" / \"MEASURES\") into it", () => {
    const text = [
      "OBJECTIVE      EXPECTED        RISKS AND       KEY PERFORMANCE",
      "               RESULTS         MITIGATION      INDICATORS",
      "                               MEASURES",
      "To improve     Better          Staff turnover; 80% of requests",
      "audits.        audits.         rosters.        answered.",
    ].join("\n");
    const layout = textToLayout(text);
    const header = detectHeader(layout.pages.flatMap((p) => p.lines), 0, layout.text);
    expect(header?.lineCount).toBe(3);
    expect(header?.columns.find((c) => c.key === "risksAndMitigations")?.header).toBe("RISKS AND MITIGATION MEASURES");
  });

  it("keeps a number that ends a cell's sentence (\"… service 2.\") in its cell, not as a marker hung before the next column", () => {
    const text = [
      "Objective                  Expected accomplishment      Performance measure",
      "To improve service 2.      Better reports.              Number of reports issued.",
      "To speed up recruitment.   Faster recruitment.          Average days to fill a post.",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To improve service 2.", ["Better reports."]],
      ["To speed up recruitment.", ["Faster recruitment."]],
    ]);
  });

  it("takes a numbered objective heading wrapped onto a second line whole, as the objective of the table below it", () => {
    const text = [
      "A. PROGRAMME OBJECTIVES",
      "",
      "  1. To support the implementation of mission mandates.",
      "",
      "     Expected results          Key performance indicators",
      "     Timely advice given.      Assessments completed on time.",
      "",
      "  2. To improve the performance and accountability of uniformed contingents",
      "                        deployed in field missions.",
      "",
      "     Expected results          Key performance indicators",
      "     Better conduct.           Allegations reduced by half.",
    ].join("\n");
    expect(rows(text).map((r) => r.objective)).toEqual([
      "To support the implementation of mission mandates.",
      "To improve the performance and accountability of uniformed contingents deployed in field missions.",
    ]);
  });

  it("takes a centred objective heading after a paragraph gap above a repeated header for the next objective, though the row above did not finish a sentence", () => {
    // One header per objective (no Objective column); the measures carry no full stops, and the
    // heading starts right of the first column's middle, but it crosses the edge of the measure
    // column after a blank line: no cell.
    const text = [
      "A. PROGRAMME OBJECTIVES",
      "",
      "                       To strengthen performance management and staff development.",
      "   EXPECTED RESULT                PERFORMANCE INDICATOR",
      "   Performance evaluations        Percentage of staff who completed the",
      "   completed on time.             mandatory courses",
      "                                  Average learning days per staff",
      "                                  member",
      "",
      "",
      "                         To improve the geographical diversity of the staff",
      "   EXPECTED RESULT                PERFORMANCE INDICATOR",
      "   Increased number of staff      Number of outreach missions",
      "   from unrepresented States.     conducted",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.measures])).toEqual([
      ["To strengthen performance management and staff development.", ["Percentage of staff who completed the mandatory courses", "Average learning days per staff member"]],
      ["To improve the geographical diversity of the staff", ["Number of outreach missions conducted"]],
    ]);
  });

  it("takes the line that opens a page above the repeated header for the next objective", () => {
    const text = [
      "A. PROGRAMME OBJECTIVES",
      "",
      "                       To strengthen performance management and staff development.",
      "   EXPECTED RESULT                PERFORMANCE INDICATOR",
      "   Performance evaluations        Percentage of staff who completed the",
      "   completed on time.             mandatory courses",
      "\f                         To improve the geographical diversity of the staff",
      "   EXPECTED RESULT                PERFORMANCE INDICATOR",
      "   Increased number of staff      Number of outreach missions",
      "   from unrepresented States.     conducted",
    ].join("\n");
    expect(rows(text).map((r) => r.objective)).toEqual(["To strengthen performance management and staff development.", "To improve the geographical diversity of the staff"]);
  });

  it("reads two runs in a Baseline column as two value cells when the Target column beside it is empty on that line", () => {
    // Labels centred wider than their narrow columns: the target values start left of "Target".
    const at = (parts: Array<[number, string]>) => parts.reduce((line, [col, text]) => line.padEnd(col) + text, "");
    const text = [
      at([[0, "Objective"], [20, "Performance measure"], [50, "Baseline"], [66, "Target"]]),
      at([[0, "To manage funds."], [20, "Budget proposals on time"], [48, "79%"], [56, "100%"]]),
      at([[0, "To buy tickets early."], [20, "Tickets bought 16 days"], [48, "55%"], [56, "80%"]]),
      at([[20, "before travel"]]),
    ].join("\n");
    const layout = textToLayout(text);
    const out = readTables(layout, findSections(layout)).objectives.map((o) => [o.extra.baseline, o.extra.target]);
    expect(out).toEqual([
      [["79%"], ["100%"]],
      [["55%"], ["80%"]],
    ]);
  });

  it("measures a column's full-line width per printing of the header, so a wider page does not make the narrow page's wrapped lines look short", () => {
    const at = (parts: Array<[number, string]>) => parts.reduce((line, [col, text]) => line.padEnd(col) + text, "");
    const narrow = (o: string, a: string, m: string) => at([[0, o], [22, a], [46, m]]);
    const wide = (o: string, a: string, m: string) => at([[0, o], [30, a], [62, m]]);
    const text = [
      narrow("Objective", "Expected result", "Performance measure"),
      narrow("To improve electoral", "Analysis made", "Support plans agreed with"),
      narrow("processes.", "available.", "UNRCCA by July 2019."),
      narrow("", "", "Increase in the number of"),
      narrow("", "", "Peacebuilding Fund projects"),
      narrow("", "", "approved with a marker."),
      narrow("", "", "All projects approved, as"),
      narrow("", "", "reported to the"),
      narrow("", "", "Secretary-General."),
      "\f" + wide("Objective", "Expected result", "Performance measure"),
      wide("To strengthen the oversight", "Recommendations implemented", "Percentage of audit recommendations implemented"),
      wide("of programmes.", "on time.", "within the agreed time frame in every office"),
      wide("", "", "Number of evaluations completed and published online"),
      wide("", "", "Average number of days taken to respond to an audit"),
      wide("", "", "Percentage of evaluations rated satisfactory by peers"),
      wide("", "", "Number of oversight reports issued to the Assembly"),
    ].join("\n");
    expect(rows(text)[0]?.measures).toEqual([
      "Support plans agreed with UNRCCA by July 2019.",
      "Increase in the number of Peacebuilding Fund projects approved with a marker.",
      "All projects approved, as reported to the Secretary-General.",
    ]);
  });

  it("starts an objective above a repeated header at its own opening (\"To …\"), not at the unfinished line of the row above", () => {
    const text = [
      "A. PROGRAMME OBJECTIVES",
      "",
      "To ensure the effectiveness of business transformation.",
      "",
      "      Performance measures                      Expected results",
      "",
      "o Number of Member States requesting            > Better quality of documentation.",
      "technical assistance",
      "o Proportion of meetings serviced as",
      "scheduled",
      "To improve the monitoring of delegated authority.",
      "",
      "      Performance measures                      Expected results",
      "",
      "o Workplan approved and monitored on a          > Better use of performance data.",
      "quarterly basis",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.measures])).toEqual([
      ["To ensure the effectiveness of business transformation.", ["Number of Member States requesting technical assistance", "Proportion of meetings serviced as scheduled"]],
      ["To improve the monitoring of delegated authority.", ["Workplan approved and monitored on a quarterly basis"]],
    ]);
  });

  it("keeps a capitalised wrap of a full objective line in its objective, though every other column opens an item there", () => {
    // Objectives without full stops; "Headquarters" would not have fitted on the full line above,
    // so it is that line's wrap, not a new objective (the measure beside it opens its second item).
    const row = (o: string, m: string) => o.padEnd(70) + m;
    const text = [
      row("Objective", "Performance measure"),
      row("Effective management of the use of evaluation findings in the", "At least 93 per cent of releases issued."),
      row("programme planning in every office of the Department", "Policies reviewed and updated."),
      "",
      row("Timely and efficient border control capacity of Member States at", "Annual report on lessons learned shared."),
      row("Headquarters and in offices away from Headquarters", "Business continuity plan tested during the"),
      row("", "year."),
      "",
      row("Sustained progress in the ratification of the conventions against", "Clean audit opinion on the statements."),
      row("transnational organized crime", ""),
      "",
      row("Improved monitoring of programme performance indicators across all", "Workplan approved and monitored."),
      row("subprogrammes", ""),
    ].join("\n");
    expect(rows(text).map((r) => r.objective)).toEqual([
      "Effective management of the use of evaluation findings in the programme planning in every office of the Department",
      "Timely and efficient border control capacity of Member States at Headquarters and in offices away from Headquarters",
      "Sustained progress in the ratification of the conventions against transnational organized crime",
      "Improved monitoring of programme performance indicators across all subprogrammes",
    ]);
  });
});

describe("two labels glued by one space in a wrapped header", () => {
  it("gives 'TARGETS' its own column edge, not the left edge of 'BASELINES TARGETS'", () => {
    const layout = textToLayout([
      "        OBJECTIVES                    EXPECTED                            KEY PERFORMANCE               BASELINES TARGETS",
      "                                   ACCOMPLISHMENTS                           INDICATORS",
    ].join("\n"));
    const header = detectHeader(layout.pages[0]!.lines, 0, layout.text);
    const at = (role: string) => header?.columns.find((c) => c.role === role)?.x;
    expect(header?.columns.map((c) => c.role)).toEqual(["objective", "accomplishments", "measures", "baseline", "target"]);
    // x in text-grid points: column 104 × 5 and 114 × 5.
    expect([at("baseline"), at("target")]).toEqual([520, 570]);
  });
});

describe("plain text: a word one space from the next column's text", () => {
  it("a short word one space before a marker that opens the next column, ending at that column's edge, stays with the text before it", () => {
    // pdftotext glued the objective's "at" to the accomplishment's "(i)" with one space, the
    // accomplishment printed one character right of its column's edge: "at" starts two characters
    // left of that edge, where text of that column could start too, and ends at it.
    const text = [
      "Objective                  Expected accomplishment      Performance measure",
      "To give priority to the    (i) Better outreach.         Number of reports issued",
      "gender balances of staff at (i) Faster responses to     on time.",
      "all levels.                requests.                    Share of posts filled.",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To give priority to the gender balances of staff at all levels.",
        accomplishments: ["Better outreach.", "Faster responses to requests."],
        measures: ["Number of reports issued on time.", "Share of posts filled."],
      },
    ]);
  });

  it("a last word of an objective line ending at the next column's edge stays in the objective, though that column's wrapped text goes on after it", () => {
    // "of" starts two characters left of the accomplishments' edge and ends at it; the wrapped
    // accomplishment line after it is prose, not a value that pdftotext printed a character left.
    const text = [
      "Objective                  Expected accomplishment      Performance measure",
      "                           Enhanced exchange of good    Number of reports issued",
      "To foster the efficiency of practices across all        on time.",
      "administrative processes.  subprogrammes.               Share of posts filled.",
    ].join("\n");
    expect(rows(text)[0]?.objective).toBe("To foster the efficiency of administrative processes.");
  });

  it("a value one space after a measure, starting two characters left of its column and going on in it, opens the value cell", () => {
    const text = [
      "Objective               Performance measure               Target",
      "To speed up             Percentage of reports submitted 90 per cent",
      "recruitment.            to the General Assembly on time",
      "",
      "To improve reports.     Number of reports issued          75",
      "                        within the agreed deadlines",
      "",
      "To review rosters.      Share of rosters reviewed         80 per cent",
    ].join("\n");
    const layout = textToLayout(text);
    const objectives = readTables(layout, findSections(layout)).objectives;
    expect(objectives.map((o) => [o.objective, o.measures.map((m) => [m.text, m.target])])).toEqual([
      ["To speed up recruitment.", [["Percentage of reports submitted to the General Assembly on time", "90 per cent"]]],
      ["To improve reports.", [["Number of reports issued within the agreed deadlines", "75"]]],
      ["To review rosters.", [["Share of rosters reviewed", "80 per cent"]]],
    ]);
  });
});

describe("plain text: one value cell per measure", () => {
  it("a capitalised measure line beside a second value cell starts the next measure, with neither markers, full stops nor short lines", () => {
    // Measures top-aligned with their Baseline / Target cells, written without markers or full
    // stops and filling their lines: only the second value pair shows where the second measure opens.
    const text = [
      "Objective                     Performance indicators          Baseline     Target",
      "To manage financial           Unliquidated obligations as a   13%          5%",
      "resources efficiently and     share of the total expenditure",
      "in compliance with the        Percentage of budget proposals  80%          100%",
      "Financial Regulations.        submitted by the deadline",
      "To reduce the footprint       Greenhouse gas emissions from   1371         787",
      "of the operations             air travel (tonnes)",
    ].join("\n");
    const layout = textToLayout(text);
    const objectives = readTables(layout, findSections(layout)).objectives;
    expect(objectives.map((o) => [o.objective, o.measures.map((m) => [m.text, m.baseline, m.target])])).toEqual([
      [
        "To manage financial resources efficiently and in compliance with the Financial Regulations.",
        [
          ["Unliquidated obligations as a share of the total expenditure", "13%", "5%"],
          ["Percentage of budget proposals submitted by the deadline", "80%", "100%"],
        ],
      ],
      ["To reduce the footprint of the operations", [["Greenhouse gas emissions from air travel (tonnes)", "1371", "787"]]],
    ]);
  });
});

describe("plain text: objectives on consecutive grid lines", () => {
  it("an objective opening on the line right after the previous objective's last line starts a row, in a table of centred cells", () => {
    // Cells centred vertically; the padding between the first two rows left no blank line, so
    // "Rules." and "To purchase …" are consecutive lines of the objective column.
    const text = [
      "Objective                     Indicator of achievement        Target",
      "To manage financial",
      "resources efficiently and     Percentage of budget proposals",
      "in compliance with the        submitted by the deadline       100%",
      "Financial Regulations and",
      "Rules.",
      "To purchase tickets for       Percentage of tickets purchased",
      "official travel at least 16   16 days before travel           80%",
      "days in advance of travel",
      "",
      "                              Share of meetings with remote",
      "To reduce the footprint       participation options, of       85%",
      "                              total meetings held",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.measures])).toEqual([
      ["To manage financial resources efficiently and in compliance with the Financial Regulations and Rules.", ["Percentage of budget proposals submitted by the deadline"]],
      ["To purchase tickets for official travel at least 16 days in advance of travel", ["Percentage of tickets purchased 16 days before travel"]],
      ["To reduce the footprint", ["Share of meetings with remote participation options, of total meetings held"]],
    ]);
  });
});

describe("plain text: a centred row after a row cut by a page break", () => {
  it("reads the cells above a centred objective as its row's, though the row cut by the break above opens with its objective", () => {
    // corpus7 t7-016: LibreOffice lays the first row out from its top on the page it splits over,
    // so it looks top-aligned; the row under it, whole on the next page, is centred: its first
    // measure and risk open two lines above its objective.
    const text = [
      "           OBJECTIVE                   PERFORMANCE MEASURE                      RISKS AND MITIGATIONS",
      "",
      " To support regional integration     ▪   Forecast errors reduced to 39                – Political transitions delay",
      " through trade facilitation              percentage points.                             reforms; engagement with",
      "                                     ▪   20 energy policies revised with advice         new authorities",
      "                                         from the secretariat.",
      "\f",
      "                                     ▪   50 member States reporting on",
      "                                         additional Goal indicators.",
      "",
      "                                     ▪   Forecast errors reduced to 76",
      "                                                                                    – Extrabudgetary funding",
      " To advance gender-responsive            percentage points.",
      "                                                                                      uncertain; joint proposals",
      " budgeting in member States          ▪   Development plans of 62 countries",
      "                                                                                      with partners",
      "                                         addressing disability.",
    ].join("\n");
    const layout = textToLayout(text);
    const got = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.measures.map((m) => m.text), o.extra["risksAndMitigations"]]);
    expect(got).toEqual([
      [
        "To support regional integration through trade facilitation",
        ["Forecast errors reduced to 39 percentage points.", "20 energy policies revised with advice from the secretariat.", "50 member States reporting on additional Goal indicators."],
        ["Political transitions delay reforms; engagement with new authorities"],
      ],
      ["To advance gender-responsive budgeting in member States", ["Forecast errors reduced to 76 percentage points.", "Development plans of 62 countries addressing disability."], ["Extrabudgetary funding uncertain; joint proposals with partners"]],
    ]);
  });
});

describe("plain text: a centred objective above each header", () => {
  it("takes the objective's second line though pdftotext set it three characters off the centre of the long line above", () => {
    const text = [
      "       To promote the management of contingent-owned equipment and",
      "                      memorandums of understanding.",
      "            Expected result                          Key performance indicator",
      "",
      "o    Faster delivery of goods and            •   At least 22 claims certified for",
      "     services to client missions                 reimbursement by December 2017",
      "o    Timely reimbursement of troop-          •   Requisitions processed within the",
      "     contributing countries                      service standard",
      "",
      "    To support the reliability of information and communications technology",
      "                                services in the field.",
      "            Expected result                          Key performance indicator",
      "",
      "o    Fewer serious injuries and              •   Increase in the number of claims",
      "     fatalities in field locations               certified for reimbursement",
    ].join("\n");
    expect(rows(text).map((r) => r.objective)).toEqual([
      "To promote the management of contingent-owned equipment and memorandums of understanding.",
      "To support the reliability of information and communications technology services in the field.",
    ]);
  });
});

describe("plain text: column widths per page", () => {
  it("measures a column's full width on each page: pdftotext shifted page 2 twenty characters left, and a wrapped measure there is not cut at its wrap", () => {
    // Each page of pdftotext's output is laid out on its own grid; the first page's wider prose
    // shifts its table right. Measured over both pages, page 2's measures would all look short.
    const measures = [
      ["At least 14 strategic assessments", "completed before mandate renewal."],
      ["Member States' satisfaction with the", "assessment rated good or better."],
      ["Positive feedback from 78% of the", "clients surveyed on the strategies."],
      ["At least 19 pre-deployment visits", "conducted to contributing countries."],
      ["Mission concepts revised within the", "planning cycle within 29 days."],
      ["At least 9 strategic assessments are", "completed before mandate renewal."],
      ["At least 22 pre-deployment visits", "conducted by the end of the year."],
    ];
    const page = (indent: number, objective: string) =>
      measures.flatMap(([a, b], k) => [`${(k === 0 ? objective : "").padEnd(indent)}${a}`, `${"".padEnd(indent)}${b}`]);
    const text = [
      `${"Objective".padEnd(40)}Performance measure`,
      ...page(40, "To promote the prevention."),
      "\f" + `${"To enhance peace.".padEnd(20)}At least 16 mission concepts`,
      `${"".padEnd(20)}revised within the planning cycle by`,
      `${"".padEnd(20)}July 2012.`,
      ...page(20, ""),
    ].join("\n");
    const second = rows(text)[1];
    expect(second?.objective).toBe("To enhance peace.");
    expect(second?.measures[0]).toBe("At least 16 mission concepts revised within the planning cycle by July 2012.");
    expect(second?.measures).toHaveLength(8);
  });
});

describe("plain text: a run printed a few characters left of its column", () => {
  it("a run opening in the right half of the column before, a few characters left of the edge and running across it, is the next column's text", () => {
    // The measure's second line is printed five characters left of its column, far from where the
    // risks column's text starts: "the" is no risk cell's word.
    const text = [
      "Objective                     Risks and mitigations          Performance measure",
      "To consolidate the            Competing priorities of        Reduction in the average time for",
      "dissemination of population                             the issuance of documents from 180",
      "estimates and projections.    partner entities; mitigated    days in 2005 to 130 days in 2006.",
      "                              by early engagement.",
    ].join("\n");
    expect(rows(text)[0]?.measures).toEqual(["Reduction in the average time for the issuance of documents from 180 days in 2005 to 130 days in 2006."]);
  });
});

describe("plain text: a page's own column edges", () => {
  it("reads the columns of a page after the header's where that page's white space shows them, ten characters left", () => {
    const row = (o: string, a: string, m: string, ax: number, mx: number) => `${o.padEnd(ax)}${a.padEnd(mx - ax)}${m}`.trimEnd();
    const page = (ax: number, mx: number, n: string) => [
      row(`To improve service ${n}.`, "Faster replies.", "Replies sent within", ax, mx),
      row("", "", "ten working days.", ax, mx),
      row("", "Better reports.", "Reports issued on", ax, mx),
      row("", "", "time in 2022.", ax, mx),
      row(`To reduce delays ${n}.`, "Shorter waits.", "Waiting time cut", ax, mx),
      row("", "", "by ten per cent.", ax, mx),
    ];
    const text = [row("Objective", "Expected accomplishment", "Performance measure", 30, 60), ...page(30, 60, "one"), "\f" + page(26, 50, "two")[0], ...page(26, 50, "two").slice(1), ...page(26, 50, "six")].join("\n");
    const objectives = rows(text);
    expect(objectives).toHaveLength(6);
    expect(objectives[2]).toEqual({ objective: "To improve service two.", accomplishments: ["Faster replies.", "Better reports."], measures: ["Replies sent within ten working days.", "Reports issued on time in 2022."] });
  });

  it("does so though the Objective label is centred far right of where objectives start", () => {
    const row = (o: string, a: string, m: string, ax: number, mx: number) => `${o.padEnd(ax)}${a.padEnd(mx - ax)}${m}`.trimEnd();
    const page = (ax: number, mx: number, n: string) => [
      row(`To improve service ${n}.`, "Faster replies.", "Replies sent within", ax, mx),
      row("", "", "ten working days.", ax, mx),
      row("", "Better reports.", "Reports issued on", ax, mx),
      row("", "", "time in 2022.", ax, mx),
      row(`To reduce delays ${n}.`, "Shorter waits.", "Waiting time cut", ax, mx),
      row("", "", "by ten per cent.", ax, mx),
    ];
    const header = `${"".padEnd(18)}${row("Objective", "Expected accomplishment", "Performance measure", 22, 52)}`;
    const text = [header, ...page(40, 70, "one"), "\f" + page(36, 60, "two")[0], ...page(36, 60, "two").slice(1), ...page(36, 60, "six")].join("\n");
    const objectives = rows(text);
    expect(objectives[2]).toEqual({ objective: "To improve service two.", accomplishments: ["Faster replies.", "Better reports."], measures: ["Replies sent within ten working days.", "Reports issued on time in 2022."] });
  });
});

describe("plain text: a header's year line", () => {
  it("reads the years under Baseline and Target right below the header as the labels' last line, not the first row's values", () => {
    const text = [
      "                                                                     Baseline        Target",
      "        Objective                Indicator of achievement",
      "                                                                      (2016)         (2017)",
      "To manage financial",
      "resources efficiently and",
      "                              Percentage of budget proposals",
      "in compliance with the                                             79%             100%",
      "                              submitted by the deadline",
      "Financial Regulations and",
      "Rules.",
    ].join("\n");
    const layout = textToLayout(text);
    const [row] = readTables(layout, findSections(layout)).objectives;
    expect(row?.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([["Percentage of budget proposals submitted by the deadline", "79%", "100%"]]);
  });
  it("reads two year lines when the value labels wrap on different numbers of lines (corpus8 d8b-019)", () => {
    // "BASELIN" / "E" / "2006" beside "TARGET" / "2007": each label's year prints on a grid line of
    // its own. The second was read as the first row's baseline ("2006 35"), and a line above the
    // first objective made the table look vertically centred.
    const text = [
      "                                                      PERFORMANCE MEASURES",
      "                         EXPECTED                                      BASELIN",
      "      OBJECTIVE                                                                  TARGET",
      "                          RESULT                    INDICATOR             E",
      "                                                                                  2007",
      "                                                                          2006",
      "To strengthen the   Transition plans        Explosive-hazard casualties    35          22",
      "protection of       agreed with host        among personnel",
      "civilians.          Governments.            Women among deployed          16%         19%",
      "                                            staff officers (percentage)",
      "To accelerate the   Transition plans        Missions with a strategy       8          10",
      "drawdown.           agreed with host",
      "                    Governments.",
    ].join("\n");
    const layout = textToLayout(text);
    const got = readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => [m.text, m.baseline, m.target]));
    expect(got).toEqual([
      [["Explosive-hazard casualties among personnel", "35", "22"], ["Women among deployed staff officers (percentage)", "16%", "19%"]],
      [["Missions with a strategy", "8", "10"]],
    ]);
  });
});

describe("plain text: a bullet inside a run", () => {
  it("opens the next column's cell when pdftotext glued it to the objective's line with one space", () => {
    const text = [
      "Objective                                            Expected accomplishment             Performance measure",
      "To sustain knowledge management and the sharing ➢ Clean audit opinion on the           By 31 December 2022",
      "of lessons learned.                                    financial statements.",
      "To improve reporting.                                ➢ Reports issued on time.         Share of reports on time",
    ].join("\n");
    const objectives = rows(text);
    expect(objectives[0]).toEqual({
      objective: "To sustain knowledge management and the sharing of lessons learned.",
      accomplishments: ["Clean audit opinion on the financial statements."],
      measures: ["By 31 December 2022"],
    });
  });
});

describe("plain text: two value cells glued by one space", () => {
  it("splits \"71 per cent 82 per cent\" at the part's Target edge, though the short centred values around open the column further right (corpus8 d8-014)", () => {
    const text = [
      "Expected accomplishment          Performance measure                    Baseline   Target",
      "Objective: To improve the analysis provided to the Security Council",
      "Panels of experts reporting on   Electoral needs assessments completed      12          15",
      "time to sanctions committees     Days to deploy standby mediation         7 days      3 days",
      "                                 experts",
      "Objective: To sustain peacebuilding gains in countries",
      "National peacebuilding           Mediation support deployments within   71 per cent 82 per cent",
      "priorities financed and          72 hours (percentage)",
      "implemented                      Electoral needs assessments completed      15          18",
      "                                 Panel reports submitted after deadline      6           4",
    ].join("\n");
    const layout = textToLayout(text);
    const objectives = readTables(layout, findSections(layout)).objectives;
    expect(objectives[1]?.measures.map((m) => [m.baseline, m.target])).toEqual([["71 per cent", "82 per cent"], ["15", "18"], ["6", "4"]]);
  });
});

describe("plain text: a dash marker inside a run", () => {
  it("opens the next column's cell when pdftotext glued a dash-marked item to the previous cell's line with one space (corpus8 d8-021)", () => {
    const text = [
      "                    Expected Result                                             Performance Measure",
      "Objective: To strengthen the capacity of member States to design inclusive fiscal policies",
      "(a) Voluntary national reviews informed by regional - Energy efficiency policies revised in 28 countries.",
      "    analysis.                                             - 12 voluntary national reviews drawing on commission",
      "                                                             analysis.",
      "(b) Trade facilitation measures implemented by            - 79% of participants reporting use of the toolkit.",
      "    member States.",
      "(c) Fiscal policy proposals adopted by ministries of      - Tax revenue tools applied by 45 revenue administrations.",
      "    finance.",
    ].join("\n");
    const [row] = rows(text);
    expect(row?.accomplishments).toEqual(["Voluntary national reviews informed by regional analysis.", "Trade facilitation measures implemented by member States.", "Fiscal policy proposals adopted by ministries of finance."]);
    expect(row?.measures).toEqual([
      "Energy efficiency policies revised in 28 countries.",
      "12 voluntary national reviews drawing on commission analysis.",
      "79% of participants reporting use of the toolkit.",
      "Tax revenue tools applied by 45 revenue administrations.",
    ]);
  });

  it("stays in its cell inside a sentence that goes on in lower case", () => {
    const text = [
      "Objective                Expected accomplishment                      Performance measure",
      "To improve reporting.    Reports shared across the regional - and     - Share of reports on time",
      "                         national offices.",
      "To speed up hiring.      Faster recruitment.                          - Days to fill a post",
    ].join("\n");
    expect(rows(text)[0]?.accomplishments).toEqual(["Reports shared across the regional - and national offices."]);
  });
});

describe("plain text: column edges near each line", () => {
  it("keeps a cell's last word in its column where pdftotext set the next column's block further right than elsewhere in the table", () => {
    // The first row's measures start at character 52, the second row's at 64: pdftotext places
    // each block of text on its own grid. "planning" (54–62) starts right of the table's edge but
    // ends before the measures of the lines around it start.
    const text = [
      "Objective                Expected accomplishment    Performance measure",
      "To deepen coordination   Better use of findings.    Proportion of invoices paid",
      "with host Governments.   Faster recruitment.        within 30 days of receipt",
      "                                                    Number of joint programmes",
      "                                                    launched",
      "",
      "To accelerate progress   ➢ Better exchange of practices.        (i) 97% of grants disbursed",
      "on protection.           ➢ Measurable progress in the planning",
      "                         of programme activities.                   within the period",
      "                                                                (ii) 96% of appraisals",
      "                                                                     completed on time",
    ].join("\n");
    expect(rows(text)[1]).toEqual({
      objective: "To accelerate progress on protection.",
      accomplishments: ["Better exchange of practices.", "Measurable progress in the planning of programme activities."],
      measures: ["97% of grants disbursed within the period", "96% of appraisals completed on time"],
    });
  });
});

describe("plain text: a run's last word left of where the next column opens (session 15, h-t5)", () => {
  it("keeps a run's last word that starts on the table's edge but ends before the next column's text opens on the lines around it", () => {
    // The first row's measures start at character 53 (the table's edge), the second row's at 57:
    // pdftotext set that block on its own grid. "by" (54–56) starts past the edge, one space after
    // its accomplishment's text, and ends before the measure beside it opens: no text of theirs
    // (corpus5 g1-020 chromium.txt: "partner entities; mitigated by").
    const text = [
      "Objective                 Expected accomplishment    Performance measure",
      "To deepen coordination    Better use of findings.    Proportion of invoices paid",
      "with host Governments.    Faster recruitment.        within 30 days of receipt",
      "                                                     Number of joint programmes",
      "                                                     launched",
      "",
      "To accelerate progress    Support to the Office given by",
      "on protection.            national partners.             97% of grants disbursed on time",
    ].join("\n");
    expect(rows(text)[1]).toEqual({
      objective: "To accelerate progress on protection.",
      accomplishments: ["Support to the Office given by national partners."],
      measures: ["97% of grants disbursed on time"],
    });
  });
});

describe("plain text: a value glued to its measure's line left of the value column (session 15, h-t5)", () => {
  it("opens the Baseline cell at the value's first word, a few characters left of the column's edge, when only its later words cross the edge", () => {
    // pdftotext printed the two values one space after their measures' first lines, four and
    // nine characters left of the Baselines column (corpus5 g1-006 and g1-010 lo.txt): "82%" and
    // "Agreed" lie left of the edge, "(2011)" and "by June 2012" past it. A value opens with its
    // number or a capitalised word; "UNAMI" (an acronym) is the measure's.
    const text = [
      "Objectives                   Key performance indicators                Baselines        Targets",
      "",
      "To consolidate the quality   - Time taken to respond to written        70 days          30 days",
      "of services to Member        queries from delegations (days)",
      "States.",
      "                             - Percentage of workshops rated useful 82% (2011)          89%",
      "                             by participants",
      "",
      "To deepen the learning       - Support plans agreed with UNAMI Agreed by June 2012      None",
      "culture among staff.         and UNPOS",
      "                             - Percentage of posts filled              82% (2011)       92%",
    ].join("\n");
    const layout = textToLayout(text);
    const got = readTables(layout, findSections(layout)).objectives.map((o) => o.measures.map((m) => [m.text, m.baseline, m.target]));
    expect(got).toEqual([
      [
        ["Time taken to respond to written queries from delegations (days)", "70 days", "30 days"],
        ["Percentage of workshops rated useful by participants", "82% (2011)", "89%"],
      ],
      [
        ["Support plans agreed with UNAMI and UNPOS", "Agreed by June 2012", "None"],
        ["Percentage of posts filled", "82% (2011)", "92%"],
      ],
    ]);
  });
});

describe("plain text: a row glued by one space under a row set further left", () => {
  it("reads a one-run line whose word starts where the line above opens the next column as two cells, not as the next objective's heading", () => {
    // pdftotext set the second row's measures seven characters left of the table's column and glued
    // its second line with one space: "conducted" starts right under "Average".
    const text = [
      "Expected accomplishment           Performance measure                     Baseline    Target",
      "Objective: To increase support to least developed countries.",
      "Increased influence of the        Average number of days for audit        33 days     12 days",
      "Organization's publications.      recommendations to be implemented",
      "Improved follow-up on the  Average number of days for country missions    73 days     62 days",
      "recommendations of groups. conducted",
      "Objective: To reinforce support to landlocked countries.",
      "Increased coordination with the   Number of projects evaluated            6           14",
      "specialized agencies.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual(["To increase support to least developed countries.", "To reinforce support to landlocked countries."]);
    expect(got[0]?.accomplishments).toEqual(["Increased influence of the Organization's publications.", "Improved follow-up on the recommendations of groups."]);
    expect(got[0]?.measures).toEqual(["Average number of days for audit recommendations to be implemented", "Average number of days for country missions conducted"]);
  });
});

describe("plain text: centring votes at a page top", () => {
  it("does not take the rest of a row cut by a page break, opening new items, for the upper half of a centred row", () => {
    // Top-aligned rows, no blank lines (a browser's text). Page 2 opens with the second row's
    // rest — a new accomplishment and a new measure — above the third objective: that text above
    // an objective is no sign of centring.
    const text = [
      "Objectives                           Expected accomplishments          Performance measures",
      "To enhance the peaceful settlement   ▪ Timely deployment of mediation   1. Support plans agreed with",
      "of disputes.                           expertise.                          BONUCA by September 2008.",
      "                                     ▪ Increased participation of       2. Support plans agreed with",
      "                                       women in negotiations.              UNAMI by May 2008.",
      "To enhance the analysis and early    ▪ Stronger partnerships with       1. At least 16 projects",
      "warning provided on emerging crises    regional organizations.             approved by August 2008.",
      "\f                                     ▪ Special political missions       2. All requests answered",
      "                                       receiving guidance.                 within 30 days.",
      "                                     ▪ Electoral assistance provided    3. Briefings delivered as",
      "                                       within agreed timelines.            scheduled.",
      "To strengthen conflict prevention    ▪ Actionable analysis made         1. Increase in the number of",
      "capacity of regional organizations.    available to decision makers.       briefings from 16 to 33.",
      "                                                                       2. 80 per cent of requests",
      "                                                                          answered on time.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual([
      "To enhance the peaceful settlement of disputes.",
      "To enhance the analysis and early warning provided on emerging crises",
      "To strengthen conflict prevention capacity of regional organizations.",
    ]);
    expect(got[1]?.accomplishments).toEqual(["Stronger partnerships with regional organizations.", "Special political missions receiving guidance.", "Electoral assistance provided within agreed timelines."]);
    expect(got[2]?.measures).toEqual(["Increase in the number of briefings from 16 to 33.", "80 per cent of requests answered on time."]);
  });
});

describe("plain text: centred rows, a column whose items carry markers", () => {
  it("never starts a row at a line that goes on with an item of a marked column, though it opens with a digit", () => {
    // Cells centred in their rows, the columns' lines interleaved by pdftotext. Every measure opens
    // with "•": "100% of the approved" is the rest of "• Budget implementation rate between 95% and",
    // so the next row cannot start there, and the fit has to keep "proposals." and "allotment." too.
    const text = [
      "                              EXPECTED",
      "      Objective                                    PERFORMANCE MEASURES",
      "                          ACCOMPLISHMENTS",
      "                                                   •   Budget proposals",
      "                          –   Budget                   submitted by the deadline",
      "                              implementation in        set by the Controller.",
      "To manage financial           line with approved   •   Unliquidated obligations",
      "resources efficiently         resources.               reduced to less than 6%",
      "and in compliance                                      of expenditure.",
      "with the Financial",
      "Regulations and Rules                              •   Budget implementation",
      "                          –   Timely submission",
      "                                                       rate between 95% and",
      "                              of budget",
      "                                                       100% of the approved",
      "                              proposals.",
      "                                                       allotment.",
      "                                                   •   Each staff member spends",
      "                                                       at least five days on",
      "To strengthen             –   Performance              learning",
      "performance                   evaluations",
      "management and staff          completed on         •   All staff complete the",
      "development.                  time.                    mandatory courses on",
      "                                                       ethics and on the",
      "                                                       prevention of harassment",
      "To implement",
      "                          –   Reduced number       •   No recommendation of",
      "accepted",
      "                              of outstanding           the Board of Auditors",
      "recommendations of",
      "                              audit                    outstanding for more than",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments).toEqual(["Budget implementation in line with approved resources.", "Timely submission of budget proposals."]);
    expect(got[0]?.measures[2]).toBe("Budget implementation rate between 95% and 100% of the approved allotment.");
    expect(got[1]).toEqual({
      objective: "To strengthen performance management and staff development.",
      accomplishments: ["Performance evaluations completed on time."],
      measures: ["Each staff member spends at least five days on learning", "All staff complete the mandatory courses on ethics and on the prevention of harassment"],
    });
  });
});

describe("plain text: objectives centred on several sub-rows", () => {
  it("reads an objective at the foot of its band, text above it in every other column, as centred", () => {
    // Each objective is centred on its row of several accomplishment sub-rows, each sub-row a band
    // between blank lines: "To sustain …" ends its band with text above it, which no top-aligned
    // row shows; read top-aligned, the first objective took the next row's first two sub-rows.
    const text = [
      "             OBJECTIVES                                       EXPECTED                                      INDICATORS OF",
      "                                                               RESULTS                                      ACHIEVEMENT",
      "",
      "Results-focused management of the                                                            1. Reduction in the average time for the",
      "results-based budgeting of the                 Strengthened exchange of good practices.     settlement of claims from 170 days in 2018 to",
      "Secretariat.                                                                                 140 days in 2019.",
      "",
      "                                                                                             1. 91% of publications issued in all official",
      "                                               Greater consistency of policy advice.",
      "                                                                                             languages in 2019.",
      "",
      "                                                                                             1. Reduction in the lead time for the",
      "                                                                                             procurement of goods from 130 days in 2018 to",
      "                                               Measurable progress in the exchange of       80 days in 2019.",
      "                                              good practices.",
      "To sustain the efficiency of                                                                 2. Clean audit opinion on the financial",
      "administrative processes.                                                                    statements.",
      "",
      "                                                                                             1. Reduction in the average time taken to fill a",
      "                                                                                             vacancy from 60 days in 2018 to 10 days in",
      "                                               Demonstrated consistency of policy           2019.",
      "                                              advice.",
      "                                                                                             2. Support plans agreed with OSESG-HoA and",
      "                                                                                             UNMISS by October 2019.",
      "",
      "                                                                                             1. Proportion of workshops rated useful by",
      "                                               Improved implementation of audit",
      "                                                                                             participants increased to 90% by the end of",
      "                                              recommendations.",
      "                                                                                             2019.",
      "",
      "To strengthen oversight of business                                                          1. Increase in the number of users of the online",
      "transformation and continuous                                                                platform from 22 in 2018 to 33 in 2019.",
      "improvement at Headquarters and in             Greater planning of programme activities.    2. Increase in the number of partnership",
      "offices away from Headquarters.                                                              agreements signed from 34 in 2018 to 46 in",
      "                                                                                             2019.",
      "",
      "                                               Measurable progress in the monitoring of     1. 96% of grants disbursed within the planned",
      "                                              mandated activities.                           period in 2019.",
      "",
      "                                                                                             1. Reduction in the average time for the",
      "                                                                                             settlement of claims from 240 days in 2018 to",
      "                                                                                             210 days in 2019.",
      "                                               Improved quality of advisory services.",
      "                                                                                             2. Proportion of travel requests approved at least",
      "To foster the management policy                                                              16 days before departure increased to 85% by",
    ].join("\n");
    const got = rows(text);
    expect(got.slice(0, 3).map((r) => r.accomplishments)).toEqual([
      ["Strengthened exchange of good practices."],
      ["Greater consistency of policy advice.", "Measurable progress in the exchange of good practices.", "Demonstrated consistency of policy advice."],
      ["Improved implementation of audit recommendations.", "Greater planning of programme activities.", "Measurable progress in the monitoring of mandated activities."],
    ]);
  });
});

describe("plain text: a numbered objective heading wrapped above a repeated header", () => {
  it("takes '2. To reinforce …' (one run across the columns) with its lower-case wrap as the next objective", () => {
    // The wrap "weapons in accordance …" runs across the columns and reads as a spanning objective
    // by itself; its first line, numbered and in one run, looks like glued cells of the row above.
    const text = [
      "1. To increase transparency in armaments and confidence-building measures.",
      " Expected                            Indicators of                                   Risks and",
      " accomplishment                      achievement                                     mitigations",
      " Enhanced satisfaction of              91 per cent of clients rate the services as     Delays in recruitment;",
      " Member States with the services       satisfactory or better.                         rosters of pre-cleared",
      " provided.                             78% of documents processed on time.             candidates.",
      "",
      "",
      "2. To reinforce the implementation of the Programme of Action on small arms and light",
      "weapons in accordance with the relevant General Assembly mandates.",
      " Expected                            Indicators of                                   Risks and",
      " accomplishment                      achievement                                     mitigations",
      " Improved representation of            At least 11 grant agreements signed by June     Volatile security",
      " women in senior positions.            2012.                                           conditions.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual([
      "To increase transparency in armaments and confidence-building measures.",
      "To reinforce the implementation of the Programme of Action on small arms and light weapons in accordance with the relevant General Assembly mandates.",
    ]);
    expect(got[0]?.accomplishments).toEqual(["Enhanced satisfaction of Member States with the services provided."]);
  });
});

describe("plain text: a lower-case line glued across the columns under a row", () => {
  it("reads it as the row's cells, not as the next objective's first line", () => {
    // "outstanding audit recommen- dations implemented by the due date": the accomplishment's and
    // the measure's second lines glued by one space, the measure's four characters left of its
    // column. It runs across the columns like a spanning objective, but opens in lower case.
    const text = [
      "        Expected results                  Key performance indicators               Target 2023         Baseline 2022",
      "Objective: To implement accepted recommendations of the oversight bodies in a timely manner.",
      "a) Reduced number of                Percentage of accepted OIOS recommen-            87%            62%",
      "    outstanding audit recommen- dations implemented by the due date",
      "    dations.",
      "Objective: To purchase tickets for official travel at least 16 days in advance of travel",
      "a) Compliance with the advance Percentage of tickets purchased 16 days               81%            54%",
      "    purchase policy for air         before travel",
      "    tickets.",
      "Objective: To ensure compliance with the financial disclosure and ethics requirements.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual([
      "To implement accepted recommendations of the oversight bodies in a timely manner.",
      "To purchase tickets for official travel at least 16 days in advance of travel",
    ]);
    expect(got[0]?.accomplishments).toEqual(["Reduced number of outstanding audit recommendations."]);
    expect(got[0]?.measures).toEqual(["Percentage of accepted OIOS recommendations implemented by the due date"]);
  });
});

describe("plain text: a wrapped line glued under a bullet that opened a cell inside a run", () => {
  it("gives the next column the glued word that lines up with the text after that bullet", () => {
    // "… approach ➢ Continued improvement …": the bullet, one space after the measure's words,
    // opens the accomplishment; on the line below "use" (one space after "all") starts a character
    // from where "Continued" starts: the accomplishment's wrapped line, not the measure's.
    const text = [
      "Responsive business transformation and continuous improvement with particular attention to the needs of developing",
      "countries.",
      "",
      "           Performance measures                                    Expected results                                     Targets",
      "",
      "o Annual of the “Delivering as One” approach ➢ Continued improvement in the collection and                Achieved",
      "and report on lessons learned shared with all use of performance data.",
      "staff",
      "",
      "o Time taken to complete an investigation         ➢ Strengthened representation of unrepresented          30 days",
      "(days)                                            Member States among staff.",
      "",
      "o Percentage of contracts awarded through         ➢ Continued improvement in the accountability of        87 per cent",
      "competitive bidding                               managers for results.",
      "",
      "o Percentage of workshops rated useful by                                                                 88 per cent",
      "participants",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.accomplishments[0]).toBe("Continued improvement in the collection and use of performance data.");
    expect(got[0]?.measures[0]).toBe("Annual of the “Delivering as One” approach and report on lessons learned shared with all staff");
  });
});

describe("plain text: value cells centred on two-line measures", () => {
  it("a capitalised measure line starts the next measure when a second value opens on the grid line right below it", () => {
    // No markers, no full stops, full lines: "Greenhouse gas emissions from" goes on "Share of
    // meetings …" by every text cue. Its values (1188, 659) are centred on it and open on the grid
    // line below it, the measure column empty there; the first measure already has its values.
    const text = [
      "                                                                     Baseline        Target",
      "        Objective                Indicator of achievement",
      "                                                                      (2016)         (2017)",
      "To manage financial",
      "resources efficiently and",
      "                              Percentage of budget proposals",
      "in compliance with the                                             79%             100%",
      "                              submitted by the deadline",
      "Financial Regulations and",
      "Rules.",
      "To purchase tickets for",
      "                              Percentage of tickets purchased",
      "official travel at least 16                                        55%             80%",
      "                              16 days before travel",
      "days in advance of travel",
      "",
      "To reduce the                 Share of meetings with remote",
      "                                                                   46%             85%",
      "environmental footprint       participation options",
      "of the Department’s           Greenhouse gas emissions from",
      "operations.                                                        1188            659",
      "                              air travel (tonnes CO2 equivalent)",
      "To ensure compliance",
      "with the financial            Percentage of statements filed by",
      "                                                                   95%             100%",
    ].join("\n");
    const got = rows(text);
    expect(got[2]?.objective).toBe("To reduce the environmental footprint of the Department’s operations.");
    expect(got[2]?.measures).toEqual(["Share of meetings with remote participation options", "Greenhouse gas emissions from air travel (tonnes CO2 equivalent)"]);
  });
  it("also when the value sits beside the measure's second line, for a measure of three lines", () => {
    // "Percentage of regional" / "workshops rated useful by" / "participants": its values (95%, 65%)
    // open beside its second line; the measure before already has its own (27, 5).
    const text = [
      "                                                                                                  Baseli",
      "                                  Expected                                               Targe",
      "      Objectives                                           Performance indicators                   ne",
      "                              accomplishments                                            t 2007",
      "                                                                                                   2006",
      "                                                        Percentage of advisory",
      "                               Regional                missions conducted at the        79%      61%",
      "                                agreements on           request of member States",
      "                                transport corridors",
      "                                advanced.               Number of regional workshops",
      "                                                                                         27       5",
      "                                                        rated useful by participants",
      "To enhance the                 Policy                  Percentage of regional",
      "regional follow-up to           recommendations         workshops rated useful by        95%      65%",
      "the internationally             of the Commission       participants",
      "agreed development              taken up by             Number of policy studies cited",
      "goals.                          member States.                                           35       11",
      "                                                        in national plans",
      "                               Regional forum on       Percentage of policy studies",
      "                                                                                         84%      71%",
      "                                sustainable             cited in national plans",
      "                                development held",
      "                                with broad              Number of country profiles",
      "                                                                                         24       10",
    ].join("\n");
    const measures = rows(text).flatMap((r) => r.measures);
    expect(measures).toContain("Number of regional workshops rated useful by participants");
    expect(measures).toContain("Percentage of regional workshops rated useful by participants");
  });
});

describe("plain text: value cells centred on their measures, lines interleaved", () => {
  it("gives a value line printed between two measures to the measure its cell is centred on", () => {
    // Chromium's text of a centred table: "65% by" / "December" / "2016" is centred on the two-line
    // measure "Proportion of staff members" / "completing mandatory training", so its first line
    // lies between the two measures, as far from the measure above as from its own.
    const text = [
      "      Objectives                 Expected                Key performance            Targets     Baselines",
      "                              accomplishments               indicators",
      "                                                   • Percentage of policies reviewed",
      "                                                                                    97%         90% (2015)",
      "                                                   updated",
      "                                                                                    65% by",
      "Timely and efficient          (i) More consistent  • Proportion of staff members                55% in",
      "                                                                                    December",
      "with agencies, funds and      access to            completing mandatory training                2015",
      "                                                                                    2016",
      "programmes.                   information.",
      "                                                   • Annual report on lessons learned",
      "                                                                                    Fully       Not",
      "                                                   shared with all staff",
      "                                                                                    achieved    applicable",
    ].join("\n");
    const layout = textToLayout(text);
    const [row] = readTables(layout, findSections(layout)).objectives;
    expect(row?.measures.map((m) => [m.text, m.target, m.baseline])).toEqual([
      ["Percentage of policies reviewed updated", "97%", "90% (2015)"],
      ["Proportion of staff members completing mandatory training", "65% by December 2016", "55% in 2015"],
      ["Annual report on lessons learned shared with all staff", "Fully achieved", "Not applicable"],
    ]);
  });
});

describe("plain text: centred rows, a cell's sentence interleaved with another column's lines", () => {
  it("keeps the lines between a cell's line and its lower-case rest in one row, though another column's line lies between", () => {
    // Chromium's text: "(i) Reduction in the time taken to" / "➢ Greater monitoring of" /
    // "complete an investigation …": the measure's rest is two grid lines below its first line,
    // the accomplishment's line between them. Cutting the rows at that accomplishment line cut the
    // measure in two.
    const text = [
      "      OBJECTIVE                     EXPECTED                         PERFORMANCE",
      "                                 ACCOMPLISHMENT                        MEASURE",
      "                                                                      (i) 95% of publications issued in all",
      "                                                                      official languages in 2022.",
      "                                     ➢ Enhanced accountability of",
      "                                                                      (ii) Proportion of policies reviewed and",
      "                                     managers for results.",
      "                                                                      updated increased to 64% by the end",
      "                                                                      of 2022.",
      "Improved efficiency of",
      "administrative processes.                                             (i) Support plans agreed with",
      "                                                                      MINURSO and UNOWAS by January",
      "                                     ➢ Improved integration of        2022.",
      "                                     cross-cutting issues.            (ii) Proportion of performance",
      "                                                                      appraisals completed on time",
      "                                                                      increased to 72% by the end of 2022.",
      "                                                                      (i) Reduction in the time taken to",
      "                                     ➢ Greater monitoring of",
      "                                                                      complete an investigation from 100",
      "                                     mandated activities.",
      "                                                                      days in 2021 to 80 days in 2022.",
      "To advance the delivery of",
      "mandated programmes within                                            (i) Endorsement of the strategy by the",
      "approved resources.                  ➢ Greater use of analytical      senior management team.",
      "                                     products by policymakers.        (ii) At least 85% of missions supported",
      "                                                                      with a needs assessment.",
      "",
      "                                                                      (i) Increase in the number of",
      "To strengthen the management of                                       partnership agreements signed from",
      "extrabudgetary contributions       ➢ Strengthened participation       30 in 2021 to 43 in 2022.",
      "building on the lessons learned in of women in decision-making.       (ii) Proportion of publications issued in",
      "the previous biennium.                                                all official languages increased to 71%",
      "                                                                      by the end of 2022.",
    ].join("\n");
    const got = rows(text);
    expect(got[0]?.measures).toEqual([
      "95% of publications issued in all official languages in 2022.",
      "Proportion of policies reviewed and updated increased to 64% by the end of 2022.",
      "Support plans agreed with MINURSO and UNOWAS by January 2022.",
      "Proportion of performance appraisals completed on time increased to 72% by the end of 2022.",
    ]);
    expect(got[1]?.measures[0]).toBe("Reduction in the time taken to complete an investigation from 100 days in 2021 to 80 days in 2022.");
  });
});

describe("plain text: value cells printed left of their column, one row's block shifted", () => {
  // Chromium's text (test/corpus dev-023): pdftotext set the row "To deepen …" on a grid of its
  // own, its measures at 53 instead of 58, its values at 108 instead of 117 (nine characters:
  // further than a centred label's shift).
  const text = [
    "                      Objective                                         Key perfo­rmance indicator                         Target",
    " To improve knowledge management and the                  ➢ Business continuity plan tested and updated during the Fully achieved",
    " sharing of lessons learned.                              year",
    "",
    " To foster the cessation of hosti­lities along the        ➢ Endor­sement of the strategy by the senior               By 31 December",
    " Blue Line, taking into account the recomme­‐             management team                                            2022",
    " ndations of the oversight bodies and the views",
    " expressed by Member States in the relevant               ➢ Evaluation of the pilot completed and ﬁndings            Achieved",
    " intergov­ernmental bodies, taking into account the       presented to management",
    " recomme­ndations of the oversight bodies and the",
    " views expressed by Member States in the                  ➢ Positive feedback from Member States on the quality      By 31 December",
    " relevant intergov­ernmental bodies.                      of services received                                       2022",
    "",
    " To support the use of evaluation ﬁndings in       ➢ Number of countries reporting on the agreed indicators 28",
    " programme planning, taking into account the",
    " recomme­ndations of the oversight bodies and the",
    " views expressed by Member States in the",
    " relevant intergov­ernmental bodies, and report on",
    " progress in a trans­parent manner.",
    "",
    " To deepen knowledge management and the              ➢ Time needed to process a request for advice (days)   200 days",
    " sharing of lessons learned, taking into account",
    " the recomme­ndations of the oversight bodies and ➢ Clean audit opinion on the ﬁnancial statements          Achieved",
    " the views expressed by Member States in the",
    " relevant intergov­ernmental bodies, with particular",
    " attention to the needs of developing countries      ➢ Workplan approved and monitored on a quarterly basis Achieved",
    "",
    " To strengthen oversight of the efﬁciency of          ➢ Time taken to respond to written queries from deleg­‐        180 days",
    " adminis­trative processes, with particular attention ations (days)",
    " to the needs of developing countries, and report",
    " on progress in a trans­parent manner",
    "",
    " To advance civil-military coope­ration with local        ➢ Average time for the settlement of claims (days)         80 days",
    " commu­nities, in line with the priorities set by the",
  ].join("\n");
  // As the extractor reads it: soft hyphens and ligatures repaired, each keeping its printed place.
  const layout = textToLayout(repairText(text), text);
  const row = readTables(layout, findSections(layout)).objectives.find((o) => o.objective.startsWith("To deepen"));
  const measures = row?.measures.map((m) => [m.text, m.target]);
  it("reads a second run in the measure column, after a column gap, as the Target cell", () => {
    expect(measures?.[1]).toEqual(["Clean audit opinion on the financial statements", "Achieved"]);
  });
  it("gives the Target column a value glued by one space that starts where a value cell opens lines above", () => {
    expect(measures?.[2]).toEqual(["Workplan approved and monitored on a quarterly basis", "Achieved"]);
  });
});

describe("plain text: numbered objective headings above one header per objective", () => {
  // pdftotext of a Word table printed once per objective, each under "N. To …" at the left margin:
  // the heading glued to its number by one space, set on the grid of the table below, ending short
  // of the second column's cells; the bullets of the first column sit at the same left edge.
  const header = "                EXPECTED ACCOMPLISHMENTS                                  PERFORMANCE INDICATORS";
  it("takes a numbered line right above a repeated header as the next objective, though it ends short of the next column", () => {
    const text = [
      "1. To enhance evidence-based policymaking through regional statistics.",
      header,
      "•   Regional forum on sustainable development held with        (i) Increase in the number of regional workshops rated",
      "    broad participation                                            useful from 14 in 2010 to 32 in 2011",
      "",
      "",
      "",
      "2. To support macroeconomic policies for growth.",
      header,
      "•   Improved availability of regional statistics               (i) Positive feedback from 85% of clients surveyed.",
      "•   Increased capacity of national statistical offices         (ii) At least 22 policy studies cited in national plans",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual([
      "To enhance evidence-based policymaking through regional statistics.",
      "To support macroeconomic policies for growth.",
    ]);
    expect(got[0]?.accomplishments).toEqual(["Regional forum on sustainable development held with broad participation"]);
    expect(got[1]?.accomplishments).toEqual(["Improved availability of regional statistics", "Increased capacity of national statistical offices"]);
    expect(got[1]?.measures).toEqual(["Positive feedback from 85% of clients surveyed.", "At least 22 policy studies cited in national plans"]);
  });

  it("reads a part's first line glued by a narrow gap as cells when it starts where an earlier part's cells start on the page", () => {
    // "… measures.   (i) Reduction …": three spaces between the columns is a gap prose may have, the
    // line runs far past the last label like prose, and the part under the second header has no
    // line of its own above it to show the column.
    const text = [
      "1. To enhance sustainable transport and energy connectivity in the region",
      header,
      "•   Policy recommendations of the Commission taken up by           (i) Country profiles updated within 21 working days.",
      "    member States                                                  (ii) Positive feedback from 85% of clients surveyed.",
      "",
      "",
      "",
      "2. To support gender equality and the empowerment of women in regional economic policy.",
      header,
      "•   Member States adopting regional trade facilitation measures.   (i) Reduction in the average time to finalize a country profile from 59 days in 2010 to 30",
      "                                                                       a country profile from 59 days in 2010 to 30 days",
      "",
      "",
      "",
      "3. To enhance the regional follow-up to the internationally agreed development goals",
      header,
      "•   Improved availability of regional statistics                   (i) Country profiles updated within 17 working days.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual([
      "To enhance sustainable transport and energy connectivity in the region",
      "To support gender equality and the empowerment of women in regional economic policy.",
      "To enhance the regional follow-up to the internationally agreed development goals",
    ]);
    expect(got[1]?.accomplishments).toEqual(["Member States adopting regional trade facilitation measures."]);
  });
});

describe("plain text: unmarked items that end short of the column's width", () => {
  it("never ends an item on a line that stops on a conjunction or preposition ('… with UNMIK and' / 'MINUSTAH')", () => {
    // Measures with neither markers nor full stops: a line ending short where the next line's first
    // word would have fitted ends an item — but not one that stops on "and", "to", "the" …
    const text = [
      "Objective                        Performance measure",
      "To consolidate gender equality   Proportion of meetings serviced as scheduled",
      "in African development           Support plans agreed with UNMIK and",
      "policies.                        MINUSTAH",
      "                                 Proportion of staff members completing the mandatory course",
      "                                 within the year",
      "                                 Number of Member States requesting technical assistance from",
      "                                 the regional offices",
      "                                 Proportion of staff members trained increased to",
      "                                 63 per cent by the end of the year",
    ].join("\n");
    expect(rows(text)[0]?.measures).toEqual([
      "Proportion of meetings serviced as scheduled",
      "Support plans agreed with UNMIK and MINUSTAH",
      "Proportion of staff members completing the mandatory course within the year",
      "Number of Member States requesting technical assistance from the regional offices",
      "Proportion of staff members trained increased to 63 per cent by the end of the year",
    ]);
  });
});

describe("plain text: a row glued by single spaces across every column", () => {
  it("reads a line holding a bullet that opens a later column's cells as a row, not as prose ending the table", () => {
    const text = [
      "Expected accomplishments                  Risks and mitigations                  Performance measures",
      "Objective: To give priority to support to South-South cooperation",
      "",
      "• Continued improvement in the             ▪ Delays in the approval of resources; Evaluation of the pilot completed",
      "accountability of managers for results.    mitigated by regular senior-level      and findings presented to",
      "                                           coordination meetings.                 management.",
      "",
      "• Enhanced consistency of policy advice. ▪ Delays in the approval of resources; Reduction in the average time for",
      "                                         mitigated by scenario planning         the settlement of claims from 60",
      "                                         reviewed every quarter.                days in 2011 to 30 days in 2012.",
      "",
      "Objective: To enhance knowledge management and the sharing of lessons learned.",
      "",
      "• Better participation of women in         ▪ Unforeseen increases in the volume   88 per cent of meetings serviced",
      "decision-making.                           of requests; mitigated by reviews.     as scheduled in 2012.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual([
      "To give priority to support to South-South cooperation",
      "To enhance knowledge management and the sharing of lessons learned.",
    ]);
    expect(got[0]?.accomplishments).toEqual(["Continued improvement in the accountability of managers for results.", "Enhanced consistency of policy advice."]);
  });
});

describe("plain text: a table's first row glued by a narrow column gap", () => {
  it("reads a line whose later run starts where the next lines' cells open as a row, though nothing above shows the edge", () => {
    // corpus6 d6-022: the header's labels are centred far right of where the cells start, the first
    // row's two cells are three spaces apart, and no earlier line of the table shows the column.
    const text = [
      "                                                                         Key performance",
      "                       Outcome                                              indicators",
      "Objective 1: To strengthen the network of information centres in developing countries",
      " (i) Media partners carrying campaign content.   ● 95% of web content published in all official languages within",
      "                                                   17 days.",
      "                                                 ● At least 11 outreach events held by information centres.",
      "                                                 ● Media partners grown to 9 outlets in 2024.",
      "",
      "Objective 2: To widen the audiences reached by the Organization in all six official languages.",
      " (i) Media partners carrying campaign content.   ● 33 thousand documents digitized and placed online by May",
      "                                                   2024.",
      "                                                 ● At least 24 outreach events held by information centres.",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To strengthen the network of information centres in developing countries",
        accomplishments: ["Media partners carrying campaign content."],
        measures: ["95% of web content published in all official languages within 17 days.", "At least 11 outreach events held by information centres.", "Media partners grown to 9 outlets in 2024."],
      },
      {
        objective: "To widen the audiences reached by the Organization in all six official languages.",
        accomplishments: ["Media partners carrying campaign content."],
        measures: ["33 thousand documents digitized and placed online by May 2024.", "At least 24 outreach events held by information centres."],
      },
    ]);
  });
});

describe("plain text: an objective heading between two tables", () => {
  it("gives the heading the previous table read as a row back to the next table's header below it", () => {
    // corpus6 d6-019: a table with an Objective column ends, and the next table (one header per
    // objective, no Objective column) is introduced by its objective printed as one run across the
    // first table's second-column edge; a space of the heading falls right at that edge.
    const text = [
      "       Objective                            Expected results                Performance indicators",
      "To settle troop and equipment           Mission camps treating        Days to settle certified",
      "reimbursements without arrears.         wastewater to standard.       reimbursement claims",
      "",
      "",
      "To shorten supply chain lead times for goods shipped to field missions.",
      "                 Expected                               Key performance",
      "              accomplishment                               indicators",
      "Vacancies in field missions filled from      o Average lead time for priority shipments cut",
      "rosters.                                       from 76 to 21 days.",
      "                                             o Vacancy rate of field posts at or below 21%.",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To settle troop and equipment reimbursements without arrears.",
        accomplishments: ["Mission camps treating wastewater to standard."],
        measures: ["Days to settle certified reimbursement claims"],
      },
      {
        objective: "To shorten supply chain lead times for goods shipped to field missions.",
        accomplishments: ["Vacancies in field missions filled from rosters."],
        measures: ["Average lead time for priority shipments cut from 76 to 21 days.", "Vacancy rate of field posts at or below 21%."],
      },
    ]);
  });
});

describe("plain text: a short spanning objective row", () => {
  it("reads a one-run 'To …' line above a row line as the next objective, though it ends short of the second column", () => {
    // corpus6 d6-007: a table without an Objective column; each objective is a spanning row whose
    // text ends left of where the measure column's cells start (bold in the PDF, plain here).
    const text = [
      "                                                                         Indicators",
      "                                                                             of                   Target",
      "                  Outcome                                               achievement               (2020)",
      " To advance gender-responsive policies in national budgets.",
      " Climate risk assessments used in national investment plans.        Number of statistical offices     24",
      "",
      " National plans aligned with the Sustainable Development            Number of national plans reviewed 19",
      " Goals.",
      "",
      " To deepen regional economic integration through trade",
      " facilitation.",
      " The economic survey cited in policy debates.                       Percentage of participants        93%",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To advance gender-responsive policies in national budgets.", ["Climate risk assessments used in national investment plans.", "National plans aligned with the Sustainable Development Goals."]],
      ["To deepen regional economic integration through trade facilitation.", ["The economic survey cited in policy debates."]],
    ]);
  });
});

describe("plain text: a short spanning objective over a row whose cells are centred", () => {
  // LibreOffice centres the row's cells vertically under a spanning objective row; pdftotext then
  // prints the first column's taller cell a line or more before the measures beside it, so the
  // line right under the objective has no run of a later column.
  it("reads the objective over a first-column cell that opens with a list marker", () => {
    const text = [
      "                      Expected Accomplishments                          Performance Measure",
      " To make rule-of-law assistance to host States more predictable.",
      " •   Police units ready to deploy within the agreed notice period.",
      "                                                                   13 mission plans including a gender analysis.",
      " •   Casualties from explosive devices reduced in high-risk",
      "                                                                   Police deployed within 71 days of a request.",
      "     sectors.",
      " To protect civilians under imminent threat in the areas where peacekeeping missions deploy.",
      " •   Justice and corrections advisers deployed.                    Strategies updated in 19 missions.",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To make rule-of-law assistance to host States more predictable.", ["Police units ready to deploy within the agreed notice period.", "Casualties from explosive devices reduced in high-risk sectors."]],
      ["To protect civilians under imminent threat in the areas where peacekeeping missions deploy.", ["Justice and corrections advisers deployed."]],
    ]);
  });
  it("reads the objective over an unmarked first-column cell indented past it", () => {
    const text = [
      "                           OUTCOME                                       PERFORMANCE MEASURES",
      "To coordinate a timely response to sudden-onset emergencies",
      "    Common datasets published for all active responses.",
      "                                                                    Teams deployed within 6 hours of a request",
      "    Appeals launched on the basis of joint assessments.",
      "To reinforce the links between humanitarian and development action",
      "    Access constraints reduced in priority crises                   Access negotiations opened in 57 crises",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments, r.measures])).toEqual([
      ["To coordinate a timely response to sudden-onset emergencies", ["Common datasets published for all active responses.", "Appeals launched on the basis of joint assessments."], ["Teams deployed within 6 hours of a request"]],
      ["To reinforce the links between humanitarian and development action", ["Access constraints reduced in priority crises"], ["Access negotiations opened in 57 crises"]],
    ]);
  });
  it("reads an objective left alone at a page foot, its row under the header repeated on the next page", () => {
    const text = [
      "                       Outcome                                       Performance measures",
      " To ensure that staff complete the mandatory training courses.",
      " • Staff trained in the new rules                    (i) Evaluations completed for 3 per cent of staff",
      " To spend the approved budget in line with the work plan.",
      "\f                       Outcome                                       Performance measures",
      " • Mandatory training completed by staff             (i) Evaluations completed for 9 per cent of staff",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To ensure that staff complete the mandatory training courses.", ["Staff trained in the new rules"]],
      ["To spend the approved budget in line with the work plan.", ["Mandatory training completed by staff"]],
    ]);
  });
});

describe("plain text: a spanning objective that ends its page", () => {
  it("keeps a short first-column cell that wraps under the repeated header out of the objective above the break", () => {
    // corpus7 d7-027: the objective fills one line of its spanning row at a page foot and the next
    // row opens the next page. That row's first cell ("Transition plans agreed with" / "host
    // Governments …") wraps at the first column's width, so it is no rest of the objective.
    const text = [
      "         OUTCOMES                            PERFORMANCE MEASURE              TARGET         BASELINE",
      "To protect civilians under imminent threat in the areas where peacekeeping missions deploy",
      "Contingents deployed with the   Planning teams with a gender adviser           60%          45%",
      "capabilities pledged.",
      "Budget proposals linked to      Missions with a current protection strategy    14            7",
      "measurable mission results.",
      "To align the force generation of contingents with the operational requirements of missions",
      "\f         OUTCOMES                            PERFORMANCE MEASURE              TARGET         BASELINE",
      "Transition plans agreed with",
      "host Governments ahead of       Police units deployable within 30 days         14            10",
      "mission drawdowns.",
      "To sustain the readiness of the standing police capacity for rapid deployment",
      "Casualties from explosive       Police units deployable within 30 days         19             9",
      "devices reduced.",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To protect civilians under imminent threat in the areas where peacekeeping missions deploy", ["Contingents deployed with the capabilities pledged.", "Budget proposals linked to measurable mission results."]],
      ["To align the force generation of contingents with the operational requirements of missions", ["Transition plans agreed with host Governments ahead of mission drawdowns."]],
      ["To sustain the readiness of the standing police capacity for rapid deployment", ["Casualties from explosive devices reduced."]],
    ]);
  });
  it("takes an objective that ends its page above a page-foot footnote as the objective of the row under the next page's repeated header", () => {
    // pdftotext of a Word table whose spanning objective row is the page's last, with the page's
    // footnote under it: the footnote (one run across every column, its number glued to its text)
    // is no row line, and the objective's row opens the next page under the header repeated there.
    const text = [
      "         OUTCOMES                            PERFORMANCE MEASURE              TARGET         BASELINE",
      "To protect civilians under imminent threat in the areas where peacekeeping missions deploy",
      "Contingents deployed with the   Planning teams with a gender adviser           60%          45%",
      "capabilities pledged.",
      "To align the force generation of contingents with the operational requirements of missions",
      "1 Baselines are those of the 2009 reporting period; targets were set with the Department of Field Support in 2010.",
      "\f         OUTCOMES                            PERFORMANCE MEASURE              TARGET         BASELINE",
      "Transition plans agreed with",
      "host Governments ahead of       Police units deployable within 30 days         14            10",
      "mission drawdowns.",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments, r.measures])).toEqual([
      ["To protect civilians under imminent threat in the areas where peacekeeping missions deploy", ["Contingents deployed with the capabilities pledged."], ["Planning teams with a gender adviser"]],
      ["To align the force generation of contingents with the operational requirements of missions", ["Transition plans agreed with host Governments ahead of mission drawdowns."], ["Police units deployable within 30 days"]],
    ]);
  });
});

describe("plain text: a page set on a grid of another scale", () => {
  it("finds a later page's column edges at hung markers set apart from their text, though every column moved by its share", () => {
    // corpus5 g2-007: pdftotext set page 2 on a coarser grid than the header's page (every column
    // about three quarters as far from the margin), and the markers stand four or five characters
    // left of their items' text, each cluster of starts its own.
    const columns: ColumnDef[] = [
      { key: "objective", role: "objective", header: "Objective", x: 40, column: undefined },
      { key: "accomplishments", role: "accomplishments", header: "Expected accomplishments", x: 175, column: undefined },
      { key: "risksAndMitigations", role: "extra", header: "Risks and mitigations", x: 355, column: undefined },
      { key: "measures", role: "measures", header: "Performance measures", x: 520, column: undefined },
    ];
    const page = [
      "To promote the            1.   Special political     •   Delays in the        –   91% of Peacebuilding",
      "effective backstopping         missions receiving        approval of the          Fund projects approved",
      "of special political           integrated                budget; early            with a gender marker.",
      "missions                       guidance.                 engagement.",
      "                                                     •   Liquidity            –   Increase in the number",
      "                                                         constraints.             of requests answered.",
      "To strengthen electoral   1.   Strengthened          •   Turnover of key      –   Increase in the number of",
      "processes                      partnerships.             staff; rosters.          briefings delivered.",
    ].join("\n");
    const lines = textToLayout(page).pages[0]!.lines.filter((l) => l.segments.length > 0);
    expect(pageAnchors(columns, lines)?.map((c) => c.x)).toEqual([40, 130, 265, 390]);
  });
});

describe("plain text: a marker glued to the end of the previous cell's run", () => {
  it("gives an 'o' one space after a cell's last word and a wide gap before the next cell's text to that next cell", () => {
    // corpus6 d6-010: the measures' typed "o" markers hang nine or more characters left of their
    // text on this grid, and on the row's first line the marker is glued by one space to the risk.
    const text = [
      "              Outcomes                       Risks and mitigation measures                    Key performance indicators",
      "",
      "Objective 2: To bring the vacancy rate of field missions within the budgeted range",
      " (i) Reimbursements to contributing        Insufficient data from member States; o            78 per cent of mission camps with",
      "      countries paid on schedule.          technical support to statistics offices. wastewater treatment meeting the standard.",
      " (ii) Vacancies in field missions filled                                            o         Average lead time for priority shipments",
      "      from rosters.                                                                 cut from 97 to 13 days.",
    ].join("\n");
    const layout = textToLayout(text);
    const got = readTables(layout, findSections(layout)).objectives;
    expect(got[0]?.extra["risksAndMitigations"]).toEqual(["Insufficient data from member States; technical support to statistics offices."]);
    expect(got[0]?.measures.map((m) => m.text)).toEqual(["78 per cent of mission camps with wastewater treatment meeting the standard.", "Average lead time for priority shipments cut from 97 to 13 days."]);
    expect(got[0]?.accomplishments).toEqual(["Reimbursements to contributing countries paid on schedule.", "Vacancies in field missions filled from rosters."]);
  });
});

describe("plain text: centred rows and lettered lists", () => {
  it("never starts a row with a list's later item ('(f) …') when the column's lists open with '(a)'", () => {
    // corpus5 g2-011 (LibreOffice): objectives centred on their rows, no blank line between rows;
    // the centring fit put the row boundary above the first row's item (f), which then led the
    // second row's measures.
    const text = [
      "                                                                 Expected                                       Performance",
      "                Objectives",
      "                                                             accomplishments                                     measures",
      "                                                                                           (a) All meetings serviced, as reported to the",
      "                                                                                               Secretary-General",
      "                                                                                           (b) All national reports received, as reported to the",
      "                                                (a) Consensus outcomes of disarmament          Secretary-General.",
      "                                                    meetings facilitated",
      "                                                                                           (c) Member States’ satisfaction with the training",
      "To promote multilateral negotiations on         (b) More Member States reporting to the        course rated “good” or better in 76% of responses",
      "disarmament and non-proliferation.                  Register of Conventional Arms.",
      "                                                                                           (d) At least 11 national reports received by June 2017.",
      "                                                (c) Increased reporting by States on",
      "                                                    small arms.                            (e) All national reports received, as reported to the",
      "                                                                                               Secretary-General",
      "                                                                                           (f) All assistance requests answered by the regional",
      "                                                                                               centres, as reported to the Secretary-General",
      "To improve transparency in armaments            (a) Wider awareness of disarmament         (a) Member States’ satisfaction with the meeting rated",
      "through the United Nations Register of              issues among young people                  “good” or better in 76% of responses.",
      "Conventional Arms                               (b) Regional centres delivering            (b) National reports received within 21 working days",
      "                                                    assistance to requesting States.           (2016: 49 days)",
      "                                                                                           (c) Increase in the number of meetings serviced from",
      "                                                                                               10 in 2016 to 24 in 2017",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.measures.length)).toEqual([6, 3]);
    expect(got[0]?.measures[5]).toBe("All assistance requests answered by the regional centres, as reported to the Secretary-General");
    expect(got[1]?.measures[0]).toBe("Member States’ satisfaction with the meeting rated “good” or better in 76% of responses.");
  });
});

describe("plain-text tables: a cell's full line running past the next column's edge", () => {
  it("keeps a line's last word in its cell when it ends before the next column opens on the lines around it", () => {
    // Chromium's text: the objective column's full line ("… in line with these priorities") runs
    // four characters past the measure column's edge read from the whole table (col 73), but ends
    // before the measure text opens on the line above (col 77). "priorities" starts six
    // characters left of the edge: it is the objective's word, not a measure's.
    const text = [
      "Objective                                                                Performance measure",
      "To improve the use of evaluation findings in programme planning.         ➢ Reduction in the average time taken to fill a vacancy.",
      "",
      "To sustain the financial statements prepared in compliance with IPSAS,       ➢ Annual report on lessons learned shared with all staff.",
      "and report on progress in a transparent manner, in line with these priorities",
      "set by the General Assembly.",
      "",
      "To further improve the learning culture among staff.                     ➢ Percentage of staff completing mandatory training.",
    ].join("\n");
    expect(rows(text)[1]).toEqual({
      objective: "To sustain the financial statements prepared in compliance with IPSAS, and report on progress in a transparent manner, in line with these priorities set by the General Assembly.",
      accomplishments: [],
      measures: ["Annual report on lessons learned shared with all staff."],
    });
  });

  it("still gives a word glued by one space to the next column when it crosses where that column opens nearby", () => {
    // LibreOffice's text: "statements" is the measure's wrapped word, printed one space after the
    // objective's line, where the line above opens the measure column.
    const text = [
      "Objective                                       Performance measure",
      "To sustain knowledge management and the sharing ➢ Clean audit opinion on the financial",
      "of lessons learned, and report on progress in a statements",
      "transparent manner.",
      "",
      "To further improve the learning culture.        ➢ Number of national officials trained",
    ].join("\n");
    expect(rows(text)[0]?.measures).toEqual(["Clean audit opinion on the financial statements"]);
  });
});

describe("plain-text tables: an objective row's wrap", () => {
  it("does not take the row's first cell line after a blank line as the objective's wrapped rest", () => {
    // LibreOffice's text of a Word table whose objective is a spanning "Objective: …" row: the next
    // line, after a blank one, is the accomplishment cell (its measure centred beside its two
    // lines), not the objective going on — a paragraph's wrapped lines are consecutive on the grid.
    const text = [
      "     EXPECTED                                          PERFORMANCE                               TARGET",
      "      RESULT                                             MEASURE                                 (2022)",
      "",
      "     Objective: To increase the participation of women in peace processes",
      "",
      "     Pledges to the multi-year appeal received on",
      "                                                 Multi-year appeal funding received                83%",
      "     time",
      "",
      "     Objective: To improve the analysis that informs the Security Council",
      "",
      "     National dialogue processes supported with",
      "                                                 Women in mediation support teams                  55%",
      "     technical expertise",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To increase the participation of women in peace processes",
        accomplishments: ["Pledges to the multi-year appeal received on time"],
        measures: ["Multi-year appeal funding received"],
      },
      {
        objective: "To improve the analysis that informs the Security Council",
        accomplishments: ["National dialogue processes supported with technical expertise"],
        measures: ["Women in mediation support teams"],
      },
    ]);
  });
});

describe("plain-text tables: an objective heading centred above a repeated header", () => {
  it("takes a one-run line after a paragraph gap that crosses where the second column's cells open, though it ends short of the label", () => {
    // Chromium's text of one table per objective: the numbered objective is centred over the page
    // and ends at col 111, where the centred label "PERFORMANCE INDICATORS" starts, but well right
    // of where the indicators' cells open (col 80): no cell crosses that edge.
    const header = "                  EXPECTED ACCOMPLISHMENTS                                                                     PERFORMANCE INDICATORS";
    const text = [
      "                                          1. To enhance evidence-based policymaking through regional statistics.",
      "",
      header,
      "",
      "     Regional forum on sustainable development held with broad                   (i) Increase in the number of regional workshops rated useful",
      "     participation                                                              (ii) All country profiles updated by October 2011.",
      "",
      "",
      "                                            2. To support macroeconomic policies that support inclusive growth.",
      "",
      header,
      "",
      "     Improved availability of regional statistics.                                (i) Positive feedback from 85% of clients surveyed.",
      "     Increased capacity of national statistical offices                          (ii) At least 22 policy studies cited in national plans",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To enhance evidence-based policymaking through regional statistics.",
        accomplishments: ["Regional forum on sustainable development held with broad participation"],
        measures: ["Increase in the number of regional workshops rated useful", "All country profiles updated by October 2011."],
      },
      {
        objective: "To support macroeconomic policies that support inclusive growth.",
        accomplishments: ["Improved availability of regional statistics.", "Increased capacity of national statistical offices"],
        measures: ["Positive feedback from 85% of clients surveyed.", "At least 22 policy studies cited in national plans"],
      },
    ]);
  });
});

describe("plain-text tables: a header label's first word alone on a complete header line", () => {
  it("reads the line of label pieces and years below as the header's, when it completes a known column", () => {
    // LibreOffice's text of a Word header: "Expected" centred over "Accomplishments" beside one-line
    // labels, the Target's year under it. The first line alone reads as a header of three columns
    // and lost the accomplishments (every accomplishment then went to the measures).
    const lines = textToLayout([
      "     Expected              Performance Measures              Target   Baseline",
      " Accomplishments                                             (2010)",
    ].join("\n")).pages[0]!.lines;
    const header = detectHeader(lines, 0);
    expect(header?.lineCount).toBe(2);
    expect(header?.columns.map((c) => [c.role, c.header])).toEqual([
      ["accomplishments", "Expected Accomplishments"],
      ["measures", "Performance Measures"],
      ["target", "Target (2010)"],
      ["baseline", "Baseline"],
    ]);
  });
});

describe("plain text: an unmarked accomplishment sub-row beside a new measure and its values", () => {
  it("starts an item where the line above would nearly have taken its first word (corpus8 d8b-024)", () => {
    // Accomplishments without markers or full stops, one per sub-row, each with its measures and
    // their Baseline/Target; no blank line between sub-rows. "digital workflows" stops where
    // "Meetings" would have fitted within a few characters of the column's longest lines.
    const text = [
      "Expected accomplishment           Indicator of achievement                  Baseline        Target",
      "To modernize records and archives management",
      "Manual processes replaced by      Processes supported by digital workflows     19              27",
      "digital workflows                 Average days to deliver a legal opinion   17 days         10 days",
      "Meetings serviced with            Documents issued on time (percentage)    87 per cent     91 per cent",
      "documents available on time",
      "To support Member States with reliable and timely treaty services",
      "Users able to find and reuse      Average days to deliver a legal opinion   19 days         11 days",
      "institutional knowledge           Documents issued on time (percentage)    86 per cent     90 per cent",
      "Clients satisfied with their      Critical vulnerabilities open beyond 30      26              15",
      "Headquarters services             Explosive-hazard casualties                  23              10",
    ].join("\n");
    // "Headquarters" would not have fitted after "Clients satisfied with their": a wrapped line.
    expect(rows(text).map((r) => r.accomplishments)).toEqual([
      ["Manual processes replaced by digital workflows", "Meetings serviced with documents available on time"],
      ["Users able to find and reuse institutional knowledge", "Clients satisfied with their Headquarters services"],
    ]);
  });
});


describe("plain text: top-aligned rowspan rows with no blank line between two of them", () => {
  it("does not read an objective opening a band under the whole row before it as centred", () => {
    // Top-aligned rows: each objective opens on its first sub-row's line. pdftotext set a blank line
    // between sub-rows except above "To widen …", so the band holding that objective opens with
    // the last sub-row of the row before, all of whose cells end before it, and every cell opens
    // anew beside the objective. Read as centred, the rows took each other's sub-rows.
    const text = [
      "                   Objective                                    Expected Result                                       Performance Indicators",
      " To lower the cost of water in       a) Water points repaired in rural             300 water points repaired in 2014.",
      " rural districts                        districts.                                 Tariffs reviewed in 12 districts.",
      "",
      "                                     a) Meters installed in every household.       Meters installed in 4,000 homes.",
      "",
      " To raise the share of girls in      a) School grants paid on time.                Grants paid to 80 schools by March 2014.",
      " secondary school                                                                  Enrolment of girls up by 9 per cent.",
      "",
      "                                     a) Teachers trained in inclusive              Training completed by 600 teachers.",
      "                                        methods.",
      " To widen access to mobile banking   a) Agents licensed in remote areas.           Agents licensed in 45 districts.",
      " services                                                                          Accounts opened by 20,000 adults.",
      "",
      "                                     a) Fees capped for small transfers.           Fees capped at 1 per cent.",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To lower the cost of water in rural districts", ["Water points repaired in rural districts.", "Meters installed in every household."]],
      ["To raise the share of girls in secondary school", ["School grants paid on time.", "Teachers trained in inclusive methods."]],
      ["To widen access to mobile banking services", ["Agents licensed in remote areas.", "Fees capped for small transfers."]],
    ]);
  });
});

describe("plain text: a centred objective's lines interleaved with the other columns'", () => {
  it("reads rows as centred when later objectives open alone on a grid line between other cells' lines", () => {
    // Cells centred vertically, no blank lines (one band). The first objective is as tall as its
    // row and opens it, which looks top-aligned; the next two are an odd number of lines shorter
    // than their rows, so their baselines lie half a line off the other columns' and pdftotext
    // prints their lines between those of the cells beside them. Read top-aligned, the first row
    // took the second row's first sub-row.
    const text = [
      "           Objective                          Outcome                     Performance indicators",
      "To cut the cost of freight        a) Ports cleared within two      Ports clearing cargo in two days: 14.",
      "across borders                       days.                         Customs staff trained: 300.",
      "                                  a) Single windows opened at      Single windows opened in 9 countries.",
      "                                     border posts.                 Border posts open all night: 12.",
      "To widen access to mobile",
      "                                  a) Agents licensed in remote     Agents licensed in 45 districts.",
      "banking services",
      "                                     areas of the north and        Accounts opened by 20,000 adults.",
      "                                     the south.                    Agents trained in 30 districts.",
      "                                  a) School grants paid on time.   Grants paid to 80 schools.",
      "To raise the share of girls",
      "                                  a) Teachers trained in           Enrolment of girls up by 9 per cent.",
      "in secondary school",
      "                                     inclusive methods.            Training completed by 600 teachers.",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To cut the cost of freight across borders", ["Ports cleared within two days."]],
      ["To widen access to mobile banking services", ["Single windows opened at border posts.", "Agents licensed in remote areas of the north and the south."]],
      ["To raise the share of girls in secondary school", ["School grants paid on time.", "Teachers trained in inclusive methods."]],
    ]);
  });
});

describe("plain text: a caption right under an objective heading", () => {
  it("reads a short caption within one label's white space as the next table's, under a heading that runs across the table above", () => {
    // The heading runs from the margin past the last column's edge and ends its sentence; the
    // caption under it is centred on the next table but crosses none of its column edges. Read as
    // the table above's last row, both took the heading and the caption as cells.
    const text = [
      "A. PROGRAMME OBJECTIVES",
      "",
      "             Expected                              Performance                         Baseline",
      "                                                                                                          Target",
      "          Accomplishment                            Indicators                          (2010)",
      "    Objective 1: To cut the time taken to issue visas to staff on mission",
      "    Visas issued within ten       Visas issued within ten days                             13               16",
      "    days of request.              Requests processed online                               42%              59%",
      "",
      "    Travel booked through the     Tickets booked online                                  31%              47%",
      "    online tool.                  Complaints resolved in a week                           14               27",
      "",
      "",
      "1. To widen the use of renewable energy in field offices and in the regional hubs in 2011.",
      "                                       Performance framework, 2011",
      "            OUTCOMES                   PERFORMANCE MEASURES                         RISKS AND MITIGATIONS",
      "    •   Solar panels fitted in        -   40 per cent of offices powered              Supplier delays; early",
      "        remote offices.                   by solar panels.                            tendering.",
      "    •   Diesel use reduced.           -   Diesel use down by 25 per cent.             Price rises; hedging.",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments, r.measures])).toEqual([
      ["To cut the time taken to issue visas to staff on mission", ["Visas issued within ten days of request.", "Travel booked through the online tool."], ["Visas issued within ten days", "Requests processed online", "Tickets booked online", "Complaints resolved in a week"]],
      ["To widen the use of renewable energy in field offices and in the regional hubs in 2011.", ["Solar panels fitted in remote offices.", "Diesel use reduced."], ["40 per cent of offices powered by solar panels.", "Diesel use down by 25 per cent."]],
    ]);
  });
});

describe("plain text: a centred first row whose first sub-row lies above its objective", () => {
  it("reads the lines above the table's first objective as its row's, though every cell ends there and opens anew beside the objective", () => {
    // corpus8 d8-008: cells centred, no blank lines; the first row's first sub-row is printed above
    // its objective, whose line opens new items in every column. No row lies above the table's
    // first objective, so those lines are its own row's upper half.
    const text = [
      "                      Objective                               Expected accomplishment                        Performance measure",
      "                                                         □   Reviews informed by regional analysis.        •   76 per cent of users applying the toolkit.",
      "To strengthen the capacity of member States to           □   Tax administrations applying tools.           •   Strategies prepared in 8 countries.",
      "design inclusive fiscal policies.                                                                          •   Tools applied by 13 administrations.",
      "                                                         □   Digital strategies endorsed.                  •   Policies revised in 18 countries.",
      "To promote the use of official statistics.               □   Energy policies aligned with targets.         •   64 per cent of offices applying the classification.",
    ].join("\n");
    expect(rows(text).map((r) => [r.objective, r.accomplishments])).toEqual([
      ["To strengthen the capacity of member States to design inclusive fiscal policies.", ["Reviews informed by regional analysis.", "Tax administrations applying tools.", "Digital strategies endorsed."]],
      ["To promote the use of official statistics.", ["Energy policies aligned with targets."]],
    ]);
  });
});
