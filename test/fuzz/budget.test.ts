import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CpuBudget } from "./arbitraries.js";

/** Spins until this process has spent `ms` of CPU: a stand-in for a run caught in a loop. */
function burnCpu(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const u = process.cpuUsage(start);
    if ((u.user + u.system) / 1000 >= ms) return;
  }
}

describe("CpuBudget: the fuzz properties' hang limit, in CPU time", () => {
  it("fails a property whose runs spend more CPU than the budget, naming the slowest input, and skips the runs after it", () => {
    const budget = new CpuBudget(40);
    let ran = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), (n) =>
        budget.run({ n }, () => {
          ran++;
          burnCpu(n === 7 ? 30 : 5);
        }),
      ),
      { numRuns: 100, examples: [[7]] },
    );
    // 40 ms at 5 ms a run (the first run 30 ms): the budget ends the property long before 100 runs.
    expect(ran).toBeLessThan(20);
    expect(() => budget.check()).toThrow(/over its CPU budget.*slowest run \d+ ms on \{"n":7\}/);
  });

  it("passes a property that stays within its budget", async () => {
    const budget = new CpuBudget(60_000);
    await fc.assert(fc.asyncProperty(fc.string(), (s) => budget.runAsync(s, async () => expect(s.length).toBeGreaterThanOrEqual(0))), { numRuns: 50 });
    expect(() => budget.check()).not.toThrow();
  });
});
