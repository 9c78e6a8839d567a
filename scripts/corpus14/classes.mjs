#!/usr/bin/env node
// The failure classes of test/corpus14/README.md: every failing dev14 row of one rendering, put in
// the first class that applies (see the README). dev14 only: holdout14 is never read row by row.
//   npm run build && node scripts/corpus14/classes.mjs xlsx.pdf [--rows]
// CACHE=DIR reads the outputs from DIR/<id>.<rendering>.json (e.g. a copy of score.mjs's outputs).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FORMAT, STD, classesContext, norm, text } from "../corpus/classes.mjs";
const { C, m, key, showRows, extract } = await classesContext(14);
const counts = {};
/** The class of a failing row: the first that applies, in the README's order. */
function classOf(e, out, design, sig, detail) {
  if ((out.warnings ?? []).some((w) => w.code === "TEXT_LAYER_GARBLED")) return 1;
  if (key === "md" && e.style.mdStyle === "list") return 2;
  if (design === "numcol4" && /got objective "\(?\d+[.)]? /.test(detail)) return 3;
  if (sig.some((s) => /^risksAndMitigations/.test(s))) return 4;
  if (sig.some((s) => /^(unit|baseline|target)/.test(s))) return 5;
  if (sig.includes("obj-missing") || sig.includes("obj-text-differs")) return 6;
  return 7;
}
for (const e of m.documents.filter((d) => d.split === "dev14" && d.renderings[key])) {
  const truth = JSON.parse(readFileSync(join(C, e.truth), "utf8"));
  const cached = process.env.CACHE && join(process.env.CACHE, `${e.id}.${key}.json`);
  const out = cached && existsSync(cached) ? JSON.parse(readFileSync(cached, "utf8")) : await extract(join(C, e.renderings[key]), { format: FORMAT(key) });
  truth.rows.forEach((t, i) => {
    const f = truth.structure.rows[i].features;
    const design = f.find((x) => x.startsWith("design:")).slice(7);
    const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
    const sig = [];
    let detail = "";
    if (!hit) {
      const near = (out.objectives ?? []).find((r) => norm(r.objective).includes(norm(t.objective))) ?? (out.objectives ?? []).find((r) => (norm(r.objective).includes(norm(t.objective).slice(0, 25)) || norm(t.objective).includes(norm(r.objective).slice(0, 25))) && norm(r.objective).length > 10);
      sig.push(near ? "obj-text-differs" : "obj-missing");
      detail = near ? `got objective "${near.objective}"` : "";
    } else {
      const bad = [["acc", hit.accomplishments, t.accomplishments], ["meas", hit.measures, t.measures], ...Object.keys(t).filter((k) => !STD.has(k)).map((k) => [k, hit.extra?.[k] ?? [], t[k]])]
        .filter(([, g, w]) => JSON.stringify((g ?? []).map(text).map(norm)) !== JSON.stringify(w.map(norm)));
      if (!bad.length) return;
      const got = bad.flatMap(([, g]) => (g ?? []).map(text));
      if (got.some((g) => /^([▪●➢□o·]|\(?[a-z]{1,3}\)|\d+\.)\s/.test(g))) sig.push("marker-kept");
      sig.push(...bad.map(([k, g, w]) => `${k}${(g ?? []).length === w.length ? "=" : (g ?? []).length < w.length ? "<" : ">"}`));
      detail = bad.map(([k, g, w]) => `${k}: got ${JSON.stringify((g ?? []).map(text))} want ${JSON.stringify(w)}`).join(" | ");
      if (hit.extra) detail += ` | extra keys ${JSON.stringify(Object.keys(hit.extra))}`;
    }
    const c = classOf(e, out, design, sig, detail);
    const k = `class ${c}`;
    (counts[k] ??= { n: 0, docs: new Set() }).n++;
    counts[k].docs.add(e.id);
    if (showRows) console.log(`${e.id} ${design} class ${c} [${sig.join(",")}] ${t.objective.slice(0, 50)} :: ${detail.slice(0, 600)}`);
  });
}
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1].n - a[1].n)) console.log(`${String(v.n).padStart(4)}  ${k}  [${[...v.docs].slice(0, 3).join(" ")}]`);
