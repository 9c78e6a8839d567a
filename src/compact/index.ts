import { normalizeSpace } from "../vocab/text.js";
import type { Context, Doc, CompactBody } from "../model/doc.js";
import { addWarning } from "../model/doc.js";
import { readCompactMetadata } from "./metadata.js";

export function emptyCompact(): CompactBody {
  return {
    title: null, year: null, manager: null, counterpart: null, entity: null,
    sections: [], objectives: [], missions: [], challenges: [], signatures: [],
  };
}

const fold = (s: string) => normalizeSpace(s.toLowerCase().replace(/[\u2010-\u2015-]/g, ""));

function knownAcronym(name: string, ctx: Context): string | null {
  const key = fold(name);
  const rec = ctx.data.organizations.find((o) => fold(o.name) === key || o.aliases.some((a) => fold(a) === key));
  return rec?.acronym ?? null;
}

/** The table's spelling of a name that differs from it in letter case only (text is otherwise kept verbatim). */
function knownName(name: string, ctx: Context): string | null {
  const key = name.toLowerCase().replace(/\s+/g, " ");
  return ctx.data.organizations.find((o) => o.name.toLowerCase().replace(/\s+/g, " ") === key)?.name ?? null;
}

/** Compact metadata: title, year, the two parties, the entity, challenges and signatures. */
export function compactStage(doc: Doc, ctx: Context): Doc {
  if (doc.kind !== "compact") return doc;
  const meta = readCompactMetadata(doc.layout);
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
