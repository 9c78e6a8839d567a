/**
 * test/corpus7 is what scripts/corpus7/generate.mjs makes (slow suite, `npm run test:slow`: `--check`
 * draws every document of the corpus again). Moved out of corpus7.test.ts in session 26 (the
 * generator run costs ~0.5 s of CPU, 3–12 s of `npm test`'s wall time under load); the corpus's other promises stay there.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("test/corpus7 (generator)", () => {
  it("is what scripts/corpus7/generate.mjs draws (truth, Markdown, manifest features)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus7", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(/128 documents match/);
  }, 60_000);
});
