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
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cellsNotPrinted, objectiveWordsMissing, readManifest } from "../support/corpus-manifest.js";
import { generatedCorpusTests } from "../support/generated-corpus.js";

const here = dirname(fileURLToPath(import.meta.url));

const manifest = readManifest(here);

describe("test/corpus12", () => {
  // The brief: dev12 ~20 documents and >= 280 rows, holdout12 ~12 documents; each feature in >= 3 documents.
  generatedCorpusTests(here, 12, {
    documents: 32,
    checks: "truth, Markdown, specs, manifest",
    brief: { splits: { dev12: { docs: 20, rows: 280 }, holdout12: { docs: 12 } }, renderings: ["docx.pdf", "rl.pdf", "groff.pdf", "txt", "md"] },
  });

  it("keeps every truth cell in the Markdown and every objective's words in the text", () => {
    const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
    expect(cellsNotPrinted(here, manifest.documents, "md", key)).toEqual([]);
    // In the text the columns interleave and lines may end at a hyphenation point (LibreOffice
    // hyphenates where the document asks), so only the objectives' words are looked for, each alone.
    expect(objectiveWordsMissing(here, manifest.documents, "txt", { skip: (d) => d.features.includes("hyphenate") })).toEqual([]);
  });
});
