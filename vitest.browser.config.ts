import { defineConfig } from "vitest/config";

/**
 * `npm run test:browser`: the review site in headless Chromium (test/browser/). Kept out of
 * `npm test` because rendering the fixture PDFs and driving the browser takes ~1 minute on the
 * 2-core machine; .ci/run runs both.
 */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    isolate: false,
    globalSetup: ["test/global-setup.ts"],
  },
});
