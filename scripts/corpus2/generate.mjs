#!/usr/bin/env node
/**
 * Generates the second, independent compact corpus (test/corpus2/): Word files (DOCX written by
 * hand) printed by LibreOffice, and separate HTML/CSS printed by Chromium, with `pdftotext -layout`
 * text of each PDF and the truth from the same data. Splits `dev2` (tuning) and `holdout2`
 * (scored only at the end). See test/corpus2/README.md.
 *
 *   node scripts/corpus2/generate.mjs            # everything (needs soffice, chromium, poppler-utils, zip)
 *   node scripts/corpus2/generate.mjs --no-pdf   # DOCX, HTML, truth only (manifest keeps old PDF facts)
 *   node scripts/corpus2/generate.mjs --check    # committed HTML, Markdown and truth = generator output? (exit 1 if not; no tools needed)
 *
 * Tests never run this; they read the committed outputs.
 */
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync, copyFileSync, readdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { makeDocument, loadMissions } from "./model.mjs";
import { ENTITIES } from "./banks.mjs";
import { writeDocx } from "./docx.mjs";
import { renderHtml } from "./html.mjs";
import { truthOf } from "./truth.mjs";
import { renderMarkdown } from "./md.mjs";
import { findCutRows } from "./cuts.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "test", "corpus2");
const TMP = "/tmp/corpus2-gen";
const LO_PROFILE = "file:///tmp/lo-corpus2";
const noPdf = process.argv.includes("--no-pdf");
const check = process.argv.includes("--check");
/** Seed of the whole corpus; each document's seed derives from it. */
const SEED = 24011;
const DOCS = 30;
/** Every third document is held out (10 of 30): the lead scores holdout2 only at the end. */
const isHoldout = (i) => i % 3 === 2;
/** True when this file is run, false when scripts/fresh/draw.mjs (test/corpus4, test/corpus5) imports its helpers. */
const IS_MAIN = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
refuseUnknownFlags(import.meta.url, ["--no-pdf", "--check"]);

const missionsDb = loadMissions(join(ROOT, "data", "un-missions.tsv"));

/**
 * A plan that spreads years 2006–2024, entities and the ruled/borderless split over the corpus.
 * The defaults are this corpus's; scripts/corpus4/generate.mjs draws fresh documents with another
 * `seed`, `count`, one `split` (`id` gives the file names) and `shift` (moves the entity rotation).
 */
export function plan({ seed = SEED, count = DOCS, shift = 0, split: oneSplit, id: idOf } = {}) {
  const docs = [];
  const used = new Set();
  for (let i = 0; i < count; i++) {
    const year = 2006 + Math.round((i * 18) / (count - 1));
    const cands = ENTITIES.filter((e) => e.from <= year && year <= e.to);
    // rotate through the candidates so that departments vary; peace/political ones often (mandate lists)
    // every third document from a department with mandate lists of missions
    const pool = i % 3 === 0 ? cands.filter((e) => e.missions) : cands;
    let ent = pool[(i * 5 + 3 + shift) % pool.length];
    for (let k = 0; used.has(`${ent.key}|${year}`) && k < pool.length; k++) ent = pool[(i * 5 + 3 + shift + k) % pool.length];
    used.add(`${ent.key}|${year}`);
    const split = oneSplit ?? (isHoldout(i) ? "holdout2" : "dev2");
    const n = docs.filter((d) => d.split === split).length + 1;
    const id = idOf ? idOf(n) : `${split === "dev2" ? "d2" : "h2"}-${String(n).padStart(3, "0")}`;
    docs.push({ id, split, seed: seed * 31 + i * 7919, year, entity: ent.key, person: i, ruled: i % 2 === 0,
      // a few layouts forced so that each split has them: tables without an accomplishment column, landscape pages
      ...(i % 5 === 1 ? { force: { noAcc: true } } : {}), ...(i % 7 === 3 ? { landscape: "all" } : {}) });
  }
  return docs;
}

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26, ...opts });
}

/** --check: regenerate the text outputs in memory and compare them with the committed files. */
function checkCommitted() {
  const stale = [];
  for (const p of plan()) {
    const doc = makeDocument(p, missionsDb);
    const base = join(OUT, p.split, p.id);
    const want = { html: renderHtml(doc), md: renderMarkdown(doc), "truth.json": `${JSON.stringify(truthOf(doc), null, 1)}\n` };
    for (const [ext, text] of Object.entries(want)) if (!existsSync(`${base}.${ext}`) || readFileSync(`${base}.${ext}`, "utf8") !== text) stale.push(`${p.split}/${p.id}.${ext}`);
  }
  if (stale.length) { console.error(`out of date with the generator: ${stale.join(", ")}`); process.exit(1); }
  console.log("test/corpus2: HTML, Markdown and truth match the generator");
}

/**
 * LibreOffice PDF of each `<base>.docx`, Chromium PDF of each `<base>.html`, and `pdftotext -layout`
 * of both. `built`: `{ p, doc, base }` per document. Each caller passes its own LibreOffice and
 * Chromium profiles (instances sharing one block each other) and scratch folder.
 */
export function producePdfs(built, { loProfile = LO_PROFILE, chromiumProfile = "/tmp/chromium-corpus2", tmp = TMP } = {}) {
  mkdirSync(tmp, { recursive: true });
  // LibreOffice: all DOCX files in one run (one profile of our own: other helpers run soffice too).
  const loDir = join(tmp, "lo");
  mkdirSync(loDir, { recursive: true });
  sh("soffice", [`-env:UserInstallation=${loProfile}`, "--headless", "--convert-to", "pdf", "--outdir", loDir, ...built.map((b) => `${b.base}.docx`)], { stdio: ["ignore", "pipe", "pipe"] });
  for (const b of built) {
    copyFileSync(join(loDir, `${b.p.id}.pdf`), `${b.base}.lo.pdf`);
    // Chromium prints from a neutral path (its own header/footer, when on, shows the URL).
    const html = join(tmp, `${b.p.id}.html`);
    copyFileSync(`${b.base}.html`, html);
    const args = ["--headless", "--no-sandbox", "--disable-gpu", `--user-data-dir=${chromiumProfile}`, `--print-to-pdf=${b.base}.chromium.pdf`];
    if (!b.doc.style.browserFurniture) args.push("--no-pdf-header-footer");
    sh("chromium", [...args, `file://${html}`], { stdio: ["ignore", "pipe", "pipe"] });
    for (const prod of ["lo", "chromium"]) sh("pdftotext", ["-layout", `${b.base}.${prod}.pdf`, `${b.base}.${prod}.txt`]);
    process.stderr.write(`${b.p.id} `);
  }
  process.stderr.write("\n");
}

async function main() {
  if (check) return checkCommitted();
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  const oldManifest = existsSync(join(OUT, "manifest.json")) ? JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8")) : null;
  const entries = [];
  const built = [];
  for (const p of plan()) {
    const doc = makeDocument(p, missionsDb);
    const dir = join(OUT, p.split);
    mkdirSync(dir, { recursive: true });
    const base = join(dir, p.id);
    writeDocx(doc, `${base}.docx`, TMP);
    writeFileSync(`${base}.html`, renderHtml(doc));
    writeFileSync(`${base}.md`, renderMarkdown(doc));
    const truth = truthOf(doc);
    writeFileSync(`${base}.truth.json`, `${JSON.stringify(truth, null, 1)}\n`);
    built.push({ p, doc, truth, base });
  }
  if (!noPdf) producePdfs(built);
  for (const { p, doc, truth, base } of built) {
    const old = oldManifest?.documents.find((d) => d.id === p.id);
    const facts = { pages: {}, cutRows: {}, lateRows: {} };
    for (const prod of ["lo", "chromium"]) {
      const pdf = `${base}.${prod}.pdf`;
      if (!existsSync(pdf)) continue;
      if (noPdf && old) { facts.pages[prod] = old.pages[prod]; facts.cutRows[prod] = old.cutRows[prod]; facts.lateRows[prod] = old.lateRows[prod]; continue; }
      const info = sh("pdfinfo", [pdf]);
      facts.pages[prod] = Number(/Pages:\s+(\d+)/.exec(info)[1]);
      const { cut, late } = findCutRows(pdf, truth);
      facts.cutRows[prod] = cut;
      facts.lateRows[prod] = late;
    }
    const rel = (ext) => `${p.split}/${p.id}.${ext}`;
    entries.push({
      id: p.id, split: p.split, year: doc.year, entity: doc.entity.name, ruled: doc.style.ruled, rows: truth.rows.length,
      ...facts,
      features: truth.structure.features,
      style: { font: doc.style.font, size: doc.style.size, htmlFont: doc.style.htmlFont, htmlSize: doc.style.htmlSize, margin: doc.style.margin, landscape: doc.style.landscape, era: doc.era },
      renderings: { docx: rel("docx"), html: rel("html"), "lo.pdf": rel("lo.pdf"), "chromium.pdf": rel("chromium.pdf"), "lo.txt": rel("lo.txt"), "chromium.txt": rel("chromium.txt"), md: rel("md") },
      truth: rel("truth.json"),
    });
  }
  const manifest = { generator: "scripts/corpus2/generate.mjs", seed: SEED, splits: { dev2: entries.filter((e) => e.split === "dev2").length, holdout2: entries.filter((e) => e.split === "holdout2").length }, documents: entries };
  writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  const rows = (s) => entries.filter((e) => e.split === s).reduce((a, e) => a + e.rows, 0);
  console.log(`${entries.length} documents (dev2 ${manifest.splits.dev2}, ${rows("dev2")} rows; holdout2 ${manifest.splits.holdout2}, ${rows("holdout2")} rows)`);
  rmSync(TMP, { recursive: true, force: true });
}

if (IS_MAIN) await main();
