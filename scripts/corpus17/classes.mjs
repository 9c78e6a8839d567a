#!/usr/bin/env node
// The failure classes of test/corpus17/README.md: every failing dev17 row of one rendering, put in the
// first class that applies (see the README), with the row diff under --rows. dev17 only: holdout17 is
// never read row by row.
//   npm run build && node scripts/corpus17/classes.mjs ooxml.pdf [--rows]
// CACHE=DIR reads the outputs from DIR/<id>.<rendering>.json when there, and writes them there when not.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const ROOT = join(new URL(".", import.meta.url).pathname, "..", ".."), C = join(ROOT, "test/corpus17");
const { extract } = await import(join(ROOT, "dist/index.js"));
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const STD = new Set(["section", "objective", "accomplishments", "measures"]);
const m = JSON.parse(readFileSync(join(C, "manifest.json"), "utf8"));
const key = process.argv[2];
const showRows = process.argv.includes("--rows");
const FORMAT = (k) => (/pdf$/.test(k) ? "pdf" : /txt$/.test(k) ? "text" : "markdown");
async function outputOf(e) {
  const cached = process.env.CACHE && join(process.env.CACHE, `${e.id}.${key}.json`);
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8"));
  const out = await extract(join(C, e.renderings[key]), { format: FORMAT(key) });
  if (cached) { mkdirSync(process.env.CACHE, { recursive: true }); writeFileSync(cached, JSON.stringify(out)); }
  return out;
}
const CLASSES = {
  1: "reading-order text: no table rebuilt",
  2: "private-use bullet kept in the text (Symbol/Wingdings), items joined",
  3: "objective not found",
  4: "items of a merged (vMerge) sub-row lost or given to the neighbour",
  5: "baseline/target cells wrong",
  6: "items joined (marker not taken)",
  7: "other",
};
function classOf(t, hit, out, bad) {
  if (!(out.objectives ?? []).length || key === "raw.txt") return 1;
  const got = hit ? bad.flatMap(([, g]) => (g ?? []).map(text)) : [];
  if (got.some((g) => /[\uE000-\uF8FF]/.test(g))) return 2;
  if (!hit) return 3;
  if (bad.every(([k]) => k === "baseline" || k === "target")) return 5;
  const n = (xs) => (xs ?? []).length;
  if (bad.some(([k, g]) => n(g) < n(t[k]) && norm((g ?? []).map(text).join(" ")) === norm(t[k].join(" ")))) return 6;
  if (bad.some(([k, g]) => n(g) !== n(t[k]))) return 4;
  return 7;
}
const counts = {}, examples = {};
let failing = 0;
for (const e of m.documents.filter((d) => d.split === "dev17" && d.renderings[key])) {
  const truth = JSON.parse(readFileSync(join(C, e.truth), "utf8"));
  const out = await outputOf(e);
  truth.rows.forEach((t, i) => {
    const f = truth.structure.rows[i].features;
    const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
    const cols = [["accomplishments", hit?.accomplishments], ["measures", hit?.measures], ...Object.keys(t).filter((k) => !STD.has(k)).map((k) => [k, hit?.extra?.[k]])];
    const bad = cols.filter(([k, g]) => JSON.stringify((g ?? []).map(text).map(norm)) !== JSON.stringify(t[k].map(norm)));
    if (hit && !bad.length) return;
    failing++;
    const c = classOf(t, hit, out, bad);
    counts[c] = (counts[c] ?? 0) + 1;
    (examples[c] ??= new Set()).add(e.id);
    if (!showRows) return;
    console.log(`\n## ${e.id} row ${i} class ${c} [${f.filter((x) => /^(design|marker|acc-marker|order|objective:label|items)/.test(x)).join(" ")}] [${truth.structure.features.filter((x) => /^(rules|valign|orientation|shading)/.test(x)).join(" ")}]${(e.cutRows?.[key.split(".")[0]] ?? []).includes(i) ? " CUT" : ""}`);
    console.log(`  objective: ${t.objective}`);
    if (!hit) {
      const near = (out.objectives ?? []).filter((r) => { const a = norm(r.objective), b = norm(t.objective); return a.includes(b.slice(0, 25)) || b.includes(a.slice(0, 25)); }).map((r) => r.objective);
      console.log(`  NOT FOUND; near: ${JSON.stringify(near)}`);
      return;
    }
    for (const [k, g] of bad) console.log(`  ${k}\n    want ${JSON.stringify(t[k])}\n    got  ${JSON.stringify((g ?? []).map(text))}`);
  });
}
console.log(`\n${key}: ${failing} failing rows`);
for (const [c, n] of Object.entries(counts)) console.log(`  ${c}. ${CLASSES[c]}: ${n} (${[...examples[c]].slice(0, 3).join(", ")})`);
