import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * The slow suite (`npm run test:slow`, run by .ci/run after `npm test`): whole-corpus checks that
 * regenerate a generator's output, score a corpus or the real UN documents, or compare every
 * Markdown file, and tests that run real worker pools or OCR whole pages — each `*.slow.test.ts`. Same set-up as the unit suite (vitest.config.ts); its
 * include/exclude are replaced, not merged (mergeConfig would concatenate them).
 *
 * Session 42 (h-time42): it also runs again the corpus tests of the corpora with validation draws
 * (CORPUS_DRAW_TESTS), with COMPACTS_DRAWS=all: there every draw is regenerated (`--check`) and read,
 * where `npm test` takes each corpus's own splits and its newest draw only (test/support/draws.ts).
 * test/corpus/draws-scope.test.ts fails when a corpus test that uses draws.ts is missing here.
 */
export const CORPUS_DRAW_TESTS = [8, 9, 11, 13, 14, 15, 16, 17, 18, 19, 20].map((n) => `test/corpus${n}/corpus${n}.test.ts`);

/**
 * Session 43: end-to-end tests that run small in `npm test` and at full size here, with
 * COMPACTS_SCALE=full (test/support/scale.ts). test/support/scale-scope.test.ts fails when a test
 * file that uses scale.ts is missing from this list.
 */
export const SCALED_TESTS = ["test/cli/batch.test.ts"];

export default defineConfig({
  test: {
    ...base.test,
    include: ["test/**/*.slow.test.ts", ...CORPUS_DRAW_TESTS, ...SCALED_TESTS],
    exclude: ["test/browser/**", "**/node_modules/**"],
    env: { COMPACTS_DRAWS: "all", COMPACTS_SCALE: "full" },
  },
});
