#!/usr/bin/env node
/**
 * Scores the UN-document reader (the built dist/) on the real documents of
 * test/fixtures/undoc-real: every <name>.expected.json next to its input holds the hand-checked
 * fields. Prints per-field accuracy, kind hits and paragraph-count hits; exits 1 below the bar.
 *
 *   npm run build && node scripts/undoc-score.mjs [fixtures-dir] [--json]
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_DIR = join(ROOT, "test", "fixtures", "undoc-real");
/** Masthead and title fields scored per document (the list). */
export const FIELDS = ["symbol", "date", "distribution", "originalLanguage", "session", "agendaItems", "title", "subtitle"];
/** Extra fields scored when the expected file names them. */
export const EXTRA_FIELDS = ["documentType"];
/** Counts compared exactly when the expected file names them. */
export const COUNTS = ["paragraphs", "preambularParagraphs", "operativeParagraphs", "sponsors"];
/** The bar of issue 13: at least this share of masthead fields right. */
export const MIN_FIELD_ACCURACY = 0.95;

/** Texts compare without regard to runs of whitespace; nothing else is forgiven. */
const norm = (v) => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : v);
const same = (a, b) => JSON.stringify(a, (_k, v) => norm(v)) === JSON.stringify(b, (_k, v) => norm(v));

function findExpected(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findExpected(path));
    else if (entry.name.endsWith(".expected.json")) out.push(path);
  }
  return out.sort();
}

/** Run the reader over every fixture and compare. */
export async function scoreFixtures(dir = DEFAULT_DIR) {
  const { extract } = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);
  const docs = [];
  for (const expectedPath of findExpected(dir)) {
    const expected = JSON.parse(readFileSync(expectedPath, "utf8"));
    const input = join(dirname(expectedPath), expected.file);
    if (!existsSync(input)) throw new Error(`${relative(ROOT, expectedPath)} names a missing input ${expected.file}`);
    const out = await extract(input);
    const doc = { name: relative(dir, input), expectedKind: expected.kind, kind: out.kind, fields: [], counts: [] };
    if (expected.kind === "un-document" && out.kind === "un-document") {
      for (const f of [...FIELDS, ...EXTRA_FIELDS]) {
        if (!(f in expected)) continue;
        doc.fields.push({ field: f, ok: same(out[f] ?? null, expected[f]), got: out[f] ?? null, want: expected[f] });
      }
      for (const c of COUNTS) {
        if (!(c in expected)) continue;
        const got = Array.isArray(out[c]) ? out[c].length : 0;
        doc.counts.push({ count: c, ok: got === expected[c], got, want: expected[c] });
      }
    } else if (expected.kind === "un-document") {
      for (const f of [...FIELDS, ...EXTRA_FIELDS]) if (f in expected) doc.fields.push({ field: f, ok: false, got: `(kind ${out.kind})`, want: expected[f] });
    }
    docs.push(doc);
  }
  const fields = docs.flatMap((d) => d.fields.filter((f) => FIELDS.includes(f.field)));
  const perField = Object.fromEntries(FIELDS.map((f) => {
    const of = fields.filter((x) => x.field === f);
    return [f, { right: of.filter((x) => x.ok).length, total: of.length }];
  }));
  const paragraphCounts = docs.flatMap((d) => d.counts.filter((c) => c.count === "paragraphs"));
  return {
    docs,
    kinds: { right: docs.filter((d) => d.kind === d.expectedKind).length, total: docs.length },
    fields: { right: fields.filter((f) => f.ok).length, total: fields.length },
    perField,
    paragraphCounts: { right: paragraphCounts.filter((c) => c.ok).length, total: paragraphCounts.length },
    allCounts: { right: docs.flatMap((d) => d.counts).filter((c) => c.ok).length, total: docs.flatMap((d) => d.counts).length },
  };
}

function pct(x) {
  return x.total === 0 ? "n/a" : `${x.right}/${x.total} (${((100 * x.right) / x.total).toFixed(1)}%)`;
}

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--")) ?? DEFAULT_DIR;
  const r = await scoreFixtures(dir);
  if (args.includes("--json")) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    for (const d of r.docs) {
      const misses = [...d.fields.filter((f) => !f.ok).map((f) => `${f.field}: got ${JSON.stringify(f.got)}, want ${JSON.stringify(f.want)}`),
        ...d.counts.filter((c) => !c.ok).map((c) => `${c.count}: got ${c.got}, want ${c.want}`)];
      const kind = d.kind === d.expectedKind ? d.kind : `${d.kind} (want ${d.expectedKind})`;
      console.log(`${misses.length === 0 && d.kind === d.expectedKind ? "ok  " : "MISS"} ${d.name} [${kind}]`);
      for (const m of misses) console.log(`       ${m}`);
    }
    console.log("");
    for (const [f, v] of Object.entries(r.perField)) console.log(`  ${f.padEnd(17)} ${pct(v)}`);
    console.log(`kinds ${pct(r.kinds)}; fields ${pct(r.fields)}; paragraph counts ${pct(r.paragraphCounts)}; all counts ${pct(r.allCounts)}`);
  }
  const pass = r.kinds.right === r.kinds.total && r.fields.total > 0 && r.fields.right / r.fields.total >= MIN_FIELD_ACCURACY;
  process.exitCode = pass ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
