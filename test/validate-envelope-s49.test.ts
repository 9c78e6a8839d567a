/**
 * Session 49 (h-speed49, issue 14): `assembleOutput` builds the output as one object literal with the
 * body spread once; before, the envelope was an object of its own spread with the body
 * (`{ ...envelope, kind, ...body }`), the same object at ~20 µs a document. Held here to that
 * construction, spelled out, on the three kinds of document: the same keys in the same order, the
 * same values (by identity: nothing is copied deeper than before).
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { extractDoc } from "../src/index.js";
import { assembleOutput } from "../src/validate.js";
import { SCHEMA_VERSION } from "../src/model/output.js";
import type { Doc } from "../src/model/doc.js";

function spreadBefore(doc: Doc): Record<string, unknown> {
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

/** The document after the pipeline: both constructions read the same fields of it. */
async function finished(path: string): Promise<Doc> {
  return extractDoc(fileURLToPath(new URL(path, import.meta.url)));
}

describe("assembleOutput", () => {
  it.each([
    ["a compact", "../fixtures/compact-2008-dfs.txt", "compact"],
    ["a UN document", "../fixtures/A-60-209-note.txt", "un-document"],
  ])("gives %s's output the object the spread of an envelope gave", async (_what, path, kind) => {
    const doc = await finished(path);
    expect(doc.kind).toBe(kind);
    const got = assembleOutput(doc) as Record<string, unknown>;
    const before = spreadBefore(doc);
    expect(Object.keys(got)).toEqual(Object.keys(before));
    for (const key of Object.keys(before)) expect(got[key]).toBe(before[key]);
  });

  it("gives a document of no kind (and one whose body is missing) the envelope and its kind only", async () => {
    const doc = await finished("../fixtures/A-60-209-note.txt");
    for (const variant of [{ ...doc, kind: "unknown" as const }, { ...doc, kind: "compact" as const, compact: null }]) {
      const got = assembleOutput(variant) as Record<string, unknown>;
      const before = spreadBefore(variant);
      expect(Object.keys(got)).toEqual(Object.keys(before));
      expect(got.kind).toBe("unknown");
      for (const key of Object.keys(before)) expect(got[key]).toBe(before[key]);
    }
  });
});
