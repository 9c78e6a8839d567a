import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { z } from "zod";

/** data/ sits at the package root; this file is src/data/ or dist/data/, two levels below it. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

export const MissionRecordSchema = z.object({
  acronym: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(["peacekeeping", "political"]),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  aliases: z.array(z.string()),
});
export type MissionRecord = z.infer<typeof MissionRecordSchema>;

/** Parse the gazetteer TSV (header: acronym name kind start end aliases). */
export function parseMissionGazetteer(tsv: string): MissionRecord[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines.shift()?.split("\t") ?? [];
  const expected = ["acronym", "name", "kind", "start", "end", "aliases"];
  if (expected.some((h, i) => header[i] !== h)) {
    throw new Error(`un-missions.tsv: unexpected header ${JSON.stringify(header)}`);
  }
  return lines.map((line, i) => {
    const [acronym, name, kind, start, end, aliases] = line.split("\t");
    const year = (s: string | undefined) => (s && s.trim() ? Number(s) : null);
    const parsed = MissionRecordSchema.safeParse({
      acronym: acronym?.trim(),
      name: name?.trim(),
      kind: kind?.trim(),
      start: year(start),
      end: year(end),
      aliases: (aliases ?? "").split("|").map((a) => a.trim()).filter(Boolean),
    });
    if (!parsed.success) throw new Error(`un-missions.tsv line ${i + 2}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export const OrganizationRecordSchema = z.object({
  /** Null for bodies known by name only ("Fifth Committee"). */
  acronym: z.string().min(1).nullable(),
  name: z.string().min(1),
  aliases: z.array(z.string()),
});
export type OrganizationRecord = z.infer<typeof OrganizationRecordSchema>;

/** Parse data/organizations.tsv (header: acronym name aliases; aliases `|`-separated). */
export function parseOrganizations(tsv: string): OrganizationRecord[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines.shift()?.split("\t") ?? [];
  if (header[0] !== "acronym" || header[1] !== "name" || header[2] !== "aliases") {
    throw new Error(`organizations.tsv: unexpected header ${JSON.stringify(header)}`);
  }
  return lines.map((line, i) => {
    const [acronym, name, aliases] = line.split("\t");
    const parsed = OrganizationRecordSchema.safeParse({
      acronym: acronym?.trim() || null,
      name: name?.trim(),
      aliases: (aliases ?? "").split("|").map((a) => a.trim()).filter(Boolean),
    });
    if (!parsed.success) throw new Error(`organizations.tsv line ${i + 2}: ${parsed.error.message}`);
    return parsed.data;
  });
}

/** Domain tables every stage may read. Loaded once per process and passed in via Context. */
export interface DomainData {
  missions: MissionRecord[];
  organizations: OrganizationRecord[];
}

export function loadDomainData(dir: string = DATA_DIR): DomainData {
  return {
    missions: parseMissionGazetteer(readFileSync(join(dir, "un-missions.tsv"), "utf8")),
    organizations: parseOrganizations(readFileSync(join(dir, "organizations.tsv"), "utf8")),
  };
}
