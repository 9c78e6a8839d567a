/**
 * Words broken at a line's end, as the table readers test for them: one table instead of the seven
 * near-twin patterns that stood in gluedTail, columns, header, justifiedRuns and index (folded in
 * session 50; each pattern is kept as it was, so outputs are unchanged). They differ on two axes,
 * and each difference is what its reader needs:
 *
 * - **which hyphens**: the typed "-" and U+2010 everywhere; the soft hyphen as printed (U+00AD) where
 *   the reader meets PDF or Word text that keeps it (cells' and headers' line ends); U+2011 only for a
 *   cell's whole text, which may end on a non-breaking hyphen the normaliser has not yet folded;
 * - **what precedes it**: anything (a cell's text), a lower-case letter (a word's rest follows in lower
 *   case), any letter, or a whole word (one word of a grid line, lower case or capitalised).
 */

/** A cell's text ending on a hyphen (typed, soft, U+2010, U+2011): the word goes on at the next line's start. */
export const ENDS_ON_HYPHEN = /[-\u00ad\u2010\u2011]$/u;
/** A header cell's line ending on a hyphen (the soft hyphen as printed, U+2010, or typed). */
export const LINE_ENDS_ON_HYPHEN = /[-\u00ad\u2010]$/;
/** A lower-case letter, then a typed hyphen or U+2010: "… the Security Coun-" (the rest opens the next line). */
export const LOWER_LETTER_THEN_HYPHEN = /\p{Ll}[-\u2010]$/u;
/** Any letter, then a hyphen (typed, soft as printed, U+2010): a word broken at its line's end. */
export const LETTER_THEN_HYPHEN = /\p{L}[-\u00ad\u2010]$/u;
/** One whole word in lower case, broken with a typed hyphen or U+2010 ("implemen-"). */
export const LOWER_WORD_BROKEN = /^\p{Ll}+[-\u2010]$/u;
/** One whole word in either case at its start, broken with a typed hyphen or U+2010 ("Com-" of "Committee"). */
export const WORD_PIECE_BROKEN = /^\p{L}\p{Ll}*[-\u2010]$/u;
/** A word inside a sentence: lower case, maybe ending with a comma or semicolon, or a broken word's hyphen ("of", "inte-"). */
export const LOWER_SENTENCE_WORD = /^\p{Ll}[\p{L}’'-]*[-\u00ad\u2010]?[,;]?$/u;
/** A word of prose in lower case, or its piece broken at the line's end ("strategies", "re-"); no trailing comma. */
export const LOWER_PROSE_WORD = /^\p{Ll}[\p{L}’'-]*[-\u00ad\u2010]?$/u;
