/**
 * Ghostscript 10.00's pdfwrite folds every ToUnicode range destination above Latin-1 onto one byte
 * (the OR of its two bytes, plus its place in the range): read back from the glyphs' widths and
 * the font's other glyphs (src/extract/pdf/folded-unicode.ts). The fonts below carry the values
 * of the rewrites of test/corpus dev's Chromium and wkhtmltopdf PDFs (DejaVu Sans, Liberation Sans).
 */
import { describe, expect, it } from "vitest";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { analyseFold, foldRepairs, foldsOf, type FontGlyphs } from "../../src/extract/pdf/folded-unicode.js";
import { readsAsWord, runsFromOperators } from "../../src/extract/pdf/glyphs.js";
import { A4_VIEW as VIEW, TEXT_OPS as T } from "../support/pdf-ops.js";
import { NARROW_LIGATURE, WIDE_LIGATURE } from "../../src/vocab/ligatures.js";
import { repairText } from "../../src/vocab/text.js";
import { extract } from "../../src/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A font from [code, text, width] triples. */
function font(glyphs: ReadonlyArray<readonly [number, string, number]>): FontGlyphs {
  return { unicode: new Map(glyphs.map(([c, t]) => [c, t])), width: new Map(glyphs.map(([c, , w]) => [c, w])), unitsPerEm: 1000 };
}

/** DejaVu Sans as Chromium subsets it: glyph ids are codes (the standard order: code − 29). */
const DEJAVU_ASCII: Array<[number, string, number]> = [
  ...[..."0123456789"].map((d, i): [number, string, number] => [0x13 + i, d, 636]),
  [0x10, "-", 361], [0x03, " ", 318],
  ...[..."abcdefghijklmnopqrstuvwxyz"].map((ch, i): [number, string, number] => [0x44 + i, ch, [613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525][i]!]),
  ...[..."ABCDEFGH"].map((ch, i): [number, string, number] => [0x24 + i, ch, [684, 686, 698, 770, 632, 575, 775, 752][i]!]),
];

describe("foldsOf", () => {
  it("ORs the two bytes, plus the place in a range", () => {
    expect(foldsOf(0x2011)).toContain(0x31); // "1"
    expect(foldsOf(0x200b)).toContain(0x2b); // "+"
    expect(foldsOf(0xfb01)).toEqual(expect.arrayContaining([0xfb, 0xfc])); // alone "û", second in <13B1> <13B3> <FB00> "ü"
    expect(foldsOf(0x25aa)).toContain(0xaf); // "¯"
    expect(foldsOf(0x00e9)).toEqual([0xe9]); // Latin-1 is written right
  });
});

describe("analyseFold", () => {
  it("reads Chromium's folded hyphens and ligatures back (glyph order and widths)", () => {
    // <0AF3> <0AF4> <2010> came out "0", "1"; <13B1> <13B3> <FB00> "û", "ü", "ý".
    const a = analyseFold(font([...DEJAVU_ASCII, [2803, "0", 361], [2804, "1", 361], [5041, "\u00fb", 689], [5042, "\u00fc", 630], [5043, "\u00fd", 630], [181, "\u00f3", 612]]));
    expect(a.evidence).toBe(true);
    expect(a.sure.get(2803)).toBe("-");
    expect(a.sure.get(2804)).toBe("-");
    // "ü" is 630 wide where "u" is 634: no accented letter (those are as wide as their base letter).
    expect(a.sure.get(5042)).toBe(NARROW_LIGATURE);
    expect(a.sure.get(5041)).toBe(NARROW_LIGATURE);
    // A real "ó" (as wide as "o") and the real digits stay.
    expect(a.sure.has(181)).toBe(false);
    expect(a.likely.has(181)).toBe(false);
    expect(a.sure.has(0x14)).toBe(false);
  });

  it("reads a quote folded onto an ASCII sign back where the glyph order says the sign is elsewhere", () => {
    // “ ” (DejaVu glyphs 2815, 2816) in a range came out "<", "="; the real "<" would be glyph 31.
    const a = analyseFold(font([...DEJAVU_ASCII, [2815, "<", 518], [2816, "=", 518]]));
    expect(a.sure.get(2815)).toBe("\u201C");
    expect(a.sure.get(2816)).toBe("\u201D");
  });

  it("reads zero-width spaces and hyphens back in a font with codes in order of use (wkhtmltopdf)", () => {
    const wk = font([
      [1, "U", 732], [2, "n", 634], [3, "d", 635], [4, "e", 615], [5, "r", 411], [6, "1", 361], [7, "-", 361],
      [8, "0", 636], [9, "2", 636], [10, "3", 636], [11, "4", 636], [12, "1", 636], [31, "+", 0], [45, "\u00fb", 630],
      [46, "f", 352], [47, "i", 278], [48, "l", 278], [49, "u", 634], [60, "\"", 590],
    ]);
    const a = analyseFold(wk);
    expect(a.evidence).toBe(true);
    expect(a.sure.get(31)).toBe(""); // U+200B, printed "+"
    expect(a.sure.get(6)).toBe("-"); // U+2011, printed "1": as wide as the hyphen, not as the digits
    expect(a.sure.has(12)).toBe(false);
    // "û" is no "u" (630, not 634): one of the font's f-ligatures (U+FB01/FB02 both fold to 0xFB).
    expect(a.sure.get(45)).toBe(NARROW_LIGATURE);
    // U+2022 folds onto '"': nothing in the font tells, so it is a bullet only where it stands alone.
    expect(a.lone.get(60)).toBe("\u2022");
  });

  it("takes a folded three-letter ligature for one by its letters' widths", () => {
    const a = analyseFold(font([...DEJAVU_ASCII, [5044, "\u00fe", 967], [2803, "0", 361]]));
    // "þ" has no base letter to compare with: likely, taken once the document shows the fold (as here).
    expect(a.likely.get(5044)).toBe(WIDE_LIGATURE); // "ffi": 352 + 352 + 278 = 982
  });

  it("leaves a font alone that shows no fold, and keeps its likely repairs for a document that does", () => {
    // A bold font with only the ligatures and "¯" (▪ folded) in doubt: no hyphens or zero widths to show the fold.
    const bold = font([[0x49, "f", 435], [0x4c, "i", 343], [5037, "\u00fb", 810], [3714, "\u00af", 678]]);
    const a = analyseFold(bold);
    expect(a.evidence).toBe(false);
    expect(foldRepairs(a, false).glyphText.size).toBe(0);
    const r = foldRepairs(a, true).glyphText;
    expect(r.get(5037)).toBe(NARROW_LIGATURE); // "ff" (870) nearer than "ffi" (1213)
    expect(r.get(3714)).toBe("\u25AA");
  });

  it("leaves a lone digit that only may be a folded quote or dash to the text (a font in order of use, as Ghostscript re-encodes LibreOffice's)", () => {
    // LiberationSerif-Italic of test/corpus9's d9-012.gs.pdf: its one digit "9" (U+2019 folds onto it), codes in order of use.
    const italic = font([[1, "U", 722], [2, "N", 667], [3, "-", 333], [5, "a", 500], [7, "i", 278], [8, "t", 278], [9, " ", 250], [12, "e", 444], [13, "n", 500], [26, "9", 500], [24, "2", 500], [25, "0", 500]]);
    const a = analyseFold(italic);
    expect(a.evidence).toBe(false);
    expect([...a.mayBeFolded]).toEqual([26]);
    expect(a.untrusted.size).toBe(0);
    expect(foldRepairs(a, true).mayBeFolded).toEqual(new Set([26]));
    expect(foldRepairs(a, false).mayBeFolded.size).toBe(0);
  });

  it("calls two glyphs with one code and one width doubtful (an en dash as wide as the digit it folded onto)", () => {
    const a = analyseFold(font([[1, "3", 500], [2, "3", 500], [3, "0", 500], [4, "1", 500], [5, "2", 500], [6, "4", 500]]));
    expect([...a.untrusted].sort()).toEqual([1, 2]);
  });
});

describe("folded glyphs in the glyph reader", () => {
    const g = (unicode: string, width: number, originalCharCode: number, isSpace = false) => ({ unicode, width, isSpace, isInFont: true, originalCharCode });

  it("a folded bullet becomes a bullet where it stands alone, and stays a quote inside a word; repaired codes replace their text", () => {
    const f = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: "X+LiberationSans", loneGlyphText: new Map([[60, "\u2022"]]), glyphText: new Map([[31, ""], [6, "-"]]), doubtful: new Set([70]) };
    const fn = [T.beginText, T.setFont, T.setTextMatrix, T.showText, T.moveText, T.showText];
    const args = [
      null,
      ["f1", 10],
      [[1, 0, 0, 1, 100, 700]],
      [[g("\"", 350, 60), g(" ", 278, 3, true), g("U", 722, 1), g("n", 556, 2), g("1", 333, 6), g("+", 0, 31), g("d", 556, 4)]],
      [0, -12],
      [[g("\"", 350, 60), g("O", 778, 8), g("k", 500, 9), g("<", 584, 70)]],
    ];
    const { runs, doubtful } = runsFromOperators(fn, args, T, VIEW, () => f);
    expect(runs.map((r) => r.text)).toEqual(["\u2022 Un-d", "\"Ok<"]);
    expect(doubtful).toBe(1);
  });
});

describe("glyphs that only may be folded, judged by their word", () => {
    const f = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], name: "X+LiberationSerif-Italic", mayBeFolded: new Set([26]) };
  const glyphs = (s: string) => [...s].map((ch) => ({ unicode: ch, width: 500, isSpace: ch === " ", isInFont: true, originalCharCode: ch === "9" ? 26 : ch.charCodeAt(0) }));
  const read = (s: string) => runsFromOperators([T.beginText, T.setFont, T.setTextMatrix, T.showText], [null, ["f1", 10], [[1, 0, 0, 1, 100, 700]], [glyphs(s)]], T, VIEW, () => f);

  it("a digit in a number reads as printed, not doubtful", () => {
    const r = read("Compact 2019 (9) 9%");
    expect(r.runs.map((x) => x.text).join("")).toBe("Compact 2019 (9) 9%");
    expect(r.doubtful).toBe(0);
  });
  it("the same code where it makes its word unreadable is doubtful (a quote folded onto '9')", () => {
    expect(read("the Secretary-General9s 9Delivering as one9").doubtful).toBe(3);
  });
  it("readsAsWord judges the word between white space around the glyph", () => {
    expect(readsAsWord("in 2019, the", 6, 1)).toBe(true);
    expect(readsAsWord("UNDRR9s staff", 5, 1)).toBe(false);
  });
});

describe("WeasyPrint's soft-hyphen entries in a Ghostscript rewrite", () => {
  it.each([
    ["deleg\uAD20\u1020", "deleg-"], // "\u00AD\u2010" (the hyphen printed at a break): a line-end hyphen
    ["Organi\uAD00\u7A00ation", "Organization"], // "\u00ADz": the letter
    ["\uAD00\u6C00ow", "low"],
  ])("%s → %s", (raw, want) => {
    expect(repairText(raw)).toBe(want);
  });
  it("leaves Hangul alone", () => {
    expect(repairText("\uD55C\uAD6D\uC5B4 \uAD00\u6C00")).toBe("\uD55C\uAD6D\uC5B4 \uAD00\u6C00");
  });
});

describe("Ghostscript rewrites of Chromium, wkhtmltopdf and WeasyPrint PDFs", () => {
  const rows = (o: Awaited<ReturnType<typeof extract>>) => (o.kind === "compact" ? o.objectives.map((r) => [r.objective, r.accomplishments, r.measures.map((m) => m.text), r.extra]) : []);
  it("read as their originals", { timeout: 600_000 }, async () => {
    for (const [original, rewritten] of [
      [join(ROOT, "corpus", "dev", "dev-003.chromium.pdf"), join(ROOT, "fixtures", "pdf", "ghostscript-chromium.pdf")],
      [join(ROOT, "corpus", "dev", "dev-001.wk.pdf"), join(ROOT, "fixtures", "pdf", "ghostscript-wk.pdf")],
      [join(ROOT, "corpus", "dev", "dev-004.weasy.pdf"), join(ROOT, "fixtures", "pdf", "ghostscript-weasy.pdf")],
    ] as const) {
      const [a, b] = [await extract(original), await extract(rewritten)];
      expect(b.kind).toBe("compact");
      expect(rows(b)).toEqual(rows(a));
    }
  });
});

describe("a Type 1 font whose own encoding names its glyphs (enscript's typed copy through Ghostscript 10.00, corpus14)", () => {
  // Courier as ps2pdf embeds it (Type1C, a Latin-1 encoding, no ToUnicode map): every glyph 600
  // units wide, the glyphs the text does not use absent (width 0), the hyphen as wide as the digits.
  const glyphs: Array<[number, string, number]> = [
    ...[..."0123456789"].map((d, i): [number, string, number] => [0x30 + i, d, 600]),
    [0x2d, "-", 600], [0x3c, "<", 0], [0x3d, "=", 600], [0xe0, "à", 0], [0xad, "-", 0],
    ...[..."abcdefghijklmnopqrstuvwxyz"].map((ch, i): [number, string, number] => [0x61 + i, ch, 600]),
  ];
  const names = new Map<number, string>([
    ...[..."0123456789"].map((_, i): [number, string] => [0x30 + i, ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][i]!]),
    [0x2d, "hyphen"], [0x3c, "less"], [0x3d, "equal"], [0xe0, "agrave"], [0xad, "hyphen"],
    ...[..."abcdefghijklmnopqrstuvwxyz"].map((ch, i): [number, string] => [0x61 + i, ch]),
  ]);
  it("leaves no glyph in doubt when each glyph's name is the character its map gives", () => {
    const bare = analyseFold(font(glyphs));
    expect(bare.untrusted.size + bare.sure.size).toBeGreaterThan(0); // without the names: folds suspected
    const named = analyseFold({ ...font(glyphs), names });
    expect([...named.untrusted]).toEqual([]);
    expect([...named.sure.keys()]).toEqual([]);
    expect(foldRepairs(named, true).doubtful.size).toBe(0);
  });
  it("still doubts a glyph whose name is another character's (a quote the fold mapped to '9')", () => {
    const folded = analyseFold({ ...font([...glyphs, [0x92, "9", 600]]), names: new Map([...names, [0x92, "quoteright"]]) });
    expect(folded.untrusted.has(0x92) || folded.sure.has(0x92) || folded.likely.has(0x92)).toBe(true);
  });
  it("reads the typed copy's text layer, not OCR", async () => {
    const out = await extract(join(ROOT, "corpus14", "dev14", "d14-001.enscript.pdf"));
    expect(out.warnings.map((w) => w.code)).not.toContain("TEXT_LAYER_GARBLED");
    expect(out.kind).toBe("compact");
  });
});
