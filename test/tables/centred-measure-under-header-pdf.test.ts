/**
 * A vertically centred row at a page top (corpus17 d17-007 lochrome.pdf: a Word table saved as HTML
 * by LibreOffice and printed by Chromium, landscape A4, points, y down). Under the repeated header
 * the row's measure "1. Hearings held with representatives of the Secretary-" / "General" is
 * centred in its cell, so it prints above the row's first accomplishment, straight under the
 * header, at the measures column (x 333, right of the table's left edge at 76). No neighbour line
 * starts where it starts, and the section reader took it for a heading "1.", which ended the
 * table there: the row lost its measure and the next rows were not found (the Target cell reaching
 * x 760 puts the measure inside the 40 % of the text width where findSections looks for headings).
 * A heading never stands
 * straight under a table's header, before any body line of it: the line is a cell.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const page = (number: number, lines: Line[]) => ({ number, width: 842, height: 595, removed: [], rules: [], lines });

function layout(): Layout {
  const a = pdfLineMaker(1, 12);
  const b = pdfLineMaker(2, 12);
  const header = (mk: typeof a, line: number, y: number) =>
    mk(line, y, [["EXPECTED RESULT", 76, 83, true], ["PERFORMANCE MEASURE", 315, 115, true], ["BASELINE", 568, 44, true], ["TARGET", 670, 35, true]]);
  return {
    format: "pdf",
    text: "",
    pages: [
      page(1, [
        a(1, 420, [["Objective: To improve the timeliness of the Committee's reports", 76, 330]]),
        header(a, 2, 450),
        a(3, 480, [["a. Analytical notes prepared for each hearing", 95, 198], ["1. Analytical notes prepared for hearings", 333, 167], ["88 (actual)", 568, 44], ["At least 89", 670, 42]]),
      ]),
      page(2, [
        header(b, 4, 92),
        b(5, 123, [["1. Hearings held with representatives of the Secretary-", 333, 222]]),
        b(6, 137, [["General", 345, 31], ["66 (actual)", 568, 44], ["77 (cumulative)", 670, 90]]),
        b(7, 143, [["b. Briefings provided to new members of the", 94, 181]]),
        b(8, 156, [["Committee", 106, 44]]),
        b(9, 213, [["c. Documents posted on the Committee's website", 95, 198], ["1. Average time to draft a report", 333, 140], ["11 days", 568, 28], ["9", 670, 5]]),
      ]),
    ],
  };
}

describe("a numbered measure straight under a repeated header (centred row at a page top)", () => {
  it("is a cell, not a section heading that ends the table", () => {
    const result = readTables(layout(), findSections(layout()));
    expect(result.sections.map((s) => s.id)).toEqual([]);
    const measures = result.objectives.flatMap((o) => o.measures.map((m) => m.text));
    expect(measures).toContain("Hearings held with representatives of the Secretary-General");
    expect(measures).toContain("Average time to draft a report");
  });
});
