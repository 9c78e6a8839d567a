/**
 * Which validation draws a corpus test checks (session 42, h-time42). Every session adds a draw to
 * several corpora, and the tests that regenerate or read every draw had doubled `npm test`'s time.
 * So the fast suite (`npm test`) checks a corpus's own splits and its **newest** draw only (the one a
 * helper has just printed), and the slow suite (`npm run test:slow`, vitest.slow.config.ts, which
 * sets COMPACTS_DRAWS=all and runs the same corpus test files again) checks every draw. Nothing is
 * listed by hand: the draws are found on disk — a split named `val<n>`, `val<n>b`, … in the corpus
 * manifest, or a folder test/corpus<n>/val<n>…/ with a manifest of its own — so a new draw moves the
 * one before it to the slow suite and adds nothing to the fast one.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

/** A validation draw of a corpus: its split, and where it lives (`folder`: its own folder and manifest, with its seed). */
export type Draw = { split: string; folder?: { dir: string; seed: number } };

/** `npm run test:slow` sets COMPACTS_DRAWS=all (vitest.slow.config.ts): every draw, not only the newest. */
export const everyDraw = (): boolean => process.env.COMPACTS_DRAWS === "all";

const isDrawSplit = (n: number, split: string) => new RegExp(`^val${n}[a-z]?$`).test(split);
/** Oldest first: val13 < val13b < … < val13z (a draw's letter is its order). */
const byAge = (a: Draw, b: Draw) => a.split.length - b.split.length || a.split.localeCompare(b.split);
const corpusNumber = (dir: string) => Number(/^corpus(\d+)$/.exec(basename(dir))?.[1] ?? NaN);

/** Every validation draw of the corpus in `dir` (test/corpus<n>), oldest first. */
export function allDraws(dir: string): Draw[] {
  const n = corpusNumber(dir);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { documents: { split: string }[] };
  const inManifest = [...new Set(manifest.documents.map((d) => d.split))].filter((s) => isDrawSplit(n, s)).map((split) => ({ split }));
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isDrawSplit(n, e.name) && existsSync(join(dir, e.name, "manifest.json")))
    .map((e) => {
      const m = JSON.parse(readFileSync(join(dir, e.name, "manifest.json"), "utf8")) as { seed: number };
      return { split: e.name, folder: { dir: join(dir, e.name), seed: m.seed } };
    });
  return [...inManifest, ...folders.filter((f) => !inManifest.some((d) => d.split === f.split))].sort(byAge);
}

/** The draws this run checks: the newest in `npm test`, every one in `npm run test:slow`. */
export function drawsInScope(dir: string): Draw[] {
  const draws = allDraws(dir);
  return everyDraw() ? draws : draws.slice(-1);
}

/**
 * The corpus manifest's documents this run checks: those of the corpus's own splits (dev, holdout,
 * dev<n>b …) and of the draws in scope.
 */
export function docsInScope<D extends { split: string }>(dir: string, docs: readonly D[]): D[] {
  const n = corpusNumber(dir);
  const kept = new Set(drawsInScope(dir).map((d) => d.split));
  return docs.filter((d) => !isDrawSplit(n, d.split) || kept.has(d.split));
}

/** The splits of the corpus manifest this run checks, for a generator's `--check --splits=…` (scripts/corpus/args.mjs). */
export function splitsInScope(dir: string, docs: readonly { split: string }[]): string[] {
  return [...new Set(docsInScope(dir, docs).map((d) => d.split))];
}
