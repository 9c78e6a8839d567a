/**
 * The whole-source checks of the shared and memoised readings (header scan, one-line header probe,
 * run-together label cut, hyphen lexicon) as functions of a file list: `npm test` runs them on the
 * fixtures and a sample of each corpus (test/tables/*.test.ts), the slow suite on every source
 * (test/tables/corpus-checks.slow.test.ts). Session 26: the loops over every corpus source were
 * ~60 s of `npm test` under load.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { layoutOf, sources } from "../../support/text-sources.js";
import { allLines } from "../../../src/model/layout.js";
import type { Layout } from "../../../src/model/layout.js";
import { lineWords, type Word } from "../../../src/tables/columns.js";
import { detectHeader, detectOneLineHeader, forgetHeaderMemos, linesWithoutHeader, scanFirstHeader, unglueLabelWords } from "../../../src/tables/header.js";
import { hyphenLexicon } from "../../../src/tables/text.js";
import { LABEL_FRAGMENT, LABEL_START } from "../../../src/vocab/columns.js";

/** Every `step`-th file of each folder (the first included): a sample spread over a corpus's draws. */
export function sampled(names: RegExp, step: number, ...dirs: string[]): string[] {
  return dirs.flatMap((d) => sources(names, d).filter((_, i) => i % step === 0));
}

// ---- header scan (test/tables/header-scan.test.ts) ----

/** The scan's promise, checked line by line: nothing found before `linesWithoutHeader`. */
export function checkSkipped(layout: Layout): { skipped: number; lines: number; found: boolean } {
  const lines = [...allLines(layout)];
  const scan = scanFirstHeader(layout);
  const skipped = linesWithoutHeader(scan, lines);
  for (let i = 0; i < skipped; i++) {
    if (detectHeader(lines, i, layout.text) !== null) throw new Error(`line ${i} (${JSON.stringify(lines[i]!.text)}) starts a header but was skipped`);
  }
  return { skipped, lines: lines.length, found: scan.first !== null };
}

/** checkSkipped over files: how many lines were skipped in all, and how many files had a header. */
export async function checkSkippedFiles(files: readonly string[]): Promise<{ skipped: number; withHeader: number }> {
  let skipped = 0;
  let withHeader = 0;
  for (const f of files) {
    const r = checkSkipped(await layoutOf(readFileSync(f, "utf8")));
    skipped += r.skipped;
    if (r.found) {
      withHeader++;
      expect(r.skipped, f).toBeLessThan(r.lines);
    } else expect(r.skipped, f).toBe(r.lines);
  }
  return { skipped, withHeader };
}

// ---- one-line header probe (test/tables/line-memo.test.ts) ----

/** detectOneLineHeader against detectHeader on every non-blank line: headers of one line, and taller ones. */
export async function checkOneLineHeaders(files: readonly string[]): Promise<{ oneLine: number; taller: number }> {
  let oneLine = 0;
  let taller = 0;
  for (const f of files) {
    const layout = await layoutOf(readFileSync(f, "utf8"));
    // As the run-together check reads them: the non-blank lines over the pages.
    const lines = layout.pages.flatMap((p) => p.lines.filter((l) => l.segments.length > 0));
    for (let i = 0; i < lines.length; i++) {
      const full = detectHeader(lines, i, layout.text);
      const one = detectOneLineHeader(lines, i, layout.text);
      if (full?.lineCount === 1) {
        oneLine++;
        expect(one, `${f} line ${i}`).toEqual(full);
      } else {
        if (full) taller++;
        expect(one === null || one.lineCount > 1, `${f} line ${i}`).toBe(true);
      }
    }
  }
  return { oneLine, taller };
}

// ---- run-together label cut (test/tables/word-table.test.ts) ----

/** The cut as unglueLabelWords made it before session 23 (no memo). */
const WHOLE_LABEL_WORD = /^(?:baselines?|targets?|risks?)$/i;
export function unglueReference(w: Word): Word[] {
  const title = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u.test(w.text);
  if (!(title || /^(?:\p{Lu}{6,}|\p{Ll}{6,})$/u.test(w.text)) || LABEL_FRAGMENT.test(w.text)) return [w];
  for (let i = 3; i <= w.text.length - 3; i++) {
    const head = w.text.slice(0, i), tail = w.text.slice(i);
    if (title && !/^\p{Lu}/u.test(tail)) continue;
    if (!(LABEL_FRAGMENT.test(head) || WHOLE_LABEL_WORD.test(head)) || !LABEL_START.test(tail) || tail.match(LABEL_START)![0].length !== tail.length) continue;
    const cw = w.charWidth ?? 0;
    return [{ ...w, text: head }, { ...w, text: tail, x: w.x + i * cw, unglued: true }];
  }
  return [w];
}

/** unglueLabelWords against the reference on every word of the files' lines, each asked twice (the second from the memo). */
export async function checkUnglue(files: readonly string[]): Promise<{ words: number; cut: number }> {
  let words = 0;
  let cut = 0;
  for (const file of files) {
    const layout = await layoutOf(readFileSync(file, "utf8"));
    for (const page of layout.pages)
      for (const l of page.lines)
        for (const w of lineWords(l, layout.text)) {
          for (let round = 0; round < 2; round++) expect(unglueLabelWords(w)).toEqual(unglueReference(w));
          words++;
          if (unglueReference(w).length === 2) cut++;
        }
    forgetHeaderMemos();
  }
  return { words, cut };
}

// ---- hyphen lexicon (test/tables/lexicon-memo.test.ts) ----

// Session 24 (h-speed4): the lexicon's questions as they were asked before, one search of the
// whole text per question: the answers kept per document and the one-pass set must equal them.
const LEXICON_NAME = /^\p{Lu}\p{Ll}+(?:['’]s)?$/u;
const oldCapitalisedInside = (text: string, word: string) => LEXICON_NAME.test(word) && new RegExp(`\\p{Ll}(?<!(?:^|[^\\p{L}])o) ${word}(?![\\p{L}'’])`, "u").test(text);
const oldPrintedAlone = (text: string, token: string, shape: RegExp) => shape.test(token) && new RegExp(`(?<![A-Za-z])${token}(?![A-Za-z])`, "i").test(text);
const oldRoot = (text: string, stem: string, second: string) =>
  /^[a-z]+$/.test(stem) && /^[a-z]+$/.test(second) && second.length >= 5 && new RegExp(`(?<![A-Za-z])${stem}-${second.slice(0, Math.max(5, second.length - 3))}`, "i").test(text);

/** Every word the lexicon could be asked about in a text (runs of letters and apostrophes, hyphened pairs), and their variants. */
export function candidates(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}'’]+(?:-[\p{L}]+)?/gu)) {
    const w = m[0];
    out.add(w).add(w.toLowerCase()).add(w.replace(/['’]s$/, "")).add(w.replace(/-/g, ""));
    out.add(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return [...out].filter((w) => w.length > 0);
}

export function expectSameAnswers(text: string, words: readonly string[]): void {
  const lexicon = hyphenLexicon(text);
  const want = words.map((w) => [
    w,
    oldCapitalisedInside(text, w),
    oldPrintedAlone(text, w, /^[a-z]+$/),
    oldPrintedAlone(text, w, /^[a-z]+-[a-z]+$/),
    /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(w) && new RegExp(`(?<![\\p{L}\\p{N}-])${w[0]!.toLowerCase()}${w.slice(1)}(?![\\p{L}\\p{N}-])`, "u").test(text),
  ]);
  // Each word asked twice: the second answer comes from the kept one.
  for (let round = 0; round < 2; round++) {
    expect(words.map((w) => [w, lexicon.capitalisedInside.has(w), lexicon.words.has(w), lexicon.hyphenated.has(w), lexicon.printedLowerCase!.has(w)])).toEqual(want);
  }
  const lower = words.filter((w) => /^[a-z-]+$/.test(w)).slice(0, 60);
  for (const stem of lower.slice(0, 12)) for (const second of lower) expect([stem, second, lexicon.hyphenatedRoot!.has(stem, second)]).toEqual([stem, second, oldRoot(text, stem, second)]);
}
