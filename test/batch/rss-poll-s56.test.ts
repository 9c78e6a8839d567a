import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { nextRssPollMs, RssReader } from "../../src/batch/pool.js";

/** How the pool read a child's RSS before session 56 (one readFileSync of /proc/PID/status a reading). */
function rssMbBefore(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const hasProc = rssMbBefore(process.pid) !== null;

describe("RssReader (s56): a child's RSS through a kept /proc descriptor", () => {
  it.runIf(hasProc)("reads what readFileSync of /proc/PID/status reads, again and again, and null once the process is gone", async () => {
    // A sleeping process: its RSS does not move between the two readings.
    const sleeper = spawn("sleep", ["30"], { stdio: "ignore" });
    await once(sleeper, "spawn");
    const pid = sleeper.pid!;
    // Until `sleep` has started (exec, its libraries mapped), its RSS moves.
    for (let stable = 0, last: number | null = null; stable < 3; ) {
      await new Promise((r) => setTimeout(r, 50));
      const now = rssMbBefore(pid);
      stable = now !== null && now === last ? stable + 1 : 0;
      last = now;
    }
    const reader = new RssReader(pid);
    try {
      for (let i = 0; i < 5; i++) {
        const kept = reader.read();
        expect(kept).not.toBeNull();
        expect(kept).toBe(rssMbBefore(pid));
      }
      // Other processes too (the test runner itself allocates between readings: checked loosely).
      const self = new RssReader(process.pid);
      const a = self.read()!;
      const b = rssMbBefore(process.pid)!;
      expect(Math.abs(a - b)).toBeLessThan(64);
      self.close();
    } finally {
      sleeper.kill("SIGKILL");
      await once(sleeper, "close");
    }
    expect(reader.read()).toBeNull();
    reader.close();
    expect(new RssReader(2 ** 30).read()).toBeNull(); // no such process
  });
});

describe("nextRssPollMs (s56): fewer RSS reads, the same overshoot bound", () => {
  const FILL_MB_PER_MS = 2; // pool.ts: the fastest a worker is taken to fill memory
  it("waits 50 ms near the limit or without a reading, up to 250 ms far below it", () => {
    expect(nextRssPollMs(null, 2048)).toBe(50);
    expect(nextRssPollMs(200, 2048)).toBe(250);
    expect(nextRssPollMs(2000, 2048)).toBe(50);
    expect(nextRssPollMs(3000, 2048)).toBe(50);
    expect(nextRssPollMs(60, 128)).toBe(50);
    expect(nextRssPollMs(300, 512)).toBe(106);
  });

  it("never lets a child filling memory at FILL_MB_PER_MS overshoot more than the 50 ms poll did", () => {
    for (let limit = 64; limit <= 8192; limit *= 2) {
      for (let rss = 0; rss <= limit; rss += limit / 64) {
        const wait = nextRssPollMs(rss, limit);
        expect(wait).toBeGreaterThanOrEqual(50);
        expect(wait).toBeLessThanOrEqual(250);
        // What the child can hold at the next reading, past the limit: no more than 50 ms of filling.
        expect(Math.max(0, rss + FILL_MB_PER_MS * wait - limit)).toBeLessThanOrEqual(FILL_MB_PER_MS * 50 + 1e-9);
      }
    }
  });
});
