/**
 * Typed failure of the query layer, caught once in the CLI like ExtractError. In its own module
 * (no DuckDB import) so `import { QueryError } from "compacts"` does not load the native module.
 */
export class QueryError extends Error {
  readonly code: "FOLDER_NOT_FOUND" | "INDEX_NOT_FOUND" | "INDEX_INVALID" | "QUERY_FAILED" | "EXPORT_FAILED";
  constructor(code: QueryError["code"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "QueryError";
    this.code = code;
  }
}

export type QueryErrorCode = QueryError["code"];
