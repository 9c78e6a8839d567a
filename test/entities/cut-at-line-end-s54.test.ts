/**
 * Session 54: cutAtLineEnd reads the next line only when a longer gazetteer name fits the rest
 * of the name's line. Its answer must be the one of the form it replaced (below, as it was): on
 * texts drawn from the gazetteer's own names cut at word ends, with drawn rests and next lines.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDomainData } from "../../src/data/index.js";
import { buildGazetteer, cutAtLineEnd, foldName } from "../../src/entities/missions.js";

/** cutAtLineEnd before session 54. */
function oldCutAtLineEnd(name: string, text: string, end: number, longer: readonly string[] | undefined): boolean {
  if (!longer) return false;
  const eol = text.indexOf("\n", end);
  const rest = eol < 0 ? "" : foldName(text.slice(end, eol));
  if (!rest) return false;
  const nextEol = text.indexOf("\n", eol + 1);
  const nextWords = new Set(foldName(text.slice(eol + 1, nextEol < 0 ? text.length : nextEol)).split(/[^\p{L}\p{N}']+/u));
  const head = `${name} ${rest} `;
  return longer.some((n) => {
    if (n.length <= head.length || !n.startsWith(head)) return false;
    return nextWords.has(n.slice(head.length).split(" ")[0]!);
  });
}

const gaz = buildGazetteer(loadDomainData().missions);
const groups = [...gaz.namesByLeadAndNext.values()].filter((g) => g.length > 1);

describe("cutAtLineEnd (session 54)", () => {
  it("answers as before on names cut at a line's end", () => {
    let cut = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: groups.length - 1 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom("", " ", "  ", "\t", "-", " of the"),
        fc.constantFrom("", "x ", "Sahel (UNOWAS)", "(UNAMA)", "and"),
        fc.boolean(),
        (g, a, b, c, glue, tail, last) => {
          const longer = groups[g]!;
          const full = longer[a % longer.length]!;
          const words = full.split(" ");
          // The shorter name: the full name's first k words; the rest of its line: the next few; the next line: the word after, or other text.
          const k = 2 + (b % Math.max(1, words.length - 2));
          const r = k + (c % Math.max(1, words.length - k));
          const name = words.slice(0, k).join(" ");
          const rest = words.slice(k, r).join(" ");
          const next = words[r] ?? "";
          const text = `${name}${glue}${rest ? ` ${rest}` : ""}\n${tail ? `${tail} ` : ""}${next}${last ? "" : "\nmore"}`;
          const answer = cutAtLineEnd(name, text, name.length, longer);
          expect(answer).toBe(oldCutAtLineEnd(name, text, name.length, longer));
          if (answer) cut++;
        },
      ),
      { numRuns: 8000 },
    );
    expect(cut).toBeGreaterThan(100);
  });

  it("answers as before on drawn text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: groups.length - 1 }), fc.string({ maxLength: 40 }), (g, s) => {
        const longer = groups[g]!;
        const name = longer[0]!.split(" ").slice(0, 2).join(" ");
        const text = `${name}${s}`;
        expect(cutAtLineEnd(name, text, name.length, longer)).toBe(oldCutAtLineEnd(name, text, name.length, longer));
      }),
      { numRuns: 3000 },
    );
  });
});
