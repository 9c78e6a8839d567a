#!/usr/bin/env node
/**
 * Row diffs of the built pipeline on test/corpus7 dev7 (never holdout7).
 *   npm run build && node scripts/corpus7/failures.mjs [--rendering docx.pdf|html.pdf|txt|md] [--doc d7-001]
 * Prints, per failing truth row, what the reader gave for that objective (or that none matched).
 */
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus7");
const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const FORMAT = { "docx.pdf": "pdf", "html.pdf": "pdf", txt: "text", md: "markdown" };
const keys = opt("--rendering") ? [opt("--rendering")] : Object.keys(FORMAT);
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const { extract } = await import(join(ROOT, "dist", "index.js"));
const manifest = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
for (const e of manifest.documents.filter((d) => d.split === "dev7" && (!opt("--doc") || d.id === opt("--doc")))) {
  const truth = JSON.parse(readFileSync(join(OUT, e.truth), "utf8"));
  for (const key of keys) {
    const out = await extract(join(OUT, e.renderings[key]), { format: FORMAT[key] });
    const lines = [];
    for (const t of truth.rows) {
      const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
      if (!hit) { lines.push(`  MISSING "${t.objective.slice(0, 70)}"`); continue; }
      const cmp = [["accomplishments", hit.accomplishments, t.accomplishments], ["measures", hit.measures, t.measures],
        ...Object.keys(t).filter((k) => !["section", "objective", "accomplishments", "measures"].includes(k)).map((k) => [k, hit.extra?.[k], t[k]])];
      for (const [k, got, want] of cmp) {
        const g = (got ?? []).map(text).map(norm), w = want.map(norm);
        if (JSON.stringify(g) !== JSON.stringify(w)) lines.push(`  ${k} of "${t.objective.slice(0, 50)}"\n    got  ${JSON.stringify(g)}\n    want ${JSON.stringify(w)}`);
      }
    }
    const extra = (out.objectives ?? []).filter((r) => !truth.rows.some((t) => norm(t.objective) === norm(r.objective))).map((r) => `  EXTRA objective "${String(r.objective).slice(0, 90)}"`);
    if (lines.length || extra.length) console.log(`## ${e.id} ${key} (${out.kind})\n${[...lines, ...extra].join("\n")}`);
  }
}
