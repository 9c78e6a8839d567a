/**
 * PDF row losses of session 29 (h-pdfcls), each on a table cut from a tuning corpus's page (points,
 * y down, segments as pdf.js reads them; a cell's own baseline where the producer set it apart
 * from the line's):
 *
 * - a Risks column whose table spaces its paragraphs: a line one paragraph space lower than the
 *   wrap step opens the next risk (corpus14 d14-014 odt.pdf);
 * - a value cell's next line more than VALUE_WRAP_SLACK_PT below the line step is the next
 *   sub-row's value, not a wrap (corpus14 d14-010 xe.pdf: "143" / "21%" 13.75 pt apart at 11.95);
 * - a measure numbering that starts over ("a)" under "a)") opens the next accomplishment in a PDF
 *   too (corpus9 d9b-020 gs.pdf);
 * - groff's top-aligned sub-rows with no padding: the accomplishment's line after the measure's
 *   cell ended closes the sub-row (corpus12 d12-008 groff.pdf).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

/** [text, x, width, own baseline (defaults to the line's)] */
type Run = [text: string, x: number, width: number, y?: number];

function page(fontSize: number, rows: Array<[number, Run[]]>, width = 595, height = 842): Layout {
  const lines: Line[] = rows.map(([y, runs], k) => ({
    page: 1,
    line: k + 1,
    y,
    text: runs.map(([t]) => t).join("\t"),
    start: 0,
    end: 0,
    segments: runs.map(([text, x, w, sy]): Segment => ({ text, x, y: sy ?? y, width: w, fontSize, page: 1, line: k + 1, start: 0, end: 0 })),
  }));
  return { format: "pdf", text: "", pages: [{ number: 1, width, height, removed: [], rules: [], lines }] };
}

const read = (l: Layout) => readTables(l, findSections(l)).objectives;

describe("a value cell's next line more than the slack under the line step (PDF, XeTeX)", () => {
  // corpus14 d14-010 xe.pdf, page 3: the table's wrap step 11.95 pt, sub-rows 13.75 pt apart.
  const layout = page(10, [
    [66.32, [["OBJECTIVE", 61.68, 57.6], ["PERFORMANCE MEASURE", 221.93, 130.9], ["BASELINE", 399.87, 50.4], ["TARGET", 467.29, 41.3]]],
    [84.57, [["To bring sport-based programmes", 61.68, 134.6], ["Young leaders trained at the camps", 221.93, 139.3], ["165", 399.87, 14.9], ["at least 180", 467.29, 45.4]]],
    [96.53, [["into the peacebuilding plans of", 61.68, 122.9]]],
    [108.48, [["United Nations entities", 61.68, 91.9]]],
    [122.23, [["Meetings of the Group of Friends", 221.93, 133.6], ["6", 399.87, 5.0], ["7", 467.29, 5.0]]],
    [134.19, [["convened", 221.93, 38.2]]],
    [205.52, [["To open youth leadership camps to", 61.68, 139.0], ["Share of camp participants from", 221.93, 128.4], ["44%", 399.87, 18.3], ["100 per cent", 467.29, 49.3]]],
    [217.48, [["participants from post-conflict", 61.68, 121.2], ["post-conflict countries", 221.93, 89.4]]],
    [229.43, [["countries through regional partners", 61.68, 139.7]]],
    [243.18, [["Young leaders trained at the camps", 221.93, 139.3], ["143", 399.87, 14.9], ["at least 152", 467.29, 45.4]]],
    [256.93, [["Share of community programmes led by", 221.93, 160.8], ["21%", 399.87, 18.3], ["at least 22%", 467.29, 48.7]]],
    [268.88, [["women", 221.93, 29.3]]],
  ]);

  it("reads the line as the next measure with values of its own", () => {
    const row = read(layout).find((o) => o.objective.startsWith("To open youth leadership camps"));
    expect(row?.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([
      ["Share of camp participants from post-conflict countries", "44%", "100 per cent"],
      ["Young leaders trained at the camps", "143", "at least 152"],
      ["Share of community programmes led by women", "21%", "at least 22%"],
    ]);
  });
});

describe("a measure numbering that starts over (PDF, Ghostscript)", () => {
  // corpus9 d9b-020 gs.pdf, page 3 (landscape): one-line accomplishments beside "a)" lists.
  const layout = page(10.5, [
    [202.1, [["Objective", 148.6, 38.4], ["Expected", 359.4, 38.2], ["Performance", 580.6, 52.5]]],
    [214.7, [["result", 366.8, 23.4], ["measure", 589.1, 35.3]]],
    [234.4, [["To support urban planning that anticipates population", 65.3, 202.0], ["Settlements upgraded with community participation", 276.0, 195.2], ["a) 14 settlements upgraded", 488.2, 107.5]]],
    [247.0, [["growth", 65.3, 25.8]]],
    [254.1, [["Households with improved water and sanitation", 276.0, 179.3], ["a) 5 countries adopting national urban policies", 488.2, 177.8]]],
    [268.1, [["b) 67 per cent of tenure documents issued to women", 488.2, 203.0]]],
    [287.8, [["To promote sustainable urbanization policies at", 65.3, 178.5], ["Settlements upgraded with community participation", 276.0, 195.2], ["a) 63 per cent of tenure documents issued to women", 488.2, 203.0]]],
    [300.4, [["national level", 65.3, 49.7]]],
    [307.5, [["National urban policies adopted", 276.0, 120.2], ["a) 58 settlements upgraded", 488.2, 107.5]]],
    [321.5, [["b) 57 cities approving spatial plans", 488.2, 134.3]]],
    [341.2, [["Households with improved water and sanitation", 276.0, 179.3], ["a) 23 countries adopting national urban policies", 488.2, 182.6]]],
  ], 842, 595);

  it("opens an accomplishment beside each restart", () => {
    const rows = read(layout);
    expect(rows.find((o) => o.objective.startsWith("To support urban planning"))?.accomplishments).toEqual(["Settlements upgraded with community participation", "Households with improved water and sanitation"]);
    expect(rows.find((o) => o.objective.startsWith("To promote sustainable urbanization"))?.accomplishments).toEqual(["Settlements upgraded with community participation", "National urban policies adopted", "Households with improved water and sanitation"]);
  });
});

describe("top-aligned sub-rows without padding (PDF, groff)", () => {
  // corpus12 d12-008 groff.pdf, page 2: a 12.5 pt step throughout, justified narrow cells.
  const layout = page(10, [
    [273.75, [["OBJECTIVES", 68.4, 63.4], ["EXPECTED", 171.24, 53.9], ["KEY PERFORMANCE", 276.96, 107.3], ["TARGET", 399.24, 40.2]]],
    [286.25, [["RESULTS", 171.24, 45.8], ["INDICATORS", 276.96, 60.9]]],
    [300.75, [["To ensure a safe", 68.4, 87.8], ["Common services", 171.24, 90.7], ["– Average time to fill a", 276.96, 107.3], ["93 days", 399.24, 34.7]]],
    [313.25, [["and accessible", 68.4, 87.8], ["costs shared fairly", 171.24, 90.7], ["vacant post", 276.96, 50.9]]],
    [325.75, [["Vienna", 68.4, 31.1], ["among the Vienna", 171.24, 90.7]]],
    [338.25, [["International", 68.4, 55.3], ["organizations", 171.24, 59.5]]],
    [350.75, [["Centre", 68.4, 30.0], ["Meetings serviced", 171.24, 90.7], ["– Security incidents at", 276.96, 107.3], ["1", 399.24, 5.6]]],
    [363.25, [["as planned with full", 171.24, 90.7], ["the Centre requiring", 276.96, 107.3]]],
    [375.75, [["interpretation", 171.24, 58.7], ["evacuation", 276.96, 47.8]]],
    [388.25, [["Building works", 171.24, 90.7], ["– Pre-session", 276.96, 63.9], ["92%", 399.24, 20.0]]],
    [400.75, [["completed without", 171.24, 90.7], ["documents issued on", 276.96, 107.3]]],
    [413.25, [["disruption to", 171.24, 90.7], ["time", 276.96, 18.9]]],
    [425.75, [["meetings", 171.24, 40.6]]],
    [438.25, [["To reduce the cost", 68.4, 87.8], ["Meetings serviced", 171.24, 90.7], ["– Average time to fill a", 276.96, 107.3], ["78 days", 399.24, 34.7]]],
    [450.75, [["of shared", 68.4, 87.8], ["as planned with full", 171.24, 90.7], ["vacant post", 276.96, 50.9]]],
    [463.25, [["administrative", 68.4, 61.3], ["interpretation", 171.24, 58.7]]],
    [475.75, [["services in Vienna", 68.4, 81.4], ["Building works", 171.24, 90.7], ["– Pre-session", 276.96, 63.9], ["93%", 399.24, 20.0]]],
    [488.25, [["completed without", 171.24, 90.7], ["documents issued on", 276.96, 107.3]]],
    [500.75, [["disruption to", 171.24, 90.7], ["time", 276.96, 18.9]]],
    [513.25, [["meetings", 171.24, 40.6]]],
    [525.75, [["Recruitment", 171.24, 54.0], ["– Security incidents at", 276.96, 107.3], ["3", 399.24, 5.6]]],
    [538.25, [["completed within", 171.24, 90.7], ["the Centre requiring", 276.96, 107.3], ["100%", 399.24, 25.6]]],
    [550.75, [["the established", 171.24, 90.7], ["evacuation", 276.96, 47.8], ["41%", 399.24, 20.0]]],
    [563.25, [["timeline", 171.24, 34.5], ["– Meetings serviced", 276.96, 107.3]]],
    [575.75, [["with interpretation as", 276.96, 107.3]]],
    [588.25, [["requested", 276.96, 44.5]]],
  ]);

  it("opens the accomplishment beside the next measure under a line of its own", () => {
    const rows = read(layout);
    expect(rows.find((o) => o.objective.startsWith("To reduce the cost"))?.accomplishments).toEqual([
      "Meetings serviced as planned with full interpretation",
      "Building works completed without disruption to meetings",
      "Recruitment completed within the established timeline",
    ]);
    expect(rows.find((o) => o.objective.startsWith("To ensure a safe"))?.accomplishments).toEqual([
      "Common services costs shared fairly among the Vienna organizations",
      "Meetings serviced as planned with full interpretation",
      "Building works completed without disruption to meetings",
    ]);
  });
});

describe("a measure numbering that restarts beside a wrapped accomplishment's lower-case line (PDF, wkhtmltopdf)", () => {
  // test/corpus dev-035 wk.pdf: "Measurable progress in the" / "representation of unrepresented
  // Member" / "States among staff." beside "1. Number of partnership agreements signed" and "1.
  // Percentage of contracts …" (both measures numbered 1). The restart stands beside the
  // lower-case line, so "States" under it is the same accomplishment's, not a new one's.
  it("keeps the accomplishment whole", async () => {
    const { extract } = await import("../../src/index.js");
    const doc = await extract(new URL("../corpus/dev/dev-035.wk.pdf", import.meta.url).pathname);
    if (doc.kind !== "compact") throw new Error(`dev-035 read as ${doc.kind}`);
    const row = doc.objectives.find((o) => o.objective.startsWith("To sustain the monitoring of delegated"));
    expect(row?.accomplishments).toEqual(["Measurable progress in the representation of unrepresented Member States among staff."]);
  });
});
