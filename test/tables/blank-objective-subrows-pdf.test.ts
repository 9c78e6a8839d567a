/**
 * Session 24 (h-abw4): ruled rows whose objective cell is left blank (AbiWord prints an objective's
 * sub-rows as rows of their own, each ruled all round: corpus13 abw.pdf), and a ruled table's last
 * line right above the next table's header. Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables, withNumberedSubRowsBack } from "../../src/tables/index.js";
import type { TableLine } from "../../src/tables/columns.js";
import type { RowBlock } from "../../src/tables/rows.js";
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

describe("a row cut by a page break, its objective centred lower on the next page", () => {
  it("keeps the page foot's cells with the objective when a cell there leads on ('… by the end of' / '2007.')", () => {
    // corpus dev-031 wk.pdf: a rowspanned objective centred in its row, the row cut by the break.
    const page1: Rows = [
      ...HEADER,
      [125, [["To keep the accounts of the", 73, 130], ["Claims of contributing", 218, 110], ["Statements of programme", 363, 120]]],
      [138, [["Organization in order", 73, 100], ["countries settled", 218, 90], ["budget implications issued", 363, 130]]],
      [165, [["Monitoring of mandated", 218, 110], ["Missions supported increased", 363, 130]]],
      [178, [["activities strengthened", 218, 110], ["to 71 per cent by the end of", 363, 130]]],
    ];
    const page2: Rows = [[80, [["Results-focused management", 73, 130], ["2007", 363, 25]]], [93, [["of mandated programmes", 73, 110], ["Support plans agreed", 363, 110]]]];
    const rows = read([{ rows: page1, rules: ruled(90, 190, [115, 152]) }, { rows: page2, rules: ruled(70, 105, []) }]);
    expect(rows.map((r) => r[0])).toEqual(["To keep the accounts of the Organization in order", "Results-focused management of mandated programmes"]);
    expect(rows[1]![1]).toEqual(["Monitoring of mandated activities strengthened"]);
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

describe("sub-rows numbered under the objective above, read into the next row", () => {
  // d13-020 abw.pdf: AbiWord sets a row's last sub-row ("2.3 …") level with the next objective's
  // first line; the centring vote gave it to the next row, whose own accomplishments open "3.1".
  const line = (y: number, cells: string[], page = 1): TableLine => ({ page, line: y, y, cells, lostGlyphs: cells.map(() => false) });
  const rowA: RowBlock = { ambiguous: null, lines: [line(10, ["To keep the campus safe", "2.1 Contracts awarded", "2.1.1 352 linear metres"]), line(20, ["", "2.2 Lower electricity use", "2.2.1 15% of reduction"])] };
  const rowB: RowBlock = {
    ambiguous: null,
    lines: [
      line(30, ["", "2.3 Records of closed", "2.3.1 94% of work orders"]),
      line(40, ["", "missions catalogued", "2.3.2 78% of solicitations"]),
      line(50, ["To reduce the energy used", "", ""]),
      line(60, ["by the buildings", "3.1 Facilities requests", "3.1.1 431 linear metres"]),
    ],
  };
  it("go back to the row whose accomplishments share their top number", () => {
    const [a, b] = withNumberedSubRowsBack([rowA, rowB], 0, 1);
    expect(a!.lines.map((l) => l.y)).toEqual([10, 20, 30, 40]);
    expect(b!.lines.map((l) => l.y)).toEqual([50, 60]);
  });
  it("stay where the next row's own accomplishments do not go on to the next number", () => {
    const own: RowBlock = { ambiguous: null, lines: rowB.lines.map((l) => ({ ...l, cells: l.cells.map((c) => c.replace(/^3\./, "2.")) })) };
    const [a, b] = withNumberedSubRowsBack([rowA, own], 0, 1);
    expect(a!.lines).toHaveLength(2);
    expect(b!.lines).toHaveLength(4);
  });
  it("stay where the row above mixes top numbers (no numbering by objective)", () => {
    const mixed: RowBlock = { ambiguous: null, lines: [rowA.lines[0]!, line(20, ["", "1.2 Lower electricity use", ""])] };
    const [a] = withNumberedSubRowsBack([mixed, rowB], 0, 1);
    expect(a!.lines).toHaveLength(2);
  });
});
