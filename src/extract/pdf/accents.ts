/**
 * Accents drawn as glyphs of their own over a letter. TeX (pdfTeX with its OT1/T1 Computer Modern
 * fonts, `\'o`), some report writers and old Word-to-PostScript drivers print "ó" as the letter and
 * a spacing acute (´, U+00B4) placed over it, or the accent first and the letter moved back under
 * it. Read glyph by glyph that is "Ant´ onio": two runs on one baseline that overlap (so even two
 * lines). A spacing accent whose box lies over a letter's box becomes the precomposed letter ("ó").
 * Only the geometry says so: an acute typed as an apostrophe ("don´t") has a box of its own.
 */

/** Spacing accents (what pdf.js maps TeX's and Type 1 fonts' accent glyphs to) → combining marks. */
const COMBINING: Readonly<Record<string, string>> = {
  "\u00B4": "\u0301", // acute
  "\u0060": "\u0300", // grave
  "\u00A8": "\u0308", // dieresis
  "\u02C6": "\u0302", // circumflex
  "\u005E": "\u0302",
  "\u02DC": "\u0303", // tilde
  "\u007E": "\u0303",
  "\u00B8": "\u0327", // cedilla
  "\u02C7": "\u030C", // caron
  "\u02D8": "\u0306", // breve
  "\u02DA": "\u030A", // ring
  "\u00AF": "\u0304", // macron
  "\u02C9": "\u0304",
  "\u02D9": "\u0307", // dot above
  "\u02DD": "\u030B", // double acute
  "\u02DB": "\u0328", // ogonek
};

/**
 * Called on every glyph: letters, digits and most punctuation (below U+005E, or a–}) are
 * answered by their code alone, before the table lookup.
 */
export const isSpacingAccent = (text: string): boolean => {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return !(c < 0x5e || (c > 0x60 && c < 0x7e)) && COMBINING[text] !== undefined;
};

/** The letter with the accent as one precomposed character, or null (no letter, or no such character). */
export function composeAccent(letter: string, accent: string): string | null {
  const mark = COMBINING[accent];
  if (!mark || !/^\p{L}$/u.test(letter)) return null;
  const composed = (letter + mark).normalize("NFC");
  return composed.length === 1 ? composed : null;
}

/** An accent sits over a letter when most of the narrower of the two boxes lies over the other. */
export const MIN_ACCENT_OVERLAP = 0.5;
/** …and its baseline is at most this many em from the letter's (TeX raises an accent over a capital). */
export const MAX_ACCENT_RAISE_EM = 0.8;

export function accentOver(accent: { left: number; right: number; baseline: number }, letter: { left: number; right: number; baseline: number }, size: number): boolean {
  const overlap = Math.min(accent.right, letter.right) - Math.max(accent.left, letter.left);
  const narrower = Math.min(accent.right - accent.left, letter.right - letter.left);
  return narrower > 0 && overlap >= MIN_ACCENT_OVERLAP * narrower && Math.abs(accent.baseline - letter.baseline) <= MAX_ACCENT_RAISE_EM * size;
}
