import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mapFolded } from "../../src/normalize/text.js";

// The folding as it was before it was built chunk by chunk (a full-length code buffer and a
// lower-cased copy of the whole text): the reference the new one must equal.
const isHyphen = (c: number) => c === 0x2d || (c >= 0x2010 && c <= 0x2015);
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const LINE_END_AFTER_HYPHEN = /[ \t]*\n[ \t]*/y;
function oldMapFolded(original: string): { text: string; map: Int32Array } {
  const n = original.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n);
  // Lower-casing the whole string at once is far cheaper than per character; where it changes the
  // length (rare: "İ"), fall back to per-character lower case below.
  const lowered = original.toLowerCase();
  const sameLength = lowered.length === n;
  let k = 0;
  let lastSpace = true;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (isHyphen(c)) {
      // A hyphen at a line end splits one word ("Peace-\nkeeping"): drop the break too.
      LINE_END_AFTER_HYPHEN.lastIndex = i + 1;
      const rest = LINE_END_AFTER_HYPHEN.exec(original);
      if (rest && rest[0].length < 40 && !lastSpace) i += rest[0].length;
      continue;
    }
    if (isSpace(c)) {
      if (!lastSpace) {
        codes[k] = 0x20;
        map[k++] = i;
      }
      lastSpace = true;
      continue;
    }
    let out: number;
    if (c === 0x2019 || c === 0x2018) out = 0x27; // curly apostrophes as straight ones
    else if (c < 0x80) out = c >= 0x41 && c <= 0x5a ? c + 32 : c;
    else if (sameLength) out = lowered.charCodeAt(i);
    else {
      // Keep a 1:1 mapping: a character whose lower case changes length is kept as is.
      const l = original[i]!.toLowerCase();
      out = l.length === 1 ? l.charCodeAt(0) : c;
    }
    codes[k] = out;
    map[k++] = i;
    lastSpace = false;
  }
  return { text: new TextDecoder("utf-16le").decode(codes.subarray(0, k)), map: map.subarray(0, k) };
}

describe("mapFolded built chunk by chunk", () => {
  it("equals the whole-text folding: text and offset map, for any text (sigma, İ, surrogate pairs and halves, hyphens at line ends)", () => {
    const piece = fc.constantFrom("Peace-\nkeeping", "ΟΔΟΣ ΣΑΣ", "İstanbul", "\u{10400}\u{10428}", "\ud801", "\udc00x", "Côte d’Ivoire", "  \t\n", "MINUSTAH", "–", "A/RES/61/279", "é", "\ufeffBOM", "Ǆ\u0130\u1e9e");
    const text = fc.oneof(fc.array(piece, { maxLength: 40 }).map((p) => p.join("")), fc.string({ unit: "binary", maxLength: 200 }));
    fc.assert(
      fc.property(text, (t) => {
        const now = mapFolded(t);
        const then = oldMapFolded(t);
        expect(now.text).toBe(then.text);
        expect(Array.from(now.map)).toEqual(Array.from(then.map));
      }),
    );
  });

  it("decodes a text without surrogates (Node's buffer decoding) as the decoder does, over several chunks, a byte-order mark first", () => {
    const t = "\ufeff" + "Ünïcödé Ǆ – Côte d’Ivoire\u00a0".repeat(2000);
    const now = mapFolded(t);
    expect(now.text).toBe(oldMapFolded(t).text);
    expect(now.text.startsWith("ünïcödé")).toBe(true);
  });

  it("folds across chunk boundaries the same (a text longer than a chunk, a surrogate pair across one)", () => {
    const t = "x".repeat((1 << 14) - 1) + "\u{10400}" + "Ab-\ncd ".repeat(5000);
    expect(mapFolded(t).text).toBe(oldMapFolded(t).text);
  });
});
