// A worker for pool tests: misbehaves on request so that time-outs, memory blow-ups and crashes
// can be provoked without a real document that does so.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** How long a "meet" task waits for the others before it gives up: a hang detector, not a speed check. */
const MEET_PATIENCE_MS = 60_000;

/**
 * Block this thread for `ms` without running the event loop, as a long synchronous stage does, but
 * without burning a core: the pool tests run side by side, and a spinning child took CPU from the
 * others (and from every other test file) for nothing the tests check.
 */
const blocker = new Int32Array(new SharedArrayBuffer(4));
function blockFor(ms) {
  Atomics.wait(blocker, 0, 0, ms);
}

export default async function (task, hooks) {
  switch (task.mode) {
    case "flags": // the node flags this child was started with
      return { id: task.id, pid: process.pid, execArgv: process.execArgv };
    case "meet": {
      // Signs in under `dir`, then waits until `count` tasks have signed in: only tasks that run
      // at the same time can all meet; run one after the other, the first waits in vain.
      mkdirSync(task.dir, { recursive: true });
      writeFileSync(join(task.dir, String(task.id)), String(process.pid));
      const until = Date.now() + MEET_PATIENCE_MS;
      while (readdirSync(task.dir).length < task.count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return { id: task.id, pid: process.pid, met: readdirSync(task.dir).length >= task.count };
    }
    case "crawl": {
      // Reports progress every 50 ms for `ms` of wall time (forever without). Measured by the clock,
      // not counted in timer turns: on a loaded machine every 50 ms timer fires late, and 60 of them
      // took longer than the test's total limit.
      const until = task.ms === undefined ? Infinity : Date.now() + task.ms;
      while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, 50));
        hooks.progress();
      }
      return { id: task.id, pid: process.pid };
    }
    case "pages": {
      // A paged document: reports pages 0..pages; a page in `stuck` not in `skipPages` spins forever
      // (a stuck page blocks its process, as pdf.js or a recogniser would).
      const skip = new Set(task.skipPages ?? []);
      hooks.progress({ page: 0, pages: task.pages, unit: "page" });
      for (let n = 1; n <= task.pages; n++) {
        if (task.stuck.includes(n) && !skip.has(n)) for (;;) blockFor(60_000); // stuck: never returns
        hooks.progress({ page: n, pages: task.pages, unit: "page" });
      }
      return { id: task.id, pid: process.pid, skipped: task.skipPages ?? [] };
    }
    case "busy": {
      // A long synchronous stage: the thread never yields for `ms`; with `beat` it reports
      // progress every 100 ms from inside the loop (as a stage's heartbeat does).
      const until = Date.now() + task.ms;
      while (Date.now() < until) {
        blockFor(Math.min(100, until - Date.now()));
        if (task.beat) hooks.progress();
      }
      return { id: task.id, pid: process.pid };
    }
    case "hang":
      await new Promise(() => {}); // never settles
      break;
    case "spin":
      for (;;); // busy loop: only terminating the thread stops it
    case "oom": {
      const hog = [];
      for (;;) hog.push(new Array(1e6).fill(task.id));
    }
    case "buffers": {
      // Off the V8 heap: only the RSS limit can see this.
      const hog = [];
      for (;;) hog.push(Buffer.alloc(16 * 2 ** 20, 1));
    }
    case "pieces": // an answer sent ahead in `steps` pieces, each awaited, then the result
      for (let i = 0; i < task.steps; i++) await hooks.piece(`${task.id}:${i};`);
      return { id: task.id, pid: process.pid };
    case "big": // an answer the size of a large output JSON
      return { id: task.id, pid: process.pid, json: "x".repeat(100_000) };
    case "throw":
      throw new Error(`thrown for ${task.id}`);
    case "exit":
      process.exit(3);
    default:
      return { id: task.id, pid: process.pid };
  }
}
