import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, open, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectInputs, type BatchInput } from "../../src/batch/inputs.js";
import { MIN_BYTES_PER_WORKER, freeCores, inputBytes, runBatch, workersFor } from "../../src/batch/run.js";

const pidWorker = fileURLToPath(new URL("./support/pid-worker.mjs", import.meta.url));
const MB = 2 ** 20;

describe("workersFor: a batch starts only the workers its work pays for", () => {
  it.each([
    // jobs, documents, bytes → workers
    [2, 104, 5.4 * MB, 2], // the corpus PDFs
    [2, 104, 2.0 * MB, 2], // the corpus texts
    [2, 10, 0.16 * MB, 2], // 10 of them: a second worker 1.51× for 13 % more CPU (session 47)
    [2, 2, 0.1 * MB, 1], // two corpus PDFs: 1.12× for 50 % more CPU
    [2, 1, 50 * MB, 1], // one document: one worker, however large
    [2, 3, MIN_BYTES_PER_WORKER * 2 - 1, 1], // not enough for a second worker
    [2, 3, MIN_BYTES_PER_WORKER * 2, 2],
    [4, 100, MIN_BYTES_PER_WORKER * 3, 3], // work for three of the four
    [4, 100, 0, 1], // empty files still get one worker
    [1, 1000, 1000 * MB, 1], // never more than --jobs
  ])("jobs %d, %d documents, %d bytes → %d", (jobs, documents, bytes, expected) => {
    expect(workersFor(jobs, documents, bytes)).toBe(expected);
  });

  it("never starts more workers than the machine has free cores", () => {
    expect(workersFor(2, 104, 5.4 * MB, 1)).toBe(1);
    expect(workersFor(4, 104, 5.4 * MB, 3)).toBe(3);
    expect(workersFor(2, 104, 5.4 * MB, 2)).toBe(2);
  });
});

describe("freeCores: cores less the whole part of the load average", () => {
  it.each([
    [2, 0, 2],
    [2, 0.7, 2], // an idle machine with some noise
    [2, 1.5, 1], // one core kept busy by others
    [2, 2.0, 1],
    [2, 30, 1], // always one
    [8, 3.2, 5],
    [2, -1, 2], // no load average (some platforms report zeros)
  ])("%d cores, load %d → %d", (cores, load, expected) => {
    expect(freeCores(cores, load)).toBe(expected);
  });
});

describe("scheduling in runBatch", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-workers-"));
    await mkdir(join(dir, "small"));
    await mkdir(join(dir, "big"));
    for (let i = 0; i < 6; i++) await writeFile(join(dir, "small", `s${i}.txt`), "a short note\n");
    // Sparse files: their size counts, no disk is used; the pid worker never reads them.
    for (let i = 0; i < 6; i++) {
      const f = await open(join(dir, "big", `b${i}.txt`), "w");
      await f.truncate(MIN_BYTES_PER_WORKER);
      await f.close();
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const pids = async (folder: string, jobs: number, free = 2) => {
    const { inputs } = await collectInputs([folder], dir);
    const out = join(dir, `out-${folder}-${jobs}-${free}`);
    const summary = await runBatch(inputs, { outDir: out, jobs, freeCores: free, format: "json", resume: false, failFast: false, timeoutMs: 600_000, maxMemoryMb: 256, workerFile: pidWorker }, { start() {}, document() {} });
    expect(summary.converted).toBe(inputs.length);
    const seen = await Promise.all(inputs.map(async (_, i) => (JSON.parse(await readFile(join(out, folder === "small" ? `s${i}.json` : `b${i}.json`), "utf8")) as { pid: number }).pid));
    return new Set(seen).size;
  };

  it("gives a short batch one worker process although --jobs allows two", async () => {
    expect(await pids("small", 2)).toBe(1);
  });

  it("starts every allowed worker when the batch has the work for them", async () => {
    // Six inputs of MIN_BYTES_PER_WORKER each: work for six, two allowed. The first two documents
    // start a process each (the pool starts a child for a task when none is idle).
    expect(await pids("big", 2)).toBe(2);
    expect(await pids("big", 1)).toBe(1);
  });

  it("starts one worker when the machine has no core to spare", async () => {
    expect(await pids("big", 2, 1)).toBe(1);
  });
});

describe("inputBytes", () => {
  let dir: string;
  let inputs: BatchInput[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "compacts-bytes-"));
    inputs = [];
    for (let i = 0; i < 150; i++) {
      const abs = join(dir, `f${i}.txt`);
      await writeFile(abs, "x".repeat(1000));
      inputs.push({ abs, rel: `f${i}.txt`, display: `f${i}.txt` });
    }
    inputs.push({ abs: join(dir, "missing.txt"), rel: "missing.txt", display: "missing.txt" });
    inputs.push({ abs: dir, rel: "sub", display: "sub", unreadable: "permission denied" });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("adds up every input's size, counting missing and unreadable ones as nothing", async () => {
    expect(await inputBytes(inputs, Infinity)).toBe(150_000);
  });

  it("stops reading sizes once it has enough (whole chunks of 64 files)", async () => {
    expect(await inputBytes(inputs, 10_000)).toBe(64_000);
    expect(await inputBytes(inputs, 64_001)).toBe(128_000);
  });
});
