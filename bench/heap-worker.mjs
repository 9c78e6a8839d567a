// Benchmark-only worker: the real one (dist/batch/worker.js) plus a record of this process's peak
// live V8 heap (after a GC: the probe runs node with --expose-gc, which worker processes do not inherit: without it the peak is sampled without a GC),
// written to a file per process that bench/batch.mjs reads at the end.
import { writeFileSync } from "node:fs";
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
    writeFileSync(`${out}/worker-${process.pid}.json`, JSON.stringify({ peak, tasks }));
  }
  return result;
}
