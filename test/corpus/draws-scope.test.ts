/**
 * Session 42 (h-time42): the corpus tests check a corpus's own splits and its newest validation draw
 * in `npm test`, every draw in `npm run test:slow` (test/support/draws.ts). These tests hold that
 * split honest: the draws are found on disk in the order they were printed, the newest is the one in
 * scope, and every corpus with a draw has its test file in the slow suite — so no older draw goes
 * unchecked when a new one arrives.
 */
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { allDraws, docsInScope, drawsInScope, splitsInScope } from "../support/draws.js";
import { CORPUS_DRAW_TESTS } from "../../vitest.slow.config.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const saved = process.env.COMPACTS_DRAWS;

/** A corpus folder test/corpus13 of its own: draws in the manifest (val13, val13b, val13f) and one in a folder (val13c). */
function fakeCorpus(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "draws-")), "corpus13");
  mkdirSync(join(dir, "val13c"), { recursive: true });
  const doc = (id: string, split: string) => ({ id, split });
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ documents: [doc("d13-001", "dev13"), doc("h13-001", "holdout13"), doc("v13f-001", "val13f"), doc("v13-001", "val13"), doc("v13b-001", "val13b"), doc("x-001", "valuation")] }));
  writeFileSync(join(dir, "val13c", "manifest.json"), JSON.stringify({ seed: 134313, documents: [doc("v13c-001", "val13c")] }));
  return dir;
}

describe("validation draws in scope (npm test: the newest; npm run test:slow: every one)", () => {
  afterEach(() => {
    if (saved === undefined) delete process.env.COMPACTS_DRAWS;
    else process.env.COMPACTS_DRAWS = saved;
  });

  it("finds a corpus's draws in its manifest and in folders of their own, oldest first", () => {
    const dir = fakeCorpus();
    expect(allDraws(dir)).toEqual([{ split: "val13" }, { split: "val13b" }, { split: "val13c", folder: { dir: join(dir, "val13c"), seed: 134313 } }, { split: "val13f" }]);
    rmSync(dirname(dir), { recursive: true, force: true });
  });

  it("keeps the corpus's own splits and the newest draw in npm test, every document under COMPACTS_DRAWS=all", () => {
    const dir = fakeCorpus();
    const docs = [{ split: "dev13" }, { split: "holdout13" }, { split: "val13" }, { split: "val13b" }, { split: "val13f" }];
    delete process.env.COMPACTS_DRAWS;
    expect(drawsInScope(dir).map((d) => d.split)).toEqual(["val13f"]);
    expect(splitsInScope(dir, docs)).toEqual(["dev13", "holdout13", "val13f"]);
    process.env.COMPACTS_DRAWS = "all";
    expect(drawsInScope(dir).map((d) => d.split)).toEqual(["val13", "val13b", "val13c", "val13f"]);
    expect(docsInScope(dir, docs)).toEqual(docs);
    rmSync(dirname(dir), { recursive: true, force: true });
  });

  it("runs the test file of every committed corpus that has a draw in the slow suite as well (vitest.slow.config.ts)", () => {
    const withDraws = readdirSync(join(root, "test")).filter((d) => /^corpus\d+$/.test(d) && existsSync(join(root, "test", d, "manifest.json")) && allDraws(join(root, "test", d)).length > 0);
    expect(withDraws.length).toBeGreaterThanOrEqual(11);
    for (const d of withDraws) expect(CORPUS_DRAW_TESTS, d).toContain(`test/${d}/${d}.test.ts`);
    for (const f of CORPUS_DRAW_TESTS) expect(existsSync(join(root, f)), f).toBe(true);
  });
});
