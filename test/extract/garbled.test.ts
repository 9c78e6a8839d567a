import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { garbledShare } from "../../src/extract/ocr/quality.js";

/** The share as it was computed before it was counted token by token (a list of every token). */
function listedShare(text: string): number | null {
  const PLAUSIBLE = /^[("'“‘[]*(?:\p{L}+(?:[-'’/]\p{L}+)*-?|\d+(?:[.,:/-]\d+)*%?|[A-Z]+(?:\/[A-Za-z0-9.]+)+|\d+(?:st|nd|rd|th))[)"'”’\].,;:!?%]*$/u;
  const tokens = text.split(/\s+/).filter((t) => t !== "" && !/^[\p{P}\p{S}]+$/u.test(t));
  if (tokens.length < 40) return null;
  return tokens.filter((t) => !PLAUSIBLE.test(t)).length / tokens.length;
}

describe("garbledShare counted token by token", () => {
  it("equals the share over the listed tokens, for any text", () => {
    const word = fc.constantFrom("the", "A/RES/61/279", "95%", "t#e", "0bject1ves", "—", "•", "(a)", "Côte", "and/or", "12,5", "");
    const space = fc.constantFrom(" ", "\n", "\t", "\f", "\u00a0", "  ", "\u2028");
    const text = fc.array(fc.tuple(word, space), { maxLength: 120 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 300 })), (t) => {
      expect(garbledShare(t)).toBe(listedShare(t));
    }));
  });
});
