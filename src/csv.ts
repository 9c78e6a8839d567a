/**
 * The one CSV dialect of every `compacts` output (`extract --format csv`, `query --format csv`):
 * RFC 4180 — comma-separated, CRLF after every record, a field quoted when it holds a comma, quote,
 * CR or LF, quotes doubled — written by csv-stringify, so no command hand-rolls quoting.
 */
import { stringify } from "csv-stringify/sync";

/** RFC 4180 ends records with CRLF; spreadsheet programs and csv-parse read it on every platform. */
export const CSV_RECORD_DELIMITER = "\r\n";

/** A cell as CSV text: null/undefined empty, booleans as true/false, objects and lists as JSON. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/**
 * Quote any field holding a line break. csv-stringify quotes a field only when it contains the
 * record delimiter itself, so with CRLF a lone LF (an accomplishments list) would go out unquoted.
 */
const LINE_BREAK = /[\r\n]/;

/** Records as CSV text (each ending with CRLF); "" for no records. */
export function csvRecords(rows: ReadonlyArray<readonly unknown[]>): string {
  if (!rows.length) return "";
  return stringify(
    rows.map((r) => r.map(csvCell)),
    { record_delimiter: "windows", quoted_match: LINE_BREAK },
  );
}
