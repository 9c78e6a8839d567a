/**
 * Mission recogniser over the gazetteer (data/un-missions.tsv, ctx.data.missions): acronyms,
 * alias acronyms and names, longest match first, plus the mission lists of a compact's mandates.
 */
import { normalizeSpace } from "../vocab/text.js";
import type { MissionRecord } from "../data/index.js";
import type { Mission } from "../model/output.js";
import { Coverage, foldedWords, isWordUnit, mapFolded, type FoldedText } from "../normalize/text.js";
// Deep import: natural's root pulls in every module (and optional native deps).
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import type { Confusion } from "./ocr-repair.js";

export interface MissionSpan {
  type: "mission";
  text: string;
  /** The gazetteer key (canonical acronym). */
  normalized: string;
  start: number;
  end: number;
  /** Read through an OCR confusion (`UNM1L` for UNMIL): the substitution; the stage warns. */
  confusion?: Confusion;
}

/**
 * Reads an acronym the gazetteer does not know as printed, where OCR may have misread it
 * (entities/ocr-repair.ts): the acronym meant and its record, or null. `offset` is where the
 * acronym is printed, so the caller can allow repairs on OCR'd pages only. Pure.
 */
export type AcronymRepairer = (printed: string, offset: number) => { meant: string; record: MissionRecord; confusion: Confusion } | null;

/** Acronyms that are ordinary text in most documents: accepted only in "Name (ACR)" pairs or mission lists. */
export const PAIR_ONLY_ACRONYMS: ReadonlySet<string> = new Set(["LRA"]);

/** An alias is an acronym when it has no lower-case word: "UNIIC", "UNEF-I", "FUNU I", "OSESG-HoA". */
const ACRONYM_SHAPE = /^[A-Z][A-Za-z0-9-]*(?: [IVX]+)?$/;
export const isAcronym = (s: string) => ACRONYM_SHAPE.test(s) && (s.match(/[A-Z]/g) ?? []).length >= 2 && !/[a-z]{3}/.test(s);

export interface Gazetteer {
  byAcronym: ReadonlyMap<string, MissionRecord>;
  /** Folded name (lower case, no hyphens, single spaces) → record. */
  byName: ReadonlyMap<string, MissionRecord>;
  names: readonly string[];
  /** Names by their first two words (one for one-word names), longest first: see findMissions. */
  namesByLead: ReadonlyMap<string, readonly string[]>;
  /** The first word of every key of namesByLead: a text word that is none of them starts no name. */
  leadWords: ReadonlySet<string>;
  /**
   * The first two characters of every lead word where both are ASCII (a one-letter word: the letter
   * and a space), as a slot per pair: a text word whose pair is unmarked is no lead word, told
   * without cutting the word out of the text.
   */
  leadPairs: Uint8Array;
  /**
   * Names of three words or more by their first two words, a space and the third word's first
   * character ("united nations m"), longest first: "united nations" alone leads 138 names.
   */
  namesByLeadAndNext: ReadonlyMap<string, readonly string[]>;
  /**
   * The first two characters of every acronym key where both are ASCII (a one-character key: the
   * character and 0), a slot per pair, plus a flag for keys opening otherwise: a token whose pair
   * is unmarked is no key, told without cutting it out of the text.
   */
  acronymPairs: Uint8Array;
  /** Some acronym key does not open with two ASCII characters (then every token is looked up). */
  acronymPairsPartial: boolean;
  /** Memo of fuzzy name look-ups: the gazetteer lives as long as its data, and lists repeat names. */
  fuzzyMemo: Map<string, MissionRecord | null>;
}

/** The lookup key of a folded name or text position: its first two words. */
function leadKey(words: readonly string[]): string {
  return words.slice(0, 2).join(" ");
}

/** Case- and hyphen-insensitive form of a name: "Peace-building" = "Peacebuilding". */
export function foldName(name: string): string {
  return normalizeSpace(name.normalize("NFKC").toLowerCase().replace(/[\u2010-\u2015-]/g, "").replace(/[’‘]/g, "'"));
}


export function buildGazetteer(records: readonly MissionRecord[]): Gazetteer {
  const byAcronym = new Map<string, MissionRecord>();
  const byName = new Map<string, MissionRecord>();
  // Keys first, so an alias never shadows another mission's own acronym.
  for (const r of records) byAcronym.set(r.acronym, r);
  // An acronym whose hyphen joins a word ("OSE-Syria", "OSESG-HoA") broken at that hyphen across
  // a line end is printed without it by a text layer that undoes line-end hyphenation
  // ("OSESyria"): no acronym is spelt so (capitals run straight into a lower-case word), so the
  // joined form names the same mission, unless another one's acronym is spelt so.
  for (const r of records)
    for (const a of [r.acronym, ...r.aliases.filter(isAcronym)]) {
      const joined = /^[A-Z]{2,}-[A-Z][a-z]/.test(a) ? a.replace(/-(?=[A-Z][a-z])/g, "") : null;
      if (joined && joined !== a && !byAcronym.has(joined)) byAcronym.set(joined, r);
    }
  for (const r of records) {
    byName.set(foldName(r.name), r);
    for (const a of r.aliases) {
      if (isAcronym(a)) {
        if (!byAcronym.has(a)) byAcronym.set(a, r);
      } else if (!byName.has(foldName(a))) byName.set(foldName(a), r);
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const namesByLead = new Map<string, string[]>();
  for (const n of names) {
    const key = leadKey(n.split(" "));
    namesByLead.set(key, [...(namesByLead.get(key) ?? []), n]);
  }
  const leadWords = new Set([...namesByLead.keys()].map((k) => k.split(" ")[0]!));
  const leadPairs = new Uint8Array(1 << 14);
  for (const w of leadWords) {
    const a = w.charCodeAt(0);
    const b = w.length > 1 ? w.charCodeAt(1) : 0x20;
    if (a < 0x80 && b < 0x80) leadPairs[(a << 7) | b] = 1;
  }
  const namesByLeadAndNext = new Map<string, string[]>();
  for (const n of names) {
    const words = n.split(" ");
    if (words.length < 3) continue;
    const key = n.slice(0, leadKey(words).length + 2);
    namesByLeadAndNext.set(key, [...(namesByLeadAndNext.get(key) ?? []), n]);
  }
  const acronymPairs = new Uint8Array(1 << 14);
  let acronymPairsPartial = false;
  for (const k of byAcronym.keys()) {
    const a = k.charCodeAt(0);
    const b = k.length > 1 ? k.charCodeAt(1) : 0;
    if (a < 0x80 && b < 0x80) acronymPairs[(a << 7) | b] = 1;
    else acronymPairsPartial = true;
  }
  return { byAcronym, byName, names, namesByLead, leadWords, leadPairs, namesByLeadAndNext, acronymPairs, acronymPairsPartial, fuzzyMemo: new Map() };
}

/** "Name (ACR)": a name followed by its acronym in parentheses. */
/** Bound on remembered fuzzy look-ups, so a long batch cannot grow the memo without limit. */
const MAX_FUZZY_MEMO = 20_000;

/**
 * A token that may be a mission acronym: a capital, then letters/digits, hyphenated parts
 * ("OSESG-GL"), an optional roman numeral ("UNEF II"); never inside a word or glued to a hyphen
 * ("LRA-affected" is one token, and no acronym). Looked up in the gazetteer's map: one regex pass
 * instead of an alternation of every acronym.
 */
export const ACRONYM_TOKEN = /(?<![\p{L}\p{N}-])[A-Z][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?: [IVX]{1,4})?(?![\p{L}\p{N}-])/gu;
/** ACRONYM_TOKEN at one position (its `lastIndex` set there): where a token's shape is not plain ASCII. */
const ACRONYM_TOKEN_AT = new RegExp(ACRONYM_TOKEN.source, "uy");

/** ASCII letter or digit. */
const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/**
 * Every match of ACRONYM_TOKEN in `text`, as [start, end) pairs in order, without a regex pass
 * over every character: a token opens at a capital A–Z not preceded by an ASCII letter, digit or
 * hyphen (any other character before it is left to the pattern's look-behind). A token of ASCII
 * letters and digits ended by ASCII punctuation, a space not followed by I, V or X, or the text's
 * end is what the pattern matches there (its hyphen parts and roman numeral need a hyphen or
 * "space + I/V/X", and its look-ahead accepts such an end); any other token is matched by the
 * pattern itself at that position (ACRONYM_TOKEN_AT). After a token the scan resumes at its end,
 * as the global pattern's does.
 */
export function acronymTokens(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) continue;
    if (i > 0) {
      const b = text.charCodeAt(i - 1);
      if (b === 0x2d || isAsciiWord(b)) continue;
    }
    let j = i + 1;
    while (j < n && isAsciiWord(text.charCodeAt(j))) j++;
    const d = j < n ? text.charCodeAt(j) : -1;
    const e = j + 1 < n ? text.charCodeAt(j + 1) : -1;
    const plain = d === -1 || (d < 0x80 && d !== 0x2d && !(d === 0x20 && (e === 0x49 || e === 0x56 || e === 0x58)));
    if (plain && (i === 0 || text.charCodeAt(i - 1) < 0x80)) {
      out.push(i, j);
      i = j - 1;
      continue;
    }
    ACRONYM_TOKEN_AT.lastIndex = i;
    const m = ACRONYM_TOKEN_AT.exec(text);
    if (m) {
      out.push(i, i + m[0].length);
      i += m[0].length - 1;
    }
  }
  return out;
}

const PAIR = /\(([A-Z][A-Za-z0-9-]{1,14})\)/g;


/**
 * The first (longest) of `names` printed at i of the folded text and ending at a word boundary.
 * Name matches never overlap (each starts at or after the previous one's end, and the folded
 * text's offsets map in order), so no coverage check is needed here.
 */
function firstNameAt(ft: string, i: number, names: readonly string[] | undefined): string | null {
  if (!names) return null;
  for (const name of names) {
    const j = i + name.length;
    if (ft.startsWith(name, i) && !isWordUnit(ft.charCodeAt(j))) return name;
  }
  return null;
}

/**
 * Whether the name found ending at `end` of the text is the head of a longer gazetteer name cut by
 * the line's end: the rest of its line reads as that longer name's next words and stops there,
 * and the word that would follow stands on the next line ("United Nations Office for West Africa
 * and the" at the end of a right column's line, "Sahel (UNOWAS)" on the column's next line, the
 * left column's prose before it in the text). The longer name is meant, not the shorter one it
 * opens with.
 */
export function cutAtLineEnd(name: string, text: string, end: number, longer: readonly string[] | undefined): boolean {
  if (!longer) return false;
  const eol = text.indexOf("\n", end);
  const rest = eol < 0 ? "" : foldName(text.slice(end, eol));
  if (!rest) return false;
  const head = `${name} ${rest} `;
  // Most lines go on with other words than a longer name's: the next line is read only for those that fit.
  const fitting = longer.filter((n) => n.length > head.length && n.startsWith(head));
  if (fitting.length === 0) return false;
  // The longer name's next word stands on the next line (in its column): "Sahel (UNOWAS)".
  const nextEol = text.indexOf("\n", eol + 1);
  const nextWords = new Set(foldName(text.slice(eol + 1, nextEol < 0 ? text.length : nextEol)).split(/[^\p{L}\p{N}']+/u));
  return fitting.some((n) => nextWords.has(n.slice(head.length).split(" ")[0]!));
}

/**
 * Every mission mention: names (longest first), then acronyms (longest first). A pair-only
 * acronym counts only in "Name (ACR)" form or when the caller says it sits in a mission list.
 */
export function findMissions(
  text: string,
  gaz: Gazetteer,
  opts: { listRanges?: ReadonlyArray<[number, number]>; folded?: FoldedText; repair?: AcronymRepairer } = {},
): MissionSpan[] {
  const spans: MissionSpan[] = [];
  const covered = new Coverage(text.length);
  const folded = opts.folded ?? mapFolded(text);
  let skipTo = 0;
  // One pass over word starts, leftmost-longest: at each word, only the names that begin with its
  // first two words are tried (a handful), instead of searching the whole text once per name. A
  // word that opens no name (most of them) costs one set look-up. The word starts are the folded
  // text's index (foldedWords), shared with the organisation scan.
  const ft = folded.text;
  const n = ft.length;
  const words = foldedWords(folded).starts;
  for (let w = 0; w < words.length; w++) {
    const i = words[w]!;
    if (i < skipTo) continue;
    // Most words open no name: their first two characters already say so (ASCII pairs; the rest,
    // and a word at the very end, take the look-up below).
    const c0 = ft.charCodeAt(i);
    const c1 = ft.charCodeAt(i + 1);
    if (c0 < 0x80 && c1 < 0x80 && gaz.leadPairs[(c0 << 7) | c1] === 0) continue;
    // The word's first two space-separated tokens. A name's lead words may end in punctuation the
    // text glues on ("cameroon/nigeria"), so both the two-word and the one-word key are tried.
    const space = ft.indexOf(" ", i);
    const first = space < 0 ? ft.slice(i) : ft.slice(i, space);
    if (!gaz.leadWords.has(first)) continue;
    const hasSecond = space >= 0 && space + 1 < n && ft.charCodeAt(space + 1) !== 0x20;
    const secondEnd = hasSecond ? ft.indexOf(" ", space + 1) : -1;
    const two = !hasSecond ? null : secondEnd < 0 ? ft.slice(i) : ft.slice(i, secondEnd);
    // Longest first: a name of three words or more (only those whose third word starts with the
    // text's next character can match), then the two words as a name, then the first word alone.
    // A name found among the longer ones always contains a shorter one that matches too.
    const longer = two !== null && ft.charCodeAt(i + two.length) === 0x20 ? gaz.namesByLeadAndNext.get(ft.slice(i, i + two.length + 2)) : undefined;
    const name = firstNameAt(ft, i, longer) ?? (two !== null && gaz.byName.has(two) ? two : gaz.byName.has(first) ? first : null);
    if (name !== null) {
      const j = i + name.length;
      const start = folded.map.at(i);
      const end = folded.map.at(j - 1) + 1;
      if (cutAtLineEnd(name, text, end, longer)) continue;
      covered.claim(start, end);
      spans.push({ type: "mission", text: text.slice(start, end), normalized: gaz.byName.get(name)!.acronym, start, end });
      skipTo = j;
    }
  }
  const inList = (pos: number) => (opts.listRanges ?? []).some(([s, e]) => pos >= s && pos < e);
  const tokens = acronymTokens(text);
  // Without a repairer, a token that is no key and has no roman numeral to drop is passed over:
  // most tokens are capitalised words, ruled out by their first two characters.
  const pairs = opts.repair || gaz.acronymPairsPartial ? null : gaz.acronymPairs;
  for (let t = 0; t < tokens.length; t += 2) {
    const tokenStart = tokens[t]!;
    const tokenEnd = tokens[t + 1]!;
    if (pairs !== null) {
      const a = text.charCodeAt(tokenStart);
      const b = tokenEnd - tokenStart > 1 ? text.charCodeAt(tokenStart + 1) : 0;
      if (b < 0x80 && b !== 0x20 && pairs[(a << 7) | b] === 0) continue;
    }
    const tokenText = text.slice(tokenStart, tokenEnd);
    // Longest match: "UNEF II" before "UNEF"; a trailing roman numeral that makes no key is a word
    // (only a token with a space has one).
    const key = gaz.byAcronym.has(tokenText) || tokenText.indexOf(" ") < 0 ? tokenText : tokenText.replace(/ [IVX]+$/, "");
    if (!gaz.byAcronym.has(key)) {
      const fix = opts.repair?.(tokenText, tokenStart);
      const end = tokenStart + tokenText.length;
      if (fix && !covered.overlaps(tokenStart, end)) {
        spans.push({ type: "mission", text: tokenText, normalized: fix.record.acronym, start: tokenStart, end, confusion: fix.confusion });
      }
      continue;
    }
    const m = [key] as const;
    const start = tokenStart;
    const end = start + m[0].length;
    if (covered.overlaps(start, end)) continue;
    if (PAIR_ONLY_ACRONYMS.has(m[0]) && !inList(start)) {
      // "(LRA)" counts only right after this mission's own name, not after "Lord's Resistance Army".
      const key = gaz.byAcronym.get(m[0])!.acronym;
      const paired =
        text[start - 1] === "(" &&
        text[end] === ")" &&
        spans.some((s) => s.normalized === key && s.end < start && /^\s*$/.test(text.slice(s.end, start - 1)));
      // Or coordinated with other missions' acronyms ("the needs of UNDOF, LRA and UNOWA"): a list
      // of missions, not the armed group.
      if (!paired && !amongMissionAcronyms(text, start, end, gaz)) continue;
    }
    spans.push({ type: "mission", text: m[0], normalized: gaz.byAcronym.get(m[0])!.acronym, start, end });
  }
  // An acronym cut at its own hyphen across a line end ("OSE-" / "Syria", "OSESG-" / "GL"): no
  // token holds it whole; the two parts with the hyphen are looked up as one.
  if (text.includes("-\n"))
    for (const b of brokenAcronyms(text)) {
      const key = `${b[1]}-${b[2]}`;
      const start = b.index, end = start + b[0].length;
      if (gaz.byAcronym.has(key) && !covered.overlaps(start, end)) spans.push({ type: "mission", text: b[0], normalized: gaz.byAcronym.get(key)!.acronym, start, end });
    }
  return spans.sort((a, b) => a.start - b.start);
}
/** A hyphenated acronym broken at its hyphen at a line's end (blank lines may stand between the parts). */
export const BROKEN_ACRONYM_RE = /(?<![\p{L}\p{N}-])([A-Z][A-Za-z]{1,9})-[ \t]*\n\s*([A-Z][\p{L}\p{N}]*)(?![\p{L}\p{N}-])/gu;
/** BROKEN_ACRONYM_RE at one position (its `lastIndex` set there). */
const BROKEN_ACRONYM_AT = new RegExp(BROKEN_ACRONYM_RE.source, "uy");
/** The head before the hyphen: a capital and 1 to 9 letters (BROKEN_ACRONYM_RE's first group). */
const BROKEN_HEAD_MIN = 2, BROKEN_HEAD_MAX = 10;

/**
 * Every match of BROKEN_ACRONYM_RE in `text`, in order, as `text.matchAll` gives them, without a
 * pass of the pattern (a Unicode look-behind first: tried at every character) over the whole text.
 * A match's hyphen is the first one after its start (the head is letters) and is followed by
 * spaces or tabs and a line break; so every match starts 2 to 10 characters before such a hyphen.
 * Those positions only are tried, in ascending order, each with the pattern anchored there
 * (BROKEN_ACRONYM_AT), and the scan resumes after a match, as the global pattern's does.
 */
export function brokenAcronyms(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let h = text.indexOf("-"); h >= 0; h = text.indexOf("-", h + 1)) {
    let j = h + 1;
    while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    if (text.charCodeAt(j) !== 0x0a) continue;
    for (let p = Math.max(from, h - BROKEN_HEAD_MAX); p <= h - BROKEN_HEAD_MIN; p++) {
      BROKEN_ACRONYM_AT.lastIndex = p;
      const m = BROKEN_ACRONYM_AT.exec(text);
      if (m) {
        out.push(m);
        from = p + m[0].length;
        break;
      }
    }
  }
  return out;
}

// ---- mission lists in a compact ----

/**
 * A line introducing a list of missions: ends with a colon and speaks of operations or missions
 * ("Mandates for 17 peacekeeping operations:", "… special political missions:").
 */
/** A line that continues a wrapped list item rather than starting one: "(ACRONYM)" or lower case. */
const CONTINUATION_START = /^\s*[(a-z]/;
const LIST_HEADING = /\b(?:operations|missions|offices|mandates)\b[^:]*:\s*(.*)$/i;
const HEADING_POLITICAL = /\bpolitical\b|\bpeace-?building\b|\benvoys?\b/i;
const HEADING_PEACEKEEPING = /\bpeace-?keeping\b/i;
/** Bullet glyphs and dashes at the start of a list item. */
const BULLET = /^[\s\u2022\u25aa\u25cf\u2013\u2014*·\\-]*(?:o\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?\s*/u;
/** A list item "Name (ACR)", optionally with trailing punctuation. */
const ITEM_PAIR = /^(.*?)\s*\(([A-Z][A-Za-z0-9-]{1,14})\)\s*[.;,]?$/;
/** A list item may wrap onto this many further lines (long names in narrow PDF columns). */
const MAX_ITEM_CONTINUATION_LINES = 2;
/** Minimum Jaro-Winkler similarity to accept a printed name as a gazetteer name (typos, small wording changes). */
export const FUZZY_NAME_MIN = 0.95;
/** A fuzzy candidate's length may differ from the printed name's by this fraction. */
const FUZZY_LENGTH_SLACK = 0.15;
/** Longer than any mission name (the longest has about 130 characters): not a name. */
const MAX_NAME_CHARS = 160;
/** Longest mission name in the gazetteer has about 20 words; a longer "name" is a sentence. */
const MAX_ITEM_WORDS = 25;

export interface ListedMission extends Omit<Mission, "listed"> {
  /** Offsets of the acronym (or name) as printed, for warnings and provenance. */
  start: number;
  end: number;
  /** The acronym as OCR read it and the confusion repaired (`acronym` is then the one meant). */
  misread?: { printed: string; confusion: Confusion };
}

export interface LineRef {
  text: string;
  start: number;
}

function headingKind(heading: string): Mission["kind"] {
  const political = HEADING_POLITICAL.test(heading);
  const peacekeeping = HEADING_PEACEKEEPING.test(heading);
  // "peacekeeping operations and special political missions:" names both: the gazetteer decides.
  if (political && peacekeeping) return null;
  if (political) return "political";
  if (peacekeeping) return "peacekeeping";
  return null;
}

function fuzzyName(name: string, gaz: Gazetteer): MissionRecord | null {
  const f = foldName(name);
  const exact = gaz.byName.get(f);
  if (exact) return exact;
  // Names differ in length by a few characters at most when they are the same name with a typo;
  // skipping the rest keeps list scanning cheap on long documents.
  if (f.length > MAX_NAME_CHARS) return null;
  const memo = gaz.fuzzyMemo.get(f);
  if (memo !== undefined) return memo;
  let best: { r: MissionRecord; score: number } | null = null;
  let truncated = false;
  for (const n of gaz.names) {
    // The printed name stops where a gazetteer name's word ends, and that name goes on: the rest is
    // on a line not read with it ("United Nations Assistance Mission in" / "Afghanistan (UNAMA)"),
    // no typo of another name (Jaro-Winkler's prefix bonus rates it close to "… for Iraq").
    if (n.length > f.length && n.charCodeAt(f.length) === 0x20 && n.startsWith(f)) truncated = true;
    if (Math.abs(n.length - f.length) > f.length * FUZZY_LENGTH_SLACK) continue;
    const score = jaroWinkler(f, n);
    if (!best || score > best.score) best = { r: gaz.byName.get(n)!, score };
  }
  const found = best && best.score >= FUZZY_NAME_MIN && !truncated ? best.r : null;
  if (gaz.fuzzyMemo.size < MAX_FUZZY_MEMO) gaz.fuzzyMemo.set(f, found);
  return found;
}

/** A "(ACR)" pair followed by a comma, semicolon or "and": another item follows on the line. */
const PAIR_END = /\(([A-Z][A-Za-z0-9-]{1,14})\)\s*(?:[,;]|\band\b)\s*/g;
/** A name opens with a capital letter (any script). */
const OPENS_UPPER = /^\p{Lu}/u;
/** Words of a single-spaced name: what `name.split(" ").length` counts, without the array. */
export function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(" "); i >= 0; i = name.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * Where a line's items end: after each PAIR_END match, then the line's end (the body's length
 * alone when no pair ends an item). An exec loop on one pattern where `matchAll` cloned the
 * pattern on every listed item.
 */
export function pairEnds(body: string): number[] {
  const cuts: number[] = [];
  PAIR_END.lastIndex = 0;
  for (let m = PAIR_END.exec(body); m !== null; m = PAIR_END.exec(body)) {
    // matchAll steps past an empty match; this pattern's matches are never empty.
    cuts.push(m.index + m[0].length);
  }
  cuts.push(body.length);
  return cuts;
}

/** One list item → a mission, or null when the line is not a mission item (the list ends). */
function readItem(
  line: LineRef,
  gaz: Gazetteer,
  kind: Mission["kind"],
  at: (i: number) => number = (i) => line.start + i,
  repair?: AcronymRepairer,
): ListedMission[] | null {
  const lead = BULLET.exec(line.text)?.[0].length ?? 0;
  const body = line.text.slice(lead).trimEnd();
  if (!body) return null;
  // Several pairs on one line: "UN Mission in Sudan (UNMIS), UN Mission in Liberia (UNMIL) and …".
  const cuts = pairEnds(body);
  if (cuts.length > 1) {
    const out: ListedMission[] = [];
    let from = 0;
    for (const cut of cuts) {
      const raw = body.slice(from, cut);
      // "…(UNMIL), and United Nations …": the conjunction belongs to neither item.
      const skip = /^and\s+/.exec(raw)?.[0].length ?? 0;
      const piece = raw.slice(skip).replace(/(?:[,;]|\band)\s*$/, "").trimEnd();
      const pieceStart = from + skip;
      from = cut;
      if (!piece) continue;
      const items = readItem({ text: piece, start: 0 }, gaz, kind, (i) => at(lead + pieceStart + i), repair);
      if (!items) return null;
      out.push(...items);
    }
    return out;
  }
  const pair = ITEM_PAIR.exec(body);
  if (pair) {
    const [, printedName, printed] = pair;
    const start = at(lead + body.lastIndexOf(`(${printed})`) + 1);
    const fix = gaz.byAcronym.has(printed!) ? null : (repair?.(printed!, start) ?? null);
    const rec = gaz.byAcronym.get(printed!) ?? fix?.record ?? null;
    const name = normalizeSpace(printedName!);
    // An item is a name, not a sentence: it starts with a capital and stays short.
    if (!OPENS_UPPER.test(name) || wordCount(name) > MAX_ITEM_WORDS) return null;
    const item: ListedMission = {
      acronym: fix?.meant ?? printed!,
      canonical: rec?.acronym ?? null,
      name: name || rec?.name || null,
      kind: kind ?? rec?.kind ?? null,
      known: rec !== null,
      start,
      end: start + printed!.length,
    };
    if (fix) item.misread = { printed: printed!, confusion: fix.confusion };
    return [item];
  }
  // "UNMIS, UNAMID and UNMIL": known acronyms only.
  const words = body.split(/\s*(?:,|;|\band\b)\s*/).map((w) => w.replace(/[.]$/, "")).filter(Boolean);
  if (words.length > 0) {
    let from = 0;
    const read = words.map((w) => {
      const pos = body.indexOf(w, from);
      from = pos + w.length;
      const start = at(lead + pos);
      const known = gaz.byAcronym.get(w);
      const fix = known ? null : (repair?.(w, start) ?? null);
      return { w, start, rec: known ?? fix?.record, fix };
    });
    if (read.every((r) => r.rec)) {
      return read.map(({ w, start, rec, fix }) => {
        const item: ListedMission = { acronym: fix?.meant ?? w, canonical: rec!.acronym, name: rec!.name, kind: kind ?? rec!.kind, known: true, start, end: start + w.length };
        if (fix) item.misread = { printed: w, confusion: fix.confusion };
        return item;
      });
    }
  }
  // A name alone.
  const rec = fuzzyName(body.replace(/[.;,]$/, ""), gaz);
  if (rec) {
    const start = at(lead);
    return [{ acronym: rec.acronym, canonical: rec.acronym, name: body.replace(/[.;,]$/, "").replace(/\s+/g, " "), kind: kind ?? rec.kind, known: true, start, end: at(lead + body.length) }];
  }
  return null;
}

/**
 * An item on line i, or wrapped over the next lines ("… Mission in the Democratic" / "Republic of
 * the Congo (MONUC)"). Returns the items and the index of the last line used.
 */
/** Share of words two names have in common (Dice on lower-cased word sets). */
function wordDice(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const x = words(a), y = words(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/**
 * Does `next` continue the list item begun on `current`? Yes when it opens with "(" or lower case;
 * and when `current` has no "(ACR)" but `next` closes a known mission's pair whose gazetteer name
 * the two lines together fit better than `next` alone ("Office of the Special Envoy … of the
 * United" / "Nations for the future status process for Kosovo (UNOSEK)"), unlike two items on
 * adjacent lines ("… in Sudan" / "United Nations Mission in Liberia (UNMIL)").
 */
function continuesItem(current: string, next: string, gaz: Gazetteer): boolean {
  const cur = current.slice(BULLET.exec(current)?.[0].length ?? 0).trim();
  const nxt = next.trim();
  if (!nxt || !cur) return false;
  if (CONTINUATION_START.test(next)) return true;
  if (ITEM_PAIR.test(cur)) return false;
  const pair = ITEM_PAIR.exec(nxt);
  if (!pair) return false;
  const rec = gaz.byAcronym.get(pair[2]!);
  if (!rec) return false;
  const fit = (name: string) => Math.max(...[rec.name, ...rec.aliases].map((n) => wordDice(name, n)));
  return fit(`${cur} ${pair[1]}`) > fit(pair[1]!);
}

function readWrappedItem(lines: readonly LineRef[], i: number, gaz: Gazetteer, kind: Mission["kind"], repair?: AcronymRepairer): { items: ListedMission[]; last: number } | null {
  const single = readItem(lines[i]!, gaz, kind, undefined, repair);
  // A next line opening with "(" or lower case continues this item ("… Republic and Chad" /
  // "(MINURCAT)"): read the whole item before settling for a name-only match of its first line.
  const next = lines[i + 1];
  const continued = !!next && continuesItem(lines[i]!.text, next.text, gaz);
  if (single && !continued) return { items: single, last: i };
  const fallback = single ? { items: single, last: i } : null;
  // Only a line that can be the start of a name wraps: no parenthesis, colon or sentence end.
  const canWrap = (t: string) => !/[():]|[.;]\s*$/.test(t);
  if (!canWrap(lines[i]!.text)) return fallback;
  let joined = lines[i]!.text.trimEnd();
  const pieces: Array<{ from: number; start: number }> = [{ from: 0, start: lines[i]!.start }];
  for (let k = i + 1; k <= i + MAX_ITEM_CONTINUATION_LINES && k < lines.length; k++) {
    const next = lines[k]!;
    if (!next.text.trim()) break;
    const lead = next.text.length - next.text.trimStart().length;
    pieces.push({ from: joined.length + 1, start: next.start + lead });
    joined += ` ${next.text.trim()}`;
    const at = (pos: number) => {
      const p = [...pieces].reverse().find((x) => pos >= x.from)!;
      return p.start + (pos - p.from);
    };
    // Only a complete "Name (ACR)" pair may close a wrapped item: a bare name across lines is too loose.
    if (!ITEM_PAIR.test(joined.trim())) {
      if (!canWrap(next.text)) break;
      continue;
    }
    const items = readItem({ text: joined, start: lines[i]!.start }, gaz, kind, at, repair);
    if (items) return { items, last: k };
  }
  return fallback;
}

/**
 * The missions a compact's mandate lists name, in document order, each once. A list starts at a
 * heading line and runs over its items (blank lines allowed) until the first line that is no item.
 * Returns the list ranges too, so the mention recogniser can accept pair-only acronyms inside them.
 */
/** An acronym right before ", " / " and " / ", and " that joins it to the next list member. */
const COORDINATED_BEFORE = /([A-Z][A-Za-z-]{1,15})(?:,\s+(?:and\s+)?|\s+and\s+)$/;
const COORDINATED_AFTER = /^(?:,\s+(?:and\s+)?|\s+and\s+)([A-Z][A-Za-z-]{1,15})/;
/** Characters looked at on either side of an acronym for its list neighbours. */
const COORDINATION_REACH = 24;

/**
 * Whether the acronym at start–end is coordinated with another mission's acronym on either side
 * ("UNDOF, LRA and UNOWA"): a member of a list of missions.
 */
function amongMissionAcronyms(text: string, start: number, end: number, gaz: Gazetteer): boolean {
  const before = COORDINATED_BEFORE.exec(text.slice(Math.max(0, start - COORDINATION_REACH), start))?.[1];
  const after = COORDINATED_AFTER.exec(text.slice(end, end + COORDINATION_REACH))?.[1];
  const isOther = (w: string | undefined) => !!w && gaz.byAcronym.has(w) && !PAIR_ONLY_ACRONYMS.has(w);
  return isOther(before) || isOther(after);
}

/** A run-on list of missions left open at a line's end: a comma, "and", or a hyphen inside an acronym. */
const RUN_ON_OPEN = /(?:,|\band|[A-Z]-)$/;

export function findMissionLists(lines: readonly LineRef[], gaz: Gazetteer, repair?: AcronymRepairer): { missions: ListedMission[]; ranges: Array<[number, number]> } {
  const missions: ListedMission[] = [];
  const ranges: Array<[number, number]> = [];
  const seen = new Set<string>();
  const add = (m: ListedMission) => {
    const key = m.canonical ?? m.acronym;
    if (seen.has(key)) return;
    seen.add(key);
    missions.push(m);
  };
  for (let i = 0; i < lines.length; i++) {
    // LIST_HEADING needs a colon: most lines have none and skip the case-insensitive pattern.
    const heading = lines[i]!.text.includes(":") ? LIST_HEADING.exec(lines[i]!.text) : null;
    if (!heading) continue;
    const kind = headingKind(lines[i]!.text);
    const rangeStart = lines[i]!.start;
    let rangeEnd = lines[i]!.start + lines[i]!.text.length;
    // Items on the heading line itself: "… operations: UNMIS, UNAMID."
    const inline = heading[1]!.trim();
    if (inline) {
      const offset = lines[i]!.start + lines[i]!.text.length - heading[1]!.length;
      // A run-on list wrapped onto the next lines ("…: UNOMIG, UNMIT, MONUC," / "UNDOF, …, LRA,
      // UNOGBIS and UNTOP."; an acronym cut at its own hyphen, "OSE-" / "Syria"): while the list is
      // left open, the next line goes on with it if the whole still reads as missions.
      let body = heading[1]!;
      let items = readItem({ text: body, start: offset }, gaz, kind, undefined, repair);
      for (let j = i + 1; j < lines.length && RUN_ON_OPEN.test(body.trimEnd()); j++) {
        const next = lines[j]!;
        const more = next.text.trim();
        if (!more) continue;
        const joined = body.trimEnd().endsWith("-") ? `${body.trimEnd()}${more}` : `${body.trimEnd()} ${more}`;
        const read = readItem({ text: joined, start: offset }, gaz, kind, undefined, repair);
        if (!read) break;
        body = joined;
        items = read;
        rangeEnd = next.start + next.text.length;
        i = j;
      }
      if (items) {
        items.forEach(add);
        ranges.push([rangeStart, rangeEnd]);
      }
      continue;
    }
    let found = 0;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.text.trim()) continue;
      const read = readWrappedItem(lines, j, gaz, kind, repair);
      if (!read) break;
      read.items.forEach(add);
      found += read.items.length;
      j = read.last;
      rangeEnd = lines[j]!.start + lines[j]!.text.length;
    }
    if (found > 0) {
      ranges.push([rangeStart, rangeEnd]);
      i = j - 1;
    }
  }
  return { missions, ranges };
}
