#!/usr/bin/env node
/**
 * Every truth row of the former check sets (sessions 42–46) in layout text, read by one build: per row
 * exact or the miss's kind (miss-kinds.mjs' kinds). Session 46 (h-fit46): a diagnostic compares two
 * such files row by row (which `cells` misses a rule mends, which exact rows it breaks, per set).
 *
 *   DIST=/work/main/dist node scripts/dev/set-rows.mjs OUT.json [--only corpus14,corpus20] [--align top|centred]
 *
 * `--align` (session 47, h-align47): every table read top-aligned or by the centred fit, whatever
 * the centring vote (ExtractOptions.tableAlignment,
 * internal): three files and set-rows-diff.mjs give what a perfect vote would mend.
 *
 * Tuning splits only (the former sets: session 46's check draws are tuning draws from session 47); never a check draw or held-out split.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatOfKey, norm, rowsExact } from "./row-exact.mjs";
import { kindOf, partner } from "./row-kind.mjs";
import { corpusManifests } from "../corpus/manifests.mjs";
import { warnIfStale } from "../build-stamp.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SETS = {
  s42: ["val8e", "val9c", "val11g", "val13g", "val14g", "val15e", "val16h", "val18h", "val19h", "val20g"],
  s43: ["val8f", "val9d", "val11h", "val13h", "val14h", "val15f", "val16i", "val18i", "val19i", "val20h"],
  s44: ["val8g", "val9e", "val11i", "val13i", "val14i", "val15g", "val16j", "val18j", "val19j", "val20i"],
  s45: ["val8h", "val9f", "val11j", "val13j", "val14j", "val15h", "val16k", "val18k", "val19k", "val20j"],
  s46: ["val8i", "val9g", "val11k", "val13k", "val14k", "val15i", "val16l", "val18l", "val19l", "val20k"],
  s47: ["val8j", "val9h", "val11l", "val13l", "val14l", "val15j", "val16m", "val18m", "val19m", "val20l"],
  s48: ["val8k", "val9i", "val11m", "val13m", "val14m", "val15k", "val16n", "val18n", "val19n", "val20m"],
  s49: ["val8l", "val9j", "val11n", "val13n", "val14n", "val15l", "val16o", "val18o", "val19o", "val20n"],
  s50: ["val8m", "val9k", "val11o", "val13o", "val14o", "val15m", "val16p", "val18p", "val19p", "val20o"],
  s51: ["val8n", "val9l", "val11p", "val13p", "val14p", "val15n", "val16q", "val18q", "val19q", "val20p"],
  s52: ["val8o", "val9m", "val11q", "val13q", "val14q", "val15o", "val16r", "val18r", "val19r", "val20q"],
};
const setOf = new Map(Object.entries(SETS).flatMap(([s, splits]) => splits.map((x) => [x, s])));

/**
 * Every layout-text rendering of the former sets' documents with a truth, read by `extract` (a build's
 * `extract`; `options` added to `{ format: "text" }`): `{ set, corpus, d, dir, key, file, truth, out }`
 * (`out` has no rows when the reader threw). `onCorpus(corpus, path)` after each corpus manifest.
 * set-rows.mjs and objective-line.mjs walk the sets with it.
 */
export async function* setRenderings(extract, only, options = {}, onCorpus = () => {}) {
  for (const { corpus, dir, path } of corpusManifests(ROOT, only)) {
    for (const d of JSON.parse(readFileSync(path, "utf8")).documents ?? []) {
      const set = setOf.get(d.split);
      if (!set || !d.truth) continue;
      for (const [key, file] of Object.entries(d.renderings ?? {})) {
        if (formatOfKey(key) !== "text") continue;
        const truth = JSON.parse(readFileSync(join(dir, d.truth), "utf8"));
        let out;
        try { out = await extract(join(dir, file), { format: "text", ...options }); } catch { out = { objectives: [] }; }
        yield { set, corpus, d, dir, key, file, truth, out };
      }
    }
    onCorpus(corpus, path);
  }
}

async function main() {
const args = process.argv.slice(2);
const outFile = args.find((a, i) => !a.startsWith("--") && !["--only", "--align"].includes(args[i - 1] ?? "")); // not a flag's value
const only = new Set((args.includes("--only") ? args[args.indexOf("--only") + 1] : "").split(",").filter(Boolean));
const tableAlignment = args.includes("--align") ? args[args.indexOf("--align") + 1] : undefined;
const DIST = resolve(process.env.DIST ?? join(ROOT, "dist"));
warnIfStale(DIST, "set-rows.mjs");
const { extract } = await import(join(DIST, "index.js"));
const result = [];
const progress = (corpus, path) => process.stderr.write(`${corpus} ${path}: ${result.length} rows\n`);
for await (const { set, corpus, d, key, truth, out } of setRenderings(extract, only, tableAlignment ? { tableAlignment } : {}, progress)) {
  truth.rows.forEach((t, i) => {
    const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
    const exact = !!hit && rowsExact({ objectives: [hit] }, { rows: [t] }).exact === 1;
    const k = exact ? { kind: "exact" } : kindOf(t, partner(t, out.objectives ?? []));
    result.push({ set, corpus, split: d.split, id: d.id, key, row: i, obj: t.objective.slice(0, 50), ...k });
  });
}
writeFileSync(outFile, JSON.stringify(result));
}
// Run as a script; imported (objective-line.mjs), it only lends SETS.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
