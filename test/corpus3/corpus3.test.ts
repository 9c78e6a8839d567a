/**
 * The committed third corpus (test/corpus3/, PDFs written directly by scripts/corpus3/generate.mjs
 * with producer content-stream quirks) is what the generator makes: `--check` regenerates every
 * truth file, the manifest and the PDFs of documents covering every quirk in memory and compares bytes
 * (that check is in generator.slow.test.ts, run by `npm run test:slow`)
 * (`node scripts/corpus3/generate.mjs --check` alone checks every PDF). Plus the manifest's promises: the
 * sizes the brief asked for, every quirk in at least three dev3 documents, and the text layer of
 * each PDF's pdftotext rendering holding every word of every objective. No pipeline scoring here
 * (that is `node scripts/corpus/score.mjs --corpus test/corpus3 --split dev3`).
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The brief: ≥ 24 dev3 documents with ≥ 300 rows, ≥ 10 held out, each quirk in ≥ 3 dev3 documents. */
const MIN_DEV_DOCS = 24;
const MIN_DEV_ROWS = 300;
const MIN_HOLDOUT_DOCS = 10;
const MIN_DOCS_PER_QUIRK = 3;

interface Entry { id: string; split: string; rows: number; quirks: string[]; renderings: Record<string, string>; truth: string }
interface Manifest { quirks: string[]; documents: Entry[] }
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")) as Manifest;

describe("test/corpus3", () => {
  it("has the sizes and the quirk crossing the brief asked for", () => {
    const dev = manifest.documents.filter((d) => d.split === "dev3");
    const hold = manifest.documents.filter((d) => d.split === "holdout3");
    expect(dev.length).toBeGreaterThanOrEqual(MIN_DEV_DOCS);
    expect(dev.reduce((a, d) => a + d.rows, 0)).toBeGreaterThanOrEqual(MIN_DEV_ROWS);
    expect(hold.length).toBeGreaterThanOrEqual(MIN_HOLDOUT_DOCS);
    const thin = manifest.quirks.filter((q) => dev.filter((d) => d.quirks.includes(q)).length < MIN_DOCS_PER_QUIRK);
    expect(thin).toEqual([]);
    expect(dev.filter((d) => d.quirks.length === 0).length).toBeGreaterThanOrEqual(2);
  });

  it("prints every word of every truth objective in the pdftotext rendering of its PDF (documents without hyphenation)", () => {
    const words = (s: string) => s.normalize("NFKC").split(/[\s.,;:()\-]+/).filter(Boolean);
    for (const d of manifest.documents) {
      const txtPath = join(here, d.renderings["txt"] ?? "");
      expect(existsSync(txtPath), txtPath).toBe(true);
      const txt = new Set(words(readFileSync(txtPath, "utf8")));
      const truth = JSON.parse(readFileSync(join(here, d.truth), "utf8")) as { rows: { objective: string }[] };
      expect(truth.rows.length).toBe(d.rows);
      // Word-style hyphenation splits words over two lines.
      if (d.quirks.includes("hyphenation")) continue;
      for (const r of truth.rows) expect(words(r.objective).filter((w) => !txt.has(w)), `${d.id}: ${r.objective}`).toEqual([]);
    }
  });
});
