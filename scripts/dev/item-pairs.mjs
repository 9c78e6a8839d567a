#!/usr/bin/env node
/**
 * Every consecutive pair of a cell's lines in an item column (accomplishments, measures, risks) of
 * layout text, as `paragraphBreaks` saw it, labelled from the truth (session 51, h-items51): `between`
 * (the line above ends a truth item of the document and the line opens one), `inside` (the two lines'
 * words run on inside one truth item), else `unknown`. Needs a build with the debug hook of
 * scripts/dev/item-pairs.hook.txt pasted in (`globalThis.__itemsDump`, filled by `dumpPairs`); writes JSON
 * lines. The label is approximate (an item's words matched by their first and last two words), and
 * `broke` is paragraphBreaks' decision, before the marker and sentence splits that follow it.
 *
 *   node scripts/dev/item-pairs.mjs test/corpus13 txt val13g,val13h > pairs.jsonl
 */
import { formatOfKey, norm } from "./row-exact.mjs";
import { loadExtract, splitDocuments } from "./corpus-docs.mjs";

const [corpusArg, rendering, splitArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const extract = await loadExtract("item-pairs.mjs");
const words = (s) => norm(s).replace(/[‐-]\s*$/, "").split(" ").filter(Boolean);
const join2 = (ws) => ws.join(" ");
for (const split of splitArg.split(",")) {
  for (const { e, truth, file } of splitDocuments(corpusArg, split, rendering)) {
    const items = truth.rows.flatMap((t) => [...t.accomplishments, ...t.measures, ...(t.risksAndMitigations ?? [])]).map((s) => norm(s).replace(/^[•\-*o▪–➢]\s+/, ""));
    globalThis.__itemsDump = [];
    await extract(file, { format: formatOfKey(rendering) });
    const seen = new Set();
    for (const d of globalThis.__itemsDump) {
      const key = JSON.stringify([d.p, d.l, d.dy]);
      if (seen.has(key)) continue;
      seen.add(key);
      const pw = words(d.p), lw = words(d.l);
      const tail = join2(pw.slice(-2)), head = join2(lw.slice(0, 2));
      const ends = items.some((it) => it.endsWith(tail)), opens = items.some((it) => it.startsWith(head) || it.replace(/^\S+\s/, "").startsWith(head));
      const inside = items.some((it) => it.includes(tail + " " + head));
      const label = inside && !(ends && opens) ? "inside" : ends && opens && !inside ? "between" : "unknown";
      console.log(JSON.stringify({ split, id: e.id, label, ...d }));
    }
  }
}
delete globalThis.__itemsDump;
