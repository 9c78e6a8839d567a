/**
 * Two cells whose texts touch on one line (session 26, h-pdf18): a run that starts where the text
 * before it ends, with no word space, on a baseline a step away (corpus17 lochrome.pdf: "held in"
 * at 196.91, "15 (actual)" at 196.16, 0.57 pt to its right), or one that starts well inside the
 * ink of the text before it (XeTeX's overfull cell: "programmes" ends at 412.61, "12" starts at
 * 409.67), is another cell, not the same word. Runs cut from the pages (points, top-down).
 */
import { describe, expect, it } from "vitest";
import { buildLines, otherTextBox, overrunsInto, type GlyphRun } from "../../src/extract/pdf/lines.js";
import { runsFromOperators } from "../../src/extract/pdf/glyphs.js";
import { A4_VIEW as VIEW, TEXT_OPS as T } from "../support/pdf-ops.js";

const run = (text: string, x: number, right: number, baseline: number, fontSize = 11.86): GlyphRun => ({ text, x, baseline, width: right - x, fontSize, bold: false });
const texts = (runs: GlyphRun[]) => buildLines(runs).map((l) => l.segments.map((s) => s.text));

describe("a baseline step without a word space", () => {
  it("keeps a cell centred half a point lower apart from the cell it touches (d17-001)", () => {
    const line = [run("•", 237.69, 241.4, 196.91), run("Civil society consultations held in", 249.55, 408.15, 196.91), run("15 (actual)", 408.72, 459.94, 196.16), run("At least 17", 484.09, 534.8, 196.16)];
    expect(texts(line)).toEqual([["• Civil society consultations held in", "15 (actual)", "At least 17"]]);
  });

  it("still joins touching pieces of one word on one baseline, and a word space on a stepped baseline", () => {
    expect(texts([run("Civil society consultations held i", 249.55, 404.9, 196.91), run("n", 405.0, 408.15, 196.91)])).toEqual([["Civil society consultations held in"]]);
    // A word space apart (an OCR layer's words wander by a point): one segment, as before.
    expect(texts([run("consultations", 249.55, 320.0, 196.91), run("held", 323.3, 345.0, 196.16)])).toEqual([["consultations held"]]);
  });

  it("is no cut for a raised footnote mark (smaller) or text of another size", () => {
    expect(otherTextBox(run("Council", 100, 140, 200), run("3", 140.2, 144, 196, 7))).toBe(false);
    expect(otherTextBox(run("held in", 100, 140, 200), run("15", 140.2, 150, 199.2))).toBe(true);
    expect(otherTextBox(run("held in", 100, 140, 200), run("15", 140.2, 150, 200))).toBe(false);
    expect(otherTextBox(run("held in", 100, 140, 200), run(", 15", 140.2, 150, 199.2))).toBe(false);
  });
});

describe("an overrun into the next cell", () => {
  // d14-007 xe.pdf: the Unit cell's "programmes" runs 2.9 pt into the Baseline column, whose cells
  // open at 409.7 on the other rows of the page ("75%" further down).
  const row = [run("To advance", 61.67, 117.68, 524.74, 9.96), run("National police", 151.84, 226.09, 524.74, 9.96), run("programmes", 349.05, 412.61, 524.74, 9.96), run("12", 409.67, 422.35, 524.74, 9.96), run("14", 470.28, 482.96, 524.74, 9.96)];
  const other = [run("Share of mission", 237.78, 320.5, 719.61, 9.96), run("per cent", 349.05, 390.59, 719.61, 9.96), run("75%", 409.66, 431.8, 719.61, 9.96), run("81%", 470.28, 492.42, 719.61, 9.96)];

  it("cuts a run that starts inside the ink of the text before it where the page's cells open (XeTeX d14-007)", () => {
    expect(texts([...row, ...other])[0]).toEqual(["To advance", "National police", "programmes", "12", "14"]);
  });

  it("leaves it joined where no other line opens a cell there (a font's widths off: Word's 'UNMOGIP' + ',')", () => {
    expect(texts(row)[0]).toEqual(["To advance", "National police", "programmes12", "14"]);
    const prose = [run("the mandates of UNMISS and UNMOGIP", 72, 400.09, 212.55, 9), run(", in line with the", 398.26, 472.86, 212.55, 9), run("Council", 398.3, 430, 250, 9)];
    expect(texts(prose)[0]).toEqual(["the mandates of UNMISS and UNMOGIP, in line with the"]);
  });

  it("joins a kerned letter pair (groff: 'INDICA' + 'TORS', A–T 0.9 pt back)", () => {
    expect(overrunsInto(run("KEY PERFORMANCE INDICA", 300, 420.9, 100, 10), run("TORS", 420.0, 445, 100, 10))).toBe(false);
    expect(texts([run("KEY PERFORMANCE INDICA", 300, 420.9, 100, 10), run("TORS", 420.0, 445, 100, 10)])).toEqual([["KEY PERFORMANCE INDICATORS"]]);
  });
});

describe("the glyph reader on a stepped baseline", () => {
    const f = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: "X+LiberationSans" };
  const glyphs = (s: string) => [...s].map((ch) => ({ unicode: ch, width: 500, isSpace: ch === " ", isInFont: true, originalCharCode: ch.charCodeAt(0) }));
  // "hearing" set at y 700, then another operator's "21 days" 5 pt further right (the ink end:
  // 7 glyphs × 5 pt = 35 pt → x 135), touching, on a baseline `dy` points lower (d17-015: 0.74).
  const read = (dy: number) =>
    runsFromOperators([T.beginText, T.setFont, T.setTextMatrix, T.showText, T.setTextMatrix, T.showText], [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [glyphs("hearing")], [[1, 0, 0, 1, 135.5, 700 - dy]], [glyphs("21 days")]], T, VIEW, () => f).runs;

  it("starts a new run where a touching operator's text sits a step off the run's baseline", () => {
    expect(read(0.74).map((r) => r.text)).toEqual(["hearing", "21 days"]);
    expect(texts(read(0.74))).toEqual([["hearing", "21 days"]]);
  });
  it("joins it on the same baseline, as before", () => {
    expect(read(0).map((r) => r.text)).toEqual(["hearing21 days"]);
  });
});
