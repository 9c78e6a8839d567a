// Benchmark-only worker: the real one (dist/batch/worker.js) plus a record of this thread's peak
// V8 heap, written to a file per thread that bench/batch.mjs reads at the end.
import { writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import convert from "../dist/batch/worker.js";

const out = process.env.COMPACTS_BENCH_HEAP_DIR;
let peak = 0;
let tasks = 0;

export default async function (task) {
  const result = await convert(task);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  if (out && (++tasks < 25 || tasks % 25 === 0)) writeFileSync(`${out}/worker-${threadId}.json`, JSON.stringify({ peak, tasks }));
  return result;
}
