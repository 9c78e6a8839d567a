/**
 * Session 54: the mission list reader's per-item steps without a regex clone or an array each —
 * `trimEnd()` for `.replace(/\s+$/, "")`, pairEnds' exec loop for `[...body.matchAll(…)]`,
 * wordCount for `name.split(" ").length` — each against the form it replaced, on every UTF-16
 * unit, drawn lines and the list lines of real documents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairEnds, wordCount } from "../../src/entities/missions.js";

/** What readItem computed before: the cut after each "(ACR)" that ends an item, then the body's end. */
const oldPairEnds = (body: string) => [...[...body.matchAll(/\(([A-Z][A-Za-z0-9-]{1,14})\)\s*(?:[,;]|\band\b)\s*/g)].map((m) => m.index + m[0].length), body.length];
const oldTrimEnd = (s: string) => s.replace(/\s+$/, "");

const PIECES = ["United Nations Mission in Liberia", "(UNMIL)", "(UNMIS)", "(OSESG-HoA)", "(U)", "(unmil)", "(A1234567890123456)", ",", ";", " and ", "and", "band", " ", "  ", "\t", "\u00a0", "\u2003", "\ufeff", "\n", "\r", "\u2028", ".", "UNAMID", "é", "Côte d'Ivoire", "("];

/** Lines of real documents (the fixtures and the dev corpus' texts), the list reader's input. */
function realLines(): string[] {
  const files = [
    ...readdirSync("fixtures").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("fixtures", f)),
    ...readdirSync("test/corpus/dev").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("test/corpus/dev", f)),
  ];
  return files.flatMap((f) => readFileSync(f, "utf8").split("\n"));
}

describe("the list reader's item steps (session 54)", () => {
  it("trimEnd is the trailing-space replace on every UTF-16 unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}`;
      expect(s.trimEnd()).toBe(oldTrimEnd(s));
      expect(`${s}${String.fromCharCode(c)}`.trimEnd()).toBe(oldTrimEnd(`${s}${String.fromCharCode(c)}`));
    }
  });

  it("pairEnds, trimEnd and wordCount answer as before on drawn lines", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const line = pieces.join("");
        expect(pairEnds(line)).toEqual(oldPairEnds(line));
        expect(line.trimEnd()).toBe(oldTrimEnd(line));
        expect(wordCount(line)).toBe(line.split(" ").length);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (line) => {
        expect(pairEnds(line)).toEqual(oldPairEnds(line));
        expect(wordCount(line)).toBe(line.split(" ").length);
      }),
      { numRuns: 3000 },
    );
  });

  it("pairEnds, trimEnd and wordCount answer as before on real documents' lines", () => {
    const lines = realLines();
    expect(lines.length).toBeGreaterThan(10_000);
    let pairs = 0;
    for (const line of lines) {
      const cuts = pairEnds(line);
      expect(cuts).toEqual(oldPairEnds(line));
      if (cuts.length > 1) pairs++;
      expect(line.trimEnd()).toBe(oldTrimEnd(line));
      expect(wordCount(line)).toBe(line.split(" ").length);
    }
    expect(pairs).toBeGreaterThan(0);
  });
});
