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
import { DEFAULT_MAX_BYTES, newDoc } from "./document.js";

// The document constructors live in document.ts so that the batch's main process can build failure
// outputs without loading the stages (pdf.js, its canvas, the OCR engine).
export { DEFAULT_MAX_BYTES, newDoc, failedDoc } from "./document.js";
import { entitiesInChunks, readsStructure } from "./large-text.js";

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

/**
 * A text too large to be one document (large-text.ts) goes through these stages only: its lean
 * Layout has no segments for classify, compact, un-document or tables, and its entities are
 * found chunk by chunk.
 */
const LARGE_TEXT_STAGES: Readonly<Record<string, Stage["run"]>> = {
  extract: extractStage,
  entities: entitiesInChunks,
  normalize: normalizeStage,
  validate: validateStage,
};

/** Stages that cannot be switched off: without them there is no document or no valid output. */
const REQUIRED = new Set(["extract", "validate"]);

/**
 * What the caller keeps of the pipeline's document: all of it (the Layout too, for inspection), or
 * only the output. No stage reads the Layout after provenance; released before validation, it is
 * not held beside the output and its validated copy: 4,000 dense pages' Layout is ~210 MB.
 */
export type Keep = "doc" | "output";

/**
 * Run every stage over one document. Never throws for a bad document: a typed ExtractError (or any
 * crash inside a stage) becomes an output with status "failure" and the error code, so a batch
 * goes on. Returns the whole Doc so callers can inspect the Layout too.
 */
export async function runPipeline(file: string, input: Uint8Array, options: ExtractOptions, data: DomainData, keep?: Keep): Promise<Doc> {
  const doc = newDoc(file, input);
  const size = input.length;
  // The document holds the input until the extract stage has read it (and drops it then); a
  // parameter of a suspended async function would keep a 50 MB input alive to the end. Emptying
  // it works only because no parameter has a default value: with one, V8 copies the parameters
  // into locals and the caller's argument stays in the suspended frame whatever is assigned here
  // (measured: a 40 MB PDF held through every stage of a 4,000-page document).
  input = new Uint8Array(0);
  const ctx: Context = { options, data };
  const disabled = new Set(options.disable ?? []);
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (size > maxBytes) {
      throw new ExtractError("TOO_LARGE", `the file has ${size} bytes, more than the limit of ${maxBytes}`);
    }
    let current: Doc = doc;
    for (const stage of STAGES) {
      if (disabled.has(stage.name) && !REQUIRED.has(stage.name)) continue;
      if (stage.name === "validate" && (keep ?? "doc") === "output") current.layout = { format: current.layout.format, text: "", pages: [] };
      const run = readsStructure(current) ? stage.run : LARGE_TEXT_STAGES[stage.name];
      if (run) {
        current = await run(current, ctx);
        options.onStage?.(stage.name);
      }
    }
    return current;
  } catch (e) {
    doc.output = failureOutput(doc, e);
    return doc;
  }
}

export type { Output };
