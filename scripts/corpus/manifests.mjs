// The corpus manifests under test/: each generated corpus's own manifest.json and those of its draws
// kept in folders of their own (test/corpus<n>/val…/manifest.json). Shared by scripts/corpus/val.mjs
// (draw and held-out totals) and scripts/dev/compare-builds.mjs (every tuned input).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Every corpus manifest, corpora in numeric order: `{ corpus, dir, path, own }` — `dir` the folder
 * the manifest's paths are relative to, `own` true for a draw's folder of its own. `only`: these
 * corpora alone (test/ folder names).
 */
export function corpusManifests(root, only = new Set()) {
  const testDir = join(root, "test");
  const found = [];
  const corpora = readdirSync(testDir).filter((d) => /^corpus\d*$/.test(d)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const corpus of corpora) {
    if (only.size && !only.has(corpus)) continue;
    const dir = join(testDir, corpus);
    if (existsSync(join(dir, "manifest.json"))) found.push({ corpus, dir, path: join(dir, "manifest.json"), own: false });
    for (const sub of readdirSync(dir).sort()) {
      const path = join(dir, sub, "manifest.json");
      if (/^val/.test(sub) && statSync(join(dir, sub)).isDirectory() && existsSync(path)) found.push({ corpus, dir: join(dir, sub), path, own: true });
    }
  }
  return found;
}
