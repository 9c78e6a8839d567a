import type { Layout, Line, Page, Segment } from "../model/layout.js";
import { isEnglishWord } from "../vocab/english.js";
import { CHAR_WIDTH } from "./text.js";

/**
 * Footnote calls in plain text (`pdftotext -layout` of a word processor's PDF). A call is a raised,
 * smaller digit; pdftotext prints it on the baseline, glued to the word it follows or one space
 * after it: "… planning4", "… (129)3", "… 63%6.", "… (40) 2", "… issued on schedule: 2 3". Nothing
 * in the text tells such a digit from a figure of the cell, so it is taken for a call only where
 * the page proves it:
 *
 * - the page ends with a block of footnotes (each a number — alone on its line above its text, as
 *   pdftotext sets the raised mark, or before its text — then lines of text), and the document's
 *   footnotes are numbered 1, 2, 3 … in order (throughout, or from 1 on each page);
 * - on that page, above the notes, exactly one place can hold the note's call: its number right
 *   after a word (an English word that the digit does not continue: "planning4"), after closing
 *   punctuation (")", "%", a quote, a full stop after a word), or one space after a lower-case word
 *   that takes no number ("per cent 2", not "of 2", "Goal 5"), after ")" or "%", or after a figure
 *   that ends a value ("schedule: 2 3"); followed only by closing punctuation. Never a digit glued
 *   to a figure ("2015", "95", "1087."), never a number that stands alone in its cell, never one
 *   after a colon (a value: "Member States: 2").
 * - a note that no such place can hold is called from the one value figure on its page that ends
 *   with its number (`figureGluedCalls`: "trained: 2132" for 213 and call 2).
 *
 * The call is cut from its segment, and from the line and the document text (the place it took
 * becomes spaces at the segment's end, so every offset and column stays), so that no later stage
 * reads it as a figure of the cell. The note itself stays where it is.
 */
export function withoutProvenNoteCalls(layout: Layout): Layout {
  if (layout.format !== "text") return layout;
  const notes = noteCallSites(layout);
  const edits = notes.flatMap((n) => (n.sites.length === 1 ? n.sites : []));
  edits.push(...figureGluedCalls(notes, edits));
  if (edits.length === 0) return layout;
  return applyEdits(layout, edits);
}

/**
 * A call glued to the figure it follows ("Civil society monitors trained: 213²" printed
 * "trained: 2132", "… to selection: 108⁷." printed "1087."): a note of the page that no other place
 * can hold is called from the one value on its page whose figure ends with the note's number, a
 * value after a colon that ends its segment. Nothing in the digits tells "2132" from "213"+"2";
 * the notes do: they are numbered in order (`noteCallSites`), so note 2 at the page's foot has a
 * call on the page, and where no word, bracket or stop can hold it and exactly one figure could,
 * that figure holds it. Two such figures on the page, or any other site, and nothing is cut.
 */
function figureGluedCalls(notes: ReadonlyArray<{ page: number; number: number; sites: CallEdit[]; glued: CallEdit[] }>, taken: readonly CallEdit[]): CallEdit[] {
  const used = new Set(taken.map((e) => e.seg));
  const out: CallEdit[] = [];
  for (const n of notes) {
    if (n.sites.length > 0 || n.glued.length !== 1) continue;
    const site = n.glued[0]!;
    if (used.has(site.seg)) continue;
    used.add(site.seg);
    out.push(site);
  }
  return out;
}

/**
 * Each page-foot note of a plain-text layout whose notes are numbered in order, with the places on
 * its page that could hold its call (withoutProvenNoteCalls cuts a call where there is one).
 */
export function noteCallSites(layout: Layout): Array<{ page: number; number: number; sites: CallEdit[]; glued: CallEdit[] }> {
  const blocks = layout.pages.map((p) => footNotes(p));
  const numbers = blocks.map((b) => b?.notes.map((n) => n.number) ?? []);
  if (!numbered(numbers)) return [];
  const throughout = numbers.flat().every((n, i) => n === i + 1);
  return layout.pages.flatMap((page, p) => {
    const block = blocks[p];
    if (!block) return [];
    const above = page.lines.slice(0, block.start);
    return block.notes.map(({ number }) => {
      const call = String(number);
      let sites = sitesIn(above, call);
      if (sites.length === 0 && throughout && p > 0 && firstNoteOfPage(block, number)) sites = sitesIn(bodyLines(layout.pages[p - 1]!, blocks[p - 1]), call);
      const glued = above.flatMap((line, i) => line.segments.flatMap((seg) => figureGluedSite(seg, call, wrappedFrom(above, i, seg)).map((at) => ({ line, seg, at, call }))));
      return { page: page.number, number, sites, glued };
    });
  });
}

/** The places in `lines` that could hold `call` (callSites). */
function sitesIn(lines: readonly Line[], call: string): CallEdit[] {
  return lines.flatMap((line) => line.segments.flatMap((seg) => callSites(seg, call).map((at) => ({ line, seg, at, call }))));
}

/** A page's lines above its footnotes (all of them when it has none). */
function bodyLines(page: Page, block: FootBlock | null | undefined): readonly Line[] {
  return block ? page.lines.slice(0, block.start) : page.lines;
}

/**
 * Whether `number` is the first note of its page's block. A word processor keeps a note on the
 * page of its call, except where the call's table row or line ends the page: the note then opens
 * the next page's notes (notes numbered through the document: "(44%) 4" at page 2's last row,
 * note 4 at page 3's foot). Only that note, with no site on its own page, looks one page back.
 */
function firstNoteOfPage(block: FootBlock, number: number): boolean {
  return block.notes[0]?.number === number;
}

interface FootNote {
  number: number;
}
interface FootBlock {
  /** Index in the page's lines of the block's first line. */
  start: number;
  notes: FootNote[];
}
export interface CallEdit {
  line: Line;
  seg: Segment;
  /** Offset of the call in the segment's text. */
  at: number;
  call: string;
}

/** A footnote's number: one or two digits (a document with a hundred notes numbers them in prose). */
const NOTE_NUMBER = /^\d{1,2}$/;
/** "1 See …": the number and its text one space apart in one run (a browser's print). */
const NOTE_NUMBER_BEFORE_TEXT = /^(\d{1,2}) (?=[\p{Lu}"“‘(])/u;
/** A note's text opens like a sentence. */
const NOTE_TEXT_OPENING = /^[\p{Lu}"“‘(]/u;
/** pdftotext sets a note's text a few characters right of its raised number (LibreOffice: 1–4). */
const NOTE_TEXT_INDENT_CHARS = 8;

/** The footnotes at the page's foot, if its last lines are footnotes and nothing else. */
function footNotes(page: Page): FootBlock | null {
  const lines = page.lines;
  let best: FootBlock | null = null;
  for (let s = lines.length - 1; s >= 0; s--) {
    if (lines[s]!.segments.length === 0) continue;
    const notes = notesFrom(lines, s);
    if (notes) best = { start: s, notes };
  }
  return best;
}

/** The notes of lines[s…] when they are footnotes to the page's end (blank lines between), else null. */
function notesFrom(lines: readonly Line[], s: number): FootNote[] | null {
  const notes: FootNote[] = [];
  let textX: number | null = null;
  for (let j = s; j < lines.length; j++) {
    const line = lines[j]!;
    const segs = line.segments;
    const first = segs[0];
    if (!first) continue;
    const next = lines[j + 1];
    const nextFirst = next?.line === line.line + 1 ? next.segments[0] : undefined;
    // The raised number alone on its line, its text on the next line a little right of it.
    if (segs.length === 1 && NOTE_NUMBER.test(first.text) && nextFirst && next!.segments.length === 1 && NOTE_TEXT_OPENING.test(nextFirst.text) && nextFirst.x >= first.x && nextFirst.x <= first.x + NOTE_TEXT_INDENT_CHARS * CHAR_WIDTH) {
      notes.push({ number: Number(first.text) });
      textX = nextFirst.x;
      j++;
      continue;
    }
    // The number set off before its text ("1    See …").
    if (segs.length === 2 && NOTE_NUMBER.test(first.text) && NOTE_TEXT_OPENING.test(segs[1]!.text) && segs[1]!.x <= first.x + NOTE_TEXT_INDENT_CHARS * CHAR_WIDTH) {
      notes.push({ number: Number(first.text) });
      textX = segs[1]!.x;
      continue;
    }
    const spaced = segs.length === 1 ? NOTE_NUMBER_BEFORE_TEXT.exec(first.text) : null;
    if (spaced) {
      notes.push({ number: Number(spaced[1]) });
      textX = first.x + (spaced[0].length) * CHAR_WIDTH;
      continue;
    }
    // A note's text going on, at its first line's left.
    if (notes.length > 0 && textX !== null && segs.length === 1 && Math.abs(first.x - textX) <= CHAR_WIDTH) continue;
    return null;
  }
  return notes.length > 0 ? notes : null;
}

/** Footnotes numbered 1, 2, 3 … through the document, or from 1 on each page that has any. */
function numbered(pages: readonly number[][]): boolean {
  const all = pages.flat();
  if (all.length === 0) return false;
  if (all.every((n, i) => n === i + 1)) return true;
  return pages.every((ns) => ns.every((n, i) => n === i + 1));
}

/** After the call: closing punctuation, then the segment's end or a word gap. */
const AFTER_CALL = /^[.,;:]*(?:\s|$)/u;
/** Closing punctuation a call may be glued to: a bracket, a per cent sign, a closing quote. */
const CLOSING = /[)\]%’”"']$/u;
/** A figure that ends a value, before a call set off by a space ("schedule: 2 3"). */
const VALUE_FIGURE = /(?:^|\s)\d+(?:[.,]\d+)?$/u;
/**
 * A full stop that ends a sentence, before its call ("… the programme budget.1"): after a
 * lower-case word or a bracket. Not an outline number ("A.3", "No.3") nor a decimal ("2021.1").
 */
const CALLED_SENTENCE_END = /(?:\p{Ll}{2}|\))\.$/u;
/**
 * A figure and its unit, before a call set off by a space ("90 per cent 2", "45 days 2"). A number
 * one space after any other word is the text's ("At least 4", "Goal 5", "Member States 4" — a
 * Target pdftotext set one space from its measure).
 */
const VALUE_UNIT = /\d\s?(?:per cent|\p{Ll}{2,})$/u;
/** The shortest word a call may be glued to ("A5", "Q4" are names, not calls). */
const MIN_CALLED_WORD = 2;

/** Offsets in the segment's text where `call` stands as a footnote call could. */
function callSites(seg: Segment, call: string): number[] {
  const text = seg.text;
  const out: number[] = [];
  for (let at = text.indexOf(call); at >= 0; at = text.indexOf(call, at + 1)) {
    if (!AFTER_CALL.test(text.slice(at + call.length))) continue;
    const before = text.slice(0, at);
    if (/\d$/u.test(before)) continue;
    if (before.endsWith(" ")) {
      // Set off by one space, at the segment's end (after closing punctuation at most).
      if (!/^[.,;:]*$/u.test(text.slice(at + call.length))) continue;
      const head = before.slice(0, -1);
      if (!head || /\s$/u.test(head)) continue;
      if (CLOSING.test(head) || VALUE_FIGURE.test(head) || VALUE_UNIT.test(head)) out.push(at);
      continue;
    }
    const word = /(\p{L}+)$/u.exec(before)?.[1];
    if (word) {
      // Glued to a word: the word without it is English (a lone name stays: "A5", "G77").
      if (word.length >= MIN_CALLED_WORD && !/\d$/u.test(before.slice(0, -word.length)) && isEnglishWord(word) && !isEnglishWord(word + call)) out.push(at);
      continue;
    }
    if (CLOSING.test(before) && before.length > 1) out.push(at);
    else if (CALLED_SENTENCE_END.test(before)) out.push(at);
  }
  return out;
}

/**
 * A value's figure after a colon, its last digits the call, at the segment's end (closing
 * punctuation at most): "trained: 2132", "selection: 1087.". The figure left must be a figure
 * (no leading zero), so "held: 4" is never read as a call alone.
 */
const COLON_FIGURE_BEFORE_CALL = /: [1-9]\d*$/u;

/** A figure alone on its line ("95"), its last digits the call. */
const LONE_FIGURE_BEFORE_CALL = /^[1-9]\d*$/u;

/**
 * The offset of `call` glued to the end of a value's figure in the segment, if it is there: after
 * the colon in the segment ("trained: 2132"), or alone on its line under the text it wrapped from,
 * that text ending with the colon (`wrappedFrom`: "… analysis:" / "95").
 */
function figureGluedSite(seg: Segment, call: string, wrappedFrom: Segment | undefined): number[] {
  const m = /^(.*?)([.,;]*)$/u.exec(seg.text);
  const body = m?.[1] ?? "";
  if (!body.endsWith(call)) return [];
  const at = body.length - call.length;
  const figure = body.slice(0, at);
  if (COLON_FIGURE_BEFORE_CALL.test(figure)) return [at];
  return LONE_FIGURE_BEFORE_CALL.test(figure) && wrappedFrom?.text.endsWith(":") ? [at] : [];
}

/**
 * The segment on the grid line right above `lines[i]` that spans `seg`'s start (the text a lone
 * figure wrapped from: pdftotext sets a wrapped value at or right of its cell's left).
 */
function wrappedFrom(lines: readonly Line[], i: number, seg: Segment): Segment | undefined {
  const line = lines[i]!;
  const prev = lines[i - 1];
  if (!prev || prev.line !== line.line - 1) return undefined;
  return prev.segments.find((s) => s.x <= seg.x + CHAR_WIDTH && s.x + s.width >= seg.x);
}

/** Cut each call from its segment; the line's and the document's text keep their lengths. */
function applyEdits(layout: Layout, edits: readonly CallEdit[]): Layout {
  let text = layout.text;
  const bySegment = new Map<Segment, CallEdit>();
  for (const e of edits) bySegment.set(e.seg, e);
  const pages = layout.pages.map((page) => ({
    ...page,
    lines: page.lines.map((line) => {
      const mine = line.segments.filter((s) => bySegment.has(s));
      if (mine.length === 0) return line;
      let lineText = line.text;
      const segments = line.segments.map((seg) => {
        const e = bySegment.get(seg);
        if (!e) return seg;
        // A spaced call takes its space with it.
        const from = e.at > 0 && seg.text[e.at - 1] === " " ? e.at - 1 : e.at;
        const cut = seg.text.slice(0, from) + seg.text.slice(e.at + e.call.length);
        const gone = seg.text.length - cut.length;
        const inLine = seg.start - line.start;
        if (lineText.slice(inLine, inLine + seg.text.length) === seg.text) lineText = lineText.slice(0, inLine) + cut + " ".repeat(gone) + lineText.slice(inLine + seg.text.length);
        if (text.slice(seg.start, seg.end) === seg.text) text = text.slice(0, seg.start) + cut + " ".repeat(gone) + text.slice(seg.end);
        return { ...seg, text: cut, end: seg.end - gone, width: Math.max(0, seg.width - gone * CHAR_WIDTH) };
      });
      return { ...line, text: lineText, segments };
    }),
  }));
  return { ...layout, text, pages };
}
