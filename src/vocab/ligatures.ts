/**
 * Ligature glyphs that reach us without their letters. Chromium (Skia) draws "fi", "fl", "ff",
 * "ffi", "ffl" as single glyphs whose text is only in a marked-content ActualText, which pdf.js
 * does not pass on: the glyph has a width but no Unicode. The glyph reader keeps a placeholder
 * (narrow: a two-letter ligature; wide: a three-letter one) and `resolveLigatures` picks the
 * letters from the word around it. The rules are English spelling, tested on the words UN texts
 * use (test/vocab/ligatures.test.ts); an unresolvable placeholder becomes "fi", the most common.
 */

import { isEnglishWord } from "./english.js";

/** Placeholder for an unmapped glyph about one letter-pair wide ("fi", "fl", "ff"). */
export const NARROW_LIGATURE = "\uE000";
/** Placeholder for an unmapped glyph about three letters wide ("ffi", "ffl"). */
export const WIDE_LIGATURE = "\uE001";
/** A two-letter f-ligature is at most ~0.65 em wide; "ffi"/"ffl" are ~0.8 em. */
const WIDE_LIGATURE_EM = 0.7;
/** Narrower than this (em) is no ligature but a mark or a zero-width glyph: dropped. */
const MIN_LIGATURE_EM = 0.35;

/**
 * Placeholders for a glyph drawn with no text at all (a Type 3 glyph of a PostScript-distilled PDF,
 * pdf/glyphs.ts): a ligature inside a word, or a lost mark standing alone. Its width only hints at
 * the letters (a Type 3 font's glyphs are set in their own widths), so the word decides.
 */
export const LOST_NARROW = "\uE002";
export const LOST_WIDE = "\uE003";
/** A lost mark (U+FFFD: what the item-marker table reads as a lost bullet). */
const LOST_MARK = "\uFFFD";

/** The placeholder for a glyph drawn with no text, this many ems of the text around it wide (null: the font gave it no width). */
export function lostGlyph(widthEm: number | null): string {
  if (widthEm === null) return LOST_NARROW;
  if (widthEm < MIN_LIGATURE_EM) return LOST_MARK;
  return widthEm >= WIDE_LIGATURE_EM ? LOST_WIDE : LOST_NARROW;
}

/** The placeholder for an unmapped glyph of this advance width (in em), or "" to drop it. */
export function unmappedGlyph(widthEm: number): string {
  if (widthEm < MIN_LIGATURE_EM) return "";
  return widthEm >= WIDE_LIGATURE_EM ? WIDE_LIGATURE : NARROW_LIGATURE;
}

/**
 * "fl" before these word rests (flow, floor, fluid, flag, flat, flexible, fleet, flight, flee,
 * flame, flaw) and inside these stems (reflect, conflict, influence, inflation, inflow, outflow).
 */
const FL_REST = /^(?:o[wo]|ood|u[ei]d|uct|uen|ag|at|ex|ee|ight|ame|aw|ourish|ies|y\b|ood|ora|ux|ung)/i;
const FL_STEM = [/re$/i, /con$/i, /in$/i, /out$/i, /over$/i, /de$/i, /af$/i];
const FL_STEM_REST = /^(?:ect|ict|uen|ation|ow|ate|exi|uctu)/i;
/** "ff" before these rests (effect, effort, affairs, offer, difference, staff, tariff …) after a vowel. */
const FF_REST = /^(?:ect|ort|air|er|ord|ensive|ense|icac|ic\b|ix|use|luent|$)/i;
/** "ffl" rather than "ffi" before these rests (baffle, ruffle, shuffle …): rare, the default is "ffi". */
const FFL_REST = /^(?:e\b|ed\b|es\b|ing\b)/i;

/** Replace every placeholder in `text` with the ligature letters its word spells. */
export function resolveLigatures(text: string): string {
  if (!PLACEHOLDER.test(text)) return text;
  return text.replace(/([A-Za-z]*)([\uE000-\uE003])(?=([A-Za-z]*))/g, (_m, before: string, glyph: string, after: string) => {
    const word = before + after;
    const lost = glyph === LOST_NARROW || glyph === LOST_WIDE;
    // Alone, or before a capital letter (no ligature opens a word so), a lost glyph is a mark.
    if (lost && (word === "" || (before === "" && /^[A-Z]/.test(after)))) return word === "" ? LOST_MARK : `${LOST_MARK} `;
    // An unmapped glyph with no letter on either side, or glued before a capitalised word, is no
    // ligature either (a ligature is letters of a word, and none opens one before a capital): a
    // symbol font's private-use bullet (Writer prints a CSS list's square bullet from OpenSymbol as
    // U+E00B, which pdf.js reports unmapped). It is a lost mark, which the item-marker table reads.
    if (word === "") return LOST_MARK;
    if (before === "" && /^[A-Z][a-z]/.test(after)) return `${LOST_MARK} `;
    const upper = word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
    const wide = glyph === WIDE_LIGATURE || glyph === LOST_WIDE;
    const spelled = wide ? (FFL_REST.test(after) ? "ffl" : "ffi") : twoLetter(before, after);
    const letters = lost ? lostLetters(before, after, spelled, wide) : unmappedLetters(before, after, spelled, wide);
    return before + (upper ? letters.toUpperCase() : letters);
  });
}
const PLACEHOLDER = /[\uE000-\uE003]/;

/**
 * The letters of a lost glyph: the spelling rules' choice when it makes a word of the English word
 * list, else the first other ligature that does (the glyph's own width class first), else the
 * rules' choice.
 */
function lostLetters(before: string, after: string, spelled: string, wide: boolean): string {
  const isWord = (letters: string) => isEnglishWord((before + letters + after).toLowerCase());
  if (isWord(spelled)) return spelled;
  for (const letters of wide ? ["ffi", "ffl", "ff", "fi", "fl"] : ["ff", "fi", "fl", "ffi", "ffl"]) if (letters !== spelled && isWord(letters)) return letters;
  return spelled;
}

/**
 * The letters of an unmapped glyph: the spelling rules' choice unless it makes no word of the
 * English word list and another ligature of the glyph's own width class does ("of" + "ine" spells
 * "offiine" by the rules, "offline" by the list). The advance width of a font's glyph is exact, so
 * a two-letter glyph stays two letters; a word the list does not know (a name, a word cut at a line
 * end) keeps the rules' choice.
 */
function unmappedLetters(before: string, after: string, spelled: string, wide: boolean): string {
  const isWord = (letters: string) => isEnglishWord((before + letters + after).toLowerCase());
  if (isWord(spelled)) return spelled;
  for (const letters of wide ? WIDE_LETTERS : NARROW_LETTERS) if (letters !== spelled && isWord(letters)) return letters;
  return spelled;
}
/** The ligatures a glyph of each width class can be (fonts draw no other f-ligatures). */
const NARROW_LETTERS = ["fi", "fl", "ff"] as const;
const WIDE_LETTERS = ["ffi", "ffl"] as const;

function twoLetter(before: string, after: string): string {
  if (FL_STEM.some((re) => re.test(before)) && FL_STEM_REST.test(after)) return "fl";
  if (before === "" || !/[a-z]$/i.test(before)) {
    if (FL_REST.test(after)) return "fl";
    return "fi";
  }
  // "identifier", "verifier": after an "i" a pair is "fi", except in "differ".
  if (/[aeou]$/i.test(before) || /di$/i.test(before)) {
    if (FF_REST.test(after)) return "ff";
  }
  if (FL_REST.test(after) && !/^(?:er|ed)/i.test(after)) return "fl";
  return "fi";
}
