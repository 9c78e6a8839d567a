/**
 * The tests the committed corpora of the independent generators (test/corpus11 … test/corpus16)
 * share, declared in the caller's `describe`: the corpus is what its generator draws (`--check`),
 * its truth's objectives are unique per document with a structure block that pairs with the rows,
 * and it is gated on its dev split only (a floor per rendering counting every row and document,
 * none on the held-out split).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { gateProblems, readManifest, truthRowProblems } from "./corpus-manifest.js";

export function generatedCorpusTests(
  dir: string,
  n: number,
  { documents, checks, renderings }: { documents: number; checks: string; renderings: readonly string[] },
): void {
  const root = join(dir, "..", "..");
  const docs = readManifest(dir).documents;
  it(`is what scripts/corpus${n}/generate.mjs draws (${checks})`, () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", `corpus${n}`, "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(new RegExp(`${documents} documents match`));
  }, 60_000);

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    expect(truthRowProblems(dir, docs, { structure: true })).toEqual([]);
  });

  it(`is gated on dev${n} (a floor per rendering in test/corpus/floors.json counting every row and document) and never on holdout${n}`, () => {
    const floorsFile = join(root, "test", "corpus", "floors.json");
    expect(gateProblems(floorsFile, `corpus${n}`, docs, { tuned: `dev${n}`, heldOut: `holdout${n}`, renderings })).toEqual([]);
  });
}
