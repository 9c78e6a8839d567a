#!/usr/bin/env node
/**
 * Field failures of the compact's frame across the tuning splits of the corpora: per corpus, split
 * and rendering, how many documents fail each field check of test/support/score.mjs (kind, year,
 * manager, counterpart, entity, challenges, signatures, resolution dates) and how many missions,
 * resolutions and documents (symbols) are missing or unexpected. Rows are scored by
 * scripts/corpus/rows.mjs and the gate; this is the frame's view.
 *
 *   npm run build && node scripts/corpus/fields.mjs [--corpus test/corpus7] [--split dev7] [--rendering KEY[,KEY…]]
 *                                                   [--details] [--json FILE]
 *
 * Only the tuning splits are ever scored (never holdout, holdout2, holdout3, holdout6, fresh7,
 * holdout8, holdout9, holdout10, holdout11, holdout12). Every output is scored by test/support/score.mjs itself (spawned),
 * so the rules are exactly the team scorer's. --details prints each failure per document;
 * --json writes every document's failures (for a before → after comparison). DIST=<dir> scores
 * another build.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = resolve(process.env.DIST ?? join(ROOT, "dist"));
const SCORER = join(ROOT, "test", "support", "score.mjs");
/** The tuning splits: the only ones this script reads failures of. */
export const TUNING = [
  ["test/corpus", "dev"], ["test/corpus2", "dev2"], ["test/corpus3", "dev3"], ["test/corpus4", "fresh4"],
  ["test/corpus5", "fresh5"], ["test/corpus6", "dev6"], ["test/corpus7", "dev7"], ["test/corpus7", "tune7"], ["test/corpus7", "tune7b"], ["test/corpus7", "tune7c"],
  ["test/corpus7", "holdout7"], ["test/corpus8", "dev8"], ["test/corpus8", "dev8b"], ["test/corpus8", "dev8c"], ["test/corpus8", "dev8d"], ["test/corpus8", "dev8e"], ["test/corpus9", "dev9"],
  ["test/corpus9", "dev9b"], ["test/corpus10", "dev10"], ["test/corpus10", "dev10b"], ["test/corpus11", "dev11"], ["test/corpus12", "dev12"], ["test/corpus13", "dev13"], ["test/corpus14", "dev14"], ["test/corpus15", "dev15"], ["test/corpus16", "dev16"], ["test/corpus17", "dev17"], ["test/corpus18", "dev18"], ["test/corpus19", "dev19"], ["test/corpus20", "dev20"],
];
const PARALLEL = 2;
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const corpusOpt = opt("--corpus")?.replace(/\/$/, "");
const splitOpt = opt("--split");
const onlyKeys = opt("--rendering")?.split(",");
const jsonOut = opt("--json");
const details = args.includes("--details");
const FORMAT = (k) => (/(^|\.)pdf$/.test(k) ? "pdf" : /(^|\.)txt$/.test(k) ? "text" : /(^|\.)md$/.test(k) ? "markdown" : undefined);

const chosen = TUNING.filter(([c, s]) => (!corpusOpt || c === corpusOpt) && (!splitOpt || s === splitOpt));
if (!chosen.length) {
  console.error(`no tuning split matches (tuning splits: ${TUNING.map(([c, s]) => `${c} ${s}`).join(", ")})`);
  process.exit(2);
}

/** The class of a failure line of score.mjs: its check name, or "missions: missing" and the like. */
const classOf = (f) => {
  const m = /^(missions|resolutions|documents): (missing|unexpected) /.exec(f);
  if (m) return `${m[1]} ${m[2]}`;
  if (/^row /.test(f)) return null; // rows: scripts/corpus/rows.mjs
  if (/^date /.test(f)) return "resolution date";
  return f.slice(0, f.indexOf(":"));
};

const { extract } = await import(join(DIST, "index.js"));
const tmp = mkdtempSync(join(tmpdir(), "corpus-fields-"));
const jobs = [];
for (const [corpus, split] of chosen) {
  const manifest = JSON.parse(readFileSync(join(ROOT, corpus, "manifest.json"), "utf8"));
  for (const e of manifest.documents.filter((d) => d.split === split))
    for (const key of Object.keys(e.renderings ?? {}))
      if (FORMAT(key) && (!onlyKeys || onlyKeys.includes(key))) jobs.push({ corpus, split, e, key });
}
const results = [];
const worker = async () => {
  for (let j = jobs.shift(); j; j = jobs.shift()) {
    const dir = join(ROOT, j.corpus);
    const out = await extract(join(dir, j.e.renderings[j.key]), { format: FORMAT(j.key) });
    const outPath = join(tmp, `${j.e.id}.${j.key}.json`);
    writeFileSync(outPath, JSON.stringify(out));
    let report;
    try {
      const { stdout } = await run(process.execPath, [SCORER, outPath, join(dir, j.e.truth), "--json"], { maxBuffer: 1 << 26 });
      report = JSON.parse(stdout.slice(0, stdout.lastIndexOf("\n", stdout.length - 2)));
    } catch (err) {
      throw new Error(`score.mjs failed on ${j.e.id} ${j.key}: ${err.stderr || err.message}`);
    }
    const failures = report.failures.filter((f) => classOf(f));
    results.push({ corpus: j.corpus, split: j.split, id: j.e.id, rendering: j.key, checks: Object.keys(report.checks).length, failures });
  }
};
await Promise.all(Array.from({ length: PARALLEL }, worker));
rmSync(tmp, { recursive: true, force: true });
results.sort((a, b) => `${a.corpus} ${a.split} ${a.rendering} ${a.id}`.localeCompare(`${b.corpus} ${b.split} ${b.rendering} ${b.id}`));

// Per corpus/split/rendering: documents, fields right of fields checked, failures per class.
const groups = new Map();
for (const r of results) {
  const k = `${r.corpus} ${r.split} ${r.rendering}`;
  const g = groups.get(k) ?? { docs: 0, checks: 0, failed: 0, classes: {} };
  g.docs++;
  g.checks += r.checks;
  for (const f of r.failures) {
    const c = classOf(f);
    g.classes[c] = (g.classes[c] ?? 0) + 1;
    if (!/^(missions|resolutions|documents) /.test(c)) g.failed++;
  }
  groups.set(k, g);
}
const total = {};
console.log("| corpus split rendering | docs | fields right | failures by class |");
console.log("|---|---|---|---|");
for (const [k, g] of groups) {
  for (const [c, n] of Object.entries(g.classes)) total[c] = (total[c] ?? 0) + n;
  const cls = Object.entries(g.classes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ");
  console.log(`| ${k} | ${g.docs} | ${g.checks - g.failed}/${g.checks} | ${cls || "–"} |`);
}
console.log("");
console.log(`TOTAL ${results.length} outputs: ${Object.entries(total).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ") || "no field failures"}`);
if (details) for (const r of results) for (const f of r.failures) console.log(`${r.corpus} ${r.split} ${r.rendering} ${r.id}: ${f}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
