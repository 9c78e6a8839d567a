/** Inputs larger than this are refused as TOO_LARGE before anything reads them (docs/batch.md). */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
