/**
 * test/corpus5 is what scripts/corpus5/generate.mjs makes (slow suite, `npm run test:slow`). The
 * corpus's other promises are in corpus5.test.ts.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("test/corpus5 (generator)", () => {
  it("is what the generator makes (HTML, Markdown, truth, direct PDFs)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus5", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toContain("match the generator");
  });
});
