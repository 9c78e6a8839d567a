/** Every error a document can fail with. Stable strings: the manifest and exit summary print them. */
export const ERROR_CODES = [
  "PDF_ENCRYPTED",
  "PDF_INVALID",
  "NO_TEXT_LAYER",
  "TOO_LARGE",
  "TIMEOUT",
  "UNSUPPORTED_FORMAT",
  "EMPTY",
  "IO_ERROR",
  "OUT_OF_MEMORY",
  "VALIDATION_FAILED",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A typed failure of one document. Raised at the edge, caught in one place (pipeline / CLI). */
export class ExtractError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ExtractError";
    this.code = code;
  }
}

export function isExtractError(e: unknown): e is ExtractError {
  return e instanceof ExtractError;
}

/** One-line description of any thrown value, for manifests and logs. */
export function describeError(e: unknown): { code: ErrorCode; message: string } {
  if (isExtractError(e)) return { code: e.code, message: e.message };
  if (e instanceof Error) return { code: "INTERNAL", message: `${e.name}: ${e.message}` };
  return { code: "INTERNAL", message: String(e) };
}
