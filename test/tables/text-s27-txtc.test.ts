/**
 * pdftotext -layout text (session 27, h-txtc). Each test fails without its rule.
 * - `runTailUnderCellAbove` (src/tables/columns.ts): a run's last words glued one space after a
 *   cell's text, opening in lower case where the cell on the right opens on the line above, are
 *   that cell's wrapped line (corpus11 d11-018, corpus14 d14-015).
 * - `unitGluedBeforeValues` (src/tables/columns.ts): a unit glued one space to a measure's first
 *   line, a few characters left of the Unit column, on a line whose values open (corpus14 d14-007).
 * - `labelSplitAt` (src/tables/header.ts): two wrapped labels' second words run together with no
 *   space, the second a label's last word ("accomplishmentmeasure", corpus13 d13-019).
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

describe("a unit glued one space after a measure's first line, left of the Unit column", () => {
  const text = [
    "Objectives              Expected                 Key performance indicators           Unit               Baseline          Target",
    "                        accomplishments",
    "To reduce the threat     Land released for      Square kilometres of land released km²                   45                at least 79",
    "posed by explosive       productive use after   after clearance",
    "hazards to civilians     clearance of hazards",
    "                                                Days from request to deployment        days               49                <= 46",
    "                                                Former combatants enrolled in          persons            4,394             >= 5,526",
  ].join("\n");

  it("reads the word as the unit cell and leaves the measure whole ('released km²', d14-007)", () => {
    const out = textRowsWithValues(text);
    expect(out[0]?.measures[0]).toBe("Square kilometres of land released after clearance");
    expect(out[0]?.extra?.["unit"]?.[0]).toBe("km²");
  });
});

describe("two labels' wrapped second words run together with no space", () => {
  const text = [
    "Objective          Expected      Performance              Baseline Target        Remarks",
    "                   accomplishmentmeasure",
    "To make the        Member States Months in which          11           12        Measured at",
    "cash position of   informed of   the cash position                               the close of",
    "peacekeeping       arrears       report was                                      the financial",
    "operations visible               published on time                               period",
  ].join("\n");

  it("reads 'accomplishmentmeasure' as the two labels' words and the table under them (d13-019)", () => {
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual(["To make the cash position of peacekeeping operations visible"]);
    expect(out[0]?.accomplishments).toEqual(["Member States informed of arrears"]);
    expect(out[0]?.measures).toEqual(["Months in which the cash position report was published on time"]);
    expect(out[0]?.baselines).toEqual(["11"]);
  });
});
