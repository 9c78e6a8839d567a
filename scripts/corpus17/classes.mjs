#!/usr/bin/env node
// The failure classes of test/corpus17/README.md: every failing dev17 row of one rendering, put in the
// first class that applies (see the README), with the row diff under --rows. dev17 only: holdout17 is
// never read row by row.
//   npm run build && node scripts/corpus17/classes.mjs ooxml.pdf [--rows]
// CACHE=DIR reads the outputs from DIR/<id>.<rendering>.json when there, and writes them there when not.
import { classesContext, norm, runClasses, text } from "../corpus/classes.mjs";
const ctx = await classesContext(17);
const { key } = ctx;
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
await runClasses(ctx, { CLASSES, classOf, nearLen: 25, docFeatures: /^(rules|valign|orientation|shading)/ });
