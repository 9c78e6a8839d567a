/**
 * Entry of the batch worker's V8 startup snapshot. scripts/bundle-worker.mjs bundles it (with the
 * worker, as bundle-entry.ts) into dist/batch/worker.snapshot.cjs and runs
 * `node <an ordinary child's flags> --snapshot-blob worker.snapshot.blob --build-snapshot` on it:
 * the worker's modules are evaluated once, at build time (their domain data read, their patterns
 * compiled), and their heap saved. The pool forks an ordinary child with `--snapshot-blob`
 * (pool.ts, workerSnapshot) when the blob was made by this node with the child's flags; the child
 * then starts in the function below, without this file's text or the bundle's, and serves tasks.
 *
 * Node 20's snapshot builder runs this file as one script whose `require` loads built-in modules
 * only; the bundle's banner gives it a `require` that loads the external packages (tesseract.js,
 * @napi-rs/canvas) from the bundle's folder, at run time. What a snapshot cannot hold must not be
 * alive when it is made: native handles (a TextDecoder of UTF-16, an Intl object, an open file),
 * and code compiled for a regular expression (snapshot-flags.ts).
 *
 * Warm-up (the builder's arguments, when given): documents converted before the heap is saved,
 * so that what the worker builds on first use (the English word list's lookup, …) is in the
 * snapshot. bundle-worker.mjs checks that a child started from the snapshot converts documents to
 * the same bytes as one that loaded the bundle.
 *
 * Only for the bundle: `require` here and in bundle-entry.ts is resolved by the bundler.
 */
// First: the builder's regular-expression flags, before any module of the worker is evaluated.
import "./snapshot-flags.js";
// Then, as in bundle-entry.ts: native-json keeps the engine's JSON functions before pdf.js replaces them.
import convert from "./bundle-entry.js";
import { startupSnapshot } from "node:v8";
import { guardChild, serveTasks, type WorkerFn } from "./child-loop.js";
import { MAX_MEMORY_ENV } from "./relief.js";

/**
 * The memory limit the snapshot was made under: the worker's collection valve (relief.ts) read it
 * when its module was evaluated, at build time. The pool uses the snapshot only for that limit
 * (the child's heap flag is made from it too); a child started otherwise stops at once.
 */
const builtForMemory = process.env[MAX_MEMORY_ENV];

async function warmUp(files: readonly string[]): Promise<void> {
  for (const path of files) {
    const result = (await convert({ path, fileName: path.split("/").pop() ?? path })) as { status?: string };
    if (result.status === "failure") throw new Error(`worker snapshot: the warm-up document ${path} failed`);
  }
}

startupSnapshot.setDeserializeMainFunction(() => {
  guardChild();
  if (!process.send || process.env[MAX_MEMORY_ENV] !== builtForMemory) {
    process.stderr.write(`compacts: batch child started from the worker snapshot without an IPC channel or with another ${MAX_MEMORY_ENV} (${builtForMemory ?? "none"} when made)\n`);
    process.exit(2);
  }
  serveTasks(convert as WorkerFn, "snapshot");
});

warmUp(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
