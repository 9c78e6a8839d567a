import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * Tests that spawn the CLI run the compiled dist/ (as users do after `npm install`), and the worker
 * pool loads dist/batch/worker.bundle.cjs (or worker.js): build once before any test file runs.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  // Incremental: when src/ has not changed since the last build, this takes a few seconds, not ~20 on a busy machine.
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--incremental", "--tsBuildInfoFile", "dist/.tsbuildinfo"], { cwd: root, stdio: "inherit" });
  // The review site's browser script (tsconfig.client.json: DOM types, a classic script).
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.client.json"], { cwd: root, stdio: "inherit" });
  // The batch worker's bundle (what the CLI's workers run): rebuilt from the sources just compiled,
  // never a stale one from an earlier build (~1 s; no code cache: the children write their own).
  execFileSync(process.execPath, ["scripts/bundle-worker.mjs", "--no-cache"], { cwd: root, stdio: "inherit" });
}
