#!/usr/bin/env node
/**
 * Where a long PDF's memory goes: runs the pipeline's stages one by one in this process on a dense
 * PDF (the 5 pages of fixtures/compact-2008-dfs-ruled.pdf repeated, as bench/pages.mjs makes it)
 * and prints, after each stage, the live V8 heap once collected, the RSS, and the peak RSS the
 * stage reached; then the same for building the output JSON.
 *
 *   npm run build && node --expose-gc bench/stage-memory.mjs [pages=1000]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument } from "pdf-lib";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const pages = Number(process.argv[2] ?? 1000);
const { STAGES, loadDomainData } = await import(join(ROOT, "dist", "index.js"));
const { newDoc } = await import(join(ROOT, "dist", "pipeline.js"));
if (!globalThis.gc) throw new Error("run with node --expose-gc");

async function densePdf(n) {
  const source = await PDFDocument.load(readFileSync(join(ROOT, "fixtures", "compact-2008-dfs-ruled.pdf")));
  const out = await PDFDocument.create();
  const indices = source.getPageIndices();
  while (out.getPageCount() < n) for (const p of await out.copyPages(source, indices)) if (out.getPageCount() < n) out.addPage(p);
  return out.save();
}

const mb = (b) => `${Math.round(b / 1048576)} MB`;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
let t = performance.now();
const mark = (what) => {
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  // The kernel's high-water mark, read before collecting: it saw every spike, also inside a stage
  // that never yields to the sampler.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  globalThis.gc();
  const m = process.memoryUsage();
  process.stdout.write(`${what.padEnd(22)} max RSS ${mb(maxRss).padStart(7)}  heap ${mb(m.heapUsed).padStart(7)}  external ${mb(m.external + m.arrayBuffers).padStart(7)}  rss ${mb(m.rss).padStart(7)}  peak so far ${mb(peak).padStart(7)}  ${seconds.padStart(6)} s\n`);
  t = performance.now();
};

const data = loadDomainData();

let input = await densePdf(pages);
mark(`loaded (${pages} pages)`);
let doc = newDoc("dense.pdf", input);
input = null;
const ctx = { options: {}, data };
const layoutPages = (d) => d.layout.pages.length;
let pagesRead = 0;
for (const stage of STAGES) {
  if (stage.name === "validate") {
    pagesRead = layoutPages(doc);
    doc.layout = { ...doc.layout, text: "", pages: [] };
    mark("layout dropped");
  }
  doc = await stage.run(doc, ctx);
  peak = Math.max(peak, process.memoryUsage.rss());
  mark(stage.name);
}
if (!String(JSON.stringify).includes("[native code]")) throw new Error("JSON.stringify replaced");
let json = JSON.stringify(doc.output, null, 2);
peak = Math.max(peak, process.memoryUsage.rss());
mark(`json ${mb(json.length)}`);
clearInterval(sampler);
process.stdout.write(`objectives ${doc.output.objectives?.length ?? 0}, entities ${doc.output.entities.length}, layout pages ${pagesRead}\n`);
json = null;
mark("json dropped");
json = JSON.stringify(doc.output);
mark(`json compact ${mb(json.length)}`);
json = null;
mark("json dropped");
