/**
 * pdfjs-dist's legacy build (the one Node 20 needs) bundles core-js polyfills that replace
 * built-ins of the whole process:
 *
 * - `JSON.stringify` and `JSON.parse` — for `JSON.rawJSON`, which Node 20 lacks — with versions
 *   that re-scan every output character by character in JavaScript. Measured on 200,000 entity
 *   objects (31 MB of JSON): 1.4 s native, 18 s replaced; a 50 MB text's 81 MB output took 75 s
 *   and 2 GB of heap. Nothing here uses `rawJSON`.
 * - `Array.prototype.push` — because V8 before 12.1 does not throw on an array whose `length` is
 *   read-only — with a JavaScript loop over `arguments` that sets `length` through a helper. Every
 *   `push` of the process (pdf.js's own parser, every stage) then costs several calls: putting the
 *   native one back took the bench PDFs' pipeline CPU from 356 to 301 ms per round (medians of 7
 *   interleaved runs on a loaded machine, −15 %). Nothing here pushes onto a frozen-length array.
 *
 * So the engine's own functions are taken before pdf.js loads — this module is imported eagerly
 * (extract/index.ts) although pdf.js is loaded on the first PDF, so an application that loads
 * pdf.js itself later still has them taken first — and put back after pdf.js loads, and after its
 * worker module (loaded on the first document) has run.
 */
const nativeStringify = JSON.stringify;
const nativeParse = JSON.parse;
const nativePush = Array.prototype.push;

/** Put the engine's own JSON functions and `Array.prototype.push` back where pdf.js replaced them. */
export function restoreNativeJson(): void {
  if (JSON.stringify !== nativeStringify) JSON.stringify = nativeStringify;
  if (JSON.parse !== nativeParse) JSON.parse = nativeParse;
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
}
