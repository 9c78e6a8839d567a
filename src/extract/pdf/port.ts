/**
 * pdf.js's worker in this thread, with each page's operator list handed over without a deep copy.
 *
 * In Node pdf.js runs its "worker" in the main thread (the fake worker): the two sides talk through
 * a LoopbackPort, which copies every message with structuredClone, as a real worker's port would.
 * For an operator list that copy is every argument of every operator — every glyph object of every
 * text-showing operator (its unicode, width, fontChar, vmetric, …): 6–8 % of the pipeline's CPU on
 * the corpus PDFs (bench/README.md, h-speed5), a cost raw `getTextContent` does not pay at that size.
 *
 * This port is pdf.js's LoopbackPort (same delivery: asynchronous, in order, every listener) with
 * one difference: a chunk of an operator list is handed over as copies of its two arrays, not of
 * what they hold. The copies are needed — the worker empties its arrays after posting them
 * (`fnArray.length = 0`) — but the entries need none: each operator's argument array is made for
 * that operator, and the glyph objects (from the font's cache) are plain data objects nobody changes
 * (glyphs.ts and rules.ts read them; pdf.js copies the entries into its own list for a page). Every
 * other message (fonts, images, text content, errors) is copied as before.
 */
import { PDFWorker } from "pdfjs-dist/legacy/build/pdf.mjs";

type Listener = (this: SharingPort, event: { data: unknown }) => void;

/** pdf.js's StreamKind.ENQUEUE (shared/message_handler.js): a message carrying one chunk of a stream. */
const ENQUEUE = 4;

/** An operator list's chunk (core/operator_list.js `flush`), with its arrays copied; null for any other message. */
function operatorListChunk(obj: unknown): unknown {
  const message = obj as { stream?: unknown; chunk?: { fnArray?: unknown; argsArray?: unknown } } | null;
  const chunk = message?.chunk;
  if (message?.stream !== ENQUEUE || !chunk || !Array.isArray(chunk.fnArray) || !Array.isArray(chunk.argsArray)) return null;
  return { ...message, chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
}

export class SharingPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  /** Messages are delivered once the worker side listens (`ready`), in the order they were posted. */
  readonly #deferred: Promise<unknown>;

  constructor(ready: Promise<unknown>) {
    this.#deferred = ready;
  }

  postMessage(obj: unknown, transfer?: unknown[]): void {
    const event = { data: operatorListChunk(obj) ?? structuredClone(obj, transfer ? ({ transfer } as Parameters<typeof structuredClone>[1]) : undefined) };
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(name: string, listener: Listener, options: { signal?: AbortSignal } | null = null): void {
    let removeAbort: (() => void) | null = null;
    const signal = options?.signal;
    if (signal instanceof AbortSignal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(name, listener);
      removeAbort = () => signal.removeEventListener("abort", onAbort);
      signal.addEventListener("abort", onAbort);
    }
    this.#listeners.set(listener, removeAbort);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, removeAbort] of this.#listeners) removeAbort?.();
    this.#listeners.clear();
  }
}

/** pdf.js's worker module (what its fake worker loads: the batch bundle's copy where it gives one). */
interface WorkerSide {
  initializeFromPort(port: unknown): void;
}

/**
 * A pdf.js worker for one document, on a SharingPort; null where this pdf.js has not the internal
 * it needs (`PDFWorker._setupFakeWorkerGlobal`, the loader of its worker module): pdf.js then makes
 * its own fake worker, as before (slower, the same text). The document's loading task destroys it
 * (pdf.ts openDocument). A worker module without `initializeFromPort` (another pdf.js major) would
 * leave the document unopened: test/extract/pdf-port.test.ts opens one through this worker.
 */
export function sharingWorker(): PDFWorker | null {
  const loader = (PDFWorker as unknown as { _setupFakeWorkerGlobal?: Promise<WorkerSide> })._setupFakeWorkerGlobal;
  if (!loader || typeof (loader as { then?: unknown }).then !== "function") return null;
  let port: SharingPort | null = null;
  const ready = loader.then((side) => {
    if (typeof side?.initializeFromPort !== "function") throw new Error("pdf.js's worker module has no initializeFromPort");
    side.initializeFromPort(port);
  });
  port = new SharingPort(ready);
  // Quiet as the document's own `verbosity: 0` (the worker side takes its level from this one).
  return new PDFWorker({ port: port as never, verbosity: 0 });
}
