/**
 * pdftotext -layout text where a cell's longest line meets the next column with one space, and
 * values broken inside a word in narrow value columns (session 16, h-gap; corpus7 tune7b,
 * corpus8 dev8c): hand-made texts, one per rule, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { gluedMarkerOpenings } from "../../src/tables/columns.js";
import { markerKinds } from "../../src/vocab/markers.js";

function read(text: string) {
  const layout = textToLayout(text);
  const result = readTables(layout, findSections(layout));
  return {
    rows: result.objectives.map((o) => ({
      objective: o.objective,
      accomplishments: o.accomplishments,
      measures: o.measures.map((m) => m.text),
      extra: o.extra,
    })),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe("marker kinds", () => {
  it.each([
    ["•", ["•"]],
    ["–", ["-"]],
    ["-", ["-"]],
    ["(iii)", ["(i)"]],
    ["(i)", ["(i)", "(a)"]],
    ["(c)", ["(a)"]],
    ["a)", ["a)"]],
    ["12.", ["1."]],
    ["3)", ["1)"]],
    ["(4)", ["(1)"]],
    ["a.", []],
    ["2013.", []],
    ["(a.", []],
    ["Budget", []],
  ])("%s is of the kinds %j", (word, kinds) => {
    expect(markerKinds(word)).toEqual(kinds);
  });
});

describe("an item marker glued by one space where the column's markers open", () => {
  it("reads a table's first row whose objective runs up to the measure's bullet, three characters left of the others", () => {
    // pdftotext set the first line's bullet at 33, where the lines below open theirs at 36: the
    // line read as prose under the header ended the table (no row at all, TABLE_NO_ROWS).
    const text = [
      "             OBJECTIVE                     PERFORMANCE INDICATORS",
      "To implement the recommendations • Budget implementation rate of 17 per cent by",
      "of oversight bodies within their      December 2013.",
      "deadlines                           • 81 per cent of staff completing mandatory",
      "                                      courses.",
      "To ensure that staff complete the   • 40 per cent of staff completing mandatory",
      "mandatory training courses            courses.",
    ].join("\n");
    const { rows, warnings } = read(text);
    expect(warnings).not.toContain("TABLE_NO_ROWS");
    expect(rows.map((r) => r.objective)).toEqual(["To implement the recommendations of oversight bodies within their deadlines", "To ensure that staff complete the mandatory training courses"]);
    expect(rows[0]?.measures).toEqual(["Budget implementation rate of 17 per cent by December 2013.", "81 per cent of staff completing mandatory courses."]);
  });

  it("reads a list number where the column's numbers open as the next cell, not a line of prose ending the table", () => {
    // "(iii)" stands where "(i)" and "(ii)" open, one space after the accomplishment's line.
    const text = [
      "           Outcomes                    Performance measures",
      "Objective: To enable missions to draw down in step with the",
      "benchmarks set by the Security Council",
      "• Police units ready to deploy   (i) Standing police capacity deployed within",
      "  within the agreed notice           78 days of a request.",
      "  period.                        (ii) Investigations of serious misconduct",
      "• Allegations of misconduct          completed within 5 days.",
      "  investigated and closed within (iii) Civilian protection strategies updated",
      "  the prescribed time.               in 86 missions by December 2015.",
      "Objective: To ensure that mission budgets are prepared on the basis of",
      "results",
      "• Budget proposals linked to     (i) Standing police capacity deployed within",
      "  measurable mission results.        44 days of a request.",
    ].join("\n");
    const { rows } = read(text);
    expect(rows[0]?.accomplishments).toEqual(["Police units ready to deploy within the agreed notice period.", "Allegations of misconduct investigated and closed within the prescribed time."]);
    expect(rows[0]?.measures.at(-1)).toBe("Civilian protection strategies updated in 86 missions by December 2015.");
    expect(rows).toHaveLength(2);
  });

  it("reads a row's first line glued across three columns under a spanning objective as cells", () => {
    // The whole line is set left of the columns ("Data" three, "a)" six characters left of where
    // the risks and the lettered measures open below): read as the objective's wrapped rest, the
    // row was lost.
    const text = [
      "Expected accomplishments          Risks and mitigations            Performance measures",
      "Objective: To ensure that humanitarian data are shared and used for decision-making.",
      "Funds released before the peak Data protection concerns; a) Global appeals funded at 93% by",
      "of a forecast shock.              agreed sharing protocols.        the end of 2013",
      "Emergency teams deployed                                       b) 11 access negotiations supported",
      "within 48 hours of a request.                                      by humanitarian coordinators",
      "Response plans based on joint                                  c) Central Emergency Response Fund",
      "intersectoral analysis.                                            grants approved within 33 days",
    ].join("\n");
    const { rows } = read(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.objective).toBe("To ensure that humanitarian data are shared and used for decision-making.");
    expect(rows[0]?.accomplishments[0]).toBe("Funds released before the peak of a forecast shock.");
    expect(rows[0]?.measures[0]).toBe("Global appeals funded at 93% by the end of 2013");
  });

  it("leaves a marker of another kind than the column's inside its line", () => {
    const line = textToLayout("  investigated and closed within - Civilian protection strategies updated").pages[0]!.lines[0]!;
    const others = textToLayout(
      [
        "• Police units ready to deploy   (i) Standing police capacity deployed within",
        "  period.                        (ii) Investigations of serious misconduct",
      ].join("\n"),
    ).pages[0]!.lines.filter((l) => l.segments.length > 0);
    expect(gluedMarkerOpenings(line, others)).toEqual([]);
    const numbered = textToLayout("  investigated and closed within (iii) Civilian protection strategies updated").pages[0]!.lines[0]!;
    expect(gluedMarkerOpenings(numbered, others).map((w) => w.text)).toEqual(["(iii)"]);
  });
});

describe("a value broken inside a word in two narrow value columns", () => {
  it("joins each column's tail back, though a one-word value of the row sits further right", () => {
    // "114 hou" / "rs": the single "6" two lines up ends right of it (a centred short value, set
    // off by pdftotext's grid), so the line did not seem to fill its cell.
    const text = [
      "   Objectives         Outcomes                   Performance                   Target Baseli",
      "                                                  Indicators                   (2015)   ne",
      "                                                                                      (2014)",
      "To reinforce the Security incidents Responses with                               21      9",
      "links between    affecting aid      common datasets",
      "humanitarian and workers tracked Countries with                                   14            6",
      "development       and analysed.            collective outcomes",
      "action            Common datasets Hours to deploy an                           107 hou 114 hou",
      "                  published for all assessment team                              rs      rs",
      "                  active responses.",
    ].join("\n");
    const { rows } = read(text);
    expect(rows[0]?.extra["target"]?.join(" | ")).toMatch(/\b107 hours$/);
    expect(rows[0]?.extra["baseline"]?.join(" | ")).toMatch(/\b114 hours$/);
  });
});

describe("a dash set against its item at the start of a run", () => {
  it("reads '-Risk registers …' and '-63 per cent …' as two marked measures", () => {
    // The page's grid left no place for the hanging indent's space: "-Risk" under "-   74 per cent".
    const text = [
      "                                                          Risks",
      "                Expected                                                                              Performance",
      "                                                           and",
      "                 result                                                                                 measure",
      "                                                       mitigations",
      "Objective: To achieve gender parity at all levels of the department",
      "– Managers modelling ethical                Liquidity constraints; spending       -   74 per cent of e-performance documents",
      "   leadership                               plans reviewed quarterly.                 completed on time",
      "                                                                                  -   63 per cent of accepted recommendations",
      "                                                                                      implemented by their target dates",
      "Objective: To improve the geographical diversity of staff",
      "– Vacancies filled within the            Liquidity constraints; spending   -Risk registers updated in 59 divisions",
      "   Organization's target                 plans reviewed quarterly.         -63 per cent of accepted recommendations",
      "                                         Limited pool of qualified          implemented by their target dates",
      "                                         candidates; targeted outreach.  - 55 per cent of tickets purchased 16 days before",
      "                                                                            travel",
    ].join("\n");
    const { rows } = read(text);
    const row = rows.find((r) => r.objective.startsWith("To improve the geographical"));
    expect(row?.measures).toEqual(["Risk registers updated in 59 divisions", "63 per cent of accepted recommendations implemented by their target dates", "55 per cent of tickets purchased 16 days before travel"]);
  });
});

describe("a glued list number opens its column's cell with the rest of the run", () => {
  it("gives '(i) 3 appointments …' to the measure, though '3' ends where the cell's wrapped lines open", () => {
    // The "3" ends at the edge where "Member States." and "80 days." open below, so it stayed with
    // the accomplishment and took its marker along ("… completed within (i) 3 approved resources.").
    const text = [
      "    Expected accomplishment                       Performance measures",
      "To close the accounts of the Organization without audit qualifications",
      "• Capital projects completed within (i) Enterprise system deployed at 22 offices",
      "  approved resources.                    away from Headquarters by June 2020.",
      "• Procurement cases reviewed by     (ii) Quarterly financial reports issued within",
      "  the committee on contracts             24 days of the quarter end.",
      "  without delay.                    (iii) Unqualified opinions on all 57 sets of",
      "                                         financial statements.",
      "                                    (iv) 46 appointments of nationals of",
      "                                         unrepresented Member States.",
      "To reduce the carbon footprint of Headquarters facilities",
      "• Capital projects completed within (i) Energy use per square metre reduced by",
      "  approved resources.                    57 per cent against 2019.",
      "• Financial reports issued on       (ii) Quarterly financial reports issued within",
      "  schedule.                              65 days of the quarter end.",
      "• Staff from unrepresented          (iii) Capital expenditure within 11 per cent of",
      "  Member States appointed.               the approved budget.",
      "                                    (iv) Unqualified opinions on all 28 sets of",
      "                                         financial statements.",
      "To manage the capital projects of the Organization within budget",
      "• Capital projects completed within (i) 3 appointments of nationals of unrepresented",
      "  approved resources.                    Member States.",
      "• Recruitment completed within the (ii) Average recruitment time reduced to",
      "  target time.                           80 days.",
      "• Procurement cases reviewed by     (iii) Energy use per square metre reduced by",
      "  the committee on contracts             17 per cent against 2019.",
    ].join("\n");
    const { rows } = read(text);
    const row = rows.find((r) => r.objective.startsWith("To manage the capital projects"));
    expect(row?.accomplishments[0]).toBe("Capital projects completed within approved resources.");
    expect(row?.measures[0]).toBe("3 appointments of nationals of unrepresented Member States.");
  });
});
