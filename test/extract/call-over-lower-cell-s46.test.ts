/**
 * Session 46 (h-pdf46): a footnote call is raised over the text it touches, which need not stand on
 * the line's reference baseline. LibreOffice sets a row's cells on baselines of their own (corpus15
 * val15h v15-006 docx.pdf page 2, the runs as read, points, top-down): the accomplishment
 * "resolution 1701 (2006) issued" gave the line its baseline 133.4; the measure "… Support Group: 4"
 * stands 2.5 pt lower, at 135.9, and its call "2" (5.8 pt) 3.9 pt over the "4" but only 1.4 pt
 * over the line's baseline — under SUPERSCRIPT_RAISE_EM of 10 pt, so it was joined: "… Group: 42"
 * (corpus15 val15e/g/h: "75%)3", "126)3", "4)2", "Group3", "542"). `callBaseline` measures the
 * raise from the text the call touches. Fails without it (checked: the line's baseline put back, run,
 * restored).
 */
import { describe, expect, it } from "vitest";
import { buildLines, type GlyphRun } from "../../src/extract/pdf/lines.js";

const run = (text: string, x: number, width: number, baseline: number, fontSize = 10): GlyphRun => ({ text, x, baseline, width, fontSize, bold: false });

describe("a call raised over a cell set lower than the line's baseline", () => {
  it("stands apart as a superscript segment", () => {
    const lines = buildLines([
      run("resolution 1701 (2006) issued", 276.9, 151.5, 133.4),
      run("Meetings of the International Support Group: 4", 521, 240.8, 135.9),
      run("2", 762, 3.7, 132.0, 5.8),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.segments.map((s) => [s.text, s.superscript])).toEqual([
      ["resolution 1701 (2006) issued", false],
      ["Meetings of the International Support Group: 4", false],
      ["2", true],
    ]);
  });
  it("leaves a small run on the text's baseline, not raised, in the text (no call)", () => {
    const lines = buildLines([
      run("resolution 1701 (2006) issued", 276.9, 151.5, 133.4),
      run("Meetings of the International Support Group: 4", 521, 240.8, 135.9),
      run("2", 762, 3.7, 135.9, 5.8),
    ]);
    expect(lines[0]!.segments.map((s) => s.text)).toEqual(["resolution 1701 (2006) issued", "Meetings of the International Support Group: 42"]);
  });
});
