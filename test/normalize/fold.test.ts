import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mapFolded } from "../../src/normalize/text.js";

/** The first, character-by-character implementation: the reference the fast one must equal. */
function referenceFold(original: string): { text: string; map: number[] } {
  let text = "";
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/[\u2010-\u2015-]/.test(ch)) {
      const rest = /^[ \t]*\n[ \t]*/.exec(original.slice(i + 1, i + 40));
      if (rest && !lastSpace) i += rest[0].length;
      continue;
    }
    if (/\s/.test(ch)) {
      if (!lastSpace) {
        text += " ";
        map.push(i);
      }
      lastSpace = true;
      continue;
    }
    const lower = ch === "\u2019" || ch === "\u2018" ? "'" : ch.toLowerCase();
    text += lower.length === 1 ? lower : ch;
    map.push(i);
    lastSpace = false;
  }
  return { text, map };
}

describe("mapFolded", () => {
  it("folds case, hyphens, white space and apostrophes, keeping offsets", () => {
    const f = mapFolded("UN  Peace-\n  building\tOffice’s");
    expect(f.text).toBe("un peacebuilding office's");
    expect(Array.from(f.map).slice(0, 4)).toEqual([0, 1, 2, 4]);
  });
  it("equals the reference implementation on arbitrary text", () => {
    const chars = fc.constantFrom(..."aZé É-\u2013\u2010 \t\n\u00a0\u2019İxY.,()1".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }).map((a) => a.join("")), (s) => {
        const got = mapFolded(s);
        const want = referenceFold(s);
        expect(got.text).toBe(want.text);
        expect(Array.from(got.map)).toEqual(want.map);
      }),
      { numRuns: 2000 },
    );
  });
});
