import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { extname } from "node:path";
import { ExtractError, type ErrorCode } from "../model/errors.js";
import type { Output } from "../model/output.js";
import type { InputFormat } from "../model/layout.js";
import { isPdf } from "../extract/pdf-magic.js";

export const EMPTY_SHA256 = createHash("sha256").digest("hex");

/** sha256 of a file, streamed (the main thread never holds a whole document). Empty-file hash if unreadable. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return EMPTY_SHA256;
  }
  return hash.digest("hex");
}

/** Best guess of the format of a document that never reached an extractor: its extension. */
export function formatFromName(file: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".pdf") return "pdf";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return "text";
}

/** Bytes read to recognise a PDF: its header may sit anywhere in the first KB (decode.ts). */
const HEAD_BYTES = 1024;

/** The format of a document that never reached an extractor: a PDF header says PDF, else its extension. */
export async function sniffedFormat(path: string): Promise<InputFormat> {
  try {
    const fh = await open(path, "r");
    try {
      const { buffer, bytesRead } = await fh.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
      if (isPdf(buffer.subarray(0, bytesRead))) return "pdf";
    } finally {
      await fh.close();
    }
  } catch {
    // unreadable: the name is all there is
  }
  return formatFromName(path);
}

/**
 * The output of a document the library never finished: its worker timed out, ran out of memory or
 * crashed, or the main thread refused it (too large). Same envelope as any failure output. The
 * document constructors and the schema (zod) are loaded on the first such failure: a batch's main
 * process that meets none never loads them.
 */
export async function crashOutput(file: string, source: { sha256: string; bytes: number }, code: ErrorCode, message: string, format: InputFormat = formatFromName(file)): Promise<Output> {
  const [{ failedDoc }, { OutputSchema }] = await Promise.all([import("../document.js"), import("../model/output.js")]);
  const out = failedDoc(file, new ExtractError(code, message)).output;
  if (!out) throw new Error("failedDoc produced no output");
  return OutputSchema.parse({ ...out, source: { ...out.source, ...source, format } });
}
