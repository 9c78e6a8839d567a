/** Pure geometry of the PDF extractor: glyph runs → lines/segments, operator lists → rules. */
import { describe, expect, it } from "vitest";
import { buildLines, cleanRunText, type GlyphRun } from "../../src/extract/pdf/lines.js";
import { rulesFromOperators, pathToPolylines, type OpCodes } from "../../src/extract/pdf/rules.js";

const run = (text: string, x: number, baseline: number, width: number, fontSize = 10, bold = false): GlyphRun => ({ text, x, baseline, width, fontSize, bold });

describe("buildLines", () => {
  it("groups runs by baseline within half an em and orders lines top-down", () => {
    const lines = buildLines([run("second", 50, 112, 30), run("first", 50, 100, 25), run("cell", 200, 100.4, 20)]);
    expect(lines.map((l) => l.segments.map((s) => s.text))).toEqual([["first", "cell"], ["second"]]);
  });

  it("merges word runs and splits where the gap is a column gap", () => {
    // 10 pt font: gap 3 pt (0.3 em) is a word space, gap 7 pt (0.7 em) separates two cells.
    const [line] = buildLines([run("To minimize", 10, 50, 50), run("vacancy", 63, 50, 35), run("To achieve", 105, 50, 45)]);
    expect(line!.segments.map((s) => [s.text, s.x])).toEqual([
      ["To minimize vacancy", 10],
      ["To achieve", 105],
    ]);
    expect(line!.segments[0]!.width).toBe(88);
  });

  it("joins kerned pieces of one word without a space", () => {
    const [line] = buildLines([run("Sec", 10, 50, 15), run("retary", 25.3, 50, 30)]);
    expect(line!.segments.map((s) => s.text)).toEqual(["Secretary"]);
  });

  it("keeps a raised, smaller footnote mark as its own segment", () => {
    const [line] = buildLines([run("mitigated.", 10, 50, 45), run("1", 55.2, 46.5, 3.5, 6.4)]);
    expect(line!.baseline).toBe(50);
    expect(line!.segments.map((s) => [s.text, s.superscript])).toEqual([
      ["mitigated.", false],
      ["1", true],
    ]);
  });

  it("repairs ligatures and soft hyphens, and drops whitespace-only runs", () => {
    expect(cleanRunText("ﬁnancial ﬂows eﬀort identi\u00adfied")).toBe("financial flows effort identified");
    const lines = buildLines([run(" ", 10, 50, 100), run("text", 120, 50, 20)]);
    expect(lines.map((l) => l.segments.map((s) => [s.text, s.x]))).toEqual([[["text", 120]]]);
  });
});

const OPS: OpCodes = {
  save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
  stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
};
const MOVE = 0, LINE = 1, CLOSE = 4;
/** A4 portrait at scale 1: pdf.js viewport transform flips y. */
const VIEW = [1, 0, 0, -1, 0, 842];

describe("rulesFromOperators", () => {
  it("reads stroked lines and thin filled rectangles, in top-down coordinates", () => {
    const fn = [OPS.constructPath, OPS.constructPath, OPS.constructPath];
    const args = [
      [OPS.stroke, [new Float32Array([MOVE, 50, 700, LINE, 500, 700])], null],
      // a 0.5 pt high filled rectangle: a rule
      [OPS.fill, [new Float32Array([MOVE, 50, 600, LINE, 500, 600, LINE, 500, 600.5, LINE, 50, 600.5, CLOSE])], null],
      // a shaded cell: not a rule
      [OPS.fill, [new Float32Array([MOVE, 50, 500, LINE, 500, 500, LINE, 500, 520, LINE, 50, 520, CLOSE])], null],
    ];
    expect(rulesFromOperators(fn, args, OPS, VIEW)).toEqual([
      { x1: 50, y1: 142, x2: 500, y2: 142 },
      { x1: 50, y1: 241.75, x2: 500, y2: 241.75 },
    ]);
  });

  it("applies the current transformation matrix and restores it", () => {
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath];
    const args = [
      null,
      [1, 0, 0, 1, 100, 0],
      [OPS.stroke, [new Float32Array([MOVE, 0, 0, LINE, 0, 50])], null],
      null,
      [OPS.stroke, [new Float32Array([MOVE, 0, 0, LINE, 0, 50])], null],
    ];
    expect(rulesFromOperators(fn, args, OPS, VIEW)).toEqual([
      { x1: 0, y1: 792, x2: 0, y2: 842 },
      { x1: 100, y1: 792, x2: 100, y2: 842 },
    ]);
  });

  it("merges pieces of one border drawn cell by cell, ignores diagonals and unpainted clips", () => {
    const fn = [OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.constructPath];
    const args = [
      [OPS.stroke, [new Float32Array([MOVE, 50, 700, LINE, 200, 700])], null],
      [OPS.stroke, [new Float32Array([MOVE, 200, 700, LINE, 400, 700])], null],
      [OPS.stroke, [new Float32Array([MOVE, 50, 50, LINE, 300, 300])], null],
      [28 /* endPath: a clip, nothing drawn */, [new Float32Array([MOVE, 0, 0, LINE, 595, 0])], null],
    ];
    expect(rulesFromOperators(fn, args, OPS, VIEW)).toEqual([{ x1: 50, y1: 142, x2: 400, y2: 142 }]);
  });

  it("splits path data into polylines at each moveTo and closes closed paths", () => {
    expect(pathToPolylines([MOVE, 0, 0, LINE, 1, 0, LINE, 1, 1, CLOSE, MOVE, 5, 5, LINE, 6, 5])).toEqual([
      [[0, 0], [1, 0], [1, 1], [0, 0]],
      [[5, 5], [6, 5]],
    ]);
  });
});
