/**
 * Session 52 (h-speed52, issue 14): `withFields(base, extra)` stands for `{ ...base, ...extra }` on
 * the hot path (a spread that adds a key gives each object a hidden class of its own in Node 20's
 * V8). Held to the spread it replaces on drawn plain objects: the same keys in the same order, the
 * same values (the same references), base and extra untouched.
 */
import { describe, expect, it } from "vitest";
import { withFields } from "../../src/model/objects.js";
import { findTargets } from "../../src/entities/targets.js";

/** mulberry32: the drawn inputs are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ["id", "section", "objective", "measures", "text", "start", "end", "raw", "listed", "0", "12", "value", "unit", "baseline"];
const VALUES: readonly unknown[] = [null, undefined, 0, -1, 2.5, "", "UNMIL", true, false, [], ["a"], { page: 1 }, NaN];

function drawObject(next: () => number, most: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const n = Math.floor(next() * most);
  for (let i = 0; i < n; i++) o[KEYS[Math.floor(next() * KEYS.length)]!] = VALUES[Math.floor(next() * VALUES.length)];
  return o;
}

describe("withFields = { ...base, ...extra } (s52)", () => {
  it("gives the same keys, order and values on 5,000 drawn objects", () => {
    const next = random(52);
    let overlapping = 0;
    for (let i = 0; i < 5000; i++) {
      const base = drawObject(next, 9);
      const extra = drawObject(next, 4);
      const baseBefore = { ...base };
      const extraBefore = { ...extra };
      const spread = { ...base, ...extra };
      const built = withFields(base, extra);
      expect(Object.keys(built)).toEqual(Object.keys(spread));
      for (const k of Object.keys(spread)) expect(Object.is((built as Record<string, unknown>)[k], (spread as Record<string, unknown>)[k])).toBe(true);
      expect(built).not.toBe(base);
      expect(base).toEqual(baseBefore);
      expect(extra).toEqual(extraBefore);
      if (Object.keys(extra).some((k) => k in base)) overlapping++;
    }
    // Both cases reached: a key of extra new to base, and one base already has (kept in base's place).
    expect(overlapping).toBeGreaterThan(500);
  });

  it("keeps base's place for a key both hold and appends new ones", () => {
    expect(Object.keys(withFields({ a: 1, id: "x", b: 2 }, { id: "T1-1", section: null }))).toEqual(["a", "id", "b", "section"]);
    expect(withFields({ a: 1, id: "x" }, { id: "T1-1", section: null })).toEqual({ a: 1, id: "T1-1", section: null });
  });

  it("findTargets' spans: the rule's fields, then raw, start and end", () => {
    const [t] = findTargets("Vacancy rate reduced from 12% in 2018 to 9% by 2019");
    expect(Object.keys(t!)).toEqual(["value", "unit", "comparator", "baseline", "year", "raw", "start", "end"]);
    expect(t).toEqual({ value: 9, unit: "%", comparator: "=", baseline: { value: 12, year: 2018 }, year: 2019, raw: "from 12% in 2018 to 9% by 2019", start: 21, end: 51 });
  });
});

describe("newDoc: the input is its last key (s52)", () => {
  it("deleting the input leaves the document's keys in their order", async () => {
    const { newDoc } = await import("../../src/document.js");
    const doc = newDoc("x.txt", new Uint8Array([104, 105]));
    expect(Object.keys(doc).at(-1)).toBe("input");
    delete doc.input;
    expect(Object.keys(doc)).toEqual(["source", "layout", "kind", "classification", "status", "error", "warnings", "entities", "references", "sections", "compact", "unDocument", "output"]);
  });
});
