/**
 * The committed nineteenth corpus (test/corpus19/: compacts as pdfmake prints them — document
 * definitions with table layouts grid / thin coloured rules / noBorders / headerLineOnly /
 * lightHorizontalLines / zebra fills, rowSpan objectives, colSpan "Objective N:" rows, headerRows
 * repeated or not, dontBreakRows, cell items as `ul` lists with vector markers, `ol` lists with
 * separators or stacked paragraphs, DRAFT watermarks, Roboto / DejaVu / Liberation Serif embedded —
 * plus pdftotext -layout of that PDF and plain pipe-table Markdown) is what
 * scripts/corpus19/generate.mjs draws (`--check`: truth, the document definitions, the Markdown, the
 * PDFs' sha256 and the manifest; pdfmake is not needed). Plus the promises of the brief: sizes, every
 * rendering present, every feature in at least three documents and in both ruled and borderless ones.
 * **No floors**: dev19 is not tuned yet (its first scores are in test/corpus19/README.md), holdout19 is
 * held out. No pipeline scoring here (`node scripts/corpus/score.mjs --corpus test/corpus19 --split dev19`).
 */
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { featureCrossing, missingRenderings, readManifest, readTruth, truthRowProblems } from "../support/corpus-manifest.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** The brief: at least 24 documents and 300 rows, 60 % to dev19 and 40 % to holdout19. */
const MIN_DOCS = 24;
const MIN_ROWS = 300;
const MIN_DOCS_PER_FEATURE = 3;
/** Features that are by nature only one of ruled/borderless (the rule style, and the table layout that decides it). */
const NOT_CROSSED = /^(ruled|borderless|rules:.*)$/;
const RENDERINGS = ["pdfmake.pdf", "pdfmake.txt", "md"];

const manifest = readManifest(here) as ReturnType<typeof readManifest> & { producers: Record<string, string> };
const docs = manifest.documents;
const dev = docs.filter((d) => d.split === "dev19");
const holdout = docs.filter((d) => d.split === "holdout19");
const pdfPath = (id: string) => join(here, docs.find((x) => x.id === id)!.renderings["pdfmake.pdf"] ?? "");

describe("test/corpus19", () => {
  it("is what scripts/corpus19/generate.mjs draws (truth, document definitions, Markdown, PDF sha256, manifest)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus19", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(/26 documents match/);
  }, 60_000);

  it("has the sizes, the split, the renderings and the feature crossing the brief asked for", () => {
    expect(docs.length).toBeGreaterThanOrEqual(MIN_DOCS);
    expect(docs.reduce((a, d) => a + d.rows, 0)).toBeGreaterThanOrEqual(MIN_ROWS);
    expect(dev.length + holdout.length).toBe(docs.length);
    expect(dev.length / docs.length).toBeGreaterThanOrEqual(0.6);
    expect(holdout.length / docs.length).toBeGreaterThanOrEqual(0.35);
    expect(missingRenderings(here, docs, RENDERINGS)).toEqual([]);
    expect(featureCrossing(docs, MIN_DOCS_PER_FEATURE, NOT_CROSSED)).toEqual({ thin: [], oneSided: [] });
    for (const f of ["rules:grid", "rules:thin-colour", "rules:no-borders", "rules:header-line-only", "rules:light-horizontal", "rules:zebra", "span:rowspan", "span:colspan", "span:nested-rowspan",
      "header-rows:repeat", "header-rows:none", "dont-break-rows:true", "dont-break-rows:false", "widths:star", "widths:auto", "widths:fixed", "widths:mixed", "valign:middle", "orientation:landscape",
      "items:ul-disc", "items:ul-circle", "items:ul-square", "items:ul-none", "items:ol-decimal", "items:ol-lower-alpha", "items:ol-lower-roman", "items:stack-typed", "items:stack-plain",
      "ol-separator:dot", "ol-separator:bracket", "ol-separator:paren", "markers:vector", "watermark:draft", "missions:nested-list", "signatures:columns", "cols:2", "cols:5", "col:risks", "no-accomplishment",
      "font:roboto", "font:dejavu-sans", "font:dejavu-serif", "font:liberation-serif", "footer:page-n-of-m", "text:geq"])
      expect(docs.filter((d) => d.features.includes(f)).length, f).toBeGreaterThanOrEqual(MIN_DOCS_PER_FEATURE);
  });

  it("is not gated yet: no floor names corpus19 (dev19 untuned, holdout19 held out)", () => {
    const floors = JSON.parse(readFileSync(join(root, "test", "corpus", "floors.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(floors).filter((k) => k.startsWith("corpus19:"))).toEqual([]);
  });

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    expect(truthRowProblems(here, docs, { structure: true })).toEqual([]);
  });

  it("prints every word of every truth cell in each text rendering (cells wrap, so words, not cells)", () => {
    const key = (s: string) => s.normalize("NFKC").replace(/[’']/g, "'").replace(/\\([|*'()\[\]-])/g, "$1");
    const missing: string[] = [];
    for (const d of docs)
      for (const k of ["pdfmake.txt", "md"]) {
        const txt = key(readFileSync(join(here, d.renderings[k] ?? ""), "utf8"));
        for (const r of readTruth(here, d).rows)
          for (const [f, v] of Object.entries(r))
            if (f !== "section") for (const cell of [v].flat()) for (const w of key(String(cell)).split(/[\s\-–/]+/)) if (w && !txt.includes(w)) missing.push(`${d.id} ${k} ${w}`);
      }
    expect(missing).toEqual([]);
  });

  it("was printed by pdfmake: the producer and version recorded, every font embedded (a subset), the fonts the manifest names", () => {
    expect(manifest.producers.pdfmake).toMatch(/^0\.3\./);
    const family = { roboto: /Roboto-Regular/, "dejavu-sans": /DejaVuSans(?!-Bold)\b/, "dejavu-serif": /DejaVuSerif(?!-Bold)\b/, "liberation-serif": /LiberationSerif(?!-Bold)\b/ } as Record<string, RegExp>;
    for (const d of [dev[0]!, holdout[0]!]) expect(execFileSync("pdfinfo", [pdfPath(d.id)], { encoding: "utf8" }), d.id).toMatch(/Producer:\s+pdfmake/);
    for (const d of docs) {
      const fonts = execFileSync("pdffonts", [pdfPath(d.id)], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
      const font = d.features.find((f) => f.startsWith("font:"))!.slice(5);
      expect(fonts.every((l) => /CID TrueType\s+Identity-H\s+yes\s+yes/.test(l)), d.id).toBe(true);
      expect(fonts.some((l) => family[font]!.test(l)), `${d.id} ${font}`).toBe(true);
    }
  });

  it("draws a ul's markers as shapes: no bullet character in the text layer of a vector-marker table's cells", () => {
    const vector = docs.filter((d) => d.features.includes("markers:vector") && !d.features.includes("items:stack-typed"));
    expect(vector.length).toBeGreaterThanOrEqual(MIN_DOCS_PER_FEATURE);
    for (const d of vector.slice(0, 3)) expect(execFileSync("pdftotext", ["-layout", pdfPath(d.id), "-"], { encoding: "utf8" }), d.id).not.toMatch(/[•◦▪■●]/);
  });

  it("prints well-formed pages: poppler reads every PDF without a syntax error (pdfmake 0.3.11 can unbalance its graphics state, seed 191919 did)", () => {
    const errors = docs.flatMap((d) => {
      const r = spawnSync("pdftotext", [pdfPath(d.id), "-"], { encoding: "utf8" });
      return r.stderr.trim() ? [`${d.id}: ${r.stderr.trim().split("\n")[0]}`] : [];
    });
    expect(errors).toEqual([]);
  });

  it("records the rows the page breaks cut, and at least a few (rows across pages are a feature)", () => {
    const cut = docs.reduce((a, d) => a + ((d as unknown as { cutRows: Record<string, number[]> }).cutRows.pdfmake?.length ?? 0), 0);
    expect(cut).toBeGreaterThanOrEqual(3);
  });
});
