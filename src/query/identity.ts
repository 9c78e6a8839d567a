/**
 * Identity of a compact across its sources. A compact is one agreement (a department's head, for
 * one year); the same compact may reach an archive as a PDF and as text, or as two copies of one
 * file. Two identities answer two questions:
 * - `doc_id` (the source's sha256): the same bytes. Byte-identical copies are indexed once.
 * - `compact_key` (entity + year + manager, normalised): the same compact. Sources sharing a key
 *   are one compact with several sources; queries show each compact once unless asked for all.
 */
import type { Output } from "../model/output.js";

/** Titles printed before a name in some compacts and not in others ("Mr. Alain Le Roy"). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|madam|mme)\s+/;
/** Combining marks left by NFKD: "Guéhenno" and "Guehenno" are one name. */
const COMBINING_MARKS = /\p{M}+/gu;
/** Anything but letters and digits separates words: "Ki-moon", "Ki moon" and "Ki‐moon" agree. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/** Hyphens and apostrophes join their neighbours rather than separating them ("O'Brien", "Ki-moon"). */
const JOINERS = /['’\u2010-\u2015-]/g;

/** One part of a key: accents, case, punctuation and a leading honorific removed. */
export function normalizeKeyPart(s: string): string {
  return s
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(JOINERS, "")
    .replace(NON_WORD, " ")
    .trim()
    .replace(HONORIFIC, "");
}

/**
 * `entity|year|manager` of a compact, e.g. `dfs|2008|jane holl lute`; the entity is its acronym
 * when known (the name is spelt in more ways). Null when the entity or year is unknown: such a
 * compact cannot be matched to another source and stands alone. A missing manager leaves that part
 * empty, so two sources that both lack one still meet.
 */
export function compactKey(out: Output): string | null {
  if (out.kind !== "compact" || out.year === null || out.entity === null) return null;
  const entity = normalizeKeyPart(out.entity.acronym ?? out.entity.name);
  if (!entity) return null;
  return [entity, String(out.year), out.manager ? normalizeKeyPart(out.manager.name) : ""].join("|");
}
