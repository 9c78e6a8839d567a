/**
 * A new pipeline document and the failure document of an input that could not be read. Kept apart
 * from pipeline.ts (which imports every stage, pdf.js and its canvas among them) so that the batch's
 * main process, which only writes and reports, can build a failure output without loading them.
 */
import { createHash } from "node:crypto";
import type { Doc } from "./model/doc.js";
import { failureOutput } from "./validate.js";

export { DEFAULT_MAX_BYTES } from "./limits.js";

export function newDoc(file: string, bytes: Uint8Array): Doc & { input?: Uint8Array } {
  return {
    source: {
      file,
      format: "text",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      pages: 0,
      bytes: bytes.length,
    },
    layout: { format: "text", text: "", pages: [] },
    kind: "unknown",
    classification: { kind: "unknown", scores: {}, evidence: [] },
    status: "success",
    error: null,
    warnings: [],
    entities: [],
    references: { resolutions: [], documents: [] },
    sections: [],
    compact: null,
    unDocument: null,
    output: null,
    // Last: the extract stage deletes it, and V8 keeps an object's fast properties when the key
    // deleted is the last one added (it steps back to the previous hidden class). Deleting the
    // first key turned every document into a dictionary-mode object for all the later stages,
    // whose every `doc.…` read was then a hash look-up (bench/README "Session 52").
    input: bytes,
  };
}

/** A document that could not even be read (I/O error): a failure output with the error's code. */
export function failedDoc(file: string, error: unknown): Doc {
  const doc = newDoc(file, new Uint8Array(0));
  delete doc.input;
  doc.output = failureOutput(doc, error);
  return doc;
}

