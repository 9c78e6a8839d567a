/**
 * A Type 3 glyph drawn with no text read by its drawing (session 24, h-abw4): a bar under a chevron
 * is "≥" with the chevron's point on the right, "≤" mirrored (src/extract/pdf/type3-shapes.ts).
 * PostScript-distilled prints (test/corpus15's cairops.pdf) draw "≥ 72%" in a Target column so.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { extract } from "../../src/index.js";
import { TEXT_OP_CODES } from "../../src/extract/pdf.js";
import { runsFromOperators, type FontInfo } from "../../src/extract/pdf/glyphs.js";
import { rasterize, symbolOf, type3Symbol } from "../../src/extract/pdf/type3-shapes.js";
import { IDENTITY } from "../../src/extract/pdf/matrix.js";

const CODES = { save: OPS.save, restore: OPS.restore, transform: OPS.transform, constructPath: OPS.constructPath };
/** pdf.js path data (DrawOPS: 0 moveTo, 1 lineTo, 4 closePath) of closed polygons. */
const path = (...polys: Array<Array<[number, number]>>) => polys.flatMap((p) => [0, ...p[0]!, ...p.slice(1).flatMap(([x, y]) => [1, x, y]), 4]);
/** "≥" in glyph space (y up, 0..60): a bar at the foot, a chevron pointing right above it. */
const GE: Array<Array<[number, number]>> = [
  [[0, 0], [50, 0], [50, 6], [0, 6]],
  [[0, 52], [50, 34], [0, 16], [0, 22], [38, 34], [0, 46]],
];
const mirrored = (polys: Array<Array<[number, number]>>) => polys.map((p) => p.map(([x, y]) => [50 - x, y] as [number, number]));
const program = (polys: Array<Array<[number, number]>>) => ({ fnArray: [OPS.constructPath], argsArray: [[OPS.fill, [new Float32Array(path(...polys))], null]] });
/** Glyph space (y up) to top-down page points, 0.2 pt per unit. */
const FLIP: [number, number, number, number, number, number] = [0.2, 0, 0, -0.2, 100, 100];

describe("a lost Type 3 glyph read by its shape", () => {
  it("reads a bar under a right-pointing chevron as ≥ and its mirror image as ≤", () => {
    expect(type3Symbol(program(GE), CODES, FLIP)).toBe("\u2265");
    expect(type3Symbol(program(mirrored(GE)), CODES, FLIP)).toBe("\u2264");
  });
  it("reads the glyph as the page shows it (a mirroring text matrix swaps them)", () => {
    expect(type3Symbol(program(GE), CODES, [-0.2, 0, 0, -0.2, 100, 100])).toBe("\u2264");
  });
  it("follows the glyph program's own transform (pdf.js draws a bitmap's outline in a unit square)", () => {
    const unit = GE.map((p) => p.map(([x, y]) => [x / 50, y / 60] as [number, number]));
    const prog = { fnArray: [OPS.save, OPS.transform, OPS.constructPath, OPS.restore], argsArray: [null, [50, 0, 0, 60, 0, 0], [OPS.fill, [new Float32Array(path(...unit))], null], null] };
    expect(type3Symbol(prog, CODES, FLIP)).toBe("\u2265");
  });
  it("leaves other shapes lost: a chevron with no bar, a bar alone, a box, an empty glyph", () => {
    expect(type3Symbol(program([GE[1]!]), CODES, FLIP)).toBeNull();
    expect(type3Symbol(program([GE[0]!]), CODES, FLIP)).toBeNull();
    expect(type3Symbol(program([[[0, 0], [50, 0], [50, 60], [0, 60]]]), CODES, FLIP)).toBeNull();
    expect(type3Symbol({ fnArray: [], argsArray: [] }, CODES, IDENTITY)).toBeNull();
  });
  it("needs the chevron's point well off its ends (an upright stroke over a bar is no ≥)", () => {
    const grid = rasterize([[[20, 0], [30, 0], [30, 40], [20, 40]], [[0, 50], [50, 50], [50, 56], [0, 56]]]);
    expect(grid).not.toBeNull();
    expect(symbolOf(grid!)).toBeNull();
  });
  /**
   * The runs of "A", then "≥" in a Type 3 font (FontMatrix 1, glyph "a1" = ≥, code U+0001, the
   * given width) at x 100, then `figure` in the 10 pt text font at `figureX`.
   */
  const geThen = (geWidth: number, figureX: number, figure: string) => {
    const type3: FontInfo = { isType3Font: true, fontMatrix: [1, 0, 0, 1, 0, 0], charProcOperatorList: { a1: program(GE) } };
    const text: FontInfo = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
    const fonts: Record<string, FontInfo> = { T3: type3, F1: text };
    const digit = (c: string) => ({ unicode: c, width: 556, isInFont: true });
    const fn = [OPS.beginText, OPS.setFont, OPS.setTextMatrix, OPS.showText, OPS.setFont, OPS.setTextMatrix, OPS.showText, OPS.setFont, OPS.setTextMatrix, OPS.showText];
    const args = [
      null,
      ["F1", 10], [[1, 0, 0, 1, 60, 700]], [[digit("A")]],
      ["T3", 0.1], [[1, 0, 0, 1, 100, 700]], [[{ unicode: "\u0001", width: geWidth, operatorListId: "a1" }]],
      ["F1", 10], [[1, 0, 0, 1, figureX, 700]], [[...figure].map(digit)],
    ];
    return runsFromOperators(fn, args, TEXT_OP_CODES, [1, 0, 0, -1, 0, 800], (n) => fonts[n] ?? null).runs;
  };
  it("gives the text reader the symbol in place of the lost mark", () => {
    // After a 10 pt text font: "≥" then "72%".
    expect(geThen(55, 108.5, "72").map((r) => r.text).join("|")).toMatch(/\u2265 ?72/);
  });
  it("ends a symbol the font gave no width where its ink ends: the figure after it is a word of its own", () => {
    // d15-009 cairops.pdf: "≥" has no width in its Type 3 font, "100%" opens 8 pt after its origin.
    expect(geThen(0, 108.2, "100").map((r) => r.text)).toContain("\u2265 100");
  });
});

describe("a PostScript-distilled compact's targets (corpus15 cairops.pdf)", () => {
  it("keeps ≥ and ≤ before the figures (d15-008: '≥ 24', '≤ 39 days')", async () => {
    const file = "d15-008.cairops.pdf";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus15/dev15/${file}`, import.meta.url))), { fileName: file });
    if (out.kind !== "compact") throw new Error(`${file} not read as a compact`);
    const targets = JSON.stringify(out.objectives.map((o) => o.extra?.target ?? []));
    expect(targets).toContain("≥ 24");
    expect(targets).toContain("≤ 39 days");
  });
});
