#!/usr/bin/env node
/**
 * Makes searchable scans — page images with an invisible OCR text layer, as Acrobat, ABBYY or
 * OCRmyPDF leave them — of synthetic-corpus compacts (test/fixtures/searchable/), so the reader
 * is measured on text that an OCR engine wrote rather than a word processor (docs/pdf.md,
 * "Searchable scans"). The truth is each corpus document's own truth file; nothing is copied.
 *
 *   node scripts/make-searchable.mjs [name-filter] [--holdout]
 *
 * Tuning set (FIXTURES): documents of test/corpus `dev` and test/corpus6 `dev6`, a mix of bullet
 * styles (▪ • ● □ ➢ o – and private-use symbols), ruled and borderless tables. --holdout makes the
 * held-out set (HOLDOUT_FIXTURES, test/corpus4 `fresh4`) into test/fixtures/searchable-holdout/:
 * scored only as totals, before and after a change, never tuned on.
 *
 * Each page of the corpus PDF is rendered grey by `pdftoppm -r DPI -gray`, reduced to GREY_BITS
 * bits of grey by ImageMagick (keeps the files small), recognised by the tesseract CLI's PDF renderer (the page
 * image with an invisible GlyphLessFont text layer on top, text render mode 3: what OCRmyPDF
 * writes) and the pages joined by qpdf. Needs poppler-utils, ImageMagick, tesseract-ocr
 * (+ tesseract-ocr-eng) and qpdf.
 * The text layer is tesseract's own, so a re-run with another tesseract version may differ.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "test", "fixtures", "searchable");
const HOLDOUT_OUT = join(ROOT, "test", "fixtures", "searchable-holdout");
/**
 * Grey levels kept in each page image (bits): four greys keep the anti-aliased glyph edges a grey
 * scan has while a page stays ~60-100 KB (PNG, Flate in the PDF); a JPEG text page at 200 dpi is
 * 250-350 KB, and the fixtures must stay small (≤ 4 MB for both sets).
 */
const GREY_BITS = "2";
/** ImageMagick 6 installs `convert-im6.q16`; some images put a stand-in `convert` first on PATH. */
const CONVERT = ["/usr/bin/convert-im6.q16", "/usr/bin/magick", "/usr/bin/convert"].find((p) => existsSync(p));

/** name, corpus folder under test/, document id, rendering, dpi. */
export const FIXTURES = [
  { name: "dev-001.pdf", corpus: "corpus", id: "dev-001", rendering: "lo.pdf", dpi: 200 }, // ruled, ▪ - (a)
  { name: "dev-004.pdf", corpus: "corpus", id: "dev-004", rendering: "lo.pdf", dpi: 150 }, // borderless, • ▪ 1.
  { name: "dev-011.pdf", corpus: "corpus", id: "dev-011", rendering: "lo.pdf", dpi: 200 }, // ruled, ▪ ● list
  { name: "dev-014.pdf", corpus: "corpus", id: "dev-014", rendering: "lo.pdf", dpi: 150 }, // borderless, • a)
  { name: "dev-019.pdf", corpus: "corpus", id: "dev-019", rendering: "lo.pdf", dpi: 200 }, // ruled, o ➢
  { name: "dev-028.pdf", corpus: "corpus", id: "dev-028", rendering: "lo.pdf", dpi: 150 }, // borderless, pua □ ➢
  { name: "d6-003.pdf", corpus: "corpus6", id: "d6-003", rendering: "lo.pdf", dpi: 150 }, // borderless, ▪ 1.
  { name: "d6-022.pdf", corpus: "corpus6", id: "d6-022", rendering: "lo.pdf", dpi: 200 }, // borderless, – □ ●
];
/** Held out: another generator's fresh split (test/corpus4 `fresh4`). */
export const HOLDOUT_FIXTURES = [
  { name: "f1-001.pdf", corpus: "corpus4", id: "f1-001", rendering: "lo.pdf", dpi: 150 }, // ruled, ● (a) 1.
  { name: "f1-004.pdf", corpus: "corpus4", id: "f1-004", rendering: "lo.pdf", dpi: 200 }, // borderless, - pua □
  { name: "f1-006.pdf", corpus: "corpus4", id: "f1-006", rendering: "lo.pdf", dpi: 150 }, // borderless, o ▪ list
  { name: "f1-007.pdf", corpus: "corpus4", id: "f1-007", rendering: "lo.pdf", dpi: 200 }, // ruled, • ➢ list
  { name: "f1-010.pdf", corpus: "corpus4", id: "f1-010", rendering: "lo.pdf", dpi: 150 }, // borderless, – a)
];

function make(f, outDir) {
  if (!CONVERT) throw new Error("ImageMagick is missing: apt-get install -y --no-install-recommends imagemagick");
  const manifest = JSON.parse(readFileSync(join(ROOT, "test", f.corpus, "manifest.json"), "utf8"));
  const doc = manifest.documents.find((d) => d.id === f.id);
  if (!doc) throw new Error(`${f.corpus}: no document ${f.id}`);
  if (/^holdout/.test(doc.split)) throw new Error(`${f.id}: held-out split ${doc.split}`);
  const src = join(ROOT, "test", f.corpus, doc.renderings[f.rendering]);
  const tmp = mkdtempSync(join(tmpdir(), "searchable-"));
  try {
    execFileSync("pdftoppm", ["-r", String(f.dpi), "-gray", src, join(tmp, "p")]);
    const pages = readdirSync(tmp).filter((x) => x.endsWith(".pgm")).sort();
    for (const p of pages) {
      const base = join(tmp, p.replace(/\.pgm$/, ""));
      execFileSync(CONVERT, [join(tmp, p), "-depth", GREY_BITS, `${base}.png`]);
      // One thread: the machine is shared.
      execFileSync("tesseract", [`${base}.png`, base, "-l", "eng", "--dpi", String(f.dpi), "pdf"], {
        env: { ...process.env, OMP_THREAD_LIMIT: "1" },
        stdio: ["ignore", "ignore", "ignore"],
      });
    }
    const out = join(outDir, f.name);
    execFileSync("qpdf", ["--empty", "--pages", ...pages.map((p) => join(tmp, p.replace(/\.pgm$/, ".pdf"))), "--", out]);
    console.log(`${f.name}: ${pages.length} pages, ${Math.round(statSync(out).size / 1024)} KB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const holdout = process.argv.includes("--holdout");
  const filter = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const outDir = holdout ? HOLDOUT_OUT : OUT;
  mkdirSync(outDir, { recursive: true });
  for (const f of (holdout ? HOLDOUT_FIXTURES : FIXTURES).filter((x) => !filter || x.name.includes(filter))) make(f, outDir);
}
