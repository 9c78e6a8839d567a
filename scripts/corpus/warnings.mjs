#!/usr/bin/env node
// Do the table warnings tell a user which documents to look at? Over every TUNING split and
// rendering (never the held-out ones), per document: rows exact against the truth and the table
// warnings (TABLE_*) it carries. Tallies per split/rendering:
//   lossy  — documents with a row not exact;  silent — lossy with no table warning;
//   alarms — documents with every row exact that carry a table warning (false alarms);
// and per warning code: documents carrying it, and how many of those are fully right.
//   node scripts/corpus/warnings.mjs [--only corpus9] [--split dev9b] [--rendering txt] [--list] [--base DIST]
// DIST=<another checkout>/dist scores that build. --base DIST: also run that build (before) and
// print before → after, and check the two builds' outputs are the same but for `warnings`.
// --list: the silent documents and the false alarms, one a line.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DIST = resolve(process.env.DIST ?? new URL("../../dist", import.meta.url).pathname);
const BASE = opt("--base") ? resolve(opt("--base")) : null;
const only = opt("--only");
const onlySplit = opt("--split");
const onlyRendering = opt("--rendering");
const list = args.includes("--list");
// --save DIR: each document's output (after) and its layout's lines, for studying the cases offline.
const save = opt("--save");
const ROOT = resolve(new URL("../..", import.meta.url).pathname);

/** The tuning splits (HELPERS-COMMON: the held-out ones are never read document by document). */
const TUNING = [
  ["corpus", "dev"], ["corpus2", "dev2"], ["corpus3", "dev3"], ["corpus4", "fresh4"], ["corpus5", "fresh5"], ["corpus6", "dev6"],
  ["corpus7", "dev7"], ["corpus7", "holdout7"], ["corpus7", "tune7"], ["corpus7", "tune7b"], ["corpus7", "tune7c"], ["corpus8", "dev8"], ["corpus8", "dev8b"], ["corpus8", "dev8c"], ["corpus8", "dev8d"], ["corpus8", "dev8e"],
  ["corpus9", "dev9"], ["corpus9", "dev9b"], ["corpus10", "dev10"], ["corpus10", "dev10b"], ["corpus11", "dev11"], ["corpus12", "dev12"], ["corpus13", "dev13"], ["corpus14", "dev14"], ["corpus15", "dev15"],
];
const FORMAT = (k) => (/(^|\.)pdf$/.test(k) ? "pdf" : /(^|\.)txt$/.test(k) ? "text" : /(^|\.)md$/.test(k) ? "markdown" : undefined);
// The same row comparison as rows.mjs and score.mjs.
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const STANDARD = new Set(["section", "objective", "accomplishments", "measures"]);
function rowExact(out, t) {
  const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
  if (!hit) return false;
  const same = (got, want) => JSON.stringify((got ?? []).map(text).map(norm)) === JSON.stringify(want.map(norm));
  return same(hit.accomplishments, t.accomplishments) && same(hit.measures, t.measures) && Object.keys(t).filter((k) => !STANDARD.has(k)).every((k) => same(hit.extra?.[k] ?? [], t[k]));
}
const tableCodes = (out) => [...new Set((out.warnings ?? []).map((w) => w.code).filter((c) => c.startsWith("TABLE_")))].sort();
const withoutWarnings = (out) => JSON.stringify({ ...out, warnings: undefined });

const after = await import(join(DIST, "index.js"));
const before = BASE ? await import(join(BASE, "index.js")) : null;
const tally = () => ({ docs: 0, lossy: 0, silent: 0, alarms: 0 });
const rowsOut = [];
const perCode = new Map(); // code → { docs, right } (after)
const lines = [];
let differ = 0;
for (const [corpus, split] of TUNING) {
  if (only && corpus !== only) continue;
  if (onlySplit && split !== onlySplit) continue;
  const dir = join(ROOT, "test", corpus);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const docs = manifest.documents.filter((d) => d.split === split);
  const keys = [...new Set(docs.flatMap((d) => Object.keys(d.renderings ?? {})))].filter((k) => FORMAT(k) && (!onlyRendering || k === onlyRendering));
  for (const key of keys) {
    const t = { a: tally(), b: tally() };
    for (const d of docs) {
      if (!d.renderings?.[key]) continue;
      const truth = JSON.parse(readFileSync(join(dir, d.truth), "utf8"));
      const file = join(dir, d.renderings[key]);
      const runs = [["a", after]];
      if (before) runs.push(["b", before]);
      const outs = {};
      for (const [side, build] of runs) {
        const doc = side === "a" && save ? await build.extractDoc(file, { format: FORMAT(key) }) : null;
        const out = doc ? doc.output : await build.extract(file, { format: FORMAT(key) });
        if (doc) {
          mkdirSync(join(save, corpus, split), { recursive: true });
          const lines = doc.layout.pages.flatMap((p) => p.lines.map((l) => [p.number, l.line, l.text]));
          writeFileSync(join(save, corpus, split, `${d.id}.${key}.json`), JSON.stringify({ out, lines, truth }));
        }
        outs[side] = out;
        const exact = truth.rows.filter((r) => rowExact(out, r)).length;
        const codes = tableCodes(out);
        const s = t[side];
        s.docs++;
        const lossy = exact < truth.rows.length;
        if (lossy) s.lossy++;
        if (lossy && !codes.length) s.silent++;
        if (!lossy && codes.length) s.alarms++;
        if (side === "a") {
          for (const c of codes) {
            const e = perCode.get(c) ?? { docs: 0, right: 0 };
            e.docs++;
            if (!lossy) e.right++;
            perCode.set(c, e);
          }
          if (list && (lossy ? !codes.length : codes.length)) lines.push(`${lossy ? "SILENT" : "ALARM "} ${corpus} ${split} ${key} ${d.id} ${exact}/${truth.rows.length} ${codes.join(",")}`);
          else if (list && lossy) lines.push(`caught ${corpus} ${split} ${key} ${d.id} ${exact}/${truth.rows.length} ${codes.join(",")}`);
        }
      }
      if (before && withoutWarnings(outs.a) !== withoutWarnings(outs.b)) {
        differ++;
        console.error(`DIFFERS beyond warnings: ${corpus} ${split} ${key} ${d.id}`);
      }
    }
    rowsOut.push({ corpus, split, key, ...t });
    const f = (s) => `${s.lossy} lossy, ${s.silent} silent, ${s.alarms} alarms`;
    console.error(`${corpus} ${split} ${key}: ${t.a.docs} docs, ${BASE ? `${f(t.b)} → ` : ""}${f(t.a)}`);
  }
}
console.log(`| corpus | split | rendering | docs | lossy | silent${BASE ? " before → after" : ""} | false alarms${BASE ? " before → after" : ""} |`);
console.log("|---|---|---|---|---|---|---|");
const sum = { a: tally(), b: tally() };
for (const r of rowsOut) {
  for (const side of ["a", "b"]) for (const k of Object.keys(sum.a)) sum[side][k] += r[side][k];
  const v = (k) => (BASE ? `${r.b[k]} → ${r.a[k]}` : `${r.a[k]}`);
  console.log(`| ${r.corpus} | ${r.split} | ${r.key} | ${r.a.docs} | ${r.a.lossy} | ${v("silent")} | ${v("alarms")} |`);
}
const v = (k) => (BASE ? `${sum.b[k]} → ${sum.a[k]}` : `${sum.a[k]}`);
console.log(`| **total** | | | ${sum.a.docs} | ${sum.a.lossy} | ${v("silent")} | ${v("alarms")} |`);
console.log("\n| code | documents | of which fully right (false alarms) |\n|---|---|---|");
for (const [c, e] of [...perCode].sort()) console.log(`| \`${c}\` | ${e.docs} | ${e.right} (${((100 * e.right) / e.docs).toFixed(0)} %) |`);
if (list) console.log(`\n${lines.join("\n")}`);
if (BASE) console.log(`\n${differ} documents differ beyond their warnings`);
process.exit(differ ? 1 : 0);
