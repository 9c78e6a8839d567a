import { normalizeSpace } from "../vocab/text.js";
import type { Context, Doc, CompactBody } from "../model/doc.js";
import { addWarning } from "../model/doc.js";
import { readCompactMetadata } from "./metadata.js";
import type { OrganizationRecord } from "../data/index.js";

export function emptyCompact(): CompactBody {
  return {
    title: null, year: null, manager: null, counterpart: null, entity: null,
    sections: [], objectives: [], missions: [], challenges: [], signatures: [],
  };
}

const fold = (s: string) => normalizeSpace(s.toLowerCase().replace(/[\u2010-\u2015-]/g, ""));

function knownAcronym(name: string, ctx: Context): string | null {
  return organizationIndex(ctx.data.organizations).byFolded.get(fold(name))?.acronym ?? null;
}

/** The table's spelling of a name that differs from it in letter case only (text is otherwise kept verbatim). */
function knownName(name: string, ctx: Context): string | null {
  return organizationIndex(ctx.data.organizations).byCaseless.get(caseless(name))?.name ?? null;
}

const caseless = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

interface OrganizationIndex {
  /** The first record (in table order) with a name or alias that folds to the key. */
  byFolded: ReadonlyMap<string, OrganizationRecord>;
  /** The first record whose name, lower-cased with single spaces, is the key. */
  byCaseless: ReadonlyMap<string, OrganizationRecord>;
}

/**
 * The organisation table's names folded once per loaded data set (a batch converts thousands of
 * compacts with one `ctx.data`), keyed weakly by the records array: each compact folded every
 * record's name and aliases again to find one. The first record to give a key keeps it, as the
 * table search in order found it.
 */
const organizationIndexes = new WeakMap<readonly OrganizationRecord[], OrganizationIndex>();
export function organizationIndex(records: readonly OrganizationRecord[]): OrganizationIndex {
  let index = organizationIndexes.get(records);
  if (!index) {
    const byFolded = new Map<string, OrganizationRecord>();
    const byCaseless = new Map<string, OrganizationRecord>();
    const keep = (map: Map<string, OrganizationRecord>, key: string, o: OrganizationRecord) => {
      if (!map.has(key)) map.set(key, o);
    };
    for (const o of records) {
      keep(byFolded, fold(o.name), o);
      for (const a of o.aliases) keep(byFolded, fold(a), o);
      keep(byCaseless, caseless(o.name), o);
    }
    index = { byFolded, byCaseless };
    organizationIndexes.set(records, index);
  }
  return index;
}

/** "Under-Secretary-General for Safety and Security": what the manager heads, after "for". */
const HEAD_OF_RE = /\b(?:Under-|Assistant\s+)?Secretary-General\s+for\s+(?:the\s+)?([A-Z][^;]+?)\s*$/;
/** What a department's or office's folded name opens with before its field: "department of (the) ". */
const HEADED_UNIT_RE = /^(?:department|office)\s+(?:of|for)\s+(?:the\s+)?/;
/** A running header or title that opens with the entity's acronym: "DMSPC – Senior Manager’s Compact 2012". */
const ACRONYM_TITLE_RE = /^\s*([A-Z][A-Z-]{1,9})\s*[–—:-]\s*Senior\s+Manager/i;
/** Head lines searched for such a header. */
const ACRONYM_TITLE_LINES = 8;

/**
 * The entity when no line names it: the department or office of the organizations table whose
 * name the manager's title ends with ("… Secretary-General for Management Strategy, Policy and
 * Compliance" heads the "Department of Management Strategy, Policy and Compliance"), else the one
 * whose acronym opens a running header or title ("DMSPC – Senior Manager’s Compact 2012").
 */
function entityFromTable(layout: Doc["layout"], manager: CompactBody["manager"], ctx: Context): CompactBody["entity"] {
  const of = manager?.title ? HEAD_OF_RE.exec(manager.title)?.[1] : undefined;
  if (of) {
    const key = fold(of);
    const rec = ctx.data.organizations.find((o) => {
      const name = fold(o.name);
      const head = HEADED_UNIT_RE.exec(name);
      return head !== null && name.slice(head[0].length) === key;
    });
    if (rec) return { name: rec.name, acronym: rec.acronym };
  }
  const head = layout.pages.find((p) => p.lines.length > 0)?.lines.slice(0, ACRONYM_TITLE_LINES) ?? [];
  for (const l of head) {
    const acronym = ACRONYM_TITLE_RE.exec(l.text)?.[1];
    const rec = acronym ? ctx.data.organizations.find((o) => o.acronym === acronym) : undefined;
    if (rec) return { name: rec.name, acronym: rec.acronym };
  }
  return null;
}

/** Compact metadata: title, year, the two parties, the entity, challenges and signatures. */
export function compactStage(doc: Doc, ctx: Context): Doc {
  if (doc.kind !== "compact") return doc;
  const meta = readCompactMetadata(doc.layout);
  meta.entity ??= entityFromTable(doc.layout, meta.manager, ctx);
  // The document need not use its own acronym; the organizations table knows the usual one.
  if (meta.entity && meta.entity.acronym === null) meta.entity.acronym = knownAcronym(meta.entity.name, ctx);
  // An entity read from capitals was title-cased by rule; the organizations table knows its spelling.
  if (meta.entity) meta.entity.name = knownName(meta.entity.name, ctx) ?? meta.entity.name;
  doc.compact = { ...emptyCompact(), ...meta };
  if (meta.year === null) addWarning(doc, "COMPACT_NO_YEAR", "no year found in the compact's title or preamble");
  if (!meta.manager) addWarning(doc, "COMPACT_NO_MANAGER", "no 'Between <manager>, <title>, and <counterpart>' preamble found");
  if (!meta.entity) addWarning(doc, "COMPACT_NO_ENTITY", "no department or office found");
  return doc;
}
