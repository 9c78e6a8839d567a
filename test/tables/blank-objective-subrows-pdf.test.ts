/**
 * Session 24 (h-abw4): ruled rows whose objective cell is left blank (AbiWord prints an objective's
 * sub-rows as rows of their own, each ruled all round: corpus13 abw.pdf), and a ruled table's last
 * line right above the next table's header. Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

type Rows = Array<[number, Cell[]]>;

function read(pages: Array<{ rows: Rows; rules: Rule[] }>) {
  let n = 0;
  const layout: Layout = {
    format: "pdf",
    text: "",
    pages: pages.map(({ rows, rules }, p) => {
      const mk = pdfLineMaker(p + 1, 10);
      const lines: Line[] = rows.map(([y, cells]) => mk(++n, y, cells));
      return { number: p + 1, width: 595.3, height: 841.9, lines, rules, removed: [] };
    }),
  };
  return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
}
/** A frame from `top` to `bottom` with rules across every column at `ys`, and the column edges. */
const ruled = (top: number, bottom: number, ys: number[]): Rule[] => [
  ...[top, ...ys, bottom].map((y) => ({ x1: 70, y1: y, x2: 510, y2: y })),
  ...[70, 215, 360, 510].map((x) => ({ x1: x, y1: top, x2: x, y2: bottom })),
];
const HEADER: Rows = [[100, [["OBJECTIVE", 73, 50], ["EXPECTED ACCOMPLISHMENT", 218, 120], ["PERFORMANCE MEASURE", 363, 100]]]];

describe("a ruled row whose objective cell is blank", () => {
  const rows: Rows = [
    ...HEADER,
    [125, [["To keep the accounts of the", 73, 130], ["Claims of contributing", 218, 110], ["Statements of programme", 363, 120]]],
    [138, [["Organization in order", 73, 100], ["countries settled", 218, 90], ["budget implications issued", 363, 130]]],
    [165, [["Budget reports submitted to", 363, 130]]],
    [178, [["the Advisory Committee", 363, 110]]],
    [205, [["Financial statements", 218, 100], ["Audit recommendations", 363, 110]]],
    [218, [["accepted without qualification", 218, 135], ["implemented within one year", 363, 130]]],
    [245, [["To explain the implications", 73, 130], ["Budget fascicles issued", 218, 110], ["Months in which the report", 363, 125]]],
    [258, [["of draft resolutions", 73, 100], ["by the agreed date", 218, 90], ["was published on time", 363, 110]]],
  ];
  it("goes on with the objective above (its measures and accomplishments join that row)", () => {
    expect(read([{ rows, rules: ruled(90, 270, [115, 152, 192, 232]) }])).toEqual([
      [
        "To keep the accounts of the Organization in order",
        ["Claims of contributing countries settled", "Financial statements accepted without qualification"],
        ["Statements of programme budget implications issued", "Budget reports submitted to the Advisory Committee", "Audit recommendations implemented within one year"],
      ],
      ["To explain the implications of draft resolutions", ["Budget fascicles issued by the agreed date"], ["Months in which the report was published on time"]],
    ]);
  });
  it("ending a page does not take the objective of the row opening the next page", () => {
    // d13-019: the blank row is the page's last; the next page's first line opens a new row.
    const page1 = rows.slice(0, 5);
    const page2: Rows = [[80, [["To explain the implications", 73, 130], ["Budget fascicles issued", 218, 110], ["Months in which the report", 363, 125]]], [93, [["of draft resolutions", 73, 100], ["by the agreed date", 218, 90], ["was published on time", 363, 110]]]];
    expect(read([{ rows: page1, rules: ruled(90, 190, [115, 152]) }, { rows: page2, rules: ruled(70, 105, []) }])).toEqual([
      ["To keep the accounts of the Organization in order", ["Claims of contributing countries settled"], ["Statements of programme budget implications issued", "Budget reports submitted to the Advisory Committee"]],
      ["To explain the implications of draft resolutions", ["Budget fascicles issued by the agreed date"], ["Months in which the report was published on time"]],
    ]);
  });
});

describe("a ruled table's last line right above the next table's header", () => {
  it("is the wrap of the cell above it, not a header line ('… against the' / '2010 baseline' over 'TARGET')", () => {
    // d13-014 abw.pdf: "2010 baseline" sat right over the next header's "TARGET" and was read as
    // two column labels ("2010", "baseline"); the targets went to a "2010" column.
    const rows: Rows = [
      ...HEADER,
      [125, [["To reduce the energy used", 73, 120], ["Lower electricity", 218, 80], ["Reduction in electricity use", 363, 130]]],
      [138, [["against the", 363, 55]]],
      [151, [["2010 baseline", 363, 62]]],
      [168, [["EXPECTED", 73, 50], ["INDICATORS OF", 218, 70], ["TARGET", 363, 40]]],
      [181, [["ACCOMPLISHMENTS", 73, 90], ["ACHIEVEMENT", 218, 60]]],
      [200, [["To keep the Headquarters campus safe and accessible", 73, 250]]],
      [218, [["More registered vendors", 73, 120], ["Facilities work orders closed", 218, 135], ["93%", 363, 20]]],
      [231, [["from developing countries", 73, 125], ["within five working days", 218, 120]]],
    ];
    const layout: Layout = {
      format: "pdf",
      text: "",
      pages: [{ number: 1, width: 595.3, height: 841.9, lines: rows.map(([y, cells], k) => pdfLineMaker(1, 10)(k + 1, y, cells)), rules: [...ruled(90, 158, [115]), ...ruled(158, 240, [190, 208])], removed: [] }],
    };
    const out = readTables(layout, findSections(layout)).objectives;
    expect(out[0]?.measures.map((m) => m.text)).toEqual(["Reduction in electricity use against the 2010 baseline"]);
    expect(Object.keys(out[1]?.extra ?? {})).not.toContain("2010");
    expect(out[1]?.extra?.target).toEqual(["93%"]);
  });
});
