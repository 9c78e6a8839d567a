/**
 * Folding for case- and hyphen-insensitive matching that still maps back to the original offsets:
 * lower case, hyphens dropped ("Peace-building" = "Peacebuilding"), runs of white space (line
 * breaks, tabs) as one space, curly apostrophes as straight ones.
 */
export interface FoldedText {
  text: string;
  /** map[i] = offset in the original text of folded character i. */
  map: number[];
}

const HYPHENS = /[\u2010-\u2015-]/;
const SPACE = /\s/;

export function mapFolded(original: string): FoldedText {
  let text = "";
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (HYPHENS.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (!lastSpace) {
        text += " ";
        map.push(i);
      }
      lastSpace = true;
      continue;
    }
    const lower = ch === "\u2019" || ch === "\u2018" ? "'" : ch.toLowerCase();
    // Keep a 1:1 mapping: a character whose lower case changes length is kept as is.
    text += lower.length === 1 ? lower : ch;
    map.push(i);
    lastSpace = false;
  }
  return { text, map };
}

/** Collapse white space and trim: the contract's whitespace normalisation of printed text. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
