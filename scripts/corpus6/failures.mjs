#!/usr/bin/env node
/**
 * What differs between truth and output, row by row, on test/corpus6 (dev6 only: holdout6 is scored
 * by the lead at the end and never inspected here).
 *
 *   npm run build && node scripts/corpus6/failures.mjs [--rendering lo.pdf|docx.pdf|lo.txt|md] [--doc d6-004] [--frame]
 */
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIR = join(ROOT, "test", "corpus6");
const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const only = opt("--doc"), rend = opt("--rendering");
const FORMAT = { "lo.pdf": "pdf", "docx.pdf": "pdf", "lo.txt": "text", md: "markdown" };
const { extract } = await import(join(ROOT, "dist", "index.js"));
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const text = (x) => (typeof x === "string" ? x : x?.text ?? "");
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8"));
for (const d of manifest.documents.filter((x) => x.split === "dev6" && (!only || x.id === only))) {
  const truth = JSON.parse(readFileSync(join(DIR, d.truth), "utf8"));
  for (const [key, path] of Object.entries(d.renderings)) {
    if (rend && key !== rend) continue;
    const out = await extract(join(DIR, path), { format: FORMAT[key] });
    const lines = [];
    if (out.kind !== "compact") lines.push(`  kind ${out.kind}`);
    truth.rows.forEach((t, i) => {
      const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
      if (!hit) { lines.push(`  row ${i} objective not found: "${t.objective}"`); return; }
      const cmp = (name, want, got) => { if (JSON.stringify(want.map(norm)) !== JSON.stringify(got.map(norm))) lines.push(`  row ${i} ${name}: want ${JSON.stringify(want)}\n           got  ${JSON.stringify(got)}`); };
      cmp("accomplishments", t.accomplishments, (hit.accomplishments ?? []).map(text));
      cmp("measures", t.measures, (hit.measures ?? []).map(text));
      for (const k of ["risksAndMitigations", "baseline", "target"]) if (t[k]) cmp(k, t[k], (hit.extra?.[k] ?? []).map(text));
    });
    const want = new Set(truth.rows.map((t) => norm(t.objective)));
    for (const o of out.objectives ?? []) if (!want.has(norm(o.objective))) lines.push(`  unexpected objective: "${o.objective}"`);
    if (lines.length) console.log(`${d.id} ${key} (${d.features.filter((f) => /^(ruled|borderless|landscape)/.test(f)).join(" ")})\n${lines.join("\n")}`);
  }
}
