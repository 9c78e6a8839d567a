/**
 * pdfjs-dist's legacy build (the one Node 20 needs) bundles core-js polyfills that replace the
 * global `JSON.stringify` and `JSON.parse` in the whole process — for `JSON.rawJSON`, which
 * Node 20 lacks — with versions that re-scan every output character by character in JavaScript.
 * Measured on 200,000 entity objects (31 MB of JSON): 1.4 s native, 18 s replaced; a 50 MB text's
 * 81 MB output took 75 s and 2 GB of heap. Nothing here uses `rawJSON`, so the engine's own
 * functions are taken before pdf.js loads (this module must be imported before it) and put back
 * after it, and after pdf.js's worker module (loaded on the first document) has run.
 */
const nativeStringify = JSON.stringify;
const nativeParse = JSON.parse;

/** Put the engine's own JSON functions back where pdf.js replaced them. */
export function restoreNativeJson(): void {
  if (JSON.stringify !== nativeStringify) JSON.stringify = nativeStringify;
  if (JSON.parse !== nativeParse) JSON.parse = nativeParse;
}
