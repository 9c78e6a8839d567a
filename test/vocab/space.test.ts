import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isJsSpace, normalizeSpace } from "../../src/vocab/text.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/** Every character JavaScript's \s matches, and some it does not (zero-width space, NEL). */
const SPACES = [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const NOT_SPACES = ["\u200b", "\u0085", "a", "Z", "1", "-", "é", "\ud83d\ude00"];

describe("normalizeSpace", () => {
  it("is the replace of white-space runs by one space, trimmed, on any mix of spaces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SPACES, ...NOT_SPACES, "  ", "word"), { maxLength: 30 }), (parts) => {
        const s = parts.join("");
        expect(normalizeSpace(s)).toBe(s.replace(/\s+/g, " ").trim());
      }),
      { numRuns: Math.max(FUZZ_RUNS, 500) },
    );
    expect(normalizeSpace("  a  b\u00a0c\n")).toBe("a b c");
    expect(normalizeSpace("a b c")).toBe("a b c");
  });

  it("isJsSpace agrees with /\\s/ on every UTF-16 unit", () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
    expect(isJsSpace(0x3000)).toBe(true);
  });
});
