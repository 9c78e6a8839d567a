/**
 * Side-by-side signature blocks whose right column is set half a line lower (WeasyPrint, Word
 * tables with other paragraph spacing): each printed row comes as two lines closer together than
 * the font's height. They are read as one row, by geometry — and a single close pair (one column
 * ending, the next one beginning lower after a page break) is not.
 */
import { describe, expect, it } from "vitest";
import { findSignatureBlocks, staggeredRows } from "../../src/compact/signatures.js";
import type { Line } from "../../src/model/layout.js";

let n = 0;
const line = (y: number, runs: ReadonlyArray<[string, number]>, page = 3): Line => {
  n++;
  const text = runs.map(([t]) => t).join("  ");
  return {
    page, line: n, y, text, start: 0, end: text.length,
    segments: runs.map(([t, x]) => ({ text: t, x, y, width: t.length * 4.2, fontSize: 8, page, line: n, start: 0, end: t.length })),
  };
};

describe("signature blocks at staggered baselines", () => {
  it("reads the two columns of an interleaved block as rows (corpus dev weasy.pdf)", () => {
    const lines = [
      line(463.8, [["(a) Volatile exchange rates affect the value of contributions received.", 51]]),
      line(479.3, [["_______________________", 54]]),
      line(485.0, [["_______________________", 225]]),
      line(490.7, [["Ms. Nadia Benkirane", 54]]),
      line(496.3, [["Mr. António Guterres", 225]]),
      line(502.0, [["Under-Secretary-General for Management", 54]]),
      line(507.6, [["Secretary-General", 225]]),
      line(513.3, [["Department of Management", 54]]),
      line(518.9, [["Date: 14 February 2023", 225]]),
      line(524.6, [["Date: 14 February 2023", 54]]),
    ];
    expect(staggeredRows(lines).rows.map((l) => l.segments.length)).toEqual([1, 2, 2, 2, 2, 1]);
    const blocks = findSignatureBlocks(lines);
    expect(blocks.map((b) => b.at)).toEqual([1]);
    expect(blocks[0]!.signatures).toEqual([
      { name: "Nadia Benkirane", title: "Under-Secretary-General for Management, Department of Management", date: "2023-02-14" },
      { name: "António Guterres", title: "Secretary-General", date: "2023-02-14" },
    ]);
  });

  it("keeps a single close pair apart: the left column's date and the right column's name below it", () => {
    const lines = [
      line(69.8, [["Pilar Carvalho", 66]], 4),
      line(82.9, [["Under-Secretary-General for Management", 66]], 4),
      line(96.0, [["Date: 4 February 2018", 66]], 4),
      line(101.9, [["António Guterres", 427]], 4),
      line(115.0, [["Secretary-General", 427]], 4),
    ];
    expect(staggeredRows(lines).rows).toHaveLength(5);
  });
});
