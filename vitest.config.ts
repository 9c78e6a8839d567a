import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generous on purpose: these are hang detectors, not speed checks. On a 2-core machine shared
    // with other test runs, a test that converts a few dozen documents can take 10× its idle time,
    // and a 30 s limit failed good runs. No test asserts on elapsed time.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Builds dist/ once: CLI tests spawn dist/cli/main.js and its workers load dist/batch/worker.js.
    globalSetup: ["test/global-setup.ts"],
  },
});
