/**
 * Organization recogniser: UN bodies and departments from data/organizations.tsv, plus acronym
 * definitions learned per document ("High-level Committee on Management (HLCM)").
 */
import type { OrganizationRecord } from "../data/index.js";
import { foldName } from "./missions.js";
import { Coverage, mapFolded, type FoldedText } from "../normalize/text.js";

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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What findOrganizations matches: folded names longest first, and one pattern of every acronym. */
interface CompiledOrgs {
  names: ReadonlyArray<readonly [string, OrganizationRecord]>;
  acronyms: ReadonlyMap<string, OrganizationRecord>;
  acronymPattern: RegExp | null;
}

/** A name is matched as a name when it has a space or a lower-case letter; otherwise it is an acronym. */
const isNameLike = (n: string) => /\s/.test(n) || /[a-z]/.test(n);

function compileOrgs(records: readonly OrganizationRecord[]): CompiledOrgs {
  const names: Array<[string, OrganizationRecord]> = [];
  for (const r of records) for (const n of [r.name, ...r.aliases]) if (isNameLike(n)) names.push([foldName(n), r]);
  // Stable: names of equal length keep the records' order.
  names.sort((a, b) => b[0].length - a[0].length);
  const acronyms = new Map<string, OrganizationRecord>();
  for (const r of records) {
    if (r.acronym) acronyms.set(r.acronym, r);
    for (const a of r.aliases) if (!/\s/.test(a) && !/[a-z]/.test(a)) acronyms.set(a, r);
  }
  const alt = [...acronyms.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  const acronymPattern = acronyms.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alt})(?![\\p{L}\\p{N}])`, "gu") : null;
  return { names, acronyms, acronymPattern };
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
    compiled = compileOrgs(records);
    compiledTables.set(records, compiled);
  }
  return compiled;
}

/**
 * Every organization mention: names (longest first), then acronyms, case-sensitive. `records` is
 * the (long-lived) table, compiled once; `learned` are this document's own definitions, matched as
 * if appended to the table.
 */
export function findOrganizations(
  text: string,
  records: readonly OrganizationRecord[],
  folded: FoldedText = mapFolded(text),
  learned: readonly OrganizationRecord[] = [],
): OrgSpan[] {
  const { names, acronyms, acronymPattern } = learned.length === 0 ? compiledFor(records) : compileOrgs([...records, ...learned]);
  const spans: OrgSpan[] = [];
  const covered = new Coverage(text.length);
  const key = (r: OrganizationRecord) => r.acronym ?? r.name;
  for (const [name, r] of names) {
    let from = 0;
    for (;;) {
      const i = folded.text.indexOf(name, from);
      if (i < 0) break;
      from = i + 1;
      const j = i + name.length;
      if (/[\p{L}\p{N}]/u.test(folded.text[i - 1] ?? "") || /[\p{L}\p{N}]/u.test(folded.text[j] ?? "")) continue;
      const start = folded.map[i]!;
      const end = folded.map[j - 1]! + 1;
      // Names are proper nouns: the printed form must start with a capital ("the fifth committee" is prose).
      if (!/^\p{Lu}/u.test(text[start] ?? "") || text[end] === "-") continue;
      if (covered.overlaps(start, end)) continue;
      covered.claim(start, end);
      spans.push({ type: "organization", text: text.slice(start, end), normalized: key(r), start, end });
    }
  }
  if (acronymPattern) {
    for (const m of text.matchAll(acronymPattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered.overlaps(start, end)) continue;
      spans.push({ type: "organization", text: m[0], normalized: key(acronyms.get(m[0])!), start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
