#!/usr/bin/env node
/**
 * Rows missed **per generator row feature** (session 49, h-c11-49): features.mjs credits a document's
 * features to all its rows; this reads the truth's `structure.rows[i].features` (the table design,
 * `cells-vcenter`, `cells-justified`, the marker kinds …) row by row, with the document's features
 * prefixed `doc:`, and counts which truth rows the rendering misses (a row is missed when no output
 * row with its objective reads it exactly, as miss-kinds.mjs counts). Prints each feature held by
 * ≥ 20 rows, by miss rate, with its misses per split; `ROWS=1` also lists every missed row with its
 * features.
 *
 *   npm run build && node scripts/dev/row-features.mjs test/corpus11 txt dev11,val11g,val11h [ROWS=1]
 *
 * `DIST=/work/main/dist` reads another build. Tuning splits only (never a check draw or held-out split).
 */
import { formatOfKey, norm, rowsExact } from "./row-exact.mjs";
import { loadExtract, splitDocuments } from "./corpus-docs.mjs";
const [corpusArg, rendering, splitArg] = process.argv.slice(2);
const extract = await loadExtract("row-features.mjs");
const feat = {}; let all = 0, miss = 0;
const out2 = [];
for (const split of splitArg.split(",")) {
  for (const { e, truth, file } of splitDocuments(corpusArg, split, rendering)) {
    const out = await extract(file, { format: formatOfKey(rendering) });
    truth.rows.forEach((t, i) => {
      const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
      const ok = hit && rowsExact({ objectives: [hit] }, { rows: [t] }).exact === 1;
      const fs = [...(truth.structure?.rows?.[i]?.features ?? []), ...(truth.structure?.features ?? []).map((f) => "doc:" + f)];
      all++; if (!ok) miss++;
      for (const f of fs) { const x = (feat[f] ??= { n: 0, m: 0, sets: {} }); x.n++; if (!ok) { x.m++; x.sets[split] = (x.sets[split] ?? 0) + 1; } }
      if (!ok) out2.push(`${split} ${e.id} ${i} ${fs.filter(f=>!f.startsWith("doc:")).join(",")}`);
    });
  }
}
console.log(`all ${miss}/${all} = ${(100*miss/all).toFixed(1)}%`);
for (const [f, x] of Object.entries(feat).sort((a, b) => b[1].m / b[1].n - a[1].m / a[1].n)) if (x.n >= 20) console.log(`${(100*x.m/x.n).toFixed(1).padStart(5)}% ${String(x.m).padStart(4)}/${String(x.n).padEnd(5)} ${f.padEnd(34)} ${Object.entries(x.sets).map(([s,n])=>s.slice(5)+":"+n).join(" ")}`);
if (process.env.ROWS) console.log(out2.join("\n"));
