/**
 * How large the end-to-end tests run (session 43). `npm test` must stay within two minutes on a
 * loaded 2-core machine, and its largest CPU costs were end-to-end runs over many generated
 * documents (test/cli/batch.test.ts converted 214 documents through the CLI: ~11 s of CPU, the most
 * of any file). Such a test checks the same behaviour on a small archive in `npm test` and on the
 * full one in `npm run test:slow` (vitest.slow.config.ts sets COMPACTS_SCALE=full and runs the files
 * of SCALED_TESTS again), which CI runs after `npm test`. test/support/scale-scope.test.ts fails when
 * a file that uses this is missing from that list, so no full-size run goes unchecked.
 */

/** `npm run test:slow` sets COMPACTS_SCALE=full: the end-to-end tests at their full size. */
export const fullScale = (): boolean => process.env.COMPACTS_SCALE === "full";

/** `fast` in `npm test`, `full` in `npm run test:slow`. */
export function atScale<T>(fast: T, full: T): T {
  return fullScale() ? full : fast;
}
