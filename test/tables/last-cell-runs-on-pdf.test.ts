/**
 * A borderless 2-column table under an objective heading (corpus10 d10-007, Word's "Save as
 * PDF", Times 12 pt): the accomplishment cell holds two unmarked items, the measure cell one of
 * two lines, so the cell's second item runs on below the measures' last line, at the cells' own
 * line step and x. A second table of the same columns follows with its objective as a spanning
 * row. The lines under the first row's measure are that row's cell, not the next objective's
 * heading: a heading over a header is set off from the rows above by paragraph spacing. The row
 * runs to where its last cell ends. Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const mk = (line: number, y: number, cells: Cell[]): Line => pdfLineMaker(1, 12)(line, y, cells);
const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] });

const lines = [
  mk(28, 391, [["To increase the efficiency of business operations at country level", 72, 326, true]]),
  mk(30, 417, [["Expected accomplishment", 107, 133, true], ["Indicator of achievement", 335, 128, true]]),
  mk(32, 435, [["Candidates assessed for resident", 77, 155], ["a)", 280, 10], ["64 per cent of resident coordinator offices", 300, 202]]),
  mk(33, 449, [["coordinator posts.", 77, 86], ["fully staffed", 300, 59]]),
  mk(34, 464, [["Resident coordinators supported by full", 77, 190]]),
  mk(35, 478, [["offices.", 77, 36]]),
  mk(37, 512, [["Expected result", 134, 79, true], ["Performance measure", 343, 113, true]]),
  mk(39, 530, [["To expand common premises of the development system", 77, 287, true]]),
  mk(41, 548, [["Joint programmes funded", 77, 123], ["124 country results reports published", 292, 178]]),
  mk(43, 567, [["Common premises established", 77, 147], ["96 integrated national financing frameworks", 292, 214]]),
];

describe("a first-column cell running on below the last row's measure, over a repeated header", () => {
  it("stays in its row: no heading of the next objective", () => {
    const layout = layoutOf(lines);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[0]?.objective).toBe("To increase the efficiency of business operations at country level");
    expect(rows[0]?.accomplishments).toEqual(["Candidates assessed for resident coordinator posts.", "Resident coordinators supported by full offices."]);
    expect(rows[1]?.objective).toBe("To expand common premises of the development system");
  });
});
