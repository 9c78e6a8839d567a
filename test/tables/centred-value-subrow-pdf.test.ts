/**
 * A measure-rows table (Objective | indicator | Baseline | Target), cells vertically centred
 * (corpus10 dev10b d10b-018, Word's print, 10 pt): the second objective's two indicators are
 * sub-rows; the second, "Number of appointments from unrepresented" / "Member States", wraps, and
 * its values "7" "8" are centred between its two lines. Its wrapped line opens with a capital,
 * which read as another item opening right under the value line, so the values opened no measure
 * there and the two indicators joined ("… on time Number of appointments …", baseline "93% 7").
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const make = pdfLineMaker(2, 10);
// pdf.js merges runs within a few points into one line; each run keeps its own baseline (the
// centred objective's lines fall between the measure column's).
const mk = (line: number, y: number, cells: Parameters<typeof make>[2], ys: Record<number, number> = {}): Line => {
  const l = make(line, y, cells);
  return { ...l, segments: l.segments.map((s, k) => ({ ...s, y: ys[k] ?? y })) };
};
const lines: Line[] = [
  mk(144, 555.6, [["Objective", 126.3, 41.1, true], ["Key Performance Indicator", 266.4, 117.7, true], ["Baseline", 435.4, 35.6, true], ["Target", 501.9, 28, true]]),
  mk(146, 571.2, [["To achieve gender balance among", 70.2, 135.9], ["Reduction in travel emissions", 234.2, 118.6], ["16 per cent", 430.9, 44.4], ["18 per cent", 493.6, 44.4]]),
  mk(148, 582.8, [["staff at the Professional level and", 70.2, 132.8]]),
  mk(149, 590.6, [["above", 70.2, 23.9], ["Vacancy rate", 234.2, 51.4], ["4%", 446.5, 13.3], ["3%", 509.2, 13.3]], { 0: 594.4 }),
  mk(151, 610.0, [["Percentage of documents submitted on time", 234.2, 175.2], ["93%", 444, 18.3], ["97%", 506.7, 18.3]]),
  mk(152, 617.8, [["To recruit staff from unrepresented", 70.2, 139.6]]),
  mk(153, 625.6, [["and underrepresented Member States", 70.2, 148.6], ["Number of appointments from unrepresented", 234.2, 180.5]], { 0: 629.4 }),
  mk(154, 631.4, [["7", 450.6, 5], ["8", 513.3, 5]]),
  mk(155, 637.2, [["Member States", 234.2, 60.3]]),
];
const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 595, height: 842, lines, rules: [], removed: [] }] };

describe("a value centred between a measure's line and its wrapped line opening with a capital", () => {
  it("opens that measure's own sub-row", () => {
    const last = readTables(layout, findSections(layout)).objectives.at(-1)!;
    expect(last.objective).toBe("To recruit staff from unrepresented and underrepresented Member States");
    expect(last.measures.map((m) => [m.text, m.baseline, m.target])).toEqual([
      ["Percentage of documents submitted on time", "93%", "97%"],
      ["Number of appointments from unrepresented Member States", "7", "8"],
    ]);
  });
});
