/**
 * A worker's collection valve. The pool kills a child whose resident set passes `--max-memory`,
 * but V8 collects by its own heap's measure: with a heap limit as large as the RSS limit it lets
 * garbage pile up until the heap nears that limit, while buffers, code and pdf.js's copy of the
 * file (~100–200 MB) are outside the heap. A long document whose live data fits (4,000 dense PDF
 * pages: ~300 MB at its peak) was killed for its garbage. At page and stage boundaries the worker
 * collects in full when its RSS is high and has grown since the last such collection.
 *
 * The child host is started with `--expose-gc` and the limit in COMPACTS_MAX_MEMORY_MB (pool.ts);
 * elsewhere (a library caller, a test) this does nothing.
 */

/** Collect once the RSS passes this share of the limit… */
export const RELIEF_SHARE = 0.6;
/** …and has grown by this share of the limit since the last collection here: a document whose live data is large is not collected at every page. */
export const RELIEF_STEP_SHARE = 0.03;
export const MAX_MEMORY_ENV = "COMPACTS_MAX_MEMORY_MB";

/**
 * The valve of one process: call it at every boundary; it collects when due. `gc` and `limitMb`
 * default to the process's (`--expose-gc`, COMPACTS_MAX_MEMORY_MB); without either it does nothing.
 */
export function memoryRelief(
  gc = (globalThis as { gc?: () => void }).gc,
  limitMb = Number(process.env[MAX_MEMORY_ENV]),
  rss: () => number = () => process.memoryUsage.rss(),
): () => boolean {
  let lastRelief = 0;
  return () => {
    if (!gc || !(limitMb > 0)) return false;
    const limit = limitMb * 2 ** 20;
    const now = rss();
    if (now < RELIEF_SHARE * limit || now < lastRelief + RELIEF_STEP_SHARE * limit) return false;
    gc();
    lastRelief = rss();
    return true;
  };
}
