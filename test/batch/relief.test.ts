import { describe, expect, it } from "vitest";
import { HIGH_HEAP_GROWING_PERCENT, memoryRelief, RELIEF_SHARE, RELIEF_STEP_SHARE } from "../../src/batch/relief.js";
import { heapLimitMb, NON_HEAP_MB } from "../../src/batch/pool.js";

const MB = 2 ** 20;

describe("memoryRelief", () => {
  it("collects above its share of the limit, then only after the RSS has grown by a step", () => {
    let rss = 100 * MB;
    let collections = 0;
    const relieve = memoryRelief(() => {
      collections++;
      rss -= MB; // what the collection freed: little, the live data is large
    }, 200, () => rss);
    expect(relieve()).toBe(false); // 100 of 200 MB: below the share
    rss = RELIEF_SHARE * 200 * MB + MB;
    expect(relieve()).toBe(true);
    expect(collections).toBe(1);
    rss += RELIEF_STEP_SHARE * 200 * MB - MB; // grown by less than a step since the collection
    expect(relieve()).toBe(false);
    rss += 2 * MB;
    expect(relieve()).toBe(true);
    expect(collections).toBe(2);
  });

  it("tightens V8's heap growth the first time the RSS is high, and settle() gives V8 its own back", () => {
    let rss = 100 * MB;
    const flags: string[] = [];
    const relieve = memoryRelief(() => {}, 200, () => rss, (f) => flags.push(f));
    relieve();
    relieve.settle(); // nothing was tightened: nothing to undo
    expect(flags).toEqual([]);
    rss = RELIEF_SHARE * 200 * MB + MB;
    relieve();
    relieve(); // not collected (no step), and not set again
    rss += RELIEF_STEP_SHARE * 200 * MB + MB;
    relieve();
    expect(flags).toEqual([`--heap-growing-percent=${HIGH_HEAP_GROWING_PERCENT}`]);
    relieve.settle();
    relieve.settle();
    expect(flags).toEqual([`--heap-growing-percent=${HIGH_HEAP_GROWING_PERCENT}`, "--heap-growing-percent=0"]);
    // The next document that runs high tightens it again.
    relieve();
    expect(flags).toHaveLength(3);
    expect(flags[2]).toBe(`--heap-growing-percent=${HIGH_HEAP_GROWING_PERCENT}`);
  });

  it("does nothing without a collector or a limit (a library caller, a test process)", () => {
    const flags: string[] = [];
    expect(memoryRelief(undefined, 200, () => 1000 * MB, (f) => flags.push(f))()).toBe(false);
    expect(memoryRelief(() => {}, Number.NaN, () => 1000 * MB, (f) => flags.push(f))()).toBe(false);
    expect(flags).toEqual([]);
  });
});

describe("heapLimitMb: a child's V8 heap limit leaves room for what it holds outside the heap", () => {
  it("is the RSS limit less the non-heap part, at least half the RSS limit", () => {
    expect(heapLimitMb(512)).toBe(512 - NON_HEAP_MB);
    expect(heapLimitMb(2048)).toBe(2048 - NON_HEAP_MB);
    expect(heapLimitMb(192)).toBe(96);
    for (const limit of [192, 256, 512, 768, 2048]) expect(heapLimitMb(limit)).toBeLessThan(limit);
  });
});
