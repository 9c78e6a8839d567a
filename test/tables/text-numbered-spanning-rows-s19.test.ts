/**
 * pdftotext -layout text of Word-like layouts (test/corpus11 dev11, session 19, h-c11t): a
 * spanning objective row numbered as a decimal outline's ("1. To reinforce …") inside a table
 * without an Objective column, and a "Part 2. Managerial objectives" heading right under a table.
 * Hand-made texts after d11-006 and d11-019, each failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues as read } from "../support/table-rows.js";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

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

describe("a footnote numbered '1.' at a page foot under a table that runs on (d11-010)", () => {
  const page = (note: string) =>
    [
      "   Outcome                                         Key performance indicator                       Target",
      "   1. To implement the enterprise resource planning system across duty stations",
      "                                                   Number of audit recommendations closed          68",
      "   Entities operating on the new",
      "   enterprise system                               Percentage of procurement cases completed       79%",
      "                                                   within timelines",
      "",
      "",
      "",
      note,
      "\f",
      "",
      "   Procurement cases completed within              Average number of days to fill a vacant post    197 days",
      "   established timelines",
      "",
      "B. Managerial objectives",
      "",
    ].join("\n");

  it("is no cell of the row the page break cuts", () => {
    const rows = read(page("1. The resources are those approved by the General Assembly in its resolution 66/247."));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.accomplishments.some((a) => /resources/.test(a))).toBe(false);
    expect(rows[0]!.measures.some((m) => /Assembly/.test(m))).toBe(false);
    expect(rows[0]!.targets).toEqual(["68", "79%", "197 days"]);
  });

  it("is a row when it is an objective's numbered opening", () => {
    const layout = textToLayout(page("2. To strengthen the informal resolution of workplace disputes across duty stations"));
    const objectives = readTables(layout, findSections(layout)).objectives.map((o) => o.objective);
    expect(objectives).toContain("To strengthen the informal resolution of workplace disputes across duty stations");
  });
});
