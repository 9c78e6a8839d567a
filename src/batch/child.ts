/**
 * The child-process side of the batch pool (pool.ts forks this file from dist/). It loads the
 * worker module named on its command line (default export: task → result), says "ready", then
 * converts one task per message. All file writing stays in the parent, so a child killed for time
 * or memory never leaves a half-written output behind. The task loop is child-loop.ts; a child
 * started from the worker's startup snapshot (snapshot-entry.ts) runs that loop without this file.
 */
import { pathToFileURL } from "node:url";
import { describe, guardChild, serveTasks, type WorkerFn } from "./child-loop.js";
import { loadWorkerScript } from "./code-cache.js";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || !process.send) {
    process.stderr.write("compacts: batch child started without a worker module or an IPC channel\n");
    process.exit(2);
  }
  guardChild();
  // A `.cjs` worker is the bundle (scripts/bundle-worker.mjs): loaded with its V8 code cache.
  const script = file.endsWith(".cjs") ? loadWorkerScript(file) : null;
  const mod = (script ? script.exports : await import(pathToFileURL(file).href)) as { default?: WorkerFn };
  const fn = mod.default;
  if (typeof fn !== "function") throw new Error(`${file} has no default export function`);
  serveTasks(fn, script ? (script.cacheUsed ? "code-cache" : "bundle") : "module", script ? () => script.afterDocument() : undefined);
}

main().catch((e: unknown) => {
  process.stderr.write(`compacts: batch child failed to start: ${describe(e).message}\n`);
  process.exit(3);
});
