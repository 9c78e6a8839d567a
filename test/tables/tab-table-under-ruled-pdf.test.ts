/**
 * A tab-stop table right under a ruled table of the same columns (corpus11 d11-001 weasy.pdf,
 * WeasyPrint, 9.5 pt Liberation Serif; coordinates as pdf.js reads them, points, y down).
 *
 * The ruled table "Objective | Expected accomplishment | Performance measure" ends; a second table
 * laid out with tab stops, no cell boxes, follows under its own header "Objective | Expected result
 * | Indicator of achievement", and the page ends with a footnote in 7.5 pt numbered "1. " (the
 * footnote area's default marker) before the cut row goes on on the next page. Read as a header
 * repeated, the second header continued the ruled table: its lines took the ruled table's row
 * boundaries (none below the last rule) and every row, the footnote too, ran into the ruled table's
 * last row.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Rule } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk1 = pdfLineMaker(1, 9.5);
const note = pdfLineMaker(1, 7.5);
const mk2 = pdfLineMaker(2, 9.5);
const h = (y: number, x1 = 62.69, x2 = 549.31): Rule => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1 = 322.5, y2 = 430): Rule => ({ x1: x, y1, x2: x, y2 });

function layoutWith(secondHeader: [string, string, string, string, string]): Layout {
  const [exp1, ind1, obj, exp2, ind2] = secondHeader;
  return {
    format: "pdf",
    text: "",
    pages: [
      {
        number: 1,
        width: 612,
        height: 792,
        removed: [],
        rules: [h(322.5), h(352.3), h(386), h(430), v(62.69), v(208.5), v(373.74), v(548.71)],
        lines: [
          mk1(26, 335.1, [["Objective", 67.3, 39, true], ["Expected", 213.1, 37.5, true], ["Performance", 378.3, 52.8, true]]),
          mk1(27, 346.7, [["accomplishment", 213.1, 66, true], ["measure", 378.3, 34.1, true]]),
          mk1(29, 364.9, [["To make humanitarian information", 67.3, 132.6], ["i. Access constraints monitored and", 213.1, 157.2], ["29 response plans published by the end of", 378.3, 166.3]]),
          mk1(30, 376.5, [["available to all partners in real time", 67.3, 134.6], ["raised with the parties", 226.1, 83.6], ["January.", 378.3, 31.3]]),
          mk1(32, 398, [["To mobilize predictable funding for", 67.3, 135.5], ["i. Feedback mechanisms for affected", 213.1, 156.7], ["27 joint needs assessments completed.", 378.3, 145.9]]),
          mk1(33, 409.6, [["underfunded crises", 67.3, 72], ["people in place", 226.1, 57.5], ["75% of response plans with feedback", 378.3, 166.3]]),
          mk1(34, 421.2, [["mechanisms.", 378.3, 49.3]]),
          mk1(36, 455, [[exp1, 208.7, 37.5, true], [ind1, 374.1, 38, true]]),
          mk1(37, 466.6, [[obj, 62.7, 39, true], [exp2, 208.7, 23.1, true], [ind2, 374.1, 60.9, true]]),
          mk1(38, 479, [["To reinforce national", 62.7, 79.5], ["i. Access constraints monitored", 208.7, 118.7], ["▪ 90% of pooled funds allocated", 374.1, 121.8]]),
          mk1(39, 490.6, [["capacities for disaster", 62.7, 82.3], ["and raised with the parties", 208.7, 99.7], ["within 30 days", 374.1, 56]]),
          mk1(40, 502.2, [["preparedness", 62.7, 49.6], ["ii. Situation reports issued on", 208.7, 111.1], ["▪ 334 situation reports issued", 374.1, 110]]),
          mk1(41, 513.8, [["an agreed schedule", 208.7, 72.3]]),
          mk1(43, 537, [["To improve the quality of", 62.7, 97], ["i. Humanitarian response plans", 208.7, 117.7], ["▪ 17 response plans published by", 374.1, 124.5]]),
          mk1(44, 548.6, [["humanitarian needs", 62.7, 74.1], ["issued with agreed priorities", 208.7, 107.4], ["the end of January", 374.1, 69.9]]),
          note(46, 581, [["1. The resources are those approved by the General Assembly in resolution A/RES/60/247.", 56.7, 274.2]]),
        ],
      },
      {
        number: 2,
        width: 612,
        height: 792,
        removed: [],
        rules: [],
        lines: [
          mk2(50, 65.7, [["assessments", 62.7, 45.9], ["▪ 85% of pooled funds allocated", 374.1, 121.8]]),
          mk2(51, 77.3, [["within 30 days", 374.1, 56]]),
          mk2(53, 100.5, [["To ensure a coherent", 62.7, 78.7], ["i. Humanitarian response plans", 208.7, 117.7], ["▪ 30 response plans published by", 374.1, 124.5]]),
          mk2(54, 112, [["humanitarian response to", 62.7, 95.5], ["issued with agreed priorities", 208.7, 107.4], ["the end of January", 374.1, 69.9]]),
          mk2(55, 123.6, [["sudden-onset emergencies", 62.7, 99.8]]),
        ],
      },
    ],
  };
}

const rows = (layout: Layout) => readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);

describe("a tab-stop table under a ruled table, in other label wording", () => {
  it("is a table of its own: its rows are read apart, the page-foot footnote in none", () => {
    expect(rows(layoutWith(["Expected", "Indicator", "Objective", "result", "of achievement"]))).toEqual([
      ["To make humanitarian information available to all partners in real time", ["Access constraints monitored and raised with the parties"], ["29 response plans published by the end of January."]],
      ["To mobilize predictable funding for underfunded crises", ["Feedback mechanisms for affected people in place"], ["27 joint needs assessments completed.", "75% of response plans with feedback mechanisms."]],
      ["To reinforce national capacities for disaster preparedness", ["Access constraints monitored and raised with the parties", "Situation reports issued on an agreed schedule"], ["90% of pooled funds allocated within 30 days", "334 situation reports issued"]],
      ["To improve the quality of humanitarian needs assessments", ["Humanitarian response plans issued with agreed priorities"], ["17 response plans published by the end of January", "85% of pooled funds allocated within 30 days"]],
      ["To ensure a coherent humanitarian response to sudden-onset emergencies", ["Humanitarian response plans issued with agreed priorities"], ["30 response plans published by the end of January"]],
    ]);
  });
});
