/**
 * A Target cell typed one value per line beside measures that wrap (corpus12
 * `column/subrows-target/4`, a real .docx printed by LibreOffice): the values follow one another
 * while the first measure takes two lines, so the second value sits beside the first measure's
 * wrapped line and nearness gave both to it ("80% 86%") and none to the second. As many value
 * lines as measures pair in order; a cell whose lines are not values each stays as printed.
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const make = pdfLineMaker(1, 10);
const layoutOf = (values: [string, string, string]): Layout => {
  const lines: Line[] = [
    make(10, 100, [["Objective", 60, 45, true], ["Expected accomplishment", 200, 115, true], ["Performance measures", 350, 105, true], ["Target", 520, 30, true]]),
    make(11, 120, [["To modernize the management of", 60, 130], ["Property records kept up to date", 200, 140], ["• Property items physically", 350, 120], [values[0], 520, 20]]),
    // The first measure's wrapped words (no marker), beside the second value.
    make(12, 132, [["property and equipment", 60, 100], ["verified during the year", 358, 105], [values[1], 520, 20]]),
    make(13, 144, [["• Requisitions delivered on time", 350, 140], ...(values[2] ? [[values[2], 520, 20] as [string, number, number]] : [])]),
  ];
  return { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] };
};

describe("a Target cell typed one value per line beside wrapping measures", () => {
  it("pairs its lines with the measures in order when the counts match", () => {
    const row = readTables(layoutOf(["80%", "86%", ""]), []).objectives[0]!;
    expect(row.measures.map((m) => [m.text, m.target])).toEqual([
      ["Property items physically verified during the year", "80%"],
      ["Requisitions delivered on time", "86%"],
    ]);
  });

  it("pairs values that open with a comparator in words (session 24, corpus16 grid4)", () => {
    // "At least 21" / "At least 6": one paragraph per measure, no marker, the first measure wrapping.
    const row = readTables(layoutOf(["At least 21", "At least 6", ""]), []).objectives[0]!;
    expect(row.measures.map((m) => m.target)).toEqual(["At least 21", "At least 6"]);
    const row2 = readTables(layoutOf(["≥ 4", "Up to 82%", ""]), []).objectives[0]!;
    expect(row2.measures.map((m) => m.target)).toEqual(["≥ 4", "Up to 82%"]);
  });

  it("keeps a value in words whose wrapped line is no value whole", () => {
    const row = readTables(layoutOf(["At least 61 per", "cent", ""]), []).objectives[0]!;
    expect(row.measures.map((m) => m.target)).toEqual(["At least 61 per cent", null]);
  });

  it("keeps a wrapped value whole on its measure (a line that is not a value)", () => {
    const row = readTables(layoutOf(["61 per", "cent", ""]), []).objectives[0]!;
    expect(row.measures.map((m) => m.target)).toEqual(["61 per cent", null]);
  });
});
