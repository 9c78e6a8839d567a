import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser tests of the review site: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ["test/browser/**", "**/node_modules/**"],
    // Generous on purpose: these are hang detectors, not speed checks. On a 2-core machine shared
    // with other test runs, a test that converts a few dozen documents can take 10× its idle time,
    // and a 30 s limit failed good runs. No test asserts on elapsed time.
    testTimeout: 180_000,
    // One module registry per worker instead of per file: src/ (pdf.js, DuckDB, the pipeline) is
    // imported once, not once per test file. On the 2-core machine this took the summed import time
    // from ~125 s to ~10 s and the CPU time of a run from ~80 s to ~50 s. Safe because src/ keeps no
    // module-level mutable state (STYLE.md) and no test mocks modules or changes globals.
    isolate: false,
    hookTimeout: 300_000,
    // Builds dist/ once: CLI tests spawn dist/cli/main.js and its workers load dist/batch/worker.js.
    globalSetup: ["test/global-setup.ts"],
  },
});
