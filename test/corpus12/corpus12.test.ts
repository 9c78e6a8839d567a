/**
 * The committed twelfth corpus (test/corpus12/: compacts written as a real .docx by python-docx and
 * printed by LibreOffice, typeset by groff/tbl, and drawn by ReportLab platypus, plus pdftotext
 * -layout of the .docx print and Markdown) is what scripts/corpus12/generate.mjs draws (`--check`:
 * truth, Markdown, the renderers' input specs' sha256 and the manifest features). Plus the promises
 * of the brief: sizes, every rendering present, every feature in at least three documents and in both
 * ruled and borderless ones, and the gate's floors for dev12 (only: holdout12 is held out, never
 * gated). No pipeline scoring here (`node scripts/corpus/score.mjs --corpus test/corpus12 --split dev12`).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cellsNotPrinted, featureCrossing, missingRenderings, objectiveWordsMissing, readManifest } from "../support/corpus-manifest.js";
import { generatedCorpusTests } from "../support/generated-corpus.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The brief: dev12 ~20 documents and >= 280 rows, holdout12 ~12 documents; each feature in >= 3 documents. */
const MIN_DEV_DOCS = 20;
const MIN_DEV_ROWS = 280;
const MIN_HOLDOUT_DOCS = 12;
const MIN_DOCS_PER_FEATURE = 3;
/** Features that are by nature only one of ruled/borderless (the rule style itself). */
const NOT_CROSSED = /^(ruled|borderless|rules:.*)$/;
const RENDERINGS = ["docx.pdf", "rl.pdf", "groff.pdf", "txt", "md"];

const manifest = readManifest(here);
const dev = manifest.documents.filter((d) => d.split === "dev12");

describe("test/corpus12", () => {
  generatedCorpusTests(here, 12, { documents: 32, checks: "truth, Markdown, specs, manifest", renderings: RENDERINGS });

  it("has the sizes, the renderings and the feature crossing the brief asked for", () => {
    const docs = manifest.documents;
    expect(dev.length).toBeGreaterThanOrEqual(MIN_DEV_DOCS);
    expect(dev.reduce((a, d) => a + d.rows, 0)).toBeGreaterThanOrEqual(MIN_DEV_ROWS);
    expect(docs.filter((d) => d.split === "holdout12").length).toBeGreaterThanOrEqual(MIN_HOLDOUT_DOCS);
    expect(missingRenderings(here, docs, RENDERINGS)).toEqual([]);
    expect(featureCrossing(docs, MIN_DOCS_PER_FEATURE, NOT_CROSSED)).toEqual({ thin: [], oneSided: [] });
  });

  it("keeps every truth cell in the Markdown and every objective's words in the text", () => {
    const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
    expect(cellsNotPrinted(here, manifest.documents, "md", key)).toEqual([]);
    // In the text the columns interleave and lines may end at a hyphenation point (LibreOffice
    // hyphenates where the document asks), so only the objectives' words are looked for, each alone.
    expect(objectiveWordsMissing(here, manifest.documents, "txt", { skip: (d) => d.features.includes("hyphenate") })).toEqual([]);
  });
});
