import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Builds dist/ once: CLI tests spawn dist/cli/main.js and its workers load dist/batch/worker.js.
    globalSetup: ["test/global-setup.ts"],
  },
});
