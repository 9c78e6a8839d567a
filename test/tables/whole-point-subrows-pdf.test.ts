/**
 * AbiWord's print (corpus13 abw.pdf): every baseline on a whole point plus 0.5, so a cell's wrapped
 * lines step 13 or 14 pt (a 13.4 pt leading rounded) and a measure sub-row under a spanning
 * objective opens 15 or 16 pt below the line above (its padding), a point above the wraps' pair.
 * No measured leading with its tolerance holds both 13 and 14, and 15 is under the 8 % spacing a
 * paragraph needs over 14: the sub-rows were joined ("Tickets purchased at least 16 days before
 * travel Solicitations completed within the planned lead time"). Coordinates as pdf.js reads
 * d13-002 (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

describe("measure sub-rows of a whole-point layout (AbiWord)", () => {
  const read = () => {
    const mk = pdfLineMaker(1, 12);
    const rows: Array<[number, Cell[]]> = [
      [100.5, [["Expected result", 73.5, 89.3, true], ["Key performance indicator", 223.5, 130.2, true], ["Target", 373.5, 34, true]]],
      [115.5, [["Objective 1: To open the procurement of the Secretariat to vendors from developing", 73.5, 402.5]]],
      [128.5, [["countries", 73.5, 43.9]]],
      [143.5, [["Records of closed missions", 73.5, 130.9], ["Tickets purchased at least 16", 223.5, 138.1], ["46%", 373.5, 22]]],
      [157.5, [["received and catalogued", 73.5, 115.8], ["days before travel", 223.5, 85.9]]],
      [172.5, [["Solicitations completed within", 223.5, 146.5]]],
      [185.5, [["the planned lead time", 223.5, 102.8]]],
      [201.5, [["Facilities work orders closed", 223.5, 138.2], ["98%", 373.5, 22]]],
      [214.5, [["within five working days", 223.5, 120.2]]],
      [230.5, [["Objective 2: To keep the Headquarters campus safe, functional and accessible in the regions", 73.5, 441]]],
      [245.5, [["Contracts awarded within the", 73.5, 140.8], ["Reduction in electricity use", 223.5, 131.5], ["21%", 373.5, 22]]],
      [259.5, [["planned procurement lead time", 73.5, 145.8], ["against the 2010 baseline", 223.5, 120.9]]],
      [274.5, [["Linear metres of mission", 223.5, 119.5]]],
      [287.5, [["records accessioned", 223.5, 95.5]]],
      [303.5, [["Tickets purchased at least 16", 223.5, 138.1], ["71%", 373.5, 22]]],
      [316.5, [["days before travel", 223.5, 85.9]]],
    ];
    const lines: Line[] = rows.map(([y, cells], k) => mk(10 + k, y, cells));
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595.3, height: 841.9, lines, rules: [], removed: [] }] };
    return readTables(layout, findSections(layout)).objectives;
  };

  it("opens a measure at a step a point above the wraps' two whole steps", () => {
    const out = read();
    expect(out.map((r) => r.measures.map((m) => m.text))).toEqual([
      ["Tickets purchased at least 16 days before travel", "Solicitations completed within the planned lead time", "Facilities work orders closed within five working days"],
      ["Reduction in electricity use against the 2010 baseline", "Linear metres of mission records accessioned", "Tickets purchased at least 16 days before travel"],
    ]);
    expect(out.map((r) => r.extra?.target)).toEqual([["46%", "98%"], ["21%", "71%"]]);
  });
});
