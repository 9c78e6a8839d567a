#!/usr/bin/env node
/**
 * Makes scanned versions of synthetic-corpus compacts in layouts other than the 2008 seed's
 * (test/fixtures/ocr-layouts/), so OCR is measured on ruled and borderless tables, centred cells,
 * rowspans, Baseline/Target columns, tables without an Objective column, landscape pages and
 * `o` / `➢` / `(a)` markers. Only documents of the development splits (`dev`, `dev2`, `dev3`) are used:
 * the held-out splits stay unseen. The truth is each corpus document's own truth file (see
 * test/fixtures/ocr-layouts/README.md); nothing is copied.
 *
 *   node scripts/make-ocr-layouts.mjs [name-filter] [--holdout | --holdout2 | --holdout3 | --holdout4]
 *
 * --holdout makes the held-out scans (HOLDOUT_FIXTURES) into test/fixtures/ocr-layouts-holdout/
 * (held out by the second OCR pass, tuned on by the third); --holdout2 makes the second held-out
 * set (HOLDOUT2_FIXTURES) into test/fixtures/ocr-layouts-holdout2/ (held out by the third pass,
 * tuned on by the fourth); --holdout3 the third (HOLDOUT3_FIXTURES) into
 * test/fixtures/ocr-layouts-holdout3/, which also draws on test/corpus4 (split `fresh4`, a
 * tuning split no scan had been made from); --holdout4 the fourth (HOLDOUT4_FIXTURES) into
 * test/fixtures/ocr-layouts-holdout4/, from test/corpus6 (split `dev6`: an independently written
 * generator, LibreOffice ODT and its Word round trip, that no other scan set used); --w7 the
 * seventh corpus's tuning scans (W7_FIXTURES) into test/fixtures/ocr-layouts-w7/, from
 * test/corpus7 (split `dev7`: real Word documents printed by LibreOffice, `docx.pdf`).
 *
 * Needs poppler-utils (pdftoppm), ImageMagick (`convert-im6.q16`) and img2pdf. Each page of the
 * corpus PDF is rendered grey with `pdftoppm -r DPI -gray`, damaged as a scanner or photocopier
 * would (ImageMagick, seeded noise: re-running gives the same bytes), saved as a grey JPEG and
 * wrapped into an image-only PDF by img2pdf (no re-encoding; the page size comes from the DPI, so
 * page points match the original's).
 *
 * Damage (any combination, per fixture):
 * - skew: the sheet fed askew, degrees (positive = clockwise), paper-coloured corners;
 * - paper: grey paper and faded ink (ImageMagick `+level black%,white%`: white becomes the
 *   paper's grey, black the ink's), as a photocopy or an aged sheet;
 * - noise: seeded Gaussian noise (`-attenuate`, 1 = ImageMagick's default strength);
 * - quality: JPEG quality (blocking artefacts around glyphs and thin rules);
 * and always a slight blur (OPTICS_BLUR).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "test", "fixtures", "ocr-layouts");
/** The held-out scans (HOLDOUT_FIXTURES): scored, never tuned on. */
const HOLDOUT_OUT = join(ROOT, "test", "fixtures", "ocr-layouts-holdout");
/** The second held-out set (HOLDOUT2_FIXTURES), made before the third pass tuned on the first. */
const HOLDOUT2_OUT = join(ROOT, "test", "fixtures", "ocr-layouts-holdout2");
/** The third held-out set (HOLDOUT3_FIXTURES), made before the fourth pass tuned on the second. */
const HOLDOUT3_OUT = join(ROOT, "test", "fixtures", "ocr-layouts-holdout3");
/** The fourth held-out set (HOLDOUT4_FIXTURES), made before the fifth pass tuned on the others. */
const HOLDOUT4_OUT = join(ROOT, "test", "fixtures", "ocr-layouts-holdout4");
/** The seventh corpus's scans (W7_FIXTURES), a tuning set made when the sixth pass began. */
const W7_OUT = join(ROOT, "test", "fixtures", "ocr-layouts-w7");
/**
 * Splits scans may be made from: the development splits of the first three corpora, of
 * test/corpus6 (`dev6`) and of test/corpus7 (`dev7`), and test/corpus4's `fresh4` (tuned on like a
 * dev split); never a held-out split (`holdout*`).
 */
const TUNING_SPLIT = /^(dev|fresh)/;

/** ImageMagick 6 installs `convert-im6.q16`; some images put a stand-in `convert` first on PATH. */
const CONVERT = ["/usr/bin/convert-im6.q16", "/usr/bin/magick", "/usr/bin/convert"].find((p) => existsSync(p));
if (!CONVERT) {
  console.error("ImageMagick is missing: apt-get install -y --no-install-recommends imagemagick");
  process.exit(2);
}

/** Seed of every fixture's noise: the same bytes on every run. */
const NOISE_SEED = "11";
/** A photocopy's grey paper and faded ink: white → 88 % grey, black → 10 % grey. */
const GREY_PAPER = { black: "10%", white: "88%" };
/** Light scanner noise and optics: visible grain that keeps the text readable. */
const LIGHT_NOISE = { attenuate: "0.35" };
/**
 * Default JPEG quality: an archive's space-saving setting (blocking visible around glyphs); text
 * pages compress badly in JPEG, and the fixtures must stay small (~150 KB a page at 200 dpi).
 */
const QUALITY = 40;
/** Every scan is a little soft (the scanner's optics): Gaussian blur sigma in pixels. */
const OPTICS_BLUR = "0x0.5";

/**
 * The fixtures: name; corpus (test/corpus or test/corpus2) and document id; rendering (`lo.pdf` or
 * `chromium.pdf`); dpi; damage (see above); why: the layout it stands for.
 */
export const FIXTURES = [
  {
    name: "dev-003-lo-200.pdf", corpus: "corpus", id: "dev-003", rendering: "lo.pdf", dpi: 200,
    why: "ruled; Baseline, Target and Risks columns; objective in a spanning row; `o` and `a)` markers",
  },
  {
    name: "dev-011-lo-300.pdf", corpus: "corpus", id: "dev-011", rendering: "lo.pdf", dpi: 300,
    why: "ruled; Baseline and Target columns; objective in a spanning row; rowspan; `▪`, `●` and list bullets; 300 dpi",
  },
  {
    name: "dev-008-chromium-200-skew.pdf", corpus: "corpus", id: "dev-008", rendering: "chromium.pdf", dpi: 200, skew: 0.8, paper: GREY_PAPER, noise: LIGHT_NOISE,
    why: "borderless; vertically centred cells; rowspan; `➢`, `(a)`, `(i)` markers; grey paper, noise, 0.8° askew",
  },
  {
    name: "dev-018-lo-200.pdf", corpus: "corpus", id: "dev-018", rendering: "lo.pdf", dpi: 200, paper: GREY_PAPER, noise: LIGHT_NOISE,
    why: "borderless; no Objective column (objective as heading / spanning row); Risks column; `•` `●` `➢` markers; grey paper, noise",
  },
  {
    name: "dev-022-lo-200-skew.pdf", corpus: "corpus", id: "dev-022", rendering: "lo.pdf", dpi: 200, skew: -1.2,
    why: "landscape; borderless; Target column; `o`, `(a)`, `–` markers; 1.2° askew (counter-clockwise)",
  },
  {
    name: "d2-002-lo-200.pdf", corpus: "corpus2", id: "d2-002", rendering: "lo.pdf", dpi: 200, paper: GREY_PAPER, quality: 50,
    why: "borderless, Arial 10.5; Baseline and Target columns; no accomplishment column; typed `•`, Word `o` bullets; grey paper, JPEG 50",
  },
  {
    name: "d2-003-lo-200-skew.pdf", corpus: "corpus2", id: "d2-003", rendering: "lo.pdf", dpi: 200, skew: 1.5, paper: GREY_PAPER, noise: LIGHT_NOISE,
    why: "landscape, borderless, Times 10; Word `➢` and typed `1.` markers; grey paper, noise, 1.5° askew",
  },
  {
    name: "d2-013-lo-200.pdf", corpus: "corpus2", id: "d2-013", rendering: "lo.pdf", dpi: 200, quality: 30,
    why: "ruled, Cambria 11; Baseline and Target columns; Word `o`, `➢` and bullet markers; JPEG 30",
  },
  {
    name: "d2-020-chromium-200.pdf", corpus: "corpus2", id: "d2-020", rendering: "chromium.pdf", dpi: 200,
    why: "ruled, Arial 10; no Objective column (heading / spanning row); Baseline, Risks and Target columns; `–` and `(i)` markers",
  },
];

/**
 * Held-out scans of other development documents (test/fixtures/ocr-layouts-holdout/,
 * `--holdout`): made and scored the same way, but the reader is never tuned on them (nobody reads
 * their rows between a baseline and a final score), so their figure says how the OCR path does on
 * layouts it was not fitted to. Mixed ruled/borderless, all three corpora, the same kinds of damage.
 */
export const HOLDOUT_FIXTURES = [
  {
    name: "dev-005-lo-200.pdf", corpus: "corpus", id: "dev-005", rendering: "lo.pdf", dpi: 200, noise: LIGHT_NOISE,
    why: "ruled; Baseline and Target columns; `o`, `–`, `□` markers; noise",
  },
  {
    name: "dev-016-chromium-200-skew.pdf", corpus: "corpus", id: "dev-016", rendering: "chromium.pdf", dpi: 200, skew: 1.0, paper: GREY_PAPER,
    why: "borderless; vertically centred cells; Baseline, Risks and Target columns; `(a)`, `●`, list bullets; grey paper, 1.0° askew",
  },
  {
    name: "d2-005-chromium-200.pdf", corpus: "corpus2", id: "d2-005", rendering: "chromium.pdf", dpi: 200, quality: 35,
    why: "ruled; Risks and Target columns; Word `o` and symbol bullets, typed `(a)`; JPEG 35",
  },
  {
    name: "d2-014-lo-200-skew.pdf", corpus: "corpus2", id: "d2-014", rendering: "lo.pdf", dpi: 200, skew: -0.8, paper: GREY_PAPER, noise: LIGHT_NOISE,
    why: "borderless; Risks column; Word `a)`, `(i)`, bullets, typed `–`; grey paper, noise, 0.8° askew (counter-clockwise)",
  },
  {
    name: "d3-001-200.pdf", corpus: "corpus3", id: "d3-001", rendering: "pdf", dpi: 200, quality: 45,
    why: "ruled, Times (third corpus: another PDF producer); JPEG 45",
  },
];

/**
 * The second held-out set (test/fixtures/ocr-layouts-holdout2/, `--holdout2`): made when the first
 * held-out set became a tuning set, from development documents no other scan was made from;
 * scored before and after a pass, totals only, never read in between.
 */
export const HOLDOUT2_FIXTURES = [
  {
    name: "dev-019-lo-200.pdf", corpus: "corpus", id: "dev-019", rendering: "lo.pdf", dpi: 200, noise: LIGHT_NOISE,
    why: "ruled; Baseline and Target columns; `o`, `➢` markers; noise",
  },
  {
    name: "dev-032-chromium-200-skew.pdf", corpus: "corpus", id: "dev-032", rendering: "chromium.pdf", dpi: 200, skew: -1.0, paper: GREY_PAPER,
    why: "borderless; vertically centred long cells; Baseline and Target columns; grey paper, 1.0° askew (counter-clockwise)",
  },
  {
    name: "d2-004-chromium-200.pdf", corpus: "corpus2", id: "d2-004", rendering: "chromium.pdf", dpi: 200, quality: 35,
    why: "ruled; shaded, wrapped header; Risks and Target columns; typed `1.`, `•` markers; JPEG 35",
  },
  {
    name: "d2-015-chromium-200-skew.pdf", corpus: "corpus2", id: "d2-015", rendering: "chromium.pdf", dpi: 200, skew: 0.6, paper: GREY_PAPER, noise: LIGHT_NOISE,
    why: "borderless; Baseline, Risks and Target columns; Word square bullets; grey paper, noise, 0.6° askew",
  },
  {
    name: "d3-007-200.pdf", corpus: "corpus3", id: "d3-007", rendering: "pdf", dpi: 200, quality: 45, noise: LIGHT_NOISE,
    why: "borderless, Helvetica (third corpus's producer); noise, JPEG 45",
  },
];

/**
 * The third held-out set (test/fixtures/ocr-layouts-holdout3/, `--holdout3`): made when the second
 * held-out set became a tuning set (fourth OCR pass), from development documents no other scan
 * was made from, two of them from test/corpus4 (fresh samples of the first two generators); short
 * documents (two or three pages) to keep the files small. Three ruled, three borderless; scored
 * before and after a pass, totals only, never read in between.
 */
export const HOLDOUT3_FIXTURES = [
  {
    name: "dev-014-lo-200.pdf", corpus: "corpus", id: "dev-014", rendering: "lo.pdf", dpi: 200, noise: LIGHT_NOISE,
    why: "borderless; Baseline and Target columns; `a)`, `•` markers; noise",
  },
  {
    name: "dev-023-chromium-200-skew.pdf", corpus: "corpus", id: "dev-023", rendering: "chromium.pdf", dpi: 200, skew: 0.7, paper: GREY_PAPER,
    why: "ruled; Target column; rowspan; `a)`, `□`, `➢` markers; grey paper, 0.7° askew",
  },
  {
    name: "d2-012-lo-200.pdf", corpus: "corpus2", id: "d2-012", rendering: "lo.pdf", dpi: 200, quality: 35,
    why: "ruled, Cambria; Baseline and Target columns; Word bullets and decimal numbering; JPEG 35",
  },
  {
    name: "d3-002-200.pdf", corpus: "corpus3", id: "d3-002", rendering: "pdf", dpi: 200, paper: GREY_PAPER, quality: 45,
    why: "borderless, Helvetica (third corpus's producer); drawn discs, `(i)`; grey paper, JPEG 45",
  },
  {
    name: "f1-027-lo-200-skew.pdf", corpus: "corpus4", id: "f1-027", rendering: "lo.pdf", dpi: 200, skew: -1.0, noise: LIGHT_NOISE,
    why: "ruled; Baseline and Target columns; `(a)`, `●`, `➢` markers; noise, 1.0° askew (counter-clockwise)",
  },
  {
    name: "f2-012-lo-200.pdf", corpus: "corpus4", id: "f2-012", rendering: "lo.pdf", dpi: 200, paper: GREY_PAPER,
    why: "borderless (second generator's DOCX); Baseline and Target columns; typed `*`, `•` markers; grey paper",
  },
];

/**
 * The fourth held-out set (test/fixtures/ocr-layouts-holdout4/, `--holdout4`): made when the
 * fifth OCR pass began tuning on the first three sets, from test/corpus6's `dev6` split — the
 * independently written fourth generator (LibreOffice flat ODT, and its Word round trip
 * `docx.pdf`), a producer and wording no other scan set was made from. Three-page documents
 * (small files); three ruled, three borderless or with rules only around the header; the same
 * damage mixes. Scored before and after a pass, totals only, never read in between.
 */
export const HOLDOUT4_FIXTURES = [
  {
    name: "d6-011-lo-200.pdf", corpus: "corpus6", id: "d6-011", rendering: "lo.pdf", dpi: 200, noise: LIGHT_NOISE,
    why: "ruled, Liberation Sans 10, landscape table section; no Objective column (heading / spanning row); Risks column; `(i)`, `–`, `●` markers; noise",
  },
  {
    name: "d6-025-docx-200-skew.pdf", corpus: "corpus6", id: "d6-025", rendering: "docx.pdf", dpi: 200, skew: 0.7, paper: GREY_PAPER,
    why: "ruled, Liberation Serif 11, Word round trip; Baseline, Risks and Target columns; `–`, `●`, typed `-` markers; grey paper, 0.7° askew",
  },
  {
    name: "d6-029-lo-200.pdf", corpus: "corpus6", id: "d6-029", rendering: "lo.pdf", dpi: 200, quality: 35,
    why: "ruled, DejaVu Sans 9; Baseline, Risks and Target columns; rowspan; `(a)`, `1.`, `a)`, `•` markers; JPEG 35",
  },
  {
    name: "d6-006-docx-200-skew.pdf", corpus: "corpus6", id: "d6-006", rendering: "docx.pdf", dpi: 200, skew: -0.9, paper: GREY_PAPER, noise: LIGHT_NOISE,
    why: "borderless, Liberation Sans 10, Word round trip; Baseline, Risks and Target columns; rowspan; `●`, typed `o`, `–` markers; grey paper, noise, 0.9° askew (counter-clockwise)",
  },
  {
    name: "d6-012-lo-200.pdf", corpus: "corpus6", id: "d6-012", rendering: "lo.pdf", dpi: 200, paper: GREY_PAPER,
    why: "rules only above and under the header, Liberation Serif 10; Baseline and Target columns; `o`, typed `-` markers; grey paper",
  },
  {
    name: "d6-028-docx-200.pdf", corpus: "corpus6", id: "d6-028", rendering: "docx.pdf", dpi: 200, quality: 45, noise: LIGHT_NOISE,
    why: "borderless, Liberation Serif 10, Word round trip; Risks and Target columns; `▪`, `o`, typed `•` and unmarked items; noise, JPEG 45",
  },
];

/**
 * The seventh corpus's scans (test/fixtures/ocr-layouts-w7/, `--w7`): a TUNING set made when the
 * sixth OCR pass began, from test/corpus7's `dev7` split — real Word documents (vertical merges,
 * Word numbering and symbol-font bullets, seven border styles, frames, running headers and
 * footers) printed by LibreOffice (`docx.pdf`), a layout family no other scan set was made from.
 * Three- and four-page documents; three ruled, two with rules only around the header, three
 * borderless; the same damage mixes as the other sets.
 */
export const W7_FIXTURES = [
  {
    name: "d7-003-docx-200.pdf", corpus: "corpus7", id: "d7-003", rendering: "docx.pdf", dpi: 200, paper: GREY_PAPER,
    why: "rule under the header only, Arial 11, frame; no accomplishment column; tab-aligned indicator block; `(i)`, Symbol `•`, typed `•` markers; grey paper",
  },
  {
    name: "d7-006-docx-200-skew.pdf", corpus: "corpus7", id: "d7-006", rendering: "docx.pdf", dpi: 200, skew: 0.8, paper: GREY_PAPER,
    why: "thick grid, Calibri 10; Baseline and Target columns (Target first); rowspan; `o`, `▪`, `➢`, Wingdings markers; grey paper, 0.8° askew",
  },
  {
    name: "d7-010-docx-200.pdf", corpus: "corpus7", id: "d7-010", rendering: "docx.pdf", dpi: 200, quality: 35,
    why: "double outer border, Times 10, frame; Baseline, Risks and Target columns; tab-aligned block; unmarked, typed `•`, `–`, Wingdings `➢` items; JPEG 35",
  },
  {
    name: "d7-012-docx-200.pdf", corpus: "corpus7", id: "d7-012", rendering: "docx.pdf", dpi: 200, noise: LIGHT_NOISE,
    why: "thick grid, Arial 10, landscape throughout; Target column; rowspan; unmarked, typed `•`, Wingdings `➢` items; noise",
  },
  {
    name: "d7-014-docx-200-skew.pdf", corpus: "corpus7", id: "d7-014", rendering: "docx.pdf", dpi: 200, skew: -1.0, noise: LIGHT_NOISE,
    why: "borderless, Arial 10.5, zebra rows; Baseline, Risks and Target columns; rowspan; `–`, `➢` markers; noise, 1.0° askew (counter-clockwise)",
  },
  {
    name: "d7-015-docx-200.pdf", corpus: "corpus7", id: "d7-015", rendering: "docx.pdf", dpi: 200, paper: GREY_PAPER, noise: LIGHT_NOISE,
    why: "rule under the header only, Garamond 10, landscape throughout, frame; Baseline, Risks and Target columns; `o`, `•`, `▪` markers; grey paper, noise",
  },
  {
    name: "d7-020-docx-200.pdf", corpus: "corpus7", id: "d7-020", rendering: "docx.pdf", dpi: 200, quality: 45,
    why: "borderless, Arial 10.5, zebra rows; Target column; rowspan; unmarked, typed `•`, Wingdings `➢` items; JPEG 45",
  },
  {
    name: "d7-026-docx-200-skew.pdf", corpus: "corpus7", id: "d7-026", rendering: "docx.pdf", dpi: 200, skew: 0.6, paper: GREY_PAPER, noise: LIGHT_NOISE,
    why: "borderless, Calibri 10; Baseline, Risks and Target columns (Target first); rowspan; tab-aligned block; unmarked, `–`, Wingdings markers; grey paper, noise, 0.6° askew",
  },
];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });

/** ImageMagick operations for one page (the input is pdftoppm's grey PNG). */
function damage(f) {
  const ops = [];
  if (f.noise) ops.push("-seed", NOISE_SEED, "-attenuate", f.noise.attenuate, "+noise", "Gaussian");
  ops.push("-blur", OPTICS_BLUR);
  // Turned about the centre on a canvas of the same size (the sheet keeps its size), on white,
  // before the paper tint, so the corners come out paper-coloured like the sheet.
  if (f.skew) ops.push("-virtual-pixel", "white", "-distort", "SRT", String(f.skew));
  if (f.paper) ops.push("+level", `${f.paper.black},${f.paper.white}`);
  return ops;
}

async function main() {
  const argv = process.argv.slice(2);
  const holdout = argv.includes("--holdout");
  const holdout2 = argv.includes("--holdout2");
  const holdout3 = argv.includes("--holdout3");
  const holdout4 = argv.includes("--holdout4");
  const w7 = argv.includes("--w7");
  const only = argv.find((a) => !a.startsWith("--"));
  const out = w7 ? W7_OUT : holdout4 ? HOLDOUT4_OUT : holdout3 ? HOLDOUT3_OUT : holdout2 ? HOLDOUT2_OUT : holdout ? HOLDOUT_OUT : OUT;
  mkdirSync(out, { recursive: true });
  for (const f of (w7 ? W7_FIXTURES : holdout4 ? HOLDOUT4_FIXTURES : holdout3 ? HOLDOUT3_FIXTURES : holdout2 ? HOLDOUT2_FIXTURES : holdout ? HOLDOUT_FIXTURES : FIXTURES).filter((x) => !only || x.name.includes(only))) {
    const manifest = (await import(join(ROOT, "test", f.corpus, "manifest.json"), { with: { type: "json" } })).default;
    const doc = manifest.documents.find((d) => d.id === f.id);
    if (!doc || !TUNING_SPLIT.test(doc.split)) throw new Error(`${f.id}: not a development document of test/${f.corpus}`);
    const src = join(ROOT, "test", f.corpus, doc.renderings[f.rendering]);
    const tmp = mkdtempSync(join(tmpdir(), "ocr-layouts-"));
    try {
      run("pdftoppm", ["-r", String(f.dpi), "-gray", "-png", src, join(tmp, "p")]);
      const pages = readdirSync(tmp).filter((n) => n.endsWith(".png")).sort();
      const images = pages.map((p, i) => {
        const out = join(tmp, `page-${String(i).padStart(3, "0")}.jpg`);
        run(CONVERT, [join(tmp, p), ...damage(f), "-colorspace", "Gray", "-strip", "-quality", String(f.quality ?? QUALITY), "-units", "PixelsPerInch", "-density", String(f.dpi), `JPG:${out}`]);
        return out;
      });
      run("img2pdf", ["--nodate", "--engine", "internal", "-o", join(out, f.name), ...images]);
      console.log(`${f.name}: ${images.length} page(s), ${(statSync(join(out, f.name)).size / 1024).toFixed(0)} KB`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
