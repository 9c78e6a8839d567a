import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import type { CompactOutput } from "../../src/model/output.js";
import { CompactDiffSchema, type CompactDiff } from "../../src/model/diff.js";
import { assign } from "../../src/research/assign.js";
import { compareTargets, diffCompacts, wordDiff } from "../../src/research/diff.js";
import { formatDiffText } from "../../src/research/format-diff.js";
import { terms, textSimilarity } from "../../src/research/text.js";

const SERIES = (f: string) => fileURLToPath(new URL(`../../fixtures/series/${f}`, import.meta.url));

interface Expected {
  pairs: Array<[string, string, string]>;
  removed: string[];
  added: string[];
  targets: Array<[string, string, number | null, number | null]>;
  missions: { added: string[]; removed: string[] };
  resolutions: { added: string[]; removed: string[] };
}
const EXPECTED = JSON.parse(readFileSync(SERIES("expected-diff.json"), "utf8")) as Record<string, Expected>;

async function compact(year: number): Promise<CompactOutput> {
  const out = await extract(SERIES(`compact-${year}-dpo.md`));
  if (out.kind !== "compact") throw new Error(`fixture ${year} is not read as a compact`);
  return out;
}

/** Every matching decision of a diff: a pair, an added or a removed objective. */
function decisions(d: CompactDiff): Set<string> {
  return new Set(d.objectives.map((o) => (o.from && o.to ? `pair ${o.from.id}→${o.to.id}` : o.from ? `removed ${o.from.id}` : `added ${o.to!.id}`)));
}
function expectedDecisions(e: Expected): Set<string> {
  return new Set([...e.pairs.map(([a, b]) => `pair ${a}→${b}`), ...e.removed.map((a) => `removed ${a}`), ...e.added.map((b) => `added ${b}`)]);
}
function precisionRecall(found: Set<string>, expected: Set<string>): { precision: number; recall: number } {
  const hit = [...found].filter((x) => expected.has(x)).length;
  return { precision: found.size ? hit / found.size : 1, recall: expected.size ? hit / expected.size : 1 };
}

describe("diff on the fixture series (three years of one department)", async () => {
  const years = { 2010: await compact(2010), 2011: await compact(2011), 2012: await compact(2012) };
  const cases = [["2010-2011", 2010, 2011], ["2011-2012", 2011, 2012]] as const;

  it.each(cases)("%s: matching has precision and recall 1.0 against the hand-written diff", (key, a, b) => {
    const d = diffCompacts({ file: `${a}.json`, compact: years[a] }, { file: `${b}.json`, compact: years[b] });
    expect(CompactDiffSchema.safeParse(d).success).toBe(true);
    const pr = precisionRecall(decisions(d), expectedDecisions(EXPECTED[key]!));
    expect(pr).toEqual({ precision: 1, recall: 1 });
  });

  it.each(cases)("%s: each pair has the expected status (unchanged / reworded / moved)", (key, a, b) => {
    const d = diffCompacts({ file: "a", compact: years[a] }, { file: "b", compact: years[b] });
    const got = d.objectives.filter((o) => o.from && o.to).map((o) => [o.from!.id, o.to!.id, o.status]);
    expect(got.sort()).toEqual([...EXPECTED[key]!.pairs].sort());
  });

  it.each(cases)("%s: every changed target, and only those", (key, a, b) => {
    const d = diffCompacts({ file: "a", compact: years[a] }, { file: "b", compact: years[b] });
    const got = d.objectives.flatMap((o) =>
      o.measures.flatMap((m) => m.targets.filter((t) => t.change !== "unchanged").map((t) => [(o.from ?? o.to)!.id, t.change, t.from?.value ?? null, t.to?.value ?? null])),
    );
    expect(got.sort()).toEqual([...EXPECTED[key]!.targets].sort());
  });

  it.each(cases)("%s: missions and resolutions added and removed", (key, a, b) => {
    const d = diffCompacts({ file: "a", compact: years[a] }, { file: "b", compact: years[b] });
    const e = EXPECTED[key]!;
    expect({ added: d.missions.added.sort(), removed: d.missions.removed.sort() }).toEqual({ added: [...e.missions.added].sort(), removed: [...e.missions.removed].sort() });
    expect({ added: d.resolutions.added, removed: d.resolutions.removed }).toEqual(e.resolutions);
  });

  it("a measure whose only change is its number is the same measure with a raised target", () => {
    const d = diffCompacts({ file: "a", compact: years[2010] }, { file: "b", compact: years[2011] });
    const fuel = d.objectives.find((o) => o.from?.id === "A.3-1")!;
    expect(fuel.measures[0]).toMatchObject({ change: "unchanged", from: "90% of rations deliveries on schedule.", to: "95% of rations deliveries on schedule." });
  });

  it("text output: the rewording as a word diff, no colour codes when not asked", () => {
    const d = diffCompacts({ file: "2010.json", compact: years[2010] }, { file: "2011.json", compact: years[2011] });
    const text = formatDiffText(d, false);
    expect(text).toContain("To [-achieve-]{+attain+} gender [-balance-]{+parity+} among senior staff {+serving +}in field missions.");
    expect(text).toContain("target ≥ 30% → ≥ 35% raised");
    expect(text).toContain("target ≤ 15% → ≤ 12% lowered");
    expect(text).toContain("missions: +MONUSCO +UNOCI -MONUC");
    expect(text).not.toContain("\u001b[");
    expect(formatDiffText(d, true)).toContain("\u001b[32m");
  });

  it("a compact against itself: everything unchanged", () => {
    const d = diffCompacts({ file: "a", compact: years[2011] }, { file: "b", compact: years[2011] });
    expect(d.summary).toMatchObject({ unchanged: 7, reworded: 0, moved: 0, added: 0, removed: 0, targetsRaised: 0, targetsDropped: 0 });
  });
});

describe("matching parts", () => {
  it("assignment, not greedy: the pairing with the best total wins", () => {
    // Greedy takes a0–b0 (0.9) and leaves a1 with nothing over the threshold; the optimum is a0–b1, a1–b0.
    const sim = [[0.9, 0.8], [0.85, 0.1]];
    const r = assign(2, 2, (i, j) => sim[i]![j]!, 0.5);
    expect(r.pairs.map(([i, j]) => [i, j])).toEqual([[0, 1], [1, 0]]);
    expect(r.onlyA).toEqual([]);
  });

  it("pairs under the threshold are added and removed, not matched", () => {
    const r = assign(2, 1, (i) => (i === 0 ? 0.3 : 0.7), 0.4);
    expect(r.pairs).toEqual([[1, 0, 0.7]]);
    expect(r.onlyA).toEqual([0]);
    expect(assign(0, 2, () => 1, 0.4)).toEqual({ pairs: [], onlyA: [], onlyB: [0, 1] });
  });

  it("terms are stemmed, stop words and numbers out", () => {
    expect(terms("The deliveries of 90 rations to missions")).toEqual(["deliveri", "ration", "mission"]);
    expect(textSimilarity("gender balance in missions", "Gender balance in the mission")).toBe(1);
    expect(textSimilarity("reduce vacancy rates", "environmental footprint")).toBe(0);
  });

  it("targets paired by unit and compared by value", () => {
    const t = (value: number, unit: string | null, comparator: ">=" | "=" | "<=" = "=") => ({ value, unit, comparator, raw: `${value}` });
    expect(compareTargets([t(30, "days", ">="), t(95, "%")], [t(95, "%"), t(45, "days", ">=")]).map((c) => c.change)).toEqual(["raised", "unchanged"]);
    expect(compareTargets([t(15, "%", "<=")], [t(12, "%", "<=")]).map((c) => c.change)).toEqual(["lowered"]);
    expect(compareTargets([t(15, "%")], [t(15, "days")]).map((c) => c.change)).toEqual(["dropped", "added"]);
  });

  it("word diff keeps the shared words", () => {
    expect(wordDiff("to achieve gender balance", "to attain gender balance")).toEqual([
      { op: "same", text: "to " }, { op: "removed", text: "achieve" }, { op: "added", text: "attain" }, { op: "same", text: " gender balance" },
    ]);
  });
});
