#!/usr/bin/env node
/**
 * Fresh documents from the two existing generators, for checking that the table reader
 * generalises without looking at the held-out splits: test/corpus4/fresh4/ holds documents of
 * scripts/corpus/ (HTML through LibreOffice and Chromium) and of scripts/corpus2/ (Word files
 * through LibreOffice, separate HTML through Chromium) drawn with seeds neither corpus used, and
 * the dev wording banks (never the held-out share of scripts/corpus/banks.mjs). Same renderings,
 * truth and manifest format as those corpora, so `scripts/corpus/score.mjs --corpus test/corpus4`
 * scores it. See test/corpus4/README.md; the drawing, writing and checking are
 * scripts/fresh/draw.mjs's, shared with test/corpus5.
 *
 *   node scripts/corpus4/generate.mjs            # everything (needs soffice, chromium, poppler-utils, qpdf, zip)
 *   node scripts/corpus4/generate.mjs --no-pdf   # sources, Markdown and truth only
 *   node scripts/corpus4/generate.mjs --check    # committed HTML, Markdown and truth = generator output? (exit 1 if not)
 */
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { freshCorpus } from "../fresh/draw.mjs";
import { refuseUnknownFlags } from "../corpus/args.mjs";

refuseUnknownFlags(import.meta.url, ["--check", "--no-pdf"]);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Seeds neither corpus used (scripts/corpus: dev 20061 and up, holdout 90417; scripts/corpus2: 24011). */
export const FIRST = { seed: 61379, count: 30, prefix: "f1" };
export const SECOND = { seed: 47143, count: 20, prefix: "f2", shift: 2 };

await freshCorpus({
  out: join(ROOT, "test", "corpus4"),
  split: "fresh4",
  generator: "scripts/corpus4/generate.mjs",
  first: FIRST,
  second: SECOND,
  tmp: "/tmp/corpus4-gen",
  // Our own LibreOffice and Chromium profiles: other runs of the producers may be going on.
  loProfile: "file:///tmp/lo-fresh",
  chromiumProfile: "/tmp/chromium-fresh",
  args: process.argv.slice(2),
});
