#!/usr/bin/env node
/**
 * The second fresh draw (after test/corpus4): documents of all three generators with seeds no
 * corpus used, for finding what the table reader does not generalise without looking at the
 * held-out splits. test/corpus5/fresh5/ holds documents of scripts/corpus/ (HTML through
 * LibreOffice and Chromium), scripts/corpus2/ (Word files through LibreOffice, separate HTML
 * through Chromium) and scripts/corpus3/ (PDFs written directly, as Word/PDFMaker/Distiller write
 * them), the dev wording banks only (never the held-out share of scripts/corpus/banks.mjs; the
 * other two generators have one set of banks). Weighted toward the held-out gaps (Chromium PDFs of
 * the first generator, LibreOffice PDFs of the second's Word files): 22 + 18 + 10 documents.
 * Same renderings, truth and manifest format as those corpora, so `scripts/corpus/score.mjs
 * --corpus test/corpus5` scores it. See test/corpus5/README.md.
 *
 *   node scripts/corpus5/generate.mjs            # everything (needs soffice, chromium, poppler-utils, qpdf, zip)
 *   node scripts/corpus5/generate.mjs --no-pdf   # sources, Markdown and truth only (and the third generator's PDFs)
 *   node scripts/corpus5/generate.mjs --check    # committed HTML, Markdown, truth and the third generator's PDFs = generator output? (exit 1 if not)
 *
 * Importing the generators does not run them (they run only as the main script); their committed
 * corpora are unchanged (`--check` of each).
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
import { drawFresh } from "../corpus3/generate.mjs";
import { execFileSync } from "node:child_process";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus5");
const SPLIT = "fresh5";
const DIR = join(OUT, SPLIT);
const TMP = "/tmp/corpus5-gen";
/** Our own LibreOffice and Chromium profiles: other helpers run the producers at the same time. */
const LO_PROFILE = "file:///tmp/lo-fresh5";
const CHROMIUM_PROFILE = "/tmp/chromium-fresh5";

/**
 * Seeds no corpus used (scripts/corpus: dev 20061 and up, holdout 90417; scripts/corpus2: 24011;
 * scripts/corpus3: 31013; test/corpus4: 61379 and 47143). `shift` moves the second generator's
 * entity rotation (corpus4 used 2); `first` starts the third generator's document indices past
 * its own corpus's 0–35, so year, entity, manager, font and producer differ as well.
 * `DEV_SHARE` is the bank share scripts/corpus/model.mjs draws from: "dev" (any name but
 * "holdout" selects it; "dev" also keeps dev's table sizes).
 */
export const FIRST = { seed: 73331, count: 22, prefix: "g1" };
export const SECOND = { seed: 52289, count: 18, prefix: "g2", shift: 5 };
export const THIRD = { seed: 83773, count: 10, prefix: "g3", first: 100 };
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

/** Documents of the third generator: its plan and PDF writer with a fresh seed and index range. */
async function thirdDocs() {
  const drawn = await drawFresh({ seed: THIRD.seed, first: THIRD.first, count: THIRD.count });
  return drawn.map((d, k) => ({ ...d, id: idOf(THIRD.prefix, k + 1) }));
}

/** The text outputs of every document: file name → content (Buffer for the third generator's PDFs). */
async function textOutputs() {
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
  for (const { id, b, pdf } of await thirdDocs()) {
    out.set(`${id}.pdf`, pdf);
    out.set(`${id}.truth.json`, `${JSON.stringify(b.truth, null, 1)}\n`);
  }
  return out;
}

async function checkCommitted() {
  const same = (f, want) => existsSync(join(DIR, f)) && readFileSync(join(DIR, f)).equals(Buffer.isBuffer(want) ? want : Buffer.from(want));
  const stale = [...(await textOutputs())].filter(([f, want]) => !same(f, want)).map(([f]) => f);
  if (stale.length) { console.error(`out of date with the generator: ${stale.join(", ")}`); process.exit(1); }
  console.log("test/corpus5: HTML, Markdown, truth and direct PDFs match the generator");
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
  for (const [f, text] of await textOutputs()) writeFileSync(join(DIR, f), text);
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
  for (const { id, b } of await thirdDocs()) {
    const pdf = join(DIR, `${id}.pdf`);
    execFileSync("pdftotext", ["-layout", pdf, join(DIR, `${id}.txt`)]);
    entries.push({
      id, split: SPLIT, generator: "scripts/corpus3/generate.mjs", year: b.p.year, entity: b.p.entity.name, ruled: b.p.ruleStyle !== "none", rows: b.truth.rows.length,
      pages: { pdf: b.L.pages.length }, cutRows: { pdf: b.cutRows, txt: b.cutRows }, features: b.features, quirks: b.p.quirks,
      style: { font: b.p.family, size: b.p.bodySize, tableSize: b.p.tableSize, paper: b.p.paper[0] === 612 ? "letter" : "a4", era: b.p.era, textMode: b.p.textMode, order: b.p.order, rules: b.p.ruleStyle, markers: b.markers, producer: b.p.producer.producer },
      renderings: { pdf: `${SPLIT}/${id}.pdf`, txt: `${SPLIT}/${id}.txt` }, truth: `${SPLIT}/${id}.truth.json`,
    });
  }
  const manifest = { generator: "scripts/corpus5/generate.mjs", first: FIRST, second: SECOND, third: THIRD, banks: DEV_SHARE, documents: entries };
  writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`${entries.length} documents, ${entries.reduce((a, e) => a + e.rows, 0)} rows`);
  rmSync(TMP, { recursive: true, force: true });
}

await main();
