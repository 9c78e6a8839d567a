#!/usr/bin/env node
/**
 * Prints the tuning splits' LibreOffice HTML (the `html.pdf` producer of corpus7) through Chromium in
 * other settings real users meet, to find the reader's failures on layouts the generator's one
 * setting does not show. Tuning data only: fresh7 is held out and refused.
 *
 *   node scripts/corpus7/chromium-variants.mjs [--split tune7|dev7|holdout7|all] [--only t7-016,…] [--out DIR] [--variants letter,a4-land,…]
 *   DIST=$PWD/dist node scripts/corpus/rows.mjs DIR all letter.pdf --quiet --diff
 *
 * Variants (each `<id>.<variant>.pdf` in DIR, with a manifest.json and the truth files, so
 * scripts/corpus/rows.mjs and score.mjs read DIR as a corpus):
 * - `cli.pdf`: `chromium --print-to-pdf` as a user types it, without `--no-pdf-header-footer`
 *   (the browser's date / title / URL / page-number furniture on every page);
 * - `letter.pdf`: US Letter instead of the HTML's `@page` size (the print dialog's paper);
 * - `a4-land.pdf`: A4 landscape (wide tables on a wide page; an `@page` rule added after the HTML's own);
 * - `scale80.pdf`: the HTML's own page size at 80 % scale (the dialog's "Scale");
 * - `scale125.pdf`: at 125 % (larger text, more wrapping, more page breaks);
 * - `concat.pdf`: two documents' bodies in one HTML (a longer document: more pages, more tables);
 * - `nomargin.pdf`: the print dialog's "Margins: None" (an `@page { margin: 0 }` rule after the HTML's own);
 * - `minmargin.pdf`: "Margins: Minimum" (about 0.25 in on every side).
 * Printed through playwright-core's Chromium driver on the system Chromium (`/usr/bin/chromium`),
 * except `cli.pdf`, which runs the command line itself.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

if (process.argv.includes("--help")) {
  console.log(readFileSync(new URL(import.meta.url).pathname, "utf8").split("/**")[1].split("*/")[0].replace(/^ \* ?/gm, "").trim());
  process.exit(0);
}
const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const CORPUS = join(ROOT, "test", "corpus7");
const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const TUNING = ["dev7", "holdout7", "tune7"];
const splitArg = arg("split", "tune7");
const splits = splitArg === "all" ? TUNING : [splitArg];
if (!splits.every((s) => TUNING.includes(s))) { console.error(`tuning splits only (${TUNING.join(", ")}): fresh7 is held out`); process.exit(2); }
const only = arg("only", "")?.split(",").filter(Boolean);
const OUT = resolve(arg("out", "/tmp/chromium-variants"));
const ALL = ["cli", "letter", "a4-land", "scale80", "scale125", "concat", "nomargin", "minmargin"];
const variants = arg("variants", ALL.join(",")).split(",");
const CHROMIUM = "/usr/bin/chromium";

const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
const docs = manifest.documents.filter((d) => splits.includes(d.split) && (!only.length || only.includes(d.id)));
mkdirSync(OUT, { recursive: true });
const htmlDir = join(OUT, "html");
mkdirSync(htmlDir, { recursive: true });
// LibreOffice's HTML of each .docx, as the generator writes it (own profile, HTML (StarWriter) filter).
const missing = docs.filter((d) => !existsSync(join(htmlDir, `${d.id}.html`)));
if (missing.length) execFileSync("soffice", ["-env:UserInstallation=file:///tmp/lo-chromium-variants", "--headless", "--convert-to", "html:HTML (StarWriter)", "--outdir", htmlDir, ...missing.map((d) => join(CORPUS, d.source))], { stdio: "ignore" });

const browser = variants.some((v) => v !== "cli") ? await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] }) : null;
const page = browser ? await browser.newPage() : null;
const entries = [];
for (const [i, d] of docs.entries()) {
  const html = join(htmlDir, `${d.id}.html`);
  const truth = JSON.parse(readFileSync(join(CORPUS, d.truth), "utf8"));
  writeFileSync(join(OUT, `${d.id}.truth.json`), JSON.stringify(truth, null, 1) + "\n");
  const renderings = {};
  for (const v of variants) {
    const pdf = join(OUT, `${d.id}.${v}.pdf`);
    if (v === "cli") {
      execFileSync(CHROMIUM, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=/tmp/chromium-variants-profile", `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: "ignore" });
    } else if (v === "concat") {
      // This document followed by the next one of the list (the last by the first): one longer HTML.
      const other = docs[(i + 1) % docs.length];
      if (other.id === d.id) continue;
      const body = (file) => { const s = readFileSync(file, "utf8"); return s.slice(s.indexOf(">", s.indexOf("<body")) + 1, s.lastIndexOf("</body>")); };
      const a = readFileSync(html, "utf8");
      const joined = a.slice(0, a.lastIndexOf("</body>")) + body(join(htmlDir, `${other.id}.html`)) + "</body></html>";
      const file = join(htmlDir, `${d.id}+${other.id}.html`);
      writeFileSync(file, joined);
      await page.goto(`file://${file}`);
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      const second = JSON.parse(readFileSync(join(CORPUS, other.truth), "utf8"));
      writeFileSync(join(OUT, `${d.id}.concat.truth.json`), JSON.stringify({ ...truth, rows: [...truth.rows, ...second.rows], structure: { ...truth.structure, rows: [...truth.structure.rows, ...second.structure.rows] } }, null, 1) + "\n");
    } else {
      await page.goto(`file://${html}`);
      // The HTML's own `@page { size: … }` wins over the driver's orientation: a later rule turns the page.
      const later = { "a4-land": "@page { size: A4 landscape; }", nomargin: "@page { margin: 0; }", minmargin: "@page { margin: 0.25in; }" }[v];
      if (later) await page.addStyleTag({ content: later });
      const css = { preferCSSPageSize: true };
      const opts = { letter: { format: "Letter" }, "a4-land": css, nomargin: css, minmargin: css, scale80: { ...css, scale: 0.8 }, scale125: { ...css, scale: 1.25 } }[v];
      if (!opts) throw new Error(`unknown variant ${v}`);
      await page.pdf({ path: pdf, ...opts });
    }
    renderings[`${v}.pdf`] = `${d.id}.${v}.pdf`;
  }
  entries.push({ id: d.id, split: "all", rows: truth.rows.length, ruled: d.ruled, features: d.features, style: d.style, renderings, truth: `${d.id}.truth.json` });
  if (renderings["concat.pdf"]) entries.push({ id: `${d.id}+`, split: "concat", rows: truth.rows.length, ruled: d.ruled, features: d.features, style: d.style, renderings: { "concat.pdf": renderings["concat.pdf"] }, truth: `${d.id}.concat.truth.json` });
  process.stdout.write(`${d.id} `);
  // Written after each document, so the printed part can be scored while the rest prints.
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify({ generator: "scripts/corpus7/chromium-variants.mjs", source: "test/corpus7", documents: entries }, null, 1) + "\n");
}
await browser?.close();
console.log(`\n${entries.length} entries in ${OUT}`);
