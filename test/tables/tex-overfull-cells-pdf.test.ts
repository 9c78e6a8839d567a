/**
 * pdflatex's `longtable` with `p{}` columns (corpus13 tex.pdf, Computer Modern 10 pt, hyphenation
 * off): a header label wider than its narrow cell runs past the cell's right edge into the next
 * cell (an overfull \hbox) — "Accomplishments" ends 0.8 pt right of where "Indicators" starts,
 * "accomplishment" 0.75 pt right of "performance" — and booktabs or borderless tables put no
 * padding between measure sub-rows, so two one-line measures with a value each sit one line
 * step apart. Coordinates as pdf.js and pdftotext read them (points, y down).
 */
import { describe, expect, it } from "vitest";
import { buildLines, type GlyphRun } from "../../src/extract/pdf/lines.js";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { detectHeader } from "../../src/tables/header.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const run = (text: string, x: number, baseline: number, width: number, fontSize = 9.96): GlyphRun => ({ text, x, baseline, width, fontSize, bold: false });
const texts = (lines: ReturnType<typeof buildLines>) => lines.map((l) => l.segments.map((s) => s.text));

describe("a header word run past its narrow cell (TeX's overfull box)", () => {
  it("opens the next cell at an edge the lines above and below show, in lower case too (d13-016)", () => {
    const header = [
      run("Objective", 76.27, 396, 52.6), run("Expected", 163.06, 396, 51.1), run("Key", 249.85, 396, 22.2), run("Baseline", 355.35, 396, 41.5), run("Target", 404.44, 396, 32.7),
      run("accomplishment", 163.06, 409.5, 87.54), run("performance", 249.85, 409.5, 68.36),
      run("indicator", 249.85, 423, 48.9),
    ];
    expect(texts(buildLines(header))).toEqual([["Objective", "Expected", "Key", "Baseline", "Target"], ["accomplishment", "performance"], ["indicator"]]);
  });

  it("opens the next cell where a capital follows a small letter, though no line below shows the edge (d13-007)", () => {
    const header = [
      run("Objectives", 76.27, 70, 52.6), run("Expected", 163.06, 70, 46.7), run("Key Performance", 249.85, 70, 87.3), run("Baseline", 355.35, 70, 41.5),
      run("Accomplishments", 163.06, 82, 87.55), run("Indicators", 249.85, 82, 50.3),
    ];
    expect(texts(buildLines(header))[1]).toEqual(["Accomplishments", "Indicators"]);
  });

  it("still joins a kerned piece that falls on one neighbour's edge by chance (groff 'INDICA' + 'TORS')", () => {
    const header = [
      run("EXPECTED", 68.4, 692.5, 53.9, 10), run("KEY PERFORMANCE INDICA", 193.6, 692.5, 138.9, 10), run("TORS", 331.6, 692.5, 27.4, 10),
      run("ACCOMPLISHMENTS", 68.4, 705, 101.8, 10), run("INDICATOR", 193.6, 705, 54.3, 10), run("BASELINE", 331.7, 705, 50.3, 10), run("TARGET", 396.9, 705, 40.2, 10),
    ];
    expect(texts(buildLines(header))[0]).toEqual(["EXPECTED", "KEY PERFORMANCE INDICATORS"]);
  });

  it("keeps a word printed far over the next cell's text on its line, and opens that cell (d13-013)", () => {
    // "ACCOMPLISHMENT" (163.1–263.2) runs 13 pt over "MEASURE" (249.8) on the same baseline: no
    // kern moves a glyph back that far, and stacked lines of a column sit points apart.
    const header = [
      run("OBJECTIVE", 76.27, 242, 58.1), run("EXPECTED", 163.06, 242, 52), run("PERFORMANCE", 249.85, 242, 79.4),
      run("ACCOMPLISHMENT", 163.06, 254, 100.1), run("MEASURE", 249.85, 254, 50.5),
      run("To close the", 76.27, 266, 50.8), run("Allotments issued", 163.06, 266, 80), run("Months in which the", 249.85, 266, 90),
    ];
    expect(texts(buildLines(header))).toEqual([["OBJECTIVE", "EXPECTED", "PERFORMANCE"], ["ACCOMPLISHMENT", "MEASURE"], ["To close the", "Allotments issued", "Months in which the"]]);
  });

  it("reads two value labels run together as two labels (BASELINETARGET)", () => {
    const mk = pdfLineMaker(2, 9.96);
    const lines: Line[] = [
      mk(1, 242, [["OBJECTIVE", 76.27, 58.1], ["EXPECTED", 163.06, 52], ["PERFORMANCE", 249.85, 79.4], ["BASELINETARGET", 355.35, 90.8], ["REMARKS", 453.53, 51.1]]),
      mk(2, 254, [["ACCOMPLISHMENT", 163.06, 100.1], ["MEASURE", 249.85, 50.5]]),
      mk(3, 266, [["To close the", 76.27, 50.8], ["Allotments issued", 163.06, 80], ["Months in which the", 249.85, 90], ["12", 355.35, 10], ["12", 404.43, 10], ["Subject to the", 453.53, 60]]),
    ];
    expect(detectHeader(lines, 0)?.columns.map((c) => c.role)).toEqual(["objective", "accomplishments", "measures", "baseline", "target", "extra"]);
  });

  it("reads a header whose wrapped label overlaps the next cell as separate cells", () => {
    const mk = pdfLineMaker(3, 9.96);
    const lines: Line[] = [
      mk(1, 70, [["Objectives", 76.27, 52.6], ["Expected", 163.06, 46.7], ["Key Performance", 249.85, 87.3], ["Baseline", 355.35, 41.5], ["Target", 404.44, 32.7], ["Remarks", 453.52, 44.2]]),
      mk(2, 82, [["Accomplishments", 163.06, 87.55], ["Indicators", 249.85, 50.3]]),
      mk(3, 99, [["To shorten the", 76.27, 64], ["Allotments", 163.06, 47.7], ["Contributing", 249.85, 55], ["64%", 355.35, 18], ["70%", 404.44, 18], ["Measured at", 453.52, 50]]),
    ];
    const header = detectHeader(lines, 0);
    expect(header?.columns.map((c) => [c.role, c.header])).toEqual([
      ["objective", "Objectives"],
      ["accomplishments", "Expected Accomplishments"],
      ["measures", "Key Performance Indicators"],
      ["baseline", "Baseline"],
      ["target", "Target"],
      ["extra", "Remarks"],
    ]);
  });
});

describe("measure sub-rows without padding (booktabs), a value each", () => {
  const mk = pdfLineMaker(1, 10);
  const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] });
  // Measure column 180–400, Target at 420. Each measure fills its line nearly to the column's
  // full-line width, so the next measure's first word would not have fitted after it: only the
  // values tell the sub-rows apart.
  const rows = (second: string): Cell[][] => [
    [["Objective", 60, 45], ["Performance measure", 180, 95], ["Target", 420, 30]],
    [["To provide travel services", 60, 110], ["Facilities work orders closed within five working days", 180, 218], ["98%", 420, 18]],
    [["to delegates and staff", 60, 100], ["Vendors registered from developing countries in the year", 180, 216], [second, 420, 24]],
    [["Solicitations completed within the planned lead time", 180, 210]],
    [["To open the procurement of", 60, 115], ["Reduction in electricity use against the 2010 baseline", 180, 219], ["15%", 420, 18]],
    [["the Secretariat to vendors", 60, 112], ["Linear metres of mission records accessioned each year", 180, 218], ["1,640", 420, 24]],
  ];
  const read = (second: string) => {
    const lines = rows(second).map((cells, k) => mk(10 + k, 100 + 12 * k + (k >= 4 ? 8 : 0), cells));
    const layout = layoutOf(lines);
    return readTables(layout, findSections(layout)).objectives;
  };

  it("starts the next measure at a number right under a whole value", () => {
    const out = read("1,892");
    // Session 23 (h-xe2): "… in the year" ends on a word of its own and "Solicitations completed"
    // opens a sentence, so the third line is a measure of its own (without a value), no longer
    // read into the second.
    expect(out.map((r) => r.measures.map((m) => m.text))).toEqual([
      ["Facilities work orders closed within five working days", "Vendors registered from developing countries in the year", "Solicitations completed within the planned lead time"],
      ["Reduction in electricity use against the 2010 baseline", "Linear metres of mission records accessioned each year"],
    ]);
    expect(out[0]?.extra?.target).toEqual(["98%", "1,892"]);
  });

  it("keeps a value's wrapped line with it when it goes on with words", () => {
    const out = read("per cent");
    expect(out[0]?.extra?.target).toEqual(["98% per cent"]);
  });
});

describe("a spanning objective row set justified (TeX's \\multicolumn)", () => {
  const mk = pdfLineMaker(1, 9.96);
  const layoutOf = (lines: Line[]): Layout => ({ format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, lines, rules: [], removed: [] }] });
  // "Objective 5:" in bold, a run of its own, 6.5 pt before "To coordinate …" (the line's spaces
  // stretched): wider than the 0.5 em that opens a segment, far under a column gap.
  const read = (apart: number) => {
    const lines: Line[] = [
      mk(1, 100, [["Expected accomplishment", 72.28, 110, true], ["Performance measure", 247.8, 95, true], ["Target", 455.9, 30, true]]),
      mk(2, 117, [["Objective 4: To place the rights and dignity of victims at the centre of the response", 72.28, 400, true]]),
      mk(3, 129, [["Victims referred to assistance", 72.28, 130], ["Entities applying the assistance protocol", 247.8, 175], ["38", 455.9, 10]]),
      mk(4, 146, [["Objective 5:", 72.28, 61.5, true], ["To coordinate the senior victims' rights officers in field missions across the", 133.8 + apart, 330]]),
      mk(5, 158, [["Secretariat", 72.28, 50]]),
      mk(6, 170, [["Victims informed of the progress", 72.28, 140], ["Missions with a senior victims' rights officer", 247.8, 190], ["6", 455.9, 5]]),
    ];
    const layout = layoutOf(lines);
    return readTables(layout, findSections(layout)).objectives;
  };

  it("reads a label set apart by a stretched word space as the objective's", () => {
    expect(read(6.5).map((r) => r.objective)).toEqual(["To place the rights and dignity of victims at the centre of the response", "To coordinate the senior victims' rights officers in field missions across the Secretariat"]);
  });
});
