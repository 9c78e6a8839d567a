/**
 * The relational shape of the index: one table per repeated part of the output JSON, joined by
 * `doc_id` (the sha256 of the source document, stable across re-conversions) plus the position
 * keys below. docs/query.md documents the same tables for users; keep the two in step.
 *
 * No PRIMARY KEY constraints: a changed document is deleted and re-inserted in one transaction, and
 * DuckDB's index constraints have been fragile under delete+insert of the same key in one
 * transaction. The keys are logical and the indexer guarantees them (one JSON file per doc_id).
 */

/** One column: name, DuckDB type, and what it holds (used in docs and tests). */
export interface ColumnDef {
  name: string;
  type: "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN" | "DATE" | "VARCHAR[]" | "BIGINT" | "TIMESTAMP";
}
export interface TableDef {
  name: string;
  /** Columns that identify one row (logical key). */
  key: readonly string[];
  columns: readonly ColumnDef[];
}

const col = (name: string, type: ColumnDef["type"]): ColumnDef => ({ name, type });

/** Data tables, in dependency order (parents first); these are the ones exported to Parquet. */
export const TABLES = [
  {
    name: "documents",
    key: ["doc_id"],
    columns: [
      col("doc_id", "VARCHAR"), col("json_file", "VARCHAR"), col("source_file", "VARCHAR"), col("format", "VARCHAR"),
      col("kind", "VARCHAR"), col("status", "VARCHAR"), col("pages", "INTEGER"), col("warnings", "INTEGER"),
      col("error_code", "VARCHAR"), col("schema_version", "INTEGER"),
    ],
  },
  {
    name: "compacts",
    key: ["doc_id"],
    columns: [
      col("doc_id", "VARCHAR"), col("title", "VARCHAR"), col("year", "INTEGER"), col("entity_name", "VARCHAR"),
      col("entity_acronym", "VARCHAR"), col("manager_name", "VARCHAR"), col("manager_title", "VARCHAR"),
      col("counterpart_name", "VARCHAR"), col("counterpart_title", "VARCHAR"), col("signed_on", "DATE"),
      // Last: an index built before it existed gains it by ALTER TABLE … ADD COLUMN at the end.
      col("compact_key", "VARCHAR"),
    ],
  },
  {
    name: "objectives",
    key: ["doc_id", "objective_id"],
    columns: [
      col("doc_id", "VARCHAR"), col("objective_id", "VARCHAR"), col("ordinal", "INTEGER"), col("section", "VARCHAR"),
      col("objective", "VARCHAR"), col("page", "INTEGER"), col("first_line", "INTEGER"), col("last_line", "INTEGER"),
    ],
  },
  {
    name: "accomplishments",
    key: ["doc_id", "objective_id", "accomplishment_index"],
    columns: [col("doc_id", "VARCHAR"), col("objective_id", "VARCHAR"), col("accomplishment_index", "INTEGER"), col("text", "VARCHAR")],
  },
  {
    name: "measures",
    key: ["doc_id", "objective_id", "measure_index"],
    columns: [col("doc_id", "VARCHAR"), col("objective_id", "VARCHAR"), col("measure_index", "INTEGER"), col("text", "VARCHAR")],
  },
  {
    name: "targets",
    key: ["doc_id", "objective_id", "measure_index", "target_index"],
    columns: [
      col("doc_id", "VARCHAR"), col("objective_id", "VARCHAR"), col("measure_index", "INTEGER"), col("target_index", "INTEGER"),
      col("value", "DOUBLE"), col("unit", "VARCHAR"), col("comparator", "VARCHAR"), col("raw", "VARCHAR"),
      col("baseline_value", "DOUBLE"), col("baseline_year", "INTEGER"), col("target_year", "INTEGER"),
    ],
  },
  {
    name: "missions",
    key: ["doc_id", "mission_index"],
    columns: [
      col("doc_id", "VARCHAR"), col("mission_index", "INTEGER"), col("acronym", "VARCHAR"), col("canonical", "VARCHAR"),
      col("name", "VARCHAR"), col("kind", "VARCHAR"), col("known", "BOOLEAN"),
      // Last (ADDED_COLUMNS): named in a mandate list (true) or only in the text (false).
      col("listed", "BOOLEAN"),
    ],
  },
  {
    name: "refs",
    key: ["doc_id", "ref_type", "ref_index"],
    columns: [
      col("doc_id", "VARCHAR"), col("ref_type", "VARCHAR"), col("ref_index", "INTEGER"), col("symbol", "VARCHAR"),
      col("date", "DATE"), col("raw", "VARCHAR[]"),
    ],
  },
  {
    name: "entities",
    key: ["doc_id", "entity_index"],
    columns: [
      col("doc_id", "VARCHAR"), col("entity_index", "INTEGER"), col("type", "VARCHAR"), col("text", "VARCHAR"),
      col("normalized", "VARCHAR"), col("start_offset", "INTEGER"), col("end_offset", "INTEGER"), col("page", "INTEGER"),
    ],
  },
] as const satisfies readonly TableDef[];

export type TableName = (typeof TABLES)[number]["name"];
export const TABLE_NAMES: readonly TableName[] = TABLES.map((t) => t.name);

/** Bookkeeping for incremental re-indexing: which JSON file was indexed at which content hash. */
export const FILES_TABLE: TableDef = {
  name: "index_files",
  key: ["json_file"],
  columns: [
    col("json_file", "VARCHAR"), col("json_sha256", "VARCHAR"), col("mtime_ms", "DOUBLE"), col("size", "BIGINT"),
    col("doc_id", "VARCHAR"), col("indexed_at", "TIMESTAMP"),
  ],
};

/**
 * Columns added after the first release, created on an older index by `compacts index` (each is the
 * last column of its table in TABLES, so positional appends still line up).
 */
export const ADDED_COLUMNS: ReadonlyArray<{ table: TableName; column: ColumnDef }> = [
  { table: "compacts", column: col("compact_key", "VARCHAR") },
  { table: "missions", column: col("listed", "BOOLEAN") },
];

/**
 * One row per document with its place among the sources of the same compact: `sources` (how many
 * documents share its compact_key) and `source_rank` (1 = the one queries show). The best source is
 * the one extracted with status success, then with fewer warnings, then the first by file name.
 * A document without a key (a UN note, a compact whose entity or year is unknown) is its own
 * compact. Created as the view `sources` and inlined by the canned queries, so both agree.
 */
export const SOURCES_SQL = `
SELECT d.doc_id, coalesce(c.compact_key, d.doc_id) AS compact_key,
       CAST(count(*) OVER w AS INTEGER) AS sources,
       CAST(row_number() OVER (w ORDER BY CASE d.status WHEN 'success' THEN 0 WHEN 'partial' THEN 1 ELSE 2 END,
                                         d.warnings, d.source_file, d.doc_id) AS INTEGER) AS source_rank
FROM documents d LEFT JOIN compacts c USING (doc_id)
WINDOW w AS (PARTITION BY coalesce(c.compact_key, d.doc_id))`;
export const SOURCES_VIEW = "sources";

/** Identifiers are ours (never user input) but some words (`order`, `date`) are SQL keywords, so always quote. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function createTableSql(t: TableDef): string {
  return `CREATE TABLE IF NOT EXISTS ${quoteIdent(t.name)} (${t.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ")})`;
}
