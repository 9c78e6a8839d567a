/**
 * The worker's side of a stage's heartbeat (ExtractOptions.onHeartbeat): a stage calls it as often
 * as its loops turn (the tables stage: every 256 lines, every part and row block), the pool hears
 * at most one "progress" message per HEARTBEAT_MS (movingReports). Each message restarts the
 * pool's no-progress clock (pool.ts), so a long stage on a loaded machine is not taken for a hung
 * one, while a stage stuck in one loop iteration still is.
 */

/**
 * At most one heartbeat message a second: the no-progress limit is 120 s by default (tests use
 * 1.5 s), and a message costs ~100 bytes and tens of microseconds.
 */
export const HEARTBEAT_MS = 1000;

/**
 * At most one stage-end progress message a document per this many ms. A stage end tells the pool
 * only that the document is moving (it restarts the no-progress clock, 120 s by default), as a
 * heartbeat does; a document's seven stage ends and its first heartbeat took eight messages (~20 µs
 * of the child's CPU and ~40 µs of the main process's each), for a text of ~50 ms mostly within one
 * 100 ms window. A stage end is not sent when a message went less than this before it, so the
 * clock it would have restarted runs at most this much short. Pages are always sent (the page
 * limit needs each one).
 */
export const STAGE_PROGRESS_MS = 100;

/**
 * A document's "still moving" messages (progress without a page), sent through `send`: a stage end
 * unless a stage end or heartbeat went less than STAGE_PROGRESS_MS ago, a heartbeat unless one
 * went less than HEARTBEAT_MS ago (the first of each kind is sent). One per document; `now` for tests.
 */
export function movingReports(send: () => void, now: () => number = () => performance.now()): { stageEnd: () => void; heartbeat: () => void } {
  let last = -Infinity;
  const gate = (everyMs: number) => () => {
    const t = now();
    if (t - last < everyMs) return;
    last = t;
    send();
  };
  return { stageEnd: gate(STAGE_PROGRESS_MS), heartbeat: gate(HEARTBEAT_MS) };
}
