#!/usr/bin/env node
/**
 * Rows exact **per generator feature**: for one corpus rendering and one or more tuning splits, every
 * feature a document's manifest entry lists (`features`) is credited with that document's rows exact.
 * A feature whose rows fall below the rendering's mean in *every* split given is a class of miss that
 * recurs across fresh draws — the audit the lead ran in session 44 before handing out work (rules
 * fitted to one document's class had not carried to the next session's check draws).
 *
 *   npm run build && node scripts/dev/features.mjs test/corpus20 typst.txt val20g,val20h [--all]
 *
 * Caveat (h-mu44, session 44): a feature is credited to every rendering of its document, also to one
 * that does not print it (corpus13's `footer:page-n` is set in the TeX source only: the AbiWord PDF
 * and its mu.txt have no footer). Check that the rendering shows the feature before reading a low
 * figure as its class.
 *
 * Prints, per split, the mean and then the features below the mean by ≥ 4 points in every split with
 * ≥ 30 rows in each (`--all`: every feature). Tuning splits only: never pass a check draw or a
 * held-out split (they are scored by their totals).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatOfKey, rowsExact } from "./row-exact.mjs";
import { corpusManifests } from "../corpus/manifests.mjs";

const [corpusArg, rendering, splitArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!corpusArg || !rendering || !splitArg) {
  console.error("usage: node scripts/dev/features.mjs test/corpusN RENDERING split[,split…] [--all]");
  process.exit(2);
}
const showAll = process.argv.includes("--all");
const splits = splitArg.split(",");
if (splits.some((s) => /^holdout/.test(s))) { console.error("held-out splits are scored by their totals only"); process.exit(2); }
const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const DIST = resolve(process.env.DIST ?? join(ROOT, "dist"));
const { extract } = await import(join(DIST, "index.js"));
const corpus = resolve(corpusArg).split("/").pop();

/** split → feature → [exact, rows], plus the split's total under "*". */
const tally = new Map(splits.map((s) => [s, new Map()]));
const add = (m, f, e, r) => { const t = m.get(f) ?? [0, 0]; t[0] += e; t[1] += r; m.set(f, t); };
for (const { dir, path } of corpusManifests(ROOT, new Set([corpus]))) {
  for (const doc of JSON.parse(readFileSync(path, "utf8")).documents ?? []) {
    const m = tally.get(doc.split);
    if (!m || !doc.renderings?.[rendering]) continue;
    const truth = JSON.parse(readFileSync(join(dir, doc.truth), "utf8"));
    const out = await extract(join(dir, doc.renderings[rendering]), { format: formatOfKey(rendering) });
    const { exact } = rowsExact(out, truth);
    add(m, "*", exact, truth.rows.length);
    for (const f of doc.features ?? []) add(m, f, exact, truth.rows.length);
  }
}
const pct = ([e, r]) => (r ? (100 * e) / r : 0);
for (const [s, m] of tally) console.log(`${s}: ${m.get("*")?.[0] ?? 0}/${m.get("*")?.[1] ?? 0} (${pct(m.get("*") ?? [0, 0]).toFixed(1)} %)`);
const features = new Set([...tally.values()].flatMap((m) => [...m.keys()].filter((f) => f !== "*")));
const rows = [];
for (const f of features) {
  const per = splits.map((s) => tally.get(s).get(f));
  const below = per.every((t, i) => t && t[1] >= 30 && pct(t) <= pct(tally.get(splits[i]).get("*")) - 4);
  if (!showAll && !below) continue;
  const lost = per.reduce((n, t) => n + (t ? t[1] - t[0] : 0), 0);
  rows.push([lost, f, per.map((t) => (t ? `${t[0]}/${t[1]} (${pct(t).toFixed(1)} %)` : "—"))]);
}
for (const [lost, f, cells] of rows.sort((a, b) => b[0] - a[0])) console.log(`  ${String(lost).padStart(4)} lost  ${f}  ${cells.join("  ")}`);
