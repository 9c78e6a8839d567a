#!/usr/bin/env node
// Per-document rows exact for one corpus split and rendering, with row diffs (tuned splits only:
// held-out ones are scored by their totals, never read row by row).
//   npm run build && node scripts/corpus/rows.mjs test/corpus7 dev7 docx.pdf [--doc=ID] [--diff] [--quiet]
// DIST=<another checkout>/dist scores that build instead.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
const [corpusArg, split, key] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const docOpt = flags.find((f) => f.startsWith("--doc="))?.slice(6);
const showDiff = flags.includes("--diff");
const quiet = flags.includes("--quiet");
const DIST = resolve(process.env.DIST ?? new URL("../../dist", import.meta.url).pathname);
const CORPUS = resolve(corpusArg);
const FORMAT = (k) => (/(^|\.)pdf$/.test(k) ? "pdf" : /(^|\.)txt$/.test(k) ? "text" : /(^|\.)md$/.test(k) ? "markdown" : undefined);
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const STANDARD = new Set(["section", "objective", "accomplishments", "measures"]);
const { extract } = await import(join(DIST, "index.js"));
const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
let tot = 0, ok = 0;
for (const e of manifest.documents.filter((d) => (split === "all" || d.split === split) && (!docOpt || d.id === docOpt))) {
  if (!e.renderings?.[key]) continue;
  const truth = JSON.parse(readFileSync(join(CORPUS, e.truth), "utf8"));
  const out = await extract(join(CORPUS, e.renderings[key]), { format: FORMAT(key) });
  let n = 0; const diffs = [];
  for (const t of truth.rows) {
    const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
    if (!hit) { diffs.push(`  MISSING obj "${t.objective.slice(0, 90)}"`); continue; }
    const cmp = [["acc", hit.accomplishments, t.accomplishments], ["meas", hit.measures, t.measures],
      ...Object.keys(t).filter((k) => !STANDARD.has(k)).map((k) => [k, hit.extra?.[k] ?? [], t[k]])];
    const bad = cmp.filter(([, got, want]) => JSON.stringify((got ?? []).map(text).map(norm)) !== JSON.stringify(want.map(norm)));
    if (!bad.length) { n++; continue; }
    diffs.push(`  ROW "${t.objective.slice(0, 70)}"`);
    for (const [k, got, want] of bad) diffs.push(`    ${k}: got ${JSON.stringify((got ?? []).map(text))}\n    ${k}: want ${JSON.stringify(want)}`);
  }
  tot += truth.rows.length; ok += n;
  if (!quiet || n < truth.rows.length) console.log(`${e.id} ${key} kind=${out.kind} ${n}/${truth.rows.length}${out.warnings?.length ? " warn=" + [...new Set(out.warnings.map((w) => w.code))].join(",") : ""}`);
  if (showDiff && diffs.length) console.log(diffs.join("\n"));
}
console.log(`TOTAL ${ok}/${tot} = ${(100 * ok / Math.max(1, tot)).toFixed(1)} %`);
