#!/usr/bin/env node
/**
 * Scores the pipeline on searchable scans (page images with an invisible OCR text layer,
 * test/fixtures/searchable/, made by make-searchable.mjs) against each corpus document's own
 * truth file, beside the text-layer PDF each was made from (the ceiling: what the OCR layer loses
 * is the difference). Read as a user would (`--ocr auto`: the OCR layer has text, so it is kept,
 * not OCR'd again). Rows exact and cell F1 are those of the team scorer (test/support/score.mjs,
 * spawned), as in scripts/ocr-layouts-score.mjs. Build first (`npm run score:searchable` does both).
 *
 *   node scripts/searchable-score.mjs [name-filter] [--holdout] [--json] [--keep DIR]
 *
 * --holdout  scores the held-out set (test/fixtures/searchable-holdout/, HOLDOUT_FIXTURES: another
 *            generator's documents, test/corpus4 `fresh4`), totals only: not to be tuned on.
 * --keep DIR writes each output JSON to DIR, to compare runs (`diff -r`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { FIXTURES, HOLDOUT_FIXTURES } from "./make-searchable.mjs";
import { scoreOutput } from "./score-output.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const holdout = process.argv.includes("--holdout");
const SCANS = join(ROOT, "test", "fixtures", holdout ? "searchable-holdout" : "searchable");
const args = process.argv.slice(2);
const keepAt = args.indexOf("--keep");
const keep = keepAt >= 0 ? resolve(args.splice(keepAt, 2)[1] ?? ".") : undefined;
const asJson = args.includes("--json");
const filter = args.find((a) => !a.startsWith("--"));
const { extract } = await import("../dist/index.js");
const { shutdownOcr } = await import("../dist/extract/ocr/index.js");

const score = (out, truthPath, tmp, name) => scoreOutput(out, truthPath, join(tmp, name));

const tmp = mkdtempSync(join(tmpdir(), "searchable-score-"));
const results = [];
try {
  for (const f of (holdout ? HOLDOUT_FIXTURES : FIXTURES).filter((x) => !filter || x.name.includes(filter))) {
    const manifest = JSON.parse(readFileSync(join(ROOT, "test", f.corpus, "manifest.json"), "utf8"));
    const doc = manifest.documents.find((d) => d.id === f.id);
    const truthPath = join(ROOT, "test", f.corpus, doc.truth);
    const textOut = await extract(join(ROOT, "test", f.corpus, doc.renderings[f.rendering]));
    const scanOut = await extract(join(SCANS, f.name), { ocr: "auto" });
    if (keep) {
      mkdirSync(keep, { recursive: true });
      writeFileSync(join(keep, f.name.replace(/\.pdf$/, ".json")), JSON.stringify(scanOut, null, 2) + "\n");
    }
    const text = score(textOut, truthPath, tmp, `${f.name}.text.json`);
    const scan = score(scanOut, truthPath, tmp, `${f.name}.scan.json`);
    const layerPages = scanOut.warnings.filter((w) => w.code === "OCR_LAYER").length;
    const ocrPages = scanOut.warnings.filter((w) => w.code === "OCR_USED").length;
    const row = {
      file: f.name,
      source: `${f.corpus}/${doc.renderings[f.rendering]}`,
      dpi: f.dpi,
      pages: scanOut.source.pages,
      layerPages,
      ocrPages,
      scan: { kind: scanOut.kind, rowsExact: scan.rows.exact, rows: scan.rows.expected, cellF1: Number(scan.cells.f1.toFixed(3)), ...(holdout ? {} : { failures: scan.failures }) },
      textLayer: { kind: textOut.kind, rowsExact: text.rows.exact, rows: text.rows.expected, cellF1: Number(text.cells.f1.toFixed(3)) },
    };
    results.push(row);
    if (!asJson && !holdout) {
      console.log(`${f.name} (${f.dpi} dpi, ${row.pages} p, OCR_LAYER on ${layerPages}): ${row.scan.kind} ${row.scan.rowsExact}/${row.scan.rows} F1 ${row.scan.cellF1}; text PDF ${row.textLayer.rowsExact}/${row.textLayer.rows} F1 ${row.textLayer.cellF1}`);
      for (const x of scan.failures.slice(0, 10)) console.log(`    - ${x.length > 300 ? x.slice(0, 300) + "…" : x}`);
    }
  }
} finally {
  await shutdownOcr();
  rmSync(tmp, { recursive: true, force: true });
}
const sum = (k, side) => results.reduce((a, r) => a + r[side][k], 0);
const total = {
  scan: { compact: results.filter((r) => r.scan.kind === "compact").length, rowsExact: sum("rowsExact", "scan"), rows: sum("rows", "scan"), meanCellF1: Number((sum("cellF1", "scan") / Math.max(1, results.length)).toFixed(3)) },
  textLayer: { compact: results.filter((r) => r.textLayer.kind === "compact").length, rowsExact: sum("rowsExact", "textLayer"), rows: sum("rows", "textLayer"), meanCellF1: Number((sum("cellF1", "textLayer") / Math.max(1, results.length)).toFixed(3)) },
};
if (asJson) console.log(JSON.stringify({ results: holdout ? [] : results, total }, null, 2));
else {
  console.log("");
  if (!holdout) {
    console.log("| searchable scan | source | dpi | pages | OCR_LAYER pages | kind | rows exact | cell F1 | text PDF: rows exact | cell F1 |");
    console.log("|---|---|---:|---:|---:|---|---:|---:|---:|---:|");
    for (const r of results)
      console.log(`| ${r.file} | ${r.source} | ${r.dpi} | ${r.pages} | ${r.layerPages} | ${r.scan.kind} | ${r.scan.rowsExact}/${r.scan.rows} | ${r.scan.cellF1.toFixed(3)} | ${r.textLayer.rowsExact}/${r.textLayer.rows} | ${r.textLayer.cellF1.toFixed(3)} |`);
  }
  console.log(`| **total${holdout ? " (held out)" : ""}** | ${results.length} documents | | | | ${total.scan.compact}/${results.length} compact | **${total.scan.rowsExact}/${total.scan.rows}** | ${total.scan.meanCellF1.toFixed(3)} (mean) | ${total.textLayer.rowsExact}/${total.textLayer.rows} | ${total.textLayer.meanCellF1.toFixed(3)} |`);
}
