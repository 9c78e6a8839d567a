/**
 * Entry of the batch worker's bundle (scripts/bundle-worker.mjs bundles it into
 * dist/batch/worker.bundle.cjs; the unbundled dist/ stays what the library and its users load).
 * A child process loads the bundle as one classic script with a V8 code cache (child.ts,
 * loadWorkerScript): Node 20 has no compile cache for ES modules, and compiling the worker's
 * ~80 modules and pdf.js cost every child ~0.2–0.3 s of CPU before its first document, plus the
 * lazy compilation of each function on its first call.
 *
 * Only for the bundle: `require` below is resolved by the bundler, not at run time.
 */
// First, as in extract/pdf.ts: it keeps the engine's JSON functions and `push` before pdf.js replaces them.
import "../extract/pdf/native-json.js";
import convert from "./worker.js";

/**
 * pdf.js in Node runs its "worker" in this thread and, unless `globalThis.pdfjsWorker` holds it,
 * imports `pdf.worker.mjs` by URL: that would load the unbundled file (and compile it without the
 * cache). The getter hands pdf.js the bundled copy, initialised on the first PDF only, so a batch of
 * texts never runs pdf.js's worker module.
 */
Object.defineProperty(globalThis, "pdfjsWorker", {
  configurable: true,
  enumerable: false,
  get(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- bundled: see the header
    const bundled: unknown = require("pdfjs-dist/legacy/build/pdf.worker.mjs");
    Object.defineProperty(globalThis, "pdfjsWorker", { configurable: true, enumerable: false, writable: true, value: bundled });
    return bundled;
  },
});

export default convert;
