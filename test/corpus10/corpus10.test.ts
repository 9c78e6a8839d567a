/**
 * The committed tenth corpus (test/corpus10/: compacts laid out by a page layout of our own and
 * written as PDF the way Word's "Save as PDF" and Acrobat Distiller write them, pdftotext -layout,
 * Markdown) is what scripts/corpus10/generate.mjs draws: `--check` draws every document again in
 * memory (layout included) and compares truth, Markdown and the manifest (`--check --pdf` also
 * writes both PDFs again and compares them byte for byte: slower, not run here). Plus the promises of the brief: sizes, every rendering present, every feature in at
 * least three documents and in both ruled and borderless ones. No pipeline scoring of the PDFs here
 * (`node scripts/corpus/score.mjs --corpus test/corpus10 --split dev10`).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** The brief: dev10 ~20–24 documents, holdout10 ~10–12, at least 300 truth rows over the two; each feature in >= 3 documents. */
const MIN_DEV_DOCS = 20;
const MIN_HOLDOUT_DOCS = 10;
const MIN_ROWS = 300;
const MIN_DOCS_PER_FEATURE = 3;
/** Features that are by nature only one of ruled/borderless (the rule style itself). */
const NOT_CROSSED = /^(ruled|borderless|rules:.*)$/;
const RENDERINGS = ["word.pdf", "distiller.pdf", "txt", "md"];

interface Entry { id: string; split: string; rows: number; ruled: boolean; features: string[]; renderings: Record<string, string>; truth: string }
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")) as { documents: Entry[] };

/**
 * Rows exact the reader reaches on dev10's text renderings at the first score (md 208/208, txt 176/208 — README), less a
 * margin: a floor that passes today and fails when a change loses rows there (the PDF renderings
 * are scored by scripts/corpus/score.mjs and gated by scripts/corpus/check.mjs).
 */
const TEXT_FLOORS: Record<string, { format: "text" | "markdown"; rows: number }> = { md: { format: "markdown", rows: 200 }, txt: { format: "text", rows: 165 } };
const norm = (s: unknown) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const textOf = (x: unknown) => (typeof x === "string" ? x : (x as { text?: string } | null)?.text ?? "");
const STANDARD = new Set(["section", "objective", "accomplishments", "measures"]);

describe("test/corpus10", () => {
  it("is what scripts/corpus10/generate.mjs draws (truth, Markdown, layout, manifest)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus10", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(/33 documents match/);
  }, 300_000);

  it("has the sizes, the renderings and the feature crossing the brief asked for", () => {
    const docs = manifest.documents;
    expect(docs.filter((d) => d.split === "dev10").length).toBeGreaterThanOrEqual(MIN_DEV_DOCS);
    expect(docs.filter((d) => d.split === "holdout10").length).toBeGreaterThanOrEqual(MIN_HOLDOUT_DOCS);
    expect(docs.reduce((a, d) => a + d.rows, 0)).toBeGreaterThanOrEqual(MIN_ROWS);
    for (const d of docs) for (const key of RENDERINGS) expect(existsSync(join(here, d.renderings[key] ?? "missing")), `${d.id} ${key}`).toBe(true);
    const counts = new Map<string, { all: number; ruled: number; other: number }>();
    for (const d of docs) for (const f of d.features) {
      const c = counts.get(f) ?? { all: 0, ruled: 0, other: 0 };
      c.all++; if (d.ruled) c.ruled++; else c.other++;
      counts.set(f, c);
    }
    for (const [f, c] of counts) {
      expect(c.all, f).toBeGreaterThanOrEqual(MIN_DOCS_PER_FEATURE);
      if (!NOT_CROSSED.test(f)) { expect(c.ruled, `${f} ruled`).toBeGreaterThan(0); expect(c.other, `${f} borderless`).toBeGreaterThan(0); }
    }
  });

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    for (const d of manifest.documents) {
      const truth = JSON.parse(readFileSync(join(here, d.truth), "utf8")) as { rows: { objective: string; measures: string[] }[]; structure: { rows: { objective: string; measures: unknown[] }[] } };
      const objs = truth.rows.map((r) => r.objective.toLowerCase());
      expect(new Set(objs).size, d.id).toBe(objs.length);
      truth.rows.forEach((r, i) => { expect(truth.structure.rows[i]?.objective).toBe(r.objective); expect(truth.structure.rows[i]?.measures.length).toBe(r.measures.length); });
    }
  });

  it("keeps every truth cell in the Markdown and, white space aside, in the PDF's pdftotext text", () => {
    const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
    for (const d of manifest.documents) {
      const truth = JSON.parse(readFileSync(join(here, d.truth), "utf8")) as { rows: Record<string, string | string[]>[] };
      const md = key(readFileSync(join(here, d.renderings.md ?? ""), "utf8"));
      for (const r of truth.rows) for (const [k, v] of Object.entries(r)) if (k !== "section") for (const s of [v].flat()) expect(md.includes(key(s)), `${d.id} md ${s}`).toBe(true);
      // In the text the columns interleave, so only the words are checked, each in order of a cell.
      const txt = readFileSync(join(here, d.renderings.txt ?? ""), "utf8");
      for (const r of truth.rows) for (const w of String(r.objective ?? "").split(" ")) expect(txt.includes(w), `${d.id} txt ${w}`).toBe(true);
    }
  });

  it("is read by the pipeline at or above the first score's floors in its text renderings, every document a compact", async () => {
    const { extract } = await import("../../src/index.js");
    for (const [key, floor] of Object.entries(TEXT_FLOORS)) {
      let exact = 0;
      for (const d of manifest.documents.filter((x) => x.split === "dev10")) {
        const truth = JSON.parse(readFileSync(join(here, d.truth), "utf8")) as { rows: Record<string, string | string[]>[] };
        const out = (await extract(join(here, d.renderings[key] ?? ""), { format: floor.format })) as unknown as { kind: string; objectives?: { objective: string; accomplishments?: unknown[]; measures?: unknown[]; extra?: Record<string, unknown[]> }[] };
        expect(out.kind, `${d.id} ${key}`).toBe("compact");
        for (const t of truth.rows) {
          const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
          if (!hit) continue;
          const same = (got: unknown[] | undefined, want: unknown) => JSON.stringify((got ?? []).map(textOf).map(norm)) === JSON.stringify([want ?? []].flat().map(norm));
          const extraOk = Object.keys(t).filter((k) => !STANDARD.has(k)).every((k) => same(hit.extra?.[k], t[k]));
          if (extraOk && same(hit.accomplishments, t.accomplishments) && same(hit.measures, t.measures)) exact++;
        }
      }
      expect(exact, key).toBeGreaterThanOrEqual(floor.rows);
    }
  }, 300_000);
});
