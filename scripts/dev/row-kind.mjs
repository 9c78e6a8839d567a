/**
 * The kind of a missed truth row against the output row that reads its objective (session 45's
 * miss-kinds.mjs, shared since session 46 with set-rows.mjs): lost, mixed, missing, extra, items, cells.
 * See miss-kinds.mjs' header for what each kind means.
 */
import { norm } from "./row-exact.mjs";

const STANDARD = { objective: "objective", accomplishments: "acc", measures: "meas" };
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const words = (s) => norm(s).split(" ").map((w) => w.replace(/^[("'\u201c]+|[.,;:)"'\u201d]+$/g, "")).filter(Boolean);

/** `{ cell: [word…] }` of a truth row or an output row (extra columns under their own keys). */
function truthCells(t) {
  const cells = { objective: words(t.objective), acc: t.accomplishments.flatMap(words), meas: t.measures.flatMap(words) };
  for (const k of Object.keys(t)) if (!(k in STANDARD) && k !== "section") cells[k] = t[k].flatMap(words);
  return cells;
}
function outCells(r, keys) {
  const cells = { objective: words(r.objective), acc: (r.accomplishments ?? []).map(text).flatMap(words), meas: (r.measures ?? []).map(text).flatMap(words) };
  for (const k of keys) if (!(k in cells)) cells[k] = (r.extra?.[k] ?? []).map(text).flatMap(words);
  return cells;
}
const count = (ws) => ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map());
/** Words of `a` not in `b` (multiset difference). */
function minus(a, b) {
  const left = count(b), out = [];
  for (const w of a) { const n = left.get(w) ?? 0; if (n > 0) left.set(w, n - 1); else out.push(w); }
  return out;
}
/** The output row for a truth row: its objective read exactly, else the most shared objective words. */
export function partner(t, rows) {
  const exact = rows.find((r) => norm(r.objective) === norm(t.objective));
  if (exact) return exact;
  const want = words(t.objective);
  let best, score = 0;
  for (const r of rows) {
    const shared = want.length - minus(want, words(r.objective)).length;
    if (shared > score) { best = r; score = shared; }
  }
  return score * 2 >= want.length ? best : undefined;
}
export function kindOf(t, r) {
  if (!r) return { kind: "lost" };
  const want = truthCells(t), got = outCells(r, Object.keys(want));
  const all = (c) => Object.values(c).flat();
  const missing = minus(all(want), all(got)), extra = minus(all(got), all(want));
  if (missing.length && extra.length) return { kind: "mixed", note: `-${missing.join(" ")} +${extra.join(" ")}` };
  if (missing.length) return { kind: "missing", note: `-${missing.join(" ")}` };
  if (extra.length) return { kind: "extra", note: `+${extra.join(" ")}` };
  const moved = Object.keys(want).map((k) => [k, minus(want[k], got[k] ?? []), minus(got[k] ?? [], want[k])]).filter(([, m, e]) => m.length || e.length);
  if (!moved.length) return { kind: "items" };
  return { kind: "cells", note: moved.map(([k, m, e]) => `${k}: -${m.join(" ")} +${e.join(" ")}`).join("; ") };
}

