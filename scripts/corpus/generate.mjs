#!/usr/bin/env node
/**
 * Regenerates the development corpus of synthetic Senior Manager's Compacts under test/corpus/:
 * data (seeded) → HTML → PDF by LibreOffice and by Chromium → `pdftotext -layout` text, plus
 * Markdown and truth from the same data, and test/corpus/manifest.json.
 *
 *   node scripts/corpus/generate.mjs [--only dev|holdout] [--limit N] [--no-pdf]
 *   node scripts/corpus/generate.mjs --check     (compare with the committed files; no producers)
 *
 * Needs LibreOffice (soffice), Chromium, poppler-utils (pdftotext) and qpdf on PATH. Tests never
 * need them: every output is committed. HTML, Markdown and truth are byte-identical for the same
 * seeds; PDFs carry producer timestamps.
 */
import { execFileSync, execFile } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync, rmSync, existsSync, readdirSync, renameSync, statSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { planLayouts, buildDocument, DIMENSIONS, MARKERS } from "./model.mjs";
import { catalogue, coverageGaps, docFeatures, MIN_DOCS } from "./common.mjs";
import { renderHtml } from "./render-html.mjs";
import { renderMarkdown } from "./render-md.mjs";
import { truthOf } from "./truth.mjs";
import { hash } from "./prng.mjs";
import { refuseUnknownFlags } from "./args.mjs";

refuseUnknownFlags(import.meta.url, ["--only", "--limit", "--no-pdf", "--check"]);

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus");
const TMP = join("/tmp", `corpus-gen-${process.pid}`);
const LO_PROFILE = "file:///tmp/lo-corpus-gen";
/** True when this file is run, false when scripts/fresh/draw.mjs (test/corpus4, test/corpus5) imports its helpers. */
const IS_MAIN = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

/** The two parts: a different seed each, a different bank share each (banks.mjs). */
export const SPLITS = {
  dev: { count: 40, seed: 20061, prefix: "dev" },
  holdout: { count: 12, seed: 90417, prefix: "ho" },
};

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const only = opt("--only");
const limit = opt("--limit") ? Number(opt("--limit")) : Infinity;
const noPdf = args.includes("--no-pdf");
const checkOnly = args.includes("--check");

/**
 * The documents of a split. For dev, the first seed from the base whose documents cover the whole
 * feature catalogue (MIN_DOCS per feature and ruling) is used, so coverage never depends on luck.
 */
const MAX_SEED_TRIES = 200;
function buildSplit(split) {
  const { count, seed, prefix } = SPLITS[split];
  const cat = catalogue(DIMENSIONS, MARKERS);
  for (let s = seed; s < seed + MAX_SEED_TRIES; s++) {
    const plans = planLayouts(count, s);
    const docs = plans.map((plan, i) => buildDocument(`${prefix}-${String(i + 1).padStart(3, "0")}`, split, plan, hash(`${split}:${s}:${i}`)));
    if (split !== "dev" || coverageGaps(docs.map(docFeatures), cat).length === 0) {
      SPLITS[split].usedSeed = s;
      return docs;
    }
  }
  throw new Error(`no seed in [${seed}, ${seed + MAX_SEED_TRIES}) covers the feature catalogue`);
}

/**
 * Rows cut by a page break in one PDF: a row is cut when no single page of `pdftotext -raw` holds
 * all of its cells whole. Text is compared on letters
 * and digits only, so wrapping, hyphenation, ligatures and markers do not matter.
 */
const squash = (s) => s.normalize("NFKC").toLowerCase().replace(/[^a-z0-9]/g, "");
export function cutRows(pdf, truth) {
  const pages = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 26 }).split("\f").map(squash);
  const cut = [];
  truth.rows.forEach((row, i) => {
    const cells = [row.objective, ...row.accomplishments, ...row.measures].map(squash).filter((c) => c.length > 12);
    // Uncut when one page holds every cell whole (a cell's text may recur elsewhere in the document).
    if (!pages.some((pg) => cells.every((c) => pg.includes(c)))) cut.push(i);
  });
  return cut;
}

/** LibreOffice ignores page headers/footers in HTML: add them to its Flat ODT before the PDF export. */
function patchFodt(xml, doc) {
  const p = doc.plan;
  if (!p["running-header"] && !p["page-footer"]) return xml;
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  let x = xml.replace("</office:automatic-styles>",
    `<style:style style:name="CorpusHead" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="${doc.font}" fo:font-size="7pt"/></style:style>` +
    `<style:style style:name="CorpusFoot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="${doc.font}" fo:font-size="7pt"/></style:style></office:automatic-styles>`);
  if (p["running-header"]) x = x.replace(/<style:header-style\/>/g, '<style:header-style><style:header-footer-properties fo:min-height="0.1in" fo:margin-bottom="0.12in"/></style:header-style>');
  if (p["page-footer"]) x = x.replace(/<style:footer-style\/>/g, '<style:footer-style><style:header-footer-properties fo:min-height="0.1in" fo:margin-top="0.12in"/></style:footer-style>');
  const head = p["running-header"] ? `<style:header><text:p text:style-name="CorpusHead">${esc(doc.runningHeader)}</text:p></style:header>` : "";
  const foot = p["page-footer"] ? `<style:footer><text:p text:style-name="CorpusFoot">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>` : "";
  return x.replace(/<style:master-page ([^>]*?)\/>/g, `<style:master-page $1>${head}${foot}</style:master-page>`);
}

/**
 * LibreOffice and Chromium PDFs and their `pdftotext -layout` text for documents whose HTML is in
 * `dir`. `loProfile`: the LibreOffice profile URL (each caller its own: instances sharing one block
 * each other); `tmpRoot`: scratch folder.
 */
export async function producePdfs(docs, dir, { loProfile = LO_PROFILE, tmpRoot = TMP } = {}) {
  const tmp = join(tmpRoot, dirname(dir).endsWith("corpus") ? dir.split("/").at(-1) : "x");
  mkdirSync(join(tmp, "fodt"), { recursive: true });
  mkdirSync(join(tmp, "pdf"), { recursive: true });
  const htmls = docs.map((d) => join(dir, `${d.id}.html`));
  // LibreOffice: HTML → Flat ODT (one process for all files), patch headers/footers, → PDF.
  execFileSync("soffice", [`-env:UserInstallation=${loProfile}`, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "fodt", "--outdir", join(tmp, "fodt"), ...htmls], { stdio: "ignore" });
  for (const d of docs) {
    const f = join(tmp, "fodt", `${d.id}.fodt`);
    writeFileSync(f, patchFodt(readFileSync(f, "utf8"), d));
  }
  execFileSync("soffice", [`-env:UserInstallation=${loProfile}`, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", join(tmp, "pdf"), ...docs.map((d) => join(tmp, "fodt", `${d.id}.fodt`))], { stdio: "ignore" });
  for (const d of docs) await compress(join(tmp, "pdf", `${d.id}.pdf`), join(dir, `${d.id}.lo.pdf`));
  // Chromium: one process per file, two at a time.
  const queue = [...docs];
  const worker = async () => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      const raw = join(tmp, "pdf", `${d.id}.chromium.pdf`);
      await run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--user-data-dir=${join(tmp, "chrome-profile-" + d.id)}`, `--print-to-pdf=${raw}`, `file://${join(dir, `${d.id}.html`)}`], { timeout: 180_000 });
      await compress(raw, join(dir, `${d.id}.chromium.pdf`));
      rmSync(join(tmp, "chrome-profile-" + d.id), { recursive: true, force: true });
    }
  };
  await Promise.all([worker(), worker()]);
  for (const d of docs) for (const prod of ["lo", "chromium"]) execFileSync("pdftotext", ["-layout", join(dir, `${d.id}.${prod}.pdf`), join(dir, `${d.id}.${prod}.txt`)]);
}

/** qpdf: object streams and recompression roughly halve Chromium's PDFs; text and layout are untouched. */
async function compress(src, dst) {
  await run("qpdf", ["--object-streams=generate", "--recompress-flate", "--compression-level=9", src, dst]);
}

/**
 * Cut rows that start in the last lines of a page: the objective's first words are in one of the
 * last LATE_LINES text lines of a page (running footer left out) and the row's last measure is not
 * on that page. Found on `pdftotext -layout`, where the objective's first words stay together.
 */
const LATE_LINES = 4;
const FOOTER_LINE = /^\s*(Page \d+ of \d+|\d+)\s*$/;
export function lateRows(pdf, truth, cut) {
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 26 }).split("\f");
  const tails = pages.map((pg) => pg.split("\n").filter((l) => l.trim() && !FOOTER_LINE.test(l)).slice(-LATE_LINES).map(squash));
  const whole = pages.map(squash);
  return cut.filter((i) => {
    const row = truth.rows[i];
    const head = squash(row.objective.split(/\s+/).slice(0, 3).join(" "));
    const last = squash(row.measures.at(-1) ?? "");
    return tails.some((t, p) => t.some((l) => l.includes(head)) && !whole[p].includes(last) && (whole[p + 1] ?? "").length > 0);
  });
}

/** JSON with one item per line, but feature lists and per-measure structure records on one line each. */
export function compactJson(x) {
  return JSON.stringify(x, null, 1)
    .replace(/("features": )\[\n([^\]]*?)\n\s*\]/g, (_, k, body) => `${k}[${body.split(",\n").map((t) => t.trim()).join(", ")}]`)
    .replace(/\{\n\s*("accomplishment": [^\n]*),\n\s*("target": [^\n]*),\n\s*("baseline": [^\n]*)\n\s*\}/g, "{ $1, $2, $3 }") + "\n";
}

export const pageCount = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);

/**
 * --check: rebuild HTML, Markdown and truth in memory and compare them with the committed files,
 * without writing anything or running a producer. Exit 1 on any difference (the committed corpus
 * must be what this generator makes).
 */
function check() {
  const differ = [];
  for (const split of Object.keys(SPLITS)) {
    for (const d of buildSplit(split)) {
      const want = { html: renderHtml(d), md: renderMarkdown(d), "truth.json": compactJson(truthOf(d)) };
      for (const [ext, text] of Object.entries(want)) {
        const f = join(OUT, split, `${d.id}.${ext}`);
        if (!existsSync(f) || readFileSync(f, "utf8") !== text) differ.push(`${split}/${d.id}.${ext}`);
      }
    }
  }
  for (const f of differ) console.log(`differs: ${f}`);
  console.log(differ.length ? `${differ.length} files differ from the generator` : "corpus matches the generator");
  process.exitCode = differ.length ? 1 : 0;
}

async function main() {
  if (checkOnly) return check();
  const manifestPath = join(OUT, "manifest.json");
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : { documents: [] };
  const built = {};
  for (const split of Object.keys(SPLITS)) {
    if (only && only !== split) continue;
    const dir = join(OUT, split);
    mkdirSync(dir, { recursive: true });
    const docs = buildSplit(split).slice(0, limit);
    for (const d of docs) {
      writeFileSync(join(dir, `${d.id}.html`), renderHtml(d));
      writeFileSync(join(dir, `${d.id}.md`), renderMarkdown(d));
      writeFileSync(join(dir, `${d.id}.truth.json`), compactJson(truthOf(d)));
    }
    if (!noPdf) await producePdfs(docs, dir);
    built[split] = docs;
    console.log(`${split}: ${docs.length} documents`);
  }
  const entries = [];
  for (const [split, docs] of Object.entries(built)) {
    for (const d of docs) {
      const t = truthOf(d);
      const dir = join(OUT, split);
      const pages = {};
      const cut = {}, late = {};
      for (const prod of ["lo", "chromium"]) { const f = join(dir, `${d.id}.${prod}.pdf`); if (existsSync(f)) { pages[prod] = pageCount(f); cut[prod] = cutRows(f, t); late[prod] = lateRows(f, t, cut[prod]); } }
      entries.push({
        id: d.id, split, year: d.year, entity: d.entity.name, ruled: d.plan.ruled, rows: t.rows.length, pages, cutRows: cut, lateRows: late, features: t.structure.features,
        renderings: { html: `${split}/${d.id}.html`, "lo.pdf": `${split}/${d.id}.lo.pdf`, "chromium.pdf": `${split}/${d.id}.chromium.pdf`, "lo.txt": `${split}/${d.id}.lo.txt`, "chromium.txt": `${split}/${d.id}.chromium.txt`, md: `${split}/${d.id}.md` },
        truth: `${split}/${d.id}.truth.json`,
      });
    }
  }
  // Keep entries of a split that was not rebuilt this time.
  const kept = manifest.documents.filter((e) => !built[e.split]);
  const all = [...kept, ...entries].sort((a, b) => (a.split === b.split ? a.id.localeCompare(b.id) : a.split === "dev" ? -1 : 1));
  // Held-out feature combinations must not repeat a development document verbatim.
  const devSets = new Set(all.filter((e) => e.split === "dev").map((e) => e.features.join("|")));
  for (const e of all.filter((x) => x.split === "holdout")) if (devSets.has(e.features.join("|"))) throw new Error(`${e.id} repeats a dev feature combination`);
  writeFileSync(manifestPath, JSON.stringify({ generator: "scripts/corpus/generate.mjs", splits: SPLITS, minDocs: MIN_DOCS, catalogue: catalogue(DIMENSIONS, MARKERS), documents: all }, null, 1) + "\n");
  rmSync(TMP, { recursive: true, force: true });
  console.log(`manifest: ${all.length} documents, ${all.reduce((a, e) => a + e.rows, 0)} rows`);
}

if (IS_MAIN) await main();
