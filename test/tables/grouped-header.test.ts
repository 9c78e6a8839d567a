/**
 * Two-level table headers (issue 11, corpus8 failure kind 1): a group label ("Performance
 * measures", "Indicators of achievement", "Key performance indicators") spans
 * `Indicator | Baseline | Target` in a second header row, the other labels merged over both rows.
 * The PDF readers and pdftotext's text show the span in the geometry (the label centred over the
 * lower labels, its text touching them or not); Markdown flattens the header to its lower labels.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { textToLayout } from "../../src/extract/text.js";
import type { Line } from "../../src/model/layout.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const columnsOf = (lines: readonly Line[], at = 0, text?: string) =>
  detectHeader(lines, at, text)?.columns.map((c) => [c.role, c.header]) ?? null;

const line = pdfLineMaker(1, 9.5);
/** A PDF line of positioned runs: [x, text] pairs, 9.5 pt, about 5 pt per character. */
function pdfLine(n: number, y: number, runs: ReadonlyArray<[number, string]>): Line {
  return { ...line(n, y, runs.map(([x, text]) => [text, x, text.length * 5])), text: runs.map(([, t]) => t).join(" ") };
}

describe("two-level header in a PDF", () => {
  it("ruled: the group label overlaps the lower labels it spans; Indicator is the measure column", () => {
    // d8-001 rtf.pdf: "Performance Measures" over Indicator | Baseline | Target, Objective and
    // Outcome centred between the two rows.
    const lines = [
      pdfLine(1, 652.0, [[366.3, "Performance Measures"]]),
      pdfLine(2, 657.6, [[104.4, "Objective"], [219.9, "Outcome"]]),
      pdfLine(3, 663.2, [[348.4, "Indicator"], [443.8, "Baseline"], [497.5, "Target"]]),
      pdfLine(4, 674.3, [[301.7, "Accepted recommendations"]]),
    ];
    expect(columnsOf(lines)).toEqual([
      ["objective", "Objective"],
      ["accomplishments", "Outcome"],
      ["measures", "Indicator"],
      ["baseline", "Baseline"],
      ["target", "Target"],
    ]);
    // Three lines: the first body line below stays in the body.
    expect(detectHeader(lines, 0)?.lineCount).toBe(3);
  });

  it("borderless: the group label's text, centred over wide cells, touches none of the lower labels", () => {
    // d8-022 rtf.pdf: "Key performance indicators" (471–598) over Indicator (414–455), Baseline
    // (611–649) and Target (716–744); read as cells of their own, "Indicator" was a stray piece.
    const lines = [
      pdfLine(1, 144.7, [[471.0, "Key performance indicators"]]),
      pdfLine(2, 150.4, [[108.3, "Expected accomplishment"]]),
      pdfLine(3, 156.1, [[413.7, "Indicator"], [610.8, "Baseline"], [716.2, "Target"]]),
    ];
    expect(columnsOf(lines)).toEqual([
      ["accomplishments", "Expected accomplishment"],
      ["measures", "Indicator"],
      ["baseline", "Baseline"],
      ["target", "Target"],
    ]);
  });

  it("staggered lower row: Baseline and Target wrapped over three lines beside a one-line Indicator", () => {
    // d8-006 rtf.pdf: the lower cells open on different lines; the accomplishment label, merged
    // over both rows, sits between them and is no lower cell.
    const lines = [
      pdfLine(1, 312.9, [[360.1, "Performance Measures"]]),
      pdfLine(2, 318.2, [[208.6, "Expected"]]),
      pdfLine(3, 323.3, [[88.1, "Objectives"], [439.9, "Baseline"], [494.3, "Target"]]),
      pdfLine(4, 328.4, [[190.3, "Accomplishments"], [340.3, "Indicator"]]),
    ];
    expect(columnsOf(lines)).toEqual([
      ["objective", "Objectives"],
      ["accomplishments", "Expected Accomplishments"],
      ["measures", "Indicator"],
      ["baseline", "Baseline"],
      ["target", "Target"],
    ]);
  });

  it("a measures label over a single cell is that cell's first line, not a group", () => {
    // "Performance measures" / "(2016)" under it, Objective and Target beside: no second row.
    const lines = [
      pdfLine(1, 100, [[80, "Objective"], [300, "Performance measures"], [480, "Target"]]),
      pdfLine(2, 106, [[330, "(2016)"], [482, "2016"]]),
    ];
    expect(columnsOf(lines)?.map(([role]) => role)).toEqual(["objective", "measures", "target"]);
  });
});

describe("two-level header in pdftotext -layout text", () => {
  it("reads the group label a whole grid line above its lower row, the other labels between", () => {
    const text = [
      "                                                                      Performance Measures",
      "        Objective                    Outcome",
      "                                                                  Indicator          Baseline        Target",
      "                                                       Accepted recommendations",
    ].join("\n");
    const layout = textToLayout(text);
    expect(columnsOf(layout.pages[0]!.lines, 0, layout.text)).toEqual([
      ["objective", "Objective"],
      ["accomplishments", "Outcome"],
      ["measures", "Indicator"],
      ["baseline", "Baseline"],
      ["target", "Target"],
    ]);
    expect(detectHeader(layout.pages[0]!.lines, 0, layout.text)?.lineCount).toBe(3);
  });
});

describe("header cells glued by pdftotext", () => {
  it("splits the run of two words broken in narrow cells (BASELI TARGE over NE  T) and reads the staggered two-level header", () => {
    // d8-014 txt: the broken heads of Baseline and Target one space apart, their tails below.
    const text = [
      "                                                          INDICATORS OF ACHIEVEMENT",
      "                             EXPECTED                                          BASELI TARGE",
      "     OBJECTIVE",
      "                          ACCOMPLISHMENT                   INDICATOR              NE     T",
    ].join("\n");
    const layout = textToLayout(text);
    expect(columnsOf(layout.pages[0]!.lines, 0, layout.text)).toEqual([
      ["objective", "OBJECTIVE"],
      ["accomplishments", "EXPECTED ACCOMPLISHMENT"],
      ["measures", "INDICATOR"],
      ["baseline", "BASELINE"],
      ["target", "TARGET"],
    ]);
  });
});

const COMPACT = (table: string) => `# Senior Manager’s Compact 2019

Between the Secretary-General and the Under-Secretary-General for Political and Peacebuilding Affairs

## B. MANAGING RESOURCES

${table}
`;

describe("two-level header flattened to its lower labels (Markdown)", () => {
  it("a bare Indicator column beside Baseline and Target is the measure column, its values the measures'", async () => {
    const md = COMPACT(`| Objective | Outcome | Indicator | Baseline | Target |
|---|---|---|---|---|
| To achieve gender parity at all levels of the department. | Performance cycle completed on schedule | Accepted recommendations implemented on time (percentage) | 61 per cent | 68 per cent |
|  |  | Days from job opening to selection | 141 days | 118 days |
| To improve the geographical diversity of staff. | Staff completing mandatory courses | Budget implementation rate (percentage) | 93 per cent | 95 per cent |`);
    const out = await extract(new TextEncoder().encode(md), { fileName: "grouped.md" });
    if (out.kind !== "compact") throw new Error(`expected a compact, got ${out.kind}`);
    expect(out.objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => [m.text, m.baseline, m.target])])).toEqual([
      [
        "To achieve gender parity at all levels of the department.",
        ["Performance cycle completed on schedule"],
        [
          ["Accepted recommendations implemented on time (percentage)", "61 per cent", "68 per cent"],
          ["Days from job opening to selection", "141 days", "118 days"],
        ],
      ],
      ["To improve the geographical diversity of staff.", ["Staff completing mandatory courses"], [["Budget implementation rate (percentage)", "93 per cent", "95 per cent"]]],
    ]);
  });

  it("without Baseline or Target a bare Indicator names no column", () => {
    const layout = textToLayout("Objective\tOutcome\tIndicator\n");
    const tabbed = layout.pages[0]!.lines;
    expect(tabbed[0]!.segments.map((s) => s.column)).toEqual([0, 1, 2]);
    expect(detectHeader(tabbed, 0, layout.text)).toBeNull();
  });
});
