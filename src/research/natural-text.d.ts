// Types for the deep imports src/research takes from `natural` (its root import loads every module).
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: {
    /** Porter's (1980) English stemmer: "deliveries" and "delivery" → "deliveri". */
    stem(token: string): string;
  };
  export default PorterStemmer;
}
declare module "natural/lib/natural/tokenizers/aggressive_tokenizer.js" {
  /** Splits on every non-word character: "write-off" → ["write", "off"]. */
  class AggressiveTokenizer {
    tokenize(text: string): string[];
  }
  export default AggressiveTokenizer;
}
declare module "natural/lib/natural/util/stopwords.js" {
  /** English stop words, lower case. */
  export const words: string[];
}
