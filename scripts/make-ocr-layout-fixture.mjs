#!/usr/bin/env node
/**
 * Saves the Layout that OCR makes of a scanned fixture (real recognition output, every page
 * flagged `ocr`), so the entity stage's OCR repairs are tested on what OCR really produces without
 * running tesseract in `npm test` (test/entities/ocr-misread.test.ts injects confusions into it).
 * Build first (`npm run build`). Re-run when the OCR layer changes what it reads:
 *
 *   node scripts/make-ocr-layout-fixture.mjs [scan.pdf] [dpi]
 *
 * Default: test/fixtures/ocr/seed-ruled-150.pdf at 150 dpi → test/fixtures/ocr/seed-ruled-150.layout.json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runPipeline, STAGES } from "../dist/pipeline.js";
import { loadDomainData } from "../dist/data/index.js";
import { shutdownOcr } from "../dist/extract/ocr/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const file = process.argv[2] ?? join(ROOT, "test", "fixtures", "ocr", "seed-ruled-150.pdf");
const dpi = Number(process.argv[3] ?? 150);
const out = join(dirname(file), basename(file, ".pdf") + ".layout.json");
try {
  // Only the extractor: later stages annotate lines, the fixture is what the extractor hands on.
  const disable = STAGES.map((s) => s.name).filter((n) => n !== "extract");
  const doc = await runPipeline(basename(file), new Uint8Array(readFileSync(file)), { ocr: "force", ocrDpi: dpi, disable }, loadDomainData());
  if (!doc.layout.pages.every((p) => p.ocr === true)) throw new Error("expected every page to be OCR'd");
  writeFileSync(out, JSON.stringify(doc.layout) + "\n");
  console.log(`${out}: ${doc.layout.pages.length} pages, ${doc.layout.text.length} characters`);
} finally {
  await shutdownOcr();
}
