/**
 * The committed twentieth corpus (test/corpus20/: compacts typeset by Typst — Typst sources with the
 * table model's rowspans, colspans, strokes full / thin coloured / none / horizontal only / booktabs /
 * zebra fills, borderless `grid`s, `table.header(repeat: …)` or a plain first row, lists with Typst's
 * and custom markers, enumerations `1.` `1)` `(a)` `a)` `i.` `(i)`, justified and hyphenated text,
 * landscape documents and landscape pages for wide tables, Libertinus Serif / New Computer Modern /
 * DejaVu Sans / Liberation Serif embedded — plus pdftotext -layout of that PDF and plain pipe-table
 * Markdown) is what scripts/corpus20/generate.mjs draws (`--check`: truth, the Typst sources, the
 * Markdown, the PDFs' sha256 and the manifest; Typst is not needed, and when it is installed in
 * scripts/corpus20 every source is compiled again and must give the committed bytes). Plus the
 * promises of the brief: sizes, every rendering present, every feature in at least three documents and
 * in both ruled and borderless ones. Gated on dev20 from session 28 on (a floor per rendering in
 * test/corpus/floors.json; its first, untuned scores are in test/corpus20/README.md); holdout20 is
 * held out. Session 33 added val20, a validation draw (the generator with seed 203020, ids v20-001…,
 * `--split val20 --seed 203020`), session 35 val20b (seed 204040, ids v20b-001…), session 36 val20c (seed 205050, ids v20c-001…), session 37 val20d (seed 206060, ids v20d-001…, session 37's check draw, tuned on from session 38), session 39 val20e (seed 207070, ids v20e-001…, session 39's check draw, tuned on from session 41), session 41 val20f (seed 208080, ids v20f-001…, session 41's check draw, tuned on from session 42), session 42 val20g (seed 209090, ids v20g-001…, session 42's check draw, tuned on from session 43), session 43 val20h (seed 210100, ids v20h-001…, session 43's check draw, tuned on from session 44), session 44 val20i (seed 211110, ids v20i-001…, session 44's check draw, tuned on from session 45), session 45 val20j (seed 212120, ids v20j-001…, session 45's check draw, tuned on from session 46), session 46 val20k (seed 213130, ids v20k-001…, session 46's check draw, tuned on from session 47), session 47 val20l (seed 214140, ids v20l-001…, session 47's check draw, tuned on from session 48), session 48 val20m (seed 215150, ids v20m-001…, session 48's check draw, tuned on from session 49), session 49 val20n (seed 216150, ids v20n-001…, session 49's check draw, tuned on from session 50), session 50 val20o (seed 217150, ids v20o-001…, session 50's check draw, tuned on from session 51), session 51 val20p (seed 218150, ids v20p-001…, session 51's check draw, tuned on from session 52), session 52 val20q (seed 219150, ids v20q-001…, session 52's check draw, tuned on from session 53), session 53 val20r (seed 220150, ids v20r-001…, a check draw nobody tuned on): not gated, checked
 * by `--check` beside the other documents;
 * the poppler reads of its PDFs (test/corpus20/pdf-checks.ts) run in the slow suite (val20.slow.test.ts).
 * No pipeline scoring here (`node scripts/corpus/score.mjs --corpus test/corpus20 --split dev20`).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cellWordsMissing, cutRowCount, readManifest } from "../support/corpus-manifest.js";
import { generatedCorpusTests } from "../support/generated-corpus.js";
import { docsInScope } from "../support/draws.js";
import { hyphenated, pdfPath, popplerErrors, readingOrderProblems, typstFontProblems } from "./pdf-checks.js";

const here = dirname(fileURLToPath(import.meta.url));

const manifest = readManifest(here) as ReturnType<typeof readManifest> & { producers: Record<string, string> };
const docs = manifest.documents;

describe("test/corpus20", () => {
  // The brief: dev20 >= 16 documents and >= 190 rows, holdout20 >= 10 documents; each feature in >= 3 documents.
  generatedCorpusTests(here, 20, {
    // 26 documents of the corpus seed (dev20 60 %, holdout20 40 %) and 26 of each validation draw (val20, val20b, val20c, val20d, val20e, val20f, val20g, val20h, val20i, val20j, val20k, val20l, val20m, val20n, val20o, val20p, val20q, val20r)
    documents: 494,
    checks: "truth, Typst sources, Markdown, PDF sha256, manifest",
    brief: {
      total: { docs: 494, rows: 2400 },
      shares: { dev20: 0.03, holdout20: 0.02, val20: 0.05, val20b: 0.05, val20c: 0.05, val20d: 0.05, val20e: 0.05, val20f: 0.05, val20g: 0.05, val20h: 0.05, val20i: 0.05, val20j: 0.05, val20k: 0.05, val20l: 0.05, val20m: 0.05, val20n: 0.05, val20o: 0.05, val20p: 0.05, val20q: 0.05, val20r: 0.05 },
      renderings: ["typst.pdf", "typst.txt", "md"],
      features: ["rules:full", "rules:thin-colour", "rules:hlines", "rules:booktabs", "rules:zebra", "span:rowspan", "span:colspan", "span:nested-rowspan",
        "table-header:repeat", "table-header:no-repeat", "table-header:plain-row", "widths:fr", "widths:auto", "widths:fixed", "widths:mixed", "valign:horizon",
        "orientation:landscape", "orientation:wide-pages", "page:landscape-table", "justify:true", "hyphenate:true",
        "items:list-bullet", "items:list-marker", "items:enum-decimal", "items:enum-alpha", "items:enum-roman", "items:lines",
        "missions:nested-list", "signatures:grid", "header-block:stacked", "header-block:rule-below", "cols:2", "cols:5", "col:risks", "no-accomplishment",
        "font:libertinus-serif", "font:new-computer-modern", "font:dejavu-sans", "font:liberation-serif", "footer:page-n-of-m", "footer:numbering-n-slash-m", "text:geq"],
    },
  });

  it("holds the split sizes of the brief: dev20 >= 16 documents and >= 190 rows, holdout20 >= 10 documents", () => {
    const dev = docs.filter((d) => d.split === "dev20"), holdout = docs.filter((d) => d.split === "holdout20");
    expect(dev.length).toBeGreaterThanOrEqual(16);
    expect(dev.reduce((a, d) => a + d.rows, 0)).toBeGreaterThanOrEqual(190);
    expect(holdout.length).toBeGreaterThanOrEqual(10);
  });

  it("holds eighteen validation draws of 26 documents each (val20 ids v20-…, val20b ids v20b-…, val20c ids v20c-…, val20d ids v20d-…, val20e ids v20e-…, val20f ids v20f-…, val20g ids v20g-…, val20h ids v20h-…, val20i ids v20i-…, val20j ids v20j-…, val20k ids v20k-…, val20l ids v20l-…, val20m ids v20m-…, val20n ids v20n-…, val20o ids v20o-…, val20p ids v20p-…, val20q ids v20q-…, val20r ids v20r-…, sources src/<id>.typ) that no floor gates", () => {
    for (const [split, prefix] of [["val20", "v20"], ["val20b", "v20b"], ["val20c", "v20c"], ["val20d", "v20d"], ["val20e", "v20e"], ["val20f", "v20f"], ["val20g", "v20g"], ["val20h", "v20h"], ["val20i", "v20i"], ["val20j", "v20j"], ["val20k", "v20k"], ["val20l", "v20l"], ["val20m", "v20m"], ["val20n", "v20n"], ["val20o", "v20o"], ["val20p", "v20p"], ["val20q", "v20q"], ["val20r", "v20r"]] as const) {
      const val = docs.filter((d) => d.split === split);
      expect(val.length, split).toBe(26);
      expect(val.every((d) => new RegExp(`^${prefix}-\\d{3}$`).test(d.id) && d.renderings["typst.txt"] === `${split}/${d.id}.typst.txt` && d.source === `src/${d.id}.typ`), split).toBe(true);
    }
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect((manifest as unknown as { validation: Record<string, { seed: number }> }).validation).toEqual({ val20: { seed: 203020 }, val20b: { seed: 204040 }, val20c: { seed: 205050 }, val20d: { seed: 206060 }, val20e: { seed: 207070 }, val20f: { seed: 208080 }, val20g: { seed: 209090 }, val20h: { seed: 210100 }, val20i: { seed: 211110 }, val20j: { seed: 212120 }, val20k: { seed: 213130 }, val20l: { seed: 214140 }, val20m: { seed: 215150 }, val20n: { seed: 216150 }, val20o: { seed: 217150 }, val20p: { seed: 218150 }, val20q: { seed: 219150 }, val20r: { seed: 220150 } });
    const floors = JSON.parse(readFileSync(join(here, "..", "corpus", "floors.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(floors).filter((k) => k.startsWith("corpus20:val20"))).toEqual([]);
  });

  it("prints every word of every truth cell in the Markdown, and in the layout text of every document Typst did not hyphenate", () => {
    // npm test reads dev20, holdout20 and the newest draw; npm run test:slow every draw (test/support/draws.ts)
    const scoped = docsInScope(here, docs);
    expect(cellWordsMissing(here, scoped, "md")).toEqual([]);
    expect(cellWordsMissing(here, scoped.filter((d) => !hyphenated(d)), "typst.txt")).toEqual([]);
  });

  // The PDF loops read dev20 and holdout20; val20's, val20b's and val20c's PDFs: val20.slow.test.ts (npm run test:slow).
  const devHoldout = docs.filter((d) => !d.split.startsWith("val20"));
  it("prints every truth word in the PDF's text in reading order once its soft-hyphen breaks are joined (hyphenated documents break words at line ends with U+00AD)", () => {
    expect(readingOrderProblems(here, devHoldout)).toEqual([]);
  });

  it("was compiled by Typst: the producer recorded, every font embedded (a subset), the family the manifest names", () => {
    expect(manifest.producers["typst-ts-node-compiler"]).toMatch(/^0\.7\./);
    expect(manifest.producers.typst).toMatch(/^Typst 0\.1\d/);
    expect(typstFontProblems(here, devHoldout)).toEqual([]);
  });

  it("prints well-formed pages: poppler reads every PDF without an error", () => {
    expect(popplerErrors(here, devHoldout)).toEqual([]);
  });

  it("sets a wide table on a landscape page of its own inside a portrait document (orientation:wide-pages)", () => {
    const wide = docs.filter((d) => d.features.includes("orientation:wide-pages"));
    expect(wide.length).toBeGreaterThanOrEqual(3);
    for (const d of wide.slice(0, 3)) {
      const sizes = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdfPath(here, d)], { encoding: "utf8" }).match(/Page\s+\d+ size:\s+[\d.]+ x [\d.]+/g) ?? [];
      const dims = sizes.map((s) => s.replace(/.*size:\s+/, ""));
      expect(dims, d.id).toContain("595.276 x 841.89");
      expect(dims, d.id).toContain("841.89 x 595.276");
    }
  });

  it("records the rows the page breaks cut, and at least a few (rows across pages are a feature)", () => {
    expect(cutRowCount(docs, "typst")).toBeGreaterThanOrEqual(3);
  });
});
