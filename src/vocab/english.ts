/**
 * Is this an English word? The ~275,000 words of `an-array-of-english-words` (MIT), lower case,
 * loaded on first use only: a document asks just when a line-end hyphen is left undecided by its
 * own spelling and the UN compound rules (`tables/text.ts` decideHyphen), so most runs never pay
 * the ~3 MB load.
 *
 * The words are looked up in the list's own JSON text by binary search over their offsets: the
 * package writes them sorted, lower case a–z, as `["a","aa",…]` (`sortedWordList` checks that
 * while it indexes them, and the look-up falls back to a Set of the parsed list otherwise).
 * Parsing the JSON into a Set of 275,000 strings cost each batch child ~0.55 s of CPU and ~20 MB
 * of heap (a --cpu-prof of a child's first five corpus PDFs, issue 14); the index costs one pass
 * over the 3.3 MB text and 1.1 MB of offsets.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Lookup = (word: string) => boolean;
let lookup: Lookup | null = null;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

/**
 * A look-up in `json`, a JSON array of distinct lower-case a–z words in ascending order, written
 * without spaces; null when the text is not exactly that (then the caller parses it). One pass
 * finds where each word starts and checks, without making strings, that each is greater than the
 * one before.
 */
export function sortedWordList(json: string): Lookup | null {
  const text = json.trimEnd(); // the package's file ends with a newline
  const n = text.length;
  if (n < 4 || text[0] !== "[" || text[1] !== '"' || !text.endsWith('"]')) return null;
  let starts = new Uint32Array(1 << 16);
  let count = 0;
  let prevStart = -1;
  let prevEnd = -1;
  let i = 2; // at the first letter of a word
  for (;;) {
    const from = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < LOWER_A || c > LOWER_Z) break;
      i++;
    }
    // A word of letters, then `","` or the closing `"]`.
    if (i === from || text.charCodeAt(i) !== QUOTE) return null;
    if (prevStart >= 0 && compareSpans(text, prevStart, prevEnd, from, i) >= 0) return null;
    if (count === starts.length) {
      const grown = new Uint32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = from;
    prevStart = from;
    prevEnd = i;
    if (i === n - 2) break; // the closing `"]`
    if (text.charCodeAt(i + 1) !== COMMA || text.charCodeAt(i + 2) !== QUOTE) return null;
    i += 3;
  }
  const index = starts.subarray(0, count);
  const wordAt = (k: number): string => text.slice(index[k]!, text.indexOf('"', index[k]!));
  return (word) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const w = wordAt(mid);
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid;
    }
    return false;
  };
}

/** Code-unit order of text[a0, a1) and text[b0, b1), as `<` orders strings. */
function compareSpans(text: string, a0: number, a1: number, b0: number, b1: number): number {
  const la = a1 - a0;
  const lb = b1 - b0;
  const len = Math.min(la, lb);
  for (let k = 0; k < len; k++) {
    const d = text.charCodeAt(a0 + k) - text.charCodeAt(b0 + k);
    if (d !== 0) return d;
  }
  return la - lb;
}

function load(): Lookup {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve("an-array-of-english-words"), "utf8");
  const sorted = sortedWordList(text);
  if (sorted) return sorted;
  const words = new Set(JSON.parse(text) as string[]);
  return (word) => words.has(word);
}

export function isEnglishWord(word: string): boolean {
  lookup ??= load();
  return lookup(word.toLowerCase());
}
