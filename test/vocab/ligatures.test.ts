import { describe, expect, it } from "vitest";
import { NARROW_LIGATURE as N, WIDE_LIGATURE as W, resolveLigatures, unmappedGlyph } from "../../src/vocab/ligatures.js";
import { repairText } from "../../src/vocab/text.js";

/** [word with the placeholder, expected word]: the words of UN texts that carry f-ligatures. */
const CASES: Array<[string, string]> = [
  [`${N}eld`, "field"], [`Of${N}ce`, "Office"], [`Paci${N}c`, "Pacific"], [`speci${N}c`, "specific"], [`${N}nancial`, "financial"],
  [`${N}scal`, "fiscal"], [`bene${N}t`, "benefit"], [`pro${N}le`, "profile"], [`identi${N}er`, "identifier"], [`con${N}rm`, "confirm"],
  [`de${N}ne`, "define"], [`${N}rst`, "first"], [`signi${N}cant`, "significant"], [`con${N}dential`, "confidential"],
  [`re${N}ect`, "reflect"], [`re${N}ects`, "reflects"], [`con${N}ict`, "conflict"], [`in${N}uence`, "influence"], [`in${N}ation`, "inflation"],
  [`${N}ow`, "flow"], [`${N}exible`, "flexible"], [`${N}eet`, "fleet"], [`${N}ight`, "flight"], [`${N}agship`, "flagship"],
  [`e${N}ect`, "effect"], [`e${N}ective`, "effective"], [`e${N}orts`, "efforts"], [`a${N}airs`, "affairs"], [`o${N}er`, "offer"],
  [`di${N}erence`, "difference"], [`sta${N}`, "staff"], [`tra${N}ic`, "traffic"],
  [`e${W}cient`, "efficient"], [`o${W}cial`, "official"], [`O${W}ce`, "Office"], [`su${W}cient`, "sufficient"], [`di${W}cult`, "difficult"],
  [`${N}ELD`, "FIELD"],
];

describe("ligature placeholders resolve from the word around them", () => {
  it.each(CASES)("%s → %s", (raw, want) => {
    expect(resolveLigatures(raw)).toBe(want);
  });
  it("resolves inside running text and through repairText", () => {
    expect(repairText(`The ${N}eld o${W}ces re${N}ect the con${N}ict.`)).toBe("The field offices reflect the conflict.");
  });
  it("takes the ligature of the glyph's width class that makes a word when the spelling rules make none", () => {
    // HTML printers draw "offline" with an "fl" glyph after "of" (Chromium: text only in an
    // ActualText; wkhtmltopdf: mapped to Apple's private-use U+F002): the rules spell "offiine".
    expect(resolveLigatures(`of${N}ine tools`)).toBe("offline tools");
    expect(resolveLigatures(`OF${N}INE`)).toBe("OFFLINE");
    // A word the list knows under the rules' choice keeps it; a word it does not know too.
    expect(resolveLigatures(`o${N}er`)).toBe("offer");
    expect(resolveLigatures(`Xyz${N}ab`)).toBe("Xyzfiab");
  });
  it("reads an unmapped glyph with no letter beside it as a lost mark, not a ligature (Writer's private-use bullet)", () => {
    // Writer prints a CSS list's square bullet from OpenSymbol as U+E00B, which pdf.js reports
    // unmapped: alone before an item, or glued to its capitalised first word, it is a marker.
    expect(resolveLigatures(`${N} National strategies adopted`)).toBe("\uFFFD National strategies adopted");
    expect(resolveLigatures(`${N}National strategies`)).toBe("\uFFFD National strategies");
    expect(resolveLigatures(`${W} 12 missions`)).toBe("\uFFFD 12 missions");
    // Inside a word, or before an all-capitals rest, it is still the ligature.
    expect(resolveLigatures(`${N}ELD ${N}eld`)).toBe("FIELD field");
  });
  it("keeps a placeholder only for glyphs wide enough to be letters", () => {
    expect(unmappedGlyph(0.1)).toBe("");
    expect(unmappedGlyph(0.5)).toBe(N);
    expect(unmappedGlyph(0.8)).toBe(W);
  });
});
