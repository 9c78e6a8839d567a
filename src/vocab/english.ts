/**
 * Is this an English word? The ~275,000 words of `an-array-of-english-words` (MIT), lower case,
 * loaded on first use only: a document asks just when a line-end hyphen is left undecided by its
 * own spelling and the UN compound rules (`tables/text.ts` decideHyphen), so most runs never pay
 * the ~3 MB load.
 */
import { createRequire } from "node:module";

let words: ReadonlySet<string> | null = null;

export function isEnglishWord(word: string): boolean {
  if (!words) {
    const require = createRequire(import.meta.url);
    words = new Set(require("an-array-of-english-words") as string[]);
  }
  return words.has(word.toLowerCase());
}
