/**
 * One table per objective, each under a Word-numbered heading ("1. To achieve …", "2. To improve
 * …"): the second heading and its header are left alone at a page foot, the rows follow on the next
 * page (LibreOffice keeps no header row with the first body row). The heading is short: it ends
 * left of where the second column's cells start, so it crosses no column edge. It is still the last
 * line above the repeated header after a paragraph gap, and no other line of the table opens with a
 * number (the first column's items carry bullets): the next objective, not an accomplishment of the
 * row above (corpus8 d8b-022 rtf.pdf and html.pdf). Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const p3 = pdfLineMaker(3, 9);
const p4 = pdfLineMaker(4, 9);

const page3 = [
  p3(1, 422.9, [["1. To achieve gender parity at all levels of the department.", 56.8, 307, true]]),
  p3(2, 438.4, [["Expected", 182.4, 43, true], ["Performance", 513.6, 59, true]]),
  p3(3, 449.2, [["result", 190.3, 27, true], ["measure", 523.5, 40, true]]),
  p3(4, 460.5, [["• Performance cycle completed on schedule", 56.8, 197], ["□ Average of 77 days from job opening to selection", 361, 226]]),
  p3(5, 473.3, [["• Oversight recommendations closed within their deadlines", 56.8, 268], ["□ 66% of accepted recommendations implemented by their target dates", 361, 317]]),
  p3(6, 511.1, [["2. To improve the geographical diversity of staff.", 56.8, 254, true]]),
  p3(7, 526.6, [["Expected", 182.4, 43, true], ["Performance", 513.6, 59, true]]),
  p3(8, 537.4, [["result", 190.3, 27, true], ["measure", 523.5, 40, true]]),
];
const page4 = [
  p4(1, 73.8, [["• Senior appointments made with gender balance in mind", 56.8, 263], ["□ Average of 29 days from job opening to selection", 361, 226]]),
  p4(2, 86.6, [["• Travel planned ahead of time", 56.8, 142], ["□ Risk registers updated in 47 divisions", 361, 180]]),
];

describe("a numbered objective heading left with its header at a page foot", () => {
  it("opens the next objective, though it ends short of the second column", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [
      { number: 3, width: 792, height: 612, lines: page3, rules: [], removed: [] },
      { number: 4, width: 792, height: 612, lines: page4, rules: [], removed: [] },
    ] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
    expect(rows).toEqual([
      ["To achieve gender parity at all levels of the department.", ["Performance cycle completed on schedule", "Oversight recommendations closed within their deadlines"], ["Average of 77 days from job opening to selection", "66% of accepted recommendations implemented by their target dates"]],
      ["To improve the geographical diversity of staff.", ["Senior appointments made with gender balance in mind", "Travel planned ahead of time"], ["Average of 29 days from job opening to selection", "Risk registers updated in 47 divisions"]],
    ]);
  });
});
