#!/usr/bin/env node
/**
 * What the built pipeline gets wrong on test/corpus3, row by row (dev3 only unless --split).
 *
 *   npm run build && node scripts/corpus3/failures.mjs [--rendering pdf|txt] [--doc d3-004] [--split dev3]
 *
 * For every truth row that is not exact: the objective found or not, and each column's items,
 * truth against output, with the document's quirks. Uses only the public `extract`.
 */
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CORPUS = process.env.CORPUS3_DIR ?? join(ROOT, "test", "corpus3");
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const rendering = opt("--rendering", "pdf");
const only = opt("--doc", null);
const split = opt("--split", "dev3");
const { extract } = await import(join(ROOT, "dist", "index.js"));
// The scorer's normalisation (test/support/score.mjs).
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
for (const e of manifest.documents.filter((d) => d.split === split && (!only || d.id === only))) {
  const truth = JSON.parse(readFileSync(join(CORPUS, e.truth), "utf8"));
  const out = await extract(join(CORPUS, e.renderings[rendering]), { format: rendering === "pdf" ? "pdf" : "text" });
  const got = out.objectives ?? [];
  const lines = [];
  truth.rows.forEach((t, i) => {
    const hit = got.find((r) => norm(r.objective) === norm(t.objective));
    if (!hit) { lines.push(`  row ${i} objective not found: "${t.objective}"`); return; }
    const cols = { accomplishments: [t.accomplishments, hit.accomplishments], measures: [t.measures, hit.measures] };
    for (const k of Object.keys(t)) if (!["section", "objective", "accomplishments", "measures"].includes(k)) cols[k] = [t[k], hit.extra?.[k] ?? []];
    for (const [k, [want, have]] of Object.entries(cols)) {
      const w = want.map(norm), h = (have ?? []).map(text).map(norm);
      if (JSON.stringify(w) !== JSON.stringify(h)) lines.push(`  row ${i} ${k}:\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify((have ?? []).map(text))}`);
    }
  });
  const extra = got.filter((r) => !truth.rows.some((t) => norm(t.objective) === norm(r.objective))).map((r) => r.objective);
  console.log(`${e.id} [${e.quirks.join(" ") || "no quirks"}] kind ${out.kind}, ${got.length} rows out / ${truth.rows.length}`);
  if (extra.length) console.log(`  unexpected objectives: ${extra.map((x) => JSON.stringify(x)).join(" | ")}`);
  console.log(lines.join("\n"));
}
