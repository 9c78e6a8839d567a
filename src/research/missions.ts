/**
 * `compacts mission X`: one mission across the compacts. The name given is resolved through the
 * gazetteer (data/un-missions.tsv: acronym, name or alias, any case) and widened to the missions
 * it succeeded or was succeeded by (data/mission-successions.tsv: MONUC → MONUSCO), so a question
 * about the Congo mission finds both names.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, type MissionRecord } from "../data/index.js";

export const SuccessionSchema = z.object({
  predecessor: z.string().min(1),
  successor: z.string().min(1),
  year: z.number().int(),
  note: z.string(),
});
export type Succession = z.infer<typeof SuccessionSchema>;

export function parseSuccessions(tsv: string): Succession[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines.shift()?.split("\t") ?? [];
  if (["predecessor", "successor", "year", "note"].some((h, i) => header[i] !== h)) {
    throw new Error(`mission-successions.tsv: unexpected header ${JSON.stringify(header)}`);
  }
  return lines.map((line, i) => {
    const [predecessor, successor, year, note] = line.split("\t");
    const parsed = SuccessionSchema.safeParse({ predecessor: predecessor?.trim(), successor: successor?.trim(), year: Number(year), note: note?.trim() ?? "" });
    if (!parsed.success) throw new Error(`mission-successions.tsv line ${i + 2}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export function loadSuccessions(dir: string = DATA_DIR): Succession[] {
  return parseSuccessions(readFileSync(join(dir, "mission-successions.tsv"), "utf8"));
}

export interface ResolvedMission {
  /** The gazetteer entry the name means; null for a name the gazetteer does not know. */
  record: MissionRecord | null;
  /** Acronyms (upper case) that count as this mission: itself, predecessors and successors. */
  family: string[];
  /** The successions that link the family, oldest first. */
  links: Succession[];
}

const key = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();

export function resolveMission(name: string, gazetteer: readonly MissionRecord[], successions: readonly Succession[]): ResolvedMission {
  const k = key(name);
  const record =
    gazetteer.find((m) => key(m.acronym) === k) ??
    gazetteer.find((m) => key(m.name) === k || m.aliases.some((a) => key(a) === k)) ??
    null;
  const start = (record?.acronym ?? name.trim()).toUpperCase();
  const family = new Set([start]);
  // Follow successions both ways until nothing new (MONUC ↔ MONUSCO; UNAMSIL → UNIOSIL → UNIPSIL).
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of successions) {
      const [p, q] = [s.predecessor.toUpperCase(), s.successor.toUpperCase()];
      if (family.has(p) !== family.has(q)) (family.add(p), family.add(q), (grew = true));
    }
  }
  const links = successions.filter((s) => family.has(s.predecessor.toUpperCase())).sort((a, b) => a.year - b.year);
  return { record, family: [...family], links };
}

/** One mention of the mission by one compact, as the index holds it. */
export interface MissionMentionRow {
  year: number | null;
  entity: string | null;
  acronym: string;
  canonical: string | null;
  /** "mandate list", "text", or null for an index built before `listed` was recorded. */
  named_in: string | null;
  source_file: string;
  doc_id: string;
}

export function mentionsOf(rows: readonly MissionMentionRow[], m: ResolvedMission): MissionMentionRow[] {
  const fam = new Set(m.family);
  return rows
    .filter((r) => fam.has(r.acronym.toUpperCase()) || (r.canonical !== null && fam.has(r.canonical.toUpperCase())))
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.entity ?? "").localeCompare(b.entity ?? "") || a.source_file.localeCompare(b.source_file));
}
