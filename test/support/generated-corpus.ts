/**
 * The tests the committed corpora of the independent generators (test/corpus11 … test/corpus18)
 * share, declared in the caller's `describe`: the corpus is what its generator draws (`--check`),
 * it keeps its brief (sizes, split, renderings, feature crossing: `briefProblems`), its truth's
 * objectives are unique per document with a structure block that pairs with the rows, and it is
 * gated on its dev split only (a floor per rendering counting every row and document, none on the
 * held-out split) — or, `gate: false`, not gated yet (no floor names the corpus).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { briefProblems, gateProblems, readManifest, truthRowProblems, type CorpusBrief } from "./corpus-manifest.js";

export function generatedCorpusTests(
  dir: string,
  n: number,
  { documents, checks, brief, gate = brief.renderings }: {
    /** How many documents `--check` reports matching, and what it checks (for the test's name). */
    documents: number;
    checks: string;
    brief: CorpusBrief;
    /** The renderings with a floor on dev<n> (default: the brief's), or `false` while dev<n> is not gated. */
    gate?: readonly string[] | false;
  },
): void {
  const root = join(dir, "..", "..");
  const docs = readManifest(dir).documents;
  const floorsFile = join(root, "test", "corpus", "floors.json");
  it(`is what scripts/corpus${n}/generate.mjs draws (${checks})`, () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", `corpus${n}`, "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(new RegExp(`\\b${documents} documents match`));
    // No wall-clock limit of its own: with a producer installed beside its generator (Typst in
    // scripts/corpus20/node_modules) `--check` recompiles every document, 76 s under load in session 35.
  }, 600_000);

  it("has the sizes, the split, the renderings and the feature crossing the brief asked for", () => {
    expect(briefProblems(dir, docs, brief)).toEqual([]);
  });

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    expect(truthRowProblems(dir, docs, { structure: true })).toEqual([]);
  });

  if (gate)
    it(`is gated on dev${n} (a floor per rendering in test/corpus/floors.json counting every row and document) and never on holdout${n}`, () => {
      expect(gateProblems(floorsFile, `corpus${n}`, docs, { tuned: `dev${n}`, heldOut: `holdout${n}`, renderings: gate })).toEqual([]);
    });
  else
    it(`is not gated yet: no floor names corpus${n} (dev${n} untuned, holdout${n} held out)`, () => {
      const floors = JSON.parse(readFileSync(floorsFile, "utf8")) as Record<string, unknown>;
      expect(Object.keys(floors).filter((k) => k.startsWith(`corpus${n}:`))).toEqual([]);
    });
}
