import type { QueryResult } from "./queries.js";

export const FORMATS = ["table", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** Longest cell shown in table format; longer text is cut with "…" so rows stay one line each. */
const MAX_TABLE_CELL = 60;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** RFC 4180: quote a field when it holds a comma, quote, CR or LF; double embedded quotes. */
export function csvField(v: unknown): string {
  const s = cellText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(r: QueryResult<object>): string {
  const lines = [r.columns.map(csvField).join(",")];
  for (const row of r.rows as Array<Record<string, unknown>>) lines.push(r.columns.map((c) => csvField(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function toJson(r: QueryResult<object>): string {
  return JSON.stringify(r.rows, null, 2) + "\n";
}

/** Aligned columns for a terminal; numbers right-aligned. */
export function toTable(r: QueryResult<object>): string {
  const rows = (r.rows as Array<Record<string, unknown>>).map((row) =>
    r.columns.map((c) => {
      const s = cellText(row[c]).replace(/\s+/g, " ");
      return s.length > MAX_TABLE_CELL ? s.slice(0, MAX_TABLE_CELL - 1) + "…" : s;
    }),
  );
  const numeric = r.columns.map((c) =>
    (r.rows as Array<Record<string, unknown>>).every((row) => row[c] === null || typeof row[c] === "number"),
  );
  const widths = r.columns.map((c, i) => Math.max(c.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((s, i) => (numeric[i] ? s.padStart(widths[i]!) : s.padEnd(widths[i]!))).join("  ").trimEnd();
  const out = [fmt(r.columns), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const row of rows) out.push(fmt(row));
  out.push(`(${r.rows.length} row${r.rows.length === 1 ? "" : "s"})`);
  return out.join("\n") + "\n";
}

export function formatResult(r: QueryResult<object>, format: Format): string {
  return format === "csv" ? toCsv(r) : format === "json" ? toJson(r) : toTable(r);
}
