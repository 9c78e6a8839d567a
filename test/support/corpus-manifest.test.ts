/** The shared corpus-manifest checks report what fails (they back every generated corpus's test). */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellsNotPrinted, featureCrossing, missingRenderings, truthRowProblems, type CorpusEntry } from "./corpus-manifest.js";

const entry = (id: string, ruled: boolean, features: string[]): CorpusEntry => ({ id, split: "dev", rows: 1, ruled, features, renderings: { md: `${id}.md` }, truth: `${id}.truth.json` });

describe("corpus-manifest checks", () => {
  it("names features in too few documents, and features only one rule style has", () => {
    const docs = [entry("a", true, ["ruled", "x", "y"]), entry("b", false, ["borderless", "x", "y"]), entry("c", true, ["ruled", "x"])];
    expect(featureCrossing(docs, 3, /^(ruled|borderless)$/)).toEqual({ thin: ["ruled", "y", "borderless"], oneSided: [] });
    expect(featureCrossing(docs.slice(0, 1), 1, /^$/)).toEqual({ thin: [], oneSided: ["ruled", "x", "y"] });
  });
  it("names missing renderings, repeated objectives, unpaired structure rows and cells not printed", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-manifest-"));
    const docs = [entry("a", true, []), entry("b", false, [])];
    writeFileSync(join(dir, "a.md"), "To do one thing | 3 reports");
    writeFileSync(join(dir, "a.truth.json"), JSON.stringify({ rows: [{ section: "A", objective: "To do one thing", measures: ["3 reports"] }], structure: { rows: [{ objective: "To do one thing", measures: [{}] }] } }));
    writeFileSync(join(dir, "b.truth.json"), JSON.stringify({ rows: [{ objective: "To X", measures: ["m"] }, { objective: "to x", measures: ["m"] }], structure: { rows: [{ objective: "To X", measures: [] }] } }));
    expect(missingRenderings(dir, docs, ["md"])).toEqual(["b md"]);
    expect(truthRowProblems(dir, docs, { structure: false })).toEqual(["b: objectives repeat"]);
    expect(truthRowProblems(dir, docs, { structure: true })).toEqual(["b: objectives repeat", "b row 0: structure does not pair", "b row 1: structure does not pair"]);
    writeFileSync(join(dir, "b.md"), "To X");
    expect(cellsNotPrinted(dir, docs, "md", (s) => s.toLowerCase())).toEqual(["b md: m", "b md: m"]);
  });
});
