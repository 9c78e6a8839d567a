#!/usr/bin/env node
/**
 * The second fresh draw (after test/corpus4): documents of all three generators with seeds no
 * corpus used, for finding what the table reader does not generalise without looking at the
 * held-out splits. test/corpus5/fresh5/ holds documents of scripts/corpus/ (HTML through
 * LibreOffice and Chromium), scripts/corpus2/ (Word files through LibreOffice, separate HTML
 * through Chromium) and scripts/corpus3/ (PDFs written directly, as Word/PDFMaker/Distiller write
 * them), the dev wording banks only (never the held-out share of scripts/corpus/banks.mjs; the
 * other two generators have one set of banks). Weighted toward the held-out gaps (Chromium PDFs of
 * the first generator, LibreOffice PDFs of the second's Word files): 22 + 18 + 10 documents.
 * Same renderings, truth and manifest format as those corpora, so `scripts/corpus/score.mjs
 * --corpus test/corpus5` scores it. See test/corpus5/README.md; the drawing, writing and checking
 * are scripts/fresh/draw.mjs's, shared with test/corpus4.
 *
 *   node scripts/corpus5/generate.mjs            # everything (needs soffice, chromium, poppler-utils, qpdf, zip)
 *   node scripts/corpus5/generate.mjs --no-pdf   # sources, Markdown and truth only (and the third generator's PDFs)
 *   node scripts/corpus5/generate.mjs --check    # committed HTML, Markdown, truth and the third generator's PDFs = generator output? (exit 1 if not)
 */
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { freshCorpus } from "../fresh/draw.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--no-pdf"]);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Seeds no corpus used (scripts/corpus: dev 20061 and up, holdout 90417; scripts/corpus2: 24011;
 * scripts/corpus3: 31013; test/corpus4: 61379 and 47143). `shift` moves the second generator's
 * entity rotation (corpus4 used 2); `first` starts the third generator's document indices past
 * its own corpus's 0–35, so year, entity, manager, font and producer differ as well.
 */
export const FIRST = { seed: 73331, count: 22, prefix: "g1" };
export const SECOND = { seed: 52289, count: 18, prefix: "g2", shift: 5 };
export const THIRD = { seed: 83773, count: 10, prefix: "g3", first: 100 };

await freshCorpus({
  out: join(ROOT, "test", "corpus5"),
  split: "fresh5",
  generator: "scripts/corpus5/generate.mjs",
  first: FIRST,
  second: SECOND,
  third: THIRD,
  tmp: "/tmp/corpus5-gen",
  // Our own LibreOffice and Chromium profiles: other runs of the producers may be going on.
  loProfile: "file:///tmp/lo-fresh5",
  chromiumProfile: "/tmp/chromium-fresh5",
  args: process.argv.slice(2),
});
