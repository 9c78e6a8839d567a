#!/usr/bin/env node
// The failure classes of test/corpus15/README.md: every failing dev15 row of one rendering, put in
// the first class that applies (see the README). dev15 only: holdout15 is never read row by row.
//   npm run build && node scripts/corpus15/classes.mjs docx.pdf [--rows]
// CACHE=DIR reads the outputs from DIR/<id>.<rendering>.json when there, and writes them there when not.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STD, classesContext, norm, text } from "../corpus/classes.mjs";
const { C, m, key, showRows, extract, outputOf } = await classesContext(15);
const counts = {};
/** Truth cells of a row (objective, items, extra columns). */
const cells = (t) => [t.objective, ...t.accomplishments, ...t.measures, ...(t.target ?? [])];
/** The row read exactly from the cairo.pdf output (same page before cairo's PostScript and Ghostscript). */
function cairoExact(t, out) {
  const hit = (out?.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
  const eq = (g, w) => JSON.stringify((g ?? []).map(text).map(norm)) === JSON.stringify((w ?? []).map(norm));
  return !!hit && eq(hit.accomplishments, t.accomplishments) && eq(hit.measures, t.measures) && (!t.target || eq(hit.extra?.target, t.target));
}
const words = (x) => norm(x).split(" ");
/** `a`'s words appear in order in `b`, and `b` has more of them: words were lost. */
const lostWords = (a, b) => { const wa = words(a), wb = words(b); let j = 0; for (const w of wb) if (w === wa[j]) j++; return j === wa.length && wb.length > wa.length; };
/** The class of a failing row: the first that applies, in the README's order. */
function classOf(f, sig, t, hit, out, cut) {
  const got = hit ? [...(hit.accomplishments ?? []), ...(hit.measures ?? []), ...(hit.extra?.target ?? [])].map(text) : [];
  const want = [...t.accomplishments, ...t.measures, ...(t.target ?? [])].map(norm);
  const unglued = (g) => [g.replace(/\s*\d\s*(\.?)$/, "$1"), g.replace(/\s*\d\d\s*(\.?)$/, "$1")].map(norm);
  if (key === "cairops.pdf" && cairoExact(t, out.__cairo) && cells(t).some((x) => /fi|ff|fl|[≥≤]/.test(x))) return 1;
  if ((out.objectives ?? []).some((r) => norm(r.objective) !== norm(t.objective) && norm(r.objective).endsWith(norm(t.objective)) && /^[a-z]\.\d+ /.test(norm(r.objective)))) return 2;
  if (!hit) return 3;
  if (f.includes("row:footnote") && got.some((g) => !want.includes(norm(g)) && unglued(g).some((u) => want.includes(u)))) return 4;
  if (Object.keys(hit.extra ?? {}).some((k) => !(k in t))) return 5;
  if (f.includes("row:nested-bullets") && sig.some((x) => /^meas/.test(x))) return 6;
  if (cut) return 7;
  if (want.some((w) => got.some((_, i) => got.slice(i).some((__, j) => j > 0 && norm(got.slice(i, i + j + 1).join(" ")) === w)))) return 8;
  if (got.some((g) => !want.includes(norm(g)) && want.some((w) => lostWords(g, w)))) return 9;
  if (sig.some((x) => /^(acc|meas|target)</.test(x))) return 10;
  if (sig.some((x) => /^target=/.test(x))) return 11;
  return 12;
}
for (const e of m.documents.filter((d) => d.split === "dev15" && d.renderings[key])) {
  const truth = JSON.parse(readFileSync(join(C, e.truth), "utf8"));
  const out = await outputOf(e);
  if (key === "cairops.pdf") { const cc = process.env.CACHE && join(process.env.CACHE, `${e.id}.cairo.pdf.json`); out.__cairo = cc && existsSync(cc) ? JSON.parse(readFileSync(cc, "utf8")) : await extract(join(C, e.renderings["cairo.pdf"]), { format: "pdf" }); }
  truth.rows.forEach((t, i) => {
    const f = truth.structure.rows[i].features;
    const design = f.find((x) => x.startsWith("design:")).slice(7);
    const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
    const sig = [];
    let detail = "";
    let near = null;
    if (!hit) {
      near = (out.objectives ?? []).find((r) => norm(r.objective).includes(norm(t.objective))) ?? (out.objectives ?? []).find((r) => (norm(r.objective).includes(norm(t.objective).slice(0, 25)) || norm(t.objective).includes(norm(r.objective).slice(0, 25))) && norm(r.objective).length > 10);
      sig.push(near ? "obj-text-differs" : "obj-missing");
      detail = near ? `got objective "${near.objective}"` : "";
    } else {
      const bad = [["acc", hit.accomplishments, t.accomplishments], ["meas", hit.measures, t.measures], ...Object.keys(t).filter((k) => !STD.has(k)).map((k) => [k, hit.extra?.[k] ?? [], t[k]])]
        .filter(([, g, w]) => JSON.stringify((g ?? []).map(text).map(norm)) !== JSON.stringify(w.map(norm)));
      if (!bad.length) return;
      sig.push(...bad.map(([k, g, w]) => `${k}${(g ?? []).length === w.length ? "=" : (g ?? []).length < w.length ? "<" : ">"}`));
      detail = bad.map(([k, g, w]) => `${k}: got ${JSON.stringify((g ?? []).map(text))} want ${JSON.stringify(w)}`).join(" | ");
      if (hit.extra) detail += ` | extra keys ${JSON.stringify(Object.keys(hit.extra))}`;
    }
    const c = classOf(f, sig, t, hit, out, (e.cutRows?.[key.replace(/\.pdf$/, "")] ?? []).includes(i));
    const k = `class ${c}`;
    (counts[k] ??= { n: 0, docs: new Set() }).n++;
    counts[k].docs.add(e.id);
    if (showRows) console.log(`${e.id} ${design} class ${c} [${sig.join(",")}] ${t.objective.slice(0, 50)} :: ${detail.slice(0, 700)}`);
  });
}
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1].n - a[1].n)) console.log(`${String(v.n).padStart(4)}  ${k}  [${[...v.docs].slice(0, 3).join(" ")}]`);
