/**
 * Session 40 (h-perf4): the table walk asks whether a header opens at a line once per line
 * (`isHeaderAt` in collectTables). A caption repeated over the header on every page
 * ("Performance framework, 2013") sent `repeatedAboveHeader` to every other copy of the caption,
 * and each time the header under it was probed in full again: with n pages, the headers of the
 * other pages n − 1 times each. The answers are the same (a function of the lines and the layout
 * text); the rows are unchanged, only the repeats are gone.
 */
import { describe, expect, it, vi } from "vitest";
import type { Line } from "../../src/model/layout.js";

const probes = new Map<readonly Line[], Map<number, number>>();
vi.mock("../../src/tables/header.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/tables/header.js")>();
  return {
    ...original,
    detectHeader: (lines: readonly Line[], i: number, layoutText?: string) => {
      const own = probes.get(lines) ?? new Map<number, number>();
      probes.set(lines, own);
      own.set(i, (own.get(i) ?? 0) + 1);
      return original.detectHeader(lines, i, layoutText);
    },
  };
});

const { textToLayout } = await import("../../src/extract/text.js");
const { readTables } = await import("../../src/tables/index.js");

/** One page: the caption centred over a two-line header, three body rows. */
const page = (n: number) =>
  [
    "",
    "                    Performance framework, 2013",
    "Expected            Performance                              Target",
    "Results             Indicators                               (2013)",
    `Trade ${n}          Countries with paperless trade measures   ${n}7`,
    `                    Plans screened for climate risk           ${n}1`,
    `Budgets ${n}        Budget statements disaggregated           ${n}2`,
  ].join("\n");
const DOCUMENT = [1, 2, 3, 4].map(page).join("\n\f") + "\n";

describe("a caption repeated over the header on every page", () => {
  it("is no row, and every page's measures and targets are read", () => {
    probes.clear();
    const { objectives } = readTables(textToLayout(DOCUMENT), []);
    const measures = objectives.flatMap((o) => o.measures ?? []);
    expect(measures.map((m) => m.target)).toEqual(["17", "11", "12", "27", "21", "22", "37", "31", "32", "47", "41", "42"]);
    expect(measures.every((m) => !/framework/i.test(m.text))).toBe(true);
    expect(JSON.stringify(objectives)).not.toMatch(/Performance framework/);
  });
  it("probes each line of the table walk for a header once", () => {
    probes.clear();
    readTables(textToLayout(DOCUMENT), []);
    const walked = [...probes.values()].sort((a, b) => b.size - a.size)[0]!;
    // Every header line of the four pages is probed (the walk's own probes and the captions').
    expect(walked.size).toBeGreaterThanOrEqual(8);
    expect(Math.max(...walked.values())).toBe(1);
  });
});
