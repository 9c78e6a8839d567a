/**
 * Ligature glyphs that reach us without their letters. Chromium (Skia) draws "fi", "fl", "ff",
 * "ffi", "ffl" as single glyphs whose text is only in a marked-content ActualText, which pdf.js
 * does not pass on: the glyph has a width but no Unicode. The glyph reader keeps a placeholder
 * (narrow: a two-letter ligature; wide: a three-letter one) and `resolveLigatures` picks the
 * letters from the word around it. The rules are English spelling, tested on the words UN texts
 * use (test/vocab/ligatures.test.ts); an unresolvable placeholder becomes "fi", the most common.
 */

/** Placeholder for an unmapped glyph about one letter-pair wide ("fi", "fl", "ff"). */
export const NARROW_LIGATURE = "\uE000";
/** Placeholder for an unmapped glyph about three letters wide ("ffi", "ffl"). */
export const WIDE_LIGATURE = "\uE001";
/** A two-letter f-ligature is at most ~0.65 em wide; "ffi"/"ffl" are ~0.8 em. */
const WIDE_LIGATURE_EM = 0.7;
/** Narrower than this (em) is no ligature but a mark or a zero-width glyph: dropped. */
const MIN_LIGATURE_EM = 0.35;

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
  if (!text.includes(NARROW_LIGATURE) && !text.includes(WIDE_LIGATURE)) return text;
  return text.replace(/([A-Za-z]*)([\uE000\uE001])(?=([A-Za-z]*))/g, (_m, before: string, glyph: string, after: string) => {
    const word = before + after;
    const upper = word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
    const letters = glyph === WIDE_LIGATURE ? (FFL_REST.test(after) ? "ffl" : "ffi") : twoLetter(before, after);
    return before + (upper ? letters.toUpperCase() : letters);
  });
}

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
