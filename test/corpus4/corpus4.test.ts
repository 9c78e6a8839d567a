/**
 * The committed fresh corpus (test/corpus4/, documents of the first two generators drawn by
 * scripts/corpus4/generate.mjs with new seeds) is what its generator makes and complete: every
 * manifest entry has its renderings and a truth that agrees with it. No pipeline scoring here
 * (that is `node scripts/corpus/score.mjs --corpus test/corpus4 --split fresh4`, and the gate
 * `scripts/corpus/check.mjs`).
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
/** What the brief asked: about 30 documents of the first generator and 20 of the second. */
const FIRST_DOCS = 30;
const SECOND_DOCS = 20;
const RENDERINGS = ["html", "lo.pdf", "chromium.pdf", "lo.txt", "chromium.txt", "md", "weasy.pdf", "wk.pdf"] as const;

const Entry = z.object({
  id: z.string().regex(/^f[12]-\d{3}$/),
  split: z.literal("fresh4"),
  generator: z.enum(["scripts/corpus/generate.mjs", "scripts/corpus2/generate.mjs"]),
  year: z.number().int().min(2006).max(2024),
  rows: z.number().int().positive(),
  pages: z.object({ lo: z.number().int().positive(), chromium: z.number().int().positive() }),
  renderings: z.record(z.string(), z.string()),
  truth: z.string(),
});
const manifest = z.object({ documents: z.array(Entry) }).parse(JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")));
const Truth = z.object({ year: z.number().int(), rows: z.array(z.object({ objective: z.string().min(10), measures: z.array(z.string()).min(1) })) });

describe("test/corpus4", () => {

  it("holds documents of both generators, every rendering and a truth that agrees", () => {
    const docs = manifest.documents;
    expect(docs.filter((d) => d.generator === "scripts/corpus/generate.mjs")).toHaveLength(FIRST_DOCS);
    expect(docs.filter((d) => d.generator === "scripts/corpus2/generate.mjs")).toHaveLength(SECOND_DOCS);
    for (const d of docs) {
      for (const r of RENDERINGS) expect(existsSync(join(here, d.renderings[r] ?? "missing")), `${d.id} ${r}`).toBe(true);
      const truth = Truth.parse(JSON.parse(readFileSync(join(here, d.truth), "utf8")));
      expect(truth.rows.length, d.id).toBe(d.rows);
      expect(truth.year, d.id).toBe(d.year);
    }
  });
});
