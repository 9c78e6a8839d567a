/**
 * The committed seventh corpus (test/corpus7/: Word documents written with the `docx` package,
 * printed by LibreOffice and, through HTML, by Chromium) is what scripts/corpus7/generate.mjs
 * draws: `--check` draws every document again and compares truth, Markdown and manifest features
 * (no LibreOffice needed; the .docx themselves carry creation times and are not compared). Plus
 * the promises of the brief: sizes, every rendering present, every feature in at least three
 * documents and in both ruled and borderless ones. No pipeline scoring here (that is
 * `node scripts/corpus/score.mjs --corpus test/corpus7 --split dev7`).
 */
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { briefProblems, drawProblems, readManifest, truthRowProblems } from "../support/corpus-manifest.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** The brief: ~30 dev7 documents with >= 300 rows, ~15 held out, each feature in >= 3 documents. */
const MIN_DEV_DOCS = 30;
const MIN_DEV_ROWS = 300;
const MIN_HOLDOUT_DOCS = 15;
/** tune7 (session 11): more tuning data from the same planner, its own seed. */
const MIN_TUNE_DOCS = 24;
/** tune7b (session 15): a second tuning draw of 24 documents from its own seed, t7b-001 … t7b-024. */
const TUNE_B_DOCS = 24;
const MIN_TUNE_B_ROWS = 200;
const RENDERINGS = ["docx.pdf", "html.pdf", "txt", "md", "pandoc.md", "gfm.md"];
const MIN_DOCS_PER_FEATURE = 3;
/** Features that are by nature only one of ruled/borderless (the rule style itself). */
const NOT_CROSSED = /^(ruled|borderless|rules:.*)$/;

const manifest = readManifest(here);

describe("test/corpus7", () => {

  it("has the sizes, the renderings and the feature crossing the brief asked for", () => {
    const docs = manifest.documents;
    const splits = { dev7: { docs: MIN_DEV_DOCS, rows: MIN_DEV_ROWS }, holdout7: { docs: MIN_HOLDOUT_DOCS }, fresh7: { docs: MIN_HOLDOUT_DOCS }, tune7: { docs: MIN_TUNE_DOCS } };
    expect(briefProblems(here, docs, { splits, renderings: RENDERINGS, minDocsPerFeature: MIN_DOCS_PER_FEATURE, notCrossed: NOT_CROSSED })).toEqual([]);
    for (const d of docs) expect(existsSync(join(here, d.source ?? "missing")), `${d.id} source`).toBe(true);
  });

  it("has a tune7b split of its own, in every rendering, that shows every feature tune7 shows", () => {
    // Crossed on its own as well as tune7 is (neither crosses every feature alone: the corpus does).
    expect(drawProblems(manifest.documents, { split: "tune7b", prefix: "t7b", count: TUNE_B_DOCS, minRows: MIN_TUNE_B_ROWS, renderings: RENDERINGS, reference: "tune7", minDocsPerFeature: MIN_DOCS_PER_FEATURE, notCrossed: NOT_CROSSED, crossing: "as-well-as-reference" })).toEqual([]);
  });

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    expect(truthRowProblems(here, manifest.documents, { structure: false })).toEqual([]);
  });
});
