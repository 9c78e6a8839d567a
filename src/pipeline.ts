import { createHash } from "node:crypto";
import type { Context, Doc, ExtractOptions, Stage } from "./model/doc.js";
import type { Output } from "./model/output.js";
import { ExtractError } from "./model/errors.js";
import type { DomainData } from "./data/index.js";
import { extractStage } from "./extract/index.js";
import { classifyStage } from "./classify/index.js";
import { compactStage } from "./compact/index.js";
import { unDocumentStage } from "./undoc/index.js";
import { tablesStage } from "./tables/index.js";
import { entitiesStage } from "./entities/index.js";
import { normalizeStage } from "./normalize/index.js";
import { provenanceStage } from "./provenance/boxes.js";
import { validateStage, failureOutput } from "./validate.js";

/**
 * The pipeline, in order. Every stage has the same signature `(doc, ctx) => doc`; a stage named in
 * `options.disable` is skipped and the document passes through. Adding a stage is adding a line.
 */
export const STAGES: readonly Stage[] = [
  { name: "extract", run: extractStage }, // bytes → Layout (pdf / text / markdown)
  { name: "classify", run: classifyStage }, // compact / un-document / unknown, with evidence
  { name: "compact", run: compactStage }, // compact metadata: title, people, sections, challenges, signatures
  { name: "un-document", run: unDocumentStage }, // masthead, title, paragraphs, footnotes
  { name: "tables", run: tablesStage }, // Objective / Expected accomplishment / Performance measure rows
  { name: "entities", run: entitiesStage }, // missions, symbols, dates, organizations, people, targets
  { name: "normalize", run: normalizeStage }, // canonical forms, references
  { name: "provenance", run: provenanceStage }, // boxes: where each row, cell item and warning was printed
  { name: "validate", run: validateStage }, // zod: the output must match the schema
];

/** Stages that cannot be switched off: without them there is no document or no valid output. */
const REQUIRED = new Set(["extract", "validate"]);

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export function newDoc(file: string, bytes: Uint8Array): Doc & { input?: Uint8Array } {
  return {
    input: bytes,
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
  };
}

/**
 * Run every stage over one document. Never throws for a bad document: a typed ExtractError (or any
 * crash inside a stage) becomes an output with status "failure" and the error code, so a batch
 * goes on. Returns the whole Doc so callers can inspect the Layout too.
 */
export async function runPipeline(file: string, bytes: Uint8Array, options: ExtractOptions, data: DomainData): Promise<Doc> {
  const doc = newDoc(file, bytes);
  const ctx: Context = { options, data };
  const disabled = new Set(options.disable ?? []);
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > maxBytes) {
      throw new ExtractError("TOO_LARGE", `the file has ${bytes.length} bytes, more than the limit of ${maxBytes}`);
    }
    let current: Doc = doc;
    for (const stage of STAGES) {
      if (disabled.has(stage.name) && !REQUIRED.has(stage.name)) continue;
      current = await stage.run(current, ctx);
    }
    return current;
  } catch (e) {
    doc.output = failureOutput(doc, e);
    return doc;
  }
}

/** A document that could not even be read (I/O error): a failure output with the error's code. */
export function failedDoc(file: string, error: unknown): Doc {
  const doc = newDoc(file, new Uint8Array(0));
  delete doc.input;
  doc.output = failureOutput(doc, error);
  return doc;
}

export type { Output };
