/**
 * Organization recogniser: UN bodies and departments from data/organizations.tsv, plus acronym
 * definitions learned per document ("High-level Committee on Management (HLCM)").
 */
import type { OrganizationRecord } from "../data/index.js";
import { foldName } from "./missions.js";
import { Coverage, foldedWords, isWordUnit, mapFolded, type FoldedText } from "../normalize/text.js";
import { escapeRegExp } from "../vocab/text.js";

export interface OrgSpan {
  type: "organization";
  text: string;
  /** The acronym when the body has one, else its name. */
  normalized: string;
  start: number;
  end: number;
}

/** A learned definition names a body: its name contains one of these head words. */
export const ORG_HEAD_WORDS =
  /\b(?:Committee|Board|Department|Office|Commission|Council|Unit|Division|Service|Section|Programme|Fund|Agency|Organization|Group|Network|Panel|Tribunal|Court|Secretariat|Union|Centre|Center|Institute|Bank|Assembly|Bureau)\b/;
/** Small words allowed inside a name but not at its start. */
const NAME_JOINERS = new Set(["of", "for", "on", "and", "the", "in", "to", "de", "des", "du", "la", "le"]);
/** "Name (ACR)": 2–10 capitals (a lower-case letter or digit inside is allowed, e.g. "UNDESA", "OSESG-HoA"). */
const DEFINITION = /\(([A-Z][A-Za-z0-9-]{1,9})\)/g;
/** How far back a definition may reach, in words: long names like CEB's have 8 content words. */
const MAX_NAME_WORDS = 14;

export interface OrgTable {
  records: readonly OrganizationRecord[];
}

/**
 * Learn "Name (ACR)" definitions of bodies from the text. The name is the run of capitalised
 * words (joiners allowed inside) right before the parenthesis, cut so that it starts with the
 * acronym's first letter. Acronyms the caller already knows as missions are skipped.
 */
export function learnDefinitions(text: string, skip: (acronym: string) => boolean = () => false): OrganizationRecord[] {
  const learned = new Map<string, OrganizationRecord>();
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[1]!;
    if (!/[A-Z].*[A-Z]/.test(acronym) || skip(acronym) || learned.has(acronym)) continue;
    const before = text.slice(Math.max(0, m.index - 200), m.index).replace(/\s+$/, "");
    const words = before.split(/\s+/);
    const name: string[] = [];
    for (let k = words.length - 1; k >= 0 && name.length < MAX_NAME_WORDS; k--) {
      const w = words[k]!;
      if (/^\p{Lu}/u.test(w) || NAME_JOINERS.has(w)) name.unshift(w);
      else break;
    }
    while (name.length > 0 && NAME_JOINERS.has(name[0]!)) name.shift();
    // Start the name where its initials spell the acronym ("High-level Committee on Management"
    // → H L C M); failing that, where they begin with it ("Chief Executives Board for Coordination").
    const starts = name.map((w, k) => (w[0] === acronym[0] ? k : -1)).filter((k) => k >= 0);
    const spelled = (k: number) => initials(name.slice(k));
    const startAt =
      starts.find((k) => spelled(k) === acronym.toUpperCase()) ??
      starts.find((k) => spelled(k).startsWith(acronym.toUpperCase())) ??
      starts[starts.length - 1] ??
      -1;
    if (startAt < 0) continue;
    const full = name.slice(startAt).join(" ");
    if (!ORG_HEAD_WORDS.test(full)) continue;
    learned.set(acronym, { acronym, name: full, aliases: [] });
  }
  return [...learned.values()];
}

/** First letters of the content words, hyphenated parts counted ("High-level" → "HL"). */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => !NAME_JOINERS.has(w))
    .flatMap((w) => w.split("-"))
    .map((p) => p.replace(/^[^\p{L}]+/u, "")[0] ?? "")
    .join("")
    .toUpperCase();
}


/**
 * What findOrganizations matches, for one group of records (the table, or a document's learned
 * definitions): folded names longest first (stable: records' order among equal lengths), the
 * acronyms, a pattern of every acronym (longest first), and the names by their first two
 * characters, for a single pass over the text instead of one search per name.
 */
interface CompiledOrgs {
  names: ReadonlyArray<readonly [string, OrganizationRecord]>;
  acronyms: ReadonlyMap<string, OrganizationRecord>;
  acronymPattern: RegExp | null;
  /** Indices into `names` by their first two characters (see NameBuckets). */
  buckets: NameBuckets;
  /** Every name opens with an ASCII letter or digit: it can only be printed at a word start. */
  asciiWordOpenings: boolean;
}

/**
 * Name indices by the name's first two UTF-16 units: an array slot for two ASCII units (most
 * names; no hashing on the hot path), a map for the rest, and one-unit names by their unit.
 */
interface NameBuckets {
  ascii: (number[] | undefined)[];
  other: Map<number, number[]>;
  single: Map<number, number[]>;
}

/** The slot of two ASCII units. */
const asciiSlot = (a: number, b: number) => (a << 7) | b;

function bucketOf(b: NameBuckets, a: number, c: number): number[] | undefined {
  if (a < 0x80 && c < 0x80 && b.ascii.length > 0) return b.ascii[asciiSlot(a, c)];
  return b.other.get(a * 0x10000 + c);
}

/** A name is matched as a name when it has a space or a lower-case letter; otherwise it is an acronym. */
const isNameLike = (n: string) => /\s/.test(n) || /[a-z]/.test(n);

/**
 * `dense`: name buckets in an array slot per pair of ASCII characters (16,384 slots: for the
 * long-lived table); a document's few learned names go in the map alone.
 */
function compileOrgs(records: readonly OrganizationRecord[], dense: boolean): CompiledOrgs {
  const names: Array<[string, OrganizationRecord]> = [];
  for (const r of records) for (const n of [r.name, ...r.aliases]) if (isNameLike(n)) names.push([foldName(n), r]);
  // Stable: names of equal length keep the records' order.
  names.sort((a, b) => b[0].length - a[0].length);
  const acronyms = new Map<string, OrganizationRecord>();
  for (const r of records) {
    if (r.acronym) acronyms.set(r.acronym, r);
    for (const a of r.aliases) if (!/\s/.test(a) && !/[a-z]/.test(a)) acronyms.set(a, r);
  }
  const buckets: NameBuckets = { ascii: dense ? new Array<number[] | undefined>(1 << 14).fill(undefined) : [], other: new Map(), single: new Map() };
  const add = (map: Map<number, number[]>, key: number, k: number) => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  names.forEach(([name], k) => {
    if (name.length === 0) return; // an empty name matches nowhere (indexOf would match everywhere: never in the data)
    const a = name.charCodeAt(0);
    if (name.length === 1) return add(buckets.single, a, k);
    const c = name.charCodeAt(1);
    if (dense && a < 0x80 && c < 0x80) (buckets.ascii[asciiSlot(a, c)] ??= []).push(k);
    else add(buckets.other, a * 0x10000 + c, k);
  });
  const asciiWordOpenings = names.every(([name]) => name.length > 0 && name.charCodeAt(0) < 0x80 && isWordUnit(name.charCodeAt(0)));
  return { names, acronyms, acronymPattern: acronymPatternOf([...acronyms.keys()]), buckets, asciiWordOpenings };
}

/** Every acronym, longest first, as whole tokens (not inside a word, not after a hyphen). */
function acronymPatternOf(keys: readonly string[]): RegExp | null {
  if (keys.length === 0) return null;
  const alt = [...keys].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alt})(?![\\p{L}\\p{N}])`, "gu");
}

/**
 * The organization table compiled once per loaded data set (folding ~200 names and building a
 * pattern of every acronym cost more than matching them in a page of text), keyed weakly by its
 * records array like the mission gazetteer.
 */
const compiledTables = new WeakMap<readonly OrganizationRecord[], CompiledOrgs>();
function compiledFor(records: readonly OrganizationRecord[]): CompiledOrgs {
  let compiled = compiledTables.get(records);
  if (!compiled) {
    compiled = compileOrgs(records, true);
    compiledTables.set(records, compiled);
  }
  return compiled;
}

/** A printed name: which group's name (0 the table, 1 learned), its index there, where it starts. */
interface NameHit {
  group: number;
  k: number;
  length: number;
  at: number;
}

/**
 * Every place a folded name is printed as a whole word (not glued to a letter or digit on either
 * side), for each group: one pass over the positions where a word can start, trying only the names
 * that begin with the text's next two characters.
 */
function nameHits(folded: FoldedText, groups: readonly CompiledOrgs[]): NameHit[] {
  const hits: NameHit[] = [];
  const ft = folded.text;
  const n = ft.length;
  // Where every name opens with an ASCII letter or digit and the text has no surrogate, the places
  // to try are the folded text's word starts (foldedWords, shared with the mission scan): each is
  // a letter or digit unit after none, and every other such place opens with no name's first unit.
  const words = groups.every((g) => g.asciiWordOpenings) ? foldedWords(folded) : null;
  const starts = words?.unitStarts ? words.starts : null;
  const count = starts ? starts.length : n;
  for (let w = 0; w < count; w++) {
    const i = starts ? starts[w]! : w;
    if (!starts && i > 0 && isWordUnit(ft.charCodeAt(i - 1))) continue;
    const a = ft.charCodeAt(i);
    for (let group = 0; group < groups.length; group++) {
      const { names, buckets } = groups[group]!;
      for (let pass = 0; pass < 2; pass++) {
        const ks = pass === 0 ? (i + 1 < n ? bucketOf(buckets, a, ft.charCodeAt(i + 1)) : undefined) : buckets.single.size > 0 ? buckets.single.get(a) : undefined;
        if (!ks) continue;
        // The bucket's names share the text's first two units (one unit: the single bucket); their
        // third unit, compared first, rules most of them out without a startsWith call.
        const third = ft.charCodeAt(i + 2);
        for (const k of ks) {
          const name = names[k]![0];
          if (name.length > 2 && name.charCodeAt(2) !== third) continue;
          if (!ft.startsWith(name, i) || isWordUnit(ft.charCodeAt(i + name.length))) continue;
          hits.push({ group, k, length: name.length, at: i });
        }
      }
    }
  }
  return hits;
}

/**
 * Every organization mention: names (longest first), then acronyms, case-sensitive. `records` is
 * the (long-lived) table, compiled once; `learned` are this document's own definitions, matched as
 * if appended to the table (their names after the table's among names of one length, their
 * acronyms in one pattern with the table's).
 */
export function findOrganizations(
  text: string,
  records: readonly OrganizationRecord[],
  folded: FoldedText = mapFolded(text),
  learned: readonly OrganizationRecord[] = [],
): OrgSpan[] {
  const table = compiledFor(records);
  const groups = learned.length === 0 ? [table] : [table, compileOrgs(learned, false)];
  const spans: OrgSpan[] = [];
  const covered = new Coverage(text.length);
  const key = (r: OrganizationRecord) => r.acronym ?? r.name;
  // Names claim text longest first, then in the table's order, then left to right: the hits of a
  // one-pass scan are put in the order a search per name, name after name, would meet them.
  const hits = nameHits(folded, groups).sort((a, b) => b.length - a.length || a.group - b.group || a.k - b.k || a.at - b.at);
  for (const { group, k, length, at: i } of hits) {
    const r = groups[group]!.names[k]![1];
    const j = i + length;
    const start = folded.map.at(i);
    const end = folded.map.at(j - 1) + 1;
    // Names are proper nouns: the printed form must start with a capital ("the fifth committee" is prose).
    if (!/^\p{Lu}/u.test(text[start] ?? "") || text[end] === "-") continue;
    if (covered.overlaps(start, end)) continue;
    covered.claim(start, end);
    spans.push({ type: "organization", text: text.slice(start, end), normalized: key(r), start, end });
  }
  // Acronyms: leftmost, and the longest at one place, over the table's and the learned ones, as
  // one pattern of both would match: each group's pattern gives its own leftmost-longest match
  // from a position, and the earlier (at one place the longer) of the two is taken.
  const acronyms = learned.length === 0 ? table.acronyms : new Map([...table.acronyms, ...groups[1]!.acronyms]);
  // A group's match at or after `from` stays its next match until `from` passes it (the look-behind
  // does not depend on where the search started), so each pattern searches again only then.
  const patterns = groups.map((g) => g.acronymPattern).filter((p): p is RegExp => p !== null);
  const next: (RegExpExecArray | null | undefined)[] = patterns.map(() => undefined);
  for (let from = 0; ; ) {
    let m: RegExpExecArray | null = null;
    for (let g = 0; g < patterns.length; g++) {
      let found = next[g];
      if (found === undefined || (found !== null && found.index < from)) {
        const p = patterns[g]!;
        p.lastIndex = from;
        found = next[g] = p.exec(text);
      }
      if (found && (!m || found.index < m.index || (found.index === m.index && found[0].length > m[0].length))) m = found;
    }
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    from = end;
    if (covered.overlaps(start, end)) continue;
    spans.push({ type: "organization", text: m[0], normalized: key(acronyms.get(m[0])!), start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}
