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
import { buildLines, collapseWhite, paragraphJustifiedRuns, splitAtColumnEdges, type GlyphRun } from "../../src/extract/pdf/lines.js";

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

describe("segmentLine's white space and the split's pieces, without a regex or an array per run", () => {
  it("collapseWhite is text.replace(/\\s+/g, \" \"), char for char", () => {
    const samples = ["", " ", "  ", "word", "two words", "two  words", " lead", "trail ", "trail  ", "tab\there", "nb\u00a0sp", "a \u00a0b", "thin\u2009sp", "ideo\u3000sp", "bom\ufeff", "line\u2028sep", "a\nb", "a \r\n b", "\u200bzero-width (no \\s)", "end\u00a0"];
    for (const t of samples) expect(collapseWhite(t)).toBe(t.replace(/\s+/g, " "));
    // The text itself, not a copy, when nothing is to collapse.
    const plain = "Objective 1: To advance";
    expect(collapseWhite(plain)).toBe(plain);
  });

  it("the split keeps the runs' order with a cut run's pieces in its place", () => {
    // test/extract/pdf-justified-paragraph-s25.test.ts's second layout: "Attacks on aid workers;" cut at its seam.
    const cellsAbove = [run("7. To ensure a coherent", 65.3, 169.5, 135.4), run("7.1 Situation reports", 178.2, 293.8, 135.4), run("38% of response plans", 300.5, 416.1, 135.4)];
    const short = { ...run("Attacks on aid workers;", 422.8, 523.0, 135.4), seams: [{ x: 512.4, at: 19, before: 89.6 }] };
    const cellsBelow = [run("humanitarian response", 65.3, 166.6, 145.8), run("issued on an agreed", 188.2, 293.8, 145.8), run("with feedback", 300.5, 416.1, 145.8)];
    const runs = [...cellsAbove, short, ...cellsBelow, run("security", 422.8, 458.0, 145.8), run("risk", 512.4, 529.0, 145.8)];
    const split = splitAtColumnEdges(runs);
    expect(split.map((r) => r.text)).toEqual([...cellsAbove.map((r) => r.text), "Attacks on aid work", "ers;", ...cellsBelow.map((r) => r.text), "security", "risk"]);
    // Runs not cut are the input's own objects.
    expect(split[0]).toBe(runs[0]);
    expect(split.at(-1)).toBe(runs.at(-1));
  });
});
