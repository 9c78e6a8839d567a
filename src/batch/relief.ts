/**
 * A worker's collection valve. The pool kills a child whose resident set passes `--max-memory`,
 * but V8 collects by its own heap's measure: with a heap limit as large as the RSS limit it lets
 * garbage pile up until the heap nears that limit, while buffers, code and pdf.js's copy of the
 * file (~100–200 MB) are outside the heap. A long document whose live data fits (4,000 dense PDF
 * pages: ~300 MB at its peak) was killed for its garbage. At page and stage boundaries the worker
 * collects in full when its RSS is high and has grown since the last such collection.
 *
 * Collections at boundaries cannot reach inside a stage: the entities stage of 4,000 dense pages
 * runs ~10 s without one, and V8, which lets its old generation grow to up to twice (and more) its
 * live size before the next full collection, took the worker from 372 to 523 MB inside it (the
 * kernel's high-water mark, `scripts/hostile/dense-profile.mjs`). So the first time the valve finds
 * the RSS high it also tightens V8's heap growth (HIGH_HEAP_GROWING_PERCENT) for the rest of the
 * document, and `settle` gives V8 back its own growth once the document is done: only a document
 * that needs the room pays for the more frequent collections.
 *
 * The child host is started with `--expose-gc` and the limit in COMPACTS_MAX_MEMORY_MB (pool.ts);
 * elsewhere (a library caller, a test) this does nothing.
 */
import { setFlagsFromString } from "node:v8";

/** Collect once the RSS passes this share of the limit… */
export const RELIEF_SHARE = 0.6;
/** …and has grown by this share of the limit since the last collection here: a document whose live data is large is not collected at every page. */
export const RELIEF_STEP_SHARE = 0.03;
export const MAX_MEMORY_ENV = "COMPACTS_MAX_MEMORY_MB";
/**
 * V8's old generation may grow by this many per cent over its live size before the next full
 * collection, once the RSS has passed RELIEF_SHARE (V8's own factor is 1.1–4 by its speed
 * measures, often ~2 for a heap that grows fast). 10 %: a live heap of ~300 MB carries at most
 * ~30 MB of garbage; a full collection of it takes ~0.1–0.3 s, a few dozen more in a document of
 * several minutes.
 */
export const HIGH_HEAP_GROWING_PERCENT = 10;
/** `--heap-growing-percent=0` is V8's default: it computes the factor itself. */
const V8_OWN_GROWTH = 0;

/** The valve of one process: call it at every boundary; `settle()` after each document. */
export interface MemoryRelief {
  /** Collect if due (true when it did); the first time the RSS is high, tighten V8's heap growth. */
  (): boolean;
  /** The document is done: V8's own heap growth again, if it had been tightened. */
  settle(): void;
}

/**
 * `gc` and `limitMb` default to the process's (`--expose-gc`, COMPACTS_MAX_MEMORY_MB); without
 * either it does nothing. `setFlags` is V8's runtime flag setter (a test passes its own).
 */
export function memoryRelief(
  gc = (globalThis as { gc?: () => void }).gc,
  limitMb = Number(process.env[MAX_MEMORY_ENV]),
  rss: () => number = () => process.memoryUsage.rss(),
  setFlags: (flags: string) => void = setFlagsFromString,
): MemoryRelief {
  let lastRelief = 0;
  let tight = false;
  const relieve = () => {
    if (!gc || !(limitMb > 0)) return false;
    const limit = limitMb * 2 ** 20;
    const now = rss();
    if (now < RELIEF_SHARE * limit) return false;
    if (!tight) {
      setFlags(`--heap-growing-percent=${HIGH_HEAP_GROWING_PERCENT}`);
      tight = true;
    }
    if (now < lastRelief + RELIEF_STEP_SHARE * limit) return false;
    gc();
    lastRelief = rss();
    return true;
  };
  return Object.assign(relieve, {
    settle: () => {
      if (!tight) return;
      setFlags(`--heap-growing-percent=${V8_OWN_GROWTH}`);
      tight = false;
    },
  });
}
