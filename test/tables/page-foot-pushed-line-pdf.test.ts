/**
 * A measure's last wrapped line pushed down near a page's foot (session 25, h-wk2; corpus11 dev11
 * wk.pdf d11-001 "… updated contingency" / "plans", d11-006 "… high-risk coun-" / "tries"):
 * wkhtmltopdf set it 11 pt under its line at an 8.6 pt step, more than the gap limit between the
 * table's padded sub-rows, and the gap opened an item. The words say it goes on: it opens in lower
 * case while the row's other items open with capitals after their gaps, and the line above ends no
 * sentence. A layout in wkhtmltopdf's proportions (as html-print-subrows-pdf.test.ts): 7.5 pt text
 * wrapping at 8.6 pt in the table above, unmarked one-line sub-rows 13.8 pt apart.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const make = pdfLineMaker(1, 7.5);
const cell = (text: string, x: number): [string, number, number] => [text, x, text.length * 3.6];
const row = (line: number, y: number, xs: readonly number[], texts: readonly string[]): Line => make(line, y, texts.flatMap((t, i) => (t ? [cell(t, xs[i]!)] : [])));
const A = [65, 190, 330] as const;
const B = [65, 240, 465] as const;

function layoutOf(pushed: string, above = "Number of countries with updated contingency"): Layout {
  const lines: Line[] = [
    make(1, 60, [["Objectives", 65, 38, true], ["Expected results", 190, 60, true], ["Performance measures", 330, 83, true]]),
    row(2, 78, A, ["To act on the recommendations of", "• Oversight recommendations", "Percentage of staff completing"]),
    row(3, 86.6, A, ["the oversight bodies in good time", "implemented on time", "mandatory courses"]),
    row(4, 95.2, A, ["", "• Documents submitted within", "Percentage of oversight"]),
    row(5, 103.8, A, ["", "the slotted dates", "recommendations on time"]),
    make(6, 130, [["Expected accomplishments", 65, 99, true], ["Performance measures", 240, 83, true], ["Target", 465, 23, true]]),
    make(7, 144, [["14. To strengthen the coordination of humanitarian assistance", 65, 245, true]]),
    row(8, 158, B, ["Workplace survey results acted upon", "Number of joint needs assessments completed", "31"]),
    row(9, 171.8, B, ["", "Number of response plans published on time", "28"]),
    row(10, 185.6, B, ["", above, "42"]),
    // The pushed line: 11 pt under its line (the step is 8.6 pt, the sub-rows' pitch 13.8 pt).
    row(11, 196.6, B, ["", pushed, ""]),
  ];
  return { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] };
}

const measuresOf = (layout: Layout) => readTables(layout, []).objectives[1]?.measures.map((m) => (typeof m === "string" ? m : m.text));

describe("a wrapped line pushed down at a page's foot (PDF)", () => {
  it("goes on with its item when it opens in lower case and the row's items open with capitals", () => {
    expect(measuresOf(layoutOf("plans"))).toEqual(["Number of joint needs assessments completed", "Number of response plans published on time", "Number of countries with updated contingency plans"]);
  });

  it("joins a word broken by a hyphen", () => {
    expect(measuresOf(layoutOf("tries", "Number of contingency plans updated in coun-"))?.[2]).toMatch(/^Number of contingency plans updated in coun-?tries$/);
  });

  it("still opens an item when the line opens with a capital, or the line above ends a clause", () => {
    expect(measuresOf(layoutOf("Plans published"))).toHaveLength(4);
    expect(measuresOf(layoutOf("plans published", "Number of countries with updated plans;"))).toHaveLength(4);
  });
});
