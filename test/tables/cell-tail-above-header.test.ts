/**
 * The last line of a table's first cell, alone on its line ("(c) National peacebuilding priorities
 * financed" / "and implemented"), right above the next table's header, is that cell's rest — not
 * the next table's objective heading: an objective's first line opens with a capital, a number or
 * its label, and the next table's objective is a spanning row under its header (LibreOffice's
 * print of an RTF compact, corpus8 d8b-018). Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk = pdfLineMaker(1, 9);

const lines = [
  mk(1, 437.8, [["Objective 2: To strengthen the electoral management capacity of requesting Member States", 56.8, 479, true]]),
  mk(2, 453.3, [["Expected Accomplishment", 97.4, 125, true], ["Indicator of Achievement", 341.2, 119, true]]),
  mk(3, 464.6, [["(a) Mediators deployed rapidly at the request", 56.8, 196], ["–", 272.8, 5], ["71 per cent of projects rated", 287.8, 150]]),
  mk(4, 475.4, [["of envoys", 71.8, 40], ["satisfactory at closure", 287.8, 97]]),
  mk(5, 488.2, [["(b) Electoral bodies conducting credible and", 56.8, 193], ["–", 272.8, 5], ["46 briefings to the Security Council", 287.8, 180]]),
  mk(6, 499, [["inclusive elections", 71.8, 80], ["–", 272.8, 5], ["55 countries with priority plans", 287.8, 150]]),
  mk(7, 511.8, [["(c)", 56.8, 10], ["National peacebuilding priorities financed", 71.8, 184]]),
  mk(8, 522.6, [["and implemented", 71.8, 76]]),
  mk(9, 554.4, [["Expected Accomplishment", 97.4, 125, true], ["Indicator of Achievement", 341.2, 119, true]]),
  mk(10, 567, [["Objective 3: To improve the analysis provided to the Security Council on emerging crises", 56.8, 430, true]]),
  mk(11, 579, [["(a) Panels of experts reporting on time", 56.8, 180], ["–", 272.8, 5], ["Electoral assistance provided to 34 States", 287.8, 190]]),
];

describe("a lower-case cell line right above the next table's header", () => {
  it("stays in its cell; the next table's objective is the spanning row under its header", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments]);
    expect(rows).toEqual([
      ["To strengthen the electoral management capacity of requesting Member States", ["Mediators deployed rapidly at the request of envoys", "Electoral bodies conducting credible and inclusive elections", "National peacebuilding priorities financed and implemented"]],
      ["To improve the analysis provided to the Security Council on emerging crises", ["Panels of experts reporting on time"]],
    ]);
  });
});
