import type { Output } from "../model/output.js";
import type { TableName } from "./schema.js";
import { compactKey } from "./identity.js";

/** A cell as the indexer binds it; `string[]` is a VARCHAR[] list. */
export type Cell = string | number | boolean | null | readonly string[];
/** Rows per table, each row in the table's column order (schema.ts). */
export type TableRows = Record<TableName, Cell[][]>;

/**
 * Flatten one validated output into table rows. Pure: the same output always gives the same rows,
 * so re-indexing an unchanged document is a no-op and a changed one is a clean replace.
 * Indexes (measure_index, mission_index …) are 1-based positions in the JSON arrays, so a row can
 * be traced back to `objectives[i].measures[measure_index - 1]`.
 */
export function outputToRows(output: Output, jsonFile: string): TableRows {
  const docId = output.source.sha256;
  const rows: TableRows = {
    documents: [], compacts: [], objectives: [], accomplishments: [], measures: [], targets: [],
    missions: [], refs: [], entities: [],
  };
  rows.documents.push([
    docId, jsonFile, output.source.file, output.source.format, output.kind, output.status, output.source.pages,
    output.warnings.length, output.error?.code ?? null, output.schemaVersion,
  ]);
  output.references.resolutions.forEach((r, i) => rows.refs.push([docId, "resolution", i + 1, r.symbol, r.date, r.raw]));
  output.references.documents.forEach((d, i) => rows.refs.push([docId, "document", i + 1, d.symbol, null, d.raw]));
  output.entities.forEach((e, i) =>
    rows.entities.push([docId, i + 1, e.type, e.text, e.normalized, e.start, e.end, e.page]),
  );
  if (output.kind !== "compact") return rows;

  const signedOn = output.signatures.find((s) => s.date !== null)?.date ?? null;
  rows.compacts.push([
    docId, output.title, output.year, output.entity?.name ?? null, output.entity?.acronym ?? null,
    output.manager?.name ?? null, output.manager?.title ?? null, output.counterpart?.name ?? null,
    output.counterpart?.title ?? null, signedOn, compactKey(output),
  ]);
  output.objectives.forEach((o, i) => {
    rows.objectives.push([
      docId, o.id, i + 1, o.section, o.objective, o.provenance.page, o.provenance.lines[0], o.provenance.lines[1],
    ]);
    o.accomplishments.forEach((a, j) => rows.accomplishments.push([docId, o.id, j + 1, a]));
    o.measures.forEach((m, j) => {
      rows.measures.push([docId, o.id, j + 1, m.text]);
      m.targets.forEach((t, k) =>
        rows.targets.push([
          docId, o.id, j + 1, k + 1, t.value, t.unit, t.comparator, t.raw,
          t.baseline?.value ?? null, t.baseline?.year ?? null, t.year ?? null,
        ]),
      );
    });
  });
  output.missions.forEach((m, i) =>
    rows.missions.push([docId, i + 1, m.acronym, m.canonical, m.name, m.kind, m.known, m.listed]),
  );
  return rows;
}
