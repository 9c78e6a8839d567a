/**
 * A borderless table with vertically centred cells, cut by a page break inside an item of a
 * column whose items carry markers (LibreOffice's print of an RTF table, test/corpus8 d8d-014
 * rtf.pdf): "- Staff drawn from a wider range of" ends page 2, "Member States" opens page 3 at the
 * item's text indent, without a marker, above the next row's centred objective. The line is the
 * rest of the item, not the next row's first line. Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const p2 = pdfLineMaker(2, 8);
const p3 = pdfLineMaker(3, 8);

const page2: Line[] = [
  p2(100, 441.4, [["OBJECTIVES", 115.0, 50.6, true], ["OUTCOMES", 256.7, 46.2, true], ["INDICATORS OF ACHIEVEMENT", 440.4, 122.4, true]]),
  p2(101, 451.1, [["-", 211.5, 2.7], ["Oversight recommendations", 226.5, 100.0]]),
  p2(102, 460.3, [["1. To achieve gender parity at all", 72.1, 115.0], ["closed within their deadlines", 226.5, 99.9], [" Average of 71 days from job opening to selection", 351.0, 188.3]]),
  p2(103, 470.5, [["levels of the department", 72.1, 85.4], ["-", 211.5, 2.7], ["Risk registers maintained and", 226.5, 105.3], [" 51 appointments of nationals of unrepresented Member States", 351.0, 236.5]]),
  p2(104, 480.7, [["acted upon", 226.5, 39.5]]),
  p2(106, 491.9, [["2. To improve the geographical", 72.1, 109.3], ["-", 211.5, 2.7], ["Expenditure aligned with", 226.5, 87.1], [" 67 per cent of accepted recommendations implemented by their target dates", 351.0, 285.3]]),
  p2(107, 502.2, [["diversity of staff", 72.1, 55.4], ["approved resources", 226.5, 70.7], [" 73 per cent of tickets purchased 16 days before travel", 351.0, 205.3]]),
  p2(109, 514.4, [["3. To implement accepted oversight", 72.1, 125.7], ["-", 211.5, 2.7], ["Staff completing mandatory", 226.5, 97.1], [" 58 per cent of staff completing all mandatory courses", 351.0, 202.4]]),
  p2(110, 523.6, [["recommendations in a timely manner", 72.1, 131.2], ["courses", 226.5, 28.0], [" 81 per cent of tickets purchased 16 days before travel", 351.0, 205.3]]),
  p2(112, 534.8, [["-", 211.5, 2.7], ["Staff drawn from a wider range of", 226.5, 118.0]]),
];
const page3: Line[] = [
  p3(115, 72.5, [["Member States", 226.5, 54.2]]),
  p3(117, 83.7, [["-", 211.5, 2.7], ["Vacancies filled within the", 226.5, 90.9]]),
  p3(118, 92.9, [["Organization's target", 226.5, 73.5]]),
  p3(119, 103.1, [["4. To ensure full compliance with", 72.1, 115.4], ["-", 211.5, 2.7], ["Staff completing mandatory", 226.5, 97.1], [" 74 per cent of staff completing all mandatory courses", 351.0, 202.4]]),
  p3(120, 113.3, [["mandatory training", 72.1, 66.2], ["courses", 226.5, 28.0], [" 55 ethics briefings held for managers", 351.0, 146.1]]),
  p3(122, 124.5, [["-", 211.5, 2.7], ["Senior appointments made with", 226.5, 112.0]]),
  p3(123, 133.7, [["gender balance in mind", 226.5, 83.1]]),
];

describe("a page-top line without its column's marker over a centred row", () => {
  const layout: Layout = {
    format: "pdf",
    text: "",
    pages: [
      { number: 2, width: 792, height: 612, lines: page2, rules: [], removed: [] },
      { number: 3, width: 792, height: 612, lines: page3, rules: [], removed: [] },
    ],
  };
  const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments]);

  it("ends the item the break cut on the page before (d8d-014)", () => {
    expect(rows[2]).toEqual([
      "To implement accepted oversight recommendations in a timely manner",
      ["Staff completing mandatory courses", "Staff drawn from a wider range of Member States"],
    ]);
  });

  it("leaves the next row its own items", () => {
    expect(rows[3]).toEqual([
      "To ensure full compliance with mandatory training",
      ["Vacancies filled within the Organization's target", "Staff completing mandatory courses", "Senior appointments made with gender balance in mind"],
    ]);
  });
});
