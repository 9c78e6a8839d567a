/**
 * The seed compact (2008, DFS) against its hand-checked truth: every one of the 21 rows must come
 * out exactly (objective, accomplishments, measures, section), compared after the scorer's
 * normalisation (whitespace, leading bullets, curly quotes, case).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "seeds");
interface TruthRow {
  section: string;
  objective: string;
  accomplishments: string[];
  measures: string[];
}
const norm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/^[\s•\-*\u2022\u25aa\u2013]+/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

describe("seed 000 (DFS 2008) table rows", () => {
  it("matches all 21 truth rows exactly, in order, with section ids", async () => {
    const truth = JSON.parse(readFileSync(join(DIR, "seed-000.truth.json"), "utf8")) as { rows: TruthRow[] };
    const out = await extract(join(DIR, "000_5d885c4051877f43.txt"));
    if (out.kind !== "compact") throw new Error(`classified as ${out.kind}`);
    const got = out.objectives.map((o) => ({
      section: o.section,
      objective: norm(o.objective),
      accomplishments: o.accomplishments.map(norm),
      measures: o.measures.map((m) => norm(m.text)),
    }));
    const want = truth.rows.map((r) => ({
      section: r.section,
      objective: norm(r.objective),
      accomplishments: r.accomplishments.map(norm),
      measures: r.measures.map(norm),
    }));
    expect(got).toHaveLength(21);
    expect(got).toEqual(want);
    expect(out.objectives.map((o) => o.id).slice(0, 4)).toEqual(["A.2-1", "A.2-2", "A.2-3", "A.3-1"]);
    expect(out.objectives.find((o) => o.objective.startsWith("To respond in a timely"))?.id).toBe("B.6-4");
    expect(out.warnings.filter((w) => w.code.startsWith("TABLE_"))).toEqual([]);
  });

  it("names the compact's sections", async () => {
    const out = await extract(join(DIR, "000_5d885c4051877f43.txt"));
    if (out.kind !== "compact") throw new Error(`classified as ${out.kind}`);
    expect(out.sections.map((s) => s.id)).toEqual(["A", "A.1", "A.2", "A.3", "B", "B.1", "B.2", "B.3", "B.4", "B.5", "B.6", "C", "D", "E"]);
    expect(out.sections.find((s) => s.id === "A.2")?.title).toBe("Other Mandates");
  });
});
