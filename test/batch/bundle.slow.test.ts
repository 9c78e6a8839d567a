import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir, copyFile, utimes } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CACHE_AFTER_DOCUMENTS, codeCacheFile, loadWorkerScript } from "../../src/batch/code-cache.js";
import { collectInputs } from "../../src/batch/inputs.js";
import { runBatch } from "../../src/batch/run.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
/** test/global-setup.ts builds both: the compiled modules and the bundle of the worker. */
const distWorker = join(root, "dist", "batch", "worker.js");
const bundle = join(root, "dist", "batch", "worker.bundle.cjs");

describe("loadWorkerScript: a CommonJS file with its V8 code cache", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-cache-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("runs the file as require would, writes the cache once due, and takes it the next time", async () => {
    const file = join(dir, "w.cjs");
    await writeFile(file, "const path = require('node:path');\nmodule.exports = { base: path.basename(__filename), twice: (n) => n * 2, dir: __dirname };\n");
    const flags = ["--example-flag"];
    const first = loadWorkerScript(file, flags);
    expect(first.cacheUsed).toBe(false);
    const api = first.exports as { base: string; twice: (n: number) => number; dir: string };
    expect([api.base, api.twice(21), api.dir]).toEqual(["w.cjs", 42, dir]);
    const cache = codeCacheFile(file, flags);
    for (let i = 1; i < CACHE_AFTER_DOCUMENTS; i++) first.afterDocument();
    expect(existsSync(cache)).toBe(false);
    first.afterDocument();
    expect(existsSync(cache)).toBe(true);
    // No temp file left beside it.
    expect((await readdir(dir)).sort()).toEqual([cache.slice(dir.length + 1), "w.cjs"].sort());
    const second = loadWorkerScript(file, flags);
    expect(second.cacheUsed).toBe(true);
    expect((second.exports as { twice: (n: number) => number }).twice(5)).toBe(10);
  });

  it("names the cache by flags and by the file's size and time, so a changed file never meets an old cache", async () => {
    const file = join(dir, "v.cjs");
    await writeFile(file, "module.exports = 1;\n");
    const a = codeCacheFile(file, ["--single-threaded"]);
    expect(codeCacheFile(file, ["--single-threaded"])).toBe(a);
    expect(codeCacheFile(file, ["--single-threaded", "--max-old-space-size=384"])).not.toBe(a);
    // Same length, new content: V8 would check the length alone.
    await writeFile(file, "module.exports = 2;\n");
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect(codeCacheFile(file, ["--single-threaded"])).not.toBe(a);
  });
});

describe("the bundled worker", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-bundle-"));
    await mkdir(join(dir, "in"));
    for (const f of ["fixtures/compact-2008-dfs.txt", "fixtures/compact-2012-markdown.md", "test/fixtures/pdf/seed-ruled.pdf", "test/fixtures/pdf/error-encrypted.pdf"]) {
      await copyFile(join(root, f), join(dir, "in", f.split("/").pop() ?? f));
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is what a batch runs by default, unless COMPACTS_WORKER_BUNDLE=0", async () => {
    const dist = (await import(pathToFileURL(join(root, "dist", "batch", "run.js")).href)) as typeof import("../../src/batch/run.js");
    expect(dist.defaultWorkerFile({})).toBe(bundle);
    expect(dist.defaultWorkerFile({ [dist.WORKER_BUNDLE_ENV]: "0" })).toBe(distWorker);
  });

  it("gives byte-identical outputs to the compiled modules (text, Markdown, PDF, a failure)", async () => {
    const { inputs } = await collectInputs(["in"], dir);
    const options = { jobs: 1, format: "json" as const, resume: false, failFast: false, timeoutMs: 600_000, maxMemoryMb: 1024 };
    const bundled = await runBatch(inputs, { ...options, outDir: join(dir, "out-bundle"), workerFile: bundle }, { start() {}, document() {} });
    const modules = await runBatch(inputs, { ...options, outDir: join(dir, "out-modules"), workerFile: distWorker }, { start() {}, document() {} });
    expect([bundled.converted, bundled.failed.length]).toEqual([3, 1]);
    expect([modules.converted, modules.failed.length]).toEqual([3, 1]);
    const names = (await readdir(join(dir, "out-bundle"))).filter((f) => f.endsWith(".json")).sort();
    expect(names).toEqual(["compact-2008-dfs.json", "compact-2012-markdown.json", "error-encrypted.json", "seed-ruled.json"]);
    for (const name of names) {
      expect(await readFile(join(dir, "out-bundle", name), "utf8"), name).toBe(await readFile(join(dir, "out-modules", name), "utf8"));
    }
  });

  it("loads @napi-rs/canvas only when something draws: not for a text-layer PDF, yes on first use of a polyfilled global", async () => {
    // In a fresh process (this one may hold canvas already): the bundle as a child loads it, one PDF, then DOMMatrix.
    const script = `
      const { pathToFileURL } = require("node:url");
      const loaded = () => Object.keys(require.cache).some((k) => k.includes("@napi-rs"));
      (async () => {
        const { loadWorkerScript } = await import(pathToFileURL(process.argv[1]).href);
        const convert = loadWorkerScript(process.argv[2]).exports.default;
        const pieces = [];
        const result = await convert({ path: process.argv[3], fileName: "seed-ruled.pdf" }, { progress() {}, piece: async (p) => { pieces.push(p); } });
        const afterPdf = loaded();
        const matrix = new globalThis.DOMMatrix().scale(2).a;
        console.log(JSON.stringify({ status: result.status, pages: result.pages, afterPdf, matrix, afterMatrix: loaded(), path2d: typeof Path2D }));
      })();`;
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", script, join(root, "dist", "batch", "code-cache.js"), bundle, join(dir, "in", "seed-ruled.pdf")]);
    expect(JSON.parse(stdout)).toEqual({ status: "success", pages: 5, afterPdf: false, matrix: 2, afterMatrix: true, path2d: "function" });
  });
});
