// The loop every scripts/dev reader of a corpus split shares: a build's extract() (warning when that dist/ is
// older than its src/), and one split's documents that have a given rendering, with their truth read.
// Folded from five copies (miss-kinds, row-boundaries, row-features, item-pairs, item-shapes; session 52).
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { warnIfStale } from "../build-stamp.mjs";

/** The dist/ a dev script reads: `DIST` from the environment, else this checkout's. */
export const DIST = resolve(process.env.DIST ?? new URL("../../dist", import.meta.url).pathname);

/** That build's `extract`, after warning on stderr (as `who`) when the build is stale. */
export async function loadExtract(who, dist = DIST) {
  warnIfStale(dist, who);
  return (await import(join(dist, "index.js"))).extract;
}

/**
 * The documents of `split` in the corpus folder `corpus` (a split may keep its own manifest in a sub-folder)
 * that have `rendering`: `{ e, truth, file }` — the manifest entry, its truth, the rendering's path.
 */
export function splitDocuments(corpus, split, rendering) {
  let dir = resolve(corpus);
  if (existsSync(join(dir, split, "manifest.json"))) dir = join(dir, split);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  return manifest.documents
    .filter((d) => d.split === split && d.renderings?.[rendering])
    .map((e) => ({ e, truth: JSON.parse(readFileSync(join(dir, e.truth), "utf8")), file: join(dir, e.renderings[rendering]) }));
}
