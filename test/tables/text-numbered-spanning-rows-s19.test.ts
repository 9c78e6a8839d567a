/**
 * pdftotext -layout text of Word-like layouts (test/corpus11 dev11, session 19, h-c11t): a
 * spanning objective row numbered as a decimal outline's ("1. To reinforce …") inside a table
 * without an Objective column, and a "Part 2. Managerial objectives" heading right under a table.
 * Hand-made texts after d11-006 and d11-019, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues as read } from "../support/table-rows.js";

describe("a numbered spanning objective row in plain text", () => {
  const text = (first: string) =>
    [
      "1.1 Results for 2020",
      "The results I undertake to deliver are set out below, with the measures by which they will be",
      "judged.",
      "",
      "EXPECTED                           PERFORMANCE                                 TARGET",
      "RESULTS                            MEASURES",
      first,
      "Joint needs assessments           Percentage of emergencies in which a        91 per cent",
      "completed in new emergencies      team deployed within 48 hours",
      "2. To support the humanitarian country teams in planning the response",
      "Contingency plans updated in      Percentage of response plans with           61 per cent",
      "high-risk countries               feedback mechanisms",
      "",
      "Part 2. Managerial objectives",
      "",
    ].join("\n");

  it("is the objective of the rows under it, without its number (d11-006)", () => {
    const rows = read(text("1. To reinforce national capacities for disaster preparedness"));
    expect(rows.map((r) => [r.objective, r.accomplishments, r.measures, r.targets])).toEqual([
      ["To reinforce national capacities for disaster preparedness", ["Joint needs assessments completed in new emergencies"], ["Percentage of emergencies in which a team deployed within 48 hours"], ["91 per cent"]],
      ["To support the humanitarian country teams in planning the response", ["Contingency plans updated in high-risk countries"], ["Percentage of response plans with feedback mechanisms"], ["61 per cent"]],
    ]);
  });

  it("ends at a 'Part 2.' section heading under the table (d11-019)", () => {
    const rows = read(text("1. To reinforce national capacities for disaster preparedness"));
    expect(rows.flatMap((r) => r.accomplishments).some((a) => /Part 2/.test(a))).toBe(false);
  });
});

describe("a numbered section heading of a compact inside the text", () => {
  it("stays a heading when no 'To' opens it ('3. Challenges' under a table)", () => {
    const rows = read(
      [
        "EXPECTED                           PERFORMANCE                                 TARGET",
        "RESULTS                            MEASURES",
        "1. To reinforce national capacities for disaster preparedness",
        "Joint needs assessments           Percentage of emergencies in which a        91 per cent",
        "completed in new emergencies      team deployed within 48 hours",
        "3. Challenges and constraints in the implementation of the programme of work",
        "The main challenges are the growing number of emergencies and the funding gap.",
      ].join("\n"),
    );
    expect(rows.map((r) => r.objective)).toEqual(["To reinforce national capacities for disaster preparedness"]);
    expect(rows[0]!.accomplishments).toEqual(["Joint needs assessments completed in new emergencies"]);
  });
});
