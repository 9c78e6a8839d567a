import { OutputSchema, SCHEMA_VERSION, type Output } from "./model/output.js";
import type { Context, Doc } from "./model/doc.js";
import { describeError } from "./model/errors.js";

/** Build the output object of the document's kind from what the stages left. */
export function assembleOutput(doc: Doc): unknown {
  const envelope = {
    schemaVersion: SCHEMA_VERSION,
    source: doc.source,
    status: doc.status,
    error: doc.error,
    classification: doc.classification,
    warnings: doc.warnings,
    entities: doc.entities,
    references: doc.references,
  };
  if (doc.kind === "compact" && doc.compact) return { ...envelope, kind: "compact", ...doc.compact };
  if (doc.kind === "un-document" && doc.unDocument) return { ...envelope, kind: "un-document", ...doc.unDocument };
  return { ...envelope, kind: "unknown" };
}

/** Last stage: the output must satisfy the zod schema before anyone writes it. */
export function validateStage(doc: Doc, _ctx: Context): Doc {
  const parsed = OutputSchema.safeParse(assembleOutput(doc));
  if (parsed.success) {
    doc.output = parsed.data;
    return doc;
  }
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  doc.status = "failure";
  doc.error = { code: "VALIDATION_FAILED", message: `output does not match schema v${SCHEMA_VERSION}: ${issues}` };
  doc.kind = "unknown";
  doc.output = OutputSchema.parse(assembleOutput({ ...doc, entities: [], warnings: doc.warnings.filter(validWarning) }));
  return doc;
}

function validWarning(w: { code: string }): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(w.code);
}

export function failureOutput(doc: Doc, error: unknown): Output {
  const info = describeError(error);
  doc.status = "failure";
  doc.error = info;
  doc.kind = "unknown";
  return OutputSchema.parse(assembleOutput({ ...doc, entities: [], references: { resolutions: [], documents: [] } }));
}
