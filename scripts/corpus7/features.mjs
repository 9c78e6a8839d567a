#!/usr/bin/env node
/** Documents per feature in test/corpus7 (ruled + borderless), per split, as a Markdown table. */
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), "..", ".."), "test", "corpus7");
const manifest = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
/** Per feature and split: [documents, ruled documents, borderless documents]. */
export function featureCounts(docs) {
  const out = {};
  for (const d of docs) for (const f of d.features) {
    const c = (out[f] ??= {});
    const s = (c[d.split] ??= [0, 0, 0]);
    s[0]++; s[d.ruled ? 1 : 2]++;
  }
  return out;
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const counts = featureCounts(manifest.documents);
  const fmt = (x) => (x ? `${x[0]} (${x[1]} + ${x[2]})` : "0");
  console.log("| feature | dev7 docs (ruled + borderless) | holdout7 docs (ruled + borderless) |\n|---|---|---|");
  for (const f of Object.keys(counts).sort()) console.log(`| \`${f}\` | ${fmt(counts[f].dev7)} | ${fmt(counts[f].holdout7)} |`);
}
