/**
 * The child-process side of the batch pool (pool.ts forks this file from dist/). It loads the
 * worker module named on its command line (default export: task → result), says "ready", then
 * converts one task per message. All file writing stays in the parent, so a child killed for time
 * or memory never leaves a half-written output behind.
 */
import { pathToFileURL } from "node:url";
import { loadWorkerScript } from "./code-cache.js";
import type { ChildMessage, ParentMessage, TaskProgress } from "./protocol.js";

/**
 * A worker module's default export; `hooks.progress` tells the parent the task is advancing (with
 * its pages when it has any); `hooks.piece` sends part of the answer ahead of it and resolves once
 * the channel has taken it, so a large answer is never queued whole.
 */
type WorkerFn = (task: unknown, hooks: { progress: (progress?: TaskProgress) => void; piece: (text: string) => Promise<void> }) => unknown;

function send(message: ChildMessage): void {
  process.send?.(message);
}

function sendAndWait(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return resolve();
    process.send(message, undefined, undefined, (e: Error | null) => (e ? reject(e) : resolve()));
  });
}

/**
 * A piece's text is encoded here, and the bytes sent (protocol.ts JsonPiece). One buffer serves
 * every piece of the child's life: a piece is sent only once the one before it has gone (`piece`
 * resolves when the channel has taken it), and `process.send` copies a message before it returns.
 * Its size: a piece is at most ~PIECE_CHARS (1 M) characters (json-pieces.ts), whose UTF-8 takes at
 * most 3 bytes each; a longer piece gets bytes of its own. Made at the first piece; only the pages
 * a piece writes become resident.
 */
const PIECE_BUFFER_BYTES = 4 * 2 ** 20;
let pieceBuffer: Buffer | null = null;

/** The UTF-8 bytes of `text`, valid until the next call (in pieceBuffer when they fit). */
function utf8(text: string): Uint8Array {
  if (text.length * 3 > PIECE_BUFFER_BYTES) return Buffer.from(text, "utf8");
  pieceBuffer ??= Buffer.allocUnsafeSlow(PIECE_BUFFER_BYTES);
  return pieceBuffer.subarray(0, pieceBuffer.write(text, 0, "utf8"));
}

function describe(e: unknown): { name: string; message: string; stack?: string } {
  if (e instanceof Error) return e.stack === undefined ? { name: e.name, message: e.message } : { name: e.name, message: e.message, stack: e.stack };
  return { name: "Error", message: String(e) };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || !process.send) {
    process.stderr.write("compacts: batch child started without a worker module or an IPC channel\n");
    process.exit(2);
  }
  // Ctrl-C reaches the whole process group; the parent decides what an interrupt means and stops
  // its children itself. Without this a child could die first and its document be recorded as a crash.
  process.on("SIGINT", () => {});
  // The parent is gone (killed -9): nobody will read a result.
  process.on("disconnect", () => process.exit(0));
  // A `.cjs` worker is the bundle (scripts/bundle-worker.mjs): loaded with its V8 code cache.
  const script = file.endsWith(".cjs") ? loadWorkerScript(file) : null;
  const mod = (script ? script.exports : await import(pathToFileURL(file).href)) as { default?: WorkerFn };
  const fn = mod.default;
  if (typeof fn !== "function") throw new Error(`${file} has no default export function`);
  // One task at a time, in the order they came: the parent sends the next one ahead (pool.ts
  // TASKS_PER_CHILD), and it starts as soon as the one before has sent its result.
  let queue: Promise<void> = Promise.resolve();
  process.on("message", (raw: ParentMessage) => {
    queue = queue.then(async () => {
      try {
        // Every page is reported, not a sample: when a page hangs, the parent must know which one
        // (the one after the last reported) to run the document again without it. A message is
        // ~100 bytes and tens of microseconds; a page takes milliseconds.
        const progress = (p?: TaskProgress) =>
          send(p ? { type: "progress", id: raw.id, progress: { page: p.page, pages: p.pages, unit: p.unit } } : { type: "progress", id: raw.id });
        const piece = (text: string) => sendAndWait({ type: "piece", id: raw.id, bytes: utf8(text) });
        const result = await fn(raw.task, { progress, piece });
        // Before the answer: once it is sent, the parent may end this process (its batch done).
        script?.afterDocument();
        send({ type: "result", id: raw.id, result });
      } catch (e) {
        send({ type: "error", id: raw.id, error: describe(e) });
      }
    });
  });
  send({ type: "ready" });
}

main().catch((e: unknown) => {
  process.stderr.write(`compacts: batch child failed to start: ${describe(e).message}\n`);
  process.exit(3);
});
