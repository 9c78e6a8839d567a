import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { beginBuild, endBuild, isBuilt } from "../scripts/build-stamp.mjs";

/**
 * Tests that spawn the CLI run the compiled dist/ (as users do after `npm install`), and the worker
 * pool loads dist/batch/worker.bundle.cjs (or worker.js): build once before any test file runs —
 * and not again while nothing it is built from has changed (scripts/build-stamp.mjs), whether
 * this set-up or `npm run build` built it. The three steps cost ~6 s of CPU even
 * with nothing to do (tsc reads and hashes every source; the client is not incremental), ~30 s of
 * wall time at load 20, and the bundle step deleted the code cache its children had written, so
 * every run's children started without one.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  // `npm run build` (a clean clone's `npm ci` runs it) stamps dist/ the same way.
  if (isBuilt(root)) return;
  beginBuild(root);
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  // Incremental: when src/ has not changed since the last build, this takes a few seconds, not ~20 on a busy machine.
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--incremental", "--tsBuildInfoFile", "dist/.tsbuildinfo"], { cwd: root, stdio: "inherit" });
  // The review site's browser script (tsconfig.client.json: DOM types, a classic script).
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.client.json"], { cwd: root, stdio: "inherit" });
  // The batch worker's bundle (what the CLI's workers run): rebuilt from the sources just compiled,
  // never a stale one from an earlier build (~1 s; no code cache: the children write their own).
  execFileSync(process.execPath, ["scripts/bundle-worker.mjs", "--no-cache"], { cwd: root, stdio: "inherit" });
  // The English word list's index (as npm run build makes it), which the compiled modules and the bundle read.
  execFileSync(process.execPath, ["scripts/english-index.mjs"], { cwd: root, stdio: "inherit" });
  endBuild(root);
}
