import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectInputs } from "../../src/batch/inputs.js";
import { runBatch } from "../../src/batch/run.js";
import type { ManifestEntry } from "../../src/batch/manifest.js";
import type { TaskProgress } from "../../src/batch/protocol.js";
import { OutputSchema } from "../../src/model/output.js";
import { pagesPdf, textContent } from "../../scripts/hostile/pdfs.mjs";

/** Workers always load the compiled code (test/global-setup.ts builds it). */
const distWorker = fileURLToPath(new URL("../../dist/batch/worker.js", import.meta.url));

describe("a PDF page over the page limit", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-page-timeout-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is skipped with PDF_PAGE_TIMEOUT while the rest of the document is read", async () => {
    // Page 2 paints 200,000 lines: seconds of work on any machine, against a 2 s page limit; the
    // light pages take milliseconds. The document limit is one no busy machine reaches.
    const heavy = Array.from({ length: 200_000 }, (_, i) => `heavy ${i}`);
    await writeFile(join(dir, "stuck.pdf"), pagesPdf([textContent(["Page one text."]), textContent(heavy, { top: 780, leading: 0.003 }), textContent(["Page three text."])]));
    const pages: TaskProgress[] = [];
    const summary = await runBatch(
      (await collectInputs(["stuck.pdf"], dir)).inputs,
      { outDir: join(dir, "out"), jobs: 1, format: "json", resume: false, failFast: false, timeoutMs: 600_000, pageTimeoutMs: 2000, maxMemoryMb: 1024, workerFile: distWorker },
      { start() {}, document() {}, pages: (_input, p) => pages.push(p) },
    );
    expect(summary.converted).toBe(1);
    const [entry] = (await readFile(join(dir, "out", "manifest.jsonl"), "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as ManifestEntry);
    expect(entry).toMatchObject({ status: "partial", pages: 3, warningCodes: ["PDF_PAGE_TIMEOUT"] });
    const out = OutputSchema.parse(JSON.parse(await readFile(join(dir, "out", "stuck.json"), "utf8")));
    expect(out.warnings.filter((w) => w.code === "PDF_PAGE_TIMEOUT").map((w) => w.page)).toEqual([2]);
    // Both attempts' pages were reported: the first stopped after page 1, the second went to the end.
    expect(pages.map((p) => p.page)).toEqual([0, 1, 0, 1, 2, 3]);
  }, 120_000);
});
