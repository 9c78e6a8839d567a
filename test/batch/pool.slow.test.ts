import { afterAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocumentPool, LEAN_SEMI_SPACE_MB, childExecArgv } from "../../src/batch/pool.js";
import { defaultMaxMemoryMb } from "../../src/batch/run.js";

type Task = {
  id: number;
  mode?: "hang" | "spin" | "oom" | "buffers" | "throw" | "exit" | "crawl" | "big" | "pages" | "pieces" | "flags" | "meet" | "busy";
  /** "busy": how long the synchronous loop runs, and whether it beats. */
  ms?: number;
  beat?: boolean;
  steps?: number;
  pages?: number;
  stuck?: number[];
  skipPages?: number[];
  dir?: string;
  count?: number;
};
type Result = { id: number; pid: number; skipped?: number[]; execArgv?: string[]; met?: boolean };

const workerFile = fileURLToPath(new URL("./support/misbehaving-worker.mjs", import.meta.url));

describe("DocumentPool", () => {
  const pool = new DocumentPool<Task, Result>({ workerFile, jobs: 2, timeoutMs: 1500, maxMemoryMb: 64 });
  afterAll(() => pool.destroy());

  it("runs tasks and returns their results", async () => {
    const outcomes = await Promise.all([1, 2, 3, 4].map((id) => pool.run({ id })));
    expect(outcomes.map((o) => (o.ok ? o.result.id : null))).toEqual([1, 2, 3, 4]);
  });

  it("keeps no answer once its task is done: the main process stays flat over a long batch", async () => {
    // Racing each answer against the child's long-lived exit promise kept every answer (a whole
    // output JSON) until the child ended. The test watches the answers themselves through weak
    // references: a heap total is noise on a loaded machine, whether an object is still reachable
    // is not.
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    // Its own pool with room enough that no child is recycled: the answers must go while it lives.
    const roomy = new DocumentPool<Task, Result>({ workerFile, jobs: 2, timeoutMs: 600_000, maxMemoryMb: 1024 });
    try {
      const watched: WeakRef<object>[] = [];
      for (let k = 0; k < 40; k++) {
        const pair = await Promise.all([roomy.run({ id: 2 * k, mode: "big" }), roomy.run({ id: 2 * k + 1, mode: "big" })]);
        expect(pair.every((o) => o.ok)).toBe(true);
        for (const o of pair) if (o.ok) watched.push(new WeakRef(o.result));
      }
      // A weak reference is kept alive until the job that read it ends: collect across turns.
      for (let round = 0; round < 3; round++) {
        await new Promise((go) => setTimeout(go, 20));
        gc();
      }
      const alive = watched.filter((w) => w.deref() !== undefined).length;
      expect(watched).toHaveLength(80);
      // The leak kept all 80 while the children lived; the last pair may still sit in a stack frame.
      expect(alive).toBeLessThanOrEqual(2);
    } finally {
      await roomy.destroy();
    }
  });

  it("stops a hanging or spinning document with TIMEOUT and goes on", async () => {
    const [hang, spin, good] = await Promise.all([pool.run({ id: 1, mode: "hang" }), pool.run({ id: 2, mode: "spin" }), pool.run({ id: 3 })]);
    expect(hang).toMatchObject({ ok: false, code: "TIMEOUT" });
    expect(spin).toMatchObject({ ok: false, code: "TIMEOUT" });
    expect(good).toMatchObject({ ok: true, result: { id: 3 } });
    const after = await Promise.all([pool.run({ id: 4 }), pool.run({ id: 5 })]);
    expect(after.every((o) => o.ok)).toBe(true);
  });

  it("reports a document that exhausts the worker heap as OUT_OF_MEMORY and goes on", async () => {
    const [oom, good] = await Promise.all([pool.run({ id: 1, mode: "oom" }), pool.run({ id: 2 })]);
    expect(oom).toMatchObject({ ok: false, code: "OUT_OF_MEMORY" });
    expect(good.ok).toBe(true);
    expect((await pool.run({ id: 3 })).ok).toBe(true);
  });

  it("hands over the pieces a task sent ahead of its result, in order, to that task only", async () => {
    const [a, b, plain] = await Promise.all([pool.run({ id: 1, mode: "pieces", steps: 300 }), pool.run({ id: 2, mode: "pieces", steps: 3 }), pool.run({ id: 3 })]);
    // Pieces cross as the UTF-8 bytes of their text (protocol.ts JsonPiece).
    const text = (pieces: Uint8Array[]) => pieces.map((p) => Buffer.from(p).toString("utf8"));
    expect(a.ok && text(a.pieces).join("")).toBe(Array.from({ length: 300 }, (_, i) => `1:${i};`).join(""));
    expect(b.ok && text(b.pieces)).toEqual(["2:0;", "2:1;", "2:2;"]);
    expect(plain.ok && plain.pieces).toEqual([]);
  });

  it("withdraws tasks still waiting for a worker when cancelled, but not running ones", async () => {
    const cancel = new AbortController();
    const runs = [1, 2, 3, 4].map((id) => pool.run({ id }, cancel.signal));
    cancel.abort();
    const outcomes = await Promise.all(runs);
    // Two workers: the first two had started; the other two were withdrawn.
    expect(outcomes.map((o) => (o.ok ? "ran" : o.code))).toEqual(["ran", "ran", "CANCELLED", "CANCELLED"]);
  });

  it("reports a throwing task or an exiting worker as INTERNAL and goes on", async () => {
    const thrown = await pool.run({ id: 7, mode: "throw" });
    expect(thrown).toMatchObject({ ok: false, code: "INTERNAL" });
    if (!thrown.ok && thrown.code !== "CANCELLED") expect(thrown.message).toContain("thrown for 7");
    expect(await pool.run({ id: 8, mode: "exit" })).toMatchObject({ ok: false, code: "INTERNAL" });
    const after = await Promise.all([1, 2, 3].map((id) => pool.run({ id })));
    expect(after.every((o) => o.ok)).toBe(true);
  });
});

/**
 * Tests with a pool of their own run side by side: most of their time is spent waiting for a limit
 * to pass (a page limit, a no-progress clock, a total clock) with their children blocked or idle,
 * so one after the other they took ~20 s of wall time for ~1 s of CPU. Each owns its pool and
 * children; their limits are the same as when they ran alone. The test that forces full
 * collections of this process stays above: a collection of the test runner's heap stalls every
 * pool's clocks here (a timer due during the stall fires before the progress that arrived in it).
 */
describe.concurrent("DocumentPool, each test with a pool of its own", () => {
  it("replaces a child whose memory outside the V8 heap passes the limit", async () => {
    // Its own pool with a time limit no busy machine reaches: the outcome cannot be a TIMEOUT race.
    const roomy = new DocumentPool<Task, Result>({ workerFile, jobs: 1, timeoutMs: 600_000, maxMemoryMb: 128 });
    try {
      const first = await roomy.run({ id: 1 });
      const hog = await roomy.run({ id: 2, mode: "buffers" });
      expect(hog).toMatchObject({ ok: false, code: "OUT_OF_MEMORY" });
      if (!hog.ok && hog.code === "OUT_OF_MEMORY") expect(hog.message).toMatch(/used \d+ MB, more than the limit of 128 MB/);
      const after = await roomy.run({ id: 3 });
      // A fresh process took over: another pid than the one that held the memory.
      expect(first.ok && after.ok && after.result.pid !== first.result.pid).toBe(true);
    } finally {
      await roomy.destroy();
    }
  });

  it("runs a large task alone in a new lean child, never in the idle one, and ends that child after it", async () => {
    const one = new DocumentPool<Task, Result>({ workerFile, jobs: 1, timeoutMs: 600_000, maxMemoryMb: 512 });
    try {
      const first = await one.run({ id: 1, mode: "flags" });
      const reused = await one.run({ id: 2, mode: "flags" });
      const large = await one.run({ id: 3, mode: "flags" }, undefined, undefined, true);
      const after = await one.run({ id: 4, mode: "flags" });
      if (!first.ok || !reused.ok || !large.ok || !after.ok) throw new Error("a task failed");
      expect(reused.result.pid).toBe(first.result.pid);
      expect(large.result.pid).not.toBe(first.result.pid);
      // Ordinary children keep V8's young generation and run without V8's helper threads; only the
      // lean one gets the small semi-space, and keeps the helper threads.
      expect(first.result.execArgv).toEqual(["--max-old-space-size=384", "--expose-gc", "--single-threaded", "--interrupt-budget=540672", "--no-lazy-feedback-allocation"]);
      expect(large.result.execArgv).toEqual(["--max-old-space-size=384", "--expose-gc", `--max-semi-space-size=${LEAN_SEMI_SPACE_MB}`]);
      // The lean child is not kept for ordinary documents: the next one gets a new ordinary child.
      expect(after.result.pid).not.toBe(large.result.pid);
      expect(after.result.pid).not.toBe(first.result.pid);
      expect(after.result.execArgv).toEqual(first.result.execArgv);
    } finally {
      await one.destroy();
    }
  });

  it("keeps every child busy: with 2 jobs, two tasks run at the same time in two processes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "compacts-meet-"));
    const two = new DocumentPool<Task, Result>({ workerFile, jobs: 2, timeoutMs: 600_000, maxMemoryMb: 256 });
    try {
      // Rounds of two tasks that can only finish together; a pool that ran one task at a time, or
      // both in one child, would leave each task waiting for its partner until it gave up.
      for (let round = 0; round < 3; round++) {
        const meet = join(dir, String(round));
        const outcomes = await Promise.all([1, 2].map((id) => two.run({ id, mode: "meet", dir: meet, count: 2 })));
        const results = outcomes.map((o) => (o.ok ? o.result : null));
        expect(results.map((r) => r?.met)).toEqual([true, true]);
        expect(new Set(results.map((r) => r?.pid)).size).toBe(2);
      }
    } finally {
      await two.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("runs a document again without a page that overran the page limit, and gives up when told to", async () => {
    // Only the page limit can act: the document limit is one no busy machine reaches.
    const paged = new DocumentPool<Task, Result>({
      workerFile,
      jobs: 2,
      timeoutMs: 600_000,
      maxMemoryMb: 128,
      pageTimeoutMs: 1000,
      skipPage: (t, page) => ((t.skipPages ?? []).length >= 2 ? null : { ...t, skipPages: [...(t.skipPages ?? []), page] }),
    });
    try {
      const [two, three] = await Promise.all([
        paged.run({ id: 1, mode: "pages", pages: 6, stuck: [2, 5] }),
        paged.run({ id: 2, mode: "pages", pages: 6, stuck: [1, 3, 6] }),
      ]);
      // Each stuck page was found (the one after the last reported) and skipped in a fresh run.
      expect(two).toMatchObject({ ok: true, result: { id: 1, skipped: [2, 5] } });
      expect(three).toMatchObject({ ok: false, code: "TIMEOUT" });
      if (!three.ok && three.code === "TIMEOUT") expect(three.message).toBe("page 6 took more than 1000 ms (the page limit); the worker was stopped");
      const seen: string[] = [];
      await paged.run({ id: 3, mode: "pages", pages: 2, stuck: [] }, undefined, (p) => seen.push(`${p.page}/${p.pages}`));
      expect(seen).toEqual(["0/2", "1/2", "2/2"]);
    } finally {
      await paged.destroy();
    }
  }, 60_000);

  it("lets a document that keeps progressing run past the time limit, up to its multiple", async () => {
    // Each progress report (every 50 ms) restarts a 1 s clock: the 1.5 s crawl finishes; the endless
    // one is stopped by the 3.5 s limit in all. (Half the times they had: the same ratios, half the wait.)
    const patient = new DocumentPool<Task, Result>({ workerFile, jobs: 2, timeoutMs: 1000, totalTimeoutMs: 3500, maxMemoryMb: 128 });
    try {
      const [long, endless] = await Promise.all([patient.run({ id: 1, mode: "crawl", ms: 1500 }), patient.run({ id: 2, mode: "crawl" })]);
      expect(long).toMatchObject({ ok: true, result: { id: 1 } });
      expect(endless).toMatchObject({ ok: false, code: "TIMEOUT" });
      if (!endless.ok && endless.code === "TIMEOUT") expect(endless.message).toMatch(/^not finished after 3500 ms|^no progress/);
    } finally {
      await patient.destroy();
    }
  }, 120_000);

  it("runs a task queued behind one that kills its child again, in a fresh child, as if it had waited (s47)", async () => {
    // One child: each second task is sent to it ahead (TASKS_PER_CHILD) while the first runs. The
    // first dies (exit), overruns its time (hang) or its memory (buffers): the one behind never
    // started, and must neither be lost nor charged with the death or the time.
    // The time limit is short only where it is the death (hang): with 1.5 s for all three, a loaded
    // machine (load 29, session 55) let `buffers` overrun its time before it reached its memory cap.
    for (const mode of ["exit", "hang", "buffers"] as const) {
      const one = new DocumentPool<Task, Result>({ workerFile, jobs: 1, timeoutMs: mode === "hang" ? 1500 : 60_000, maxMemoryMb: 128 });
      try {
        const outcomes = await Promise.all([one.run({ id: 1, mode }), one.run({ id: 2 }), one.run({ id: 3 })]);
        expect(outcomes.map((o) => (o.ok ? o.result.id : o.code)), mode).toEqual([{ exit: "INTERNAL", hang: "TIMEOUT", buffers: "OUT_OF_MEMORY" }[mode], 2, 3]);
      } finally {
        await one.destroy();
      }
    }
  }, 120_000);

  it("withdraws a task its child began on its own when the task before it stops the batch (--fail-fast, s47)", async () => {
    const one = new DocumentPool<Task, Result>({ workerFile, jobs: 1, timeoutMs: 600_000, maxMemoryMb: 128 });
    try {
      const cancel = new AbortController();
      // The caller withdraws the rest as soon as it hears the failure, as runBatch does.
      const failing = one.run({ id: 1, mode: "throw" }, cancel.signal).then((o) => (cancel.abort(), o));
      const outcomes = await Promise.all([failing, one.run({ id: 2 }, cancel.signal), one.run({ id: 3 }, cancel.signal)]);
      expect(outcomes.map((o) => (o.ok ? o.result.id : o.code))).toEqual(["INTERNAL", "CANCELLED", "CANCELLED"]);
      expect(await one.run({ id: 4 })).toMatchObject({ ok: true, result: { id: 4 } });
    } finally {
      await one.destroy();
    }
  });

  it("starts a document's clocks when a ready child takes it, not while the child starts up", async () => {
    // The child needs 1.5 s to start; both limits are 1 s. Counted from the task's arrival, the
    // limit in all had passed before the child could take it.
    const slowStart = fileURLToPath(new URL("./support/slow-start-worker.mjs", import.meta.url));
    const late = new DocumentPool<Task, Result>({ workerFile: slowStart, jobs: 1, timeoutMs: 1000, totalTimeoutMs: 1000, maxMemoryMb: 128 });
    try {
      expect(await late.run({ id: 1 })).toMatchObject({ ok: true, result: { id: 1 } });
    } finally {
      await late.destroy();
    }
  });

  it("counts progress sent from a stage that never yields the thread (a heartbeat) as life", async () => {
    // The child's messages leave while its loop runs: a 3 s synchronous stage that beats every
    // 100 ms outlives a 1.5 s no-progress limit (15 beats of room); the same stage without beats is stopped.
    const beating = new DocumentPool<Task, Result>({ workerFile, jobs: 2, timeoutMs: 1500, maxMemoryMb: 128 });
    try {
      const [alive, silent] = await Promise.all([beating.run({ id: 1, mode: "busy", ms: 3000, beat: true }), beating.run({ id: 2, mode: "busy", ms: 3000 })]);
      expect(alive).toMatchObject({ ok: true, result: { id: 1 } });
      expect(silent).toMatchObject({ ok: false, code: "TIMEOUT" });
    } finally {
      await beating.destroy();
    }
  }, 120_000);
});

describe("childExecArgv", () => {
  it("gives a child its heap limit and the collection valve, no V8 helper threads unless lean, and the small young generation only when lean", () => {
    expect(childExecArgv(2048, false)).toEqual(["--max-old-space-size=1920", "--expose-gc", "--single-threaded", "--interrupt-budget=540672", "--no-lazy-feedback-allocation"]);
    expect(childExecArgv(512, true)).toEqual(["--max-old-space-size=384", "--expose-gc", "--max-semi-space-size=2"]);
    // A small limit keeps at least half of it for the heap.
    expect(childExecArgv(200, false)).toEqual(["--max-old-space-size=100", "--expose-gc", "--single-threaded", "--interrupt-budget=540672", "--no-lazy-feedback-allocation"]);
  });
});

describe("defaultMaxMemoryMb", () => {
  it.each([
    [2, 24 * 2 ** 30, 2048], // this machine: plenty
    [8, 16 * 2 ** 30, 1024], // laptop with many cores: half of 16 GiB over 8 workers
    [16, 4 * 2 ** 30, 256], // tiny machine: never below the floor
  ])("%i workers, %d bytes → %i MB", (jobs, total, expected) => {
    expect(defaultMaxMemoryMb(jobs, total)).toBe(expected);
  });
});
