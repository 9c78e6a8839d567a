/**
 * Glyphs drawn with no text (session 23, lead): a PostScript-distilled PDF (here LibreOffice's
 * print through `pdftocairo -ps` and `ps2pdf`, test/corpus15's cairops.pdf) draws the ligatures
 * "ff", "fi", "ffi" and symbols as Type 3 glyphs with neither ToUnicode nor glyph names; pdf.js
 * reports their character codes (U+0000, U+0001 …). Read as the text around them is set, they
 * become placeholders the word resolves ("O?ice" → "Office", "?ve" → "five"); alone, a lost mark.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { LOST_NARROW as L, LOST_WIDE as LW, lostGlyph, resolveLigatures } from "../../src/vocab/ligatures.js";

describe("a lost glyph resolves from the word it stands in", () => {
  it.each([
    [`O${L}ice`, "Office"], // "ff": the glyph's width says two letters, the word says which
    [`O${LW}ice`, "Office"], // a width read as three letters still gives the one English word
    [`O${L}icial`, "Official"],
    [`sta${L}`, "staff"],
    [`${L}ve States`, "five States"],
    [`e${L}ective`, "effective"],
    [`${L}at rate`, "flat rate"], // the spelling rules' "fl" is a word: kept
    [`O${L}ICE`, "OFFICE"],
  ])("%s → %s", (raw, want) => {
    expect(resolveLigatures(raw)).toBe(want);
  });
  it("is a lost mark standing alone or before a capital letter", () => {
    expect(resolveLigatures(`${L} 28`)).toBe("\uFFFD 28");
    expect(resolveLigatures(`${L}Timeliness of reports`)).toBe("\uFFFD Timeliness of reports");
  });
  it("takes its class from the width, and a mark below a letter's", () => {
    expect(lostGlyph(0.2)).toBe("\uFFFD");
    expect(lostGlyph(0.55)).toBe(L);
    expect(lostGlyph(0.85)).toBe(LW);
    expect(lostGlyph(null)).toBe(L);
  });
});

describe("a PostScript-distilled compact (Type 3 ligatures without text)", () => {
  const read = async (file: string) => JSON.stringify(await extract(new Uint8Array(readFileSync(new URL(`../corpus15/dev15/${file}`, import.meta.url))), { fileName: file }));
  it("reads the ligature glyphs that have widths (d15-011: 'Office', 'official correspondence')", async () => {
    const json = await read("d15-011.cairops.pdf");
    expect(json).toContain("Executive Office of the Secretary-General");
    expect(json).toContain("Office's staff");
    expect(json).not.toMatch(/O ice|O\\ufffdice|Oice/);
  });
  it("reads the ligature glyphs the font gave no width (d15-005: 'five States', 'Office')", async () => {
    const json = await read("d15-005.cairops.pdf");
    expect(json).toContain("participation of all five States");
    expect(json).toContain("the Office's premises");
    expect(json).not.toMatch(/\bve States|O ice/);
  });
});
