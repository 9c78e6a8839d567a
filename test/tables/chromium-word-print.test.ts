/**
 * Chromium's print of Word tables exported to HTML by LibreOffice (corpus7 html.pdf): narrow cells
 * whose text runs right up to the next cell, and a caption row repeated with the header at each
 * page top. Coordinates as pdf.js reads them (points, y down), taken from the prints.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

describe("header labels as wide as their narrow cells", () => {
  it("are two columns when one label ends where the next starts (d7-011: 'ACCOMPLISHMENT' ends at 293.87, 'MEASURES' starts at 293.86)", () => {
    const mk = pdfLineMaker(4, 11.9);
    const lines = [
      mk(1, 638.8, [["OBJECTIVES", 65.9, 75.3, true], ["EXPECTED", 176.45, 64.7, true], ["PERFORMANCE", 293.86, 93.66, true], ["RISKS AND", 442.2, 63.7, true]]),
      mk(2, 652.9, [["ACCOMPLISHMENT", 176.45, 117.42, true], ["MEASURES", 293.86, 65.9, true], ["MITIGATIONS", 442.2, 82.3, true]]),
    ];
    expect(detectHeader(lines, 0)?.columns.map((c) => c.header)).toEqual(["OBJECTIVES", "EXPECTED ACCOMPLISHMENT", "PERFORMANCE MEASURES", "RISKS AND MITIGATIONS"]);
  });
});

describe("a caption row repeated with the header at the top of the next page", () => {
  // t7-002 html.pdf: the row "To improve the quality of economic forecasts …" is cut by the page
  // break; page 3 opens with the caption "Performance framework, 2015" (one run at the table's
  // left edge, across the columns) over the repeated labels, then the rest of the row.
  const header = (mk: ReturnType<typeof pdfLineMaker>, n: number, y: number): Line[] => [
    mk(n, y, [["Risks", 428.1, 27.7, true]]),
    mk(n + 1, y + 6.7, [["Expected", 174.0, 46.8, true], ["Performance", 282.1, 65.9, true]]),
    mk(n + 2, y + 13.4, [["Objective", 65.9, 48.8, true], ["and", 428.1, 19.2, true]]),
    mk(n + 3, y + 20.1, [["Accomplishments", 174.0, 89.7, true], ["Measure", 282.1, 44.0, true]]),
    mk(n + 4, y + 27.4, [["Mitigations", 428.1, 58.0, true]]),
  ];
  const p2 = pdfLineMaker(2, 11.9), p3 = pdfLineMaker(3, 11.9);
  const page2: Line[] = [
    p2(1, 657.6, [["Performance framework, 2015", 65.9, 155.3, true]]),
    ...header(p2, 2, 690.3),
    p2(7, 750.4, [["To improve the", 65.9, 72.4], ["a. Cooperation", 192.5, 69.9], ["- 48 ministries of finance", 282.1, 119.4], ["Limited data", 428.1, 60.3]]),
    p2(8, 763.7, [["quality of economic", 65.9, 95.0], ["agreements", 203.7, 54.1], ["publishing gender budget", 297.1, 120.7], ["availability in member", 428.1, 107.5]]),
    p2(9, 777.1, [["among", 203.7, 32.3], ["statements", 297.1, 50.1]]),
  ];
  const page3: Line[] = [
    p3(10, 57.5, [["Performance framework, 2015", 65.9, 155.3, true]]),
    ...header(p3, 11, 90.1),
    p3(16, 138.4, [["forecasts published by", 65.9, 106.2], ["developing", 203.7, 52.8], ["- 23 cooperation agreements", 282.1, 134.8], ["States; technical", 428.1, 77.5]]),
    p3(17, 151.7, [["the Organization.", 65.9, 82.2], ["countries", 203.7, 43.5], ["signed in 2015", 297.1, 69.9], ["cooperation.", 428.1, 59.0]]),
    p3(18, 165.8, [["concluded", 203.7, 48.8]]),
  ];
  const layout: Layout = {
    format: "pdf",
    text: "",
    pages: [
      { number: 2, width: 595, height: 842, lines: page2, rules: [], removed: [] },
      { number: 3, width: 595, height: 842, lines: page3, rules: [], removed: [] },
    ],
  };

  it("does not end the table: the row the page break cut is one row", () => {
    const got = readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
    expect(got).toEqual([
      {
        objective: "To improve the quality of economic forecasts published by the Organization.",
        accomplishments: ["Cooperation agreements among developing countries concluded"],
        measures: ["48 ministries of finance publishing gender budget statements", "23 cooperation agreements signed in 2015"],
      },
    ]);
  });
});

describe("an Objective column cell whose label stands alone on its first line", () => {
  it("goes on with the objective below it, not a row of its own (t7-024: 'Objective 10:' / 'To achieve gender parity …')", () => {
    const mk = pdfLineMaker(5, 11.9);
    const lines: Line[] = [
      mk(1, 50.1, [["Objectives", 76.6, 53.4, true], ["Expected Results", 166.8, 86.7, true], ["Key Performance", 411.4, 89.3, true]]),
      mk(2, 63.5, [["Indicators", 411.4, 52.1, true]]),
      mk(3, 88.2, [["Objective 10:", 76.6, 64.3], ["a.", 185.2, 8.3], ["Mandatory", 196.4, 52.1], ["1.", 429.2, 8.9], ["81 per cent of", 441.0, 65.6]]),
      mk(4, 101.5, [["To achieve", 76.6, 51.6], ["training", 196.4, 37.0], ["staff completing", 441.0, 77.3]]),
      mk(5, 115.6, [["gender parity.", 76.6, 63.0], ["completed by staff", 196.4, 85.0], ["mandatory courses", 441.0, 80.8]]),
      mk(6, 154.2, [["2.", 429.2, 8.9], ["88 per cent of oversight", 441.0, 110.0]]),
      mk(7, 168.3, [["recommendations", 441.0, 84.4]]),
      mk(8, 210.0, [["Objective 11:", 76.6, 63.9], ["a.", 185.2, 8.3], ["Oversight", 196.4, 52.1], ["1.", 429.2, 8.9], ["Air travel emissions", 441.0, 95.0]]),
      mk(9, 223.4, [["To reduce travel.", 76.6, 81.0], ["recommendations", 196.4, 84.4], ["reduced", 441.0, 40.0]]),
    ];
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 5, width: 595, height: 842, lines, rules: [], removed: [] }] };
    const got = readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
    expect(got).toEqual([
      { objective: "To achieve gender parity.", accomplishments: ["Mandatory training completed by staff"], measures: ["81 per cent of staff completing mandatory courses", "88 per cent of oversight recommendations"] },
      { objective: "To reduce travel.", accomplishments: ["Oversight recommendations"], measures: ["Air travel emissions reduced"] },
    ]);
  });
});
