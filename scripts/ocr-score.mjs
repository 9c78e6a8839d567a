#!/usr/bin/env node
/**
 * Scores the pipeline on the scanned fixtures (test/fixtures/ocr/, made by make-ocr-fixtures.mjs)
 * against the same truth as their text-layer originals, with the project's scorer
 * (test/support/score.mjs). Slow (every page is OCR'd: ~3–10 s a page on one core), so it is not
 * part of `npm test`. Build first (`npm run build`; `npm run score:ocr` does both).
 *
 *   node scripts/ocr-score.mjs [name-filter] [--json] [--keep DIR]
 *
 * --keep DIR writes each document's JSON output to DIR, so two runs (before/after a change) can
 * be compared byte for byte (`diff -r`).
 *
 * Bars (issue 12): classified `compact`; at 300 dpi ≥ 90 % of rows exact and cell F1 ≥ 0.97; at
 * 150 dpi cell F1 ≥ 0.93; missions and resolutions recall ≥ 0.95. Exit 1 when a bar is missed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/index.js";
import { shutdownOcr } from "../dist/extract/ocr/index.js";
import { scoreOutput } from "./score-output.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OCR = join(ROOT, "test", "fixtures", "ocr");
const SEED_TRUTH = join(ROOT, "test", "fixtures", "seeds", "seed-000.truth.json");
const RISKS_TRUTH = join(ROOT, "test", "fixtures", "pdf", "risks-landscape.truth.json");

const CASES = [
  { file: "seed-ruled-300.pdf", truth: SEED_TRUTH, dpi: 300 },
  { file: "seed-borderless-300.pdf", truth: SEED_TRUTH, dpi: 300 },
  { file: "seed-ruled-skewed-300.pdf", truth: SEED_TRUTH, dpi: 300 },
  { file: "risks-landscape-300.pdf", truth: RISKS_TRUTH, dpi: 300 },
  { file: "seed-ruled-150.pdf", truth: SEED_TRUTH, dpi: 150 },
  { file: "seed-borderless-150.pdf", truth: SEED_TRUTH, dpi: 150 },
  { file: "risks-landscape-150.pdf", truth: RISKS_TRUTH, dpi: 150 },
  // Orientation: stored sideways with a /Rotate (pdf.js turns it), and scanned sideways (OCR finds it).
  { file: "risks-rotate-attr-150.pdf", truth: RISKS_TRUTH, dpi: 150 },
  { file: "risks-sideways-150.pdf", truth: RISKS_TRUTH, dpi: 150 },
  // A photocopy-like scan: noise, blur, 0.7° askew, hard threshold; thin borders broken into dashes.
  // Scored and reported, not held to issue 12's bars (which are for clean scans): see docs/pdf.md.
  { file: "seed-ruled-harsh-200.pdf", truth: SEED_TRUTH, dpi: 200, reportOnly: true },
];
/** The bars of issue 12, by scan resolution. */
const BARS = {
  300: { rowsExact: 0.9, cellF1: 0.97 },
  150: { rowsExact: 0, cellF1: 0.93 },
  200: { rowsExact: 0, cellF1: 0 },
};
const MIN_RECALL = 0.95;

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const keepAt = args.indexOf("--keep");
const keep = keepAt >= 0 ? args[keepAt + 1] : undefined;
if (keepAt >= 0 && !keep) throw new Error("--keep needs a folder");
const filter = args.find((a, i) => !a.startsWith("--") && (keepAt < 0 || i !== keepAt + 1));
const tmp = mkdtempSync(join(tmpdir(), "ocr-score-"));
const results = [];
let ok = true;
try {
  for (const c of CASES.filter((x) => !filter || x.file.includes(filter))) {
    const t0 = performance.now();
    // Rendered at the scan's own resolution: more pixels than the scan has add nothing.
    const out = await extract(join(OCR, c.file), { ocr: "auto", ocrDpi: c.dpi });
    const seconds = (performance.now() - t0) / 1000;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      writeFileSync(join(keep, c.file.replace(/\.pdf$/, ".json")), JSON.stringify(out, null, 2) + "\n");
    }
    const report = scoreOutput(out, c.truth, join(tmp, c.file.replace(/\.pdf$/, ".json")));
    const bar = BARS[c.dpi];
    const rowShare = report.rows.exact / report.rows.expected;
    const misses = [];
    if (out.kind !== "compact") misses.push(`kind ${out.kind}`);
    if (rowShare < bar.rowsExact) misses.push(`rows exact ${(rowShare * 100).toFixed(0)}% < ${bar.rowsExact * 100}%`);
    if (report.cells.f1 < bar.cellF1) misses.push(`cell F1 ${report.cells.f1.toFixed(3)} < ${bar.cellF1}`);
    if (report.missions.recall < MIN_RECALL) misses.push(`missions recall ${report.missions.recall.toFixed(3)}`);
    if (report.resolutions.recall < MIN_RECALL) misses.push(`resolutions recall ${report.resolutions.recall.toFixed(3)}`);
    if (misses.length && !c.reportOnly) ok = false;
    const used = out.warnings.filter((w) => w.code === "OCR_USED");
    const conf = used.map((w) => Number(/confidence (\d+)/.exec(w.message)?.[1] ?? NaN));
    const row = {
      file: c.file,
      dpi: c.dpi,
      kind: out.kind,
      status: out.status,
      pages: out.source.pages,
      seconds: Number(seconds.toFixed(1)),
      secondsPerPage: Number((seconds / Math.max(1, out.source.pages)).toFixed(1)),
      meanConfidence: conf.length ? Math.round(conf.reduce((a, b) => a + b, 0) / conf.length) : null,
      lowConfidenceLines: out.warnings.filter((w) => w.code === "OCR_LOW_CONFIDENCE").length,
      summary: report.summary,
      rows: report.rows,
      cellF1: Number(report.cells.f1.toFixed(3)),
      missionsRecall: Number(report.missions.recall.toFixed(3)),
      resolutionsRecall: Number(report.resolutions.recall.toFixed(3)),
      failures: report.failures,
      misses,
    };
    results.push(row);
    if (!asJson) {
      console.log(`${c.file} (${c.dpi} dpi, ${row.pages} p, ${row.seconds} s, conf ${row.meanConfidence}, ${out.kind}/${out.status}): ${report.summary}`);
      for (const f of report.failures.slice(0, 12)) console.log(`    - ${f}`);
      if (misses.length) console.log(`  ${c.reportOnly ? "below the bars (report only)" : "MISSED"}: ${misses.join("; ")}`);
    }
  }
} finally {
  await shutdownOcr();
  rmSync(tmp, { recursive: true, force: true });
}
if (asJson) console.log(JSON.stringify(results, null, 2));
else console.log(ok ? "all OCR bars met" : "some OCR bars missed");
process.exit(ok ? 0 : 1);
