/**
 * UN document symbols and prose resolution references in running text (data/un-symbols.md).
 * Spans only: the text between start and end is exactly what was printed; the canonical form is
 * in `normalized`. Coordinated forms ("X and Corr.1", "Add.10-12") expand into several spans.
 */
import { SERIES, scanSymbolAt, WRAP_GAP_SOURCE, type SymbolKind } from "../normalize/symbol.js";
import { findRepairableSymbols, type Confusion } from "./ocr-repair.js";
export { normalizeSymbol, symbolKind } from "../normalize/symbol.js";
export type { SymbolKind } from "../normalize/symbol.js";

export interface SymbolSpan {
  type: SymbolKind;
  text: string;
  normalized: string;
  start: number;
  end: number;
  /** Kept as printed but suspicious (e.g. a resolution with /Add.): the stage warns. */
  malformed: boolean;
  /** Read through OCR look-alikes (`A/62/8O` as A/62/80): the substitutions made; the stage warns. */
  confusions?: Confusion[];
}

const SLASH_CLASS = "[/\\u2215\\u2044\\uFF0F]";
/**
 * Where a symbol may start: a known series (longest first) right before a slash, not glued to a
 * letter, digit, slash, dot or hyphen on the left (guard 1 of §2: `DPKO/DFS`, `1/8/2007` never start here).
 */
export const SYMBOL_START = new RegExp(
  `(?<![\\p{L}\\p{N}/\\\\.\\-])(?:${[...SERIES].sort((a, b) => b.length - a.length).join("|")})(?=[ \\u00A0]*${SLASH_CLASS})`,
  "giu",
);
/** SYMBOL_START anchored: tried only where a slash makes a symbol possible (see symbolStarts). */
const SYMBOL_START_AT = new RegExp(SYMBOL_START.source, "iuy");
/** The slashes of SLASH_CLASS, and the spaces allowed between a series and its slash. */
const SLASHES = /[/\u2215\u2044\uFF0F]/g;
const isSeriesGap = (c: number) => c === 0x20 || c === 0xa0;
/** Longest series, in UTF-16 units: a series ends right before the slash's spaces. */
const MAX_SERIES_LENGTH = Math.max(...SERIES.map((x) => x.length));

/**
 * Where SYMBOL_START matches, in text order, as `text.matchAll(SYMBOL_START)` would give them —
 * without running a case-insensitive Unicode pattern with a look-behind at every character: a match
 * is a series ending right before `[ \u00A0]*` and a slash, so only the few positions just before
 * each slash are tried.
 */
export function symbolStarts(text: string): Array<{ index: number; length: number }> {
  const found: Array<{ index: number; length: number }> = [];
  for (const slash of text.matchAll(SLASHES)) {
    let end = slash.index;
    while (end > 0 && isSeriesGap(text.charCodeAt(end - 1))) end--;
    // A series is all letters and may not follow one: at most one start ends here.
    for (let at = Math.max(0, end - MAX_SERIES_LENGTH); at < end; at++) {
      SYMBOL_START_AT.lastIndex = at;
      const m = SYMBOL_START_AT.exec(text);
      if (m && at + m[0].length === end) {
        found.push({ index: at, length: m[0].length });
        break;
      }
    }
  }
  return found;
}

/**
 * Whether a symbol's series opens `text` (`symbolStarts(text)` would list index 0): a test of one
 * position, for callers that want only a symbol at the very start (a masthead cell) and would
 * otherwise scan the whole text for symbols.
 */
export function startsWithSymbolSeries(text: string): boolean {
  SYMBOL_START_AT.lastIndex = 0;
  return SYMBOL_START_AT.test(text);
}

/** "X and Corr.1", "X and Add.1 and 2" (§3.8). */
const COORDINATED = /^(,?\s+and\s+|\s*,\s*)(?:(Add|Corr|Rev|Amend)\.?\s?(\d+)|(\d+)(?![\w/]))/i;
/** "Add.10-12": a range of suffixes (§3.8). */
const SUFFIX_RANGE = /^[-\u2013](\d+)(?![\w/])/;
const SUFFIX_CANON: Readonly<Record<string, string>> = { add: "Add.", corr: "Corr.", rev: "Rev.", amend: "Amend." };
/** Upper bound on a suffix range, so a stray "Add.1-2008" cannot explode into thousands of symbols. */
const MAX_RANGE = 20;

/** Explicitly printed symbols (`A/62/80`, `S/RES/1769 (2007)`, `ST/AI 2010/3`), in text order. */
export function findPrintedSymbols(text: string): SymbolSpan[] {
  const spans: SymbolSpan[] = [];
  let resumeAt = 0;
  for (const m of symbolStarts(text)) {
    if (m.index < resumeAt) continue;
    const scanned = scanSymbolAt(text, m.index);
    if (!scanned) continue;
    const first: SymbolSpan = {
      type: scanned.kind,
      text: text.slice(m.index, scanned.end),
      normalized: scanned.canonical,
      start: m.index,
      end: scanned.end,
      malformed: scanned.malformed,
    };
    spans.push(first);
    let end = scanned.end;
    // Suffix range right after the symbol: expand with the full base.
    const last = scanned.parts[scanned.parts.length - 1] ?? "";
    const range = SUFFIX_RANGE.exec(text.slice(end));
    const lastSuffix = /^(Add\.|Corr\.|Rev\.|Amend\.)(\d+)$/.exec(last);
    if (range && lastSuffix) {
      const from = Number(lastSuffix[2]);
      const to = Number(range[1]);
      if (to > from && to - from <= MAX_RANGE) {
        end += range[0].length;
        const base = first.normalized.slice(0, first.normalized.length - last.length);
        spans.pop();
        for (let n = from; n <= to; n++) {
          spans.push({ ...first, text: text.slice(m.index, end), end, normalized: `${base}${lastSuffix[1]}${n}` });
        }
      }
    }
    // Coordinated suffixes: each becomes its own span on the words that name it.
    let current = spans[spans.length - 1]!.normalized;
    let lastWord: string | null = lastSuffix ? lastSuffix[1]! : null;
    for (;;) {
      const c = COORDINATED.exec(text.slice(end));
      if (!c) break;
      // A bare number continues a list only after "and" ("Add.1 and 2"), never after a comma
      // ("A/62/7/Add.1, 16 May 2006" is a date).
      if (c[4] && !/and/i.test(c[1]!)) break;
      const word = c[2] ? SUFFIX_CANON[c[2].toLowerCase()]! : lastWord;
      const num = c[3] ?? c[4];
      if (!word || !num) break;
      // The same suffix word replaces the last one (X/Add.1 and 2 → X/Add.2); another appends.
      const parts = current.split("/");
      const tail = parts[parts.length - 1] ?? "";
      const base = tail.startsWith(word) ? parts.slice(0, -1).join("/") : current;
      const normalized = `${base}/${word}${num}`;
      const lead = c[0].length - c[0].trimStart().replace(/^(?:,\s*)?(?:and\s+)?/i, "").length;
      const start = end + lead;
      const stop = end + c[0].length;
      spans.push({ type: first.type, text: text.slice(start, stop), normalized, start, end: stop, malformed: first.malformed });
      end = stop;
      current = word === "Corr." ? current : normalized;
      lastWord = word;
    }
    resumeAt = end;
  }
  return spans;
}

// ---- prose references (§4) ----

/** Organs named before "resolution"; the organ decides the series. */
const ORGAN = "General\\s+Assembly|Assembly|Security\\s+Council|Economic\\s+and\\s+Social\\s+Council|ECOSOC|Human\\s+Rights\\s+Council|Council";
/** One reference after "resolution(s)": `59/268`, `48/218 B`, `61/252 A to C`, `1769 (2007)`, `217 A (III)`. */
const PROSE_REF_SOURCE =
  `\\d{1,4}(?:\\/\\d{1,4})?(?: [A-H](?: to [A-H])?(?![\\w]))?(?:(?:\\s?|${WRAP_GAP_SOURCE})\\((?:(?:19|20)\\d{2}|(?:E?S-)?[IVXLC]+)\\))?`;
const PROSE_REF = new RegExp(PROSE_REF_SOURCE, "g");
/** A paragraph reference after a resolution ("48/218 B (para. 5 (e))") is dropped, not a stop. */
const PARAGRAPH_REF = "(?:\\s?\\((?:paras?\\.|paragraphs?|sect\\.|section)\\s[^()]*(?:\\([^()]*\\)[^()]*)*\\))?";
const PROSE_SEPARATOR = `(?:${PARAGRAPH_REF}(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+))`;
/** A hyphen at a line end (a PDF layout may keep a blank spacing line after it). */
const LINE_END_HYPHEN = "-[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*";
/** A word's pattern that also matches it hyphenated at a line end after any of its letters. */
function hyphenable(word: string): string {
  const breaks = [...word].slice(1).map((_, i) => `${word.slice(0, i + 1)}${LINE_END_HYPHEN}${word.slice(i + 1)}`);
  return `(?:${[word, ...breaks].join("|")})`;
}
/** "resolution(s)" as printed, perhaps hyphenated at a line end ("resol-" / "utions"). */
const RESOLUTION_WORD = `[Rr]${hyphenable("esolution")}s?`;
const PROSE_RESOLUTION = new RegExp(
  `\\b(?:(${ORGAN})\\s+)?${RESOLUTION_WORD}\\s+(${PROSE_REF_SOURCE}(?:${PROSE_SEPARATOR}${PROSE_REF_SOURCE})*)`,
  "g",
);
/** GA sessions with the session/number form: 31 (1976) up to a generous ceiling. */
const GA_SESSION_MIN = 31;
const GA_SESSION_MAX = 120;
const YEAR = /^(?:19|20)\d{2}$/;
/** A reference numbered in a year's series, "1769 (2007)" (never "59/268"). */
const YEAR_QUALIFIED_REF = /^\d{1,4}(?: [A-H](?: to [A-H])?)?\s*\((?:19|20)\d{2}\)$/;

type Organ = "GA" | "SC" | "ECOSOC" | "HRC" | null;

function organOf(printed: string | undefined): Organ {
  if (!printed) return null;
  // An organ's name may wrap across lines ("Security" / "Council resolution 1325 (2000)").
  const name = printed.replace(/\s+/g, " ");
  if (/General Assembly|^Assembly$/.test(name)) return "GA";
  if (/Security Council/.test(name)) return "SC";
  if (/Economic and Social Council|ECOSOC/.test(name)) return "ECOSOC";
  if (/Human Rights Council/.test(name)) return "HRC";
  return null;
}

/** An organ named in full (a bare "Council" says too little after the reference). */
const ORGAN_IN_SENTENCE = new RegExp(ORGAN.replace("|Council", ""));

/**
 * Where a sentence ends: a full stop before white space or the text's end, also with a footnote
 * mark after the stop ("… in its resolution 68/247.1" as text extraction prints a superscript,
 * "…68/247.[^1]" in Markdown, "…68/247.¹") when a capital opens the next sentence — else the next
 * paragraph's organ ("Security Council resolution 2067 (2013)") was taken for this reference's.
 * A decimal ("3.5 per cent") goes on in lower case and ends nothing.
 */
const SENTENCE_END = /\.(?:\s|$)|\.(?:\d{1,2}|\[\^[^\]\s]{1,10}\]|[\u00B9\u00B2\u00B3\u2070-\u2079]{1,2})(?=\s+[A-Z]|\s*$)/;

/** The organ named in the rest of the sentence ("In its resolution 59/268, the General Assembly …"). */
function organInSentence(text: string, from: number): Organ {
  const rest = text.slice(from, from + 300);
  const sentence = rest.split(SENTENCE_END)[0] ?? rest;
  const m = ORGAN_IN_SENTENCE.exec(sentence);
  return organOf(m?.[0]);
}

/** Canonical symbols for one prose reference (several when "A to C" names parts). */
export function proseResolutionSymbols(ref: string, organ: Organ): string[] {
  const m = /^(\d{1,4})(?:\/(\d{1,4}))?(?: ([A-H])(?: to ([A-H]))?)?(?:\s*\(((?:19|20)\d{2}|(?:E?S-)?[IVXLC]+)\))?$/.exec(ref);
  if (!m) return [];
  const [, a, b, p1, p2, q] = m;
  const letters: Array<string | null> = [];
  if (p1 && p2) for (let c = p1.charCodeAt(0); c <= p2.charCodeAt(0); c++) letters.push(String.fromCharCode(c));
  else letters.push(p1 ?? null);
  const withPart = (base: string) => letters.map((l) => (l ? `${base} ${l}` : base));
  if (b !== undefined) {
    if (q) return []; // "59/268 (2005)" is no known shape
    if (YEAR.test(a!)) return withPart(`E/RES/${a}/${b}`);
    const n = Number(a);
    if (organ === "HRC") return withPart(`A/HRC/RES/${a}/${b}`);
    if (n >= GA_SESSION_MIN && n <= GA_SESSION_MAX && (organ === "GA" || organ === null)) return withPart(`A/RES/${a}/${b}`);
    return [];
  }
  if (!q) return []; // a bare number is not enough to know the organ
  if (YEAR.test(q)) return organ === "GA" ? [] : withPart(`S/RES/${a}`).map((s) => `${s} (${q})`);
  return organ === "SC" ? [] : withPart(`A/RES/${a}`).map((s) => `${s} (${q})`);
}

/**
 * Prose resolution references: "General Assembly resolution 59/268", "resolutions 1325 (2000) and
 * 1820 (2008)", "in its resolution 59/268, the General Assembly". The first span starts at the
 * organ (or the word "resolution"); further references in a list span their own numbers.
 */
export function findProseResolutions(text: string): SymbolSpan[] {
  const spans: SymbolSpan[] = [];
  for (const m of text.matchAll(PROSE_RESOLUTION)) {
    const named = organOf(m[1]);
    const organ = named ?? organInSentence(text, m.index + m[0].length);
    const listStart = m.index + m[0].length - m[2]!.length;
    let first = true;
    for (const r of m[2]!.matchAll(PROSE_REF)) {
      const refStart = listStart + r.index;
      const start = first ? m.index : refStart;
      const end = refStart + r[0].length;
      // "resolution 2060 (2012)" is the Security Council's way of citing: an organ named later in
      // the sentence ("…, resolution 2060 (2012) and General Assembly resolution 64/183") is
      // another reference's, so a numbered-by-year reference takes only an organ printed before it.
      const refOrgan = YEAR_QUALIFIED_REF.test(r[0]) ? named : organ;
      for (const normalized of proseResolutionSymbols(r[0], refOrgan)) {
        spans.push({ type: "resolution", text: text.slice(start, end), normalized, start, end, malformed: false });
      }
      first = false;
    }
  }
  return spans;
}

/**
 * Symbols printed with OCR look-alike glyphs (`A/62/8O`, `S/RES/l769 (2007)`): the text as
 * printed, the canonical form of the one symbol the grammar reads after the substitutions.
 */
export function findMisreadSymbols(text: string): SymbolSpan[] {
  return findRepairableSymbols(text).map((r) => ({
    type: r.scanned.kind,
    text: text.slice(r.start, r.start + r.scanned.end),
    normalized: r.scanned.canonical,
    start: r.start,
    end: r.start + r.scanned.end,
    malformed: r.scanned.malformed,
    confusions: r.edits,
  }));
}

/**
 * Every symbol in the text: printed symbols (read through OCR look-alikes where the grammar
 * needs it) and prose resolution references, in text order. A misread symbol replaces what the
 * grammar made of its printed form (`A/RES/62` of `A/RES/62/Z37`); a prose reference overlapping
 * a printed symbol is dropped (the printed form is more precise).
 */
export function findSymbols(text: string): SymbolSpan[] {
  const overlaps = (a: SymbolSpan, b: SymbolSpan) => a.start < b.end && b.start < a.end;
  const grammar = findPrintedSymbols(text);
  // A repair fills what the grammar could not read: it may extend a symbol read from its start
  // (`A/RES/62` of `A/RES/62/Z37`), never override one read elsewhere in it.
  const misread = findMisreadSymbols(text).filter((m) => grammar.every((s) => !overlaps(m, s) || s.start === m.start));
  const printed = [...grammar.filter((s) => !misread.some((m) => overlaps(m, s))), ...misread];
  const prose = findProseResolutions(text).filter((p) => !printed.some((s) => overlaps(s, p)));
  return [...printed, ...prose].sort((x, y) => x.start - y.start || x.end - y.end);
}
