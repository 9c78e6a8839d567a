/**
 * test/corpus4 is what scripts/corpus4/generate.mjs makes (slow suite, `npm run test:slow`: `--check`
 * draws every document of the corpus again). Moved out of corpus4.test.ts in session 26 (the
 * generator run costs ~1.0 s of CPU, 3–12 s of `npm test`'s wall time under load); the corpus's other promises stay there.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("test/corpus4 (generator)", () => {
  it("is what the generator makes (HTML, Markdown, truth)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus4", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toContain("match the generator");
  });
});
