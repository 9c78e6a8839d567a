import { csvCell, csvRecords } from "../csv.js";
import type { QueryResult } from "./queries.js";

export const FORMATS = ["table", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** Longest cell shown in table format; longer text is cut with "…" so rows stay one line each. */
const MAX_TABLE_CELL = 60;
/** Narrowest a text column is squeezed to when fitting a terminal: still enough to recognise a name. */
const MIN_FITTED_CELL = 8;
/** Spaces between table columns. */
const GAP = "  ";
const ELLIPSIS = "…";

export interface FormatOptions {
  /** Table format: total line width to fit (the terminal's); text columns are cut to fit. */
  width?: number;
}

/** The same rows with only `columns`, in that order (the CLI's --columns). */
export function selectColumns<R extends object>(r: QueryResult<R>, columns: readonly string[]): QueryResult<R> {
  return {
    columns: [...columns],
    rows: (r.rows as Array<Record<string, unknown>>).map((row) => Object.fromEntries(columns.map((c) => [c, row[c]]))) as R[],
  };
}

/** RFC 4180 with CRLF, like every CSV `compacts` writes (src/csv.ts). */
export function toCsv(r: QueryResult<object>): string {
  const rows = r.rows as Array<Record<string, unknown>>;
  return csvRecords([r.columns, ...rows.map((row) => r.columns.map((c) => row[c]))]);
}

export function toJson(r: QueryResult<object>): string {
  return JSON.stringify(r.rows, null, 2) + "\n";
}

const cut = (s: string, max: number) => (s.length > max ? s.slice(0, Math.max(0, max - 1)) + ELLIPSIS : s);

/**
 * Widths that fit `width`: the widest text column gives up a character at a time until the line
 * fits or every text column is down to MIN_FITTED_CELL (then the line is as narrow as it gets).
 * Numbers and short columns are never cut.
 */
function fitWidths(natural: number[], numeric: boolean[], width: number | undefined): number[] {
  const widths = [...natural];
  if (width === undefined) return widths;
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (!numeric[i] && w > MIN_FITTED_CELL && (widest < 0 || w > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest]!--;
  }
  return widths;
}

/** Aligned columns for a terminal; numbers right-aligned; cut to `width` when given. */
export function toTable(r: QueryResult<object>, options: FormatOptions = {}): string {
  const source = r.rows as Array<Record<string, unknown>>;
  const rows = source.map((row) => r.columns.map((c) => cut(csvCell(row[c]).replace(/\s+/g, " "), MAX_TABLE_CELL)));
  const numeric = r.columns.map((c) => source.every((row) => row[c] === null || typeof row[c] === "number"));
  const natural = r.columns.map((c, i) => Math.max(c.length, ...rows.map((row) => row[i]!.length)));
  const widths = fitWidths(natural, numeric, options.width);
  const fmt = (cells: string[]) =>
    cells
      .map((s, i) => {
        const w = widths[i]!;
        const t = cut(s, w);
        return numeric[i] ? t.padStart(w) : t.padEnd(w);
      })
      .join(GAP)
      .trimEnd();
  const out = [fmt(r.columns), widths.map((w) => "-".repeat(w)).join(GAP)];
  for (const row of rows) out.push(fmt(row));
  out.push(`(${r.rows.length} row${r.rows.length === 1 ? "" : "s"})`);
  return out.join("\n") + "\n";
}

export function formatResult(r: QueryResult<object>, format: Format, options: FormatOptions = {}): string {
  return format === "csv" ? toCsv(r) : format === "json" ? toJson(r) : toTable(r, options);
}
