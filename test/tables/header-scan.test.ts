import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, layoutOf, sources } from "../support/text-sources.js";
import { checkSkipped, checkSkippedFiles, sampled } from "./support/corpus-checks.js";
import { allLines } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader, linesWithoutHeader, scanFirstHeader } from "../../src/tables/header.js";

// The classifier's header scan (non-blank lines) is handed to the table reader (every line), which
// skips `detectHeader` on the lines before the scan's first header. These tests check that the
// skipped lines are exactly lines where `detectHeader` over every line finds nothing.


// The fixtures and every tenth corpus source (fourth of dev3's); every source: corpus-checks.slow.test.ts.
const FILES = [...sources(/\.(txt|md)$/, "fixtures", "test/fixtures/compacts", "test/fixtures/markdown", "test/fixtures/unknown"), ...sampled(/\.(txt|md)$/, 10, "test/corpus/dev", "test/corpus6/dev6"), ...sampled(/\.(txt|md)$/, 4, "test/corpus3/dev3")];

describe("the classifier's header scan, reused by the table reader", () => {
  it("skips only lines where no header starts, on the fixtures' text and Markdown sources and a sample of the corpora's", async () => {
    expect(FILES.length).toBeGreaterThan(30);
    const { skipped, withHeader } = await checkSkippedFiles(FILES);
    // The reuse is not vacuous: most sources are compacts whose header follows a preamble.
    expect(withHeader).toBeGreaterThan(25);
    expect(skipped).toBeGreaterThan(500);
  });

  it("holds with blank lines inside a wrapped header and before it (they shorten a window's reach)", async () => {
    // A header wrapped over two lines, blank lines pushed between its pieces: in the non-blank list
    // the pieces stay adjacent; in the full list a window stops reaching them after fourteen lines
    // (2 × MAX_HEADER_LINES).
    const headers = [
      ["\tExpected\tPerformance", "Objective\taccomplishments\tmeasures"],
      ["\tExpected", "Objective\taccomplishments\tPerformance measure"],
    ];
    const row = "To do the work\tWork done\tReports issued";
    let sawLate = 0;
    for (const [top, bottom] of headers) {
      for (let blanks = 0; blanks <= 16; blanks++) {
        const text = ["Preamble of the compact.", "", top, ...Array<string>(blanks).fill(""), bottom, "", row, ""].join("\n");
        const layout = await layoutOf(text);
        const lines = [...allLines(layout)];
        const r = checkSkipped(layout);
        // Where the full list finds its first header later than the scan (or none), the reader
        // still probes from the scan's first header on.
        const firstFull = lines.findIndex((_, i) => detectHeader(lines, i, layout.text) !== null);
        if (r.found && firstFull !== r.skipped) sawLate++;
        expect(readTables(layout, findSections(layout), scanFirstHeader(layout))).toEqual(readTables(layout, findSections(layout)));
      }
    }
    // Some spacings do make the two lists disagree on the first header: the case the rule is about.
    expect(sawLate).toBeGreaterThan(0);
  });

  it("reads the same tables with and without the scan", async () => {
    for (const f of sources(/\.(txt|md)$/, "fixtures", "test/fixtures/compacts")) {
      const layout = await layoutOf(readFileSync(f, "utf8"));
      const sections = findSections(layout);
      expect(readTables(layout, sections, scanFirstHeader(layout)), f).toEqual(readTables(layout, sections));
    }
  });

  it("is not taken for another layout's", async () => {
    const dfs = await layoutOf(readFileSync(join(ROOT, "fixtures/compact-2008-dfs.txt"), "utf8"));
    const other = await layoutOf(readFileSync(join(ROOT, "fixtures/compact-2012-ohrm-four-columns.txt"), "utf8"));
    const scan = scanFirstHeader(dfs);
    expect(linesWithoutHeader(scan, [...allLines(dfs)])).toBeGreaterThan(0);
    expect(linesWithoutHeader(scan, [...allLines(other)])).toBe(0);
    expect(linesWithoutHeader(undefined, [...allLines(dfs)])).toBe(0);
    // A scan that found no header covers every line of its own layout, no other.
    const none = { first: null, nonBlank: [...allLines(other)].filter((l) => l.segments.length > 0).length, core: false };
    expect(linesWithoutHeader(none, [...allLines(other)])).toBe([...allLines(other)].length);
    expect(linesWithoutHeader(none, [...allLines(dfs)])).toBe(0);
  });
});
