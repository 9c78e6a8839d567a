/**
 * wkhtmltopdf's justified cells (corpus11 dev11 wk.pdf; session 20, h-c11w): every word of a
 * justified line is a glyph run of its own, set apart by the line's stretched word gap, which can
 * be wider than the gap between two columns. Runs from d11-013 and d11-018 (points, top-down).
 */
import { describe, expect, it } from "vitest";
import { buildLines, type GlyphRun } from "../../src/extract/pdf/lines.js";

const run = (text: string, x: number, right: number, baseline: number, fontSize = 8.07): GlyphRun => ({ text, x, baseline, width: right - x, fontSize, bold: false });
const texts = (runs: GlyphRun[]) => buildLines(runs).map((l) => l.segments.map((s) => s.text));

describe("a justified line's words", () => {
  it("are one cell: equal stretched gaps join them, the narrower column gap after them does not", () => {
    // "i." then "Mission concepts of" spread to the cell's right edge (312.6): word gaps 11.1 pt,
    // the marker's 22.3 (two stretched spaces), the next column 6.1 pt to the right.
    const line = [run("i.", 187.0, 192.1, 378), run("Mission", 214.4, 246.1, 378), run("concepts", 257.2, 293.6, 378), run("of", 304.7, 312.6, 378), run("Percentage of female military", 318.7, 440.2, 378), run("17%", 470.2, 488.1, 378)];
    expect(texts(line)).toEqual([["i. Mission concepts of", "Percentage of female military", "17%"]]);
  });

  it("keeps cells of one-word values apart though their gaps are equal (no lower-case word)", () => {
    const line = [run("Baseline", 100, 131, 300), run("2018", 200, 216, 300), run("2019", 260, 276, 300), run("2020", 320, 336, 300)];
    expect(texts(line)).toEqual([["Baseline", "2018", "2019", "2020"]]);
  });

  it("keeps two cells apart when a run between equal gaps holds several words (a cell's line, not a word)", () => {
    // d11-018's grid: "… perfor-" | "unrepresented Member" | "ployment" at 16.7 pt each: two column gaps.
    const line = [run("tions", 65.3, 85.0, 309), run("unrepresented Member", 101.7, 190.0, 309), run("ployment", 206.7, 247.4, 309)];
    expect(texts(line)).toEqual([["tions", "unrepresented Member", "ployment"]]);
  });

  it("does not cut a header label at a justified word's start under it (d11-013: 'Outco' + 'mes')", () => {
    // wkhtmltopdf drew "Outcomes" in two operators, a seam at 213.9; the row under it starts its
    // justified "Mission" at 214.4 after the marker "i.": a hanging indent and a stretched gap, no
    // column edge, though the row shares the header's other cell starts (318.7, 470.2).
    const header = [run("Objectives", 65.3, 112.0, 364), { ...run("Outcomes", 187.0, 232.1, 364), seams: [{ x: 213.9, at: 5, before: 26.9 }] }, run("Indicators of Achievement", 318.7, 437.8, 364), run("Target", 470.2, 500.2, 364)];
    const row = [run("To reduce the threat posed", 65.3, 176.4, 378), run("i.", 187.0, 192.1, 378), run("Mission", 214.4, 246.1, 378), run("concepts", 257.2, 293.6, 378), run("of", 304.7, 312.6, 378), run("Percentage of female military", 318.7, 440.2, 378), run("17%", 470.2, 488.1, 378)];
    expect(texts([...header, ...row])[0]).toEqual(["Objectives", "Outcomes", "Indicators of Achievement", "Target"]);
  });

  it("does not cut a word where the item text after a marker starts on the line above ('instit' + 'utions')", () => {
    // "i." / "Host-country" at 218.9 (after the marker), then "institutions" drawn in two operators
    // with a seam at 218.0 on the next line: no column edge there.
    const above = [run("To prepare the transition of", 65.3, 178.9, 444.7), run("i.", 187.0, 192.1, 444.7), run("Host-country", 218.9, 272.3, 444.7), run("justice", 285.6, 312.6, 444.7), run("Percentage of contingents", 318.7, 426.3, 444.7), run("64%", 470.2, 488.1, 444.7)];
    const below = [run("missions to follow-on", 65.3, 151.3, 454.5), { ...run("institutions", 197.0, 243.2, 454.5), seams: [{ x: 218.0, at: 6, before: 21.0 }] }, run("functioning", 250.6, 297.3, 454.5), run("in", 304.8, 312.6, 454.5), run("evaluated against standards", 318.7, 434.2, 454.5)];
    expect(texts([...above, ...below])).toEqual([
      ["To prepare the transition of", "i. Host-country justice", "Percentage of contingents", "64%"],
      ["missions to follow-on", "institutions functioning in", "evaluated against standards"],
    ]);
  });
});
