#!/usr/bin/env node
/**
 * The census of layout-text misses over every former check set (session 51): `miss-kinds.mjs --rows` run
 * on each layout-text rendering over all of set-rows.mjs' SETS at once, its output kept whole, then the
 * counts the session 51 briefs were written from:
 *
 *   kinds     per rendering, misses by kind (items, cells, missing, extra, mixed, lost)
 *   moves     `cells` rows whose only change is words moved from one cell to another, by number of
 *             words (a word read across a one-space column gap: h-gap51)
 *   shifted   `missing` rows whose words (≥ 70 %) are another row's `extra` in the same document (a
 *             sub-row read into the neighbouring row: h-rows51)
 *   tokens    `extra` rows whose only extra words are ≤ 2 tokens of ≤ 8 characters (a marker or a stray
 *             token kept as a word: h-marks51), with the number of sets they appear in
 *
 *   npm run build && node scripts/dev/census.mjs OUT_DIR [--only corpus14,corpus20]
 *
 * Writes OUT_DIR/kinds.txt (every miss, as miss-kinds prints it) and OUT_DIR/census.json, and prints the
 * summary. Tuning splits only: SETS holds former check draws, never this session's or a held-out split.
 * ~10 minutes on a quiet 2-core machine for the eleven renderings and nine sets of session 51.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SETS } from "./set-rows.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The layout-text renderings of the corpora the check sets draw from (reading-order text apart). */
export const LAYOUT_TEXT = [
  ["corpus8", "txt"], ["corpus9", "txt"], ["corpus11", "txt"], ["corpus13", "txt"], ["corpus13", "mu.txt"],
  ["corpus14", "txt"], ["corpus15", "txt"], ["corpus16", "txt"], ["corpus18", "jspdf.txt"],
  ["corpus19", "pdfmake.txt"], ["corpus20", "typst.txt"],
];

/** The split names of SETS that belong to `corpus` ("val14g" → corpus14), with the set each is in. */
export function splitsOf(corpus, sets = SETS) {
  const n = corpus.replace(/^corpus/, "");
  const out = [];
  for (const [set, splits] of Object.entries(sets)) for (const s of splits) if (new RegExp(`^val${n}[a-z]+$`).test(s)) out.push({ split: s, set });
  return out;
}

const ROW = /^(\S+) (\S+)\s+(items|cells|missing|extra|mixed|lost)\s+"(.{0,60})"\s*(.*)$/;

/** One rendering's miss-kinds `--rows` output read into rows { split, doc, kind, objective, detail }. */
export function parseRows(text) {
  const rows = [];
  for (const line of text.split("\n")) {
    const m = ROW.exec(line);
    if (m) rows.push({ split: m[1], doc: m[2], kind: m[3], objective: m[4], detail: m[5] });
  }
  return rows;
}

/** A `cells` row's detail ("acc: -a b +; meas: - +a b") as words taken from and given to cells; null if other words changed too. */
export function movedWords(detail) {
  const lost = [], got = [];
  for (const part of detail.split("; ")) {
    const m = /^\w+: -(.*?) \+(.*)$/.exec(part);
    if (!m) continue;
    lost.push(...m[1].split(" ").filter(Boolean));
    got.push(...m[2].split(" ").filter(Boolean));
  }
  const key = (ws) => [...ws].sort().join(" ");
  return lost.length > 0 && key(lost) === key(got) ? lost : null;
}

/** Missing rows whose words (≥ share) are another row's extra words in the same document. */
export function shiftedPairs(rows, share = 0.7) {
  const words = (r) => new Set(r.detail.replace(/^[-+]/, "").split(" ").filter(Boolean));
  const extras = rows.filter((r) => r.kind === "extra");
  return rows.filter((r) => r.kind === "missing").filter((r) => {
    const w = words(r);
    return extras.some((e) => e.split === r.split && e.doc === r.doc && [...w].filter((x) => words(e).has(x)).length >= share * Math.max(1, w.size));
  });
}

/** Extra rows whose only extra words are ≤ 2 tokens of ≤ 8 characters. */
export function strayTokens(rows) {
  return rows.filter((r) => r.kind === "extra" && /^\+/.test(r.detail) && r.detail.length - 1 <= 8 && r.detail.slice(1).trim().split(" ").length <= 2);
}

function main() {
  const args = process.argv.slice(2);
  const out = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--only");
  if (!out) {
    console.error("usage: node scripts/dev/census.mjs OUT_DIR [--only corpus14,corpus20]");
    process.exit(2);
  }
  const only = new Set((args.includes("--only") ? args[args.indexOf("--only") + 1] : "").split(",").filter(Boolean));
  mkdirSync(out, { recursive: true });
  const census = {};
  let all = "";
  for (const [corpus, rendering] of LAYOUT_TEXT) {
    if (only.size > 0 && !only.has(corpus)) continue;
    const splits = splitsOf(corpus);
    const setOf = Object.fromEntries(splits.map((s) => [s.split, s.set]));
    process.stderr.write(`${corpus} ${rendering}: ${splits.length} splits\n`);
    const text = execFileSync(process.execPath, [join(ROOT, "scripts/dev/miss-kinds.mjs"), join(ROOT, "test", corpus), rendering, splits.map((s) => s.split).join(","), "--rows"], { cwd: ROOT, maxBuffer: 1 << 28, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    all += `=== test/${corpus} ${rendering} ${splits.map((s) => s.split).join(",")}\n${text}`;
    const rows = parseRows(text);
    const kinds = {}, moves = {}, tokenSets = new Set();
    for (const r of rows) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    for (const r of rows.filter((x) => x.kind === "cells")) {
      const w = movedWords(r.detail);
      const k = w === null ? "other" : w.length <= 3 ? String(w.length) : "4+";
      moves[k] = (moves[k] ?? 0) + 1;
    }
    const tokens = strayTokens(rows);
    for (const r of tokens) tokenSets.add(setOf[r.split]);
    census[`${corpus} ${rendering}`] = { kinds, moves, shifted: shiftedPairs(rows).length, tokens: tokens.length, tokenSets: tokenSets.size };
  }
  writeFileSync(join(out, "kinds.txt"), all);
  writeFileSync(join(out, "census.json"), JSON.stringify(census, null, 2) + "\n");
  for (const [key, c] of Object.entries(census)) {
    console.log(`${key.padEnd(22)} kinds ${JSON.stringify(c.kinds)}  moves ${JSON.stringify(c.moves)}  shifted ${c.shifted}  tokens ${c.tokens} (${c.tokenSets} sets)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
