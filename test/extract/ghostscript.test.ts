/**
 * A PDF rewritten by Ghostscript's pdfwrite (scripts/producers/ghostscript.mjs) reads as the
 * LibreOffice PDF it came from: Ghostscript 10.00 swaps the bytes of its ligatures' Unicode
 * ("fi" → U+6600 U+6900, printed "昀椀"), which lost every row of this document ("e昀케ciency",
 * "昀椀ndings", "sta昀昀"), and 20 % of the rows of the first corpus's dev split.
 */
import { describe, expect, it } from "vitest";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { repairText } from "../../src/vocab/text.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("Ghostscript's byte-swapped ligatures", () => {
  it.each([
    ["sta\u6600\u6600", "staff"],
    ["\u6600\u6900ndings", "findings"],
    ["re\u6600\u6c00ects", "reflects"],
    ["e\u6600\ucf00ciency", "efficiency"],
    ["ba\u6600\ud200e", "baffle"],
    ["The \u6600\u6900eld o\u6600\ucf00ces.", "The field offices."],
    // test/corpus9's gs.pdf (DejaVu Sans ligatures through Ghostscript 10.00): "con昀氀ict", "O昀케ce".
    ["con\u6600\u6c00ict-a\u6600\u6600ected", "conflict-affected"],
    ["O\u6600\ucf00ce for Disaster Risk Reduction", "Office for Disaster Risk Reduction"],
  ])("%s → %s", (raw, want) => {
    expect(repairText(raw)).toBe(want);
  });

  it("leaves the same code points alone in CJK text (no Latin letter beside them)", () => {
    expect(repairText("\u4e2d\u6587\u6600\u6900\u5b57")).toBe("\u4e2d\u6587\u6600\u6900\u5b57");
    expect(repairText("\u6600\u6900")).toBe("\u6600\u6900");
    // A Chinese sentence quoting a Latin name: the pairs stand between ideographs, not beside the Latin word.
    expect(repairText("\u8054\u5408\u56fd UNDRR \u6600\u6900\u5b57")).toBe("\u8054\u5408\u56fd UNDRR \u6600\u6900\u5b57");
  });

  it("a Ghostscript rewrite of a LibreOffice compact gives the same rows as the original", { timeout: 600_000 }, async () => {
    const [original, rewritten] = await Promise.all([
      extract(join(ROOT, "corpus", "dev", "dev-029.lo.pdf")),
      extract(join(ROOT, "fixtures", "pdf", "ghostscript-ligatures.pdf")),
    ]);
    expect(rewritten.kind).toBe("compact");
    if (original.kind !== "compact" || rewritten.kind !== "compact") return;
    const rows = (o: typeof original) => o.objectives.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m.text), r.extra]);
    expect(rows(rewritten)).toEqual(rows(original));
    expect(rewritten.objectives.length).toBe(13);
    expect(rewritten.objectives[0]!.objective).toMatch(/^To improve the efficiency of administrative processes/);
  });
});
