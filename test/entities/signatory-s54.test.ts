/**
 * Session 54: findPeople reads the signatory pattern only on lines holding ", <post>"
 * (signatoryMatches) where `text.matchAll(SIGNATORY)` tried every line's start. The matches
 * (offsets, whole text, name and title) must be the same: on drawn texts and real documents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SIGNATORY, signatoryMatches } from "../../src/entities/people.js";

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1], m[2]]);
const agrees = (text: string): void => {
  expect(shape(signatoryMatches(text))).toEqual(shape(text.matchAll(SIGNATORY)));
};

const PIECES = ["Jane Holl Lute", "Ban Ki-moon", "Jan van Bergen", "Ahmedou Ould-Abdallah", "Élodie Ñúñez", "jane", "Mr. ", ", ", ",", ",\t", ", the ", "Assistant-Secretary-General", "Under-Secretary-General", "Director", "Executive Director", "Special Envoy", "Chairperson", "Head", "Registrar", " and Officer-in-Charge", ", and ", "Department of Field Support", "Between ", "\u2022 ", "- ", "\t", " ", "\u00a0", "\n", "\n", "\r", "\r\n", "\u2028", "\u2029", "x"];

describe("signatoryMatches (session 54)", () => {
  it("gives matchAll's matches on drawn texts", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => agrees(pieces.join(""))), { numRuns: 8000 });
  });

  it("gives matchAll's matches on the fixtures and the dev corpus' texts", () => {
    const files = [
      ...readdirSync("fixtures").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("fixtures", f)),
      ...readdirSync("test/corpus/dev").filter((f) => /\.(txt|md)$/.test(f)).map((f) => join("test/corpus/dev", f)),
    ];
    let found = 0;
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      agrees(text);
      found += signatoryMatches(text).length;
    }
    expect(found).toBeGreaterThan(10);
  });
});
