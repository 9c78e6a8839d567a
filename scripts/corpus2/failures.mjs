#!/usr/bin/env node
/**
 * Lists the rows the reader gets wrong on a split of test/corpus2 (default dev2), with what
 * differs: objective not found (and the nearest objective the reader gave), or which cell list
 * differs, truth against output. For finding failure patterns; never run it on holdout2 while
 * tuning.
 *
 *   npm run build && node scripts/corpus2/failures.mjs [--split dev2] [--rendering lo.pdf] [--doc d2-004] [--json]
 *   npm run build && node scripts/corpus2/failures.mjs --corpus test/corpus5 --split fresh5   # another corpus of the same manifest format
 */
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const CORPUS = resolve(opt("--corpus", join(ROOT, "test", "corpus2")));
const split = opt("--split", "dev2");
const only = opt("--rendering", null);
const docOnly = opt("--doc", null);
const asJson = args.includes("--json");
const FORMAT = { "lo.pdf": "pdf", "chromium.pdf": "pdf", "lo.txt": "text", "chromium.txt": "text", md: "markdown", pdf: "pdf", txt: "text" };

// The normalisation of test/support/score.mjs.
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const STANDARD = new Set(["section", "objective", "accomplishments", "measures"]);

/** Word overlap of two texts (Dice on word sets), to name the nearest objective. */
function overlap(a, b) {
  const A = new Set(norm(a).split(" ")), B = new Set(norm(b).split(" "));
  const both = [...A].filter((w) => B.has(w)).length;
  return (2 * both) / (A.size + B.size || 1);
}

const { extract } = await import(join(ROOT, "dist", "index.js"));
const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
const out = [];
for (const e of manifest.documents.filter((d) => d.split === split && (!docOnly || d.id === docOnly))) {
  const truth = JSON.parse(readFileSync(join(CORPUS, e.truth), "utf8"));
  for (const [key, format] of Object.entries(FORMAT)) {
    if ((only && key !== only) || !e.renderings[key]) continue;
    const res = await extract(join(CORPUS, e.renderings[key]), { format });
    const got = res.objectives ?? [];
    truth.rows.forEach((t, i) => {
      const hit = got.find((r) => norm(r.objective) === norm(t.objective));
      const f = { doc: e.id, rendering: key, row: i, section: t.section, objective: t.objective };
      if (!hit) {
        const near = got.map((r) => [overlap(r.objective, t.objective), r]).sort((a, b) => b[0] - a[0])[0];
        out.push({ ...f, kind: "objective-not-found", nearest: near ? near[1].objective : null, rows: got.length, want: truth.rows.length, status: res.kind });
        return;
      }
      const diffs = [];
      const cmp = (name, want, have) => {
        const w = want.map(norm), h = have.map(norm);
        if (JSON.stringify(w) !== JSON.stringify(h)) diffs.push({ cell: name, want, got: have });
      };
      cmp("accomplishments", t.accomplishments, (hit.accomplishments ?? []).map(text));
      cmp("measures", t.measures, (hit.measures ?? []).map(text));
      for (const [k, v] of Object.entries(t)) if (!STANDARD.has(k)) cmp(`extra.${k}`, v, (hit.extra?.[k] ?? []).map(text));
      if (diffs.length) out.push({ ...f, kind: "cells-differ", diffs });
    });
  }
}
if (asJson) console.log(JSON.stringify(out, null, 1));
else for (const x of out) {
  console.log(`${x.doc} ${x.rendering} row ${x.row} [${x.section}] ${x.kind}: ${x.objective.slice(0, 70)}`);
  if (x.kind === "objective-not-found") console.log(`   nearest: ${x.nearest?.slice(0, 110)} (${x.rows}/${x.want} rows, ${x.status})`);
  else for (const d of x.diffs) console.log(`   ${d.cell}:\n     want ${JSON.stringify(d.want)}\n     got  ${JSON.stringify(d.got)}`);
}
