import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/index.js";
import type { PageProgress } from "../../src/model/doc.js";
import { pagesPdf, textContent } from "../../scripts/hostile/pdfs.mjs";

describe("pages of a PDF", () => {
  const pdf = () => new Uint8Array(pagesPdf(["one", "two", "three"].map((w) => textContent([`Page ${w} text.`]))));

  it("reports the open document (page 0) and every page read, in order, with the page count", async () => {
    const seen: PageProgress[] = [];
    const doc = await extractDoc(pdf(), { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([0, 1, 2, 3].map((page) => ({ page, pages: 3, unit: "page" })));
    expect(doc.layout.text).toBe("Page one text.\n\fPage two text.\n\fPage three text.");
    expect(doc.warnings.map((w) => w.code)).not.toContain("PDF_PAGE_TIMEOUT");
  });

  it("leaves out the pages it is told to skip, with a warning each, and keeps the page numbers", async () => {
    const seen: number[] = [];
    const doc = await extractDoc(pdf(), { skipPages: [2], onProgress: (p) => seen.push(p.page) });
    expect(doc.warnings.filter((w) => w.code === "PDF_PAGE_TIMEOUT")).toEqual([
      { code: "PDF_PAGE_TIMEOUT", message: "page 2 was not read: it took longer than the page time limit, and the document was read again without it", page: 2, line: null },
    ]);
    expect(doc.status).toBe("partial");
    expect(doc.source.pages).toBe(3);
    expect(doc.layout.pages.map((p) => [p.number, p.lines.length])).toEqual([[1, 1], [2, 0], [3, 1]]);
    expect(doc.layout.text).toBe("Page one text.\n\fPage three text.");
    expect(doc.layout.pages[2]!.lines[0]).toMatchObject({ page: 3, line: 2, start: 16, end: 32 });
    expect(seen).toEqual([0, 1, 2, 3]);
    // Skipped pages are damage, never a scan.
    expect(doc.warnings.map((w) => w.code)).not.toContain("NO_TEXT_LAYER");
  });
});
