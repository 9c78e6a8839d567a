/**
 * The committed thirteenth corpus (test/corpus13/: compacts typeset by LaTeX — pdflatex with
 * longtable, booktabs and colortbl — and by AbiWord from an HTML table model, plus pdftotext -layout
 * of the LaTeX print, mutool's text of the AbiWord print and Markdown) is what
 * scripts/corpus13/generate.mjs draws (`--check`: truth, Markdown, the sources' sha256 and the
 * manifest features). Plus the promises of the brief: sizes, every rendering present, every feature
 * in at least three documents and in both ruled and borderless ones, and the gate's floors for dev13
 * (only: holdout13 is held out, never gated). No pipeline scoring here
 * (`node scripts/corpus/score.mjs --corpus test/corpus13 --split dev13`).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cellsNotPrinted, featureCrossing, gateProblems, missingRenderings, readManifest, readTruth, truthRowProblems } from "../support/corpus-manifest.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** The brief: dev13 ~20 documents and >= 280 rows, holdout13 ~12 documents; each feature in >= 3 documents. */
const MIN_DEV_DOCS = 20;
const MIN_DEV_ROWS = 280;
const MIN_HOLDOUT_DOCS = 12;
const MIN_DOCS_PER_FEATURE = 3;
/** Features that are by nature only one of ruled/borderless (the rule style itself). */
const NOT_CROSSED = /^(ruled|borderless|rules:.*)$/;
const RENDERINGS = ["tex.pdf", "abw.pdf", "txt", "mu.txt", "md"];

const manifest = readManifest(here);
const dev = manifest.documents.filter((d) => d.split === "dev13");

describe("test/corpus13", () => {
  it("is what scripts/corpus13/generate.mjs draws (truth, Markdown, sources, manifest)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus13", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(/32 documents match/);
  }, 60_000);

  it("has the sizes, the renderings and the feature crossing the brief asked for", () => {
    const docs = manifest.documents;
    expect(dev.length).toBeGreaterThanOrEqual(MIN_DEV_DOCS);
    expect(dev.reduce((a, d) => a + d.rows, 0)).toBeGreaterThanOrEqual(MIN_DEV_ROWS);
    expect(docs.filter((d) => d.split === "holdout13").length).toBeGreaterThanOrEqual(MIN_HOLDOUT_DOCS);
    expect(missingRenderings(here, docs, RENDERINGS)).toEqual([]);
    expect(featureCrossing(docs, MIN_DOCS_PER_FEATURE, NOT_CROSSED)).toEqual({ thin: [], oneSided: [] });
  });

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    expect(truthRowProblems(here, manifest.documents, { structure: true })).toEqual([]);
  });

  it("keeps every truth cell in the Markdown and every objective's words in both texts", () => {
    const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
    expect(cellsNotPrinted(here, manifest.documents, "md", key)).toEqual([]);
    // In the texts the columns interleave (pdftotext) or cells come one after another (mutool), so
    // only the objectives' words are looked for, each alone; LaTeX's ligatures fold under NFKC.
    const missing: string[] = [];
    for (const d of manifest.documents)
      for (const k of ["txt", "mu.txt"]) {
        // LaTeX prints the typewriter apostrophe as a right quote (’), so quotes are folded too.
        const fold = (s: string) => s.normalize("NFKC").replace(/’/g, "'");
        // AbiWord breaks a word longer than a narrow cell ("recommendati" / "ons"): in mutool's text,
        // where each cell line is its own line, the line ends are joined before looking.
        const raw = readFileSync(join(here, d.renderings[k] ?? ""), "utf8");
        const txt = fold(k === "mu.txt" ? raw.replace(/ *\n/g, "") : raw);
        for (const r of readTruth(here, d).rows) for (const w of String(r.objective ?? "").split(/[ -]/)) if (!txt.includes(fold(w))) missing.push(`${d.id} ${k} ${w}`);
      }
    expect(missing).toEqual([]);
  });

  it("is gated on dev13 (a floor per rendering in test/corpus/floors.json counting every row and document) and never on holdout13", () => {
    const floorsFile = join(root, "test", "corpus", "floors.json");
    expect(gateProblems(floorsFile, "corpus13", manifest.documents, { tuned: "dev13", heldOut: "holdout13", renderings: RENDERINGS })).toEqual([]);
  });
});
