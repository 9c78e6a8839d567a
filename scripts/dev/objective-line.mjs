#!/usr/bin/env node
/**
 * Session 47 (h-obj47): row-boundaries.mjs' "objective cut / lengthened / joined / mixed" class split
 * into sub-kinds, over the former check sets (set-rows.mjs' SETS, sessions 42–46), layout text only.
 * A missed truth row belongs to the class when an output row shares at least half of its objective's
 * words (row-kind's `partner`) but reads the objective otherwise. Its sub-kind says where the
 * objective's missing words went and where its extra words came from:
 *
 *   e-punct / e-hyphen / e-marker   the same words but for punctuation, a line-end hyphen, or a kept
 *                                   list marker or number
 *   a-cut-own-cells                 its last words read in its own row's other cells (a column split)
 *   a-cut-row-next / a-cut-row-prev its words in the next / previous output row (a boundary)
 *   a-cut-lost                      its words in no output row
 *   b-lengthened-own                it took words of its own row's other cells (a column split)
 *   c-joined-next / c-joined-prev   it took the next / previous truth row's words
 *   b-lengthened-stray              it took words of no truth row (headers, footers)
 *   d-interleaved-own               both: words traded with its own row's other cells
 *   d-mixed                         both, otherwise
 *   x-another-rows-objective        the partner reads another truth row's objective exactly (the row
 *                                   is lost, not cut: shared small words made the partner)
 *
 *   node scripts/dev/objective-line.mjs [--only corpus14,corpus20] [--rows]
 * `DIST=/work/main/dist` reads another build. Tuning splits only (never a check draw or held-out split).
 */
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { norm, rowsExact } from "./row-exact.mjs";
import { partner } from "./row-kind.mjs";
import { SETS, setRenderings } from "./set-rows.mjs";
import { words, minus, text, truthWords, objectiveStarts, columnsAt } from "./row-boundaries.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const only = new Set((args.includes("--only") ? args[args.indexOf("--only") + 1] : "").split(",").filter(Boolean));
const showRows = args.includes("--rows");
const DIST = resolve(process.env.DIST ?? join(ROOT, "dist"));
const { extract } = await import(join(DIST, "index.js"));

const MARKER = /^(\d+(\.\d+)*|[a-z]|[ivxl]+|[•▪●o\-–➢□*])$/i;
const otherWords = (r) => [...(r.accomplishments ?? []).map(text), ...(r.measures ?? []).map(text), ...Object.values(r.extra ?? {}).flat().map(text)].flatMap(words);
const truthOther = (t) => minus(truthWords(t), words(t.objective));
const within = (ws, pool) => ws.length > 0 && minus(ws, pool).length === 0;

/** Where an objective's missing words went: its own row's other cells, another output row, nowhere. */
function cutTo(missing, r, rows) {
  if (within(missing, otherWords(r))) return "a-cut-own-cells";
  const at = rows.indexOf(r);
  const holds = (o) => o && within(missing, [...words(o.objective), ...otherWords(o)]);
  if (holds(rows[at + 1])) return "a-cut-row-next";
  if (holds(rows[at - 1])) return "a-cut-row-prev";
  return "a-cut-lost";
}
/** Where an objective's extra words came from: its own truth row's other cells, a neighbour, no row. */
function lengthenedFrom(extra, truth, i) {
  const t = truth.rows[i];
  if (within(extra, truthOther(t))) return "b-lengthened-own";
  const next = truth.rows[i + 1], prev = truth.rows[i - 1];
  if (next && within(extra, truthWords(next))) return "c-joined-next";
  if (prev && within(extra, truthWords(prev))) return "c-joined-prev";
  const all = truth.rows.flatMap(truthWords);
  return within(extra, all) ? "c-joined-far" : "b-lengthened-stray";
}
function subKind(t, r, rows, truth, i) {
  const want = words(t.objective), got = words(r.objective);
  const extra = minus(got, want), missing = minus(want, got);
  const glued = (ws) => ws.join("").replace(/[-\u00ad]/g, "");
  if (truth.rows.some((o) => o !== t && norm(o.objective) === norm(r.objective))) return { kind: "x-another-rows-objective" };
  if (!extra.length && !missing.length) return { kind: "e-punct" };
  if (glued(want) === glued(got)) return { kind: "e-hyphen" };
  if (!missing.length && extra.every((w) => MARKER.test(w))) return { kind: "e-marker" };
  if (!extra.length) return { kind: cutTo(missing, r, rows), missing };
  if (!missing.length) return { kind: lengthenedFrom(extra, truth, i), extra, tail: got.slice(-extra.length).join(" ") === extra.join(" ") };
  if (within(extra, truthOther(t)) && within(missing, otherWords(r))) return { kind: "d-interleaved-own", extra, missing };
  return { kind: "d-mixed", extra, missing };
}

const tally = {}, perSet = {}, perRendering = {};
const bump = (m, k, sub) => { m[k] ??= {}; m[k][sub] = (m[k][sub] ?? 0) + 1; };
for await (const { set, corpus, d, dir, key, file, truth, out } of setRenderings(extract, only, {}, (corpus, path) => process.stderr.write(`${corpus} ${path}\n`))) {
  const rows = out.objectives ?? [];
  if (rowsExact(out, truth).exact === truth.rows.length) continue;
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const starts = objectiveStarts(lines, truth);
  truth.rows.forEach((t, i) => {
    if (rows.some((r) => norm(r.objective) === norm(t.objective))) return;
    const r = partner(t, rows);
    if (!r) return;
    const k = subKind(t, r, rows, truth, i);
    tally[k.kind] = (tally[k.kind] ?? 0) + 1;
    bump(perSet, k.kind, set);
    bump(perRendering, k.kind, `${corpus.replace("corpus", "c")}/${key}`);
    if (!showRows) return;
    console.log(`${set} ${d.split} ${d.id} ${key} row ${i} ${k.kind} T=${starts[i]}${k.tail === false ? " (not tail)" : ""}`);
    console.log(`    want "${t.objective.slice(0, 110)}"\n    got  "${r.objective.slice(0, 110)}"`);
    if (k.extra) console.log(`    +${k.extra.join(" ").slice(0, 100)}`);
    if (k.missing) console.log(`    -${k.missing.join(" ").slice(0, 100)}`);
    if (starts[i] > 0) console.log(`    L${starts[i]}: ${columnsAt(lines, starts[i])}`);
  });
}
const sets = Object.keys(SETS);
console.log(`\nsub-kind | ${sets.join(" | ")} | all`);
for (const [k, n] of Object.entries(tally).sort((a, b) => b[1] - a[1])) {
  console.log(`${k} | ${sets.map((s) => perSet[k]?.[s] ?? 0).join(" | ")} | ${n}`);
  console.log(`    ${Object.entries(perRendering[k]).sort((a, b) => b[1] - a[1]).map(([r, c]) => `${r} ${c}`).join(", ")}`);
}
