#!/usr/bin/env node
/**
 * Session 49 (h-wm49): what each refused watermark band would read if `restackBand` re-stacked it on
 * the common top anyway. For every band of a stamped layout-text document that `startsInsideRow` or
 * `endsWithLastBlock` refuses, the document is read again with that one band's refusal lifted, and its
 * rows exact compared: RIGHT (more rows), WRONG (fewer), same. A refusal whose bands lift RIGHT as often
 * as WRONG is doing its job; a cue that splits them is a rule. `oneColumn` refusals are listed but not
 * lifted (a line crossing the next block makes the blocks themselves wrong, so there is no common top to
 * try).
 *
 *   npm run build && node scripts/dev/band-lift.mjs test/corpus19 val19h,val19i,… [--key pdfmake.txt]
 *
 * DIST=<another checkout>/dist reads that build (copied to .band-lift-dist beside dist, instrumented:
 * each refusal records its band, and a band named in globalThis.__lift skips both refusals).
 * Tuned splits only: never pass a held-out split or a session's check draws.
 */
import { cpSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rowsExact } from "./row-exact.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const [corpus, splitArg] = args.filter((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--key");
const key = args.includes("--key") ? args[args.indexOf("--key") + 1] : "pdfmake.txt";
if (!corpus || !splitArg || splitArg.split(",").some((s) => s.startsWith("holdout"))) {
  console.error("usage: band-lift.mjs test/corpusN split,split… [--key pdfmake.txt] (no held-out splits)");
  process.exit(2);
}

const LIFT = 'globalThis.__lift !== band.page + ":" + band.first';
/** dist copied with `restackBand`'s refusals recorded in globalThis.__refused and liftable per band. */
function instrumentedDist() {
  const to = join(ROOT, ".band-lift-dist");
  rmSync(to, { recursive: true, force: true });
  cpSync(resolve(process.env.DIST ?? join(ROOT, "dist")), to, { recursive: true });
  const file = join(to, "extract", "text-watermark.js");
  const js = readFileSync(file, "utf8");
  const at = js.indexOf("function restackBand(lines, band) {");
  if (at < 0) throw new Error("restackBand not found in dist/extract/text-watermark.js");
  const record = (why) => `(globalThis.__refused ??= []).push({ band, why: ${JSON.stringify(why)} })`;
  const body = js.slice(at).replace(/if \(([^\n]*(startsInsideRow|endsWithLastBlock)[^\n]*)\)\s*\n?\s*return null;/g, (_, cond, why) => `if (${LIFT} && ${cond}) { ${record(why)}; return null; }`)
    .replace(/if \(([^\n]*oneColumn[^\n]*)\)\s*\n?\s*return null;/, (_, cond) => `if (${cond}) { ${record("oneColumn")}; return null; }`);
  writeFileSync(file, js.slice(0, at) + body);
  return to;
}

const DIST = instrumentedDist();
const { extract } = await import(join(DIST, "index.js"));
const exact = async (file, truth, lift) => {
  globalThis.__lift = lift;
  globalThis.__refused = [];
  const out = await extract(file, { format: "text" });
  return { exact: rowsExact(out, truth).exact, refused: globalThis.__refused };
};

const tally = {};
for (const split of splitArg.split(",")) {
  const own = join(resolve(corpus, split), "manifest.json");
  const dir = existsSync(own) ? resolve(corpus, split) : resolve(corpus);
  const man = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  for (const e of man.documents.filter((d) => d.split === split && d.renderings?.[key])) {
    const truth = JSON.parse(readFileSync(join(dir, e.truth), "utf8"));
    const file = join(dir, e.renderings[key]);
    const base = await exact(file, truth, undefined);
    for (const { band, why } of base.refused) {
      let res = "not lifted";
      let after = base.exact;
      if (why !== "oneColumn") {
        after = (await exact(file, truth, `${band.page}:${band.first}`)).exact;
        res = after > base.exact ? "RIGHT" : after < base.exact ? "WRONG" : "same";
      }
      const t = (tally[`${why}\t${res}`] ??= {});
      t[split] = (t[split] ?? 0) + 1;
      console.log(split, e.id, `p${band.page}`, `L${band.first}-${band.last}`, `cols=${band.columns}`, why, base.exact, "->", after, res);
    }
  }
}
const splits = splitArg.split(",");
console.log(["refusal\tlifted", ...splits, "all"].join("\t"));
for (const k of Object.keys(tally).sort()) console.log([k, ...splits.map((s) => tally[k][s] ?? 0), splits.reduce((n, s) => n + (tally[k][s] ?? 0), 0)].join("\t"));
