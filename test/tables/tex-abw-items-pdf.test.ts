/**
 * Session 40 (h-pdf13), corpus13's PDFs: three cues from the page's geometry. Coordinates as pdf.js
 * reads the documents (points, y down).
 * - A hole in a column beside the row's other lines, a whole number of wrap steps tall, is no
 *   paragraph space (`spacedColumns`): the unmarked measures of a TeX table stay parted by the
 *   words at the break (val13c v13c-003 tex.pdf, pages 2–3).
 * - TeX's nested list whose inner items lost their labels: inner items start right of the marked
 *   item's text (val13c v13c-018 tex.pdf, page 1).
 * - AbiWord's figure-led measures: a line opening with a figure under an item that opened with
 *   one is the next measure, also after a name ("… the Youth Strategy" / "20 entities …", dev13
 *   d13-016 abw.pdf, page 3).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

const read = (rows: Array<[number, Cell[]]>, fontSize: number, width = 595.3, height = 841.9) => {
  const mk = pdfLineMaker(1, fontSize);
  const lines: Line[] = rows.map(([y, cells], k) => mk(10 + k, y, cells));
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width, height, lines, rules: [], removed: [] }] };
  return readTables(layout, findSections(layout)).objectives;
};

describe("corpus13 PDFs: items parted by the page's geometry", () => {
  it("reads a hole beside the row's other lines as no paragraph space (TeX, unmarked measures)", () => {
    const out = read([
      [60.0, [["Expected results", 72.3, 82.1], ["Performance measures", 247.8, 112.3], ["Target", 455.9, 32.5]]],
      [136.8, [["Objective 3: To keep the protection of children from violence high on the global agenda at", 72.3, 450.7]]],
      [150.3, [["Headquarters", 72.3, 66.4]]],
      [163.9, [["National data on violence against", 72.3, 152.3], ["Voluntary national reviews that address", 247.8, 179.8], ["42", 455.9, 10.9]]],
      [177.4, [["children published with", 72.3, 104.9], ["violence against children (percentage)", 247.8, 172.5]]],
      [191.0, [["disaggregation by age and sex", 72.3, 136.5]]],
      [204.5, [["Child-friendly versions of reports issued", 247.8, 178.1]]],
      [218.1, [["(number)", 247.8, 42.9]]],
      [237.1, [["Objective 4:", 72.3, 62.1], ["To bring the protection of children into the follow-up to the Sustainable", 143.2, 379.8]]],
      [250.6, [["Development Goals", 72.3, 96.8]]],
      [264.2, [["Regional commitments adopted on", 72.3, 158.7], ["Voluntary national reviews that address", 247.8, 179.8], ["69", 455.9, 10.9]]],
      [277.7, [["the prohibition of corporal", 72.3, 119.1], ["violence against children (percentage)", 247.8, 172.5]]],
      [291.3, [["punishment", 72.3, 52.4], ["Country visits concluded with an agreed", 247.8, 182.6]]],
      [304.8, [["plan of action (percentage)", 247.8, 124.4]]],
    ], 10.9);
    expect(out.map((r) => r.measures.map((m) => m.text))).toEqual([
      ["Voluntary national reviews that address violence against children (percentage)", "Child-friendly versions of reports issued (number)"],
      ["Voluntary national reviews that address violence against children (percentage)", "Country visits concluded with an agreed plan of action (percentage)"],
    ]);
  });

  it("reads unmarked lines right of a marked item's text as its measures (TeX nested list)", () => {
    const out = read([
      [322.1, [["Objective", 89.0, 48.1], ["Expected accomplishment and indicator of achievement", 324.9, 279.3]]],
      [339.1, [["To reach an equal balance of women and men in", 89.0, 211.2]]],
      [351.0, [["the Secretariat across the Secretariat", 89.0, 161.3], ["▷ Higher representation of women in the Professional category and above", 332.9, 318.9]]],
      [363.0, [["69% of reports of the Secretary-General with gender analysis", 356.8, 265.7]]],
      [375.9, [["▷ Gender advisers in peacekeeping operations", 332.9, 197.8]]],
      [387.9, [["37% of women among staff at the D-1 level and above", 356.8, 235.9]]],
      [400.8, [["22 entities with a gender action plan", 356.8, 159.7]]],
      [429.7, [["To make gender mainstreaming part of the", 89.0, 187.2]]],
      [441.7, [["performance appraisal of managers in field missions", 89.0, 223.9], ["▷ Gender advisers in peacekeeping operations", 332.9, 197.8]]],
      [453.6, [["25 entities with a gender action plan", 356.8, 159.7]]],
      [466.6, [["▷ Departmental focal points for women appointed", 332.9, 216.8]]],
      [478.5, [["7 peacekeeping operations with a gender adviser", 356.8, 210.8]]],
    ], 10, 841.9, 595.3);
    expect(out.map((r) => r.accomplishments)).toEqual([
      ["Higher representation of women in the Professional category and above", "Gender advisers in peacekeeping operations"],
      ["Gender advisers in peacekeeping operations", "Departmental focal points for women appointed"],
    ]);
    expect(out.map((r) => r.measures.map((m) => m.text))).toEqual([
      ["69% of reports of the Secretary-General with gender analysis", "37% of women among staff at the D-1 level and above", "22 entities with a gender action plan"],
      ["25 entities with a gender action plan", "7 peacekeeping operations with a gender adviser"],
    ]);
  });

  it("opens a figure-led measure under a figure-led one, after a line ending on a name (AbiWord)", () => {
    const out = read([
      [503.5, [["Objectives", 73.5, 51.3], ["Expected results", 223.4, 78.9], ["Indicators of achievement", 373.5, 124.5]]],
      [519.5, [["To reach young people where", 73.5, 141.7]]],
      [532.5, [["they are through digital", 73.5, 112.2], ["➢ Young people speaking in", 223.5, 135.9], ["16 entities with a youth focal", 373.5, 139.5]]],
      [545.5, [["campaigns at Headquarters", 73.5, 129.8], ["the meetings of", 223.5, 73.9], ["point", 373.5, 24.6]]],
      [559.5, [["intergovernmental bodies", 223.5, 122.0], ["1,474,616 followers of the", 373.5, 126.9]]],
      [572.5, [["➢ Country teams reporting on", 223.5, 144.2], ["Envoy's channels", 373.5, 83.1]]],
      [585.5, [["the Youth Strategy", 223.5, 88.9], ["190 youth-led organizations", 373.5, 134.3]]],
      [599.5, [["➢ Young peacebuilders", 223.5, 111.9], ["in the partner network", 373.5, 106.2]]],
      [612.5, [["consulted on resolutions", 223.5, 116.6]]],
      [625.5, [["concerning youth, peace and", 223.5, 137.2]]],
      [638.5, [["security", 223.5, 37.9]]],
      [654.5, [["To promote decent jobs for", 73.5, 129.7]]],
      [667.5, [["young people through system-", 73.5, 145.6], ["➢ Young peacebuilders", 223.5, 111.9], ["184 youth-led organizations", 373.5, 134.3]]],
      [680.5, [["wide partnerships at", 73.5, 96.6], ["consulted on resolutions", 223.5, 116.6], ["in the partner network", 373.5, 106.2]]],
      [694.5, [["Headquarters", 73.5, 63.9], ["concerning youth, peace and", 223.5, 137.2], ["83% of country teams that", 373.5, 126.5]]],
      [707.5, [["security", 223.5, 37.9], ["report on the Youth Strategy", 373.5, 135.6]]],
      [720.5, [["20 entities with a youth focal", 373.5, 139.5]]],
      [734.5, [["point", 373.5, 24.6]]],
    ], 12);
    expect(out.map((r) => r.measures.map((m) => m.text))).toEqual([
      ["16 entities with a youth focal point", "1,474,616 followers of the Envoy's channels", "190 youth-led organizations in the partner network"],
      ["184 youth-led organizations in the partner network", "83% of country teams that report on the Youth Strategy", "20 entities with a youth focal point"],
    ]);
  });
});
