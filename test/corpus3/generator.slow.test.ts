/**
 * test/corpus3 is what scripts/corpus3/generate.mjs writes (slow suite, `npm run test:slow`: the
 * generator draws the PDFs again in memory). The corpus's other promises are in corpus3.test.ts.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
interface Entry { id: string; quirks: string[] }
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")) as { quirks: string[]; documents: Entry[] };

describe("test/corpus3 (generator)", () => {
  it("is exactly what scripts/corpus3/generate.mjs writes (every truth file and the manifest; the PDF bytes of documents covering every quirk)", () => {
    // Regenerating all 36 PDFs costs ~4 s of CPU; a set of documents that together show every quirk
    // (greedy cover) plus a plain one keeps the check near 2 s and still fails on any writer change.
    const left = new Set(manifest.quirks);
    const only: string[] = [manifest.documents.find((d) => d.quirks.length === 0)?.id ?? ""];
    while (left.size) {
      const best = [...manifest.documents].sort((a, b) => b.quirks.filter((q) => left.has(q)).length - a.quirks.filter((q) => left.has(q)).length)[0];
      if (!best || !best.quirks.some((q) => left.has(q))) break;
      only.push(best.id);
      best.quirks.forEach((q) => left.delete(q));
    }
    expect([...left]).toEqual([]);
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus3", "generate.mjs"), "--check", "--only", only.join(",")], { encoding: "utf8" });
    expect(out).toMatch(/files match the generator/);
  }, 240_000);
});
