/**
 * Tab-aligned pseudo-columns printed without their tab stops (corpus7 html.pdf: Word → LibreOffice
 * HTML → Chromium): every tab is one plain space, each line one run (src/tables/runTogether.ts).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { splitRunTogetherColumns, valuesStart } from "../../src/tables/runTogether.js";
import { markdownTextToLayout } from "../../src/extract/markdown.js";

/** 5.13 pt a character: the measured advance of d7-010.html.pdf's 11 pt body text, one space between the "columns". */
const CHAR = 5.13;
const LEFT = 65.9;

/** A layout of one-run lines as Chromium prints them: [page, y, text]. */
function runLayout(rows: ReadonlyArray<readonly [number, number, string]>): Layout {
  let text = "";
  const byPage = new Map<number, Line[]>();
  rows.forEach(([page, y, t], i) => {
    const start = text.length;
    text += t + "\n";
    const seg: Segment = { text: t, x: LEFT, y, width: t.length * CHAR, fontSize: 11, page, line: i + 1, start, end: start + t.length };
    const line: Line = { page, line: i + 1, y, text: t, start, end: start + t.length, segments: [seg] };
    byPage.set(page, [...(byPage.get(page) ?? []), line]);
  });
  return { format: "pdf", text, pages: [...byPage].map(([number, lines]) => ({ number, width: 612, height: 792, lines, rules: [], removed: [] })) };
}

const BLOCK = [
  [1, 460, "1. To improve the geographical diversity of the Secretariat workforce."],
  [1, 506, "Indicators of achievement Baseline Target (2023)"],
  [1, 530, "Capital projects on budget 36% 58%"],
  [1, 554, "Energy use per square metre 25 kWh 18 kWh"],
  [1, 578, "Average recruitment time 76 days 63 days"],
  [1, 620, "C. CHALLENGES"],
] as const;

describe("values at a line's end (valuesStart)", () => {
  it("takes numbers with their unit from the right, as many as asked", () => {
    expect(valuesStart("Average recruitment time 76 days 63 days".split(" "), 2)).toBe(3);
    expect(valuesStart("Tickets purchased 16 days in advance 29% 44%".split(" "), 2)).toBe(6);
    expect(valuesStart("Staff trained 40 per cent 60 per cent".split(" "), 2)).toBe(2);
    expect(valuesStart("Forecast error (percentage points) 3.3 2.9".split(" "), 2)).toBe(4);
  });
  it("refuses a line that does not end in that many values, or has no text before them", () => {
    expect(valuesStart("Performance framework, 2011".split(" "), 2)).toBe(-1);
    expect(valuesStart("36% 58%".split(" "), 2)).toBe(-1);
    expect(valuesStart("Energy use per square metre".split(" "), 1)).toBe(-1);
  });
});

describe("a tabbed block whose tab stops were printed as single spaces", () => {
  it("is cut into cells of known index, header and rows", () => {
    const split = splitRunTogetherColumns(runLayout(BLOCK));
    const lines = split.pages[0]!.lines;
    expect(lines[1]!.segments.map((s) => [s.text, s.column])).toEqual([
      ["Indicators of achievement", 0],
      ["Baseline", 1],
      ["Target (2023)", 2],
    ]);
    expect(lines[3]!.segments.map((s) => s.text)).toEqual(["Energy use per square metre", "25 kWh", "18 kWh"]);
    // Offsets stay those of the text: each piece is its own slice of Layout.text.
    for (const s of lines[3]!.segments) expect(split.text.slice(s.start, s.end)).toBe(s.text);
    // The heading and the section after the block are left alone.
    expect(lines[0]!.segments).toHaveLength(1);
    expect(lines[5]!.segments).toHaveLength(1);
  });

  it("reads one measure per line with its baseline and target, under the objective heading above", () => {
    const layout = runLayout(BLOCK);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((o) => o.objective)).toEqual(["To improve the geographical diversity of the Secretariat workforce."]);
    expect(rows[0]!.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([
      ["Capital projects on budget", "36%", "58%"],
      ["Energy use per square metre", "25 kWh", "18 kWh"],
      ["Average recruitment time", "76 days", "63 days"],
    ]);
  });

  it("runs on over a page break, and a caption line under it is no row", () => {
    const layout = runLayout([
      [1, 700, "2. To complete performance evaluations for all staff on time."],
      [1, 720, "Performance Measures Baseline (2010) Target (2011)"],
      [1, 740, "Evaluations completed on time 39% 61%"],
      [2, 60, "Women at P-5 and above 65% 90%"],
      [2, 100, "Performance framework, 2011"],
    ]);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows[0]?.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([
      ["Evaluations completed on time", "39%", "61%"],
      ["Women at P-5 and above", "65%", "90%"],
    ]);
  });

  it("leaves a header whose labels are runs of their own (real columns) as it is", () => {
    const layout = runLayout(BLOCK);
    const header = layout.pages[0]!.lines[1]!;
    const seg = header.segments[0]!;
    header.segments = [
      { ...seg, text: "Indicators of achievement", width: 25 * CHAR },
      { ...seg, text: "Baseline", x: 300, width: 8 * CHAR, start: seg.start + 26, end: seg.start + 34 },
      { ...seg, text: "Target (2023)", x: 400, width: 13 * CHAR, start: seg.start + 35, end: seg.end },
    ];
    expect(splitRunTogetherColumns(layout)).toBe(layout);
  });
});

describe("a tabbed block in Markdown converted from Word", () => {
  // pandoc's docx reader turns every tab into a space (pandoc -f docx -t markdown / gfm, 2.17): a
  // Word block `Indicator ⇥ Baseline ⇥ Target` becomes one paragraph per line, its columns run
  // together as in Chromium's print — the same sequence, read the same way.
  const md = [
    "**Objective: To spend the approved budget in line with the work plan**",
    "",
    "**Key Performance Indicators Baseline (2015) Target (2016)**",
    "",
    "Women at P-5 and above 54% 72%",
    "",
    "Average recruitment time 76 days 63 days",
    "",
    "**III. Challenges**",
    "",
    "The following challenges may affect the delivery of the results above:",
  ].join("\n");

  it("is cut into cells of known index", () => {
    const split = splitRunTogetherColumns(markdownTextToLayout(md));
    const lines = split.pages[0]!.lines.filter((l) => l.segments.length > 0);
    expect(lines[1]!.segments.map((s) => [s.text, s.column])).toEqual([
      ["Key Performance Indicators", 0],
      ["Baseline (2015)", 1],
      ["Target (2016)", 2],
    ]);
    expect(lines[3]!.segments.map((s) => [s.text, s.column])).toEqual([
      ["Average recruitment time", 0],
      ["76 days", 1],
      ["63 days", 2],
    ]);
  });

  it("reads one measure per paragraph with its baseline and target, under the objective above, up to the next heading", () => {
    const layout = markdownTextToLayout(md);
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((o) => o.objective)).toEqual(["To spend the approved budget in line with the work plan"]);
    expect(rows[0]!.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([
      ["Women at P-5 and above", "54%", "72%"],
      ["Average recruitment time", "76 days", "63 days"],
    ]);
  });
});
