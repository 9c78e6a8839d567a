#!/usr/bin/env node
/**
 * Scores the built pipeline (dist/) on the synthetic corpus (test/corpus/).
 *
 *   npm run build && node scripts/corpus/score.mjs [--corpus DIR] [--split dev|holdout|all] [--format pdf|text|markdown] [--json] [--assume-compact]
 *
 * --corpus DIR: another corpus of the same layout (manifest.json with `documents`, truth files in
 * the format of test/corpus), e.g. test/corpus2 with splits dev2/holdout2; --split then takes any
 * split its manifest names. Renderings a document does not list are skipped.
 *
 * Every rendering of every document (lo.pdf, chromium.pdf, lo.txt, chromium.txt, md) is run through
 * `extract` and scored against its truth by test/support/score.mjs itself (spawned, so the rules
 * are exactly those of the team scorer). Rows are counted per feature from the same rule re-applied
 * row by row (`rowExact` below mirrors score.mjs; the totals are cross-checked against score.mjs's
 * own count and a mismatch is reported). The `structure` block of the truth (measure →
 * accomplishment, target, baseline) is checked separately and reported as n/a while the output
 * model has no such fields.
 *
 * --assume-compact (diagnostic): runs the pipeline's own STAGES but sets the kind to "compact" right
 * after the classify stage, so the table reader is measured even where classification fails. It
 * reaches into the Doc the stages pass along (dist/pipeline.js `newDoc`), so it may need updating
 * when that shape changes; the default path uses only the public `extract`.
 *
 * --rendering KEY[,KEY…]: only these renderings (e.g. `weasy.pdf`). --exclude SPLIT/KEY[,…]: never
 * run these (held-out renderings kept for a final scoring, e.g. `holdout/weasy.pdf`).
 *
 * Output: Markdown tables, ready for docs/tables.md (or JSON with --json).
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { warnIfStale } from "../build-stamp.mjs";

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const argv0 = process.argv.slice(2);
const corpusArg = argv0.includes("--corpus") ? argv0[argv0.indexOf("--corpus") + 1] : undefined;
const CORPUS = corpusArg ? resolve(corpusArg) : join(ROOT, "test", "corpus");
const SCORER = join(ROOT, "test", "support", "score.mjs");
const RENDERINGS = [
  { key: "lo.pdf", format: "pdf" }, { key: "chromium.pdf", format: "pdf" },
  { key: "lo.txt", format: "text" }, { key: "chromium.txt", format: "text" },
  { key: "md", format: "markdown" },
];
/** Spawned scorers at once: the machine has two cores and other helpers use them too. */
const PARALLEL = 2;

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const split = opt("--split", "dev");
const format = opt("--format", "all");
const asJson = args.includes("--json");
const assumeCompact = args.includes("--assume-compact");
const onlyKeys = opt("--rendering", undefined)?.split(",");
const excluded = new Set(opt("--exclude", "").split(",").filter(Boolean));
const manifestDocs = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8")).documents;
const knownSplits = new Set(manifestDocs.map((d) => d.split));
// Renderings another corpus names otherwise (test/corpus3: `pdf`, `txt`) take their format from the key.
const FORMAT_OF_KEY = (key) => (/(^|\.)pdf$/.test(key) ? "pdf" : /(^|\.)txt$/.test(key) ? "text" : /(^|\.)md$/.test(key) ? "markdown" : null);
for (const key of new Set(manifestDocs.flatMap((d) => Object.keys(d.renderings ?? {}))))
  if (!RENDERINGS.some((r) => r.key === key) && FORMAT_OF_KEY(key)) RENDERINGS.push({ key, format: FORMAT_OF_KEY(key) });
if (!(split === "all" || knownSplits.has(split)) || !["pdf", "text", "markdown", "all"].includes(format)) {
  console.error(`usage: node scripts/corpus/score.mjs [--corpus DIR] [--split ${[...knownSplits].join("|")}|all] [--format pdf|text|markdown] [--json] [--assume-compact]`);
  process.exit(2);
}

// The same normalisation as test/support/score.mjs (kept identical; totals are cross-checked).
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const STANDARD = new Set(["section", "objective", "accomplishments", "measures"]);
function rowExact(out, t) {
  const o = norm(t.objective);
  const hit = (out.objectives ?? []).find((r) => norm(r.objective) === o);
  if (!hit) return false;
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const extraOk = Object.entries(t).filter(([k]) => !STANDARD.has(k)).every(([k, v]) => same((hit.extra?.[k] ?? []).map(text).map(norm), v.map(norm)));
  return extraOk && same((hit.accomplishments ?? []).map(text).map(norm), t.accomplishments.map(norm)) && same((hit.measures ?? []).map(text).map(norm), t.measures.map(norm));
}

/** The structure check: only where the output carries the field at all. */
function structureCheck(out, truth) {
  // [right, checked, wrong]: wrong = a value given that differs from the truth (a null or a
  // missing measure is unpaired, not wrong).
  const res = { accomplishment: [0, 0, 0], target: [0, 0, 0], baseline: [0, 0, 0] };
  let present = { accomplishment: false, target: false, baseline: false };
  truth.structure.rows.forEach((sr) => {
    const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(sr.objective));
    sr.measures.forEach((m, i) => {
      const got = hit?.measures?.[i];
      for (const k of Object.keys(res)) {
        if (got && typeof got === "object" && k in got) present[k] = true;
        if (k !== "accomplishment" && m[k] === null) continue;
        res[k][1]++;
        if (got && typeof got === "object" && (k === "accomplishment" ? got[k] === m[k] : norm(got[k]) === norm(m[k]))) res[k][0]++;
        else if (got && typeof got === "object" && got[k] !== null && got[k] !== undefined) res[k][2]++;
      }
    });
  });
  return { res, present };
}

async function scoreOne(entry, r, extract, tmp) {
  const file = join(CORPUS, entry.renderings[r.key]);
  const truthPath = join(CORPUS, entry.truth);
  const truth = JSON.parse(readFileSync(truthPath, "utf8"));
  const out = await extract(file, { format: r.format });
  const outPath = join(tmp, `${entry.id}.${r.key}.json`);
  writeFileSync(outPath, JSON.stringify(out));
  let report;
  try {
    const { stdout } = await run(process.execPath, [SCORER, outPath, truthPath, "--json"], { maxBuffer: 1 << 26 });
    report = JSON.parse(stdout.slice(0, stdout.lastIndexOf("\n", stdout.length - 2)));
  } catch (e) {
    // score.mjs exits 1 only for missed --min bars (none given here) and 2 for bad input.
    throw new Error(`score.mjs failed on ${entry.id} ${r.key}: ${e.stderr || e.message}`);
  }
  // A row cut by a page break in this producer's PDF (and so in its text) also counts under
  // rows-page-cut, and under rows-late-start when it begins in the last lines of a page.
  const producer = r.key.split(".")[0];
  const cut = new Set(entry.cutRows?.[producer] ?? []);
  const late = new Set(entry.lateRows?.[producer] ?? []);
  // A row some of whose printed text the producer clipped (no glyphs in the PDF: no reader gets it
  // back) counts as usual and under rows-text-clipped too, so the table shows what is readable.
  const clipped = new Set(entry.clippedRows?.[producer] ?? []);
  const rows = truth.rows.map((t, i) => ({ exact: rowExact(out, t), features: [...new Set([...truth.structure.features.filter(isDocFeature), ...truth.structure.rows[i].features, ...(cut.has(i) ? ["rows-page-cut"] : []), ...(late.has(i) ? ["rows-late-start"] : []), ...(clipped.has(i) ? ["rows-text-clipped"] : [])])] }));
  return { id: entry.id, split: entry.split, rendering: r.key, kind: out.kind, report, rows, structure: structureCheck(out, truth), ruled: entry.ruled };
}

/** Document-level features (frame, text layer, entities); table features come from each row. */
const TABLE_PREFIXES = /^(objective|subrows|header-|header:|acc-vocab|meas-vocab|col:|cols:|marker:|acc-marker:|order:|two-column$|no-accomplishment|cells-)/;
const isDocFeature = (f) => !TABLE_PREFIXES.test(f);

/** The pipeline with the classification forced to "compact" (see --assume-compact above). */
async function compactExtractor() {
  const { STAGES, loadDomainData } = await import(join(ROOT, "dist", "index.js"));
  const { newDoc } = await import(join(ROOT, "dist", "pipeline.js"));
  const data = loadDomainData();
  return async (file, options) => {
    let doc = newDoc(file.split("/").at(-1), new Uint8Array(readFileSync(file)));
    const ctx = { options, data };
    try {
      for (const stage of STAGES) {
        doc = await stage.run(doc, ctx);
        if (stage.name === "classify") { doc.kind = "compact"; doc.classification = { ...doc.classification, kind: "compact" }; }
      }
      return doc.output ?? { kind: "unknown" };
    } catch (e) {
      return { kind: "unknown", error: String(e) };
    }
  };
}

async function main() {
  warnIfStale(join(ROOT, "dist"), "score.mjs");
  const extract = assumeCompact ? await compactExtractor() : (await import(join(ROOT, "dist", "index.js"))).extract;
  const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
  const entries = manifest.documents.filter((e) => split === "all" || e.split === split);
  // Only the renderings this split's documents list (another corpus may name none of the defaults).
  const rends = RENDERINGS.filter((r) => (format === "all" || r.format === format) && (!onlyKeys || onlyKeys.includes(r.key)) && entries.some((e) => e.renderings[r.key] && !excluded.has(`${e.split}/${r.key}`)));
  const tmp = mkdtempSync(join(tmpdir(), "corpus-score-"));
  const jobs = entries.flatMap((e) => rends.filter((r) => e.renderings[r.key] && !excluded.has(`${e.split}/${r.key}`)).map((r) => [e, r]));
  const results = [];
  const worker = async () => { for (let j = jobs.shift(); j; j = jobs.shift()) results.push(await scoreOne(j[0], j[1], extract, tmp)); };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  rmSync(tmp, { recursive: true, force: true });
  results.sort((a, b) => (a.id + a.rendering).localeCompare(b.id + b.rendering));

  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
  const bySplitRend = {};
  const mismatches = [];
  for (const x of results) {
    const k = `${x.split}|${x.rendering}`;
    const s = (bySplitRend[k] ??= { split: x.split, rendering: x.rendering, docs: 0, compact: 0, exact: 0, rows: 0, f1: 0 });
    s.docs++;
    if (x.kind === "compact") s.compact++;
    s.exact += x.report.rows.exact;
    s.rows += x.report.rows.expected;
    s.f1 += x.report.cells.f1;
    const mine = x.rows.filter((r) => r.exact).length;
    if (mine !== x.report.rows.exact) mismatches.push(`${x.id} ${x.rendering}: per-row ${mine} vs score.mjs ${x.report.rows.exact}`);
  }
  const features = {};
  for (const x of results) for (const r of x.rows) for (const f of r.features) {
    const e = (features[f] ??= { all: {}, rows: 0 });
    const c = (e.all[x.rendering] ??= [0, 0]);
    c[0] += r.exact ? 1 : 0;
    c[1]++;
  }
  const structure = {};
  for (const x of results) for (const [k, [ok, n, wrong]] of Object.entries(x.structure.res)) {
    const s = (structure[k] ??= { ok: 0, n: 0, wrong: 0, present: false });
    s.ok += ok; s.n += n; s.wrong += wrong; s.present ||= x.structure.present[k];
  }
  if (asJson) {
    console.log(JSON.stringify({ split, format, summary: Object.values(bySplitRend), features, structure, mismatches, documents: results.map(({ id, rendering, kind, report }) => ({ id, rendering, kind, rows: report.rows, cellsF1: report.cells.f1, summary: report.summary })) }, null, 1));
    return;
  }
  const lines = [];
  lines.push(`### ${corpusArg ? `Corpus ${corpusArg}` : "Synthetic corpus"}: split ${split}, ${entries.length} documents, ${entries.reduce((a, e) => a + e.rows, 0)} rows${assumeCompact ? " (kind forced to compact after classify)" : ""}`, "");
  lines.push("| split | rendering | docs | classified compact | rows exact | cell F1 (mean) |", "|---|---|---|---|---|---|");
  for (const s of Object.values(bySplitRend).sort((a, b) => (a.split + a.rendering).localeCompare(b.split + b.rendering)))
    lines.push(`| ${s.split} | ${s.rendering} | ${s.docs} | ${s.compact}/${s.docs} | ${s.exact}/${s.rows} (${pct(s.exact, s.rows)}) | ${(s.f1 / s.docs).toFixed(3)} |`);
  lines.push("", "#### Rows exact per feature (a row counts under every feature of its document and table)", "");
  lines.push(`| feature | ${rends.map((r) => r.key).join(" | ")} |`, `|---|${rends.map(() => "---").join("|")}|`);
  for (const f of Object.keys(features).sort()) lines.push(`| ${f} | ${rends.map((r) => { const c = features[f].all[r.key]; return c ? `${c[0]}/${c[1]}` : "–"; }).join(" | ")} |`);
  lines.push("", "#### Structure (`measures[].accomplishment`, `.target`, `.baseline` against the truth's `structure` block)", "");
  lines.push("| check | right | wrong (another value given) |", "|---|---|---|");
  for (const [k, s] of Object.entries(structure)) lines.push(`| measure → ${k} | ${s.present ? `${s.ok}/${s.n} (${pct(s.ok, s.n)}) | ${s.wrong}` : "n/a (field absent from output) | –"} |`);
  if (mismatches.length) lines.push("", `Per-row recount differs from score.mjs for ${mismatches.length} renderings: ${mismatches.slice(0, 5).join("; ")}`);
  console.log(lines.join("\n"));
}

await main();
