import { fileURLToPath } from "node:url";
import { buildIfStale } from "../scripts/build-stamp.mjs";

/**
 * Tests that spawn the CLI run the compiled dist/ (as users do after `npm install`), and the worker
 * pool loads dist/batch/worker.bundle.cjs (or worker.js): build once before any test file runs —
 * and not again while nothing it is built from has changed (scripts/build-stamp.mjs), whether
 * this set-up, `npm test` (scripts/test.mjs, before its type-check) or `npm run build` built it. The
 * steps cost ~6 s of CPU even with nothing to do (tsc reads and hashes every source; the client is
 * not incremental), ~30 s of wall time at load 20, and the bundle step deleted the code cache its
 * children had written, so every run's children started without one.
 */
export default function setup(): void {
  buildIfStale(fileURLToPath(new URL("..", import.meta.url)));
}
