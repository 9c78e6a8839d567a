#!/usr/bin/env node
/**
 * The **kind** of every missed row of one corpus rendering over tuning splits (session 45, h-gap45):
 * each missed truth row is set against the output row that reads its objective (or, when none does,
 * the one whose objective shares most of its words), and all the row's words are compared as
 * multisets, whole row and cell by cell:
 *
 *   items     the same words in the same cells, cut into items otherwise (split or run together)
 *   cells     the same words, some in another cell of the row (a word across a column gap)
 *   missing   words of the truth row absent, none extra
 *   extra     words the truth row lacks, none missing (a neighbour's or a stray line's)
 *   mixed     both missing and extra words
 *   lost      no output row shares half the objective's words
 *
 *   npm run build && node scripts/dev/miss-kinds.mjs test/corpus14 txt val14g,val14h,val14i [--rows]
 *
 * `--rows` prints each miss with its kind and, for `cells`, the words that moved (cell: -wanted +got).
 * `DIST=/work/main/dist` reads another build. Tuning splits only (never a check draw or held-out split).
 */
import { formatOfKey, norm, rowsExact } from "./row-exact.mjs";
import { kindOf, partner } from "./row-kind.mjs";
import { loadExtract, splitDocuments } from "./corpus-docs.mjs";

const [corpusArg, rendering, splitArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!corpusArg || !rendering || !splitArg) {
  console.error("usage: node scripts/dev/miss-kinds.mjs test/corpusN RENDERING split[,split…] [--rows]");
  process.exit(2);
}
const showRows = process.argv.includes("--rows");
const extract = await loadExtract("miss-kinds.mjs");
const kinds = {};
for (const split of splitArg.split(",")) {
  const per = {};
  for (const { e, truth, file } of splitDocuments(corpusArg, split, rendering)) {
    const out = await extract(file, { format: formatOfKey(rendering) });
    if (rowsExact(out, truth).exact === truth.rows.length) continue;
    for (const t of truth.rows) {
      const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
      if (hit && rowsExact({ objectives: [hit] }, { rows: [t] }).exact === 1) continue;
      const { kind, note } = kindOf(t, partner(t, out.objectives ?? []));
      per[kind] = (per[kind] ?? 0) + 1;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (showRows) console.log(`${split} ${e.id} ${kind.padEnd(7)} "${t.objective.slice(0, 60)}"${note ? "  " + note.slice(0, 300) : ""}`);
    }
  }
  console.log(`${split} ${rendering}: ${Object.entries(per).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ") || "no miss"}`);
}
console.log(`all: ${Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
