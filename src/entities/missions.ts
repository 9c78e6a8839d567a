/**
 * Mission recogniser over the gazetteer (data/un-missions.tsv, ctx.data.missions): acronyms,
 * alias acronyms and names, longest match first, plus the mission lists of a compact's mandates.
 */
import type { MissionRecord } from "../data/index.js";
import type { Mission } from "../model/output.js";
import { Coverage, mapFolded } from "../normalize/text.js";
// Deep import: natural's root pulls in every module (and optional native deps).
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";

export interface MissionSpan {
  type: "mission";
  text: string;
  /** The gazetteer key (canonical acronym). */
  normalized: string;
  start: number;
  end: number;
}

/** Acronyms that are ordinary text in most documents: accepted only in "Name (ACR)" pairs or mission lists. */
export const PAIR_ONLY_ACRONYMS: ReadonlySet<string> = new Set(["LRA"]);

/** An alias is an acronym when it has no lower-case word: "UNIIC", "UNEF-I", "FUNU I", "OSESG-HoA". */
const ACRONYM_SHAPE = /^[A-Z][A-Za-z0-9-]*(?: [IVX]+)?$/;
const isAcronym = (s: string) => ACRONYM_SHAPE.test(s) && (s.match(/[A-Z]/g) ?? []).length >= 2 && !/[a-z]{3}/.test(s);

export interface Gazetteer {
  byAcronym: ReadonlyMap<string, MissionRecord>;
  /** Folded name (lower case, no hyphens, single spaces) → record. */
  byName: ReadonlyMap<string, MissionRecord>;
  /** All acronyms, longest first, for the alternation. */
  acronymPattern: RegExp;
  names: readonly string[];
}

/** Case- and hyphen-insensitive form of a name: "Peace-building" = "Peacebuilding". */
export function foldName(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[\u2010-\u2015-]/g, "").replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function buildGazetteer(records: readonly MissionRecord[]): Gazetteer {
  const byAcronym = new Map<string, MissionRecord>();
  const byName = new Map<string, MissionRecord>();
  // Keys first, so an alias never shadows another mission's own acronym.
  for (const r of records) byAcronym.set(r.acronym, r);
  for (const r of records) {
    byName.set(foldName(r.name), r);
    for (const a of r.aliases) {
      if (isAcronym(a)) {
        if (!byAcronym.has(a)) byAcronym.set(a, r);
      } else if (!byName.has(foldName(a))) byName.set(foldName(a), r);
    }
  }
  const acronyms = [...byAcronym.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  // Case-sensitive, whole token: not inside a word, not glued to a hyphen ("LRA-affected").
  const acronymPattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${acronyms.join("|")})(?![\\p{L}\\p{N}-])`, "gu");
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  return { byAcronym, byName, acronymPattern, names };
}

/** "Name (ACR)": a name followed by its acronym in parentheses. */
const PAIR = /\(([A-Z][A-Za-z0-9-]{1,14})\)/g;


/**
 * Every mission mention: names (longest first), then acronyms (longest first). A pair-only
 * acronym counts only in "Name (ACR)" form or when the caller says it sits in a mission list.
 */
export function findMissions(text: string, gaz: Gazetteer, opts: { listRanges?: ReadonlyArray<[number, number]> } = {}): MissionSpan[] {
  const spans: MissionSpan[] = [];
  const covered = new Coverage(text.length);
  const folded = mapFolded(text);
  for (const name of gaz.names) {
    let from = 0;
    for (;;) {
      const i = folded.text.indexOf(name, from);
      if (i < 0) break;
      from = i + 1;
      const j = i + name.length;
      // Word boundaries on the folded text: a name must not run into a longer word.
      if (/[\p{L}\p{N}]/u.test(folded.text[i - 1] ?? "") || /[\p{L}\p{N}]/u.test(folded.text[j] ?? "")) continue;
      const start = folded.map[i]!;
      const end = folded.map[j - 1]! + 1;
      if (covered.overlaps(start, end)) continue;
      covered.claim(start, end);
      spans.push({ type: "mission", text: text.slice(start, end), normalized: gaz.byName.get(name)!.acronym, start, end });
    }
  }
  const inList = (pos: number) => (opts.listRanges ?? []).some(([s, e]) => pos >= s && pos < e);
  for (const m of text.matchAll(gaz.acronymPattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.overlaps(start, end)) continue;
    if (PAIR_ONLY_ACRONYMS.has(m[0]) && !inList(start)) {
      // "(LRA)" counts only right after this mission's own name, not after "Lord's Resistance Army".
      const key = gaz.byAcronym.get(m[0])!.acronym;
      const paired =
        text[start - 1] === "(" &&
        text[end] === ")" &&
        spans.some((s) => s.normalized === key && s.end < start && /^\s*$/.test(text.slice(s.end, start - 1)));
      if (!paired) continue;
    }
    spans.push({ type: "mission", text: m[0], normalized: gaz.byAcronym.get(m[0])!.acronym, start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

// ---- mission lists in a compact ----

/**
 * A line introducing a list of missions: ends with a colon and speaks of operations or missions
 * ("Mandates for 17 peacekeeping operations:", "… special political missions:").
 */
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

export interface ListedMission extends Mission {
  /** Offsets of the acronym (or name) as printed, for warnings and provenance. */
  start: number;
  end: number;
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
  let best: { r: MissionRecord; score: number } | null = null;
  for (const n of gaz.names) {
    if (Math.abs(n.length - f.length) > f.length * FUZZY_LENGTH_SLACK) continue;
    const score = jaroWinkler(f, n);
    if (!best || score > best.score) best = { r: gaz.byName.get(n)!, score };
  }
  return best && best.score >= FUZZY_NAME_MIN ? best.r : null;
}

/** One list item → a mission, or null when the line is not a mission item (the list ends). */
function readItem(line: LineRef, gaz: Gazetteer, kind: Mission["kind"], at: (i: number) => number = (i) => line.start + i): ListedMission[] | null {
  const lead = BULLET.exec(line.text)?.[0].length ?? 0;
  const body = line.text.slice(lead).replace(/\s+$/, "");
  if (!body) return null;
  // Several pairs on one line: "UN Mission in Sudan (UNMIS), UN Mission in Liberia (UNMIL) and …".
  const pairEnds = [...body.matchAll(/\(([A-Z][A-Za-z0-9-]{1,14})\)\s*(?:[,;]|\band\b)\s*/g)];
  if (pairEnds.length > 0) {
    const out: ListedMission[] = [];
    let from = 0;
    for (const cut of [...pairEnds.map((m) => m.index + m[0].length), body.length]) {
      const raw = body.slice(from, cut);
      // "…(UNMIL), and United Nations …": the conjunction belongs to neither item.
      const skip = /^and\s+/.exec(raw)?.[0].length ?? 0;
      const piece = raw.slice(skip).replace(/(?:[,;]|\band)\s*$/, "").trimEnd();
      const pieceStart = from + skip;
      from = cut;
      if (!piece) continue;
      const items = readItem({ text: piece, start: 0 }, gaz, kind, (i) => at(lead + pieceStart + i));
      if (!items) return null;
      out.push(...items);
    }
    return out;
  }
  const pair = ITEM_PAIR.exec(body);
  if (pair) {
    const [, printedName, acronym] = pair;
    const rec = gaz.byAcronym.get(acronym!) ?? null;
    const start = at(lead + body.lastIndexOf(`(${acronym})`) + 1);
    const name = printedName!.replace(/\s+/g, " ").trim();
    // An item is a name, not a sentence: it starts with a capital and stays short.
    if (!/^\p{Lu}/u.test(name) || name.split(" ").length > MAX_ITEM_WORDS) return null;
    return [
      {
        acronym: acronym!,
        canonical: rec?.acronym ?? null,
        name: name || rec?.name || null,
        kind: kind ?? rec?.kind ?? null,
        known: rec !== null,
        start,
        end: start + acronym!.length,
      },
    ];
  }
  // "UNMIS, UNAMID and UNMIL": known acronyms only.
  const words = body.split(/\s*(?:,|;|\band\b)\s*/).map((w) => w.replace(/[.]$/, "")).filter(Boolean);
  if (words.length > 0 && words.every((w) => gaz.byAcronym.has(w))) {
    let from = 0;
    return words.map((w) => {
      const pos = body.indexOf(w, from);
      from = pos + w.length;
      const rec = gaz.byAcronym.get(w)!;
      const start = at(lead + pos);
      return { acronym: w, canonical: rec.acronym, name: rec.name, kind: kind ?? rec.kind, known: true, start, end: start + w.length };
    });
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
function readWrappedItem(lines: readonly LineRef[], i: number, gaz: Gazetteer, kind: Mission["kind"]): { items: ListedMission[]; last: number } | null {
  const single = readItem(lines[i]!, gaz, kind);
  if (single) return { items: single, last: i };
  // Only a line that can be the start of a name wraps: no parenthesis, colon or sentence end.
  const canWrap = (t: string) => !/[():]|[.;]\s*$/.test(t);
  if (!canWrap(lines[i]!.text)) return null;
  let joined = lines[i]!.text.replace(/\s+$/, "");
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
    const items = readItem({ text: joined, start: lines[i]!.start }, gaz, kind, at);
    if (items) return { items, last: k };
  }
  return null;
}

/**
 * The missions a compact's mandate lists name, in document order, each once. A list starts at a
 * heading line and runs over its items (blank lines allowed) until the first line that is no item.
 * Returns the list ranges too, so the mention recogniser can accept pair-only acronyms inside them.
 */
export function findMissionLists(lines: readonly LineRef[], gaz: Gazetteer): { missions: ListedMission[]; ranges: Array<[number, number]> } {
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
    const heading = LIST_HEADING.exec(lines[i]!.text);
    if (!heading) continue;
    const kind = headingKind(lines[i]!.text);
    const rangeStart = lines[i]!.start;
    let rangeEnd = lines[i]!.start + lines[i]!.text.length;
    // Items on the heading line itself: "… operations: UNMIS, UNAMID."
    const inline = heading[1]!.trim();
    if (inline) {
      const offset = lines[i]!.start + lines[i]!.text.length - heading[1]!.length;
      const items = readItem({ text: heading[1]!, start: offset }, gaz, kind);
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
      const read = readWrappedItem(lines, j, gaz, kind);
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
