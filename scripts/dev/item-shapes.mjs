#!/usr/bin/env node
/**
 * The **shape** of every `items` miss (session 51, h-items51): a row whose cells hold the right words
 * but part them into items otherwise. Each cell's truth and read items are set word by word; a truth
 * break the reader did not make is a **join**, a break the truth lacks a **split**. Each break is then
 * found in the rendering's layout text (the line holding the first words after the break, the nearest
 * line above holding the last words before it) and described: the column, how many grid lines apart
 * the two lines are, whether a line of another column stands between, whether the text before the
 * words after the break is a marker, whether the item above ends with a full stop, whether it is one
 * line, and whether the cell's items are one line each.
 *
 *   npm run build && node scripts/dev/item-shapes.mjs test/corpus13 txt val13g,val13h [--rows]
 *
 * `DIST=/work/main/dist` reads another build. Tuning splits only (never a check draw or held-out split).
 */
import { readFileSync } from "node:fs";
import { formatOfKey, norm, rowsExact } from "./row-exact.mjs";
import { kindOf, partner } from "./row-kind.mjs";
import { loadExtract, splitDocuments } from "./corpus-docs.mjs";

const [corpusArg, rendering, splitArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const showRows = process.argv.includes("--rows");
const extract = await loadExtract("item-shapes.mjs");
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const COLS = { acc: "accomplishments", meas: "measures" };
const rawWords = (s) => String(s).replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").split(/\s+/).filter(Boolean);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A regex for a run of words, any spacing between them (layout text pads justified lines). */
const runRe = (ws) => new RegExp(ws.map(esc).join("\\s+"));
const MARKER = /(?:^|\s)([•\u2022\u25aa\u2013\-*o]|\(?[a-z]{1,3}[.)]|\(?\d+(?:\.\d+)*[.)]?|[ivx]+[.)])\s*$/;

/** Word boundaries (cumulative word counts) of a list of items. */
function bounds(items) {
  const b = new Set(); let n = 0;
  for (const it of items) { n += rawWords(it).length; b.add(n); }
  b.delete(n);
  return b;
}

function locate(lines, before, after) {
  const head = after.slice(0, Math.min(3, after.length));
  const tail = before.slice(Math.max(0, before.length - 2));
  const hr = runRe(head), tr = runRe(tail);
  const hits = [];
  for (let i = 0; i < lines.length; i++) {
    const m = hr.exec(lines[i]);
    if (!m) continue;
    let j = i;
    for (; j >= Math.max(0, i - 8); j--) {
      const mt = tr.exec(j === i ? lines[j].slice(0, m.index) : lines[j]);
      if (mt) break;
    }
    if (j < Math.max(0, i - 8)) continue;
    hits.push({ below: i, above: j, col: m.index, pre: lines[i].slice(Math.max(0, m.index - 8), m.index) });
  }
  return hits[0];
}

function describe(lines, kind, column, items, idx, wordsAll, k) {
  const before = wordsAll.slice(0, k), after = wordsAll.slice(k);
  const loc = locate(lines, before, after);
  const aboveItem = (() => { let n = 0; for (const it of items) { const w = rawWords(it).length; if (n + w >= k) return it; n += w; } return ""; })();
  const d = { kind, column, stop: /[.;]$/.test(before[before.length - 1] ?? ""), capital: /^[A-Z]/.test(after[0] ?? "") };
  if (!loc) return { ...d, found: false };
  const gap = loc.below - loc.above;
  let between = 0, blank = 0;
  for (let i = loc.above + 1; i < loc.below; i++) {
    if (!lines[i].trim()) blank++;
    else if (lines[i].slice(loc.col, loc.col + 4).trim() === "") between++;
  }
  const marker = MARKER.test(loc.pre) && (loc.pre.trim().length > 0);
  const sameLine = gap === 0;
  return { ...d, found: true, gap, between, blank, marker, sameLine, line: loc.below + 1, pre: loc.pre };
}

const out = [];
for (const split of splitArg.split(",")) {
  for (const { e, truth, file } of splitDocuments(corpusArg, split, rendering)) {
    const res = await extract(file, { format: formatOfKey(rendering) });
    if (rowsExact(res, truth).exact === truth.rows.length) continue;
    const lines = readFileSync(file, "utf8").split("\n");
    for (const t of truth.rows) {
      const hit = partner(t, res.objectives ?? []);
      if (!hit || rowsExact({ objectives: [hit] }, { rows: [t] }).exact === 1) continue;
      if (kindOf(t, hit).kind !== "items") continue;
      const cols = [["acc", hit.accomplishments, t.accomplishments], ["meas", hit.measures, t.measures],
        ...Object.keys(t).filter((c) => !["section", "objective", "accomplishments", "measures"].includes(c)).map((c) => [c, hit.extra?.[c] ?? [], t[c]])];
      for (const [c, got0, want] of cols) {
        const got = (got0 ?? []).map(text);
        if (JSON.stringify(got.map(norm)) === JSON.stringify(want.map(norm))) continue;
        const ww = want.flatMap(rawWords), gw = got.flatMap(rawWords);
        if (ww.map(norm).join(" ") !== gw.map(norm).join(" ")) { out.push({ split, id: e.id, kind: "order", column: c }); continue; }
        const wb = bounds(want), gb = bounds(got);
        const oneLineEach = want.every((it) => lines.some((l) => runRe(rawWords(it)).test(l)));
        for (const k of wb) if (!gb.has(k)) out.push({ split, id: e.id, oneLineEach, ...describe(lines, "join", c, want, 0, ww, k), at: ww.slice(Math.max(0, k - 3), k + 3).join(" ") });
        for (const k of gb) if (!wb.has(k)) out.push({ split, id: e.id, oneLineEach, ...describe(lines, "split", c, want, 0, ww, k), at: ww.slice(Math.max(0, k - 3), k + 3).join(" ") });
      }
    }
  }
}
for (const r of out) {
  if (showRows) console.log(JSON.stringify(r));
}
const shape = (r) => r.kind === "order" ? "order" : `${r.kind} ${COLS[r.column] ?? r.column} ${!r.found ? "notfound" : r.sameLine ? "sameline" : `gap${Math.min(r.gap, 3)}${r.between ? "+other" : ""}${r.blank ? "+blank" : ""}`}${r.marker ? " marker" : ""}${r.stop ? " stop" : ""}${r.oneLineEach ? " 1line" : ""}`;
const tally = {};
for (const r of out) { const s = shape(r); tally[s] ??= {}; tally[s][r.split] = (tally[s][r.split] ?? 0) + 1; }
for (const [s, per] of Object.entries(tally).sort((a, b) => Object.values(b[1]).reduce((x, y) => x + y) - Object.values(a[1]).reduce((x, y) => x + y)))
  console.log(`${rendering}\t${s}\t${Object.values(per).reduce((x, y) => x + y)}\t${Object.entries(per).map(([k, v]) => `${k}:${v}`).join(" ")}`);
