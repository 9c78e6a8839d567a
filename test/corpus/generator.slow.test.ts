/**
 * test/corpus is what scripts/corpus/generate.mjs makes (slow suite, `npm run test:slow`: `--check`
 * draws every document of the corpus again). Moved out of corpus.test.ts in session 26 (the
 * generator run costs ~1.6 s of CPU, 3–12 s of `npm test`'s wall time under load); the corpus's other promises stay there.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("test/corpus (generator)", () => {
  it("is exactly what the generator makes (HTML, Markdown, truth; no producer needed)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out.trim().split("\n").at(-1)).toBe("corpus matches the generator");
  });
});
