import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/**
 * Session 19 merge mend (corpus8 dev8e d8e-006, d8e-014 rtf.pdf): a caption listing the columns in
 * one run — "Table 6. Objectives, expected accomplishments and performance measures" — became a
 * two-column header (Objective | combined accomplishments-and-measures label) once the combined
 * label existed (h-c12a), and the table under it lost its objectives. A combined label in the run of
 * a label before it is a caption's list, not a header cell (tables/header.ts matchHeaderWords).
 */
describe("a caption listing the columns in one run", () => {
  it("is no header: the table under it keeps its objectives (d8e-014 rtf.pdf)", async () => {
    const bytes = new Uint8Array(readFileSync(new URL("../corpus8/dev8e/d8e-014.rtf.pdf", import.meta.url)));
    const out = await extract(bytes, { fileName: "d8e-014.rtf.pdf" });
    const objectives = out.kind === "compact" ? out.objectives.map((o) => o.objective) : [];
    expect(objectives).toContain("To raise the quality and accessibility of library and knowledge services.");
    expect(objectives).toContain("To reduce the carbon footprint of conference and office facilities.");
  });
});
