/** [what pdf.worker.mjs says, what the batch bundle says instead], each found exactly once (scripts/pdfjs-lean-patches.mjs). */
export declare const LEAN_WORKER_PATCHES: ReadonlyArray<readonly [string, string]>;
