/**
 * A header row cut by a page break inside its cells: "Baseline" / "Target" (under the group label
 * "Key performance indicators") end page 3, their years "2009" / "2010" open page 4 above the
 * first spanning objective (LibreOffice lets an RTF header row split; corpus8 d8b-001 rtf.pdf). The
 * years are the header's last line, not a body row whose bold cells would keep the bold spanning
 * objectives under them from being read as objectives. Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const p3 = pdfLineMaker(3, 9);
const p4 = pdfLineMaker(4, 9);

const page3 = [
  p3(1, 486, [["The managerial objectives below apply to every senior manager of the Secretariat.", 72.1, 377]]),
  p3(2, 524.6, [["Expected", 150.7, 43, true], ["Key performance indicators", 431.1, 131, true]]),
  p3(3, 535.4, [["results", 156.4, 32, true], ["Indicator", 385.4, 44, true], ["Baseline", 561.5, 40, true], ["Target", 655.3, 31, true]]),
];
const page4 = [
  p4(1, 74, [["2009", 571.2, 21, true], ["2010", 660.3, 21, true]]),
  p4(2, 85.3, [["To achieve gender parity at all levels of the department", 72.1, 258, true]]),
  p4(3, 98.1, [["Travel planned ahead of time", 72.1, 122], ["Accepted recommendations implemented on time", 282.7, 204], ["72 per cent", 558.4, 46], ["79 per cent", 647.5, 46]]),
  p4(4, 108.9, [["(percentage)", 282.7, 51]]),
  p4(5, 121.7, [["Staff completing mandatory training (percentage)", 282.7, 206], ["81 per cent", 558.4, 46], ["88 per cent", 647.5, 46]]),
  p4(6, 134.5, [["To improve the geographical diversity of staff", 72.1, 212, true]]),
  p4(7, 147.3, [["Vacancies filled within the target", 72.1, 150], ["Tickets purchased 16 days in advance (percentage)", 282.7, 210], ["33 per cent", 558.4, 46], ["44 per cent", 647.5, 46]]),
];

describe("a header row whose years open the next page", () => {
  it("ends with the years; the bold spanning rows under them are objectives", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [
      { number: 3, width: 792, height: 612, lines: page3, rules: [], removed: [] },
      { number: 4, width: 792, height: 612, lines: page4, rules: [], removed: [] },
    ] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.measures.map((m) => [m.text, m.baseline, m.target])]);
    expect(rows).toEqual([
      ["To achieve gender parity at all levels of the department", [["Accepted recommendations implemented on time (percentage)", "72 per cent", "79 per cent"], ["Staff completing mandatory training (percentage)", "81 per cent", "88 per cent"]]],
      ["To improve the geographical diversity of staff", [["Tickets purchased 16 days in advance (percentage)", "33 per cent", "44 per cent"]]],
    ]);
  });
});
