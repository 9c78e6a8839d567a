/**
 * Session 40 (h-perf4): the table walk asks whether a header opens at a line once per line
 * (`isHeaderAt` in collectTables). A caption repeated over the header on every page
 * ("Performance framework, 2013") sent `repeatedAboveHeader` to every other copy of the caption,
 * and each time the header under it was probed in full again: with n pages, the headers of the
 * other pages n − 1 times each. The answers are the same (a function of the lines and the layout
 * text); the rows are unchanged, only the repeats are gone.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { readTables } from "../../src/tables/index.js";

// The probe count itself (each line probed once; 1,717 → 1,702 `detectHeader` calls a pass over
// the ten bench PDFs) was measured by h-perf4 with a mocked header module. It is not asserted here:
// the unit suite shares one module registry per worker (`isolate: false`, vitest.config.ts), so a
// module mock leaks into — or misses — other files' imports. The rows below guard the behaviour.

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
    const { objectives } = readTables(textToLayout(DOCUMENT), []);
    const measures = objectives.flatMap((o) => o.measures ?? []);
    expect(measures.map((m) => m.target)).toEqual(["17", "11", "12", "27", "21", "22", "37", "31", "32", "47", "41", "42"]);
    expect(measures.every((m) => !/framework/i.test(m.text))).toBe(true);
    expect(JSON.stringify(objectives)).not.toMatch(/Performance framework/);
  });
});
