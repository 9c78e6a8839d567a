/**
 * What the failure-class scripts of corpora 13–17 (scripts/corpus<n>/classes.mjs) share: reading one
 * rendering of the dev split through dist/, the comparison of a row with its truth (text normalised
 * as the scorer does: NFKC, straight quotes, no leading marker, folded space, lower case), and for
 * corpora 16 and 17 the whole run (each failing row put in the first class its `classOf` gives, the
 * counts, and the row diff under `--rows`). The classes themselves, and the order they are tried
 * in, stay in each corpus's script: they follow that corpus's README. The held-out split is never
 * read row by row: only `dev<n>` is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
/** An output item's text (items are strings or `{ text }`). */
export const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
/** The truth row's keys every row has; any other key is an extra column (`hit.extra[key]`). */
export const STD = new Set(["section", "objective", "accomplishments", "measures"]);
/** The extract format of a rendering key. */
export const FORMAT = (k) => (/pdf$/.test(k) ? "pdf" : /txt$/.test(k) ? "text" : "markdown");

/**
 * The run of `node scripts/corpus<n>/classes.mjs <rendering> [--rows]` after `npm run build`: `C` the
 * corpus folder, `m` its manifest, `key` the rendering, `showRows`, `extract` (dist/), and
 * `outputOf(e)`, a document's output: with CACHE=DIR read from DIR/<id>.<rendering>.json when there,
 * and written there when not.
 */
export async function classesContext(n) {
  const ROOT = join(new URL(".", import.meta.url).pathname, "..", ".."), C = join(ROOT, `test/corpus${n}`);
  const { extract } = await import(join(ROOT, "dist/index.js"));
  const m = JSON.parse(readFileSync(join(C, "manifest.json"), "utf8"));
  const key = process.argv[2];
  const showRows = process.argv.includes("--rows");
  async function outputOf(e) {
    const cached = process.env.CACHE && join(process.env.CACHE, `${e.id}.${key}.json`);
    if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8"));
    const out = await extract(join(C, e.renderings[key]), { format: FORMAT(key) });
    if (cached) { mkdirSync(process.env.CACHE, { recursive: true }); writeFileSync(cached, JSON.stringify(out)); }
    return out;
  }
  return { C, m, key, showRows, extract, outputOf, split: `dev${n}` };
}

/**
 * Every failing row of the dev split's documents in rendering `key`, put in class
 * `classOf(t, hit, out, bad, truth)` (`hit` the output row with the truth's objective, `bad` the
 * `[column, got]` pairs that differ); prints the count per class (`CLASSES`: number → words) and,
 * with `--rows`, each row's diff: its row features, with `docFeatures` (a RegExp) the document's
 * features too, and `near` objectives sharing the first `nearLen` characters when it is not found.
 */
export async function runClasses({ C, m, key, showRows, outputOf, split }, { CLASSES, classOf, nearLen = 30, docFeatures = null }) {
  const counts = {}, examples = {};
  let failing = 0;
  for (const e of m.documents.filter((d) => d.split === split && d.renderings[key])) {
    const truth = JSON.parse(readFileSync(join(C, e.truth), "utf8"));
    const out = await outputOf(e);
    truth.rows.forEach((t, i) => {
      const f = truth.structure.rows[i].features;
      const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
      const cols = [["accomplishments", hit?.accomplishments], ["measures", hit?.measures], ...Object.keys(t).filter((k) => !STD.has(k)).map((k) => [k, hit?.extra?.[k]])];
      const bad = cols.filter(([k, g]) => JSON.stringify((g ?? []).map(text).map(norm)) !== JSON.stringify(t[k].map(norm)));
      if (hit && !bad.length) return;
      failing++;
      const c = classOf(t, hit, out, bad, truth);
      counts[c] = (counts[c] ?? 0) + 1;
      (examples[c] ??= new Set()).add(e.id);
      if (!showRows) return;
      const docTags = docFeatures ? ` [${truth.structure.features.filter((x) => docFeatures.test(x)).join(" ")}]` : "";
      console.log(`\n## ${e.id} row ${i} class ${c} [${f.filter((x) => /^(design|marker|acc-marker|order|objective:label|items)/.test(x)).join(" ")}]${docTags}${(e.cutRows?.[key.split(".")[0]] ?? []).includes(i) ? " CUT" : ""}`);
      console.log(`  objective: ${t.objective}`);
      if (!hit) {
        const near = (out.objectives ?? []).filter((r) => { const a = norm(r.objective), b = norm(t.objective); return a.includes(b.slice(0, nearLen)) || b.includes(a.slice(0, nearLen)); }).map((r) => r.objective);
        console.log(`  NOT FOUND; near: ${JSON.stringify(near)}`);
        return;
      }
      for (const [k, g] of bad) console.log(`  ${k}\n    want ${JSON.stringify(t[k])}\n    got  ${JSON.stringify((g ?? []).map(text))}`);
    });
  }
  console.log(`\n${key}: ${failing} failing rows`);
  for (const [c, n] of Object.entries(counts)) console.log(`  ${c}. ${CLASSES[c]}: ${n} (${[...examples[c]].slice(0, 3).join(", ")})`);
}
