#!/usr/bin/env node
/**
 * Renders the committed HTML of the synthetic corpora through two more PDF producers, so the reader
 * is measured on the text layers of four producers instead of two (LibreOffice and Chromium come
 * from the generators themselves):
 *
 *   weasy.pdf  WeasyPrint (its own layout engine, Pango/HarfBuzz text, fonts subset by fontTools);
 *              reads the HTML's CSS `@page` rules itself: size, margins, named landscape pages and
 *              the running header/footer margin boxes.
 *   wk.pdf     wkhtmltopdf (Qt WebKit, printed by Qt's PDF engine). It ignores CSS `@page`, so the
 *              document's first `@page` rule is turned into its options: paper size and orientation
 *              for the whole document (named landscape pages print portrait) and margins. The
 *              distribution's build runs on an unpatched Qt, which prints no header or footer at
 *              all: these PDFs have no running header and no page numbers.
 *
 *   node scripts/producers/render.mjs [--corpus test/corpus] [--producer weasy|wk|all] [--only ID]
 *
 * Without --corpus: test/corpus, test/corpus2, test/corpus4 and test/corpus5 (test/corpus3 has no
 * HTML; corpus5's third-generator documents have none either and are skipped). Each
 * rendering is written next to its HTML (`<id>.weasy.pdf`, `<id>.wk.pdf`), compressed by qpdf like
 * the generators' PDFs, and added to the document's manifest entry: `renderings`, `pages`, `cutRows`
 * and `lateRows` (the same functions the generators use). The generators rewrite manifest.json from
 * scratch: run this script again after regenerating a corpus.
 *
 * Deterministic: WeasyPrint's subset fonts carry a timestamp unless SOURCE_DATE_EPOCH is set (it is
 * set here) and qpdf writes a deterministic /ID, so
 * the same HTML and producer versions give byte-identical WeasyPrint PDFs; wkhtmltopdf PDFs differ
 * only in their CreationDate.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve, dirname, basename } from "node:path";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { cutRows, lateRows, pageCount } from "../corpus/generate.mjs";
import { findCutRows } from "../corpus2/cuts.mjs";

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const CORPORA = opt("--corpus") ? [resolve(opt("--corpus"))] : ["corpus", "corpus2", "corpus4", "corpus5"].map((c) => join(ROOT, "test", c));
const PRODUCERS = (opt("--producer") ?? "all") === "all" ? ["weasy", "wk"] : [opt("--producer")];
const ONLY = opt("--only");
/** Producer processes at once: the machine has two cores shared with other work. */
const PARALLEL = 2;
/** A fixed timestamp (2026-01-01) for the fonts WeasyPrint subsets: same input, same bytes. */
const SOURCE_DATE_EPOCH = "1767225600";

/**
 * wkhtmltopdf options from the first (unnamed) `@page` rule of the HTML: size, orientation and
 * margins (CSS shorthand of one to four lengths).
 */
export function wkOptions(html) {
  const start = html.search(/@page\s*\{/);
  if (start < 0) return ["--page-size", "A4"];
  // The rule's body: up to the brace that closes it (margin boxes nest one level).
  let depth = 0, end = start;
  for (let i = html.indexOf("{", start); i < html.length; i++) {
    if (html[i] === "{") depth++;
    else if (html[i] === "}" && --depth === 0) { end = i; break; }
  }
  const rule = html.slice(html.indexOf("{", start) + 1, end);
  const top = rule.replace(/@[a-z-]+\s*\{[^}]*\}/g, "");
  const size = /size:\s*([^;]+);/.exec(top)?.[1].trim().toLowerCase() ?? "a4";
  const out = ["--page-size", size.includes("letter") ? "Letter" : "A4", "--orientation", size.includes("landscape") ? "Landscape" : "Portrait"];
  const margin = /margin:\s*([^;]+);/.exec(top)?.[1].trim().split(/\s+/) ?? [];
  if (margin.length) {
    const [t, r = t, b = t, l = r] = margin;
    out.push("--margin-top", t, "--margin-right", r, "--margin-bottom", b, "--margin-left", l);
  }
  return out;
}

async function renderOne(producer, html, out, tmp) {
  const raw = join(tmp, `${basename(out)}.raw.pdf`);
  if (producer === "weasy") {
    await run("weasyprint", ["--quiet", html, raw], { env: { ...process.env, SOURCE_DATE_EPOCH }, timeout: 300_000 });
  } else {
    // --disable-smart-shrinking: print at the CSS sizes (WebKit otherwise scales the page down to fit).
    await run("wkhtmltopdf", ["--quiet", "--disable-smart-shrinking", "--enable-local-file-access", "--print-media-type", ...wkOptions(readFileSync(html, "utf8")), html, raw], { timeout: 300_000, env: { ...process.env, XDG_RUNTIME_DIR: tmp } });
  }
  await run("qpdf", ["--object-streams=generate", "--recompress-flate", "--compression-level=9", "--deterministic-id", raw, out]);
  rmSync(raw, { force: true });
}

for (const corpus of CORPORA) {
  const manifestPath = join(corpus, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const tmp = mkdtempSync(join(tmpdir(), "render-"));
  const jobs = [];
  for (const e of manifest.documents) {
    if (!e.renderings?.html || (ONLY && e.id !== ONLY)) continue;
    for (const producer of PRODUCERS) jobs.push({ e, producer });
  }
  const queue = [...jobs];
  const worker = async () => {
    for (let j = queue.shift(); j; j = queue.shift()) {
      const { e, producer } = j;
      const html = join(corpus, e.renderings.html);
      const rel = e.renderings.html.replace(/\.html$/, `.${producer}.pdf`);
      await renderOne(producer, html, join(corpus, rel), tmp);
      const truth = JSON.parse(readFileSync(join(corpus, e.truth), "utf8"));
      const pdf = join(corpus, rel);
      // Documents of the second generator mark their cut rows by its own rule (scripts/corpus2).
      const second = e.generator === "scripts/corpus2/generate.mjs" || basename(corpus) === "corpus2";
      const cuts = second ? findCutRows(pdf, truth) : (() => { const cut = cutRows(pdf, truth); return { cut, late: lateRows(pdf, truth, cut) }; })();
      e.renderings[`${producer}.pdf`] = rel;
      e.pages[producer] = pageCount(pdf);
      e.cutRows[producer] = cuts.cut;
      e.lateRows[producer] = cuts.late;
      console.log(`${basename(corpus)} ${e.id} ${producer}: ${e.pages[producer]} pages, ${cuts.cut.length} rows cut`);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + "\n");
  rmSync(tmp, { recursive: true, force: true });
}
