/**
 * test/corpus10 is what scripts/corpus10/generate.mjs draws, and the pipeline reads its dev10 text
 * renderings at or above their first score (slow suite, `npm run test:slow`; the gate
 * `scripts/corpus/check.mjs` holds every rendering to its floor).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
interface Entry { id: string; split: string; renderings: Record<string, string>; truth: string }
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")) as { documents: Entry[] };

/**
 * Rows exact the reader reaches on dev10's text renderings at the first score (md 208/208, txt 176/208 — README), less a
 * margin: a floor that passes today and fails when a change loses rows there (the PDF renderings
 * are scored by scripts/corpus/score.mjs and gated by scripts/corpus/check.mjs).
 */
const TEXT_FLOORS: Record<string, { format: "text" | "markdown"; rows: number }> = { md: { format: "markdown", rows: 200 }, txt: { format: "text", rows: 165 } };
const norm = (s: unknown) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "").replace(/\s+/g, " ").trim().toLowerCase();
const textOf = (x: unknown) => (typeof x === "string" ? x : (x as { text?: string } | null)?.text ?? "");
const STANDARD = new Set(["section", "objective", "accomplishments", "measures"]);

describe("test/corpus10 (generator and reading)", () => {
  it("is what scripts/corpus10/generate.mjs draws (truth, Markdown, layout, manifest)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "corpus10", "generate.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toMatch(/33 documents match/);
  }, 300_000);

  it("is read by the pipeline at or above the first score's floors in its text renderings, every document a compact", async () => {
    const { extract } = await import("../../src/index.js");
    for (const [key, floor] of Object.entries(TEXT_FLOORS)) {
      let exact = 0;
      for (const d of manifest.documents.filter((x) => x.split === "dev10")) {
        const truth = JSON.parse(readFileSync(join(here, d.truth), "utf8")) as { rows: Record<string, string | string[]>[] };
        const out = (await extract(join(here, d.renderings[key] ?? ""), { format: floor.format })) as unknown as { kind: string; objectives?: { objective: string; accomplishments?: unknown[]; measures?: unknown[]; extra?: Record<string, unknown[]> }[] };
        expect(out.kind, `${d.id} ${key}`).toBe("compact");
        for (const t of truth.rows) {
          const hit = (out.objectives ?? []).find((r) => norm(r.objective) === norm(t.objective));
          if (!hit) continue;
          const same = (got: unknown[] | undefined, want: unknown) => JSON.stringify((got ?? []).map(textOf).map(norm)) === JSON.stringify([want ?? []].flat().map(norm));
          const extraOk = Object.keys(t).filter((k) => !STANDARD.has(k)).every((k) => same(hit.extra?.[k], t[k]));
          if (extraOk && same(hit.accomplishments, t.accomplishments) && same(hit.measures, t.measures)) exact++;
        }
      }
      expect(exact, key).toBeGreaterThanOrEqual(floor.rows);
    }
  }, 300_000);
});
