/**
 * The committed ninth corpus (test/corpus9/: hand-written Flat ODT printed by LibreOffice, the same
 * PDFs re-distilled by Ghostscript, pdftotext -layout, LibreOffice's own text export, Markdown) is
 * what scripts/corpus9/generate.mjs draws: `--check` draws every document again and compares
 * truth, Markdown, the .fodt sources' hashes and the manifest features (no LibreOffice needed).
 * Plus the promises of the brief: sizes, every rendering present, every feature in at least three
 * documents and in both ruled and borderless ones. No pipeline scoring here
 * (`node scripts/corpus/score.mjs --corpus test/corpus9 --split dev9`).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { briefProblems, cellsNotPrinted, drawProblems, readManifest, truthRowProblems } from "../support/corpus-manifest.js";
import { docsInScope, everyDraw, splitsInScope } from "../support/draws.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** The brief: dev9 ~24 documents, holdout9 ~12, at least 300 truth rows over the two; each feature in >= 3 documents. */
const MIN_DEV_DOCS = 24;
const MIN_HOLDOUT_DOCS = 12;
const MIN_ROWS = 300;
/** dev9b (session 14): a second tuning draw of about 24 documents, crossed on its own as dev9 is within the plan. */
const DEV9B_DOCS = 24;
const MIN_DEV9B_ROWS = 200;
const MIN_DOCS_PER_FEATURE = 3;
/** val9 (session 34): a validation draw of 24 documents, another seed; checked for its size, renderings and every dev9 feature shown (its crossing is as the seed deals it). */
const VAL9_DOCS = 24;
/**
 * Features that are by nature only one of ruled/borderless (the rule style itself), and the
 * accomplishment column's marker: ruled documents hold about a dozen flat tables with an
 * accomplishment column for thirteen markers, so one marker always misses them there (the
 * measures' `marker:` feature is crossed).
 */
const NOT_CROSSED = /^(ruled|borderless|rules:.*|acc-marker:.*)$/;
const RENDERINGS = ["fodt.pdf", "gs.pdf", "txt", "odt.txt", "md"];

const manifest = readManifest(here);
/** Further validation draws (recorded in the manifest's `draws`; val9b, session 41's check draw; val9c, session 42's; val9d, session 43's; val9e, session 44's; val9f, session 45's; val9g, session 46's; val9h, session 47's; val9i, session 48's; val9j, session 49's; val9k, session 50's; val9l, session 51's; val9m, session 52's; val9n, session 53's), each checked as val9 is. */
const DRAWS = Object.keys((manifest as { draws?: Record<string, number> }).draws ?? {});


describe("test/corpus9", () => {
  // npm test: dev9, holdout9, dev9b and the newest draw (`--splits=…`); npm run test:slow: every document (test/support/draws.ts)
  it(`is what scripts/corpus9/generate.mjs draws (truth, Markdown, source hashes, manifest features; ${everyDraw() ? "every draw" : "own splits and the newest draw"})`, () => {
    expect(manifest.documents).toHaveLength(396);
    const splits = everyDraw() ? [] : [`--splits=${splitsInScope(here, manifest.documents).join(",")}`];
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus9", "generate.mjs"), "--check", ...splits], { encoding: "utf8" });
    expect(out).toMatch(new RegExp(`\\b${everyDraw() ? 396 : docsInScope(here, manifest.documents).length} documents match`));
  }, 60_000);

  it("has the sizes, the renderings and the feature crossing the brief asked for", () => {
    const splits = { dev9: { docs: MIN_DEV_DOCS }, holdout9: { docs: MIN_HOLDOUT_DOCS } };
    expect(briefProblems(here, manifest.documents, { splits, total: { rows: MIN_ROWS }, renderings: RENDERINGS, minDocsPerFeature: MIN_DOCS_PER_FEATURE, notCrossed: NOT_CROSSED })).toEqual([]);
  });

  it("has a dev9b split of its own that crosses every feature by itself and shows every feature dev9 shows", () => {
    expect(drawProblems(manifest.documents, { split: "dev9b", prefix: "d9b", count: DEV9B_DOCS, minRows: MIN_DEV9B_ROWS, renderings: RENDERINGS, reference: "dev9", minDocsPerFeature: MIN_DOCS_PER_FEATURE, notCrossed: NOT_CROSSED, crossing: "alone" })).toEqual([]);
  });

  it("has a val9 validation draw (session 34, not gated) of about 24 documents with every rendering", () => {
    // As the seed deals it: ids, size, renderings and every dev9 feature shown; a thin or one-sided crossing is not redrawn.
    const problems = drawProblems(manifest.documents, { split: "val9", prefix: "v9", count: VAL9_DOCS, minRows: MIN_DEV9B_ROWS, renderings: RENDERINGS, reference: "dev9", minDocsPerFeature: MIN_DOCS_PER_FEATURE, notCrossed: NOT_CROSSED, crossing: "alone" });
    expect(problems.filter((p) => !/^(thin|one-sided): /.test(p))).toEqual([]);
  });

  it("records val9b (session 41's check draw) and checks every further draw as val9", () => {
    expect(DRAWS).toContain("val9b");
    expect(DRAWS).toContain("val9c");
    expect(DRAWS).toContain("val9d");
    expect(DRAWS).toContain("val9e");
    expect(DRAWS).toContain("val9f");
    expect(DRAWS).toContain("val9g");
    expect(DRAWS).toContain("val9h");
    expect(DRAWS).toContain("val9i");
    expect(DRAWS).toContain("val9j");
    expect(DRAWS).toContain("val9k");
    expect(DRAWS).toContain("val9l");
    expect(DRAWS).toContain("val9m");
    expect(DRAWS).toContain("val9n");
    for (const split of DRAWS) {
      const problems = drawProblems(manifest.documents, { split, prefix: `v${split.slice(3)}`, count: VAL9_DOCS, minRows: MIN_DEV9B_ROWS, renderings: RENDERINGS, reference: "dev9", minDocsPerFeature: MIN_DOCS_PER_FEATURE, notCrossed: NOT_CROSSED, crossing: "alone" });
      expect(problems.filter((p) => !/^(thin|one-sided): /.test(p))).toEqual([]);
    }
  });

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    expect(truthRowProblems(here, manifest.documents, { structure: true })).toEqual([]);
  });

  it("keeps every truth cell in the printed text of LibreOffice's text export and the Markdown (nothing the truth asks for is missing from the document)", () => {
    // Hyphens of every kind dropped (NFKC turns U+2011 into U+2010), soft hyphens and white space too.
    const key = (s: string) => s.normalize("NFKC").replace(/[\u00ad\u2010\u2011-]/g, "").replace(/\s+/g, "");
    for (const rendering of ["odt.txt", "md"]) expect(cellsNotPrinted(here, manifest.documents, rendering, key)).toEqual([]);
  });
});
