/**
 * A whole page through tesseract (a 150 dpi scan of a ruled table): words with boxes, cells as
 * segments, ruling lines from the image. In the slow suite (vitest.slow.config.ts) because the
 * recognition takes 5–10 s idle and far more on a loaded 2-core machine; the unit tests of the OCR
 * steps (stored recognitions) stay in test/extract/ocr.test.ts.
 */
import { afterAll, describe, expect, it } from "vitest";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDoc } from "../../src/index.js";
import type { Line } from "../../src/model/layout.js";
import { shutdownOcr } from "../../src/extract/ocr/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const OCR_DIR = join(HERE, "..", "fixtures", "ocr");

describe("OCR of a scanned page (tesseract)", () => {
  afterAll(async () => {
    await shutdownOcr();
  });

  it("reads a 150 dpi scanned table into words with boxes, cells as segments, and its ruling lines", { timeout: 600_000 }, async () => {
    const doc = await extractDoc(join(OCR_DIR, "page-ruled-150.pdf"), { ocrDpi: 150 });
    const page = doc.layout.pages[0]!;
    const find = (start: string): Line => page.lines.find((l) => l.text.startsWith(start))!;
    // Same page points as the text-layer original (seed-ruled.pdf page 2): header cells at x 59.5, 220.3, 381.1.
    const header = find("Objective");
    expect(header.segments.map((s) => s.text)).toEqual(["Objective", "Expected accomplishment", "Performance measure"]);
    header.segments.forEach((s, i) => expect(Math.abs(s.x - [59.5, 220.3, 381.1][i]!)).toBeLessThan(2.5));
    expect(Math.abs(header.y - 173.5)).toBeLessThan(1.5);
    expect(header.segments[0]!.fontSize).toBe(9);
    const row = find("To ensure that deployed and");
    expect(row.segments.map((s) => s.text)).toEqual(["To ensure that deployed and", "• Provision of timely, informed", "• Security Council resolutions"]);
    expect(doc.layout.text).toContain("operations in all their aspects (A/RES/61/409/Add.2, 17 July 2007)");
    // Offsets point into the text, as for any layout.
    expect(doc.layout.text.slice(row.start, row.end)).toBe(row.text);
    // The table's top border (y 162.55 pt, x 56.45–538.85 in the original) and its column borders.
    const top = page.rules.find((r) => r.y1 === r.y2 && Math.abs(r.y1 - 162.55) < 1.5)!;
    expect(top).toBeDefined();
    expect(Math.abs(top.x1 - 56.45)).toBeLessThan(1.5);
    expect(Math.abs(top.x2 - 538.85)).toBeLessThan(1.5);
    const columns = page.rules.filter((r) => r.x1 === r.x2).map((r) => Math.round(r.x1));
    for (const x of [56, 218, 378, 539]) expect(columns.some((c) => Math.abs(c - x) <= 2)).toBe(true);
    const used = doc.warnings.find((w) => w.code === "OCR_USED")!;
    expect(used.page).toBe(1);
    expect(Number(/confidence (\d+)/.exec(used.message)![1])).toBeGreaterThanOrEqual(85);
    expect(doc.status).toBe("success");
  });
});
