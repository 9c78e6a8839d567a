/**
 * buildLines reads the paragraph-justified runs of a page once (session 42, h-perf7): the set the
 * column-edge split computes from the page's runs is reused for the visible runs when the split cut
 * no run and cleanRunText changed no inked run's text; otherwise the set is computed again from the
 * visible runs. A pure speed change: these layouts read the same before and after it. They fail
 * when the reused set is wrong (empty, or keyed by the input runs instead of their copies): the
 * justified words of "hours in 78% of" would then stand apart as cells. Runs cut from corpus11's
 * wkhtmltopdf page (test/extract/pdf-justified-paragraph-s25.test.ts), points, top-down.
 */
import { describe, expect, it } from "vitest";
import { buildLines, paragraphJustifiedRuns, type GlyphRun } from "../../src/extract/pdf/lines.js";

const run = (text: string, x: number, right: number, baseline: number, fontSize = 8.7): GlyphRun => ({ text, x, baseline, width: right - x, fontSize, bold: false });
const texts = (runs: GlyphRun[]) => buildLines(runs).map((l) => l.segments.map((s) => s.text));

/** "hours in 78% of" spread to its cell's right edge, under and over lines of the same cell that end there. */
const page = (of = "of", extra: GlyphRun[] = []) => [
  run("Teams deployed within 48", 300.5, 416.1, 201.1),
  run("hours", 300.5, 325.4, 211.5), run("in", 343.6, 351.9, 211.5), run("78%", 370.2, 389.4, 211.5), run(of, 407.7, 416.1, 211.5),
  ...extra,
  run("Attacks", 422.8, 455.6, 211.5),
  run("emergencies and the", 300.5, 416.1, 221.9),
];

describe("the paragraph-justified runs, read once a page", () => {
  it("joins a justified line's words when no run is cut and no text repaired (the split's set reused)", () => {
    expect([...paragraphJustifiedRuns(page())].map((r) => r.text)).toEqual(expect.arrayContaining(["in", "78%", "of"]));
    expect(texts(page())).toEqual([["Teams deployed within 48"], ["hours in 78% of", "Attacks"], ["emergencies and the"]]);
  });

  it("joins them as well when a run's text is repaired (a ligature: the set is computed again)", () => {
    expect(texts(page("o\uFB00"))).toEqual([["Teams deployed within 48"], ["hours in 78% off", "Attacks"], ["emergencies and the"]]);
  });

  it("joins them when a blank run stands among them (left out of both sets alike)", () => {
    expect(texts(page("of", [run(" ", 352, 356, 211.5)]))).toEqual([["Teams deployed within 48"], ["hours in 78% of", "Attacks"], ["emergencies and the"]]);
  });
});
