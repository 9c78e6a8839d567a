#!/usr/bin/env node
/**
 * Fresh documents from the two existing generators, for checking that the table reader
 * generalises without looking at the held-out splits: test/corpus4/fresh4/ holds documents of
 * scripts/corpus/ (HTML through LibreOffice and Chromium) and of scripts/corpus2/ (Word files
 * through LibreOffice, separate HTML through Chromium) drawn with seeds neither corpus used, and
 * the dev wording banks (never the held-out share of scripts/corpus/banks.mjs). Same renderings,
 * truth and manifest format as those corpora, so `scripts/corpus/score.mjs --corpus test/corpus4`
 * scores it. See test/corpus4/README.md.
 *
 *   node scripts/corpus4/generate.mjs            # everything (needs soffice, chromium, poppler-utils, qpdf, zip)
 *   node scripts/corpus4/generate.mjs --no-pdf   # sources, Markdown and truth only
 *   node scripts/corpus4/generate.mjs --check    # committed HTML, Markdown and truth = generator output? (exit 1 if not)
 *
 * Importing the two generators does not run them (they run only as the main script); their
 * committed corpora are unchanged (`--check` of each).
 */
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { planLayouts, buildDocument } from "../corpus/model.mjs";
import { renderHtml as renderHtml1 } from "../corpus/render-html.mjs";
import { renderMarkdown as renderMarkdown1 } from "../corpus/render-md.mjs";
import { truthOf as truthOf1 } from "../corpus/truth.mjs";
import { hash } from "../corpus/prng.mjs";
import { producePdfs as producePdfs1, cutRows, lateRows, compactJson, pageCount } from "../corpus/generate.mjs";
import { plan as plan2, producePdfs as producePdfs2 } from "../corpus2/generate.mjs";
import { makeDocument, loadMissions } from "../corpus2/model.mjs";
import { writeDocx } from "../corpus2/docx.mjs";
import { renderHtml as renderHtml2 } from "../corpus2/html.mjs";
import { renderMarkdown as renderMarkdown2 } from "../corpus2/md.mjs";
import { truthOf as truthOf2 } from "../corpus2/truth.mjs";
import { findCutRows } from "../corpus2/cuts.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus4");
const SPLIT = "fresh4";
const DIR = join(OUT, SPLIT);
const TMP = "/tmp/corpus4-gen";
/** Our own LibreOffice and Chromium profiles: other helpers run the producers at the same time. */
const LO_PROFILE = "file:///tmp/lo-fresh";
const CHROMIUM_PROFILE = "/tmp/chromium-fresh";

/**
 * Seeds neither corpus used (scripts/corpus: dev 20061 and up, holdout 90417; scripts/corpus2:
 * 24011). `DEV_SHARE` is the bank share scripts/corpus/model.mjs draws from: "dev" (any name but
 * "holdout" selects it; "dev" also keeps dev's table sizes).
 */
export const FIRST = { seed: 61379, count: 30, prefix: "f1" };
export const SECOND = { seed: 47143, count: 20, prefix: "f2", shift: 2 };
const DEV_SHARE = "dev";

const args = process.argv.slice(2);
const noPdf = args.includes("--no-pdf");
const check = args.includes("--check");
const idOf = (prefix, n) => `${prefix}-${String(n).padStart(3, "0")}`;

/** Documents of the first generator: its layout planner and model, dev banks, a fresh seed. */
function firstDocs() {
  return planLayouts(FIRST.count, FIRST.seed).map((plan, i) => {
    const d = buildDocument(idOf(FIRST.prefix, i + 1), DEV_SHARE, plan, hash(`${SPLIT}:${FIRST.seed}:${i}`));
    return { ...d, split: SPLIT };
  });
}

const missionsDb = loadMissions(join(ROOT, "data", "un-missions.tsv"));
/** Documents of the second generator: its planner (years, entities, ruling spread) with a fresh seed. */
function secondDocs() {
  return plan2({ seed: SECOND.seed, count: SECOND.count, shift: SECOND.shift, split: SPLIT, id: (n) => idOf(SECOND.prefix, n) }).map((p) => ({ p, doc: makeDocument(p, missionsDb) }));
}

/** The text outputs of every document: file name → content. */
function textOutputs() {
  const out = new Map();
  for (const d of firstDocs()) {
    out.set(`${d.id}.html`, renderHtml1(d));
    out.set(`${d.id}.md`, renderMarkdown1(d));
    out.set(`${d.id}.truth.json`, compactJson(truthOf1(d)));
  }
  for (const { p, doc } of secondDocs()) {
    out.set(`${p.id}.html`, renderHtml2(doc));
    out.set(`${p.id}.md`, renderMarkdown2(doc));
    out.set(`${p.id}.truth.json`, `${JSON.stringify(truthOf2(doc), null, 1)}\n`);
  }
  return out;
}

function checkCommitted() {
  const stale = [...textOutputs()].filter(([f, text]) => !existsSync(join(DIR, f)) || readFileSync(join(DIR, f), "utf8") !== text).map(([f]) => f);
  if (stale.length) { console.error(`out of date with the generator: ${stale.join(", ")}`); process.exit(1); }
  console.log("test/corpus4: HTML, Markdown and truth match the generator");
}

const renderings = (id, withDocx) => ({
  ...(withDocx ? { docx: `${SPLIT}/${id}.docx` } : {}),
  html: `${SPLIT}/${id}.html`, "lo.pdf": `${SPLIT}/${id}.lo.pdf`, "chromium.pdf": `${SPLIT}/${id}.chromium.pdf`,
  "lo.txt": `${SPLIT}/${id}.lo.txt`, "chromium.txt": `${SPLIT}/${id}.chromium.txt`, md: `${SPLIT}/${id}.md`,
});

async function main() {
  if (check) return checkCommitted();
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (const [f, text] of textOutputs()) writeFileSync(join(DIR, f), text);
  const first = firstDocs();
  const second = secondDocs().map(({ p, doc }) => {
    const base = join(DIR, p.id);
    writeDocx(doc, `${base}.docx`, join(TMP, "docx"));
    return { p, doc, base, truth: truthOf2(doc) };
  });
  if (!noPdf) {
    await producePdfs1(first, DIR, { loProfile: LO_PROFILE, tmpRoot: join(TMP, "first") });
    producePdfs2(second, { loProfile: LO_PROFILE, chromiumProfile: CHROMIUM_PROFILE, tmp: join(TMP, "second") });
  }
  const entries = [];
  for (const d of first) {
    const t = truthOf1(d);
    const pages = {}, cut = {}, late = {};
    for (const prod of ["lo", "chromium"]) {
      const f = join(DIR, `${d.id}.${prod}.pdf`);
      if (!existsSync(f)) continue;
      pages[prod] = pageCount(f); cut[prod] = cutRows(f, t); late[prod] = lateRows(f, t, cut[prod]);
    }
    entries.push({ id: d.id, split: SPLIT, generator: "scripts/corpus/generate.mjs", year: d.year, entity: d.entity.name, ruled: d.plan.ruled, rows: t.rows.length, pages, cutRows: cut, lateRows: late, features: t.structure.features, renderings: renderings(d.id, false), truth: `${SPLIT}/${d.id}.truth.json` });
  }
  for (const { p, doc, base, truth } of second) {
    const pages = {}, cut = {}, late = {};
    for (const prod of ["lo", "chromium"]) {
      const f = `${base}.${prod}.pdf`;
      if (!existsSync(f)) continue;
      pages[prod] = pageCount(f);
      const c = findCutRows(f, truth);
      cut[prod] = c.cut; late[prod] = c.late;
    }
    entries.push({ id: p.id, split: SPLIT, generator: "scripts/corpus2/generate.mjs", year: doc.year, entity: doc.entity.name, ruled: doc.style.ruled, rows: truth.rows.length, pages, cutRows: cut, lateRows: late, features: truth.structure.features, renderings: renderings(p.id, true), truth: `${SPLIT}/${p.id}.truth.json` });
  }
  const manifest = { generator: "scripts/corpus4/generate.mjs", first: FIRST, second: SECOND, banks: DEV_SHARE, documents: entries };
  writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`${entries.length} documents, ${entries.reduce((a, e) => a + e.rows, 0)} rows`);
  rmSync(TMP, { recursive: true, force: true });
}

await main();
