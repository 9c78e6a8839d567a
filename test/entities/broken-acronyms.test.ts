/**
 * `brokenAcronyms` (session 35, h-perf, issue 14): the matches of BROKEN_ACRONYM_RE found by trying
 * only the positions 2 to 10 characters before a hyphen that ends a line, against the global
 * pattern's own scan over the whole text.
 */
import { describe, expect, it } from "vitest";
import { BROKEN_ACRONYM_RE, brokenAcronyms, buildGazetteer, findMissions } from "../../src/entities/missions.js";
import { loadDomainData } from "../../src/data/index.js";

const full = (text: string) => [...text.matchAll(BROKEN_ACRONYM_RE)].map((m) => [m.index, m[0], m[1], m[2]]);
const windowed = (text: string) => brokenAcronyms(text).map((m) => [m.index, m[0], m[1], m[2]]);

/** A small deterministic generator (mulberry32): the drawn texts are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces the pattern reacts to: capitals, letters, hyphens, line ends, spaces, tabs, digits, a non-ASCII letter, a surrogate pair. */
const PIECES = ["OSE", "OSESG", "UNMIS", "ABCDEFGHIJK", "Syria", "GL", "a", "Z", "-", "-", "-\n", "- \n", "-\t\n", "\n", "\n\n", " ", " ", "\t", "7", "é", "É", "𝐀", "x-", "(", ")"];

describe("brokenAcronyms", () => {
  it("finds what matchAll finds: heads of 1 to 10 letters, spaces and blank lines after the hyphen, look-arounds at both ends", () => {
    for (const text of [
      "the OSE-\nSyria team",
      "OSESG-\n\nGL and UNSMIS-  \n  Syria",
      "xOSE-\nSyria", // a letter before the head: no match
      "-OSE-\nSyria", // a hyphen before the head
      "ABCDEFGHIJK-\nSyria", // a head of 11 letters: none (no start 10 letters back follows a non-letter)
      "ABCDEFGHIJ-\nSyria",
      "OSE-\nSyria-", // a hyphen after the tail
      "AB-\nCD-\nEF",
      "ÉOSE-\nSyria",
      "𝐀OSE-\nSyria",
      "OSE- \t\nSyria",
      "OSE -\nSyria",
    ]) {
      expect(windowed(text), JSON.stringify(text)).toEqual(full(text));
    }
  });

  it("agrees with matchAll on 3,000 drawn texts", () => {
    const next = random(35);
    let matched = 0;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const pieces = 1 + Math.floor(next() * 30);
      for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const expected = full(text);
      matched += expected.length;
      expect(windowed(text), JSON.stringify(text)).toEqual(expected);
    }
    // The draw reaches the pattern: a test of nothing but empty lists would prove nothing.
    expect(matched).toBeGreaterThan(100);
  });

  it("gives findMissions the broken acronym as before", () => {
    const gaz = buildGazetteer(loadDomainData().missions);
    const spans = findMissions("Support to the OSESG-\nGL office.", gaz);
    expect(spans.map((s) => [s.text, s.normalized, s.start])).toEqual([["OSESG-\nGL", "OSESG-GL", 15]]);
  });
});
