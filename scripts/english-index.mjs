// After `tsc` (npm run build): write dist/vocab/english-words.index, where each word of the English
// word list starts (src/vocab/english.ts). A process then reads these offsets instead of scanning
// the 3.3 MB list (~50 ms of CPU in every batch child that meets an undecided hyphen).
// test/vocab/english.test.ts checks the file against the list it was made from.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { ENGLISH_INDEX_URL, encodeWordIndex, englishWordsFile, wordStarts } = await import(pathToFileURL(join(root, "dist", "vocab", "english.js")).href);
const text = readFileSync(englishWordsFile(), "utf8").trimEnd();
const starts = wordStarts(text);
if (!starts) {
  // Not the sorted a–z list the index is for: the module parses the list itself.
  console.error("english-index: the word list is not in the indexed shape; no index written");
  process.exit(0);
}
const file = fileURLToPath(ENGLISH_INDEX_URL);
writeFileSync(`${file}.tmp`, encodeWordIndex(text, starts));
renameSync(`${file}.tmp`, file);
