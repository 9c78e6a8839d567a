/**
 * Session 36 (h-v19c): the blank lines pdftotext sets above a DRAFT stamp's letter in layout text
 * go with the letter (`withoutLines`, extract/text-watermark.ts). Without them left out, the four
 * blank lines above "D" in val19c v19-004 part "Participating organizations" from "reporting through
 * the system: 20" (a whole-width gap reads as an item boundary).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

describe("a watermark letter's blank lines above it are the letter's (pdfmake.txt)", () => {
  it("keeps a measure whole across the stamp's letter (val19c v19-004)", async () => {
    const name = "v19-004.pdfmake.txt";
    const out = await extract(new Uint8Array(readFileSync(new URL(`../corpus19/val19c/${name}`, import.meta.url))), { fileName: name });
    if (out.kind !== "compact") throw new Error(`read as ${out.kind}`);
    const measures = out.objectives.flatMap((o) => o.measures.map((m) => m.text));
    expect(measures).toContain("Participating organizations reporting through the system: 20");
    expect(measures).not.toContain("Participating organizations");
  });
});
