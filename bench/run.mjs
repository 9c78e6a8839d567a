#!/usr/bin/env node
/**
 * Benchmarks, run by `npm run bench` after building (they use dist/, as users do).
 *
 * Sections are a list: each is `{ name, run(ctx) → rows }` and prints its own table; add a
 * section by adding an entry to SECTIONS. Results also go to bench/out/<section>.json.
 *
 *   node bench/run.mjs [--rounds N] [--only section-name]
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROUNDS = Number(opt("--rounds", "7"));
const ONLY = opt("--only", null);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Times `fn` ROUNDS times after one warm-up run (JIT, font caches), returns the median ms. */
async function time(fn) {
  await fn();
  const ms = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** The text PDFs under test/fixtures/pdf (error fixtures are not what we time). */
function pdfFixtures() {
  const dir = join(ROOT, "test", "fixtures", "pdf");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".pdf") && !f.startsWith("error-"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

/**
 * pdf-raw-vs-pipeline: pdf.js `getTextContent` over all pages (the least any pdf.js-based
 * extractor must do) against the whole pipeline (`extract()`: text, rules, lines, furniture,
 * every stage, zod validation), on the same files in the same process. Target: ratio ≤ 1.3.
 */
async function pdfRawVsPipeline() {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const { extract, loadDomainData } = await import(join(ROOT, "dist", "index.js"));
  const data = loadDomainData();
  const rows = [];
  for (const { name, bytes } of pdfFixtures()) {
    let pages = 0;
    const raw = await time(async () => {
      const task = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true });
      const pdf = await task.promise;
      pages = pdf.numPages;
      for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
      await task.destroy();
    });
    let status = "";
    const pipeline = await time(async () => {
      status = (await extract(bytes, { fileName: name, data })).status;
    });
    rows.push({ file: name, pages, rawMs: +raw.toFixed(1), pipelineMs: +pipeline.toFixed(1), ratio: +(pipeline / raw).toFixed(2), status });
  }
  const rawTotal = rows.reduce((s, r) => s + r.rawMs, 0);
  const pipeTotal = rows.reduce((s, r) => s + r.pipelineMs, 0);
  rows.push({ file: "TOTAL", pages: rows.reduce((s, r) => s + r.pages, 0), rawMs: +rawTotal.toFixed(1), pipelineMs: +pipeTotal.toFixed(1), ratio: +(pipeTotal / rawTotal).toFixed(2), status: "" });
  return rows;
}

const SECTIONS = [{ name: "pdf-raw-vs-pipeline", run: pdfRawVsPipeline }];

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  rounds: ROUNDS,
};
console.log(`# bench ${machine.date}  node ${machine.node}  ${machine.nproc} cpu(s)  ${machine.cpu}  median of ${ROUNDS} rounds`);
mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
for (const section of SECTIONS) {
  if (ONLY && section.name !== ONLY) continue;
  const rows = await section.run();
  console.log(`\n## ${section.name}`);
  console.table(rows);
  writeFileSync(join(ROOT, "bench", "out", `${section.name}.json`), JSON.stringify({ machine, rows }, null, 2) + "\n");
}
