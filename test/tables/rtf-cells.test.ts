/**
 * Tables as LibreOffice prints RTF tables and Chromium prints hand-written HTML (corpus8, issue 11):
 * cell padding of a point or two between one-line sub-rows, a list item's marker at a later
 * column's cell edge above a repeated header, a marker run hung left of its column, and a table
 * caption over a repeated header. Coordinates as pdf.js reads them (points, y down); the
 * segments' own baselines where a cell sits lower than its printed line.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { assignColumns } from "../../src/tables/columns.js";
import type { ColumnDef } from "../../src/tables/columns.js";

type Cell = [text: string, x: number, width: number, bold?: boolean, y?: number];
const lineOn = (page: number, fontSize: number) => (line: number, y: number, cells: Cell[]): Line => ({
  page,
  line,
  y,
  text: cells.map(([t]) => t).join("\t"),
  start: 0,
  end: 0,
  segments: cells.map(([text, x, width, bold, sy]): Segment => ({ text, x, y: sy ?? y, width, fontSize, page, line, start: 0, end: 0, ...(bold ? { bold } : {}) })),
});
const layoutOf = (page: number, lines: Line[], rules: Rule[] = []): Layout => ({ format: "pdf", text: "", pages: [{ number: page, width: 792, height: 612, lines, rules, removed: [] }] });
const read = (layout: Layout) => readTables(layout, findSections(layout)).objectives;

describe("one-line measure sub-rows padded by two points (LibreOffice, RTF cell padding)", () => {
  // d8-004 rtf.pdf page 3: each measure is a sub-row of its own, one line each, with its Baseline
  // and Target; the sub-rows' pitch is 13.4 pt, the objective's wrapped lines 11.4 pt apart. Most
  // gaps of the table are the pitch, so the table's leading measures 13.4 pt, and a gap test at
  // 1.45 × that joined every measure of a row and its values ("59 per cent 34").
  const mk = lineOn(3, 9.5);
  const lines = [
    mk(106, 253.2, [["INDICATOR", 378.3, 58, true]]),
    mk(107, 264.6, [["OBJECTIVES", 142.3, 60.1, true], ["OF", 400.7, 13.2, true], ["BASELINE", 557.3, 48.2, true], ["TARGET", 650.6, 39.8, true]]),
    mk(108, 276, [["ACHIEVEMENT", 370.1, 74.5, true]]),
    mk(109, 287.4, [["To strengthen the Organization's crisis", 72.1, 160.4], ["Web pages available in all official languages (percentage)", 282.7, 236.1], ["59 per cent", 558.7, 45.6], ["62 per cent", 647.8, 45.6]]),
    mk(110, 298.8, [["communications capacity", 72.1, 106.7], ["Information centres producing local content", 282.7, 183.7, false, 300.8], ["34", 576.7, 9.4, false, 300.8], ["39", 665.8, 9.4, false, 300.8]]),
    mk(112, 314.2, [["To improve the accessibility of United Nations", 72.1, 192.6], ["Days to respond to misinformation", 282.7, 146.1], ["6 days", 568.3, 26.4], ["4 days", 657.4, 26.4]]),
    mk(113, 325.6, [["meetings coverage for persons with disabilities", 72.1, 195.9], ["Web pages available in all official languages (percentage)", 282.7, 236.1, false, 327.6], ["49 per cent", 558.7, 45.6, false, 327.6], ["52 per cent", 647.8, 45.6, false, 327.6]]),
    mk(115, 341, [["To expand partnerships with academic instit-", 72.1, 189.9], ["Web pages available in all official languages (percentage)", 282.7, 236.1], ["50 per cent", 558.7, 45.6], ["53 per cent", 647.8, 45.6]]),
    mk(116, 352.4, [["utions through the Academic Impact initiative", 72.1, 193.1], ["Social media followers (millions)", 282.7, 136.9, false, 354.4], ["37", 576.7, 9.4, false, 354.4], ["42", 665.8, 9.4, false, 354.4]]),
    mk(118, 367.8, [["Days to respond to misinformation", 282.7, 146.1], ["4 days", 568.3, 26.4], ["2 days", 657.4, 26.4]]),
    mk(120, 381.2, [["Information centres producing local content", 282.7, 183.7], ["22", 576.7, 9.4], ["25", 665.8, 9.4]]),
  ];
  it("splits the measures and their values at the sub-rows' padding, measured against the objective's wrapped lines", () => {
    const rows = read(layoutOf(3, lines)).map((o) => [o.objective, o.measures.map((m) => [m.text, m.baseline, m.target])]);
    expect(rows).toEqual([
      ["To strengthen the Organization's crisis communications capacity", [["Web pages available in all official languages (percentage)", "59 per cent", "62 per cent"], ["Information centres producing local content", "34", "39"]]],
      ["To improve the accessibility of United Nations meetings coverage for persons with disabilities", [["Days to respond to misinformation", "6 days", "4 days"], ["Web pages available in all official languages (percentage)", "49 per cent", "52 per cent"]]],
      [
        "To expand partnerships with academic institutions through the Academic Impact initiative",
        [["Web pages available in all official languages (percentage)", "50 per cent", "53 per cent"], ["Social media followers (millions)", "37", "42"], ["Days to respond to misinformation", "4 days", "2 days"], ["Information centres producing local content", "22", "25"]],
      ],
    ]);
  });
});

describe("a marked measure at the second column's cell edge above a repeated header (d8-009 rtf.pdf)", () => {
  // Vertical rules only; the header's labels are centred far right of their cells, so the last
  // measure "(d) Wastewater …" runs across the label's start like a heading would. It starts where
  // the measure column's cells start on the lines above: it is the row's last measure, and the bold
  // line under the repeated header is the next objective by itself.
  const mk = lineOn(3, 9.5);
  const v = (x: number, y1: number, y2: number): Rule => ({ x1: x, y1, x2: x, y2 });
  const h = (y: number): Rule => ({ x1: 66.8, y1: y, x2: 715.3, y2: y });
  const rules = [h(133.4), h(168.2), h(222.3), h(241.3), h(253.3), h(414.6), v(67, 133.2, 222.5), v(67, 241.1, 414.8), v(357.5, 133.7, 222), v(357.5, 241.6, 253.5), v(357.5, 266.9, 320.5), v(715, 133.2, 222.5), v(715, 241.1, 414.8)];
  const lines = [
    mk(71, 126.2, [["6. To improve medical support and casualty evacuation standards.", 72.1, 314.6, true]]),
    mk(73, 142.4, [["KEY", 526.5, 19.7, true]]),
    mk(74, 153.8, [["OUTCOMES", 183.5, 57.6, true], ["PERFORMANCE", 498.2, 76.3, true]]),
    mk(75, 165.2, [["INDICATORS", 504.4, 63.9, true]]),
    mk(76, 177.2, [["o", 72.1, 5.7], ["Transactions processed through a single service centre model", 87.1, 255.8], ["(a) Network availability of 56% at field locations", 362.6, 201.9]]),
    mk(78, 190.6, [["o", 72.1, 5.7, false, 191.7], ["Demand plans consolidated across client entities", 87.1, 203.3, false, 191.7], ["(b) Memorandums of understanding claims settled within 33 days", 362.6, 277.9]]),
    mk(80, 204, [["(c) 55 client entities served by the shared service centre", 362.6, 231.6]]),
    mk(82, 217.4, [["(d) Wastewater treated to standard at 92% of camps", 362.6, 214.6]]),
    mk(84, 250.3, [["Expected results", 177, 70.6, true], ["Key performance indicators", 476.2, 120.2, true]]),
    mk(85, 262.2, [["To strengthen the environmental management of field camps", 72.1, 263.2, true]]),
    mk(87, 275.7, [["Property write-offs reduced and records reconciled.", 72.1, 215.9], ["(i)", 362.6, 8.7], ["86% of purchase orders raised against systems contracts", 377.6, 233.4]]),
    mk(89, 289.1, [["(ii)", 362.6, 8.7], ["Casualty evacuation plans tested in 16 missions", 377.6, 198.7]]),
  ];
  it("keeps it in its row and the next objective whole", () => {
    const rows = read(layoutOf(3, lines, rules)).map((o) => [o.objective, o.measures.map((m) => m.text)]);
    expect(rows).toEqual([
      [
        "To improve medical support and casualty evacuation standards.",
        ["Network availability of 56% at field locations", "Memorandums of understanding claims settled within 33 days", "55 client entities served by the shared service centre", "Wastewater treated to standard at 92% of camps"],
      ],
      ["To strengthen the environmental management of field camps", ["86% of purchase orders raised against systems contracts", "Casualty evacuation plans tested in 16 missions"]],
    ]);
  });
});

describe("a list marker hung left of its column, opening a run (Chromium, d8-006 html.pdf)", () => {
  // "(b) Youth and civil society" is one run starting 13 pt left of the accomplishment column's
  // text edge (the marker hangs outside), and the measure's bullet hangs left of its own column:
  // the run is the accomplishment cell, not the objective's.
  const columns: ColumnDef[] = [
    { role: "objective", key: "objective", header: "OBJECTIVES", x: 105.05, column: undefined },
    { role: "accomplishments", key: "accomplishments", header: "EXPECTED RESULTS", x: 226.76, column: undefined },
    { role: "measures", key: "measures", header: "PERFORMANCE MEASURES", x: 372.53, column: undefined },
  ];
  const line = lineOn(1, 8.5)(85, 732.8, [["(b) Youth and civil society", 213.9, 100.8], ["• 89 per cent of new web pages published", 363.8, 163]]);
  it("goes to the column of the text after its marker", () => {
    expect(assignColumns(line, columns).cells).toEqual(["", "(b) Youth and civil society", "• 89 per cent of new web pages published"]);
  });
});

describe("a table caption over a repeated header above an objective's labelled row (d8-004 rtf.pdf)", () => {
  // The caption is centred over a landscape table whose two labels are centred in wide cells, so it
  // is wider than the labels; read as a spanning row it was joined to "Objective 3: To …" below the
  // header. An objective's own opening is its first line.
  const mk = lineOn(2, 9.5);
  const lines = [
    mk(45, 289.5, [["To strengthen communications campaigns on the Sustainable Development Goals.", 72.1, 394.4, true]]),
    mk(47, 305.2, [["Indicator", 516.6, 39.4, true]]),
    mk(48, 310.9, [["Expected", 192.8, 39, true]]),
    mk(49, 316.6, [["of", 531.9, 9, true]]),
    mk(50, 322.3, [["Accomplishment", 175.7, 73.3, true]]),
    mk(51, 328, [["Achievement", 507.8, 57.1, true]]),
    mk(52, 339.4, [["–", 72.1, 4.8], ["Campaigns amplified by partners and media", 87.1, 187.4], ["-", 362.6, 3.2], ["7 information centres producing local-language content", 377.6, 231.6]]),
    mk(54, 352.8, [["–", 72.1, 4.8], ["Youth and civil society partners participating in events", 87.1, 229.2], ["-", 362.6, 3.2], ["53 partners amplifying campaign content", 377.6, 172.4]]),
    mk(58, 366.2, [["-", 362.6, 3.2], ["12 million visits to United Nations news sites", 377.6, 188]]),
    mk(60, 418.6, [["Table 2. Objectives, expected accomplishments and performance measures", 223, 345.8, true]]),
    mk(62, 433.2, [["Outcomes", 190.5, 43.6, true], ["Key performance indicators", 476.2, 120.2, true]]),
    mk(63, 444.6, [["Objective 3: To improve the multilingual content of United Nations websites", 72.1, 330.5, true]]),
    mk(65, 458, [["Web content available in all official languages.", 72.1, 191.6], ["–", 362.6, 4.8], ["69 per cent of new web pages published in all official languages.", 377.6, 267.1]]),
    mk(67, 471.4, [["–", 362.6, 4.8], ["Responses to misinformation published within 74 days.", 377.6, 231.9]]),
  ];
  it("is not part of the objective", () => {
    const rows = read(layoutOf(2, lines)).map((o) => o.objective);
    expect(rows).toEqual(["To strengthen communications campaigns on the Sustainable Development Goals.", "To improve the multilingual content of United Nations websites"]);
  });
});
