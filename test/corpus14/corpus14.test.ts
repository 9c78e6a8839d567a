/**
 * The committed fourteenth corpus (test/corpus14/: compacts as a spreadsheet printed by LibreOffice
 * Calc, as a native ODT printed by Writer, typeset by XeLaTeX with ltablex, typed copies printed by
 * enscript and ps2pdf, plus pdftotext -layout of the spreadsheet print and Markdown) is what
 * scripts/corpus14/generate.mjs draws (`--check`: truth, Markdown, the layout's sha256 and the
 * manifest features). Plus the promises of the brief: sizes, every rendering present (enscript.pdf
 * for the typed, Latin-1 documents only), every feature in at least three documents and in both
 * ruled and borderless ones, and floors for dev14 only (never holdout14). No pipeline scoring here
 * (`node scripts/corpus/score.mjs --corpus test/corpus14 --split dev14`).
 */
import { describe, expect, it } from "vitest";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cellsNotPrinted, missingRenderings, objectiveWordsMissing, readManifest } from "../support/corpus-manifest.js";
import { generatedCorpusTests } from "../support/generated-corpus.js";
import { docsInScope } from "../support/draws.js";

const here = dirname(fileURLToPath(import.meta.url));

const RENDERINGS = ["xlsx.pdf", "odt.pdf", "xe.pdf", "txt", "md"];

const manifest = readManifest(here);
const allDocs = manifest.documents as (typeof manifest.documents[number] & { typed: boolean })[];

describe("test/corpus14", () => {
  // The brief: dev14 >= 18 documents and >= 280 rows, holdout14 >= 12 documents and >= 180 rows; each feature in >= 3 documents.
  generatedCorpusTests(here, 14, {
    documents: 465, // 33 (dev14, holdout14) and the validation draws val14 (24, seed 151414), val14b (24, seed 161414, session 35), val14c (24, seed 171414, session 36), val14d (24, seed 181414, session 37, a check draw until session 39) val14e (24, seed 191414, session 39, a check draw until session 41), val14f (24, seed 201414, session 41, a check draw until session 42), val14g (24, seed 211414, session 42, a check draw until session 43) val14h (24, seed 221414, session 43, a check draw until session 44) val14i (24, seed 231414, session 44, a check draw until session 45), val14j (24, seed 241414, session 45, a check draw until session 46), val14k (24, seed 251414, session 46, a check draw until session 47), val14l (24, seed 261414, session 47, a check draw until session 48), val14m (24, seed 271414, session 48, a check draw until session 49), val14n (24, seed 281414, session 49, a check draw until session 50), val14o (24, seed 291414, session 50, a check draw until session 51), val14p (24, seed 301414, session 51, a check draw until session 52), val14q (24, seed 311414, session 52, a check draw until session 53) and val14r (24, seed 321414, session 53, a check draw); not gated
    checks: "truth, Markdown, layout, manifest",
    brief: { splits: { dev14: { docs: 18, rows: 280 }, holdout14: { docs: 12, rows: 180 }, val14: { docs: 16, rows: 250 } }, renderings: RENDERINGS },
    gate: [...RENDERINGS, "enscript.pdf"],
  });

  it("prints enscript.pdf for the typed documents and only for them", () => {
    expect(missingRenderings(here, allDocs.filter((d) => d.typed), ["enscript.pdf"])).toEqual([]);
    expect(allDocs.filter((d) => !d.typed && d.renderings["enscript.pdf"]).map((d) => d.id)).toEqual([]);
  });

  it("keeps every truth cell in the Markdown and every objective's words in the spreadsheet's text", () => {
    // npm test reads dev14, holdout14 and the newest draw; npm run test:slow every draw (test/support/draws.ts)
    const docs = docsInScope(here, allDocs);
    const key = (s: string) => s.normalize("NFKC").replace(/\\([|*])/g, "$1").replace(/\s+/g, "");
    expect(cellsNotPrinted(here, docs, "md", key)).toEqual([]);
    expect(objectiveWordsMissing(here, docs, "txt")).toEqual([]);
  });
});
