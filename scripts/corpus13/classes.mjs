#!/usr/bin/env node
// The failure classes of test/corpus13/README.md: every failing dev13 row of one rendering, put in
// the first class that applies (see the README). dev13 only: holdout13 is never read row by row.
//   npm run build && node scripts/corpus13/classes.mjs tex.pdf
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FORMAT, STD, classesContext, norm, text } from "../corpus/classes.mjs";
const { C, m, key, extract } = await classesContext(13);
const counts = {};
for (const e of m.documents.filter((d) => d.split === "dev13")) {
  const truth = JSON.parse(readFileSync(join(C, e.truth), "utf8"));
  const out = await extract(join(C, e.renderings[key]), { format: FORMAT(key) });
  truth.rows.forEach((t, i) => {
    const f = truth.structure.rows[i].features;
    const design = f.find((x) => x.startsWith("design:")).slice(7);
    const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
    let cls;
    if (!hit) {
      const near = (out.objectives ?? []).find((r) => norm(r.objective).includes(norm(t.objective).slice(0, 25)) || norm(t.objective).includes(norm(r.objective).slice(0, 25)) && norm(r.objective).length > 10);
      cls = near ? "obj-text-differs" : "obj-missing";
    } else {
      const bad = [["acc", hit.accomplishments, t.accomplishments], ["meas", hit.measures, t.measures], ...Object.keys(t).filter((k) => !STD.has(k)).map((k) => [k, hit.extra?.[k] ?? [], t[k]])]
        .filter(([, g, w]) => JSON.stringify((g ?? []).map(text).map(norm)) !== JSON.stringify(w.map(norm)));
      if (!bad.length) return;
      const got = bad.flatMap(([, g]) => (g ?? []).map(text));
      const sig = [];
      if (got.some((g) => /^\d+\.\d+(\.\d+)?\s/.test(g))) sig.push("ids-kept");
      if (got.some((g) => /\u0088/.test(g) || /^[▷➢o■▪]\s|^\(?[a-z]{1,3}\)\s/.test(g))) sig.push("marker-kept");
      sig.push(...bad.map(([k, g, w]) => `${k}${(g ?? []).length === w.length ? "=" : (g ?? []).length < w.length ? "<" : ">"}`));
      cls = sig.join(",");
    }
    const c = key === "mu.txt" ? 8 : design === "nested2" ? 2 : cls.includes("ids-kept") ? 1 : cls.startsWith("obj-") ? 5 : design === "wide6" ? 3 : design === "shared4" ? 4 : cls.includes("marker-kept") ? 6 : 7;
    const k = `class ${c}`;
    (counts[k] ??= { n: 0, docs: new Set() }).n++;
    counts[k].docs.add(e.id);
  });
}
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1].n - a[1].n)) console.log(`${String(v.n).padStart(4)}  ${k}  [${[...v.docs].slice(0, 3).join(" ")}]`);
