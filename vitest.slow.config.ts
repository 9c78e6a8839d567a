import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * The slow suite (`npm run test:slow`, run by .ci/run after `npm test`): whole-corpus checks that
 * regenerate a generator's output, score a corpus or the real UN documents, or compare every
 * Markdown file, and tests that run real worker pools or OCR whole pages — each `*.slow.test.ts`. Same set-up as the unit suite (vitest.config.ts); its
 * include/exclude are replaced, not merged (mergeConfig would concatenate them).
 */
export default defineConfig({ test: { ...base.test, include: ["test/**/*.slow.test.ts"], exclude: ["test/browser/**", "**/node_modules/**"] } });
