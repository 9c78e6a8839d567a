#!/usr/bin/env node
/**
 * Two set-rows.mjs files (a base build and a new one) row by row, per former check set (session 46,
 * h-fit46): how many of the base's `cells` misses (and other misses) the new build reads exactly, and
 * how many of the base's exact rows it loses.
 *
 *   node scripts/dev/set-rows-diff.mjs BASE.json NEW.json [--rows]
 */
import { readFileSync } from "node:fs";
const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith("--")).map((f) => JSON.parse(readFileSync(f, "utf8")));
const key = (r) => `${r.split}|${r.id}|${r.key}|${r.row}`;
const nb = new Map(b.map((r) => [key(r), r]));
const per = {};
const show = process.argv.includes("--rows");
for (const r of a) {
  const n = nb.get(key(r));
  if (!n) continue;
  const s = (per[r.set] ??= { rows: 0, exactBase: 0, exactNew: 0, cells: 0, cellsFixed: 0, cellsStill: 0, cellsOther: 0, otherFixed: 0, broken: 0, worse: 0 });
  s.rows++;
  if (r.kind === "exact") s.exactBase++;
  if (n.kind === "exact") s.exactNew++;
  if (r.kind === "cells") { s.cells++; if (n.kind === "exact") s.cellsFixed++; else if (n.kind === "cells") s.cellsStill++; else s.cellsOther++; }
  else if (r.kind !== "exact" && n.kind === "exact") s.otherFixed++;
  if (r.kind === "exact" && n.kind !== "exact") s.broken++;
  if (show && r.kind !== n.kind) console.log(`${r.set} ${r.corpus} ${r.split} ${r.id} ${r.key} row ${r.row}: ${r.kind} → ${n.kind}  "${r.obj}"  ${n.note ?? ""}`.slice(0, 260));
}
const tot = {};
for (const [set, s] of Object.entries(per).sort()) {
  console.log(`${set}: rows ${s.rows}, exact ${s.exactBase} → ${s.exactNew}; cells misses ${s.cells}: fixed ${s.cellsFixed}, still cells ${s.cellsStill}, other kind ${s.cellsOther}; other misses fixed ${s.otherFixed}; exact rows broken ${s.broken}`);
  for (const [k, v] of Object.entries(s)) tot[k] = (tot[k] ?? 0) + v;
}
console.log(`all: rows ${tot.rows}, exact ${tot.exactBase} → ${tot.exactNew}; cells misses ${tot.cells}: fixed ${tot.cellsFixed}, still cells ${tot.cellsStill}, other kind ${tot.cellsOther}; other misses fixed ${tot.otherFixed}; exact rows broken ${tot.broken}`);
