#!/usr/bin/env node
// The failure classes of test/corpus16/README.md: every failing dev16 row of one rendering, put in the
// first class that applies (see the README), with the row diff under --rows. dev16 only: holdout16 is
// never read row by row.
//   npm run build && node scripts/corpus16/classes.mjs chromium.pdf [--rows]
// CACHE=DIR reads the outputs from DIR/<id>.<rendering>.json when there, and writes them there when not.
import { classesContext, norm, runClasses, text } from "../corpus/classes.mjs";
const ctx = await classesContext(16);
const { key } = ctx;
const CLASSES = {
  1: "reading-order text: no table rebuilt",
  2: "en dash at a line end joined with a space",
  3: "private-use bullet read as `fi`",
  4: "`o` bullet kept as text, items joined",
  5: "`(iii)` not taken as a marker, items joined",
  6: "objective cut into fragments (text, centred or wrapped cells)",
  7: "objective not found (other)",
  8: "target paragraphs of one cell joined",
  9: "words lost, added or moved to another column",
  10: "a wrapped item split in two",
  11: "`≥ 9` read `≥9` (the space after ≥/≤ lost)",
  12: "items of a neighbouring row taken or given (row boundary)",
  13: "a wrapped item's last word moved to the next column",
};
function classOf(t, hit, out, bad, truth) {
  if (!(out.objectives ?? []).length || key === "plain.txt") return 1;
  const all = [t.objective, ...bad.flatMap(([k]) => t[k])];
  const got = hit ? bad.flatMap(([, g]) => (g ?? []).map(text)) : (out.objectives ?? []).map((r) => r.objective);
  if (all.some((x) => /–\S/.test(x)) && got.some((g) => /\S– /.test(g))) return 2;
  if (got.some((g) => /(^|\s)fi\s/.test(g))) return 3;
  if (got.some((g) => /\so\s[A-Z]/.test(g))) return 4;
  if (got.some((g) => /\(iii\)/.test(g))) return 5;
  if (!hit) return key.endsWith("txt") && (out.objectives ?? []).some((r) => norm(t.objective).startsWith(norm(r.objective)) && r.objective.length < t.objective.length) ? 6 : 7;
  if (bad.every(([k, g]) => JSON.stringify((g ?? []).map(text).map(norm)) === JSON.stringify(t[k].map(norm).map((x) => x.replace(/([≥≤]) /g, "$1"))))) return 11;
  // the space after ≥/≤ restored, the rest of the row classed as usual
  bad = bad.map(([k, g]) => [k, (g ?? []).map(text).map((x) => x.replace(/([≥≤])(?=\d)/g, "$1 "))]).filter(([k, g]) => JSON.stringify(g.map(norm)) !== JSON.stringify(t[k].map(norm)));
  if (bad.every(([k, g]) => ["target", "baseline"].includes(k) && norm(g.join(" ")) === norm(t[k].join(" ")))) return 8;
  const gotItems = bad.flatMap(([, g]) => g.map(norm));
  const others = new Set(truth.rows.filter((r) => r !== t).flatMap((r) => [...r.accomplishments, ...r.measures].map(norm)));
  const mine = new Set(bad.flatMap(([k]) => t[k]).map(norm));
  if (gotItems.some((g) => /^[\w%]*\)\.?$/.test(g)) || gotItems.some((g) => /\(target:$/.test(g))) return 13;
  if (gotItems.some((g) => !mine.has(g) && ![...mine].some((w) => w.startsWith(g)) && (others.has(g) || [...others].some((o) => (o.endsWith(g) || o.startsWith(g)) && g.length > 8)))) return 12;
  const words = (xs) => norm(xs.join(" ")).split(" ").sort().join(" ");
  if (bad.some(([k, g]) => words(t[k]) !== words(g))) return 9;
  return 10;
}
await runClasses(ctx, { CLASSES, classOf, nearLen: 30 });
