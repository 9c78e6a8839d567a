/**
 * U+2219 BULLET OPERATOR as an item marker (corpus14 val14 v14-017 xe.pdf: XeLaTeX's `\bullet` in
 * a Unicode math font prints "∙" where the other renderings print "•"): a cell's line opening with
 * it opens an item and the glyph is no part of the item's text (session 34, h-v14).
 */
import { describe, expect, it } from "vitest";
import { splitItems } from "../../src/tables/text.js";
import { startsWithMarker, stripMarker } from "../../src/vocab/markers.js";

const frags = (...texts: string[]) => texts.map((text, line) => ({ text, page: 1, line }));

describe("the bullet operator ∙ as a marker", () => {
  it("opens an item and is stripped from its text", () => {
    expect(startsWithMarker("∙ 81% of oversight recommendations implemented")).toBe(true);
    expect(stripMarker("∙ 81% of oversight recommendations implemented").text).toBe("81% of oversight recommendations implemented");
  });

  it("splits a cell's lines into its items", () => {
    expect(splitItems(frags("∙ 81% of oversight recommendations", "implemented", "∙ 86% of the allotment spent by year end"))).toEqual([
      "81% of oversight recommendations implemented",
      "86% of the allotment spent by year end",
    ]);
  });
});
