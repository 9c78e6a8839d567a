import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { extractDoc, OutputSchema } from "../src/index.js";
import { assembleOutput, validateStage } from "../src/validate.js";
import type { Doc } from "../src/model/doc.js";

const FILE = fileURLToPath(new URL("../fixtures/compact-2008-dfs.txt", import.meta.url));

/**
 * The DFS compact as the stages before validation leave it. Validation cannot be switched off, so
 * the whole pipeline runs and the rows it replaced by parsed copies are cloned back into plain
 * objects of their own.
 */
async function beforeValidation(): Promise<Doc> {
  const doc = await extractDoc(FILE);
  if (!doc.compact) throw new Error("the fixture is a compact");
  doc.compact.objectives = doc.compact.objectives.map((row) => structuredClone(row));
  return doc;
}

describe("validate stage", () => {
  it("gives what one parse of the whole output gives, key order included", async () => {
    const doc = await beforeValidation();
    const whole = OutputSchema.parse(assembleOutput(doc));
    validateStage(doc, { options: {}, data: undefined as never });
    expect(doc.status).not.toBe("failure");
    expect(doc.output?.kind).toBe("compact");
    expect(JSON.stringify(doc.output)).toBe(JSON.stringify(whole));
    expect(Object.keys(doc.output ?? {})).toEqual(Object.keys(whole));
  });

  it("parses a compact's rows in place, so that no row is held twice (the 4,000-page document's peak)", async () => {
    const doc = await beforeValidation();
    const rows = doc.compact!.objectives;
    const first = rows[0];
    validateStage(doc, { options: {}, data: undefined as never });
    const out = doc.output;
    if (out?.kind !== "compact") throw new Error("compact output expected");
    expect(out.objectives.length).toBe(rows.length);
    expect(out.objectives[0]).toBe(doc.compact!.objectives[0]);
    expect(out.objectives[0]).not.toBe(first);
  });

  it("names a bad row by its path, as the whole output's parse does", async () => {
    const doc = await beforeValidation();
    (doc.compact!.objectives[2] as { objective: unknown }).objective = 42;
    validateStage(doc, { options: {}, data: undefined as never });
    expect(doc.status).toBe("failure");
    expect(doc.error?.code).toBe("VALIDATION_FAILED");
    expect(doc.error?.message).toMatch(/objectives\.2\.objective/);
  });
});
