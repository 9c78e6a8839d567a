import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { pdfToLayout } from "../../src/extract/pdf.js";
import { runPipeline } from "../../src/pipeline.js";
import { loadDomainData } from "../../src/data/index.js";
import type { ExtractOptions } from "../../src/model/doc.js";

// A full collection on demand: vitest's workers are not started with --expose-gc.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const PDF = fileURLToPath(new URL("../../fixtures/compact-2008-dfs-ruled.pdf", import.meta.url));

/**
 * The input bytes of a PDF must not outlive their hand-over: pdf.js has its own copy while the
 * pages are read, and the later stages never read the file. A suspended async function kept the
 * caller's argument alive whatever it assigned to the parameter — runPipeline (a parameter with
 * a default value) through every stage, pdfToLayout (a parameter read by a closure) through every
 * page: a 4,000-page PDF's 40 MB held twice, which pushed it over `--max-memory 512`.
 */
describe("the input of a PDF is released once it is handed over", () => {
  const data = loadDomainData();

  /** Whether the input was still reachable at each checkpoint; the bytes are made and dropped in a plain function, so only the code under test can hold them. */
  async function aliveAt(run: (bytes: Uint8Array, options: ExtractOptions) => Promise<unknown>): Promise<Record<string, boolean>> {
    const alive: Record<string, boolean> = {};
    let ref: WeakRef<Uint8Array> | null = null;
    const check = (at: string) => {
      gc();
      alive[at] = ref?.deref() !== undefined;
    };
    const options: ExtractOptions = {
      onProgress: (p) => {
        if (p.page === 3) check("page 3");
      },
      onStage: (stage) => {
        if (stage === "tables") check("after tables");
      },
    };
    const start = () => {
      const bytes = new Uint8Array(readFileSync(PDF));
      ref = new WeakRef(bytes);
      return run(bytes, options);
    };
    await start();
    return alive;
  }

  it("while the pages are read (pdfToLayout)", async () => {
    const alive = await aliveAt((bytes, options) => pdfToLayout(bytes, { options, data }));
    expect(alive).toEqual({ "page 3": false });
  });

  it("while the pages are read and in the later stages (the whole pipeline)", async () => {
    const alive = await aliveAt((bytes, options) => runPipeline("compact.pdf", bytes, options, data, "output"));
    expect(alive).toEqual({ "page 3": false, "after tables": false });
  });
});
