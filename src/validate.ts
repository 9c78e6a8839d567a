import { ObjectiveSchema, OutputSchema, SCHEMA_VERSION, type Output } from "./model/output.js";
import type { Context, Doc } from "./model/doc.js";
import { describeError } from "./model/errors.js";
import { fastSafeParser } from "./model/fast-parse.js";

/**
 * The schemas' parses with the compiled parser in front (model/fast-parse.ts): zod's own result
 * for a valid output, built without zod's per-value payloads; zod itself for an invalid one.
 */
const parseOutputValue = fastSafeParser(OutputSchema);
const parseObjective = fastSafeParser(ObjectiveSchema);

/** Build the output object of the document's kind from what the stages left. */
export function assembleOutput(doc: Doc): unknown {
  if (doc.kind === "compact" && doc.compact) return withEnvelope(doc, "compact", doc.compact);
  if (doc.kind === "un-document" && doc.unDocument) return withEnvelope(doc, "un-document", doc.unDocument);
  return withEnvelope(doc, "unknown", null);
}

/**
 * The envelope's fields, the kind, then the body's own fields: one object literal with one spread.
 * (The envelope built as an object and spread with the body, `{ ...envelope, kind, ...body }`, gave
 * the same object in ~20 µs a document: V8 copied the second spread property by property.)
 */
function withEnvelope(doc: Doc, kind: string, body: object | null): Record<string, unknown> {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: doc.source,
    status: doc.status,
    error: doc.error,
    classification: doc.classification,
    warnings: doc.warnings,
    entities: doc.entities,
    references: doc.references,
    kind,
    ...body,
  };
}

/**
 * The output parsed by the schema. A compact's rows are parsed one at a time, each parsed copy put
 * in place of its row in `doc.compact` (nothing reads the rows after this stage), so that a row and
 * its copy are never both held for the whole table: parsing the output in one piece held the
 * 16,800 rows of a 4,000-page document twice, and that stage was the largest worker's peak (RSS
 * 435 → 520 MB against a 512 MB limit). The envelope is then parsed with no rows and the parsed
 * rows put back at their key, so the result is what one parse of the whole output gives.
 */
function parseOutput(doc: Doc): ReturnType<typeof OutputSchema.safeParse> {
  const rows = doc.kind === "compact" ? doc.compact?.objectives : undefined;
  if (!rows) return parseOutputValue(assembleOutput(doc));
  for (let i = 0; i < rows.length; i++) {
    const row = parseObjective(rows[i]);
    // A bad row: the whole output's parse names it with its path.
    if (!row.success) return parseOutputValue(assembleOutput(doc));
    rows[i] = row.data;
  }
  // The assembled output with no rows: its own `objectives` replaced in place (as a spread copy with
  // the key after it would, without copying every field again).
  const assembled = assembleOutput(doc) as Record<string, unknown>;
  assembled.objectives = [];
  const head = parseOutputValue(assembled);
  if (head.success && head.data.kind === "compact") head.data.objectives = rows;
  return head;
}

/** Last stage: the output must satisfy the zod schema before anyone writes it. */
export function validateStage(doc: Doc, _ctx: Context): Doc {
  const parsed = parseOutput(doc);
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
