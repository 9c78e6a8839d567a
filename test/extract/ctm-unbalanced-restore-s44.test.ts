/**
 * Session 44 (h-wm44): a Q with nothing saved changes nothing in the CTM walk (`forEachWithCtm`,
 * extract/pdf/ctm.ts) that rules.ts reads paths through. pdfmake writes one Q too many at a table's
 * page break (corpus19: 8 of the tuned pdfmake.pdf files; poppler says "Restoring state when no valid
 * states to pop"). pdfkit flips the page once at the top of the stream ("1 0 0 -1 0 595.28 cm") with
 * no q around it; the walk reset the CTM to the identity at the stray Q, so every later rule of the
 * page came out mirrored (val19h v19-010 p. 3: a row rule at y 335.6 through "Tickets bought 16 days
 * or / more before travel", where MuPDF draws it at 354.8 under the row). pdf.js, MuPDF and the glyph
 * walk (glyphs.ts) ignore the stray Q.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forEachWithCtm } from "../../src/extract/pdf/ctm.js";
import type { Matrix } from "../../src/extract/pdf/matrix.js";
import { extract } from "../../src/index.js";

const OPS = { save: 1, restore: 2, transform: 3, paintFormXObjectBegin: 4, paintFormXObjectEnd: 5 };
const PAINT = 9;
const FLIP: Matrix = [1, 0, 0, -1, 0, 595.28];

/** The CTM at each paint operator of the list. */
function ctmsAtPaint(fns: number[], args: unknown[]): Matrix[] {
  const seen: Matrix[] = [];
  forEachWithCtm(fns, args, OPS, (fn, _a, ctm) => fn === PAINT && seen.push(ctm));
  return seen;
}

describe("a Q with nothing saved (pdfmake's stray Q)", () => {
  it("keeps the page's flip for the paths after it", () => {
    // cm(flip) · paint · q · cm(flip) · Q · Q(stray) · paint
    const fns = [OPS.transform, PAINT, OPS.save, OPS.transform, OPS.restore, OPS.restore, PAINT];
    const args = [FLIP, null, null, FLIP, null, null, null];
    expect(ctmsAtPaint(fns, args)).toEqual([FLIP, FLIP]);
  });

  it("still restores what a q saved", () => {
    const fns = [OPS.save, OPS.transform, PAINT, OPS.restore, PAINT];
    expect(ctmsAtPaint(fns, [null, FLIP, null, null, null])).toEqual([FLIP, [1, 0, 0, 1, 0, 0]]);
  });

  it("reads val19h v19-010's managerial table whole (pdfmake.pdf)", async () => {
    const name = "v19-010.pdfmake.pdf";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19h/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const travel = out.objectives.find((o) => o.objective.startsWith("To plan official travel early"));
    expect(travel?.measures.map((m) => m.text)).toContain("Tickets bought 16 days or more before travel (target: 81%).");
    expect(out.objectives.some((o) => o.objective.startsWith("To implement the budget of the Office as approved"))).toBe(true);
    expect(out.objectives.some((o) => o.objective.startsWith("To close the audit recommendations addressed"))).toBe(true);
  });
});
