/**
 * The pipeline reads test/corpus9's dev9 text renderings at or above their first score (slow suite,
 * `npm run test:slow`; the gate `scripts/corpus/check.mjs` holds every rendering to its raised floor).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { textRowsExact } from "../support/text-floors.js";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Rows exact the reader reaches on dev9's text renderings at the first score (md 225/225, txt
 * 193/225, LibreOffice's text export 0/225 — README), less a margin: a floor that passes today and
 * fails when a change loses rows there (the PDF renderings are scored by scripts/corpus/score.mjs,
 * too slow for the unit tests).
 */
const TEXT_FLOORS: Record<string, { format: "text" | "markdown"; rows: number }> = { md: { format: "markdown", rows: 220 }, txt: { format: "text", rows: 185 } };

describe("test/corpus9 (reading)", () => {
  it("is read by the pipeline at or above the first score's floors in its text renderings, every document a compact", async () => {
    for (const [key, floor] of Object.entries(TEXT_FLOORS)) {
      const { exact, notCompact } = await textRowsExact(here, "dev9", key, floor.format);
      expect(notCompact, key).toEqual([]);
      expect(exact, key).toBeGreaterThanOrEqual(floor.rows);
    }
  }, 300_000);
});
