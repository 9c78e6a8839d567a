import { describe, expect, it } from "vitest";
import { orderColumns } from "../../src/extract/pdf/columns.js";
import type { Line, Page, Segment } from "../../src/model/layout.js";

/** A PDF line from [x, text] runs at y (widths from a 5 pt character), offsets relative to the line. */
function line(y: number, ...runs: Array<[number, string]>): Line {
  let at = 0;
  const segments: Segment[] = runs.map(([x, text]) => {
    const s: Segment = { text, x, y, width: text.length * 5, fontSize: 10, page: 1, line: 0, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
  const text = runs.map(([, t]) => t).join(" ");
  return { page: 1, line: 0, y, text, start: 0, end: text.length, segments };
}
const page = (lines: Line[]): Page => ({ number: 1, width: 612, height: 792, lines, rules: [], removed: [] });
const texts = (pages: Page[]) => pages[0]!.lines.map((l) => l.text);

// A compact's first page: a preamble on the left, the mandate paragraph on the right (its lines on
// their own baselines, so the layout interleaves them), a section heading, then the table.
const LEFT = 50;
const RIGHT = 330;
const compactPage = () =>
  page([
    line(40, [400, "Department of Safety and Security"]), // running header, alone on the right
    line(60, [200, "SENIOR MANAGER'S COMPACT FOR 2021"]),
    line(80, [LEFT, "Between Ms. Ana Duarte, Under-Secretary-"]),
    line(84, [RIGHT, "The Department works under the mandates of"]),
    line(92, [LEFT, "General for Safety and Security, and the"]),
    line(96, [RIGHT, "Security Council resolution 2417 (2018) and"]),
    line(104, [LEFT, "Secretary-General, for the period from 1"]),
    line(108, [RIGHT, "General Assembly resolution 75/198 of 12"]),
    line(116, [LEFT, "January to 31 December 2021."], [RIGHT, "December 2020, as its programme of work."]),
    line(140, [LEFT, "A. ACHIEVING PROGRAMME OBJECTIVES"]),
    line(160, [60, "Objective"], [240, "Expected accomplishment"], [420, "Performance measure"]),
    line(176, [60, "To keep staff safe"], [240, "Fewer incidents"], [420, "Incidents: 12"]),
    line(188, [60, "in the field."], [240, "in duty stations"], [420, "Reviews: 4"]),
  ]);

describe("orderColumns: a compact's two-column front matter", () => {
  it("reads the preamble, then the right column, and leaves the header line, heading and table in place", () => {
    expect(texts(orderColumns([compactPage()]))).toEqual([
      "Department of Safety and Security",
      "SENIOR MANAGER'S COMPACT FOR 2021",
      "Between Ms. Ana Duarte, Under-Secretary-",
      "General for Safety and Security, and the",
      "Secretary-General, for the period from 1",
      "January to 31 December 2021.",
      "The Department works under the mandates of",
      "Security Council resolution 2417 (2018) and",
      "General Assembly resolution 75/198 of 12",
      "December 2020, as its programme of work.",
      "A. ACHIEVING PROGRAMME OBJECTIVES",
      "Objective Expected accomplishment Performance measure",
      "To keep staff safe Fewer incidents Incidents: 12",
      "in the field. in duty stations Reviews: 4",
    ]);
  });

  it("leaves a compact alone when its front matter is one column", () => {
    const p = compactPage();
    p.lines = p.lines.filter((l) => !l.segments.some((s) => s.x === RIGHT));
    const before = texts([p]);
    expect(texts(orderColumns([p]))).toEqual(before);
  });

  it("does not split a table's rows even when they sit beside nothing", () => {
    const ordered = orderColumns([compactPage()]);
    const row = ordered[0]!.lines.find((l) => l.text.startsWith("To keep"));
    expect(row?.segments.map((s) => s.text)).toEqual(["To keep staff safe", "Fewer incidents", "Incidents: 12"]);
  });
});
