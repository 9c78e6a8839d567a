import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pdfToLayout } from "../../src/extract/pdf.js";
import { loadDomainData } from "../../src/data/index.js";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(name, import.meta.url))));

describe("a PDF read over several openings of the document", () => {
  const ctx = { options: {}, data: loadDomainData() };

  it.each([
    ["a ruled compact (fonts, bold, rules; 5 pages)", "../../fixtures/compact-2008-dfs-ruled.pdf"],
    ["running headers and footers across pages", "../fixtures/pdf/seed-furniture.pdf"],
  ])("gives the same Layout opened every 2 pages as opened once: %s", async (_what, path) => {
    const once = await pdfToLayout(fixture(path), ctx, 10_000);
    const often = await pdfToLayout(fixture(path), ctx, 2);
    expect(once.layout.pages.length).toBeGreaterThan(2);
    expect(often).toEqual(once);
  });
});
