/**
 * The entity recognisers' fast paths must find exactly what the plain patterns find: properties
 * over random text built from the pieces that matter (series letters, slashes, spaces, letters
 * around them, mission-name words).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SYMBOL_START, findPrintedSymbols, startsWithSymbolSeries, symbolStarts } from "../../src/entities/symbols.js";
import { ACRONYM_TOKEN, acronymTokens } from "../../src/entities/missions.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/** Text pieces where symbol starts are decided: series, near-series, separators and look-behind characters. */
const SYMBOL_PIECES = ["A", "S", "E", "T", "ST", "st", "a", "DP", "CEDAW", "ESCAP", "ESCWA", "CE", "X", "ſ", "\u212a", "/", "\u2215", "\uff0f", " ", "\u00a0", ".", "-", "\\", "1", "é", "\n", "(", "RES"];

describe("symbolStarts", () => {
  it("finds the same starts as matching SYMBOL_START everywhere", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYMBOL_PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const expected = [...text.matchAll(SYMBOL_START)].map((m) => ({ index: m.index, length: m[0].length }));
        expect(symbolStarts(text)).toEqual(expected);
      }),
      { numRuns: Math.max(FUZZ_RUNS, 500) },
    );
  });

  it("startsWithSymbolSeries is symbolStarts listing index 0, and no printed symbol starts at 0 without it", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYMBOL_PIECES, "62", "/RES/", "Add.1"), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const atStart = startsWithSymbolSeries(text);
        expect(atStart).toBe(symbolStarts(text)[0]?.index === 0);
        if (!atStart) expect(findPrintedSymbols(text)[0]?.start ?? -1).not.toBe(0);
      }),
      { numRuns: Math.max(FUZZ_RUNS, 500) },
    );
    expect(startsWithSymbolSeries("A/60/209")).toBe(true);
    expect(startsWithSymbolSeries("See A/60/209")).toBe(false);
  });

  it("reads the series before each slash", () => {
    expect(symbolStarts("See A/62/80, ST/SGB/2005/1 and CEDAW /C/1; not DPKO/DFS or 1/8/2007.")).toEqual([
      { index: 4, length: 1 },
      { index: 13, length: 2 },
      { index: 31, length: 5 },
    ]);
  });
});

describe("symbolTokens", () => {
  it("finds the same tokens as matching SYMBOL_TOKEN everywhere", async () => {
    const { SYMBOL_TOKEN, symbolTokens } = await import("../../src/entities/ocr-repair.js");
    const pieces = ["A", "S", "l", "O", "|", "62", "8O", "/", "//", " ", "\u00a0", ".", "-", "\\", "é", "RES", "abcdef", "(", "\n"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const expected = [...text.matchAll(SYMBOL_TOKEN)].map((m) => ({ index: m.index, token: m[0] }));
        expect(symbolTokens(text)).toEqual(expected);
      }),
      { numRuns: Math.max(FUZZ_RUNS, 500) },
    );
    expect(symbolTokens("See A/62/8O and S/RES/l769 (2007); x/y")).toEqual([
      { index: 4, token: "A/62/8O" },
      { index: 16, token: "S/RES/l769" },
      { index: 35, token: "x/y" },
    ]);
  });
});

describe("target rules' keyword tests", () => {
  it("every text a rule matches holds the words its `needs` test looks for", async () => {
    const { RULES } = await import("../../src/entities/targets.js");
    const pieces = [
      "5", "90", "1,000", "2.5", "three", "ninety", " ", "%", " per cent", " percent", " days", " working days", " weeks", " months", " hours", " years",
      "from ", " to ", " in 2018", " by 2019", " increase", " reduction", " drop", "increase of ", "reduced by ", "no more than ", "not to exceed ",
      "up to ", "maximum of ", "less than ", "fewer than ", "below ", "under ", "at least ", "no fewer than ", "minimum of ", "more than ", "over ",
      "above ", "exceeding ", " or more", " or fewer", " or below", "within ", "for ", "Over ", "FROM ", "Within ", ".", ",", "(", "x",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        for (const rule of RULES) {
          if (!rule.needs) continue;
          rule.re.lastIndex = 0;
          if (rule.re.test(text)) expect(rule.needs.test(text), `${rule.name}: ${text}`).toBe(true);
          rule.re.lastIndex = 0;
        }
      }),
      { numRuns: Math.max(FUZZ_RUNS, 2000) },
    );
  });
});

describe("outsideSpans", () => {
  it("keeps exactly the spans no outer span contains, like testing every pair", async () => {
    const { outsideSpans } = await import("../../src/entities/index.js");
    const fc = (await import("fast-check")).default;
    const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (inner, outer) => {
        const slow = inner.filter((o) => !outer.some((m) => m.start <= o.start && o.end <= m.end));
        expect(outsideSpans(inner, outer)).toEqual(slow);
      }),
    );
  });
});

describe("findMissions' lead-pair and acronym-pair filters", () => {
  it("finds what the look-up of every word finds (the filter off), on the fixtures and on generated text", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { loadDomainData } = await import("../../src/data/index.js");
    const { buildGazetteer, findMissions } = await import("../../src/entities/missions.js");
    const gaz = buildGazetteer(loadDomainData().missions);
    // Every pair marked: each word (and each acronym token) goes to the look-up, as before the filters.
    const unfiltered = { ...gaz, leadPairs: new Uint8Array(1 << 14).fill(1), acronymPairs: new Uint8Array(1 << 14).fill(1) };
    const dir = join(import.meta.dirname, "..", "..", "fixtures");
    let found = 0;
    for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
      const text = readFileSync(join(dir, f), "utf8");
      const got = findMissions(text, gaz);
      expect(got, f).toEqual(findMissions(text, unfiltered));
      found += got.length;
    }
    expect(found).toBeGreaterThan(10);
    const leads = [...gaz.leadWords].slice(0, 30);
    const pieces = [...leads, "United", "Nations", "Mission", "in", "Sudan", "UNMIS", "Darfur", "UNEF", "II", "I", "UNMIL", "MONUC", "LRA", "OSESG-HoA", "Department", "X", "a", "é", "Ö", " ", " ", "\n", "-", "/", "(", ")", ".", "1"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join(" ").replace(/ {2,}/g, " ");
        expect(findMissions(text, gaz)).toEqual(findMissions(text, unfiltered));
      }),
      { numRuns: Math.max(FUZZ_RUNS, 300) },
    );
  });
});

describe("acronymTokens", () => {
  /** Where the hand scanner decides: capitals, roman numerals, hyphens, spaces, non-ASCII letters and digits, surrogate pairs. */
  const ACRONYM_PIECES = ["UN", "MIL", "A", "I", "V", "X", "II", "IV", "a", "ol", "1", "-", " ", "\u00a0", "(", ")", ".", "/", "é", "É", "\u0661", "\u{1d400}", "\u{1f600}", "\n", "—", "OSESG-HoA"];

  it("finds the same tokens as matching ACRONYM_TOKEN everywhere", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACRONYM_PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const expected = [...text.matchAll(ACRONYM_TOKEN)].flatMap((m) => [m.index, m.index + m[0].length]);
        expect(acronymTokens(text)).toEqual(expected);
      }),
      { numRuns: Math.max(FUZZ_RUNS, 1000) },
    );
  });

  it("reads roman numerals and hyphenated parts as one token each", () => {
    const text = "UNEF II and UNEF IIx, OSESG-HoA, LRA-affected, MONUC.";
    const tokens = acronymTokens(text);
    const found: string[] = [];
    for (let t = 0; t < tokens.length; t += 2) found.push(text.slice(tokens[t], tokens[t + 1]));
    expect(found).toEqual(["UNEF II", "UNEF", "IIx", "OSESG-HoA", "LRA-affected", "MONUC"]);
  });
});
