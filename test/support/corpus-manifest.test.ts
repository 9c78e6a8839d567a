/** The shared corpus-manifest checks report what fails (they back every generated corpus's test). */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { briefProblems, cellsNotPrinted, cellWordsMissing, cutRowCount, drawProblems, featureCrossing, gateProblems, missingRenderings, objectiveWordsMissing, truthRowProblems, type CorpusEntry } from "./corpus-manifest.js";

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
  it("names the objectives' words a text rendering lacks, each alone, after the folds it asks for", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-manifest-"));
    const docs = [entry("a", true, []), entry("b", false, ["hyphenate"])].map((d) => ({ ...d, renderings: { txt: `${d.id}.txt` } }));
    writeFileSync(join(dir, "a.truth.json"), JSON.stringify({ rows: [{ objective: "Timely follow-up of audit’s findings", measures: [] }] }));
    writeFileSync(join(dir, "b.truth.json"), JSON.stringify({ rows: [{ objective: "Nothing here", measures: [] }] }));
    // the columns interleave: "follow-" ends one line, "up" opens a later one; the quote is typed
    writeFileSync(join(dir, "a.txt"), "Timely      Performance\nfollow-     measures\nup of audit's\nfindin\ngs");
    writeFileSync(join(dir, "b.txt"), "");
    expect(objectiveWordsMissing(dir, docs, "txt")).toEqual(["a txt audit’s", "a txt findings", "b txt Nothing", "b txt here"]);
    const fold = (s: string) => s.replace(/’/g, "'");
    expect(objectiveWordsMissing(dir, docs, "txt", { fold, text: (raw) => raw.replace(/\n(?=gs)/g, ""), skip: (d) => d.features.includes("hyphenate") })).toEqual([]);
    expect(objectiveWordsMissing(dir, docs, "txt", { words: / /, fold, skip: (d) => d.features.includes("hyphenate") })).toEqual(["a txt follow-up", "a txt findings"]);
  });
  it("names the truth cells' words a wrapping rendering lacks, after the plain key; counts the rows page breaks cut", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-manifest-"));
    const docs = [{ ...entry("a", true, []), renderings: { txt: "a.txt" }, cutRows: { lo: [0, 2], pdf: [1] } }, entry("b", false, [])];
    writeFileSync(join(dir, "a.truth.json"), JSON.stringify({ rows: [{ section: "Not printed", objective: "Staff’s follow-up", measures: ["3/4 reports [draft]"] }] }));
    // The cell wraps ("follow-" / "up"), the apostrophe is typed, Markdown escapes the brackets.
    writeFileSync(join(dir, "a.txt"), "Staff's follow-   3/4\nup               reports \\[draft\\]");
    expect(cellWordsMissing(dir, docs.slice(0, 1), "txt")).toEqual([]);
    expect(cellWordsMissing(dir, docs.slice(0, 1), "txt", (s) => s)).toEqual(["a txt Staff’s", "a txt [draft]"]);
    writeFileSync(join(dir, "a.txt"), "Staff's follow up 3 reports");
    expect(cellWordsMissing(dir, docs.slice(0, 1), "txt")).toEqual(["a txt 4", "a txt [draft]"]);
    expect([cutRowCount(docs, "lo"), cutRowCount(docs, "pdf"), cutRowCount(docs, "chromium")]).toEqual([2, 1, 0]);
  });
  it("names what a corpus breaks of its brief: sizes, shares, renderings, the crossing, named features", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-manifest-"));
    const docs = [entry("a", true, ["x", "ruled"]), { ...entry("b", false, ["x", "borderless"]), rows: 5 }, { ...entry("h", true, ["x", "ruled"]), split: "held" }];
    for (const d of docs) writeFileSync(join(dir, `${d.id}.md`), "");
    const brief = { splits: { dev: { docs: 2, rows: 6 }, held: { docs: 1 } }, total: { docs: 3, rows: 7 }, shares: { dev: 0.6, held: 0.3 }, renderings: ["md"], minDocsPerFeature: 2, features: ["x"] };
    expect(briefProblems(dir, docs, brief)).toEqual(["thin: borderless"]);
    expect(briefProblems(dir, docs, { ...brief, notCrossed: /^$/ })).toEqual(["thin: borderless", "one-sided: ruled", "one-sided: borderless"]);
    const short = { splits: { dev: { docs: 3, rows: 7 }, held: { rows: 2 } }, total: { docs: 4, rows: 8 }, shares: { dev: 0.7 }, renderings: ["md", "pdf"], minDocsPerFeature: 1, features: ["x", "y"] };
    expect(briefProblems(dir, docs, short)).toEqual([
      "dev: 2 documents < 3",
      "dev: 6 rows < 7",
      "held: 1 rows < 2",
      "corpus: 3 documents < 4",
      "corpus: 7 rows < 8",
      "h: split held is none of dev",
      "dev: share 0.67 < 0.7",
      "a pdf",
      "b pdf",
      "h pdf",
      "y: 0 documents < 1",
    ]);
  });
  it("names what a later draw breaks of its brief: ids, rows, folders, features not shown, the crossing", () => {
    const drawn = (id: string, ruled: boolean, features: string[], folder = "b"): CorpusEntry => ({ ...entry(id, ruled, features), split: "b", renderings: { md: `${folder}/${id}.md` } });
    const reference = [entry("r1", true, ["x", "y"]), entry("r2", false, ["x", "y"]), entry("r3", true, ["x"])].map((d) => ({ ...d, split: "a" }));
    const brief = { split: "b", prefix: "b", count: 3, minRows: 3, renderings: ["md"], reference: "a", minDocsPerFeature: 3, notCrossed: /^$/, crossing: "alone" as const };
    const good = [drawn("b-001", true, ["x", "y"]), drawn("b-002", false, ["x", "y"]), drawn("b-003", true, ["x", "y"])];
    expect(drawProblems([...reference, ...good], brief)).toEqual([]);
    const bad = [drawn("b-001", true, ["x"]), drawn("b-003", true, ["x"], "a")];
    expect(drawProblems([...reference, ...bad], brief)).toEqual(["ids: b-001 b-003 (expected b-001 … b-003)", "rows: 2 < 3", "b-003 md: not in b/", "not shown: y", "thin: x", "one-sided: x"]);
    // As well as the reference: the reference has one thin feature (y), the draw two gaps (x thin and one-sided), and a third of the documents must be borderless.
    expect(drawProblems([...reference, ...bad], { ...brief, crossing: "as-well-as-reference" })).toEqual(["ids: b-001 b-003 (expected b-001 … b-003)", "rows: 2 < 3", "b-003 md: not in b/", "not shown: y", "crossing: 2 thin or one-sided features > 1 in a", "borderless: 0 < 1"]);
    const oneGap = [drawn("b-001", true, ["x", "y"]), drawn("b-002", false, ["x", "y"]), drawn("b-003", true, ["x"])];
    expect(drawProblems([...reference, ...oneGap], { ...brief, crossing: "as-well-as-reference" })).toEqual([]);
  });
  it("names a tuned rendering without a floor, a floor that miscounts the split, and a gated held-out split", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-manifest-"));
    const docs = [entry("a", true, []), { ...entry("b", false, []), rows: 2, renderings: { md: "b.md", txt: "b.txt" } }, { ...entry("h", true, []), split: "held" }];
    const floorsFile = join(dir, "floors.json");
    writeFileSync(floorsFile, JSON.stringify({ "c:dev/md": { exact: 2, rows: 3, docs: 2 }, "c:dev/txt": { exact: 1, rows: 3, docs: 2 }, "c:held/md": { exact: 1, rows: 1, docs: 1 } }));
    expect(gateProblems(floorsFile, "c", docs, { tuned: "dev", heldOut: "held", renderings: ["md", "txt", "pdf"] })).toEqual([
      "c:held/md: a held-out split is gated",
      "c:dev/txt: floor counts 3 rows in 2 documents, the split has 2 in 1",
      "c:dev/pdf: no floor",
    ]);
  });
});
