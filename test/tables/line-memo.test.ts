import { describe, expect, it } from "vitest";
import { sources } from "../support/text-sources.js";
import { checkOneLineHeaders, sampled } from "./support/corpus-checks.js";
import type { Line } from "../../src/model/layout.js";
import { detectHeader, detectOneLineHeader } from "../../src/tables/header.js";
import { LineMemo, WindowMemo } from "../../src/tables/lineMemo.js";

// Session 22 (issue 14, speed): per-line facts kept once per document, and the run-together
// check's one-line header probe. Both must answer exactly what the unshared reading answers.


const line = (text: string, n: number): Line => ({ text, page: 1, line: n, y: n * 12, kind: "body", segments: [{ text, x: 0, y: n * 12, width: text.length * 6, fontSize: 10, start: 0 }] }) as unknown as Line;

describe("LineMemo and WindowMemo", () => {
  it("build a line's value once per layout text and again for another text", () => {
    const memo = new LineMemo<string[]>();
    const a = line("Expected accomplishments", 1);
    let built = 0;
    const make = () => (built++, [a.text]);
    const first = memo.get(a, undefined, make);
    expect(memo.get(a, undefined, make)).toBe(first);
    const withText = memo.get(a, "layout text", make);
    expect(memo.get(a, "layout text", make)).toBe(withText);
    memo.get(a, "other text", make);
    expect(built).toBe(3);
    // Another line object with the same text is another line.
    memo.get(line("Expected accomplishments", 1), undefined, make);
    expect(built).toBe(4);
  });

  it("keep a window's value for the same lines in another array, not for another window", () => {
    const memo = new WindowMemo<number>();
    const [a, b, c] = [line("Expected", 1), line("accomplishments", 2), line("Target", 3)];
    let built = 0;
    const make = () => ++built;
    expect(memo.get([a, b], undefined, make)).toBe(1);
    expect(memo.get([a, b], undefined, make)).toBe(1);
    expect(memo.get([a, b, c], undefined, make)).toBe(2);
    expect(memo.get([a, c], undefined, make)).toBe(3);
    expect(memo.get([a, b], "text", make)).toBe(4);
    // The window is copied: changing the caller's array afterwards changes nothing kept.
    const reused = [b, c];
    expect(memo.get(reused, undefined, make)).toBe(5);
    reused[1] = a;
    expect(memo.get(reused, undefined, make)).toBe(6);
    expect(memo.get([b, c], undefined, make)).toBe(5);
  });
});

describe("detectOneLineHeader", () => {
  // The fixtures and every fifth corpus13/corpus14 source; every source: corpus-checks.slow.test.ts.
  const FILES = [...sources(/\.(txt|md)$/, "fixtures", "test/fixtures/markdown"), ...sampled(/\.(txt|md)$/, 5, "test/corpus13/dev13", "test/corpus14/dev14")];

  it("finds the one-line headers detectHeader finds, on every line of the fixtures' text and Markdown sources and a sample of the corpora's", async () => {
    expect(FILES.length).toBeGreaterThan(20);
    const { oneLine, taller } = await checkOneLineHeaders(FILES);
    // Not vacuous: both kinds of header occur.
    expect(oneLine).toBeGreaterThan(20);
    expect(taller).toBeGreaterThan(5);
  });
});
