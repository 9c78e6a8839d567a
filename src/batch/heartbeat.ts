/**
 * The worker's side of a stage's heartbeat (ExtractOptions.onHeartbeat): a stage calls it as often
 * as its loops turn (the tables stage: every 256 lines, every part and row block), the pool hears
 * at most one "progress" message per HEARTBEAT_MS. Each message restarts the pool's no-progress
 * clock (pool.ts), so a long stage on a loaded machine is not taken for a hung one, while a stage
 * stuck in one loop iteration still is.
 */

/**
 * At most one heartbeat message a second: the no-progress limit is 120 s by default (tests use
 * 1.5 s), and a message costs ~100 bytes and tens of microseconds.
 */
export const HEARTBEAT_MS = 1000;

/** `send`, called at most once per `everyMs` (the first call sends); `now` for tests. */
export function throttledHeartbeat(send: () => void, everyMs: number = HEARTBEAT_MS, now: () => number = () => performance.now()): () => void {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last < everyMs) return;
    last = t;
    send();
  };
}
