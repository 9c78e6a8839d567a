/**
 * A footnote at a page foot under a table that runs on, its number glued to its text by one space
 * ("1 The objectives reflect …": LibreOffice's footnote area sets the number at 12 pt before 8 pt
 * text, one run), below a row the page break cut. The run starts at the table's left edge and
 * crosses the second column's edge (no cell is that wide), in a size other than the table's: a
 * footnote, not the next objective — the cut row's rest on the next page stays the cut row's
 * (corpus8 d8b-004, d8b-013, d8-008, d8-012, d8-013 rtf.pdf). Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const p2 = pdfLineMaker(2, 10);
const p3 = pdfLineMaker(3, 10);

const page2 = (footnoteSize: number): Line[] => [
  p2(1, 402.3, [["Objective", 140.3, 48, true], ["Expected accomplishment", 297.3, 130, true], ["Performance measure", 522.8, 110, true]]),
  p2(2, 434.4, [["To counter misinformation on United", 56.8, 180.7], ["• Information centres producing local-", 297.3, 178.5], ["• Responses to misinformation published within 29", 522.8, 243.3]]),
  p2(3, 446.4, [["Nations peace operations.", 56.8, 125.6], ["language content", 307.3, 83.6], ["days", 532.8, 22]]),
  p2(4, 474.7, [["To develop the network of information", 56.8, 184.5], ["• Wider audiences reached across", 297.3, 156.5], ["• 15 civil society organizations attending briefings", 522.8, 235.2]]),
  p2(5, 486.7, [["centres as local communication hubs.", 56.8, 185.8], ["platforms", 307.3, 46.4], ["• 55 partners amplifying campaign content", 522.8, 202]]),
  p2(6, 500.7, [["• Web content available in all official", 297.3, 183.8], ["• Responses to misinformation published within 47", 522.8, 243.3]]),
  { ...p2(7, 527.7, [["1 The objectives reflect the results framework of the proposed programme budget; targets may be revised at mid-year.", 56.8, 458.1]]), segments: p2(7, 527.7, [["1 The objectives reflect the results framework of the proposed programme budget; targets may be revised at mid-year.", 56.8, 458.1]]).segments.map((s) => ({ ...s, fontSize: footnoteSize })) },
];
const page3 = [
  p3(8, 74.4, [["languages", 307.3, 49], ["days", 532.8, 22]]),
  p3(9, 88.4, [["• 30 million visits to United Nations news sites", 522.8, 219.8]]),
  p3(10, 123.7, [["To strengthen the Organization's crisis", 56.8, 189.4], ["• Misinformation identified and answered", 297.3, 194.3], ["• 90% increase in social media followers", 522.8, 187.4]]),
  p3(11, 135.7, [["communications capacity.", 56.8, 127.3], ["promptly", 307.3, 43.4], ["• 22 partners amplifying campaign content", 522.8, 202]]),
];

const rowsWith = (footnoteSize: number) => {
  const layout: Layout = { format: "pdf", text: "", pages: [
    { number: 2, width: 842, height: 595, lines: page2(footnoteSize), rules: [], removed: [] },
    { number: 3, width: 842, height: 595, lines: page3, rules: [], removed: [] },
  ] };
  return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
};

describe("a footnote glued to its number by one space at a page foot, in a PDF table that runs on", () => {
  it("is no row: the row the page break cut keeps its rest from the next page", () => {
    expect(rowsWith(12)).toEqual([
      ["To counter misinformation on United Nations peace operations.", ["Information centres producing local-language content"], ["Responses to misinformation published within 29 days"]],
      [
        "To develop the network of information centres as local communication hubs.",
        ["Wider audiences reached across platforms", "Web content available in all official languages"],
        ["15 civil society organizations attending briefings", "55 partners amplifying campaign content", "Responses to misinformation published within 47 days", "30 million visits to United Nations news sites"],
      ],
      ["To strengthen the Organization's crisis communications capacity.", ["Misinformation identified and answered promptly"], ["90% increase in social media followers", "22 partners amplifying campaign content"]],
    ]);
  });
  it("is told by its size: the same run in the table's own size is read as a row of the table", () => {
    // As the reader took it before: the footnote opened a row and took the cut row's rest.
    const rows = rowsWith(10);
    expect(rows.map(([objective]) => objective)).toContain("1 The objectives reflect the results framework of the proposed");
    expect(rows[1]?.[2]).toEqual(["15 civil society organizations attending briefings", "55 partners amplifying campaign content", "Responses to misinformation published within 47"]);
  });
});
