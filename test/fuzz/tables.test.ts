import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { STAGES, newDoc } from "../../src/pipeline.js";
import { loadDomainData } from "../../src/data/index.js";
import type { Context, Doc } from "../../src/model/doc.js";
import { isExtractError } from "../../src/model/errors.js";
import { OutputSchema } from "../../src/model/output.js";
import { allLines } from "../../src/model/layout.js";
import { CpuBudget, FUZZ_RUNS, FUZZ_TIMEOUT_MS, anyText, compactLike } from "./arbitraries.js";

const data = loadDomainData();
/** Share of generated compact-shaped documents that must classify as compacts (else the fuzz misses the table stage). */
const MIN_COMPACT_SHARE = 0.3;

/**
 * Run the stages one by one WITHOUT the pipeline's catch-all, so that a crash in any stage (the
 * table stage above all) surfaces here instead of becoming an INTERNAL failure output. A typed
 * ExtractError (EMPTY, UNSUPPORTED_FORMAT…) is a legitimate verdict on a bad input, not a crash.
 */
async function runStagesUncaught(input: string, format?: "text" | "markdown"): Promise<Doc | null> {
  const bytes = new TextEncoder().encode(input);
  const ctx: Context = { options: format ? { format } : {}, data };
  let doc: Doc = newDoc("fuzz.txt", bytes);
  try {
    for (const stage of STAGES) doc = await stage.run(doc, ctx);
  } catch (e) {
    if (isExtractError(e)) return null;
    throw e;
  }
  return doc;
}

function checkDoc(doc: Doc): void {
  expect(doc.output, "the validate stage must leave an output").not.toBeNull();
  const out = OutputSchema.parse(doc.output);
  expect(out.error?.code ?? null, out.error?.message).not.toBe("VALIDATION_FAILED");
  if (out.kind !== "compact") return;
  const lineNumbers = new Set([...allLines(doc.layout)].map((l) => l.line));
  const pages = doc.layout.pages.length;
  for (const o of out.objectives) {
    const [first, last] = o.provenance.lines;
    expect(first).toBeLessThanOrEqual(last);
    expect(lineNumbers.has(first) && lineNumbers.has(last), `${o.id} lines ${first}-${last}`).toBe(true);
    for (const p of o.provenance.pages) expect(p >= 1 && p <= pages).toBe(true);
  }
  for (const e of out.entities) expect(doc.layout.text.slice(e.start, e.end)).toBe(e.text);
}

describe("fuzz: the pipeline's stages (tables above all) on table-like input", () => {
  it("compact-shaped documents with broken tables, as text and as Markdown: no stage throws, output valid", async () => {
    let compacts = 0;
    let runs = 0;
    const budget = new CpuBudget();
    await fc.assert(
      fc.asyncProperty(compactLike, fc.constantFrom<"text" | "markdown" | undefined>("text", "markdown", undefined), (input, format) =>
        budget.runAsync({ input, format }, async () => {
          runs++;
          const doc = await runStagesUncaught(input, format);
          if (doc) checkDoc(doc);
          if (doc?.kind === "compact") compacts++;
        }),
      ),
      { numRuns: FUZZ_RUNS },
    );
    budget.check();
    // The generator must reach the table stage: most of its documents have to be taken for compacts.
    expect(compacts / runs).toBeGreaterThan(MIN_COMPACT_SHARE);
  }, FUZZ_TIMEOUT_MS);

  it("arbitrary text after a compact title and table header: no stage throws, output valid", async () => {
    const budget = new CpuBudget();
    await fc.assert(
      fc.asyncProperty(anyText, (noise) =>
        budget.runAsync(noise, async () => {
          const doc = await runStagesUncaught(`SENIOR MANAGER'S COMPACT\nObjective\tExpected accomplishment\tPerformance measure\n${noise}`);
          if (doc) checkDoc(doc);
        }),
      ),
      { numRuns: FUZZ_RUNS },
    );
    budget.check();
  }, FUZZ_TIMEOUT_MS);
});
