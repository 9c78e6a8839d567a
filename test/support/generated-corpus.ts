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
import { allDraws, docsInScope, drawsInScope, everyDraw, splitsInScope } from "./draws.js";

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
  // npm test: the corpus's own splits and its newest validation draw (`--splits=…`); npm run
  // test:slow: every document (test/support/draws.ts), so a new draw leaves npm test's time alone.
  const scoped = docsInScope(dir, docs);
  const drawsInManifest = allDraws(dir).some((d) => !d.folder);
  const splits = everyDraw() || !drawsInManifest ? [] : [`--splits=${splitsInScope(dir, docs).join(",")}`];
  it(`is what scripts/corpus${n}/generate.mjs draws (${checks}; ${everyDraw() ? "every draw" : "own splits and the newest draw"})`, () => {
    // the manifest holds the documents the test declares (a new draw updates `documents`; checked here, not only in the slow suite)
    expect(docs.length).toBe(documents);
    const out = execFileSync(process.execPath, [join(root, "scripts", `corpus${n}`, "generate.mjs"), "--check", ...splits], { encoding: "utf8" });
    expect(out).toMatch(new RegExp(`\\b${everyDraw() ? documents : scoped.length} documents match`));
    // No wall-clock limit of its own: with a producer installed beside its generator (Typst in
    // scripts/corpus20/node_modules) `--check` recompiles every document, 76 s under load in session 35.
  }, 600_000);

  it("has the sizes, the split, the renderings and the feature crossing the brief asked for", () => {
    expect(briefProblems(dir, docs, brief)).toEqual([]);
  });

  it("writes truth rows whose objectives are unique within a document (the scorer matches rows by objective)", () => {
    expect(truthRowProblems(dir, scoped, { structure: true })).toEqual([]);
  });

  ownFolderDrawTests(dir, n);

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

/**
 * The validation draws kept in folders of their own (test/corpus<n>/val<n>…/ with a manifest: corpora
 * 8, 15–19) are what the generator prints with their seed: `--seed S --split X --check`, one test
 * per draw in scope (the newest in npm test, every one in npm run test:slow; test/support/draws.ts).
 */
export function ownFolderDrawTests(dir: string, n: number): void {
  const root = join(dir, "..", "..");
  for (const { split, folder } of drawsInScope(dir)) {
    if (!folder) continue;
    const count = readManifest(folder.dir).documents.length;
    it(`has the validation draw ${split} as its generator prints it (--seed ${folder.seed} --split ${split} --check)`, () => {
      const out = execFileSync(process.execPath, [join(root, "scripts", `corpus${n}`, "generate.mjs"), "--seed", String(folder.seed), "--split", split, "--check"], { encoding: "utf8" });
      expect(out).toMatch(new RegExp(`\\b${count} documents match`));
    }, 600_000);
  }
}
