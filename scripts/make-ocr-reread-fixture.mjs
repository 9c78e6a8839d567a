#!/usr/bin/env node
/**
 * Saves a real second reading (src/extract/ocr/reread.ts) of a page of the layout scans to
 * test/fixtures/ocr-layouts/reread-d2-002.json, so test/extract/ocr-reread.test.ts tests the
 * re-read without running tesseract in `npm test`: the first recognition of the lines around
 * d2-002-lo-200.pdf's garbled words (its table header "Baseli/ne", "Targe/t 2007", "Expected
 * accomplishments" and the objective cell "agreed development / goals." read as `CEG ENE`,
 * `Hoss:`), and tesseract's single-line/block readings of each crop reread.ts cut. Build first
 * (`npm run build`); re-run when the engine, its settings or reread.ts's crops change:
 *
 *   node scripts/make-ocr-reread-fixture.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderPage, toGrey, toPgm } from "../dist/extract/ocr/raster.js";
import { sharedEngine, shutdownOcr } from "../dist/extract/ocr/engine.js";
import { rereadDoubtful } from "../dist/extract/ocr/reread.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIR = join(ROOT, "test", "fixtures", "ocr-layouts");
const SCAN = "d2-002-lo-200.pdf";
const PAGE = 1;
const DPI = 200;
/** Pixel rows kept (200 dpi): the table header and the first objective's cells. */
const ROWS = [1030, 1430];

const trimWord = (w) => ({ text: w.text, confidence: Math.round(w.confidence), bbox: w.bbox, symbols: (w.symbols ?? []).map((s) => ({ text: s.text, bbox: s.bbox })) });
const trimLine = (l) => ({
  bbox: l.bbox,
  baseline: { x0: l.baseline.x0, y0: l.baseline.y0, x1: l.baseline.x1, y1: l.baseline.y1, has_baseline: l.baseline.has_baseline },
  rowAttributes: l.rowAttributes,
  words: l.words.map(trimWord),
});
const trimBlocks = (blocks) => blocks.map((b) => ({ paragraphs: b.paragraphs.map((p) => ({ lines: p.lines.map(trimLine) })) }));

const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
try {
  const engine = await sharedEngine();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(DIR, SCAN))), isEvalSupported: false }).promise;
  const rendered = await renderPage(pdf, await pdf.getPage(PAGE), DPI, 0);
  const grey = toGrey(rendered);
  const { blocks } = await engine.recognize(toPgm(grey), 72 / rendered.scale);
  const kept = trimBlocks(blocks)
    .map((b) => ({ paragraphs: b.paragraphs.map((p) => ({ lines: p.lines.filter((l) => l.bbox.y0 >= ROWS[0] && l.bbox.y1 <= ROWS[1]) })).filter((p) => p.lines.length) }))
    .filter((b) => b.paragraphs.length);
  const readings = [];
  await rereadDoubtful(kept, grey, async (crop, block) => {
    const reading = trimBlocks(await engine.recognizeLine(toPgm(crop), 72 / rendered.scale, block));
    readings.push({ width: crop.width, height: crop.height, block, reading });
    return reading;
  });
  const out = { source: `tesseract.js 7: first recognition of ${SCAN} page ${PAGE} (pixel rows ${ROWS.join("-")}) and the readings of reread.ts's crops, by scripts/make-ocr-reread-fixture.mjs`, scale: rendered.scale, width: grey.width, height: grey.height, blocks: kept, readings };
  writeFileSync(join(DIR, "reread-d2-002.json"), JSON.stringify(out) + "\n");
  console.log(`${kept.length} blocks, ${readings.length} readings`);
  rendered.release();
  await pdf.destroy();
} finally {
  await shutdownOcr();
}
