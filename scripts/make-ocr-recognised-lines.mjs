#!/usr/bin/env node
/**
 * Saves a few real recognitions (tesseract.js 7 lines with words and character boxes) of the
 * layout scans (test/fixtures/ocr-layouts/) to test/fixtures/ocr-layouts/recognised-lines.json,
 * so test/extract/ocr.test.ts tests words.ts on what OCR really returns without running tesseract
 * in `npm test`. Build first (`npm run build`). Re-run when the engine or its settings change:
 *
 *   node scripts/make-ocr-recognised-lines.mjs
 *
 * Each page is prepared exactly as src/extract/ocr/index.ts prepares it (render, grey, broken
 * rules painted out on a poor scan) and recognised by the same engine; only the lines each case
 * needs are kept, trimmed to the fields words.ts reads.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { blankRules, brokenRules, isBroken } from "../dist/extract/ocr/image-rules.js";
import { renderPage, toGrey, toPgm } from "../dist/extract/ocr/raster.js";
import { sharedEngine, shutdownOcr } from "../dist/extract/ocr/engine.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIR = join(ROOT, "test", "fixtures", "ocr-layouts");
/** Broken rules that make a poor scan (src/extract/ocr/index.ts MIN_BROKEN_RULES_POOR_SCAN). */
const MIN_BROKEN_RULES_POOR_SCAN = 3;
const text = (l) => l.words.map((w) => w.text).join(" ");
/** name: what the case shows; scan, page, dpi; keep: which recognised lines (pixel boxes) to keep. */
const CASES = [
  { name: "tight-serif", scan: "dev-003-lo-200.pdf", page: 1, dpi: 200, keep: (l) => /^Executive Secretary|^RISK AND/.test(text(l)) },
  { name: "bullet-glued", scan: "dev-011-lo-300.pdf", page: 1, dpi: 300, keep: (l) => /«United/.test(text(l)) },
  { name: "merged-lines", scan: "d2-013-lo-200.pdf", page: 2, dpi: 200, keep: (l) => l.bbox.y0 >= 400 && l.bbox.y0 <= 560 },
];

const trim = (l) => ({
  bbox: l.bbox,
  baseline: { x0: l.baseline.x0, y0: l.baseline.y0, x1: l.baseline.x1, y1: l.baseline.y1, has_baseline: l.baseline.has_baseline },
  rowAttributes: l.rowAttributes,
  words: l.words.map((w) => ({ text: w.text, confidence: Math.round(w.confidence), bbox: w.bbox, symbols: w.symbols.map((s) => ({ text: s.text, bbox: s.bbox })) })),
});

const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
const out = { source: "tesseract.js 7 recognitions of pages of test/fixtures/ocr-layouts, by scripts/make-ocr-recognised-lines.mjs; trimmed to what words.ts reads", cases: {} };
try {
  const engine = await sharedEngine();
  for (const c of CASES) {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(DIR, c.scan))), isEvalSupported: false }).promise;
    const page = await pdf.getPage(c.page);
    const rendered = await renderPage(pdf, page, c.dpi, 0);
    const grey = toGrey(rendered);
    const chains = brokenRules(grey, rendered.scale);
    const poor = chains.filter((x) => isBroken(x, rendered.scale)).length >= MIN_BROKEN_RULES_POOR_SCAN;
    const { blocks } = await engine.recognize(toPgm(poor ? blankRules(grey, chains, rendered.scale) : grey), 72 / rendered.scale);
    const lines = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines)).filter(c.keep);
    out.cases[c.name] = { scan: c.scan, page: c.page, scale: rendered.scale, lines: lines.map(trim) };
    rendered.release();
    await pdf.destroy();
  }
} finally {
  await shutdownOcr();
}
writeFileSync(join(DIR, "recognised-lines.json"), JSON.stringify(out) + "\n");
console.log(Object.entries(out.cases).map(([k, v]) => `${k}: ${v.lines.length} lines`).join(", "));
