#!/usr/bin/env node
/**
 * Scores every **validation draw** of the synthetic corpora: a fresh print of a corpus's own
 * generator with a new seed (session 33), kept apart from the tuned dev splits and from the
 * held-out splits. It answers "does a rule tuned on dev carry over to documents nobody looked at
 * while writing it?" without spending the held-out part.
 *
 *   npm run build && node scripts/corpus/val.mjs [--json] [--only corpus19,corpus20] [--holdout] [--splits val13f,val19g]
 *
 * --holdout: the **held-out** splits instead (every split named `holdout…`, in every corpus): their
 * totals for the lead's merge check — never read them row by row. --splits: only these split names.
 *
 * A validation split is found two ways, as the generators write them:
 *   - a split named `val…` in a corpus's manifest.json (test/corpusN/manifest.json, files in
 *     test/corpusN/valN/), or
 *   - a folder test/corpusN/valN/ with a manifest.json of its own.
 * Each is scored by scripts/corpus/score.mjs (which runs the team scorer), so the numbers are those
 * score.mjs prints. Validation splits are not gated (test/corpus/floors.json does not name them).
 *
 * Output: one line per split and rendering — rows exact / rows, and documents read as compacts —
 * and the totals per kind (PDF, layout text, reading-order text, Markdown).
 */
import { readFileSync } from "node:fs";
import { basename, join, resolve, dirname } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { corpusManifests } from "./manifests.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const argv = process.argv.slice(2);
const heldOut = argv.includes("--holdout");
const SPLIT = heldOut ? /^holdout/ : /^val/;
const named = new Set((argv.includes("--splits") ? argv[argv.indexOf("--splits") + 1] : "").split(",").filter(Boolean));
const only = new Set((argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : "").split(",").filter(Boolean));

/** The splits a manifest's documents name, each once. */
const splitsIn = (manifest) => new Set((JSON.parse(readFileSync(manifest, "utf8")).documents ?? []).map((d) => d.split));

/** Every validation split: the corpus folder score.mjs takes and the split name. */
export function validationSplits(root = ROOT) {
  const found = [];
  for (const { corpus, dir, path, own } of corpusManifests(root, only)) {
    const wanted = (split) => !named.size || named.has(split);
    if (!own) { for (const split of splitsIn(path)) if (SPLIT.test(split) && wanted(split)) found.push({ corpus, dir, split }); continue; }
    // A draw's own folder: never held out, and not a split its corpus manifest already names.
    if (heldOut || found.some((f) => f.corpus === corpus && f.split === basename(dir))) continue;
    for (const split of splitsIn(path)) if (wanted(split)) found.push({ corpus, dir, split });
  }
  return found;
}

/**
 * Text renderings without column geometry: plain `pdftotext` (reading order, corpus16 `plain.txt`) and
 * `pdftotext -raw` (content-stream order, corpus17 `raw.txt`). The reader takes them as a best effort
 * (docs/tables.md, `TABLE_READING_ORDER`); issue 11's bar is read on layout text, so they get a total of
 * their own instead of hiding inside it.
 */
const READING_ORDER = new Set(["plain.txt", "raw.txt"]);
const kindOf = (rendering) =>
  rendering.endsWith("pdf") ? "pdf" : rendering.endsWith("md") ? "md" : READING_ORDER.has(rendering) ? "reading-order text" : "layout text";
const lines = [];
const totals = new Map();
for (const { corpus, dir, split } of validationSplits()) {
  const out = execFileSync("node", [join(ROOT, "scripts/corpus/score.mjs"), "--corpus", dir, "--split", split, "--json"], { cwd: ROOT, maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "inherit"] });
  for (const r of JSON.parse(out.toString()).summary) {
    lines.push({ corpus, split: r.split, rendering: r.rendering, exact: r.exact, rows: r.rows, compact: r.compact, docs: r.docs });
    const t = totals.get(kindOf(r.rendering)) ?? { exact: 0, rows: 0 };
    t.exact += r.exact; t.rows += r.rows;
    totals.set(kindOf(r.rendering), t);
  }
}
const pct = (e, r) => (r ? ((100 * e) / r).toFixed(1) : "n/a");
if (argv.includes("--json")) {
  console.log(JSON.stringify({ splits: lines, totals: Object.fromEntries(totals) }, null, 1));
} else {
  console.log("| corpus | split | rendering | rows exact | compact |");
  console.log("|---|---|---|---|---|");
  for (const l of lines) console.log(`| ${l.corpus} | ${l.split} | ${l.rendering} | ${l.exact}/${l.rows} (${pct(l.exact, l.rows)} %) | ${l.compact}/${l.docs} |`);
  console.log("");
  for (const [kind, t] of totals) console.log(`${kind}: ${t.exact}/${t.rows} (${pct(t.exact, t.rows)} %)`);
}
