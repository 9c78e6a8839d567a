#!/usr/bin/env node
/**
 * Makes PDF fixtures with Ghostscript.
 *
 * test/fixtures/pdf/ghostscript-ligatures.pdf: a LibreOffice compact PDF of the first corpus
 * (test/corpus/dev/dev-029.lo.pdf, which sets "fi", "ff", "fl" and "ffi" as ligature glyphs)
 * rewritten by Ghostscript's pdfwrite, as "print to PDF" on Linux, PDF shrinkers and archiving
 * pipelines do. Ghostscript 10.00 (Debian 12) writes the ligatures' ToUnicode entries with the
 * bytes of each UTF-16 unit swapped ("fi" → U+6600 U+6900); src/vocab/text.ts reads them back.
 *
 * test/fixtures/pdf/distilled-garbled.pdf: test/fixtures/pdf/risks-landscape.pdf printed to
 * PostScript (poppler's pdftops) and distilled again (Ghostscript's ps2pdf), as a "print to PDF"
 * through a PostScript driver does: the fonts lose their Unicode, so the text layer is garbage
 * ("!  #  $ &" for the words) and `--ocr auto` must read the pages by OCR.
 * test/fixtures/pdf/ghostscript-{chromium,wk,weasy}.pdf: Chromium, wkhtmltopdf and WeasyPrint
 * compacts of the first corpus rewritten the same way (their ToUnicode ranges folded, their
 * soft-hyphen entries shifted); each must give its original's rows.
 * Run by hand (CI has no Ghostscript; the PDF is committed):
 *
 *   node scripts/producers/ghostscript.mjs
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SOURCE = join(ROOT, "test", "corpus", "dev", "dev-029.lo.pdf");
const OUT = join(ROOT, "test", "fixtures", "pdf", "ghostscript-ligatures.pdf");
const version = execFileSync("gs", ["--version"], { encoding: "utf8" }).trim();
execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", `-o${OUT}`, SOURCE]);
console.log(`wrote ${OUT} with Ghostscript ${version}`);

// Rewrites of the other producers' PDFs, whose ToUnicode ranges Ghostscript 10.00 folds onto one
// byte per character (src/extract/pdf/folded-unicode.ts) or whose two-character entries it shifts
// by a byte (WeasyPrint's soft hyphens, src/vocab/text.ts).
for (const [source, out] of [
  ["test/corpus/dev/dev-003.chromium.pdf", "ghostscript-chromium.pdf"],
  ["test/corpus/dev/dev-001.wk.pdf", "ghostscript-wk.pdf"],
  ["test/corpus/dev/dev-004.weasy.pdf", "ghostscript-weasy.pdf"],
]) {
  const target = join(ROOT, "test", "fixtures", "pdf", out);
  execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", `-o${target}`, join(ROOT, source)]);
  console.log(`wrote ${target} from ${source}`);
}

const DISTILL_SOURCE = join(ROOT, "test", "fixtures", "pdf", "risks-landscape.pdf");
const DISTILLED = join(ROOT, "test", "fixtures", "pdf", "distilled-garbled.pdf");
const tmp = mkdtempSync(join(tmpdir(), "distil-"));
try {
  execFileSync("pdftops", [DISTILL_SOURCE, join(tmp, "page.ps")]);
  execFileSync("ps2pdf", [join(tmp, "page.ps"), DISTILLED]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`wrote ${DISTILLED} (pdftops + ps2pdf)`);
