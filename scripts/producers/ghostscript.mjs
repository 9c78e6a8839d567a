#!/usr/bin/env node
/**
 * Makes test/fixtures/pdf/ghostscript-ligatures.pdf: a LibreOffice compact PDF of the first corpus
 * (test/corpus/dev/dev-029.lo.pdf, which sets "fi", "ff", "fl" and "ffi" as ligature glyphs)
 * rewritten by Ghostscript's pdfwrite, as "print to PDF" on Linux, PDF shrinkers and archiving
 * pipelines do. Ghostscript 10.00 (Debian 12) writes the ligatures' ToUnicode entries with the
 * bytes of each UTF-16 unit swapped ("fi" → U+6600 U+6900); src/vocab/text.ts reads them back.
 * Run by hand (CI has no Ghostscript; the PDF is committed):
 *
 *   node scripts/producers/ghostscript.mjs
 */
import { execFileSync } from "node:child_process";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SOURCE = join(ROOT, "test", "corpus", "dev", "dev-029.lo.pdf");
const OUT = join(ROOT, "test", "fixtures", "pdf", "ghostscript-ligatures.pdf");
const version = execFileSync("gs", ["--version"], { encoding: "utf8" }).trim();
execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", `-o${OUT}`, SOURCE]);
console.log(`wrote ${OUT} with Ghostscript ${version}`);
