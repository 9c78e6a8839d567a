import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Coverage, FoldOffsets, mapFolded } from "../../src/normalize/text.js";

// Session 24 (h-speed4): the fold's offset map as runs of constant shift (FoldOffsets). The map as
// it was, one Int32 per folded character, is rebuilt here by the old loop's offset logic and every
// position of the runs is compared with it.
const isHyphen = (c: number) => c === 0x2d || (c >= 0x2010 && c <= 0x2015);
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const LINE_END_AFTER_HYPHEN = /[ \t]*\n[ \t]*/y;
function perCharacterMap(original: string): Int32Array {
  const n = original.length;
  const map = new Int32Array(n);
  let k = 0;
  let lastSpace = true;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c > 0x20 && c < 0x80 && c !== 0x2d) lastSpace = false;
    else if (isHyphen(c)) {
      LINE_END_AFTER_HYPHEN.lastIndex = i + 1;
      const rest = LINE_END_AFTER_HYPHEN.exec(original);
      if (rest && rest[0].length < 40 && !lastSpace) i += rest[0].length;
      continue;
    } else if (isSpace(c)) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    map[k++] = i;
  }
  return map.subarray(0, k);
}

/** Every position, in order, then in a scrambled order (the look-up's remembered run is then mostly wrong). */
function expectSameOffsets(text: string): void {
  const folded = mapFolded(text);
  const want = perCharacterMap(text);
  expect(folded.map.length).toBe(want.length);
  expect(folded.text.length).toBe(want.length);
  for (let k = 0; k < want.length; k++) if (folded.map.at(k) !== want[k]) expect([k, folded.map.at(k)]).toEqual([k, want[k]]);
  for (let step = 0, k = 0; step < want.length; step++, k = (k + 7919) % want.length) if (folded.map.at(k) !== want[k]) expect([k, folded.map.at(k)]).toEqual([k, want[k]]);
  expect(Array.from(folded.map)).toEqual(Array.from(want));
}

describe("FoldOffsets (the fold's offset map as runs)", () => {
  it("maps a hand-made text's every position: collapsed spaces, hyphens at line ends, a ligature, a soft hyphen, surrogate pairs, İ and Σ", () => {
    const text = "UN  Peace-\n  building\tOffice’s ﬁnance ﬂow co\u00adoperation 𝐀𝐁 \u{1F600} İstanbul ΟΔΟΣ - – — end  \n\n";
    const folded = mapFolded(text);
    expect(folded.text).toBe("un peacebuilding office's ﬁnance ﬂow co\u00adoperation 𝐀𝐁 \u{1F600} İstanbul οδοσ end ");
    // "un" 0–1, the space at 2 (the second dropped), "peace" from 4, "building" after the dropped "-\n  ".
    expect([0, 1, 2, 3, 7, 8].map((k) => folded.map.at(k))).toEqual([0, 1, 2, 4, 8, 13]);
    expectSameOffsets(text);
    // Runs, not characters: one per change of shift.
    expect(folded.map.runs).toBeLessThan(folded.map.length / 4);
  });

  it("equals the per-character map on arbitrary text", () => {
    const piece = fc.constantFrom("Peace-\nkeeping", "a -\n b", "ΟΔΟΣ ΣΑΣ", "İstanbul", "\u{10400}\u{10428}", "\ud801", "\udc00x", "Côte d’Ivoire", "  \t\n", "ﬁ", "ﬀl", "co\u00adop", "\u00ad", "MINUSTAH", "–", "—", "-", "A/RES/61/279", "é", "\ufeffBOM", "\u00a0\u2003", "Ǆ\u0130\u1e9e", "x");
    const text = fc.oneof(fc.array(piece, { maxLength: 60 }).map((p) => p.join("")), fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: fc.constantFrom(..."a -\n\t\u00ad\u2013ﬁ𝐀"), maxLength: 300 }));
    fc.assert(fc.property(text, (t) => expectSameOffsets(t)), { numRuns: 1500 });
  });

  it("equals the per-character map on every fixture text and on dev14's text and Markdown sources", () => {
    const files = readdirSync("fixtures").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("fixtures", f));
    const dev = join("test/corpus14/dev14");
    for (const f of readdirSync(dev).filter((f) => /\.(txt|md)$/.test(f)).slice(0, 20)) files.push(join(dev, f));
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) expectSameOffsets(readFileSync(f, "utf8"));
  });

  it("an empty text has no runs; one without dropped characters has one", () => {
    expect(mapFolded("").map.length).toBe(0);
    expect(mapFolded("").map.runs).toBe(0);
    const plain = mapFolded("Plain text, one space each.");
    expect(plain.map.runs).toBe(1);
    expect(plain.map.at(26)).toBe(26);
  });

  it("finds the run of any offset from any remembered run", () => {
    const offsets = new FoldOffsets(10, Int32Array.from([0, 3, 4, 9]), Int32Array.from([0, 2, 5, 6]));
    expect(Array.from(offsets)).toEqual([0, 1, 2, 5, 9, 10, 11, 12, 13, 15]);
    expect([9, 0, 4, 3, 8, 1].map((k) => offsets.at(k))).toEqual([15, 0, 9, 5, 13, 1]);
  });
});

describe("Coverage (one bit per character)", () => {
  it("answers every overlap question as a byte per character did, across word edges", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.array(fc.tuple(fc.boolean(), fc.nat(210), fc.nat(40))), (length, ops) => {
        const bits = new Coverage(length);
        const bytes = new Uint8Array(length + 1);
        for (const [claim, a, width] of ops) {
          const start = Math.min(a, length);
          const end = Math.min(start + width, length);
          if (claim) {
            bits.claim(start, end);
            bytes.fill(1, start, end);
          } else expect(bits.overlaps(start, end)).toBe(bytes.subarray(start, end).includes(1));
        }
        for (let i = 0; i < length; i++) expect(bits.overlaps(i, i + 1)).toBe(bytes[i] === 1);
      }),
      { numRuns: 500 },
    );
  });
});
