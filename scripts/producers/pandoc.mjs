#!/usr/bin/env node
/**
 * Converts test/corpus7's Word documents (dev7, holdout7, fresh7, tune7, tune7b, tune7c) to Markdown with pandoc, as users
 * convert archives (`pandoc -f docx -t markdown`): the tables come out as pandoc's grid tables
 * (cells of several paragraphs or lists) and multiline tables (space-aligned), which CommonMark
 * does not know. Each rendering is written next to its .docx (`<id>.pandoc.md`) and added to the
 * document's manifest entry as `pandoc.md`. A second rendering, `gfm.md` (`pandoc -t gfm`, GitHub
 * Flavored Markdown), holds the tables a pipe table cannot express (cells of several paragraphs or
 * lists, merged cells) as raw HTML `<table>` blocks, as GitHub-bound exporters write them. The generator rewrites manifest.json from scratch: run
 * this script again after regenerating the corpus. Needs pandoc (Debian: `apt-get install pandoc`;
 * measured with 2.17).
 *
 *   node scripts/producers/pandoc.mjs [--split dev7|holdout7|fresh7|tune7|tune7b|tune7c]   # all splits, or only one
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CORPUS = join(ROOT, "test", "corpus7");
const MANIFEST = join(CORPUS, "manifest.json");
const version = execFileSync("pandoc", ["--version"], { encoding: "utf8" }).split("\n")[0];
const manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
/** Rendering name → pandoc's output format. */
const RENDERINGS = { "pandoc.md": "markdown", "gfm.md": "gfm" };
const only = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : undefined;
const chosen = manifest.documents.filter((x) => !only || x.split === only);
for (const d of chosen) {
  for (const [rendering, format] of Object.entries(RENDERINGS)) {
    const out = d.source.replace(/\.docx$/, `.${rendering}`);
    execFileSync("pandoc", ["-f", "docx", "-t", format, join(CORPUS, d.source), "-o", join(CORPUS, out)]);
    d.renderings[rendering] = out;
  }
}
for (const rendering of Object.keys(RENDERINGS)) manifest.producers[rendering] = version;
writeFileSync(MANIFEST, JSON.stringify(manifest, null, 1) + "\n");
console.log(`${chosen.length} documents converted by ${version}`);
