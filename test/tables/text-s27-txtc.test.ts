/**
 * pdftotext -layout text (session 27, h-txtc). Each test fails without its rule.
 * - `runTailUnderCellAbove` (src/tables/columns.ts): a run's last words glued one space after a
 *   cell's text, opening in lower case where the cell on the right opens on the line above, are
 *   that cell's wrapped line (corpus11 d11-018, corpus14 d14-015).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

describe("a run's tail glued one space after a cell, standing where the right cell opens above", () => {
  // Objectives | Expected accomplishments | Performance measures | Target, as pdftotext prints a row
  // whose accomplishment line comes within a space of the measure column: the measure's wrapped
  // "filled" follows "Governments" one space on, right under "Percentage".
  const text = [
    "Objectives                        Expected                                  Performance                                Target",
    "                                  Accomplishments                           Measures",
    "",
    "To combat discrimination against      Cases of reprisals recorded and Percentage of mission human rights posts   77 per cent",
    "migrants and minorities               raised with the host Government filled",
    "                                      concerned",
    "",
    "To strengthen national human rights   National institutions accredited  Number of institutions accredited        88",
    "institutions                          with A status                     with A status",
  ].join("\n");

  it("gives the tail to the cell on the right ('… the host Government filled' under 'Percentage', d11-018)", () => {
    const out = textRowsWithValues(text);
    expect(out[0]?.accomplishments).toEqual(["Cases of reprisals recorded and raised with the host Government concerned"]);
    expect(out[0]?.measures).toEqual(["Percentage of mission human rights posts filled"]);
    expect(out[1]?.measures).toEqual(["Number of institutions accredited with A status"]);
  });

});
