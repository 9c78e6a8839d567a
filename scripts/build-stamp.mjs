// The record that dist/ is built from the current sources, shared by `npm run build` and the tests'
// global set-up (test/global-setup.ts), so that neither builds what the other has just built.
//
//   node scripts/build-stamp.mjs begin   before a build: drop the stamp, note the inputs' newest time
//   node scripts/build-stamp.mjs end     after a complete build: the noted time becomes the stamp
//
// A clean clone's `npm ci` builds (prepare → npm run build), and `npm test`'s set-up used to build
// all of it again (tsc of src/ with its type check, the client, the bundle, the word index): ~20 s
// of CPU of a ~2-minute run, for a dist/ identical to the one it replaced.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * What dist/ is built from: a change to any of these (a file's or a folder's time: an added, edited
 * or deleted source) makes the set-up build again.
 */
export const BUILD_INPUTS = ["src", "tsconfig.json", "tsconfig.build.json", "tsconfig.client.json", "package-lock.json", "scripts/bundle-worker.mjs", "scripts/pdfjs-lean-patches.mjs", "scripts/english-index.mjs"];
/**
 * Written after a complete build: the newest input time seen before it started (so a source saved
 * during the build is not missed).
 */
const STAMP = "dist/.test-build-stamp";
/** The inputs' time noted when a build began, until it ends. */
const PENDING = "dist/.test-build-stamp.pending";

/** The newest modification time under `path` (files and folders), in ms. */
function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(path, { withFileTypes: true })) newest = Math.max(newest, newestMtime(join(path, e.name)));
  return newest;
}

/** The newest modification time of the build's inputs under `root`. */
export function inputsTime(root) {
  return Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(root, p))));
}

/** True when a complete build has recorded inputs at least as new as today's. */
export function isBuilt(root) {
  try {
    return inputsTime(root) <= Number(readFileSync(join(root, STAMP), "utf8"));
  } catch {
    return false; // never built with a stamp
  }
}

/**
 * For the scripts that score or compare a build (rows, score, val, miss-kinds, set-rows, compare-builds):
 * a warning on stderr when `dist` is not a complete build of its checkout's sources as they are now. Session
 * 50: three helpers reverted a rule to prove its test fails, ran vitest (whose set-up rebuilt dist/ from the
 * reverted sources), restored the rule, and went on scoring the reverted build. A dist/ outside a checkout
 * (no src/ beside it) is not judged. Returns true when it warned.
 */
export function warnIfStale(dist, who) {
  let root;
  try {
    root = dirname(realpathSync(dist));
  } catch {
    return false; // no such folder: the import that follows says so
  }
  if (!existsSync(join(root, "src")) || isBuilt(root)) return false;
  process.stderr.write(`${who}: warning: ${dist} is not a complete build of ${join(root, "src")} as it is now ` +
    "(a source changed since, a build is under way, or vitest's set-up built it from other sources): " +
    "run `npm run build` there first, or these figures are another reader's\n");
  return true;
}

/** Before a build: no stamp (a failed build must not look complete), the inputs' time noted. */
export function beginBuild(root) {
  rmSync(join(root, STAMP), { force: true });
  mkdirSync(join(root, "dist"), { recursive: true });
  writeFileSync(join(root, PENDING), String(inputsTime(root)));
}

/**
 * After a complete build: the time noted at its beginning becomes the stamp. Without a noted time
 * (another build, begun later, ended first and took it) no stamp is written: the next test run
 * builds again rather than trust a dist/ that two builds wrote at once.
 */
export function endBuild(root) {
  if (existsSync(join(root, PENDING))) renameSync(join(root, PENDING), join(root, STAMP));
  else console.warn("build-stamp: no build began here or another one ended first; dist/ left unstamped");
}

/**
 * Build dist/ unless a complete build of the current sources is stamped there: tsc of src/ (its type
 * check; tsconfig.build.json, composite and incremental), the review client (its type check), the batch
 * worker's bundle, the English word index — `npm run build`'s steps but postbuild's CLI link. The
 * tests' global set-up calls it, and since session 44 `npm test` (scripts/test.mjs) before its
 * type-check, which reads src/'s declarations from dist/ (tsconfig.test.json). So a stamp also means
 * that src/ and the client type-checked clean. Throws when a step fails, leaving no stamp. True when
 * it built.
 */
export function buildIfStale(root) {
  if (isBuilt(root)) return false;
  beginBuild(root);
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const step = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  // Incremental (dist/.tsbuildinfo): when src/ has not changed since the last build, a few seconds, not ~20 on a busy machine.
  step([tsc, "-p", "tsconfig.build.json"]);
  // The review site's browser script (tsconfig.client.json: DOM types, a classic script).
  step([tsc, "-p", "tsconfig.client.json"]);
  // The batch worker's bundle (what the CLI's workers run): rebuilt from the sources just compiled,
  // never a stale one from an earlier build (~1 s; no code cache: the children write their own).
  step(["scripts/bundle-worker.mjs", "--no-cache"]);
  // The English word list's index (as npm run build makes it), which the compiled modules and the bundle read.
  step(["scripts/english-index.mjs"]);
  endBuild(root);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
  const step = process.argv[2];
  if (step === "begin") beginBuild(root);
  else if (step === "end") endBuild(root);
  else {
    console.error("usage: node scripts/build-stamp.mjs begin|end");
    process.exit(2);
  }
}
