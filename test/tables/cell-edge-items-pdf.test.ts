/**
 * Items printed without markers or full stops, one under the other in a cell whose lines never
 * wrap (session 22, h-c14items; corpus14 xlsx.pdf / xe.pdf: Calc's line breaks inside a cell,
 * LaTeX's paragraphs). Only the cell's right edge tells a new item from a wrapped line, and the
 * column's own lines never reach it: the edge is learned from the table — the next column's left
 * edge less the gutter the objective column's long lines prove, and for the last column the
 * ruled table's right end less the padding the first column keeps. A line after which the next
 * line's first word would have fitted ended its item; a capital that would not have fitted
 * ("unrepresented" / "Member States") stays in the item. Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule } from "../../src/model/layout.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const make = pdfLineMaker(1, 10);
// Runs a character 5 pt wide on average.
const cell = (text: string, x: number): [string, number, number] => [text, x, text.length * 5];
const layoutOf = (ruled: boolean): Layout => {
  const lines: Line[] = [
    make(10, 100, [["Objective", 60, 45, true], ["Performance measures", 250, 100, true], ["Risks and mitigations", 420, 105, true]]),
    make(11, 120, [cell("To strengthen the management of all", 60), cell("Reports issued on time", 250), cell("Turnover; cross-training", 420)]),
    make(12, 132, [cell("property and equipment in field", 60), cell("Days to respond", 250), cell("Late data; remind", 420)]),
    make(13, 144, [cell("missions", 60), cell("Staff from unrepresented", 250), cell("Budget cuts; set priorities", 420)]),
    make(14, 156, [cell("Member States appointed", 250)]),
  ];
  const rules: Rule[] = ruled ? [95, 110, 165].map((y) => ({ x1: 55, y1: y, x2: 590, y2: y })) : [];
  return { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules, removed: [] }] };
};

describe("unmarked items told apart by the cell's learned right edge (PDF)", () => {
  it("splits a measure column at lines the next word would have fitted after, not at a wrap", () => {
    const row = readTables(layoutOf(true), []).objectives[0]!;
    expect(row.objective).toBe("To strengthen the management of all property and equipment in field missions");
    expect(row.measures.map((m) => m.text)).toEqual(["Reports issued on time", "Days to respond", "Staff from unrepresented Member States appointed"]);
  });

  it("splits the last column (Risks) at the ruled table's right edge", () => {
    const row = readTables(layoutOf(true), []).objectives[0]!;
    expect(row.extra?.["risksAndMitigations"]).toEqual(["Turnover; cross-training", "Late data; remind", "Budget cuts; set priorities"]);
  });
});

describe("a numbering column read into the objective", () => {
  const numbered = (numbers: [string, string]): Layout => {
    const lines: Line[] = [
      make(10, 100, [["No.", 60, 15, true], ["Objective", 90, 45, true], ["Performance measures", 300, 100, true]]),
      make(11, 120, [cell(numbers[0], 60), cell("To improve the timeliness of reports", 90), cell("• Reports issued on time", 300)]),
      make(12, 140, [cell(numbers[1], 60), cell("To reduce vacancy rates", 90), cell("• Vacancy rate below 8%", 300)]),
    ];
    // Rows ruled apart: the rows are told by the rules, the numbers by their sequence.
    const rules: Rule[] = [95, 110, 132, 150].map((y) => ({ x1: 55, y1: y, x2: 560, y2: y }));
    return { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules, removed: [] }] };
  };

  it("drops bare numbers running in sequence (1, 2) as the rows' markers", () => {
    expect(readTables(numbered(["1", "2"]), []).objectives.map((o) => o.objective)).toEqual(["To improve the timeliness of reports", "To reduce vacancy rates"]);
  });

  it("keeps numbers that do not run in sequence", () => {
    expect(readTables(numbered(["1", "5"]), []).objectives.map((o) => o.objective)).toEqual(["1 To improve the timeliness of reports", "5 To reduce vacancy rates"]);
  });
});
