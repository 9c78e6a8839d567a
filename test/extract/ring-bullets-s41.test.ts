// Session 41 (h-pdfm41): a stroked circle of bullet size is a hollow bullet ("◦"). pdfmake draws a
// `ul` of `type: 'circle'` as a stroked ellipse path, with no glyph in the text layer; without the
// shape the list's one-line items were read as one (corpus19 val19e v19-024, val19f v19-004).
import { describe, expect, it } from "vitest";
import { drawnBullets, type OpCodes } from "../../src/extract/pdf/rules.js";
import { withDrawnBullets } from "../../src/extract/pdf.js";
import { extract } from "../../src/index.js";
import { A4_VIEW as VIEW } from "../support/pdf-ops.js";

const OPS: OpCodes = {
  save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
  stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
};
const MOVE = 0, CURVE_TO = 2, CLOSE = 4;
/** A circle of radius r centred on (x, y) in PDF user space, as four Bézier arcs (pdfkit's `ellipse`). */
const circle = (x: number, y: number, r: number, closed = true) => {
  const k = 0.5523 * r;
  const arcs = [
    CURVE_TO, x + r, y + k, x + k, y + r, x, y + r,
    CURVE_TO, x - k, y + r, x - r, y + k, x - r, y,
    CURVE_TO, x - r, y - k, x - k, y - r, x, y - r,
    ...(closed ? [CURVE_TO, x + k, y - r, x + r, y - k, x + r, y, CLOSE] : []),
  ];
  return new Float32Array([MOVE, x + r, y, ...arcs]);
};
const stroked = (path: Float32Array) => [OPS.stroke, [path], null];

describe("hollow circle bullets (stroked, unfilled)", () => {
  it("finds a stroked circle of bullet size, and no larger circle, open arc or filled disc read twice", () => {
    // pdfmake 0.3.11, val19e v19-024: a 2.2 pt-radius circle before "Sessions of the Committee serviced: ≥ 5".
    const args = [stroked(circle(519, 608, 2.2)), stroked(circle(300, 400, 20)), stroked(circle(100, 300, 2.2, false))];
    const bullets = drawnBullets(args.map(() => OPS.constructPath), args, OPS, VIEW);
    expect(bullets.map((b) => [b.glyph, Math.round(b.x1 * 10) / 10, Math.round(b.y1 * 10) / 10])).toEqual([["◦", 516.8, 231.8]]);
    // A filled disc stays a disc ("•"), found once.
    const fill = [[OPS.fill, [circle(60, 700, 2)], null]];
    expect(drawnBullets([OPS.constructPath], fill, OPS, VIEW).map((b) => b.glyph)).toEqual(["•"]);
  });
  it("marks the text that starts right after the circle at its x-height", () => {
    const args = [stroked(circle(519, 608, 2.2))];
    const bullets = drawnBullets([OPS.constructPath], args, OPS, VIEW);
    const runs = withDrawnBullets([{ text: "Sessions of the Committee serviced: ≥ 5", x: 525.7, baseline: 237, width: 178.6, fontSize: 10, bold: false }], bullets);
    expect(runs.map((r) => r.text)).toEqual(["Sessions of the Committee serviced: ≥ 5", "◦"]);
  });
  it("reads val19e v19-024's one-line measures of a circle list as two items", async () => {
    const out = await extract(new URL("../corpus19/val19e/v19-024.pdfmake.pdf", import.meta.url).pathname, { format: "pdf" });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const row = out.objectives.find((r) => r.objective.startsWith("To advise on the effectiveness of the enterprise risk management framework within"));
    expect(row?.measures.map((m) => m.text)).toEqual(["Sessions of the Committee serviced: ≥ 5", "Recommendations of the Committee accepted: ≥ 81%"]);
  });
});
