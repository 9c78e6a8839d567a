/**
 * Text-layer quirks the producers print and the truth does not carry: optional (soft) hyphens in
 * long words and no-break hyphens (U+2011) in hyphenated compounds, as Word users type them.
 */
/** Words of this many letters or more get an optional hyphen in their middle. */
const SOFT_HYPHEN_MIN = 12;
const COMPOUNDS = /\b(Secretary|follow|Under|troop|police|back|pre|low|co)-(?=[A-Za-z])/g;

export function quirk(text, style) {
  let s = text;
  if (style.quirks?.softHyphen) s = s.replace(/[A-Za-z]{12,}/g, (w) => (w.length >= SOFT_HYPHEN_MIN ? `${w.slice(0, Math.ceil(w.length / 2))}\u00ad${w.slice(Math.ceil(w.length / 2))}` : w));
  if (style.quirks?.nbHyphen) s = s.replace(COMPOUNDS, "$1\u2011");
  return s;
}

/** The truth form of a printed text: what a reader should give back. */
export function plain(text) {
  return text.replace(/\u00ad/g, "").replace(/\u2011/g, "-").replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();
}
