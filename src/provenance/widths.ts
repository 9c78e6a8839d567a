/**
 * Where a character sits inside a printed run. Segments keep only the run's extent, not each
 * glyph's; splitting the extent evenly per character puts a word in the middle of a long run
 * several points off (an "i" is a quarter of an "m"). Helvetica's advance widths (the Adobe
 * core-font metrics, which Arial and Liberation Sans share) are a much better guess for the
 * proportional fonts compacts are set in; text and Markdown input (a character grid) use even
 * widths.
 */

/** Helvetica advance widths, 1/1000 em, for U+0020–U+007E in order. */
const HELVETICA_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];
/** Anything else (accented letters, dashes, bullets): an average lower-case letter. */
const OTHER_WIDTH = 556;

function widthOf(c: number): number {
  return c >= 0x20 && c <= 0x7e ? HELVETICA_ASCII[c - 0x20]! : OTHER_WIDTH;
}

/** A text's printed width in em, set in Helvetica (the estimate for a line whose glyphs were not measured). */
export function printedWidth(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += widthOf(text.charCodeAt(i));
  return sum / 1000;
}

/**
 * Fractions of a run's width at each character boundary: `at[i]` is where character i starts,
 * `at[text.length]` is 1. Even steps when `proportional` is false. One array, divided in place
 * (every run of every row and entity goes through here). A plain array of numbers, not a
 * Float64Array: the same doubles, and allocating a typed array per run was most of this function's
 * time (the same integer sums, divided the same way).
 */
export function charPositions(text: string, proportional: boolean): number[] {
  const at = [0];
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    sum += proportional ? widthOf(text.charCodeAt(i)) : 1;
    at.push(sum);
  }
  if (sum > 0) for (let i = 1; i <= text.length; i++) at[i] = at[i]! / sum;
  else at.fill(0);
  return at;
}

/**
 * `charPositions(text, proportional)[i]` as a function: on a character grid (text, Markdown) it
 * is i / length — the same division — without building the array for every run.
 */
export function charPositionAt(text: string, proportional: boolean): (i: number) => number {
  if (proportional) {
    const at = charPositions(text, true);
    return (i) => at[i]!;
  }
  const n = text.length;
  return (i) => (n > 0 ? i / n : 0);
}
