/**
 * A fresh draw from the existing generators (test/corpus4, test/corpus5): documents of
 * scripts/corpus/ (HTML through LibreOffice and Chromium), scripts/corpus2/ (Word files through
 * LibreOffice, separate HTML through Chromium) and, optionally, scripts/corpus3/ (PDFs written
 * directly), with seeds no corpus used and the dev wording banks. Same renderings, truth and
 * manifest format as those corpora, so `scripts/corpus/score.mjs --corpus <out>` scores it.
 * Each corpus's generate.mjs names its seeds, counts and folders and calls `freshCorpus`:
 *
 *   node scripts/corpus<N>/generate.mjs            # everything (needs soffice, chromium, poppler-utils, qpdf, zip)
 *   node scripts/corpus<N>/generate.mjs --no-pdf   # sources, Markdown and truth only (and the third generator's PDFs)
 *   node scripts/corpus<N>/generate.mjs --check    # committed sources, Markdown and truth = generator output? (exit 1 if not)
 *
 * Importing the generators does not run them (they run only as the main script); their committed
 * corpora are unchanged (`--check` of each).
 */
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from "node:fs";
import { join, resolve, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
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

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/**
 * `DEV_SHARE` is the bank share scripts/corpus/model.mjs draws from: "dev" (any name but "holdout"
 * selects it; "dev" also keeps dev's table sizes).
 */
export const DEV_SHARE = "dev";
const idOf = (prefix, n) => `${prefix}-${String(n).padStart(3, "0")}`;

/**
 * Draw, write or check one fresh corpus.
 * @param {object} c
 * @param {string} c.out the corpus folder (test/corpusN); documents go into its `split` folder
 * @param {string} c.split
 * @param {string} c.generator the calling script, as the manifest names it
 * @param {{ seed: number, count: number, prefix: string }} c.first scripts/corpus documents
 * @param {{ seed: number, count: number, prefix: string, shift: number }} c.second scripts/corpus2 documents
 * @param {{ seed: number, count: number, prefix: string, first: number } | undefined} c.third scripts/corpus3 documents, if any
 * @param {string} c.tmp scratch folder; c.loProfile, c.chromiumProfile: the producers' own profiles
 * @param {readonly string[]} c.args the command line (--no-pdf, --check)
 */
export async function freshCorpus({ out, split, generator, first: FIRST, second: SECOND, third: THIRD, tmp: TMP, loProfile, chromiumProfile, args }) {
  const DIR = join(out, split);
  const name = relative(ROOT, out);

  /** Documents of the first generator: its layout planner and model, dev banks, a fresh seed. */
  const firstDocs = () =>
    planLayouts(FIRST.count, FIRST.seed).map((plan, i) => {
      const d = buildDocument(idOf(FIRST.prefix, i + 1), DEV_SHARE, plan, hash(`${split}:${FIRST.seed}:${i}`));
      return { ...d, split };
    });
  const missionsDb = loadMissions(join(ROOT, "data", "un-missions.tsv"));
  /** Documents of the second generator: its planner (years, entities, ruling spread) with a fresh seed. */
  const secondDocs = () =>
    plan2({ seed: SECOND.seed, count: SECOND.count, shift: SECOND.shift, split, id: (n) => idOf(SECOND.prefix, n) }).map((p) => ({ p, doc: makeDocument(p, missionsDb) }));
  /** Documents of the third generator: its plan and PDF writer with a fresh seed and index range. */
  let third;
  const thirdDocs = async () => {
    if (!THIRD) return [];
    third ??= (await drawFresh({ seed: THIRD.seed, first: THIRD.first, count: THIRD.count })).map((d, k) => ({ ...d, id: idOf(THIRD.prefix, k + 1) }));
    return third;
  };

  /** The text outputs of every document: file name → content (Buffer for the third generator's PDFs). */
  async function textOutputs() {
    const files = new Map();
    for (const d of firstDocs()) {
      files.set(`${d.id}.html`, renderHtml1(d));
      files.set(`${d.id}.md`, renderMarkdown1(d));
      files.set(`${d.id}.truth.json`, compactJson(truthOf1(d)));
    }
    for (const { p, doc } of secondDocs()) {
      files.set(`${p.id}.html`, renderHtml2(doc));
      files.set(`${p.id}.md`, renderMarkdown2(doc));
      files.set(`${p.id}.truth.json`, `${JSON.stringify(truthOf2(doc), null, 1)}\n`);
    }
    for (const { id, b, pdf } of await thirdDocs()) {
      files.set(`${id}.pdf`, pdf);
      files.set(`${id}.truth.json`, `${JSON.stringify(b.truth, null, 1)}\n`);
    }
    return files;
  }

  async function checkCommitted() {
    const same = (f, want) => existsSync(join(DIR, f)) && readFileSync(join(DIR, f)).equals(Buffer.isBuffer(want) ? want : Buffer.from(want));
    const stale = [...(await textOutputs())].filter(([f, want]) => !same(f, want)).map(([f]) => f);
    if (stale.length) { console.error(`out of date with the generator: ${stale.join(", ")}`); process.exit(1); }
    console.log(`${name}: ${THIRD ? "HTML, Markdown, truth and direct PDFs" : "HTML, Markdown and truth"} match the generator`);
  }

  const renderings = (id, withDocx) => ({
    ...(withDocx ? { docx: `${split}/${id}.docx` } : {}),
    html: `${split}/${id}.html`, "lo.pdf": `${split}/${id}.lo.pdf`, "chromium.pdf": `${split}/${id}.chromium.pdf`,
    "lo.txt": `${split}/${id}.lo.txt`, "chromium.txt": `${split}/${id}.chromium.txt`, md: `${split}/${id}.md`,
  });

  if (args.includes("--check")) return checkCommitted();
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (const [f, text] of await textOutputs()) writeFileSync(join(DIR, f), text);
  const first = firstDocs();
  const second = secondDocs().map(({ p, doc }) => {
    const base = join(DIR, p.id);
    writeDocx(doc, `${base}.docx`, join(TMP, "docx"));
    return { p, doc, base, truth: truthOf2(doc) };
  });
  if (!args.includes("--no-pdf")) {
    await producePdfs1(first, DIR, { loProfile, tmpRoot: join(TMP, "first") });
    producePdfs2(second, { loProfile, chromiumProfile, tmp: join(TMP, "second") });
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
    entries.push({ id: d.id, split, generator: "scripts/corpus/generate.mjs", year: d.year, entity: d.entity.name, ruled: d.plan.ruled, rows: t.rows.length, pages, cutRows: cut, lateRows: late, features: t.structure.features, renderings: renderings(d.id, false), truth: `${split}/${d.id}.truth.json` });
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
    entries.push({ id: p.id, split, generator: "scripts/corpus2/generate.mjs", year: doc.year, entity: doc.entity.name, ruled: doc.style.ruled, rows: truth.rows.length, pages, cutRows: cut, lateRows: late, features: truth.structure.features, renderings: renderings(p.id, true), truth: `${split}/${p.id}.truth.json` });
  }
  for (const { id, b } of await thirdDocs()) {
    const pdf = join(DIR, `${id}.pdf`);
    execFileSync("pdftotext", ["-layout", pdf, join(DIR, `${id}.txt`)]);
    entries.push({
      id, split, generator: "scripts/corpus3/generate.mjs", year: b.p.year, entity: b.p.entity.name, ruled: b.p.ruleStyle !== "none", rows: b.truth.rows.length,
      pages: { pdf: b.L.pages.length }, cutRows: { pdf: b.cutRows, txt: b.cutRows }, features: b.features, quirks: b.p.quirks,
      style: { font: b.p.family, size: b.p.bodySize, tableSize: b.p.tableSize, paper: b.p.paper[0] === 612 ? "letter" : "a4", era: b.p.era, textMode: b.p.textMode, order: b.p.order, rules: b.p.ruleStyle, markers: b.markers, producer: b.p.producer.producer },
      renderings: { pdf: `${split}/${id}.pdf`, txt: `${split}/${id}.txt` }, truth: `${split}/${id}.truth.json`,
    });
  }
  const manifest = { generator, first: FIRST, second: SECOND, ...(THIRD ? { third: THIRD } : {}), banks: DEV_SHARE, documents: entries };
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`${entries.length} documents, ${entries.reduce((a, e) => a + e.rows, 0)} rows`);
  rmSync(TMP, { recursive: true, force: true });
}
