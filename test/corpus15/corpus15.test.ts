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
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cellsNotPrinted, objectiveWordsMissing, readManifest } from "../support/corpus-manifest.js";
import { generatedCorpusTests } from "../support/generated-corpus.js";

const here = dirname(fileURLToPath(import.meta.url));

const docs = readManifest(here).documents;

describe("test/corpus15", () => {
  // The brief: at least 20 documents and 300 rows, 60 % to dev15 and 40 % to holdout15; each feature in >= 3 documents.
  generatedCorpusTests(here, 15, {
    documents: 26,
    checks: "truth, layout, manifest",
    brief: {
      splits: { dev15: { docs: 15, rows: 200 }, holdout15: { docs: 10, rows: 120 } },
      total: { docs: 20 },
      renderings: ["docx.pdf", "cairo.pdf", "cairops.pdf", "txt", "md"],
    },
  });

  it("keeps every truth cell in pandoc's Markdown and every objective's words in the cairo PDF's text", () => {
    const key = (s: string) => s.normalize("NFKC").replace(/<a [^>]*footnote-ref[^>]*>.*?<\/a>|\[\^\d+\]/g, "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/\\([|*'])/g, "$1").replace(/[’']/g, "'").replace(/\s+/g, "");
    expect(cellsNotPrinted(here, docs, "md", key)).toEqual([]);
    expect(objectiveWordsMissing(here, docs, "txt")).toEqual([]);
  });
});
