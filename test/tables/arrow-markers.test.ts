/**
 * Arrows as item markers (corpus12 groff.pdf: troff's `\(->` prints "→" where the other renderings
 * print "➢"): a line or cell opening with an arrow opens an item and the arrow is no part of its
 * text. Inside a line an arrow is text ("2019 → 2021"): no item starts there.
 */
import { describe, expect, it } from "vitest";
import { splitItems } from "../../src/tables/text.js";
import { startsWithMarker, stripMarker } from "../../src/vocab/markers.js";

const frags = (...texts: string[]) => texts.map((text, line) => ({ text, page: 1, line }));

describe("arrow markers", () => {
  it("open an item at a line's start, and are stripped from its text", () => {
    for (const arrow of ["→", "⇒", "➔", "➜", "➡"]) {
      expect(startsWithMarker(`${arrow} 94% of performance appraisals completed`)).toBe(true);
      expect(stripMarker(`${arrow} 94% of performance appraisals completed`).text).toBe("94% of performance appraisals completed");
    }
  });

  it("split a cell's lines into its items", () => {
    expect(splitItems(frags("→ 40% of tickets purchased 16", "days in advance", "→ 95% of the approved budget", "spent"))).toEqual([
      "40% of tickets purchased 16 days in advance",
      "95% of the approved budget spent",
    ]);
  });

  it("stay text inside a line", () => {
    expect(splitItems(frags("→ Vacancy rate reduced 2019 → 2021"))).toEqual(["Vacancy rate reduced 2019 → 2021"]);
  });
});
