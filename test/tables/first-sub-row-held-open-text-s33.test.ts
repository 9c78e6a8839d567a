/**
 * pdftotext -layout text of a spreadsheet print (LibreOffice Calc, corpus14 val14 v14-020): a
 * `noacc4` table (Objective | Key performance indicator | Baseline | Target) whose row-spanned
 * objectives sit on top of their rows, each first sub-row as tall as the objective. The third
 * objective's band opens with the second row's last sub-row ("Stakeholder consultations held …
 * 13"), and its wrapped line ("Caribbean") stands beside nothing: `firstSubRowHeldOpen` keeps that
 * band from voting the table centred (session 33, h-v14), which gave every later sub-row to the
 * next objective.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const lines = readFileSync(new URL("../corpus14/val14/v14-020.txt", import.meta.url), "utf8").split("\n");
// The section heading, the sentence and the first table (up to the second table's header).
const text = lines.slice(9, 26).join("\n");

describe("an objective that holds its first sub-row open beside its wrap (firstSubRowHeldOpen)", () => {
  it("reads the top-aligned sub-rows under their own objectives", () => {
    const rows = textRowsWithValues(text);
    expect(rows.map((r) => r.objective)).toEqual([
      "To promote universal and meaningful connectivity by 2030 in Latin America and the Caribbean",
      "To build digital public infrastructure in developing countries in the Asia-Pacific region",
      "To support the High-level Advisory Body on Artificial Intelligence in Latin America and the Caribbean",
    ]);
    expect(rows.map((r) => r.measures)).toEqual([
      ["Entities applying the human rights guidance", "Stakeholder consultations held"],
      ["Share of digital cooperation entities reporting on joint work", "Stakeholder consultations held"],
      ["Share of digital cooperation entities reporting on joint work", "Stakeholder consultations held", "Entities applying the human rights guidance"],
    ]);
    expect(rows.map((r) => r.baselines)).toEqual([["23", "8"], ["81%", "13"], ["56%", "18", "20"]]);
  });
});
