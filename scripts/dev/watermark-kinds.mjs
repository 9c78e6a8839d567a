#!/usr/bin/env node
/**
 * Session 48 (h-wm48): every missed row of a stamped document's layout text (a corpus19 `pdfmake.txt`
 * or any rendering whose document carries a `watermark:*` feature) put in one kind, per split — where
 * the stamp's band went and why:
 *   band:restacked[+top][+list]   the row's lines lie in a scrambled band that `restackBand` re-stacked
 *                                 (+top: `tableTopInBand` moved its first line; +list: `cellsAtListRestarts`)
 *   band:<refusal>                the band was left as pdftotext printed it; the refusal is the condition
 *                                 that returned null in `restackBand` (oneColumn, startsInsideRow,
 *                                 endsWithLastBlock, a line of two segments …)
 *   no band, in stamp range       the row lies between the page's first and last stamp piece, no staircase seen
 *   no band, outside stamp range  the row lies outside every page's stamp: a miss the stamp did not cause
 *   words not in text             the objective's first words, or 20 % of the row's figures, are not in the text
 *                                 (pdfmake's unbalanced `Q`; "unstamped, words not in text" likewise; session 53)
 *   stamp not read                stamped document, no TEXT_WATERMARK_REMOVED
 *   unstamped                     the document has no watermark feature
 * A row is placed at its objective's first line in the text (first five, else three, words) and spans to
 * the next row's objective; a band touching that span (±3 lines) claims it.
 *
 *   npm run build && node scripts/dev/watermark-kinds.mjs test/corpus19 val19h,val19i,… [--key pdfmake.txt] [--rows]
 *
 * DIST=<another checkout>/dist reads that build. The refusals are read from an instrumented copy of dist (.watermark-kinds-dist beside dist: it reads ../data; rebuilt
 * on each run): each `return null` of the compiled `restackBand` records its band and condition first.
 * Tuned splits only: never pass a held-out split or a session's check draws.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { norm, rowsExact } from "./row-exact.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const [corpus, splitArg] = args.filter((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--key");
const key = args.includes("--key") ? args[args.indexOf("--key") + 1] : "pdfmake.txt";
const showRows = args.includes("--rows");
if (!corpus || !splitArg || splitArg.split(",").some((s) => s.startsWith("holdout"))) {
  console.error("usage: watermark-kinds.mjs test/corpusN split,split… [--key pdfmake.txt] [--rows] (no held-out splits)");
  process.exit(2);
}

/** dist copied with `restackBand`'s refusals and re-stacks recorded in globalThis.__wm. */
function instrumentedDist() {
  const to = join(ROOT, ".watermark-kinds-dist");
  rmSync(to, { recursive: true, force: true });
  cpSync(resolve(process.env.DIST ?? join(ROOT, "dist")), to, { recursive: true });
  const file = join(to, "extract", "text-watermark.js");
  const js = readFileSync(file, "utf8");
  const at = js.indexOf("function restackBand(lines, band) {");
  if (at < 0) throw new Error("restackBand not found in dist/extract/text-watermark.js");
  const body = js.slice(at).replace(/if \(([^\n]*)\)\s*\n?\s*return null;/g, (_, cond) => `if (${cond}) { (globalThis.__wm ??= []).push({ band, why: ${JSON.stringify(refusal(cond))} }); return null; }`)
    .replace(/(\belse\s*\n?\s*)return null;/g, `$1{ (globalThis.__wm ??= []).push({ band, why: "line left of the last block" }); return null; }`)
    .replace("const rows = new Map();", "(globalThis.__wm ??= []).push({ band, why: 'restacked' + (from !== start ? '+top' : '') + (listRows ? '+list' : '') });\n    const rows = new Map();");
  writeFileSync(file, js.slice(0, at) + body);
  return to;
}

/** A refusal's name: the function its condition calls, else the condition. */
function refusal(cond) {
  // Session 53: endsWithLastBlock's refusal is now the inner condition `spanning … || !continuedBelow(…)`.
  if (/continuedBelow/.test(cond)) return "endsWithLastBlock";
  return cond.match(/oneColumn|startsInsideRow|endsWithLastBlock/)?.[0] ?? cond.replace(/\s+/g, " ").slice(0, 40);
}

/**
 * Session 53 (h-wm53): the share of a truth row's figures (tokens with a digit: "1,478", "82", "65%") found
 * anywhere in the text. Under `FIGURES_FOUND`, or the objective's first words not found, the row's words are
 * not in the text (pdfmake's unbalanced `Q`: poppler stops drawing the page) and no reading can mend it.
 */
const FIGURES_FOUND = 0.8;
const FIGURES = /\d[\d.,%]*/g;
function figuresFound(row, text) {
  const want = JSON.stringify(row).match(FIGURES) ?? [];
  const have = new Set(text.match(FIGURES) ?? []);
  return want.length ? want.filter((x) => have.has(x)).length / want.length : 1;
}

const DIST = instrumentedDist();
const { extract } = await import(join(DIST, "index.js"));
const { textToLayout } = await import(join(DIST, "extract", "text.js"));
const { watermarkLines } = await import(join(DIST, "extract", "text-watermark.js"));

const splits = splitArg.split(",");
const tally = {};
for (const split of splits) {
  const dir = resolve(corpus, split);
  const man = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const t = (tally[split] = {});
  for (const e of man.documents.filter((d) => d.split === split && d.renderings?.[key])) {
    const stamped = (e.features ?? []).some((f) => f.startsWith("watermark"));
    globalThis.__wm = [];
    const truth = JSON.parse(readFileSync(join(dir, e.truth), "utf8"));
    const text = readFileSync(join(dir, e.renderings[key]), "utf8");
    const out = await extract(join(dir, e.renderings[key]), { format: "text" });
    const bands = new Map(globalThis.__wm.map((w) => [`${w.band.page}:${w.band.first}`, w]));
    const flat = text.split("\n").map(norm);
    const ranges = watermarkLines(textToLayout(text)).map((m) => {
      const all = [...m.lines, ...(m.glued ?? []).map((g) => g.line)];
      return [Math.min(...all), Math.max(...all)];
    });
    const locate = (objective) => {
      for (const n of [5, 3]) {
        const words = norm(objective).split(" ").slice(0, n).join(" ");
        const i = flat.findIndex((l) => l.includes(words));
        if (i >= 0) return i + 1;
      }
      return -1;
    };
    const at = truth.rows.map((r) => locate(r.objective));
    const marked = (out.warnings ?? []).some((w) => w.code === "TEXT_WATERMARK_REMOVED");
    truth.rows.forEach((r, k) => {
      if (rowsExact(out, { ...truth, rows: [r] }).exact === 1) return;
      const from = at[k];
      const to = at.slice(k + 1).find((x) => x > from) ?? from + 12;
      let kind;
      if (from < 0 || figuresFound(r, text) < FIGURES_FOUND) kind = stamped ? "words not in text" : "unstamped, words not in text";
      else if (!stamped) kind = "unstamped";
      else if (!marked) kind = "stamp not read";
      else {
        const hit = [...bands.values()].filter((w) => w.band.first <= to + 3 && w.band.last >= from - 3);
        kind = hit.length ? `band:${[...new Set(hit.map((w) => w.why))].join("&")}` : ranges.some(([a, b]) => a <= to && b >= from) ? "no band, in stamp range" : "no band, outside stamp range";
      }
      t[kind] = (t[kind] ?? 0) + 1;
      if (showRows) console.log(split, e.id, kind, `L${from}`, r.objective.slice(0, 60));
    });
  }
}
const kinds = [...new Set(Object.values(tally).flatMap((t) => Object.keys(t)))].sort();
console.log(["kind", ...splits, "all"].join("\t"));
for (const k of kinds) console.log([k, ...splits.map((s) => tally[s][k] ?? 0), splits.reduce((n, s) => n + (tally[s][k] ?? 0), 0)].join("\t"));
