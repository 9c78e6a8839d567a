/**
 * A text layer whose words are not the printed ones (fonts without Unicode after a PDF was printed
 * to PostScript and distilled again: test/fixtures/pdf/distilled-garbled.pdf, made by
 * scripts/producers/ghostscript.mjs from risks-landscape.pdf) is read by OCR under `--ocr auto`,
 * page by page, and gives the original's rows; with OCR off it is `partial` and says why.
 */
import { describe, expect, it } from "vitest";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { FEW_GARBLED_TOKENS, GARBLED_OCR_SHARE, garbledPageShare } from "../../src/extract/ocr/quality.js";

const PDF = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "pdf");

describe("garbledPageShare", () => {
  const words = (clean: number, garbled: number) => [{ text: [...Array(clean).fill("mission"), ...Array(garbled).fill("t#e")].join(" ") }];
  it("calls a page garbled above GARBLED_OCR_SHARE only, on enough words", () => {
    expect(GARBLED_OCR_SHARE).toBe(0.6);
    expect(garbledPageShare(words(20, 30))).toBeNull(); // exactly 0.6 is not over it
    expect(garbledPageShare(words(19, 31))).toBeCloseTo(31 / 50);
    expect(garbledPageShare(words(1, 9))).toBeNull();
    expect(garbledPageShare(words(1, 9), FEW_GARBLED_TOKENS)).toBeCloseTo(0.9);
    expect(garbledPageShare(words(0, 4), FEW_GARBLED_TOKENS)).toBeNull();
  });
});

describe("a distilled PDF with a garbled text layer", () => {
  it("with OCR off: partial, one document-wide TEXT_LAYER_GARBLED, no rows invented", async () => {
    const out = await extract(join(PDF, "distilled-garbled.pdf"), { ocr: "off" });
    expect(out.status).toBe("partial");
    expect(out.warnings.map((w) => [w.code, w.page])).toEqual([["TEXT_LAYER_GARBLED", null]]);
    expect(out.warnings[0]!.message).toMatch(/^9\d% of the text layer's words look garbled/);
    expect(out.kind).not.toBe("compact");
  });

  it("under auto: every page read by OCR, the original's rows", { timeout: 480_000 }, async () => {
    const [out, original] = await Promise.all([
      extract(join(PDF, "distilled-garbled.pdf"), { ocrDpi: 150 }),
      extract(join(PDF, "risks-landscape.pdf")),
    ]);
    const garbled = out.warnings.filter((w) => w.code === "TEXT_LAYER_GARBLED");
    expect(garbled.map((w) => w.page)).toEqual([1, 2]);
    expect(garbled[0]!.message).toMatch(/^9\d% of the page's text-layer words look garbled .*read by OCR instead$/);
    expect(out.warnings.filter((w) => w.code === "OCR_USED").map((w) => w.page)).toEqual([1, 2]);
    expect(out.kind).toBe("compact");
    if (out.kind !== "compact" || original.kind !== "compact") return;
    const rows = (o: typeof out) => o.objectives.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m.text)]);
    expect(rows(out)).toEqual(rows(original));
    expect(out.objectives).toHaveLength(5);
    expect([out.year, out.manager?.name]).toEqual([2010, "John Example"]);
  });
});
