/**
 * Ghostscript's pdfwrite (seen in 10.00, Debian 12's: "print to PDF" on Linux, PDF shrinkers) reads
 * a ToUnicode `bfrange` wrongly when it rewrites a PDF: the two bytes of each destination code unit
 * are OR-ed into one (U+2011 → 0x20 | 0x11 = "1", U+200B → "+", U+FB01 → "û", U+25AA → "¯"), and in
 * a range `<a> <b> <dst>` the i-th code gets that value plus i (Chromium's `<13B1> <13B3> <FB00>`
 * becomes "û", "ü", "ý"). Latin-1 destinations (high byte 0) survive; everything above U+00FF is
 * folded onto Latin-1 and cannot be read back from the map alone (a "1" may be a digit).
 *
 * What the file still tells: each glyph's advance width, and the other glyphs of the same font.
 * A folded glyph is read back when one typographic character (TYPOGRAPHIC, in order of use) folds
 * to its code and the width agrees: a zero-width "+" is a zero-width space, a "1" as wide as the
 * font's hyphen (and not as wide as its digits) is a non-breaking hyphen, a "9" that is not as
 * wide as the other digits while one glyph that is maps to "9" is a closing quote. Ligatures and
 * bullets fold onto Latin-1 letters and signs that a real word or mark could also use ("û", "¯"):
 * they are read back only once the document has shown the fold elsewhere (`evidence`) — a
 * ligature becomes the unmapped-ligature placeholder (vocab/ligatures.ts spells it from the word),
 * a bullet the bullet glyph. What stays doubtful (two glyphs with one code, widths telling
 * neither apart) is `untrusted`.
 */
import { BULLET_GLYPHS } from "../../vocab/markers.js";
import { NARROW_LIGATURE, WIDE_LIGATURE } from "../../vocab/ligatures.js";

/** What a font's glyphs say: code → Unicode text (ToUnicode) and code → advance width (font units). */
export interface FontGlyphs {
  unicode: ReadonlyMap<number, string>;
  width: ReadonlyMap<number, number>;
  /** Font units per em (1000 for a TrueType/CID font as pdf.js reports its widths). */
  unitsPerEm: number;
  /**
   * Code → glyph name, where the font program itself names its glyphs (a Type 1 / CFF font's
   * encoding: the names are the glyphs', not a guess from a base encoding as a TrueType font's are).
   */
  names?: ReadonlyMap<number, string>;
}

/**
 * The Adobe glyph names of printable ASCII (0x21–0x7E) and Latin-1 (0xA1–0xFF), in code order:
 * the only characters a fold lands on. A glyph named for the very character its ToUnicode gives
 * ("nine" → "9", "agrave" → "à") is that character — a fold would have left the name and the text
 * disagreeing ("quoteright" → "9").
 */
const ASCII_NAMES = "exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde";
const LATIN1_NAMES =
  "exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot hyphen registered macron degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown " +
  "Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls " +
  "agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis";
/** Name → the characters it names ("hyphen" names both U+002D and the soft hyphen U+00AD). */
const NAMED = new Map<string, number[]>();
for (const [names, first] of [[ASCII_NAMES, 0x21], [LATIN1_NAMES, 0xa1]] as const) names.split(" ").forEach((n, i) => NAMED.set(n, [...(NAMED.get(n) ?? []), first + i]));
/** The glyph's name is the name of `text` (its one Latin-1 character), by the table or as `uniXXXX`. */
export function nameAgrees(name: string, text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  if (NAMED.get(name)?.includes(c)) return true;
  const uni = /^uni([0-9A-F]{4})$|^u([0-9A-F]{4,6})$/.exec(name);
  return uni !== null && parseInt(uni[1] ?? uni[2]!, 16) === c;
}

export interface FoldAnalysis {
  /** The font shows the fold itself (a zero-width visible glyph, a digit as wide as a hyphen …). */
  evidence: boolean;
  /** Read back from the glyph's width and the font's other glyphs: code → text. */
  sure: Map<number, string>;
  /** Read back only when the document shows the fold (ligatures, bullets): code → text. */
  likely: Map<number, string>;
  /**
   * Read back only when the document shows the fold and the glyph stands alone before a gap (a
   * list bullet folded onto an ASCII sign, U+2022 → '"'): code → bullet.
   */
  lone: Map<number, string>;
  /** Codes whose text is likely folded but could not be read back (doubtful once the document shows the fold). */
  untrusted: Set<number>;
  /**
   * Codes whose text only may be folded: nothing in the font tells (its glyphs in order of use,
   * one glyph with the code, no width class to compare): a "9" that may be U+2019. The text they
   * stand in judges them (pdf/glyphs.ts `readsAsWord`).
   */
  mayBeFolded: Set<number>;
}

type Kind = "invisible" | "hyphen" | "dash" | "quote" | "ligature" | "bullet";

/**
 * Characters above U+00FF that compacts set, in the order a folded code is read back by (the
 * first candidate whose kind the width allows wins): zero-width marks, hyphens, dashes, quotes,
 * f-ligatures and the list bullets of vocab/markers.ts.
 */
const TYPOGRAPHIC: ReadonlyArray<readonly [Kind, string]> = [
  ["invisible", "\u200B\u200C\u200D\u2060\uFEFF"],
  ["hyphen", "\u2010\u2011"],
  ["dash", "\u2013\u2014\u2012\u2015\u2212"],
  ["quote", "\u2019\u201C\u201D\u2018\u201A\u201E\u2026"],
  ["ligature", "\uFB01\uFB02\uFB00\uFB03\uFB04"],
  // The bullets above Latin-1, less the Private Use Area's symbol-font codes and U+FFFD.
  ["bullet", [...BULLET_GLYPHS].filter((c) => c.charCodeAt(0) > 0xff && !/[\uE000-\uF8FF\uFFFD]/u.test(c)).join("")],
];

/** The typographic characters running text commonly has: an ASCII sign they fold to is doubtful. */
const COMMON = "\u2019\u201C\u201D\u2018\u2013\u2014";

/**
 * Every value Ghostscript may write for `c`: OR of its bytes, plus its place in a range (a range of
 * consecutive glyphs and characters above Latin-1 is short: a run of ligatures or punctuation).
 */
export function foldsOf(c: number): number[] {
  const hi = c >> 8;
  const lo = c & 0xff;
  if (hi === 0) return [c];
  const out = new Set<number>();
  for (let i = 0; i <= Math.min(lo, MAX_RANGE_PLACE); i++) out.add((hi | (lo - i)) + i);
  return [...out];
}
/** Runs of consecutive glyphs and characters above Latin-1 are short (ff fi fl ffi ffl; ‘ ’ ‚ ‛ “ ”). */
const MAX_RANGE_PLACE = 8;

interface Candidate {
  kind: Kind;
  char: string;
}
/** Folded value → the typographic characters that fold to it, in TYPOGRAPHIC's order. */
const CANDIDATES: ReadonlyMap<number, readonly Candidate[]> = (() => {
  const m = new Map<number, Candidate[]>();
  for (const [kind, chars] of TYPOGRAPHIC) {
    for (const char of chars) {
      for (const v of foldsOf(char.charCodeAt(0))) {
        const list = m.get(v) ?? [];
        list.push({ kind, char });
        m.set(v, list);
      }
    }
  }
  return m;
})();

/**
 * A Private Use code (U+E000–U+F8FF: Chromium's "fi" as Apple's U+F001, icon fonts) folds to 0xE0
 * or above. pdf.js reports such a glyph as unmapped and glyphs.ts keeps a ligature placeholder for
 * it: a folded one is read the same way.
 */
const PRIVATE_USE_FOLD = 0xe0;
const MAX_FOLD = 0x1fe;
const PRIVATE_USE: readonly Candidate[] = [{ kind: "ligature", char: "\uE000" }];

/** Glyphs of one class share one width in text fonts (tabular figures; math signs). */
const WIDTH_CLASSES = ["0123456789", "+<=>"];
/** Other characters of a class that must share its width before a glyph off that width counts as folded. */
const MIN_CLASS_WITNESSES = 3;
/** Widths closer than this share of an em are the same width. */
const SAME_WIDTH_EM = 0.005;
/** A two-letter ligature is nearer its letters' width than a three-letter one (and vice versa). */
const TWO_LETTER = ["ff", "fi", "fl"];
const THREE_LETTER = ["ffi", "ffl"];

export function analyseFold(font: FontGlyphs): FoldAnalysis {
  const result: FoldAnalysis = { evidence: false, sure: new Map(), likely: new Map(), lone: new Map(), untrusted: new Set(), mayBeFolded: new Set() };
  const tol = SAME_WIDTH_EM * font.unitsPerEm;
  const same = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) <= tol;
  const same0 = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) < 1;
  const codesOf = new Map<string, number[]>();
  for (const [code, text] of font.unicode) {
    if (text.length !== 1) continue;
    const list = codesOf.get(text) ?? [];
    list.push(code);
    codesOf.set(text, list);
  }
  /** The width most glyphs of `text`'s class have, the glyph `except` left out. */
  /** The width most glyphs of `text`'s class have, the glyph `except` left out, and how many other characters have it. */
  const classOf = (text: string, except: number): { width: number; others: number } | undefined => {
    const cls = WIDTH_CLASSES.find((c) => c.includes(text));
    if (!cls) return undefined;
    const counts = new Map<number, number>();
    const chars = new Map<number, Set<string>>();
    for (const ch of cls) {
      for (const code of codesOf.get(ch) ?? []) {
        const w = font.width.get(code);
        if (code === except || w === undefined || w === 0) continue;
        counts.set(w, (counts.get(w) ?? 0) + 1);
        chars.set(w, (chars.get(w) ?? new Set()).add(ch));
      }
    }
    let best: number | undefined;
    for (const [w, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = w;
    return best === undefined ? undefined : { width: best, others: [...chars.get(best)!].filter((ch) => ch !== text).length };
  };
  const hyphenWidth = (codesOf.get("-") ?? []).map((c) => font.width.get(c)).find((w) => w !== undefined && w > 0);
  const letterWidth = (ch: string) => (codesOf.get(ch) ?? []).map((c) => font.width.get(c)).find((w) => w !== undefined && w > 0);

  const offset = glyphOrderOffset(codesOf);
  const sure = (code: number, text: string) => {
    result.sure.set(code, text);
    result.evidence = true;
  };
  for (const [text, codes] of codesOf) {
    const value = text.charCodeAt(0);
    // Folded values are OR-ed bytes plus a place in a range: never above 0xFF + 0xFF.
    if (value > MAX_FOLD) continue;
    const cands = CANDIDATES.get(value) ?? (value >= PRIVATE_USE_FOLD ? PRIVATE_USE : undefined);
    if (!cands) continue;
    for (const code of codes) {
      const w = font.width.get(code);
      if (w === undefined) continue;
      // The font program names the glyph for the character its map gives: no fold (a Type 1 font
      // of enscript's typed copy through Ghostscript 10.00, with no ToUnicode map at all, whose
      // absent Latin-1 glyphs have zero width and whose digits are as wide as its hyphen).
      const name = font.names?.get(code);
      if (name !== undefined && nameAgrees(name, text)) continue;
      const others = codes.filter((c) => c !== code).map((c) => font.width.get(c));
      const cls = classOf(text, code);
      const classW = cls?.width;
      // Not the glyph its code names: another width than its class while a glyph with that code has
      // the class's width, or (in a font keeping the standard glyph order) out of the order's place.
      const odd = classW !== undefined && !same(w, classW) && others.some((o) => same(o, classW));
      const misplaced = offset !== null && value >= 0x20 && value < 0x7f && code - value !== offset;
      if (cands.some((c) => c.kind === "invisible") && w === 0 && /\S/.test(text)) {
        sure(code, "");
        continue;
      }
      if (cands.some((c) => c.kind === "hyphen") && text !== "-" && same(w, hyphenWidth) && (odd || misplaced || (classW !== undefined && !same(w, classW)))) {
        sure(code, "-");
        continue;
      }
      if (odd || misplaced) {
        const c = cands.find((k) => k.kind === "hyphen" || k.kind === "dash" || k.kind === "quote" || k.kind === "bullet");
        if (c) sure(code, c.kind === "hyphen" ? "-" : c.char);
        else result.untrusted.add(code);
        continue;
      }
      if (value < 0x80) {
        const c = cands.find((k) => k.kind === "hyphen" || k.kind === "dash" || k.kind === "quote" || k.kind === "bullet");
        // Two glyphs with one code and one width (an en dash as wide as the digits it folded onto "3"): one is folded, neither can be told.
        if (others.some((o) => same(o, w)) && cands.some((k) => COMMON.includes(k.char))) {
          result.untrusted.add(code);
          continue;
        }
        // Off its class's width, which several other characters share (tabular figures): a "9" that is a quote.
        if (c && cls && cls.others >= MIN_CLASS_WITNESSES) {
          if (!same(w, cls.width)) result.likely.set(code, c.kind === "hyphen" ? "-" : c.char);
          continue;
        }
        // Nothing in the font tells (its glyphs are in order of use): a bullet may still show by standing alone.
        if (offset === null && c?.kind === "bullet" && /[^\w\s]/.test(text)) result.lone.set(code, c.char);
        else if (offset === null && cands.some((k) => COMMON.includes(k.char))) result.mayBeFolded.add(code);
        // An ASCII glyph sharing its code with another glyph of a different width: one of them is folded.
        else if (others.some((o) => o !== undefined && !same(o, w)) && classW === undefined) result.untrusted.add(code);
        continue;
      }
      // A real accented letter is exactly as wide as its base letter ("ü" as "u"): a glyph that is
      // not, in a font that has the base letter, is folded; without the letter it only may be.
      const base = text.normalize("NFD")[0]!;
      const baseWidth = base !== text ? letterWidth(base) : undefined;
      if (baseWidth !== undefined && same0(w, baseWidth)) continue;
      const add = baseWidth !== undefined ? sure : (c: number, t: string) => result.likely.set(c, t);
      const lig = ligatureFit(w, letterWidth);
      if (cands === PRIVATE_USE) {
        // A symbol font's mark (U+F020–U+F0FF, a Wingdings bullet) folds there too: a glyph as wide
        // as some f-ligature of the font is one, anything else is the mark.
        add(code, lig ?? String.fromCharCode(SYMBOL_FONT_BASE | value));
        continue;
      }
      if (cands.some((c) => c.kind === "ligature") && (lig || baseWidth === undefined)) {
        add(code, lig ?? NARROW_LIGATURE);
        continue;
      }
      const bullet = cands.find((c) => c.kind === "bullet");
      if (bullet) result.likely.set(code, bullet.char);
    }
  }
  return result;
}

/**
 * Most TrueType fonts keep the standard glyph order (Apple's: space is glyph 3, "A" glyph 36, the
 * code minus 29), and producers that subset by glyph id (Chromium, WeasyPrint, Ghostscript after
 * them) keep the ids as character codes. When nearly all the font's letters and digits sit at one
 * offset from their code, that offset; else null (codes in order of first use: wkhtmltopdf).
 */
function glyphOrderOffset(codesOf: ReadonlyMap<string, number[]>): number | null {
  const counts = new Map<number, number>();
  let n = 0;
  for (const [text, codes] of codesOf) {
    if (!/^[A-Za-z0-9]$/.test(text)) continue;
    for (const code of codes) {
      counts.set(code - text.charCodeAt(0), (counts.get(code - text.charCodeAt(0)) ?? 0) + 1);
      n++;
    }
  }
  let best: number | null = null;
  for (const [d, k] of counts) if (best === null || k > counts.get(best)!) best = d;
  return best !== null && n >= MIN_ORDERED_GLYPHS && counts.get(best)! >= ORDERED_SHARE * n ? best : null;
}
/** Letters and digits needed to call a font's glyph order standard, and the share at one offset. */
const MIN_ORDERED_GLYPHS = 10;
const ORDERED_SHARE = 0.9;

/**
 * The two- or three-letter placeholder whose letters' widths in the font come nearest the glyph's,
 * or null when none is within LIGATURE_WIDTH_SHARE (or the font lacks the letters).
 */
function ligatureFit(width: number, letterWidth: (ch: string) => number | undefined): string | null {
  const spelled = (s: string) => [...s].reduce<number | undefined>((sum, ch) => (sum === undefined || letterWidth(ch) === undefined ? undefined : sum + letterWidth(ch)!), 0);
  const distance = (words: string[]) => Math.min(...words.map((s) => Math.abs((spelled(s) ?? Infinity) - width) / width));
  const two = distance(TWO_LETTER);
  const three = distance(THREE_LETTER);
  if (Math.min(two, three) > LIGATURE_WIDTH_SHARE) return null;
  return three < two ? WIDE_LIGATURE : NARROW_LIGATURE;
}
/** A ligature is drawn tighter than its letters side by side, by up to about this share (DejaVu Sans Bold "ff": 7 %). */
const LIGATURE_WIDTH_SHARE = 0.12;
/** Symbol fonts' codes sit at U+F000 + the byte (pdf.js, Word's Wingdings). */
const SYMBOL_FONT_BASE = 0xf000;

/**
 * The code → text repairs of one font of a Ghostscript-written document: the sure ones always,
 * the likely ones once the document shows the fold (`documentFolded`).
 */
export function foldRepairs(
  analysis: FoldAnalysis,
  documentFolded: boolean,
): { glyphText: Map<number, string>; loneGlyphText: Map<number, string>; doubtful: Set<number>; mayBeFolded: Set<number> } {
  if (!documentFolded) return { glyphText: analysis.sure, loneGlyphText: new Map(), doubtful: new Set(), mayBeFolded: new Set() };
  return { glyphText: new Map([...analysis.likely, ...analysis.sure]), loneGlyphText: analysis.lone, doubtful: analysis.untrusted, mayBeFolded: analysis.mayBeFolded };
}
