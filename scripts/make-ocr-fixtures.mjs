#!/usr/bin/env node
/**
 * Makes the scanned-PDF fixtures under test/fixtures/ocr/ from the project's own text-layer PDFs
 * (test/fixtures/pdf/), so the OCR path is scored against the same truth as the text-layer path.
 * Run by hand when they must change (CI has none of these tools, so the PDFs are committed):
 *
 *   node scripts/make-ocr-fixtures.mjs [name-filter]
 *
 * Needs poppler-utils (pdftoppm), img2pdf and ImageMagick (the real `convert`, not a stand-in).
 * Each page is rasterised with `pdftoppm -r DPI -gray`, then either kept grey (4-bit, 150 dpi, as office
 * scanners default to) or thresholded to 1 bit (300 dpi, as archive scans usually are; 1-bit pages
 * compress ~10× better, which keeps the repository small). One document is also turned by a small
 * angle, as a sheet fed slightly askew. `img2pdf` wraps the images without re-encoding and sets the
 * page size from the DPI, so page points match the original PDF's.
 *
 * Two orientation cases: a landscape page scanned sideways onto a portrait sheet (the text runs
 * up the page; nothing in the PDF says so), and the same stored sideways with a /Rotate that
 * turns it upright for display (what scanning software does when it knows).
 *
 * The unit-test page (`page-ruled-150.pdf`) is the first page of seed-ruled cut to its table.
 *
 * One harsh scan (`seed-ruled-harsh-200.pdf`): a photocopy-like sheet at 200 dpi — Gaussian
 * noise, a slight blur, fed 0.7° askew, then a hard threshold. The text stays readable but the
 * 0.5 pt cell borders break into dashes and stubs, which is what real archive scans do to thin
 * rules. The noise is seeded, so re-running gives the same bytes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "test", "fixtures", "pdf");
const OUT = join(ROOT, "test", "fixtures", "ocr");

/** ImageMagick 6 installs `convert-im6.q16`; some images put a stand-in `convert` first on PATH. */
const CONVERT = ["/usr/bin/convert-im6.q16", "/usr/bin/magick", "/usr/bin/convert"].find((p) => existsSync(p));
if (!CONVERT) {
  console.error("ImageMagick is missing: apt-get install -y imagemagick");
  process.exit(2);
}
/** Grey level (percent) below which a pixel becomes black in 1-bit scans: mid-grey, as scanners' default. */
const THRESHOLD = "55%";

/**
 * The harsh scan's degradation (ImageMagick): noise strength (`-attenuate`, 1 = ImageMagick's
 * default Gaussian noise), blur sigma in pixels, and the seed that makes the noise repeatable.
 */
const HARSH = { attenuate: "0.9", blur: "0x0.8", seed: "7" };

/**
 * name: output file; src: text-layer PDF; dpi; bits: 1 or 4; skew: degrees (positive = clockwise);
 * pages: first-last page to keep (all when absent); crop: ImageMagick geometry at that DPI;
 * turn: degrees the image is turned clockwise; pdfRotate: the page's /Rotate (img2pdf --rotation);
 * harsh: noise and blur (HARSH) before the skew and threshold.
 */
const FIXTURES = [
  { name: "seed-ruled-300.pdf", src: "seed-ruled.pdf", dpi: 300, bits: 1 },
  { name: "seed-ruled-150.pdf", src: "seed-ruled.pdf", dpi: 150, bits: 4 },
  { name: "seed-borderless-300.pdf", src: "seed-borderless.pdf", dpi: 300, bits: 1 },
  { name: "seed-borderless-150.pdf", src: "seed-borderless.pdf", dpi: 150, bits: 4 },
  { name: "risks-landscape-300.pdf", src: "risks-landscape.pdf", dpi: 300, bits: 1 },
  { name: "risks-landscape-150.pdf", src: "risks-landscape.pdf", dpi: 150, bits: 4 },
  { name: "seed-ruled-skewed-300.pdf", src: "seed-ruled.pdf", dpi: 300, bits: 1, skew: 1.5 },
  { name: "risks-sideways-150.pdf", src: "risks-landscape.pdf", dpi: 150, bits: 4, turn: 270 },
  { name: "risks-rotate-attr-150.pdf", src: "risks-landscape.pdf", dpi: 150, bits: 4, turn: 270, pdfRotate: 90 },
  { name: "seed-ruled-harsh-200.pdf", src: "seed-ruled.pdf", dpi: 200, bits: 1, skew: 0.7, harsh: true },
  // The unit-test page: page 1 of the ruled seed, cut to the first table rows (small: fast to OCR).
  { name: "page-ruled-150.pdf", src: "seed-ruled.pdf", dpi: 150, bits: 4, pages: [2, 2], crop: "1240x700+0+0" },
];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });

const only = process.argv[2];
mkdirSync(OUT, { recursive: true });
for (const f of FIXTURES.filter((x) => !only || x.name.includes(only))) {
  const tmp = mkdtempSync(join(tmpdir(), "ocr-fixture-"));
  try {
    const range = f.pages ? ["-f", String(f.pages[0]), "-l", String(f.pages[1])] : [];
    run("pdftoppm", ["-r", String(f.dpi), "-gray", "-png", ...range, join(SRC, f.src), join(tmp, "p")]);
    const pages = readdirSync(tmp).filter((n) => n.endsWith(".png")).sort();
    const images = pages.map((p, i) => {
      const out = join(tmp, `page-${String(i).padStart(3, "0")}.png`);
      const ops = [];
      if (f.crop) ops.push("-crop", f.crop, "+repage");
      if (f.harsh) ops.push("-seed", HARSH.seed, "-attenuate", HARSH.attenuate, "+noise", "Gaussian", "-blur", HARSH.blur);
      if (f.skew) ops.push("-background", "white", "-rotate", String(f.skew), "+repage");
      if (f.turn) ops.push("-rotate", String(f.turn), "+repage");
      if (f.bits === 1) ops.push("-threshold", THRESHOLD, "-type", "bilevel");
      // 16 grey levels keep anti-aliased edges (what OCR of a grey scan sees) at half the size of 256.
      else ops.push("-colorspace", "Gray", "-depth", String(f.bits));
      // No timestamps, so re-running gives the same bytes; the pHYs chunk (DPI) stays: img2pdf
      // sizes the page from it.
      const noDates = ["-define", "png:exclude-chunks=date,time,tEXt,zTXt,iCCP"];
      run(CONVERT, [join(tmp, p), ...ops, ...noDates, "-units", "PixelsPerInch", "-density", String(f.dpi), `PNG:${out}`]);
      return out;
    });
    const rotation = f.pdfRotate ? [`--rotation=${f.pdfRotate}`] : [];
    run("img2pdf", ["--nodate", "--engine", "internal", ...rotation, "-o", join(OUT, f.name), ...images]);
    console.log(`${f.name}: ${images.length} page(s), ${(statSync(join(OUT, f.name)).size / 1024).toFixed(0)} KB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
