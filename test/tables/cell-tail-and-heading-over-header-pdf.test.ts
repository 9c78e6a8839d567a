/**
 * Borderless tables of a landscape LibreOffice document (corpus9 dev9b d9b-014, 10.5 pt cells,
 * 11 pt body). Coordinates as pdf.js reads them (points, y down).
 *
 * 1. A cell's wrapped last line right above the next table's header: "risk", the tail of
 *    "● Early warning coverage increased to 56% of the population at", one line's step under it
 *    and at its text edge, three lines above `OBJECTIVES | PERFORMANCE MEASURES | BASELINE |
 *    TARGET 2016`. It had been read as the header's first piece ("Risks"): the 4-column table took
 *    a phantom risks column that split every indicator's first words off, and the row above lost
 *    the tail and its last measure.
 * 2. A numbered objective heading in the heading font ("8. To make cities …", 11 pt bold) over the
 *    next table per objective, whose accomplishments are numbered too ("1.", "2.", 10.5 pt): the
 *    number alone does not tell it from a cell, its font does.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const cell = pdfLineMaker(1, 10.5);
const body = pdfLineMaker(1, 11);
const heading = pdfLineMaker(1, 12);

const rows = (layout: Layout) => readTables(layout, findSections(layout)).objectives;
const page = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 792, height: 612, lines, rules: [], removed: [] }] });

describe("a cell's wrapped last line above the next table's header", () => {
  const lines: Line[] = [
    heading(24, 131.4, [["II. Programme objectives and key performance indicators", 62.5, 388.9, true]]),
    cell(26, 158.1, [["Outcomes", 186.9, 59.1, true], ["Performance", 512.2, 75.8, true]]),
    cell(27, 170.4, [["measures", 521.4, 57.4, true]]),
    cell(29, 189.7, [["To improve the measurement of disaster losses", 65.3, 281.1, true]]),
    cell(31, 209.1, [["National strategies aligned with the global framework", 65.3, 282.8], ["● 8 cities joining the resilience campaign", 374.7, 217.8]]),
    cell(33, 228.5, [["Adaptation plans that address disaster risk", 65.3, 225.3], ["● Early warning coverage increased to 56% of the population at", 374.7, 338.4]]),
    cell(34, 240.8, [["risk", 387.4, 18.8]]),
    cell(35, 254.4, [["● 32 regional platform commitments tracked", 374.7, 238.7]]),
    cell(37, 287.9, [["OBJECTIVES", 137.6, 69.6, true], ["PERFORMANCE MEASURES", 331.9, 157.5, true], ["BASELINE", 558, 57.3, true], ["TARGET 2016", 642.9, 78.4, true]]),
    cell(38, 300.2, [["(2015)", 567.3, 38.8, true]]),
    cell(40, 319.5, [["To advocate for safer schools and", 65.3, 175.8], ["Countries reporting disaster loss data", 285.2, 197.6], ["43", 580, 13.4], ["65", 675.4, 13.4]]),
    cell(41, 331.8, [["hospitals", 65.3, 47]]),
    cell(42, 338.9, [["Days to publish the global assessment data", 285.2, 229.6], ["173 days", 562.6, 48.1], ["159 days", 658, 48.1]]),
    cell(44, 358.2, [["Population covered by early warning", 285.2, 191.7], ["48%", 575, 23.3], ["54%", 670.4, 23.3]]),
    cell(46, 377.6, [["Cities with resilience action plans", 285.2, 175.2], ["222", 576.7, 20], ["441", 672.1, 20]]),
  ];
  it("stays in its cell and the header below reads its four columns", () => {
    const out = rows(page(lines));
    expect(out[0]?.measures.map((m) => m.text)).toEqual([
      "8 cities joining the resilience campaign",
      "Early warning coverage increased to 56% of the population at risk",
      "32 regional platform commitments tracked",
    ]);
    expect(out[1]?.objective).toBe("To advocate for safer schools and hospitals");
    expect(out[1]?.measures.map((m) => m.text)).toEqual([
      "Countries reporting disaster loss data",
      "Days to publish the global assessment data",
      "Population covered by early warning",
      "Cities with resilience action plans",
    ]);
    expect(out[1]?.extra).toEqual({ baseline: ["43", "173 days", "48%", "222"], target: ["65", "159 days", "54%", "441"] });
  });
});

describe("a numbered objective heading in the heading font over a table with numbered cells", () => {
  const header = (line: number, y: number) => [
    cell(line, y, [["Outcome", 190, 52.9, true], ["Key", 539.2, 21.9, true]]),
    cell(line + 1, y + 12.3, [["Performance Indicator", 483.8, 132.6, true]]),
  ];
  const lines: Line[] = [
    heading(85, 60, [["II. Programme objectives", 62.5, 180, true]]),
    body(87, 92.1, [["Objective 7: To expand early warning coverage for hazard-prone communities", 62.5, 484.1, true]]),
    ...header(89, 115.8),
    cell(92, 147.4, [["1. National platforms reporting annually", 66.7, 209.7], ["–", 374.7, 5.2], ["23 countries with strategies aligned with the framework", 387.4, 294.8]]),
    cell(93, 161.1, [["2. Safety assessments of schools and hospitals", 66.7, 246.7], ["–", 374.7, 5.2], ["Early warning coverage increased to 48% of the population at", 387.4, 325.7]]),
    cell(94, 173.3, [["completed", 79.5, 55.6], ["risk", 387.4, 18.8]]),
    cell(95, 187.0, [["–", 374.7, 5.2], ["57 cities joining the resilience campaign", 387.4, 211.7]]),
    body(98, 234.6, [["8. To make cities more resilient to disasters", 62.5, 271.5, true]]),
    ...header(100, 258.3),
    cell(103, 289.9, [["a) Adaptation plans that address disaster risk", 66.7, 238.1], ["➢ 9 cities joining the resilience campaign", 374.7, 217.8]]),
    cell(104, 302.1, [["b) Cities with resilience action plans", 66.7, 188]]),
  ];
  it("opens the next objective", () => {
    const out = rows(page(lines));
    expect(out.map((o) => o.objective)).toEqual(["To expand early warning coverage for hazard-prone communities", "To make cities more resilient to disasters"]);
    expect(out[0]?.accomplishments).toEqual(["National platforms reporting annually", "Safety assessments of schools and hospitals completed"]);
    expect(out[1]?.accomplishments).toEqual(["Adaptation plans that address disaster risk", "Cities with resilience action plans"]);
  });
});
