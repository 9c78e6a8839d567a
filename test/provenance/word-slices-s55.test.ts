/**
 * Session 55 (issue 14): the provenance stage reads each printed word's normalised form straight
 * from its run's text (normWordAt) instead of slicing the word first and normalising the copy. The
 * former reading is re-implemented here — the word's slice, session 33's normWord on it, the
 * hyphen test on the slice's last unit — and compared with wordsOf and itemWords over drawn texts
 * (ASCII capitals and punctuation, non-ASCII letters, ligatures, hyphens, JS spaces) and over the
 * lines of real documents.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDomainData } from "../../src/index.js";
import { runPipeline } from "../../src/pipeline.js";
import type { Line, Segment } from "../../src/model/layout.js";
import { itemWords, normWord, wordsOf } from "../../src/provenance/boxes.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** normWord as it was before session 55 (on a sliced word). */
function formerNormWord(raw: string): string {
  let kept = "";
  let copied = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) return raw.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    kept += raw.slice(copied, i);
    copied = i + 1;
    if (c >= 0x41 && c <= 0x5a) kept += String.fromCharCode(c + 0x20);
  }
  return copied === 0 ? raw : kept + raw.slice(copied);
}

/** The former reading of a text's words: each run of non-space sliced, normalised, its last unit tested for a hyphen. */
function formerWords(text: string): { norm: string[]; hyphenated: boolean[] } {
  const norm: string[] = [];
  const hyphenated: boolean[] = [];
  for (const raw of text.split(/\s+/)) {
    if (!raw) continue;
    const n = formerNormWord(raw);
    if (!n) continue;
    const c = raw.charCodeAt(raw.length - 1);
    norm.push(n);
    hyphenated.push(c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xad);
  }
  return { norm, hyphenated };
}

const line = (text: string): Line => {
  const seg: Segment = { text, x: 50, y: 100, width: text.length * 5, fontSize: 10, page: 1, line: 1, start: 0, end: text.length };
  return { page: 1, line: 1, y: 100, text, start: 0, end: text.length, kind: "text", segments: [seg] };
};

function agrees(text: string): void {
  const former = formerWords(text);
  const words = wordsOf([line(text)], false);
  expect(words.norm).toEqual(former.norm);
  expect(words.hyphenated).toEqual(former.hyphenated);
  expect(itemWords(text)).toEqual(former.norm);
}

describe("words read from the run's text, not from a slice of it", () => {
  it("normWord is the former one on drawn words", () => {
    const chars = fc.constantFrom("A", "Z", "a", "z", "0", "9", "-", "/", "(", ".", "@", "[", "`", "{", "é", "ﬁ", "Ä", "İ", "\u212a", "\u00ad", "²", "\u2010");
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: chars })), (raw) => normWord(raw) === formerNormWord(raw)), { numRuns: 3000 });
  });

  it("wordsOf and itemWords read the same words and hyphens as the sliced reading, on drawn texts", () => {
    const chars = fc.constantFrom("A", "b", "Z", "q", "0", "7", " ", " ", "\t", "\u00a0", "\u2003", "-", "\u2010", "\u2011", "\u00ad", ",", ".", "(", ")", "/", "•", "–", "é", "ﬁ", "İ", "\u212a", "%");
    fc.assert(fc.property(fc.oneof(fc.string({ unit: chars, maxLength: 60 }), fc.string({ maxLength: 40 })), (text) => agrees(text)), { numRuns: 3000 });
  });

  it("reads every line of real documents as the sliced reading did", async () => {
    const data = loadDomainData();
    let lines = 0;
    for (const f of ["compact-2008-dfs.txt", "compact-2012-ohrm-four-columns.txt", "compact-2012-markdown.md", "compact-2008-dfs-ruled.pdf", "A-60-209-note.txt"]) {
      const doc = await runPipeline(f, new Uint8Array(readFileSync(join(ROOT, "fixtures", f))), { ocr: "off" }, data);
      for (const p of doc.layout.pages) {
        for (const l of p.lines) {
          for (const s of l.segments) agrees(s.text);
          lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(500);
  }, 60_000);
});
