import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * `npm test`'s suite with a per-file CPU record (test/support/cpu-per-file.ts):
 * `COMPACTS_CPU_LOG=/tmp/cpu.jsonl npx vitest run --config vitest.cpu.config.ts [files]`, then
 * `node scripts/dev/cpu-per-file.mjs /tmp/cpu.jsonl` (docs/testing.md, session 44).
 */
export default defineConfig({
  test: { ...base.test, setupFiles: ["test/support/cpu-per-file.ts"] },
});
