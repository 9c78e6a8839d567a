/**
 * The Markdown layout's offsets read back from its text (test/extract/markdown-emit-offsets.test.ts
 * on the fixtures and a sample of the corpora's sources, markdown-emit-offsets.slow.test.ts on every one).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import type { Layout } from "../../src/model/layout.js";

const ROOT = join(import.meta.dirname, "../..");

/** checkOffsets over every `step`-th Markdown source of corpus13's and corpus14's dev splits and every Markdown fixture: the segments checked. */
export function markdownSegments(step: number): number {
  let segments = 0;
  for (const dir of ["test/corpus13/dev13", "test/corpus14/dev14", "test/fixtures/markdown", "fixtures"]) {
    const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".md")).sort();
    for (const f of dir.includes("corpus") ? files.filter((_, i) => i % step === 0) : files) segments += checkOffsets(markdownTextToLayout(readFileSync(join(ROOT, dir, f), "utf8")));
  }
  return segments;
}

export function checkOffsets(layout: Layout): number {
  let n = 0;
  const wrong: string[] = [];
  for (const page of layout.pages)
    for (const line of page.lines) {
      if (layout.text.slice(line.start, line.end) !== line.text) wrong.push(`line ${line.line}: ${line.text}`);
      for (const seg of line.segments) {
        if (layout.text.slice(seg.start, seg.end) !== seg.text) wrong.push(`line ${line.line} segment: ${seg.text}`);
        n++;
      }
    }
  expect(wrong).toEqual([]);
  return n;
}

