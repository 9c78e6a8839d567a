/**
 * Session 32 (h-speed): `lineEndBreaks` finds its soft and printed breaks by a scan from the
 * hyphens instead of two look-behind patterns run at every character. The patterns stay as its
 * specification: on drawn texts over the characters that decide a break, both readings give the
 * same words.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PRINTED_BREAK_RE, SOFT_BREAK_RE, lineEndBreaks } from "../../src/vocab/text.js";

/** The breaks as the patterns read them (the code before the scan). */
function byPatterns(text: string): { soft: string[]; printed: string[] } {
  const word = (m: RegExpMatchArray) => m[1]!.replace(/\u00AD/g, "").toLowerCase();
  return { soft: [...new Set([...text.matchAll(SOFT_BREAK_RE)].map(word))].sort(), printed: [...new Set([...text.matchAll(PRINTED_BREAK_RE)].map(word))].sort() };
}
function byScan(text: string): { soft: string[]; printed: string[] } {
  const b = lineEndBreaks([text]);
  return { soft: [...b.soft].sort(), printed: [...b.printed].sort() };
}

describe("lineEndBreaks' scan", () => {
  it("reads the soft, WeasyPrint and printed breaks of a text", () => {
    const text = "Stock\u00AD\nholm co\u00AD\u2010\noperation de\u00ADve\u00ADlop\u00AD ment co-\nchairs inter-\u00ADx x- a\u00AD-b 9-\n-\nend\u2011";
    expect(byScan(text)).toEqual({ soft: ["co", "develop", "stock"], printed: ["co", "end", "x"] });
    expect(byScan(text)).toEqual(byPatterns(text));
  });
  it("gives the patterns' words on drawn texts", () => {
    const unit = fc.constantFrom("a", "B", "z", "\u00AD", "-", "\u2010", "\u2011", " ", "\t", "\n", "\r", "1", ".", "é");
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
      const text = units.join("");
      expect(byScan(text)).toEqual(byPatterns(text));
    }), { numRuns: 3000 });
  });
});
