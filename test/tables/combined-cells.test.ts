import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { isCombinedLabel, labelRole } from "../../src/vocab/columns.js";
import { combinedItems } from "../../src/tables/text.js";
import { noteCallSegments } from "../../src/tables/columns.js";
import type { Line, Segment } from "../../src/model/layout.js";

/**
 * Session 19 (h-c12a, corpus12 `combined/2`): accomplishments and their measures in one column
 * under a header naming both vocabularies; the table above must not swallow it.
 */
const COMPACT = `# 2013 SENIOR MANAGER’S COMPACT

Between Ms. Ana Ruiz, Under-Secretary-General for Political Affairs, and the Secretary-General, Mr. Ban Ki-moon

## A. PROGRAMME OBJECTIVES

The expected accomplishments and performance measures of the Department are set out below.

| Objectives | Expected accomplishments | Performance measures |
|---|---|---|
| To support peace processes with mediation expertise | • Mediation support deployed within days | – 95% of requests answered within 72 hours<sup>a</sup><br>– 10 joint exercises held |

a Excluding activities funded from extrabudgetary resources.

| Objectives | Expected accomplishments and performance measures |
|---|---|
| To deepen cooperation with regional organizations | (a) Electoral needs assessments completed<br>(i) 4 joint exercises with regional partners<br>(b) Joint analysis with regional organizations<br>(i) 100% of mediation teams including a woman adviser<br>(ii) 93% of Council briefings delivered on the scheduled date |
| To provide the Security Council with accurate analysis | (a) Mission mandates translated into benchmarks<br>(i) 73% of missions with a benchmark framework |

## B. CHALLENGES

Funding remains uncertain.
`;

describe("accomplishments and their measures in one column (combined/2)", () => {
  it("takes a label naming both vocabularies for the accomplishments column, and no sentence", () => {
    for (const label of ["Expected accomplishments and performance measures", "Expected results and indicators of achievement", "OUTCOMES AND KEY PERFORMANCE INDICATORS", "Outcome and Performance Measure"]) {
      expect(isCombinedLabel(label)).toBe(true);
      expect(labelRole(label)).toBe("accomplishments");
    }
    expect(isCombinedLabel("Expected accomplishments")).toBe(false);
    expect(isCombinedLabel("The expected accomplishments and performance measures of the Department are set out below.")).toBe(false);
    expect(isCombinedLabel("Expected accomplishments and performance measures are set out below")).toBe(false);
  });

  it("splits (a) accomplishments from their (i) measures, a letter going on its lettering", () => {
    const items = ["(a)", "(i)", "(ii)", "(b)", "(i)", undefined, "(c)", "(h)", "(i)", "(i)", "(v)", "(ii)"].map((marker, k) => ({ text: `t${k}`, ...(marker ? { marker } : {}) }));
    const out = combinedItems(items)!;
    // "(h)" then "(i)": the ninth accomplishment (the next number is no "(ii)"); "(v)" a measure.
    expect(out.accomplishments.map((a) => a.text)).toEqual(["t0", "t3", "t6", "t7", "t8"]);
    expect(out.measures.map((m) => [m.item.text, m.accomplishment])).toEqual([["t1", 0], ["t2", 0], ["t4", 1], ["t5", 1], ["t9", 4], ["t10", 4], ["t11", 4]]);
    // "(h)" then "(i)" then "(ii)": the measures of "(h)".
    expect(combinedItems([{ marker: "(h)" }, { marker: "(i)" }, { marker: "(ii)" }])!.measures.map((m) => m.accomplishment)).toEqual([0, 0]);
    // A cell of one numbering is no combined cell.
    expect(combinedItems([{ marker: "(a)" }, { marker: "(b)" }])).toBeNull();
  });

  it("reads the combined table as its own table, measures paired with their accomplishment", async () => {
    const out = await extract(new TextEncoder().encode(COMPACT), { fileName: "combined.md" });
    if (out.kind !== "compact") throw new Error(`expected a compact, got ${out.kind}`);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => [m.text, m.accomplishment])])).toEqual([
      [
        "To support peace processes with mediation expertise",
        ["Mediation support deployed within days"],
        [["95% of requests answered within 72 hours", null], ["10 joint exercises held", null]],
      ],
      [
        "To deepen cooperation with regional organizations",
        ["Electoral needs assessments completed", "Joint analysis with regional organizations"],
        [
          ["4 joint exercises with regional partners", 0],
          ["100% of mediation teams including a woman adviser", 1],
          ["93% of Council briefings delivered on the scheduled date", 1],
        ],
      ],
      ["To provide the Security Council with accurate analysis", ["Mission mandates translated into benchmarks"], [["73% of missions with a benchmark framework", 0]]],
    ]);
  });
});

describe("note calls ending a PDF cell", () => {
  const seg = (text: string, x: number, width: number, y: number, fontSize: number): Segment => ({ text, x, y, width, fontSize, page: 1, line: 1, start: 0, end: 0 });
  const line = (segments: Segment[]): Line => ({ page: 1, line: 1, y: 420, text: segments.map((s) => s.text).join(" "), start: 0, end: 0, segments, kind: "text" } as Line);

  it("drops a raised, smaller mark right after a cell's text (Word superscript, ReportLab <super>)", () => {
    // LibreOffice's print of a Word superscript run (d12-002 docx.pdf) and ReportLab's <super>.
    expect([...noteCallSegments(line([seg("physical verification", 267, 97, 175.1, 9.5), seg("from renewable sources", 413.2, 90.6, 175.1, 9.5), seg("a", 504, 2.4, 171.3, 5.5)]))]).toEqual([2]);
    expect([...noteCallSegments(line([seg("from renewable sources", 412.6, 86, 105.6, 9), seg("a", 498.5, 3.2, 101.1, 7.2)]))]).toEqual([1]);
  });

  it("keeps a letter on the baseline, a mark of the text's size, and a mark the cell's text goes on after", () => {
    expect(noteCallSegments(line([seg("from renewable sources", 413.2, 90.6, 175.1, 9.5), seg("a", 504, 4.2, 175.1, 9.5)])).size).toBe(0);
    expect(noteCallSegments(line([seg("from renewable sources", 413.2, 90.6, 175.1, 9.5), seg("a", 504, 4.2, 171.3, 9.5)])).size).toBe(0);
    expect(noteCallSegments(line([seg("area in km", 413.2, 40, 175.1, 9.5), seg("2", 453.3, 2.4, 171.3, 5.5), seg("of forest", 456.5, 30, 175.1, 9.5)])).size).toBe(0);
  });
});
