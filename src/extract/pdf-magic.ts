/** PDF readers accept a header anywhere in the first 1024 bytes; so do we. */
const PDF_HEADER_WINDOW = 1024;

/**
 * Whether the bytes are a PDF. A module of its own, without decode.ts's iconv-lite: the batch's
 * main process sniffs a failed document's format with it (failure.ts) and need not load the
 * encodings (~15 ms of CPU before its first worker started; bench/README.md, session 46).
 */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString("latin1");
  return head.includes("%PDF-");
}
