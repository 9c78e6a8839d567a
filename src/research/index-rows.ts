/**
 * The rows `compacts search` and `compacts mission` rank or list, read from the index in a few
 * queries (each compact once, from its best source: schema.ts SOURCES_SQL), grouped in JS.
 */
import { SOURCES_SQL, type CompactsIndex } from "../query/index.js";
import type { SearchObjective } from "./search.js";
import type { MissionMentionRow } from "./missions.js";

const OBJECTIVES = `WITH s AS (${SOURCES_SQL})
SELECT o.doc_id, d.source_file, c.year, c.entity_acronym, c.entity_name, o.objective_id, o.section, o.objective
FROM objectives o JOIN compacts c USING (doc_id) JOIN documents d USING (doc_id) JOIN s USING (doc_id)
WHERE s.source_rank = 1
ORDER BY c.year, d.source_file, o.ordinal`;
const PARTS = (table: "accomplishments" | "measures", index: string) => `WITH s AS (${SOURCES_SQL})
SELECT t.doc_id, t.objective_id, t.text FROM ${table} t JOIN s USING (doc_id) WHERE s.source_rank = 1 ORDER BY t.doc_id, t.objective_id, t.${index}`;

interface ObjectiveRow {
  doc_id: string; source_file: string; year: number | null; entity_acronym: string | null; entity_name: string | null;
  objective_id: string; section: string | null; objective: string;
}
interface PartRow { doc_id: string; objective_id: string; text: string }

export async function loadSearchObjectives(idx: CompactsIndex): Promise<SearchObjective[]> {
  const [objectives, accomplishments, measures] = await Promise.all([
    idx.sql(OBJECTIVES), idx.sql(PARTS("accomplishments", "accomplishment_index")), idx.sql(PARTS("measures", "measure_index")),
  ]);
  const group = (rows: readonly Record<string, unknown>[]) => {
    const m = new Map<string, string[]>();
    for (const r of rows as unknown as PartRow[]) {
      const k = `${r.doc_id}\u0000${r.objective_id}`;
      m.set(k, [...(m.get(k) ?? []), r.text]);
    }
    return m;
  };
  const acc = group(accomplishments.rows);
  const mea = group(measures.rows);
  return (objectives.rows as unknown as ObjectiveRow[]).map((r) => {
    const k = `${r.doc_id}\u0000${r.objective_id}`;
    return {
      docId: r.doc_id, sourceFile: r.source_file, year: r.year,
      entity: r.entity_acronym ?? r.entity_name, entityAcronym: r.entity_acronym, entityName: r.entity_name,
      objectiveId: r.objective_id, section: r.section, objective: r.objective,
      accomplishments: acc.get(k) ?? [], measures: mea.get(k) ?? [],
    };
  });
}

const MISSIONS = `WITH s AS (${SOURCES_SQL})
SELECT c.year, coalesce(c.entity_acronym, c.entity_name) AS entity, m.acronym, m.canonical,
       CASE WHEN m.listed THEN 'mandate list' WHEN NOT m.listed THEN 'text' END AS named_in, d.source_file, m.doc_id
FROM missions m JOIN compacts c USING (doc_id) JOIN documents d USING (doc_id) JOIN s USING (doc_id)
WHERE s.source_rank = 1
ORDER BY c.year, entity, d.source_file, m.mission_index`;

/** Every mission named by every compact (each compact once), for `compacts mission`. */
export async function loadMissionMentions(idx: CompactsIndex): Promise<MissionMentionRow[]> {
  return (await idx.sql(MISSIONS)).rows as unknown as MissionMentionRow[];
}

const SERIES = `WITH s AS (${SOURCES_SQL})
SELECT c.year, c.entity_acronym, c.entity_name, d.json_file
FROM compacts c JOIN documents d USING (doc_id) JOIN s USING (doc_id)
WHERE s.source_rank = 1 AND c.year IS NOT NULL
  AND (lower(c.entity_acronym) = lower($entity) OR contains(lower(c.entity_name), lower($entity)))
ORDER BY c.year, d.json_file`;

export interface SeriesRow { year: number; entity_acronym: string | null; entity_name: string | null; json_file: string }

/** The compacts of one department, one per year, oldest first (json_file relative to the index's folder). */
export async function loadSeries(idx: CompactsIndex, entity: string): Promise<SeriesRow[]> {
  return (await idx.sql(SERIES, { entity })).rows as unknown as SeriesRow[];
}
