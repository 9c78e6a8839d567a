import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * What dist/ is built from: a change to any of these (a file's or a folder's time: an added, edited
 * or deleted source) makes the set-up build again.
 */
const BUILD_INPUTS = ["src", "tsconfig.json", "tsconfig.build.json", "tsconfig.client.json", "package-lock.json", "scripts/bundle-worker.mjs", "scripts/english-index.mjs"];
/**
 * Written after a complete build: the newest input time seen before it started (so a source saved
 * during the build is not missed). The set-up skips the build while no input is newer.
 */
const STAMP = "dist/.test-build-stamp";

/** The newest modification time under `path` (files and folders), in ms. */
function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(path, { withFileTypes: true })) newest = Math.max(newest, newestMtime(join(path, e.name)));
  return newest;
}

/**
 * Tests that spawn the CLI run the compiled dist/ (as users do after `npm install`), and the worker
 * pool loads dist/batch/worker.bundle.cjs (or worker.js): build once before any test file runs —
 * and not again while nothing it is built from has changed. The three steps cost ~6 s of CPU even
 * with nothing to do (tsc reads and hashes every source; the client is not incremental), ~30 s of
 * wall time at load 20, and the bundle step deleted the code cache its children had written, so
 * every run's children started without one.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const stamp = join(root, STAMP);
  const inputsTime = Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(root, p))));
  let built = -1;
  try {
    built = Number(readFileSync(stamp, "utf8"));
  } catch {
    // never built by the set-up
  }
  if (inputsTime <= built) return;
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
  writeFileSync(stamp, String(inputsTime));
}
