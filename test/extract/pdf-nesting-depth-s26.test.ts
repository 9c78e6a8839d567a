import { describe, expect, it } from "vitest";
import { nestingDepth } from "../../src/extract/pdf/streams.js";

/** nestingDepth as it read every byte before session 26 (h-speed6 skips the bytes that change no state). */
function byteByByte(data: Uint8Array): number {
  let depth = 0, max = 0, inString = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (inString > 0) {
      if (c === 0x5c) i++;
      else if (c === 0x28) inString++;
      else if (c === 0x29) inString--;
      continue;
    }
    if (c === 0x28) inString = 1;
    else if (c === 0x25) {
      while (i < data.length && data[i] !== 0x0a && data[i] !== 0x0d) i++;
    } else if (c === 0x5b || (c === 0x3c && data[i + 1] === 0x3c)) {
      if (c === 0x3c) i++;
      if (++depth > max) max = depth;
    } else if (c === 0x5d || (c === 0x3e && data[i + 1] === 0x3e)) {
      if (c === 0x3e) i++;
      if (depth > 0) depth--;
    }
  }
  return max;
}

describe("nestingDepth (session 26: a table of the bytes that matter)", () => {
  it("answers as the byte-by-byte scan on content-stream-like bytes, strings, escapes and comments", () => {
    // Mostly the bytes that matter, some that do not: every state change is exercised.
    const alphabet = Buffer.from("[[[[<<<<]]>>>()\\%\n\r aB1/Tj", "latin1");
    let seed = 26;
    // A linear congruential draw's high bits (its low bits repeat with short periods).
    const next = () => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536);
    let deep = 0;
    for (let n = 0; n < 400; n++) {
      const bytes = new Uint8Array(1 + (next() % 300));
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() % 8 === 0 ? next() % 256 : alphabet[next() % alphabet.length]!;
      const want = byteByByte(bytes);
      if (want >= 3) deep++;
      expect(nestingDepth(bytes)).toBe(want);
    }
    expect(deep).toBeGreaterThan(40);
  });

  it("ends an escape, a comment and a string at the end of the data", () => {
    const enc = (s: string) => Buffer.from(s, "latin1");
    expect(nestingDepth(enc("[[ (a \\"))).toBe(2);
    expect(nestingDepth(enc("[ % [[[["))).toBe(1);
    expect(nestingDepth(enc("<< /A [ (x) ] >> [[[ <"))).toBe(3);
  });
});
