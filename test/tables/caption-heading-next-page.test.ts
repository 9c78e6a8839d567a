/**
 * Two PDF cues that a line ends a table or opens the next objective, from LibreOffice's print of
 * an RTF compact (corpus8 d8b-021 rtf.pdf and html.pdf). Coordinates as pdf.js reads them.
 *
 * 1. A table with an Objective column whose last row ends page 2; page 3 opens with the next
 *    table's centred bold caption ("Table 2. Objectives, …", starting inside the objective column
 *    and running across where the second column's cells start), then that table's objective
 *    heading and header. No objective cell crosses that edge: the caption ends the table above and
 *    is no part of its last row.
 * 2. One table per objective, its first column numbered "1.", "2.": the next heading "6. To support
 *    …" right above the repeated header runs past where the measures' bullets start (short of their
 *    label, centred far right), so it is the next objective, not a numbered item.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const p2 = pdfLineMaker(2, 9);
const p3 = pdfLineMaker(3, 9);

const page2 = [
  p2(1, 148.1, [["Expected", 347.3, 41, true]]),
  p2(2, 153.5, [["Objective", 146.1, 43, true], ["Performance", 563.8, 56, true]]),
  p2(3, 158.9, [["Accomplishment", 331.1, 74, true]]),
  p2(4, 164.3, [["Indicator", 572.2, 39, true]]),
  p2(5, 175.4, [["1. To strengthen the capacity of member", 72.1, 179], ["□ Energy policies aligned with regional", 272.7, 174], ["• 48 national statistical offices applying the new", 473.3, 214]]),
  p2(6, 186.2, [["States to design inclusive fiscal policies", 72.1, 166], ["sustainability targets.", 287.7, 89], ["classification.", 488.3, 58]]),
  p2(7, 199, [["□ Shared water basins managed under", 272.7, 177], ["• 44 trade facilitation measures reported as", 473.3, 196]]),
  p2(8, 209.8, [["cooperative frameworks.", 287.7, 108], ["implemented.", 488.3, 61]]),
  p2(9, 388.5, [["2. To advance the transition to sustainable", 72.1, 182], ["□ Tax administrations applying improved", 272.7, 181], ["• 50 countries completing a census round with", 473.3, 209]]),
  p2(10, 399.3, [["energy in the region", 72.1, 87], ["compliance tools.", 287.7, 78], ["technical assistance.", 488.3, 91]]),
  p2(11, 435.7, [["• Graduation transition strategies prepared in", 473.3, 204]]),
  p2(12, 446.5, [["12 countries.", 488.3, 55]]),
];
const page3 = [
  p3(1, 74.4, [["Table 2. Objectives, expected accomplishments and performance measures", 210.7, 371, true]]),
  p3(2, 95.4, [["5. To improve water resource management in countries facing scarcity.", 72.1, 342, true]]),
  p3(3, 110.7, [["PERFORMANCE", 503.7, 65, true]]),
  p3(4, 116.1, [["OUTCOME", 190.3, 44, true]]),
  p3(5, 121.5, [["MEASURE", 516.4, 40, true]]),
  p3(6, 132.6, [["1.", 72.1, 7], ["Voluntary national reviews informed by regional analysis.", 87.1, 244], ["▪ Graduation transition strategies prepared in 41 countries.", 362.6, 261]]),
  p3(7, 145.4, [["2.", 72.1, 7], ["Censuses and surveys conducted to international standards.", 87.1, 261], ["▪ 63% of participants reporting use of the social protection toolkit.", 362.6, 290]]),
  p3(8, 158.2, [["▪ 35 countries completing a census round with technical assistance.", 362.6, 302]]),
  p3(9, 209, [["6. To support the follow-up to the 2030 Agenda at the regional level.", 72.1, 326, true]]),
  p3(10, 224.5, [["PERFORMANCE", 503.7, 65, true]]),
  p3(11, 229.9, [["OUTCOME", 190.3, 44, true]]),
  p3(12, 235.3, [["MEASURE", 516.4, 40, true]]),
  p3(13, 246.4, [["1.", 72.1, 7], ["Censuses and surveys conducted to international standards.", 87.1, 261], ["▪ 61 trade facilitation measures reported as implemented.", 362.6, 250]]),
  p3(14, 259.2, [["▪ 16 national statistical offices applying the new classification.", 362.6, 280]]),
];

describe("a centred caption opening the next page, and a numbered heading across the cells' edge", () => {
  const layout: Layout = { format: "pdf", text: "", pages: [
    { number: 2, width: 792, height: 612, lines: page2, rules: [], removed: [] },
    { number: 3, width: 792, height: 612, lines: page3, rules: [], removed: [] },
  ] };
  const rows = readTables(layout, findSections(layout)).objectives;
  it("ends the table above at the caption", () => {
    expect(rows.map((o) => o.objective)).toEqual([
      "To strengthen the capacity of member States to design inclusive fiscal policies",
      "To advance the transition to sustainable energy in the region",
      "To improve water resource management in countries facing scarcity.",
      "To support the follow-up to the 2030 Agenda at the regional level.",
    ]);
    expect(rows[1]!.accomplishments).toEqual(["Tax administrations applying improved compliance tools."]);
    expect(rows[1]!.measures.map((m) => m.text)).toEqual(["50 countries completing a census round with technical assistance.", "Graduation transition strategies prepared in 12 countries."]);
  });
  it("opens the next objective at the numbered heading over the repeated header", () => {
    expect(rows[2]!.accomplishments).toEqual(["Voluntary national reviews informed by regional analysis.", "Censuses and surveys conducted to international standards."]);
    expect(rows[3]!.accomplishments).toEqual(["Censuses and surveys conducted to international standards."]);
    expect(rows[3]!.measures.map((m) => m.text)).toEqual(["61 trade facilitation measures reported as implemented.", "16 national statistical offices applying the new classification."]);
  });
});
