/**
 * A PDF's measure column of one-line measures (session 26, h-pdf18; corpus13 tex.pdf d13-002: a
 * LaTeX longtable, landscape A4, points, y down). "Solicitations completed within the planned lead
 * time" has no Target of its own; the line under it opens the Target cell "85%" beside
 * "Facilities work orders closed within five working days". No measure of the row opens in lower
 * case (none wraps), so the line above is a whole measure, and the value cell opening beside the
 * next line is that line's measure's: a new measure, not a wrapped line of the one above.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

function layout(lastMeasure = "Facilities work orders closed within five working days"): Layout {
  const a = pdfLineMaker(1, 9.96);
  const lines = [
    a(1, 289.96, [["Expected result", 89.29, 78.98, true], ["Key performance indicator", 345.59, 135.01, true], ["Target", 649.52, 32.73, true]]),
    a(2, 306.92, [["Objective 1: To provide the travel, mail and transport services that delegates and staff rely on", 89.29, 560]]),
    a(3, 318.97, [["Contracts awarded within the planned procurement", 89.29, 225.71], ["Reduction in electricity use against the 2010 baseline", 345.59, 231.69], ["21%", 649.51, 18.27]]),
    a(4, 330.93, [["lead time", 89.29, 40.4]]),
    a(5, 342.88, [["Linear metres of mission records accessioned", 345.59, 194.03]]),
    a(6, 354.84, [["Tickets issued at the lowest available fare", 89.29, 180.69], ["Tickets purchased at least 16 days before travel", 345.59, 207.58], ["71%", 649.52, 18.26]]),
    a(7, 366.79, [["Solicitations completed within the planned lead time", 345.59, 230.31]]),
    a(8, 378.75, [[lastMeasure, 345.59, 231.83], ["85%", 649.52, 18.26]]),
    a(9, 395.69, [["Objective 2: To buy the goods and services the Organization needs at the best value for money", 89.29, 553]]),
    a(10, 407.74, [["Vendors registered", 89.29, 90], ["Vendors registered from developing countries", 345.59, 195.68], ["1,892", 649.52, 22.69]]),
  ];
  return { format: "pdf", text: "", pages: [{ number: 1, width: 842, height: 595, removed: [], rules: [], lines }] };
}

describe("a one-line measure with no value, the next line opening its own value (PDF)", () => {
  it("keeps the two measures apart", () => {
    const row = readTables(layout(), findSections(layout())).objectives.find((o) => o.objective.startsWith("To provide the travel"));
    expect(row?.measures.map((m) => m.text)).toEqual([
      "Reduction in electricity use against the 2010 baseline",
      "Linear metres of mission records accessioned",
      "Tickets purchased at least 16 days before travel",
      "Solicitations completed within the planned lead time",
      "Facilities work orders closed within five working days",
    ]);
  });

  it("reads a line in lower case under it as its wrap (the column wraps: no such cut)", () => {
    const l = layout("within five working days of the request");
    const row = readTables(l, findSections(l)).objectives.find((o) => o.objective.startsWith("To provide the travel"));
    expect(row?.measures.map((m) => m.text)).toContain("Solicitations completed within the planned lead time within five working days of the request");
  });
});
