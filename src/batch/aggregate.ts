import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { OutputSchema, type Output } from "../model/output.js";
import { AtomicFile } from "./atomic.js";

export type BatchFormat = "json" | "jsonl" | "csv";
export const JSONL_FILE = "compacts.jsonl";
export const CSV_FILE = "objectives.csv";

export const CSV_HEADER = [
  "file",
  "year",
  "entity",
  "entity_acronym",
  "section",
  "section_title",
  "objective_id",
  "objective",
  "accomplishments",
  "measure",
  "targets",
] as const;

/**
 * Items of one cell (accomplishments) are joined with a newline: items themselves contain commas
 * and semicolons, never a newline (text is whitespace-normalised), and CSV quoting keeps it intact.
 */
const ITEM_SEPARATOR = "\n";

/** One CSV row per performance measure of a compact (one row with an empty measure if it has none). */
export function objectiveRows(out: Output): string[][] {
  if (out.kind !== "compact") return [];
  const sectionTitle = new Map(out.sections.map((s) => [s.id, s.title]));
  const rows: string[][] = [];
  for (const o of out.objectives) {
    const common = [
      out.source.file,
      out.year === null ? "" : String(out.year),
      out.entity?.name ?? "",
      out.entity?.acronym ?? "",
      o.section ?? "",
      (o.section && sectionTitle.get(o.section)) ?? "",
      o.id,
      o.objective,
      o.accomplishments.join(ITEM_SEPARATOR),
    ];
    const measures = o.measures.length ? o.measures : [{ text: "", targets: [], accomplishment: null, target: null, baseline: null }];
    for (const m of measures) rows.push([...common, m.text, m.targets.map((t) => t.raw).join("; ")]);
  }
  return rows;
}

export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.length ? stringify(rows as string[][]) : "";
}

export function csvHeader(): string {
  return stringify([[...CSV_HEADER]]);
}

/**
 * Build compacts.jsonl or objectives.csv from the per-document JSON files, in input order, written
 * atomically. Reading back the files (rather than keeping results in memory) keeps memory flat for
 * any batch size and lets a --resume run include documents converted by an earlier run.
 */
export async function writeAggregate(outDir: string, names: readonly string[], format: Exclude<BatchFormat, "json">): Promise<string> {
  const path = join(outDir, format === "jsonl" ? JSONL_FILE : CSV_FILE);
  const file = await AtomicFile.open(path, outDir);
  try {
    if (format === "csv") await file.write(csvHeader());
    for (const name of names) {
      const text = await readFile(join(outDir, name), "utf8").catch(() => null);
      if (text === null) continue; // not converted (--fail-fast stopped first, or interrupted)
      const out = OutputSchema.parse(JSON.parse(text));
      await file.write(format === "jsonl" ? JSON.stringify(out) + "\n" : csvLines(objectiveRows(out)));
    }
    await file.commit();
  } catch (e) {
    await file.discard();
    throw e;
  }
  return path;
}
