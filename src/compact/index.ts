import type { Context, Doc, CompactBody } from "../model/doc.js";
import { addWarning } from "../model/doc.js";
import { readCompactMetadata } from "./metadata.js";

export function emptyCompact(): CompactBody {
  return {
    title: null, year: null, manager: null, counterpart: null, entity: null,
    sections: [], objectives: [], missions: [], challenges: [], signatures: [],
  };
}

/** Compact metadata: title, year, the two parties, the entity, challenges and signatures. */
export function compactStage(doc: Doc, _ctx: Context): Doc {
  if (doc.kind !== "compact") return doc;
  const meta = readCompactMetadata(doc.layout);
  doc.compact = { ...emptyCompact(), ...meta };
  if (meta.year === null) addWarning(doc, "COMPACT_NO_YEAR", "no year found in the compact's title or preamble");
  if (!meta.manager) addWarning(doc, "COMPACT_NO_MANAGER", "no 'Between <manager>, <title>, and <counterpart>' preamble found");
  if (!meta.entity) addWarning(doc, "COMPACT_NO_ENTITY", "no department or office found");
  return doc;
}
