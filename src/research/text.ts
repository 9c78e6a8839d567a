/**
 * Words as the research commands compare them: lower case, split on non-word characters, English
 * stop words and bare numbers left out, each reduced to its Porter stem so that "deliveries" and
 * "delivery", "missions" and "mission" are one term.
 */
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import AggressiveTokenizer from "natural/lib/natural/tokenizers/aggressive_tokenizer.js";
import { words as STOP_WORDS } from "natural/lib/natural/util/stopwords.js";

const tokenizer = new AggressiveTokenizer();
const STOP = new Set(STOP_WORDS);
/**
 * Numbers are left out of the terms: a target that moved from 90% to 95% is the same measure, and
 * the targets are compared on their own (targets.ts).
 */
const NUMBER = /^\d+([.,]\d+)?$/;

/** Accents off ("Côte" → "Cote") before tokenizing: the tokenizer splits on non-ASCII letters. */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * Stems already computed. Compacts repeat a small vocabulary: the review site's 950 diffs of 1,000
 * compacts spent 4.7 s of their 6.6 s in the Porter stemmer, mostly on words it had stemmed before.
 * Bounded (emptied when full) so a long-running process over an unusual archive stays small.
 */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 100_000;

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    s = PorterStemmer.stem(word);
    stems.set(word, s);
  }
  return s;
}

/** Stemmed content terms of a text, in order, repeats kept (for term frequencies). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of tokenizer.tokenize(fold(text).toLowerCase())) {
    if (raw.length < 2 || STOP.has(raw) || NUMBER.test(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Sørensen–Dice coefficient of two term sets, in [0, 1]; two empty sets are identical (1). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Dice similarity of two texts on their stemmed content terms. */
export function textSimilarity(a: string, b: string): number {
  return dice(new Set(terms(a)), new Set(terms(b)));
}

/** Whitespace collapsed, for "is this the same text" (case and punctuation count as rewording). */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}
