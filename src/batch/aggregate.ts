import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { csvRecords } from "../csv.js";
import type { Output } from "../model/output.js";
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

/**
 * The extra table columns (`objectives[].extra`, e.g. risks, mitigations) of some outputs, in first-seen
 * order: each becomes one more CSV column after the fixed ones, so no extracted cell is dropped.
 */
export function extraKeys(outputs: Iterable<Output>, into: string[] = []): string[] {
  for (const out of outputs) {
    if (out.kind !== "compact") continue;
    for (const o of out.objectives) for (const k of Object.keys(o.extra)) if (!into.includes(k)) into.push(k);
  }
  return into;
}

/** An extra column's header: its key, unless that is one of the fixed columns' names. */
function extraHeader(key: string): string {
  return (CSV_HEADER as readonly string[]).includes(key) ? `extra.${key}` : key;
}

/**
 * One CSV row per performance measure of a compact (one row with an empty measure if it has none),
 * then one cell per `extras` key (its items joined like accomplishments).
 */
export function objectiveRows(out: Output, extras: readonly string[] = []): string[][] {
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
    const extra = extras.map((k) => (o.extra[k] ?? []).join(ITEM_SEPARATOR));
    const measures = o.measures.length ? o.measures : [{ text: "", targets: [], accomplishment: null, target: null, baseline: null }];
    for (const m of measures) rows.push([...common, m.text, m.targets.map((t) => t.raw).join("; "), ...extra]);
  }
  return rows;
}

export function csvLines(rows: readonly (readonly string[])[]): string {
  return csvRecords(rows);
}

export function csvHeader(extras: readonly string[] = []): string {
  return csvRecords([[...CSV_HEADER, ...extras.map(extraHeader)]]);
}

async function readOutput(outDir: string, name: string): Promise<Output | null> {
  const text = await readFile(join(outDir, name), "utf8").catch(() => null);
  // The schema (zod) is loaded by the aggregates that read outputs back, not by every batch's main process.
  const { OutputSchema } = await import("../model/output.js");
  return text === null ? null : OutputSchema.parse(JSON.parse(text)); // null: not converted (--fail-fast stopped first, or interrupted)
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
    // CSV reads the outputs twice: the header needs every extra column before the first row.
    const extras: string[] = [];
    if (format === "csv") {
      for (const name of names) {
        const out = await readOutput(outDir, name);
        if (out) extraKeys([out], extras);
      }
      await file.write(csvHeader(extras));
    }
    for (const name of names) {
      const out = await readOutput(outDir, name);
      if (!out) continue;
      await file.write(format === "jsonl" ? JSON.stringify(out) + "\n" : csvLines(objectiveRows(out, extras)));
    }
    await file.commit();
  } catch (e) {
    await file.discard();
    throw e;
  }
  return path;
}
