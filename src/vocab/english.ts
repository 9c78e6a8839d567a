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
 *
 * That pass (~50 ms of CPU, in every batch child that meets an undecided hyphen) is made at build
 * time: `npm run build` writes the offsets to dist/vocab/english-words.index
 * (scripts/english-index.mjs), and a process reads them instead of scanning, after checking they
 * belong to the list it has (its length and word count, and a sample of the words in order). A
 * missing or stale index (an upgraded package, running from src/) falls back to the scan; the
 * answers are the same either way (test/vocab/english.test.ts).
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
  const starts = wordStarts(text);
  return starts ? lookupIn(text, starts) : null;
}

/** Where each word of `json` (as sortedWordList takes it) starts; null when it is not such a list. */
export function wordStarts(json: string): Uint32Array | null {
  const text = json.trimEnd();
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
  return starts.slice(0, count);
}

/** Binary search over the words of `text` starting at `starts` (in ascending order). */
function lookupIn(text: string, starts: Uint32Array): Lookup {
  const count = starts.length;
  const wordAt = (k: number): string => text.slice(starts[k]!, text.indexOf('"', starts[k]!));
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

/** The package's word list (its JSON text). */
export function englishWordsFile(): string {
  return createRequire(import.meta.url).resolve("an-array-of-english-words");
}

/**
 * The build's index file: in dist/vocab/ beside the compiled module, which the worker's bundle
 * (dist/batch/) reaches by the same relative path.
 */
export const ENGLISH_INDEX_URL = new URL("../vocab/english-words.index", import.meta.url);

/** First word of an index file: "CEW1" little-endian, so another file is never taken for one. */
const INDEX_MAGIC = 0x31574543;
/** Words checked against the text when an index is read: every SAMPLE_STRIDE-th, in order. */
const SAMPLE_STRIDE = 1024;

/** The index file's bytes for `text` (the trimmed list): magic, text length, word count, starts. */
export function encodeWordIndex(text: string, starts: Uint32Array): Uint8Array {
  const out = new Uint32Array(3 + starts.length);
  out[0] = INDEX_MAGIC;
  out[1] = text.length;
  out[2] = starts.length;
  out.set(starts, 3);
  return new Uint8Array(out.buffer);
}

/**
 * The starts an index file holds, if it was made from `text`: same length and word count, the
 * first and last words at the list's ends, and the sampled words where the file says (after a
 * quote, made of a–z, before a quote) and ascending.
 */
export function decodeWordIndex(bytes: Uint8Array, text: string): Uint32Array | null {
  if (bytes.byteLength < 12 || bytes.byteLength % 4 !== 0) return null;
  const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (words[0] !== INDEX_MAGIC || words[1] !== text.length || words[2] !== words.length - 3) return null;
  const starts = words.subarray(3);
  if (starts.length === 0) return null;
  let prev = "";
  const check = (k: number): boolean => {
    const from = starts[k]!;
    const end = text.indexOf('"', from);
    if (from === 0 || text.charCodeAt(from - 1) !== QUOTE || end <= from) return false;
    const word = text.slice(from, end);
    if (!/^[a-z]+$/.test(word) || word <= prev) return false;
    prev = word;
    return true;
  };
  const last = starts.length - 1;
  // The first word right after `["`, the last right before `"]`: no word left out at either end.
  if (starts[0] !== 2 || text.indexOf('"', starts[last]!) !== text.length - 2) return null;
  for (let k = 0; k < last; k += SAMPLE_STRIDE) if (!check(k)) return null;
  if (!check(last)) return null;
  return starts;
}

function load(): Lookup {
  const json = readFileSync(englishWordsFile(), "utf8");
  const text = json.trimEnd();
  let index: Uint8Array | null = null;
  try {
    index = readFileSync(ENGLISH_INDEX_URL);
  } catch {
    // not built (running from src/): scan below
  }
  const built = index ? decodeWordIndex(index, text) : null;
  if (built) return lookupIn(text, built);
  const sorted = sortedWordList(json);
  if (sorted) return sorted;
  const words = new Set(JSON.parse(json) as string[]);
  return (word) => words.has(word);
}

/**
 * Answers already given, by the word as asked: a document asks about the same few hundred words
 * again and again (each wrapped cell line's last and first words, per column and per row read),
 * and each binary search slices ~18 words out of the 3 MB list. Cleared when it reaches
 * MEMO_LIMIT words, so a batch of many documents keeps it small.
 */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 1 << 16;

export function isEnglishWord(word: string): boolean {
  const known = memo.get(word);
  if (known !== undefined) return known;
  lookup ??= load();
  const answer = lookup(word.toLowerCase());
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, answer);
  return answer;
}
