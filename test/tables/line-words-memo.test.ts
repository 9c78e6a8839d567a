import { describe, expect, it } from "vitest";
import type { Line, Segment } from "../../src/model/layout.js";
import { forgetLineWords, lineWords } from "../../src/tables/columns.js";
import { RecentLineMemo } from "../../src/tables/lineMemo.js";
import { rowBoundariesFromRules } from "../../src/tables/rows.js";

// Session 37 (h-perf): the table reader's repeated per-line and per-page work kept once. Each
// kept value must be the value built afresh.

const seg = (text: string, x: number, start: number, column?: number): Segment => ({
  text, x, y: 100, width: 6 * text.length, fontSize: 10, page: 1, line: 3, start, end: start + text.length, ...(column !== undefined ? { column } : {}),
});
const line = (segments: Segment[]): Line => ({ page: 1, line: 3, y: 100, text: segments.map((s) => s.text).join("\t"), start: 0, end: 0, segments });

describe("RecentLineMemo", () => {
  it("builds a line's value once, apart for each text, and drops the oldest line past its capacity", () => {
    const memo = new RecentLineMemo<number>(2);
    const [a, b, c] = [line([seg("a", 0, 0)]), line([seg("b", 0, 0)]), line([seg("c", 0, 0)])];
    let built = 0;
    const make = () => ++built;
    expect(memo.get(a, undefined, make)).toBe(1);
    expect(memo.get(a, undefined, make)).toBe(1);
    expect(memo.get(a, "text", make)).toBe(2); // read with the layout text: built apart
    expect(memo.get(a, "text", make)).toBe(2);
    expect(memo.get(a, "other text", make)).toBe(3);
    expect(memo.get(b, undefined, make)).toBe(4);
    expect(memo.get(c, undefined, make)).toBe(5); // a is dropped
    expect(memo.get(b, undefined, make)).toBe(4);
    expect(memo.get(a, undefined, make)).toBe(6);
    memo.clear();
    expect(memo.get(c, undefined, make)).toBe(7);
  });
});

describe("lineWords kept per line", () => {
  it("gives the same words as before, read with and without the layout text", () => {
    // A tab cell opened by "\t " (a dropped bullet's trace) marks its first word lostGlyph, and only
    // when the layout text is given; a line without such cells reads the same either way.
    const text = "Objective\t Strengthened oversight";
    const tabbed = line([seg("Objective", 0, 0, 0), seg("Strengthened oversight", 84, 11, 1)]);
    forgetLineWords();
    const withText = lineWords(tabbed, text).map((w) => [w.text, w.lostGlyph]);
    const without = lineWords(tabbed).map((w) => [w.text, w.lostGlyph]);
    expect(withText).toEqual([["Objective", false], ["Strengthened", true], ["oversight", false]]);
    expect(without).toEqual([["Objective", false], ["Strengthened", false], ["oversight", false]]);
    // Asked again (in either order), the kept words are the same.
    expect(lineWords(tabbed, text).map((w) => [w.text, w.lostGlyph])).toEqual(withText);
    expect(lineWords(tabbed).map((w) => [w.text, w.lostGlyph])).toEqual(without);
    const plain = line([seg("Improved staff", 0, 0), seg("welfare", 120, 20)]);
    expect(lineWords(plain, "Improved staff   welfare")).toBe(lineWords(plain));
    expect(lineWords(plain).map((w) => [w.text, w.x])).toEqual([["Improved", 0], ["staff", 54], ["welfare", 120]]);
  });
});

describe("rowBoundariesFromRules with the page's bands kept", () => {
  it("reads each extent against the same rules as a fresh page would", () => {
    const rules = [
      { x1: 70, y1: 100, x2: 560, y2: 100 },
      // cell-by-cell borders at one y: they count together
      { x1: 70, y1: 150.5, x2: 300, y2: 150.5 },
      { x1: 300, y1: 151, x2: 560, y2: 151 },
      // a short underline
      { x1: 80, y1: 180, x2: 140, y2: 180 },
      { x1: 200, y1: 120, x2: 200, y2: 300 }, // vertical
    ];
    const page = { rules };
    const extents: Array<[number, number]> = [[70, 560], [80, 140], [300, 560], [70, 300], [560, 70]];
    for (const [left, right] of extents) {
      const fresh = rowBoundariesFromRules({ rules: rules.map((r) => ({ ...r })) }, left, right);
      expect(rowBoundariesFromRules(page, left, right)).toEqual(fresh);
    }
    expect(rowBoundariesFromRules(page, 70, 560)).toEqual([100, 150.5]);
    expect(rowBoundariesFromRules(page, 80, 140)).toEqual([100, 150.5, 180]);
    expect(rowBoundariesFromRules(page, 300, 560)).toEqual([100, 150.5]);
    expect(rowBoundariesFromRules(page, 560, 70)).toEqual([]);
  });
});
