// Benchmark-only worker: the real one (dist/batch/worker.js) plus a record of this thread's peak
// live V8 heap (after a GC: the probe runs node with --expose-gc, which worker threads inherit),
// written to a file per thread that bench/batch.mjs reads at the end.
import { writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import convert from "../dist/batch/worker.js";

const out = process.env.COMPACTS_BENCH_HEAP_DIR;
/** Sampling every document would make GC the benchmark; the first ones and then every 25th. */
const EVERY = 25;
let peak = 0;
let tasks = 0;

export default async function (task) {
  const result = await convert(task);
  if (out && (++tasks < EVERY || tasks % EVERY === 0)) {
    globalThis.gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    writeFileSync(`${out}/worker-${threadId}.json`, JSON.stringify({ peak, tasks }));
  }
  return result;
}
