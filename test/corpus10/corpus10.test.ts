/**
 * The committed tenth corpus (test/corpus10/: compacts laid out by a page layout of our own and
 * written as PDF the way Word's "Save as PDF" and Acrobat Distiller write them, pdftotext -layout,
 * Markdown) is what scripts/corpus10/generate.mjs draws: `--check` draws every document again in
 * memory (layout included) and compares truth, Markdown and the manifest (`--check --pdf` also
 * writes both PDFs again and compares them byte for byte: slower, not run here). Plus the promises of the brief: sizes, every rendering present, every feature in at
 * least three documents and in both ruled and borderless ones. No pipeline scoring of the PDFs here
 * (`node scripts/corpus/score.mjs --corpus test/corpus10 --split dev10`). The generator check and the
 * text renderings' floors are in corpus10.slow.test.ts (`npm run test:slow`).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { briefProblems, cellsNotPrinted, drawProblems, readManifest, readTruth, truthRowProblems } from "../support/corpus-manifest.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The brief: dev10 ~20–24 documents, holdout10 ~10–12, at least 300 truth rows over the two; each feature in >= 3 documents. */
const MIN_DEV_DOCS = 20;
const MIN_HOLDOUT_DOCS = 10;
const MIN_ROWS = 300;
/** dev10b (session 14): a second tuning draw from its own seed, 27 documents whose plan crosses every feature on its own. */
const DEV10B_DOCS = 27;
const MIN_DEV10B_ROWS = 200;
const MIN_DOCS_PER_FEATURE = 3;
/** Features that are by nature only one of ruled/borderless (the rule style itself). */
const NOT_CROSSED = /^(ruled|borderless|rules:.*)$/;
const RENDERINGS = ["word.pdf", "distiller.pdf", "txt", "md"];

const manifest = readManifest(here);


describe("test/corpus10", () => {
  it("has the sizes, the renderings and the feature crossing the brief asked for", () => {
    const splits = { dev10: { docs: MIN_DEV_DOCS }, holdout10: { docs: MIN_HOLDOUT_DOCS } };
    expect(briefProblems(here, manifest.documents, { splits, total: { rows: MIN_ROWS }, renderings: RENDERINGS, minDocsPerFeature: MIN_DOCS_PER_FEATURE, notCrossed: NOT_CROSSED })).toEqual([]);
  });

  it("has a dev10b split of its own that crosses every feature by itself and shows every feature dev10 shows", () => {
    expect(drawProblems(manifest.documents, { split: "dev10b", prefix: "d10b", count: DEV10B_DOCS, minRows: MIN_DEV10B_ROWS, renderings: RENDERINGS, reference: "dev10", minDocsPerFeature: MIN_DOCS_PER_FEATURE, notCrossed: NOT_CROSSED, crossing: "alone" })).toEqual([]);
  });

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    expect(truthRowProblems(here, manifest.documents, { structure: true })).toEqual([]);
  });

  it("keeps every truth cell in the Markdown and, white space aside, in the PDF's pdftotext text", () => {
    const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
    expect(cellsNotPrinted(here, manifest.documents, "md", key)).toEqual([]);
    // In the text the columns interleave, so only the words are checked, each in order of a cell.
    for (const d of manifest.documents) {
      const txt = readFileSync(join(here, d.renderings.txt ?? ""), "utf8");
      for (const r of readTruth(here, d).rows) for (const w of String(r.objective ?? "").split(" ")) expect(txt.includes(w), `${d.id} txt ${w}`).toBe(true);
    }
  });
});
