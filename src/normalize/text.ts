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
    if (HYPHENS.test(ch)) {
      // A hyphen at a line end splits one word ("Peace-\nkeeping"): drop the break too.
      const rest = /^[ \t]*\n[ \t]*/.exec(original.slice(i + 1, i + 40));
      if (rest && !lastSpace) i += rest[0].length;
      continue;
    }
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

/**
 * Which characters of a text are already claimed by a span: overlap checks in O(span length)
 * instead of scanning every earlier span (long PDFs have thousands of mentions).
 */
export class Coverage {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return true;
    return false;
  }
  claim(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}
