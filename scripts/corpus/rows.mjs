#!/usr/bin/env node
// Per-document rows exact for one corpus split and rendering, with row diffs (tuned splits only:
// held-out ones are scored by their totals, never read row by row).
//   npm run build && node scripts/corpus/rows.mjs test/corpus7 dev7 docx.pdf [--doc=ID] [--diff] [--quiet]
// DIST=<another checkout>/dist scores that build instead.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatOfKey as FORMAT, rowsExact } from "../dev/row-exact.mjs";
import { warnIfStale } from "../build-stamp.mjs";
const [corpusArg, split, key] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const docOpt = flags.find((f) => f.startsWith("--doc="))?.slice(6);
const showDiff = flags.includes("--diff");
const quiet = flags.includes("--quiet");
const DIST = resolve(process.env.DIST ?? new URL("../../dist", import.meta.url).pathname);
const CORPUS = resolve(corpusArg);
warnIfStale(DIST, "rows.mjs");
const { extract } = await import(join(DIST, "index.js"));
const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
let tot = 0, ok = 0;
for (const e of manifest.documents.filter((d) => (split === "all" || d.split === split) && (!docOpt || d.id === docOpt))) {
  if (!e.renderings?.[key]) continue;
  const truth = JSON.parse(readFileSync(join(CORPUS, e.truth), "utf8"));
  const out = await extract(join(CORPUS, e.renderings[key]), { format: FORMAT(key) });
  const { exact: n, diffs } = rowsExact(out, truth);
  tot += truth.rows.length; ok += n;
  if (!quiet || n < truth.rows.length) console.log(`${e.id} ${key} kind=${out.kind} ${n}/${truth.rows.length}${out.warnings?.length ? " warn=" + [...new Set(out.warnings.map((w) => w.code))].join(",") : ""}`);
  if (showDiff && diffs.length) console.log(diffs.join("\n"));
}
console.log(`TOTAL ${ok}/${tot} = ${(100 * ok / Math.max(1, tot)).toFixed(1)} %`);
