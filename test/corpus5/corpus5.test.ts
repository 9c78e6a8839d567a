/**
 * The committed second fresh corpus (test/corpus5/, documents of all three generators drawn by
 * scripts/corpus5/generate.mjs with new seeds) is what its generator makes (generator.slow.test.ts,
 * `npm run test:slow`) and complete: every
 * manifest entry has its renderings and a truth that agrees with it. No pipeline scoring here
 * (that is `node scripts/corpus/score.mjs --corpus test/corpus5 --split fresh5`, and the gate
 * `scripts/corpus/check.mjs`).
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const here = dirname(fileURLToPath(import.meta.url));
/** About 50 documents, weighted toward the first two generators (held-out gaps in their PDFs). */
const FIRST_DOCS = 22;
const SECOND_DOCS = 18;
const THIRD_DOCS = 10;
/** Renderings each generator makes: HTML/Word sources through two producers, or one direct PDF. */
const RENDERINGS = {
  "scripts/corpus/generate.mjs": ["html", "lo.pdf", "chromium.pdf", "lo.txt", "chromium.txt", "md"],
  "scripts/corpus2/generate.mjs": ["docx", "html", "lo.pdf", "chromium.pdf", "lo.txt", "chromium.txt", "md"],
  "scripts/corpus3/generate.mjs": ["pdf", "txt"],
} as const;

const Entry = z.object({
  id: z.string().regex(/^g[123]-\d{3}$/),
  split: z.literal("fresh5"),
  generator: z.enum(["scripts/corpus/generate.mjs", "scripts/corpus2/generate.mjs", "scripts/corpus3/generate.mjs"]),
  year: z.number().int().min(2006).max(2024),
  rows: z.number().int().positive(),
  pages: z.union([z.object({ lo: z.number().int().positive(), chromium: z.number().int().positive() }), z.object({ pdf: z.number().int().positive() })]),
  renderings: z.record(z.string(), z.string()),
  truth: z.string(),
});
const manifest = z.object({ documents: z.array(Entry) }).parse(JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")));
const Truth = z.object({ year: z.number().int(), rows: z.array(z.object({ objective: z.string().min(10), measures: z.array(z.string()).min(1) })) });

describe("test/corpus5", () => {
  it("holds documents of the three generators, every rendering and a truth that agrees", () => {
    const docs = manifest.documents;
    expect(docs.filter((d) => d.generator === "scripts/corpus/generate.mjs")).toHaveLength(FIRST_DOCS);
    expect(docs.filter((d) => d.generator === "scripts/corpus2/generate.mjs")).toHaveLength(SECOND_DOCS);
    expect(docs.filter((d) => d.generator === "scripts/corpus3/generate.mjs")).toHaveLength(THIRD_DOCS);
    for (const d of docs) {
      for (const r of RENDERINGS[d.generator]) expect(existsSync(join(here, d.renderings[r] ?? "missing")), `${d.id} ${r}`).toBe(true);
      const truth = Truth.parse(JSON.parse(readFileSync(join(here, d.truth), "utf8")));
      expect(truth.rows.length, d.id).toBe(d.rows);
      expect(truth.year, d.id).toBe(d.year);
    }
  });
});
