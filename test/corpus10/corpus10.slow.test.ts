/**
 * test/corpus10 is what scripts/corpus10/generate.mjs draws, and the pipeline reads its dev10 text
 * renderings at or above their first score (slow suite, `npm run test:slow`; the gate
 * `scripts/corpus/check.mjs` holds every rendering to its floor).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { textRowsExact } from "../support/text-floors.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/**
 * Rows exact the reader reaches on dev10's text renderings at the first score (md 208/208, txt 176/208 — README), less a
 * margin: a floor that passes today and fails when a change loses rows there (the PDF renderings
 * are scored by scripts/corpus/score.mjs and gated by scripts/corpus/check.mjs).
 */
const TEXT_FLOORS: Record<string, { format: "text" | "markdown"; rows: number }> = { md: { format: "markdown", rows: 200 }, txt: { format: "text", rows: 165 } };

describe("test/corpus10 (generator and reading)", () => {
  it("is what scripts/corpus10/generate.mjs draws (truth, Markdown, layout, manifest)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus10", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(/60 documents match/);
  }, 300_000);

  it("is read by the pipeline at or above the first score's floors in its text renderings, every document a compact", async () => {
    for (const [key, floor] of Object.entries(TEXT_FLOORS)) {
      const { exact, notCompact } = await textRowsExact(here, "dev10", key, floor.format);
      expect(notCompact, key).toEqual([]);
      expect(exact, key).toBeGreaterThanOrEqual(floor.rows);
    }
  }, 300_000);
});
