/**
 * Session 30 (h-html): a value cell's wrapped tail hanging in the padding above the next measure
 * goes with the value above it when the next measure's own value opens on its first line
 * (top-aligned cells). Cut from test/corpus ho-001 wk.pdf, page 2 (wkhtmltopdf: a 7.5 pt wrap step,
 * sub-rows padded to 14.4 pt; points, y down, segments as pdf.js reads them).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

/** [text, x, width] */
type Run = [text: string, x: number, width: number];

function page(fontSize: number, rows: Array<[number, Run[]]>): Layout {
  const lines: Line[] = rows.map(([y, runs], k) => ({
    page: 1,
    line: k + 1,
    y,
    text: runs.map(([t]) => t).join("\t"),
    start: 0,
    end: 0,
    segments: runs.map(([text, x, w]): Segment => ({ text, x, y, width: w, fontSize, page: 1, line: k + 1, start: 0, end: 0 })),
  }));
  return { format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, removed: [], rules: [], lines }] };
}

const read = (l: Layout) => readTables(l, findSections(l)).objectives;

describe("a value's wrapped tail above the next measure's top-aligned value (PDF, wkhtmltopdf)", () => {
  const layout = page(6.5, [
    [50.0, [["Objectives", 98.2, 32.1], ["Outcomes", 222.5, 31.0], ["Key Performance Indicators", 329.6, 84.0], ["Baselines", 455.8, 29.6], ["Targets", 508.7, 22.8]]],
    [71.2, [["To raise the standard of the digital", 52.5, 95.7], ["▪ Increased delivery of technical", 181.2, 89.1], ["1. Adoption by the intergovernmental body of the", 300.0, 136.4], ["Not applicable", 448.4, 40.2], ["Achieved", 497.9, 26.1]]],
    [78.7, [["transformation of work processes.", 52.5, 95.0], ["cooperation projects.", 181.2, 58.7], ["recommendations submitted", 300.0, 79.5]]],
    [92.5, [["▪ Sustained management of financial", 181.2, 102.8], ["1. Proportion of visits completed as planned", 300.0, 122.7], ["47% in 2009", 448.4, 35.2], ["67% by", 497.9, 21.1]]],
    [100.0, [["resources.", 181.2, 29.5], ["December", 497.9, 29.2]]],
    [107.5, [["2010", 497.9, 14.1]]],
    [121.9, [["1. Duration of the onboarding process (days)", 300.0, 125.2], ["160 days", 448.4, 25.7], ["120 days", 497.9, 25.7]]],
    [136.3, [["▪ More effective responsiveness to", 181.2, 96.5], ["1. Adoption of the “Delivering as One” approach", 300.0, 134.0], ["Partially", 448.4, 22.5], ["By 31", 497.9, 16.2]]],
    [143.8, [["requests from Member States.", 181.2, 85.1], ["and by the intergovernmental body of the", 300.0, 115.0], ["achieved in", 448.4, 32.1], ["December", 497.9, 29.2]]],
    [151.3, [["recommendations submitted", 300.0, 79.5], ["2009", 448.4, 14.1], ["2010", 497.9, 14.1]]],
    [194.5, [["To raise the standard of the digital", 52.5, 95.7], ["▪ Increased use of shared services.", 181.2, 98.6], ["1. Duration of the onboarding process (days)", 300.0, 125.2], ["60 days", 448.4, 22.2], ["30 days", 497.9, 22.2]]],
    [202.0, [["transformation of work processes", 52.5, 93.2]]],
    [208.9, [["▪ More effective support to", 181.2, 73.6], ["1. Proportion of evaluations with a management", 300.0, 134.0], ["69% in 2009", 448.4, 35.2], ["87% by", 497.9, 21.1]]],
    [216.4, [["intergovernmental deliberations.", 181.2, 90.0], ["response", 300.0, 26.0], ["December", 497.9, 29.2]]],
    [223.8, [["2010", 497.9, 14.1]]],
    [237.7, [["1. Guidelines issued and available on the intranet", 300.0, 138.2], ["Partially", 448.4, 22.5], ["Fully achieved", 497.9, 40.5]]],
    [245.2, [["achieved in", 448.4, 32.1]]],
    [252.7, [["2009", 448.4, 14.1]]],
    [267.1, [["▪ More effective cooperation with", 181.2, 91.6], ["1. Guidelines of the “Delivering as One” approach", 300.0, 138.9], ["Not applicable", 448.4, 40.2], ["Achieved", 497.9, 26.1]]],
    [274.6, [["regional organizations.", 181.2, 63.6], ["and issued and available on the intranet", 300.0, 111.8]]],
  ]);

  it("keeps '67% by December 2010' and 'Partially achieved in 2009' whole", () => {
    const rows = read(layout);
    const values = (start: string) => rows.find((o) => o.objective === start)?.measures.map((m) => [m.baseline, m.target]);
    expect(values("To raise the standard of the digital transformation of work processes.")).toEqual([
      ["Not applicable", "Achieved"],
      ["47% in 2009", "67% by December 2010"],
      ["160 days", "120 days"],
      ["Partially achieved in 2009", "By 31 December 2010"],
    ]);
    expect(values("To raise the standard of the digital transformation of work processes")).toEqual([
      ["60 days", "30 days"],
      ["69% in 2009", "87% by December 2010"],
      ["Partially achieved in 2009", "Fully achieved"],
      ["Not applicable", "Achieved"],
    ]);
  });
});
