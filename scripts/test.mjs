#!/usr/bin/env node
/**
 * `npm test`: the type-check and the test suite side by side (session 43), after the build (session 44).
 *
 * Until session 43 `npm test` ran `tsc` (src and tests), then `tsc` (the review client), then
 * vitest, one after the other. tsc uses one core: in a clean clone (no incremental cache, as in CI)
 * it took ~35 s of CPU and as long of wall time while the second core idled, before vitest (two
 * workers) began. Here the type-check runs in one child while vitest runs in another, so the
 * type-check's core time overlaps vitest's instead of preceding it.
 *
 * Session 44: src/ and the review client are type-checked by the build (tsc -p tsconfig.build.json,
 * tsc -p tsconfig.client.json), and a build is stamped only when both passed (scripts/build-stamp.mjs).
 * So this script first makes sure dist/ is built from the current sources (`buildIfStale`: nothing to
 * do after `npm ci` or `npm run build`; else the build vitest's global set-up would have run, with
 * src/'s type check, before anything else), then type-checks only the tests, benches and configs
 * (tsconfig.test.json), which reference the build's project and read src/'s declarations from dist/
 * instead of checking src/ a second time: ~16 s of CPU cold instead of ~27 (docs/testing.md). Nothing
 * is skipped: the exit code is 0 only when the build (src and client types), the tests' type-check
 * and vitest pass. vitest's output streams live; the type-check's is held and printed after it (so
 * the two never interleave), with its time.
 *
 * Arguments go to vitest (`npm test -- test/tables` runs those files, type-checking everything).
 * COMPACTS_TEST_TYPECHECK=0 skips the tests' type-check (for a quick re-run of a few files; CI never
 * sets it); the build, with src/'s, still runs when dist/ is stale.
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfStale } from "./build-stamp.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);

/** The tests' type-check (incremental: node_modules/.cache/tsc-test.tsbuildinfo); src/ and the client are the build's. */
const TYPECHECKS = [[bin("tsc"), "-p", "tsconfig.test.json"]];

/** Run one command; resolves with its exit code and (when `capture`) what it printed. */
function run(argv, capture) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let out = "";
    if (capture) {
      child.stdout.setEncoding("utf8").on("data", (d) => (out += d));
      child.stderr.setEncoding("utf8").on("data", (d) => (out += d));
    }
    children.add(child);
    child.on("error", (error) => resolve({ code: 127, out: `${out}${argv[0]}: ${error.message}\n` }));
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 128 : 1), out });
    });
  });
}

const children = new Set();
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exitCode = 130;
  });
}

/** The type-checks, one after the other (they are one core's work either way). */
async function typecheck() {
  const started = performance.now();
  let out = "";
  for (const argv of TYPECHECKS) {
    const r = await run(argv, true);
    out += r.out;
    if (r.code !== 0) return { code: r.code, out, seconds: (performance.now() - started) / 1000 };
  }
  return { code: 0, out, seconds: (performance.now() - started) / 1000 };
}

// The build first (src/'s and the client's type checks): the tests' type-check reads dist/'s
// declarations, and vitest's set-up would build the same. A failed build fails the run: vitest's
// set-up would only fail the same way again.
try {
  const started = performance.now();
  if (buildIfStale(root)) process.stderr.write(`build: dist/ was stale, built (src and client type-checked, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
} catch (error) {
  process.stderr.write(`build: FAILED (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); src/ or the client does not type-check or build\n`);
  process.exit(typeof error?.status === "number" && error.status !== 0 ? error.status : 1);
}

const skipTypecheck = process.env.COMPACTS_TEST_TYPECHECK === "0";
const [types, tests] = await Promise.all([
  skipTypecheck ? Promise.resolve({ code: 0, out: "", seconds: 0, skipped: true }) : typecheck(),
  run([bin("vitest"), "run", ...process.argv.slice(2)], false),
]);

if (types.skipped) process.stderr.write("typecheck: skipped (COMPACTS_TEST_TYPECHECK=0)\n");
else if (types.code === 0) process.stderr.write(`typecheck: passed (tsc -p tsconfig.test.json, the tests against src/'s declarations, ${types.seconds.toFixed(1)} s beside vitest; src and the client: the build's)\n`);
else process.stderr.write(`${types.out}typecheck: FAILED (exit ${types.code})\n`);
process.exitCode = process.exitCode || (types.code !== 0 ? types.code : tests.code);
