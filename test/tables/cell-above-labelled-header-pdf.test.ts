/**
 * Tables without an Objective column, one per objective, cells vertically centred (corpus10
 * dev10b d10b-024, Word's print, 12 pt): the first table's last accomplishment, "Innovation
 * policies reviewed and updated.", stands below its row's last measure line, right above the next
 * table's header — whose own first line is a labelled objective row ("Objective 3: To …"). The
 * line was taken as the next objective (a heading above a repeated header), then dropped when the
 * labelled row opened the objective: lost silently. It is the row above's cell.
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(1, 12);
const lines: Line[] = [
  mk(37, 511.2, [["2. To support the implementation of the regional road map for sustainable development", 56.7, 446.4, true]]),
  mk(39, 537.4, [["Expected Accomplishment", 97, 135.7, true], ["Key Performance Indicator", 335.4, 141.3, true]]),
  mk(41, 555.3, [["Climate risks reflected in national", 62.1, 162.6]]),
  mk(42, 562.7, [["a)", 279, 9.3], ["3% increase in tax revenue collected in assisted", 299, 228.2]]),
  mk(43, 569.2, [["development plans.", 62.1, 93.3]]),
  mk(44, 576.7, [["countries", 299, 44]]),
  mk(45, 584.1, [["Innovation policies reviewed and updated.", 62.1, 203.6]]),
  mk(47, 618.0, [["Expected Result", 123.6, 83, true], ["Key Performance Indicator", 335.4, 141.3, true]]),
  mk(49, 636.0, [["Objective 3: To enhance gender-responsive economic policymaking", 62.1, 342, true]]),
  mk(51, 653.9, [["Gender analysis used in budget", 62.1, 150]]),
  mk(52, 660.3, [["• 5 innovation policy reviews completed", 279, 198.6]]),
  mk(53, 666.8, [["preparation", 62.1, 60]]),
];
const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] };

describe("a row's last cell line right above a repeated header whose first line is a labelled objective", () => {
  it("stays the row's accomplishment", () => {
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
    expect(rows[0]).toEqual([
      "To support the implementation of the regional road map for sustainable development",
      ["Climate risks reflected in national development plans.", "Innovation policies reviewed and updated."],
      ["3% increase in tax revenue collected in assisted countries"],
    ]);
    expect(rows[1]?.[0]).toBe("To enhance gender-responsive economic policymaking");
  });
});

describe("a caption centred over the repeated header whose first line is a labelled objective", () => {
  // corpus8 d8-004: "Table 2. Objectives, expected accomplishments and performance measures",
  // centred across the columns above the next header, is no cell of the row above.
  const captioned = lines.map((l) => (l.line === 45 ? mk(45, 584.1, [["Table 2. Objectives, expected accomplishments and performance measures", 150.2, 330.5]]) : l));
  it("stays out of the row above", () => {
    const layout2: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines: captioned, rules: [], removed: [] }] };
    const rows = readTables(layout2, findSections(layout2)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
    expect(rows[0]?.[1]).toEqual(["Climate risks reflected in national development plans."]);
    expect(rows[0]?.[2]).toEqual(["3% increase in tax revenue collected in assisted countries"]);
  });
});
