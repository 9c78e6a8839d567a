import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { textToLayout } from "../../src/extract/text.js";
import { markdownToLayout } from "../../src/extract/markdown.js";
import { decodeText, sniffFormat } from "../../src/extract/decode.js";
import { LayoutSchema, type Layout } from "../../src/model/layout.js";
import { loadDomainData } from "../../src/data/index.js";
import type { Context } from "../../src/model/doc.js";
import { isExtractError } from "../../src/model/errors.js";
import { CpuBudget, FUZZ_RUNS, FUZZ_TIMEOUT_MS, anyText, compactLike } from "./arbitraries.js";

const ctx: Context = { options: {}, data: loadDomainData() };

/** What every extractor promises about the Layout it returns (src/model/layout.ts). */
function checkLayout(layout: Layout): void {
  LayoutSchema.parse(layout);
  let prevPage = 0;
  for (const page of layout.pages) {
    expect(page.number).toBeGreaterThan(prevPage);
    prevPage = page.number;
    for (const line of page.lines) {
      expect(line.page).toBe(page.number);
      expect(0 <= line.start && line.start <= line.end && line.end <= layout.text.length).toBe(true);
      for (const seg of line.segments) {
        expect(seg.page).toBe(page.number);
        expect(0 <= seg.start && seg.start <= seg.end && seg.end <= layout.text.length).toBe(true);
        expect(Number.isFinite(seg.x) && Number.isFinite(seg.y) && Number.isFinite(seg.width)).toBe(true);
      }
    }
  }
}

describe("fuzz: text extractor", () => {
  it("any text → a valid Layout whose segments are exact slices of Layout.text", () => {
    const budget = new CpuBudget();
    fc.assert(
      fc.property(fc.oneof(anyText, compactLike), (input) =>
        budget.run(input, () => {
          const text = decodeText(new TextEncoder().encode(input));
          const layout = textToLayout(text);
          checkLayout(layout);
          expect(layout.text).toBe(text);
          for (const page of layout.pages) {
            for (const line of page.lines) {
              expect(layout.text.slice(line.start, line.end)).toBe(line.text);
              for (const seg of line.segments) expect(layout.text.slice(seg.start, seg.end)).toBe(seg.text);
            }
          }
        }),
      ),
      { numRuns: FUZZ_RUNS },
    );
    budget.check();
  }, FUZZ_TIMEOUT_MS);

  it("sniffing any bytes either picks a format or raises a typed error", () => {
    const budget = new CpuBudget();
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), anyText.map((t) => new TextEncoder().encode(t))), (bytes) =>
        budget.run(bytes, () => {
          try {
            const { format } = sniffFormat(bytes);
            expect(["pdf", "text", "markdown"]).toContain(format);
          } catch (e) {
            expect(isExtractError(e), String(e)).toBe(true);
          }
        }),
      ),
      { numRuns: FUZZ_RUNS },
    );
    budget.check();
  }, FUZZ_TIMEOUT_MS);
});

describe("fuzz: Markdown extractor", () => {
  it("any text (Markdown-shaped or not) → a valid Layout with offsets inside its text", async () => {
    const budget = new CpuBudget();
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, compactLike), (input) =>
        budget.runAsync(input, async () => {
          const { layout, warnings } = await markdownToLayout(decodeText(new TextEncoder().encode(input)), ctx);
          checkLayout(layout);
          expect(layout.format).toBe("markdown");
          for (const w of warnings) expect(w.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
        }),
      ),
      { numRuns: FUZZ_RUNS },
    );
    budget.check();
  }, FUZZ_TIMEOUT_MS);
});
