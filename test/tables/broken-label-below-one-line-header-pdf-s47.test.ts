/**
 * Session 47 (lead): a one-line header whose narrow cell broke a label word without a hyphen
 * ("PERFORMA" / "NCE" / "MEASURE", AbiWord's wide six-column tables, corpus13 abw.pdf in eleven
 * documents over the former check sets). The first line alone reads as a header (OBJECTIVE,
 * OUTCOME, BASELINE, TARGET are whole labels), so its "PERFORMA" cell became an extra column and
 * every measure went into `extra`; the lines under it make the cell the measures' (`brokenLabelBelow`).
 * Coordinates as pdf.js reads val13k's v13k-013.abw.pdf (points, y down; blank lines left out).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

type Rows = Array<[number, Cell[]]>;

function read(rows: Rows) {
  const mk = pdfLineMaker(1, 12);
  let n = 0;
  const lines: Line[] = rows.map(([y, cells]) => mk(++n, y, cells));
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595.3, height: 841.9, lines, rules: [], removed: [] }] };
  return readTables(layout, findSections(layout)).objectives;
}

const header: Rows = [
  [221.5, [["OBJECTIVE", 73.5, 63.9], ["OUTCOME", 148.4, 55.3], ["PERFORMA", 223.5, 64.6], ["BASELINE", 298.5, 58], ["TARGET", 373.4, 46.3], ["REMARKS", 448.4, 58]]],
  [234.5, [["NCE", 223.5, 24]]],
  [248.5, [["MEASURE", 223.5, 57.3]]],
];
const body: Rows = [
  [264.5, [["To explain the", 73.5, 68.4], ["Allotments", 148.5, 52.6], ["Contributing", 223.5, 61.3], ["95", 298.5, 12], ["98", 373.5, 12], ["Depends on", 448.5, 57]]],
  [277.5, [["financial", 73.5, 41.9], ["issued on the", 148.5, 64.6], ["countries'", 223.5, 46.1], ["timely input", 448.5, 58.3]]],
  [290.5, [["implications", 73.5, 59.2], ["first working", 148.5, 62.6], ["claims", 223.5, 31.3], ["from missions", 448.5, 68.3]]],
  [303.5, [["of draft", 73.5, 35.6], ["day of the", 148.5, 50.6], ["certified", 223.5, 39.9]]],
  [316.5, [["resolutions", 73.5, 52.6], ["budget period", 148.5, 64.6], ["within 90 days", 223.5, 70.6]]],
  [329.5, [["(percentage)", 223.5, 59.9]]],
  [345.5, [["To make the", 73.5, 60.6], ["Budget", 148.5, 33.3], ["Months in", 223.5, 48.6], ["12", 298.5, 12], ["12", 373.5, 12], ["Subject to the", 448.5, 65.9]]],
  [358.5, [["cash position", 73.5, 63.9], ["fascicles", 148.5, 42.6], ["which the cash", 223.5, 70.6], ["liquidity of the", 448.5, 71.3]]],
  [371.5, [["visible", 73.5, 33.3], ["issued on time", 148.5, 68.6], ["report was", 223.5, 50.6], ["accounts", 448.5, 41.9]]],
  [384.5, [["published", 223.5, 46.6]]],
  [397.5, [["(number)", 223.5, 42.6]]],
];

describe("a one-line header whose narrow cell broke a label word, the label's rest below it", () => {
  const rows = read([...header, ...body]);
  it("reads the broken cell as the measures' column, not an extra one", () => {
    expect(rows.map((r) => r.objective)).toEqual(["To explain the financial implications of draft resolutions", "To make the cash position visible"]);
    expect(rows[0]!.measures.map((m) => m.text)).toEqual(["Contributing countries' claims certified within 90 days (percentage)"]);
    expect(rows[1]!.measures.map((m) => m.text)).toEqual(["Months in which the cash report was published (number)"]);
    expect(Object.keys(rows[0]!.extra ?? {})).toEqual(["baseline", "target", "remarks"]);
  });
  it("keeps the measures' baseline and target", () => {
    expect(rows[0]!.measures[0]!.baseline).toBe("95");
    expect(rows[0]!.measures[0]!.target).toBe("98");
    expect(rows[1]!.measures[0]!.target).toBe("12");
  });
});
