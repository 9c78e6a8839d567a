/**
 * The table reader's rows as a test compares them: objective, accomplishments and the measures'
 * texts (what a reader of the printed table sees), from a Layout or from plain text
 * (pdftotext -layout style). Tests that need values, extra columns or provenance map rows themselves.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Layout } from "../../src/model/layout.js";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

export function tableRows(layout: Layout): Array<{ objective: string; accomplishments: string[]; measures: string[] }> {
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
}

/** The rows of a plain-text document. */
export const textRows = (text: string) => tableRows(textToLayout(text));

/** The rows of a plain-text document with each measure's baseline and target and the extra columns (value-column tests). */
export function textRowsWithValues(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments,
    measures: o.measures.map((m) => m.text),
    baselines: o.measures.map((m) => m.baseline),
    targets: o.measures.map((m) => m.target),
    extra: o.extra,
  }));
}

/** A document's rows as `extract` gives them (PDF, text or Markdown read from `file`), with the extra columns; [] when it is not read as a compact. */
export type DocumentRow = { objective: string; accomplishments: string[]; measures: string[]; extra: Record<string, string[]> };
export async function documentRows(file: string): Promise<DocumentRow[]> {
  const { extract } = await import("../../src/index.js");
  const out = await extract(new Uint8Array(readFileSync(file)), { fileName: basename(file) });
  if (out.kind !== "compact") return [];
  return out.objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments.map((a) => (typeof a === "string" ? a : (a as { text: string }).text)),
    measures: o.measures.map((m) => m.text),
    extra: (o.extra ?? {}) as Record<string, string[]>,
  }));
}
