import { BEFORE_NAME, CAPITAL_WORD, LOWER_OPENING } from "../vocab/text.js";
import { markerKinds } from "../vocab/markers.js";
import type { TableLine, Word } from "./columns.js";

/**
 * How many times a document prints two words one space apart ("Latin America"), counted in its
 * whole text. Asked only at a glued cut, a few times per table: each question is one search of the
 * text, kept for the document.
 */
export type PairCount = (first: string, second: string) => number;

/**
 * A word of letters (an apostrophe or a hyphen inside), nothing around it: a pair of such words is its
 * own pattern. Not a word broken at its line-end hyphen ("community-", "ap-"): its pair is the rest
 * on the next line.
 */
const PAIR_WORD = /^\p{L}(?:[\p{L}’'-]*\p{L})?$/u;

/** A word of a sentence a cut may move: a pair word that is no list marker (a letter bullet "o" pairs with any word after it). */
const movable = (w: Word | undefined): w is Word => w !== undefined && PAIR_WORD.test(w.text) && markerKinds(w.text).length === 0;

/** `text`'s pair counter (PairCount), its answers remembered. */
export function printedPairs(text: string): PairCount {
  const answers = new Map<string, number>();
  return (first, second) => {
    if (!PAIR_WORD.test(first) || !PAIR_WORD.test(second)) return 0;
    const pair = `${first} ${second}`;
    let n = answers.get(pair);
    if (n === undefined) {
      n = countPrinted(text, pair);
      answers.set(pair, n);
    }
    return n;
  };
}

/**
 * A character that makes a printed pair part of a longer word when it stands right before or after
 * it: a letter, a digit, an apostrophe or a hyphen — one code point, as a `u` pattern reads it.
 */
const JOINS_WORD = /^[\p{L}\p{N}’'-]$/u;

/** Whether the code point that starts at `i` joins a word (JOINS_WORD); false at the text's end. */
function joinsAt(text: string, i: number): boolean {
  return i < text.length && JOINS_WORD.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point that ends right before `i` (a surrogate pair read whole) joins a word; false at the start. */
function joinsBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  let start = i - 1;
  const unit = text.charCodeAt(start);
  if (unit >= 0xdc00 && unit <= 0xdfff && start > 0) {
    const high = text.charCodeAt(start - 1);
    if (high >= 0xd800 && high <= 0xdbff) start--;
  }
  return JOINS_WORD.test(String.fromCodePoint(text.codePointAt(start)!));
}

/**
 * How many times `text` prints `pair` with no word character (JOINS_WORD) on either side: the count
 * of `(?<![\p{L}\p{N}’'-])PAIR(?![\p{L}\p{N}’'-])` matched globally with the `u` flag, found
 * with `indexOf` (session 56, h-warm56). Each pair was its own regular expression, and V8 compiled
 * each one (the two Unicode classes in it) for a single search: in a batch worker that compilation
 * was most of what its texts' regular expressions cost once warm. A match is counted and the
 * search goes on after it, as the global match does; a refused one is passed by one unit (the pair
 * opens with a letter, never with a surrogate pair's second half, so no match starts inside one).
 */
export function countPrinted(text: string, pair: string): number {
  let n = 0;
  for (let i = text.indexOf(pair); i >= 0; ) {
    const end = i + pair.length;
    if (!joinsBefore(text, i) && !joinsAt(text, end)) {
      n++;
      i = text.indexOf(pair, end);
    } else i = text.indexOf(pair, i + 1);
  }
  return n;
}

/** The glued cut's own line prints each pair across it once: printed elsewhere means at least once more. */
const ELSEWHERE = 2;

/**
 * Session 52 (h-gap52), pdftotext's grid: a glued cut (one run, column i's last word `a` one space
 * before column j's first word `b`) read one word off, where the document itself says which pair
 * of words belongs together. The pair across the cut, "a b", printed elsewhere in the document
 * (twice or more in its text, this line's once) is one phrase; the pair it would be cut into
 * instead is printed nowhere else:
 * - "b n" (b and the right cell's next word) nowhere else: b ends the left cell ("… by 2030 in
 *   Latin | America Digital Compact": "Latin America" is printed in the objective's other rows,
 *   "America Digital" nowhere; corpus14 val14o v14o-005);
 * - "z a" (the left cell's word before a, and a) nowhere else: a opens the right cell ("… hazards to
 *   civilians strategies | adopted by host" under "Security sector reform": "strategies adopted"
 *   printed elsewhere, "civilians strategies" not; corpus14 val14n v14n-002).
 * When both hold (the pair is printed elsewhere, neither side of it is), b ends the left cell
 * unless it is an article, a preposition or a conjunction (`BEFORE_NAME`): then the cut stays.
 * Words of letters only (no punctuation at the pair, no list marker, no figure, no word broken at
 * its hyphen), not two articles, prepositions or conjunctions ("with | the"), no capital after a
 * lower-case word no name follows (`capitalOpensCell`); an article, a preposition or a conjunction
 * never moves; words the producer fixed in a column (tabs) never move.
 */
export function cutAtPrintedPair(words: readonly Word[], placed: number[], pairs: PairCount, charWidth: number, cellAbove?: TableLine, wordsBelow: readonly Word[] = []): void {
  for (let k = 1; k < words.length; k++) {
    const a = words[k - 1]!, b = words[k]!, i = placed[k - 1]!, j = placed[k]!;
    if (j <= i || a.segment !== b.segment || a.column !== undefined || b.column !== undefined) continue;
    if (!movable(a) || !movable(b) || functionWordPair(a, b) || capitalOpensCell(a, b) || pairs(a.text, b.text) < ELSEWHERE) continue;
    const z = sameCell(words, placed, k - 2, a.segment, i), n = sameCell(words, placed, k + 1, b.segment, j);
    const endsLeft = movable(n) && !BEFORE_NAME.test(b.text) && !(BEFORE_NAME.test(a.text) && !CAPITAL_WORD.test(b.text)) && pairs(b.text, n.text) < ELSEWHERE;
    // An article, a preposition or a conjunction ends or opens a cell's line as often as a phrase
    // goes on past it into the next column: the pair cue moves none ("vacancy levels | and
    // extrabudgetary", the seed's pdftotext table; "staff in | travel"). After one, only a name's
    // capital ("in Latin | America", "the General | Assembly") is read back to the left cell: "to
    // projects", "within the performance" are printed in any document (corpus9 val9b v9b-021,
    // corpus14 val14l v14l-011).
    const opensRight = movable(z) && !BEFORE_NAME.test(a.text) && pairs(z.text, a.text) < ELSEWHERE;
    if (!endsLeft && !opensRight) continue;
    // Both: the text prints the pair elsewhere and neither side of it; the left cell's phrase is
    // read on through its pair ("in Latin | America Digital") unless the word after the cut is an
    // article, a preposition or a conjunction, which opens a cell's line as often as it ends one.
    // No move reads a word twice running in the cell it joins, across that cell's wrap (readTwice).
    if (endsLeft && (!opensRight || !BEFORE_NAME.test(b.text))) {
      if (!readTwice(b, leftCellBelow(words, placed, k, charWidth, wordsBelow)?.text)) placed[k] = i;
    } else if (opensRight && !endsLeft && !readTwice(a, cellAbove?.cells[j]?.split(" ").at(-1))) placed[k - 1] = j;
  }
}

/**
 * Session 53 (h-gap53): a word moved across the cut next to the same word on the cell's own wrap —
 * the right cell's line above ending on `a`, the left cell's next line opening on `b` — would be read
 * twice running ("Network availability in field" over "… all field | locations (percentage)": "field"
 * opened the indicator, "in field field locations"; corpus8 val8f v8-015). The pair is then that cell's
 * phrase read on across its wrap in the other column too ("field locations" in both), so the cut
 * stays where the grid puts it. No phrase prints a word twice running; the grid glued it once.
 */
const readTwice = (moved: Word, beside: string | undefined): boolean => beside !== undefined && beside.toLowerCase() === moved.text.toLowerCase();

/** How far (characters) a cell's wrapped line may open from its line above: pdftotext sets one cell's lines at one grid column. */
const WRAP_OPENS_CHARS = 1;

/** The first word of the grid line below that opens a run where the left cell's run opens on this line (its wrap), if any. */
function leftCellBelow(words: readonly Word[], placed: readonly number[], k: number, charWidth: number, wordsBelow: readonly Word[]): Word | undefined {
  const seg = words[k - 1]!.segment, i = placed[k - 1]!;
  const head = words.find((w, m) => w.segment === seg && placed[m] === i);
  if (!head) return undefined;
  return wordsBelow.find((w, m) => (m === 0 || wordsBelow[m - 1]!.segment !== w.segment) && Math.abs(w.x - head.x) <= WRAP_OPENS_CHARS * charWidth);
}

/** Two articles, prepositions or conjunctions ("with the", "of the"): every document prints them together, which tells nothing of this cut. */
const functionWordPair = (a: Word, b: Word): boolean => BEFORE_NAME.test(a.text) && BEFORE_NAME.test(b.text);

/**
 * A capital after a lower-case word that no name follows (`BEFORE_NAME`): inside a sentence such a
 * capital is rare, a cell opens with one (capitalAfterSentenceWord), so the same pair printed
 * elsewhere is another glued cut, no phrase ("assistance | Paternity claims", corpus13 val13c
 * v13c-011; "implemented as | Staff who", corpus20 dev20 d20-010).
 */
const capitalOpensCell = (a: Word, b: Word): boolean => LOWER_OPENING.test(a.text) && !BEFORE_NAME.test(a.text) && CAPITAL_WORD.test(b.text);

/** Word `k` when it is of `segment` and placed in column `col` (the cell's word next to the cut), else undefined. */
function sameCell(words: readonly Word[], placed: readonly number[], k: number, segment: number, col: number): Word | undefined {
  const w = words[k];
  return w && w.segment === segment && placed[k] === col && w.column === undefined ? w : undefined;
}
