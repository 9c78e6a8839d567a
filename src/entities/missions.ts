/**
 * Mission recogniser over the gazetteer (data/un-missions.tsv, ctx.data.missions): acronyms,
 * alias acronyms and names, longest match first, plus the mission lists of a compact's mandates.
 */
import type { MissionRecord } from "../data/index.js";
import type { Mission } from "../model/output.js";
import { mapFolded } from "../normalize/text.js";
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

function overlaps(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/**
 * Every mission mention: names (longest first), then acronyms (longest first). A pair-only
 * acronym counts only in "Name (ACR)" form or when the caller says it sits in a mission list.
 */
export function findMissions(text: string, gaz: Gazetteer, opts: { listRanges?: ReadonlyArray<[number, number]> } = {}): MissionSpan[] {
  const spans: MissionSpan[] = [];
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
      if (overlaps(spans, start, end)) continue;
      spans.push({ type: "mission", text: text.slice(start, end), normalized: gaz.byName.get(name)!.acronym, start, end });
    }
  }
  const inList = (pos: number) => (opts.listRanges ?? []).some(([s, e]) => pos >= s && pos < e);
  for (const m of text.matchAll(gaz.acronymPattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(spans, start, end)) continue;
    if (PAIR_ONLY_ACRONYMS.has(m[0])) {
      const paired = text[start - 1] === "(" && text[end] === ")";
      if (!paired && !inList(start)) continue;
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
const LIST_HEADING = /\b(?:operations|missions|offices)\b[^:]*:\s*(.*)$/i;
const HEADING_POLITICAL = /\bpolitical\b|\bpeace-?building\b|\benvoys?\b/i;
const HEADING_PEACEKEEPING = /\bpeace-?keeping\b/i;
/** Bullet glyphs and dashes at the start of a list item. */
const BULLET = /^[\s\u2022\u25aa\u25cf\u2013\u2014*·o-]*\s*/u;
/** A list item "Name (ACR)", optionally with trailing punctuation. */
const ITEM_PAIR = /^(.*?)\s*\(([A-Z][A-Za-z0-9-]{1,14})\)\s*[.;,]?$/;
/** Minimum Jaro-Winkler similarity to accept a printed name as a gazetteer name (typos, small wording changes). */
export const FUZZY_NAME_MIN = 0.95;
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
  if (HEADING_POLITICAL.test(heading)) return "political";
  if (HEADING_PEACEKEEPING.test(heading)) return "peacekeeping";
  return null;
}

function fuzzyName(name: string, gaz: Gazetteer): MissionRecord | null {
  const f = foldName(name);
  const exact = gaz.byName.get(f);
  if (exact) return exact;
  let best: { r: MissionRecord; score: number } | null = null;
  for (const n of gaz.names) {
    const score = jaroWinkler(f, n);
    if (!best || score > best.score) best = { r: gaz.byName.get(n)!, score };
  }
  return best && best.score >= FUZZY_NAME_MIN ? best.r : null;
}

/** One list item → a mission, or null when the line is not a mission item (the list ends). */
function readItem(line: LineRef, gaz: Gazetteer, kind: Mission["kind"]): ListedMission[] | null {
  const lead = BULLET.exec(line.text)?.[0].length ?? 0;
  const body = line.text.slice(lead).replace(/\s+$/, "");
  if (!body) return null;
  const pair = ITEM_PAIR.exec(body);
  if (pair) {
    const [, printedName, acronym] = pair;
    const rec = gaz.byAcronym.get(acronym!) ?? null;
    const start = line.start + lead + body.lastIndexOf(`(${acronym})`) + 1;
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
      const at = body.indexOf(w, from);
      from = at + w.length;
      const rec = gaz.byAcronym.get(w)!;
      const start = line.start + lead + at;
      return { acronym: w, canonical: rec.acronym, name: rec.name, kind: kind ?? rec.kind, known: true, start, end: start + w.length };
    });
  }
  // A name alone.
  const rec = fuzzyName(body.replace(/[.;,]$/, ""), gaz);
  if (rec) {
    const start = line.start + lead;
    return [{ acronym: rec.acronym, canonical: rec.acronym, name: body.replace(/[.;,]$/, ""), kind: kind ?? rec.kind, known: true, start, end: start + body.length }];
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
      const items = readItem(line, gaz, kind);
      if (!items) break;
      items.forEach(add);
      found += items.length;
      rangeEnd = line.start + line.text.length;
    }
    if (found > 0) {
      ranges.push([rangeStart, rangeEnd]);
      i = j - 1;
    }
  }
  return { missions, ranges };
}
