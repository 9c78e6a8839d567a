/**
 * Searchable scans: a page image with an invisible OCR text layer (test/fixtures/searchable/,
 * made by scripts/make-searchable.mjs with the tesseract CLI; no tesseract runs here). The layer
 * is recognised (OCR_LAYER warning with the engine's font), and its runs are repaired as OCR
 * output: bullets read as letters or symbols, per-line font sizes, baseline jitter.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { OCR_LAYER_BULLET, recogniseOcrLayer, repairOcrLayerRuns, type OcrLayerOpCodes } from "../../src/extract/pdf/ocr-layer.js";
import type { GlyphRun } from "../../src/extract/pdf/lines.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SEARCHABLE = join(ROOT, "test", "fixtures", "searchable");

const run = (text: string, x: number, baseline: number, fontSize = 8, width = text.length * 4): GlyphRun => ({ text, x, baseline, width, fontSize, bold: false });

describe("repairOcrLayerRuns", () => {
  it("turns bullet readings opening a cell's line into bullets, and leaves words, numbers and headings", () => {
    const out = repairOcrLayerRuns([
      run("To deepen the use of evaluation ", 49, 302.8),
      run("e@ Number of advisory missions ", 196, 302.8),
      run("e Lead time for the procurement of ", 196, 330.5),
      run("goods (days) ", 195, 340.2),
      run("= Strengthened staff engagement. ", 49, 711.4), // a symbol before a capital: no column needed
      run("A. ACHIEVING PROGRAMME OBJECTIVES ", 54, 245.9), // a section number
      run("to 70 days in 2023. ", 236, 498.6), // a wrapped line
      run("e 33 thousand documents ", 300, 600), // a letter before a number, alone at its x: unconfirmed
      run("> 90% of staff ", 420, 600), // a comparison
    ]);
    expect(out.map((r) => r.text)).toEqual([
      "To deepen the use of evaluation ",
      `${OCR_LAYER_BULLET} Number of advisory missions `,
      `${OCR_LAYER_BULLET} Lead time for the procurement of `,
      "goods (days) ",
      `${OCR_LAYER_BULLET} Strengthened staff engagement. `,
      "A. ACHIEVING PROGRAMME OBJECTIVES ",
      "to 70 days in 2023. ",
      "e 33 thousand documents ",
      "> 90% of staff ",
    ]);
  });

  it("confirms zero and digit-comma readings by the column, and drops rule bars at cell edges", () => {
    const out = repairOcrLayerRuns([
      run("0 Better continuity of operations. ", 60, 100),
      run("1, 76% of participants ", 60, 120),
      run("| > Better use of analytical products ", 300, 100),
      run("|", 290, 120),
      run("24 Member States reporting ", 400, 140), // a number, not a reading
    ]);
    expect(out.map((r) => r.text)).toEqual([
      `${OCR_LAYER_BULLET} Better continuity of operations. `,
      `${OCR_LAYER_BULLET} 76% of participants `,
      `${OCR_LAYER_BULLET} Better use of analytical products `,
      "24 Member States reporting ",
    ]);
    // The bar's share of the run's width is taken off its left.
    expect(out[2]!.x).toBeGreaterThan(300);
  });

  it("gives lines within OCR_LAYER_SIZE_SNAP of the body size that size, and keeps a large heading's", () => {
    const out = repairOcrLayerRuns([run("body text of the page", 0, 10, 8), run("more body text", 0, 20, 8), run("a 7 pt line", 0, 30, 7), run("a 11 pt line", 0, 40, 11), run("HEADING", 0, 60, 16)]);
    expect(out.map((r) => r.fontSize)).toEqual([8, 8, 8, 8, 16]);
  });
});

describe("recogniseOcrLayer", () => {
  const codes: OcrLayerOpCodes = { save: 1, restore: 2, setFont: 3, setTextRenderingMode: 4, showText: 5, showSpacedText: 6, nextLineShowText: 7, nextLineSetSpacingShowText: 8 };
  const glyphs = (s: string) => [[...s].map((unicode) => ({ unicode }))];
  const fonts = (n: string) => (n === "g_d0_f1" ? "GlyphLessFont" : "Arial");
  const ops = (mode: number) => ({
    fn: [codes.save, codes.setTextRenderingMode, codes.setFont, codes.showText, codes.restore],
    args: [null, [mode], ["g_d0_f1", 8], glyphs("Number of advisory missions undertaken"), null],
  });

  it("recognises invisible text over an image, with the engine's font", () => {
    const { fn, args } = ops(3);
    expect(recogniseOcrLayer(fn, args, codes, fonts, true)).toEqual({ font: "GlyphLessFont", invisibleShare: 1 });
    expect(recogniseOcrLayer(fn, args, codes, fonts, false)).toBeNull(); // no page image: hidden text, no scan
  });

  it("leaves printed text alone, and a page mostly printed", () => {
    const { fn, args } = ops(0);
    expect(recogniseOcrLayer(fn, args, codes, fonts, true)).toBeNull();
    const mixed = ops(3);
    // Restore brings mode 0 back: the second show is visible, and outweighs the hidden words.
    mixed.fn.push(codes.setFont, codes.showText);
    mixed.args.push(["f2", 10], glyphs("This is a text page that prints its text and hides a field name."));
    expect(recogniseOcrLayer(mixed.fn, mixed.args, codes, fonts, true)).toBeNull();
  });
});

describe("a searchable scan (tesseract's PDF renderer)", () => {
  it("is marked OCR_LAYER page by page and reads its bullets and rows", { timeout: 600_000 }, async () => {
    const out = await extract(join(SEARCHABLE, "dev-011.pdf"));
    const layer = out.warnings.filter((w) => w.code === "OCR_LAYER");
    expect(layer.map((w) => w.page)).toEqual([1, 2]);
    expect(layer[0]!.message).toMatch(/font GlyphLessFont/);
    expect(out.warnings.some((w) => w.code === "OCR_USED")).toBe(false); // the layer is kept, not OCR'd again
    expect(out.status).toBe("success");
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact") return;
    const truth = JSON.parse(readFileSync(join(ROOT, "test", "corpus", "dev", "dev-011.truth.json"), "utf8")) as { rows: Array<{ objective: string; measures: string[] }> };
    // The old reader: "e@ Number of advisory missions", "e Lead time …", every wrapped line a paragraph.
    const rows = out.objectives.map((r) => [r.objective, r.measures.map((m) => m.text)]);
    expect(rows.slice(0, 4)).toEqual(truth.rows.slice(0, 4).map((r) => [r.objective, r.measures]));
    expect(out.objectives.flatMap((r) => r.measures.map((m) => m.text)).filter((t) => /^(?:e@?|=|mu|m) /.test(t))).toEqual([]);
  });

  it("a text PDF is no OCR layer", async () => {
    const out = await extract(join(ROOT, "test", "corpus", "dev", "dev-011.lo.pdf"));
    expect(out.warnings.filter((w) => w.code === "OCR_LAYER")).toEqual([]);
  });
});

describe("an OCR layer's lost glyphs", () => {
  it("are curly quotes, not ligatures", () => {
    expect(repairOcrLayerRuns([run("Positive of the \uE000Delivering as One\uE000 approach", 0, 10)])[0]!.text).toBe("Positive of the \u201CDelivering as One\u201D approach");
  });
});
