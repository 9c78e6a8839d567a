/**
 * The committed fifteenth corpus (test/corpus15/: compacts written as HTML, imported by LibreOffice
 * Writer and saved as .docx, the .docx printed by LibreOffice, re-distilled by cairo and by cairo's
 * PostScript through Ghostscript, plus pdftotext -layout of the cairo PDF and pandoc's GFM of the
 * .docx) is what scripts/corpus15/generate.mjs draws (`--check`: truth, the layout's sha256 and the
 * manifest features). Plus the promises of the brief: sizes, every rendering present, every feature
 * in at least three documents and in both ruled and borderless ones, and floors for dev15 only (never
 * holdout15). No pipeline scoring here (`node scripts/corpus/score.mjs --corpus test/corpus15 --split dev15`).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cellsNotPrinted, featureCrossing, missingRenderings, objectiveWordsMissing, readManifest } from "../support/corpus-manifest.js";
import { generatedCorpusTests } from "../support/generated-corpus.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The brief: at least 20 documents and 300 rows, 60 % to dev15 and 40 % to holdout15. */
const MIN_DEV_DOCS = 15;
const MIN_DEV_ROWS = 200;
const MIN_HOLDOUT_DOCS = 10;
const MIN_HOLDOUT_ROWS = 120;
const MIN_DOCS_PER_FEATURE = 3;
/** Features that are by nature only one of ruled/borderless (the rule style itself). */
const NOT_CROSSED = /^(ruled|borderless|rules:.*)$/;
const RENDERINGS = ["docx.pdf", "cairo.pdf", "cairops.pdf", "txt", "md"];

const manifest = readManifest(here);
const docs = manifest.documents;
const dev = docs.filter((d) => d.split === "dev15");
const holdout = docs.filter((d) => d.split === "holdout15");

describe("test/corpus15", () => {
  generatedCorpusTests(here, 15, { documents: 26, checks: "truth, layout, manifest", renderings: RENDERINGS });

  it("has the sizes, the renderings and the feature crossing the brief asked for", () => {
    expect(dev.length).toBeGreaterThanOrEqual(MIN_DEV_DOCS);
    expect(dev.reduce((a, d) => a + d.rows, 0)).toBeGreaterThanOrEqual(MIN_DEV_ROWS);
    expect(holdout.length).toBeGreaterThanOrEqual(MIN_HOLDOUT_DOCS);
    expect(holdout.reduce((a, d) => a + d.rows, 0)).toBeGreaterThanOrEqual(MIN_HOLDOUT_ROWS);
    expect(dev.length + holdout.length).toBeGreaterThanOrEqual(20);
    expect(missingRenderings(here, docs, RENDERINGS)).toEqual([]);
    expect(featureCrossing(docs, MIN_DOCS_PER_FEATURE, NOT_CROSSED)).toEqual({ thin: [], oneSided: [] });
  });

  it("keeps every truth cell in pandoc's Markdown and every objective's words in the cairo PDF's text", () => {
    const key = (s: string) => s.normalize("NFKC").replace(/<a [^>]*footnote-ref[^>]*>.*?<\/a>|\[\^\d+\]/g, "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/\\([|*'])/g, "$1").replace(/[’']/g, "'").replace(/\s+/g, "");
    expect(cellsNotPrinted(here, docs, "md", key)).toEqual([]);
    expect(objectiveWordsMissing(here, docs, "txt")).toEqual([]);
  });
});
