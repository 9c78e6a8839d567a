// One in-process run for bench/batch.mjs, in its own node process so that its CPU time and peak
// RSS are its own: `node bench/inproc.mjs raw|pipeline <list-file>` reads the paths (one a line)
// and prints one JSON line: documents, pages, wall ms (work only, after loading), CPU ms of the
// work, CPU ms of loading the modules, and the process's peak RSS in MB.
//
//   raw       pdf.js getDocument + getTextContent on every page + destroy (the least a pdf.js-based
//             extractor does; the same calls as bench/run.mjs's rawMs)
//   pipeline  extract() of the library, every stage, one document after the other
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout whose dist/ is measured: this one, or another (bench/batch.mjs's BENCH_BASELINE). */
const ROOT = process.env.COMPACTS_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), "..");
const [mode, listFile] = process.argv.slice(2);
const files = readFileSync(listFile, "utf8").split("\n").filter(Boolean);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const c0 = cpuMs();
let run;
if (mode === "raw") {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  run = async (file) => {
    const task = getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true });
    const pdf = await task.promise;
    const pages = pdf.numPages;
    for (let n = 1; n <= pages; n++) await (await pdf.getPage(n)).getTextContent();
    await task.destroy();
    return pages;
  };
} else if (mode === "pipeline") {
  const { extract, loadDomainData } = await import(join(ROOT, "dist", "index.js"));
  const data = loadDomainData();
  // pdf.js is loaded on the first PDF: load it here, as the raw run does, so "work" is only work.
  await import(join(ROOT, "node_modules", "pdfjs-dist", "legacy", "build", "pdf.mjs"));
  run = async (file) => (await extract(file, { data })).source.pages;
} else {
  console.error("usage: node bench/inproc.mjs raw|pipeline <list-file>");
  process.exit(2);
}
const c1 = cpuMs();
const t0 = performance.now();
let pages = 0;
for (const file of files) pages += await run(file);
const wallMs = performance.now() - t0;
const c2 = cpuMs();
process.stdout.write(
  `${JSON.stringify({ docs: files.length, pages, wallMs, cpuMs: c2 - c1, loadCpuMs: c1 - c0, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
