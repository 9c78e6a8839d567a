#!/usr/bin/env node
/**
 * Session 46 (h-rows46): where a missed row's **boundary** was put, against where the truth says it
 * is, for layout text. For each missed truth row whose objective is lost or whose words moved to or
 * from a neighbour (miss-kinds' lost / extra / missing / mixed), the truth row's first line T is found
 * in the text (its objective's first words, in document order), and set against the output row that
 * covers T (provenance lines): `inside` (T inside a row opened earlier: the boundary was missed),
 * `opened` (a row opens at T: the miss is elsewhere — its end, or the next row), `outside` (no row
 * covers T), `absent` (the objective's first words are not in the text at all). For `inside`, each
 * column's segment on T and on the line above is printed with its shape (C capital, l lower, m marker,
 * d digit; the line above's end: . full stop, ; : ) close, w open word, - hyphen).
 *
 *   node scripts/dev/row-boundaries.mjs test/corpusN RENDERING split[,split…] [--rows]
 * `DIST=/work/main/dist` reads another build. Tuning splits only.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { formatOfKey, norm, rowsExact } from "./row-exact.mjs";
import { loadExtract, splitDocuments } from "./corpus-docs.mjs";

export const words = (s) => norm(s).split(" ").map((w) => w.replace(/^[("'\u201c]+|[.,;:)"'\u201d]+$/g, "")).filter(Boolean);

/** Segments of a layout line: runs split at two spaces or more, with their columns. */
export function segments(line) {
  const out = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ x0: m.index, x1: m.index + m[0].length, text: m[0] });
  return out;
}
const openShape = (s) => /^[•\-*\u2022\u25aa\u2013\u25cb\u25e6o]\s/.test(s) || /^(\d+|[a-z]|[ivx]+)[.)]\s/i.test(s) ? "m" : /^\d/.test(s) ? "d" : /^\p{Lu}/u.test(s) ? "C" : /^\p{Ll}/u.test(s) ? "l" : "p";
const endShape = (s) => /-$/.test(s) ? "-" : /\.$/.test(s) ? "." : /[;:)]$/.test(s) ? ";" : "w";

/** Each truth row's objective line in the text (1-based; -1 when not found), in document order. */
export function objectiveStarts(lines, truth) {
  let from = 0;
  return truth.rows.map((t) => {
    let T = findStart(lines, t.objective, from);
    if (T < 0) T = findStart(lines, t.objective, 0);
    if (T > 0) from = T;
    return T;
  });
}

/** First file line (1-based) at or after `from` holding the objective's first words in a row. */
export function findStart(lines, objective, from) {
  const want = words(objective).slice(0, 3);
  if (!want.length) return -1;
  for (let i = from; i < lines.length; i++) {
    for (const seg of segments(lines[i])) {
      const got = words(seg.text);
      for (let o = 0; o <= Math.min(3, got.length - want.length); o++) if (want.every((w, k) => got[k + o] === w)) return i + 1;
    }
  }
  return -1;
}
export function columnsAt(lines, T) {
  const here = segments(lines[T - 1] ?? "");
  let a = T - 2, blanks = 0;
  while (a >= 0 && !lines[a].trim()) { a--; blanks++; }
  const above = a >= 0 ? segments(lines[a]) : [];
  return here.map((s) => {
    const up = above.find((u) => u.x0 < s.x1 && s.x0 < u.x1);
    return `${s.x0}:${openShape(s.text)}${up ? endShape(up.text) : "_"}"${s.text.slice(0, 24)}"`;
  }).join(" | ") + ` (blank ${blanks})`;
}

/** Multiset difference a − b. */
export function minus(a, b) {
  const left = new Map();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  const out = [];
  for (const w of a) { const n = left.get(w) ?? 0; if (n > 0) left.set(w, n - 1); else out.push(w); }
  return out;
}
export const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
export const rowWords = (r) => [r.objective, ...(r.accomplishments ?? []).map(text), ...(r.measures ?? []).map(text), ...Object.values(r.extra ?? {}).flat().map(text)].flatMap(words);
export const truthWords = (t) => [t.objective, ...t.accomplishments, ...t.measures, ...Object.entries(t).filter(([k]) => !["section", "objective", "accomplishments", "measures"].includes(k)).flatMap(([, v]) => v)].flatMap(words);
/** First file line holding two consecutive words of `ws` (a moved run), or -1. */
export function lineOf(lines, ws, lo, hi) {
  for (let k = 0; k + 1 < ws.length; k++) {
    for (let i = Math.max(0, lo); i < Math.min(lines.length, hi); i++) {
      const got = lines[i].toLowerCase().split(/\s+/).map((w) => w.replace(/^[("'\u201c•]+|[.,;:)"'\u201d]+$/g, ""));
      for (let j = 0; j + 1 < got.length; j++) if (got[j] === ws[k] && got[j + 1] === ws[k + 1]) return i + 1;
    }
  }
  return -1;
}
/** Truth row index whose words hold most of `ws` (a moved run), or -1. */
export function sourceRow(truth, ws, self) {
  let best = -1, score = 0;
  truth.rows.forEach((t, j) => {
    if (j === self) return;
    const n = ws.length - minus(ws, truthWords(t)).length;
    if (n > score || (n === score && best >= 0 && Math.abs(j - self) < Math.abs(best - self))) { best = j; score = n; }
  });
  return score * 2 >= ws.length ? best : -1;
}
/**
 * Why truth row `i` was missed, by where its boundary lies: `starts[j]` is truth row j's objective
 * line. Words moved between neighbours are located in the text (line L) against the boundary.
 */
function classify(lines, rows, truth, i, hit, starts) {
  const t = truth.rows[i], T = starts[i];
  const all = new Set(lines.join(" ").toLowerCase().split(/\s+/).map((w) => w.replace(/^[("'\u201c•]+|[.,;:)"'\u201d-]+$/g, "")));
  const tw = truthWords(t);
  const inText = tw.filter((w) => all.has(w.replace(/-$/, ""))).length / tw.length;
  if (inText < 0.8) return { kind: "text-lacks-words" };
  if (T < 0) return { kind: "objective-not-found" };
  if (!hit) {
    const want = words(t.objective);
    let best, score = 0;
    for (const r of rows) { const n = want.length - minus(want, words(r.objective)).length; if (n > score) { best = r; score = n; } }
    if (!best || score * 2 < want.length) return { kind: "objective-not-read", line: T };
    const ow = words(best.objective);
    if (minus(ow, want).length && !minus(want, ow).length) {
      const src = sourceRow(truth, minus(ow, want), i);
      return { kind: src === i - 1 ? "objective-joined-row-above" : src === i + 1 ? "objective-joined-row-below" : "objective-lengthened", line: src === i + 1 ? starts[i + 1] : T, note: best.objective.slice(0, 70) };
    }
    if (!minus(ow, want).length) return { kind: "objective-cut", line: T, note: best.objective.slice(0, 70) };
    return { kind: "objective-mixed", line: T, note: best.objective.slice(0, 70) };
  }
  const got = rowWords(hit);
  const extra = minus(got, tw), missing = minus(tw, got);
  if (!extra.length && !missing.length) return { kind: "same-words" };
  const moved = extra.length ? extra : missing;
  const src = extra.length ? sourceRow(truth, extra, i) : -2;
  const lo = Math.max(0, (starts[i - 1] ?? T) - 1), hi = starts.slice(i + 2).find((x) => x > 0) ?? lines.length;
  let L = lineOf(lines, moved, Math.min(lo, T - 1), hi);
  if (L < 0) L = lineOf(lines, moved, 0, lines.length);
  const sign = extra.length ? "+" : "-";
  if (extra.length) {
    if (src === i + 1) return { kind: L >= 0 && L < starts[i + 1] ? "took-next-rows-words-above-its-objective" : "took-next-rows-words-at-or-below-its-objective", line: L, note: sign + moved.join(" ").slice(0, 60) };
    if (src === i - 1) return { kind: L >= 0 && L >= T ? "took-previous-rows-words-below-own-objective" : "took-previous-rows-words-above-own-objective", line: L, note: sign + moved.join(" ").slice(0, 60) };
    return { kind: src < 0 ? "extra-words-from-no-row" : "extra-words-from-far-row", line: L, note: sign + moved.join(" ").slice(0, 60) };
  }
  const where = L < 0 ? "unlocated" : L < T ? "above-objective" : i + 1 < starts.length && starts[i + 1] > 0 && L >= starts[i + 1] ? "below-next-objective" : "between";
  return { kind: `lost-own-words-${where}`, line: L, note: sign + moved.join(" ").slice(0, 60) };
}

async function main() {
const [corpusArg, rendering, splitArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const showRows = process.argv.includes("--rows");
const extract = await loadExtract("row-boundaries.mjs");
const tally = {};
for (const split of splitArg.split(",")) {
  for (const { e, truth, file } of splitDocuments(corpusArg, split, rendering)) {
    const out = await extract(file, { format: formatOfKey(rendering) });
    if (rowsExact(out, truth).exact === truth.rows.length) continue;
    const lines = readFileSync(file, "utf8").split("\n");
    const rows = out.objectives ?? [];
    const starts = objectiveStarts(lines, truth);
    for (const [i, t] of truth.rows.entries()) {
      const T = starts[i];
      const hit = rows.find((r) => norm(r.objective) === norm(t.objective));
      if (hit && rowsExact({ objectives: [hit] }, { rows: [t] }).exact === 1) continue;
      const cause = classify(lines, rows, truth, i, hit, starts);
      tally[cause.kind] = (tally[cause.kind] ?? 0) + 1;
      if (showRows) {
        console.log(`${split} ${e.id} ${cause.kind.padEnd(22)} T=${T} "${t.objective.slice(0, 50)}"`);
        if (cause.line > 0) console.log(`    L${cause.line}: ${columnsAt(lines, cause.line)}   [${cause.note ?? ""}]`);
      }
    }
  }
}
console.log(`${corpusArg} ${rendering}: ${Object.entries(tally).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
}
// Run as a script; imported (objective-line.mjs), it only lends its parsing.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
