/**
 * Markdown renderings of Word-like compact layouts (test/corpus11, issue 11, session 19): a
 * table nested in a cell written as one pipe-table row with its inner rows `<br>`-joined, a
 * spanning objective row numbered in its bold first cell (`**6. To …**`), and items lettered
 * `A.` `B.` `<br>`-joined in one cell.
 */
import { describe, expect, it } from "vitest";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { checkRows } from "../../src/tables/checks.js";

const read = (md: string) => {
  const layout = markdownTextToLayout(md);
  return readTables(layout, findSections(layout));
};
const rowsOf = (md: string) =>
  read(md).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text), target: o.extra?.target ?? [], targets: o.measures.map((m) => m.target) }));

describe("a nested table's targets <br>-joined in one Target cell", () => {
  const table = (targets: string) =>
    [
      "| Objectives | Expected accomplishments | Performance measures | Target |",
      "|---|---|---|---|",
      `| To strengthen the coordination of humanitarian assistance | ► Access constraints monitored | Number of joint needs assessments completed<br>Number of response plans published<br>Number of countries with updated contingency plans | ${targets} |`,
      "| To support the humanitarian country teams | ► Contingency plans updated | Percentage of pooled funds allocated within 30 days | 77% |",
    ].join("\n");

  it("pair with the measures' <br> lines, one value each, when the counts match", () => {
    const rows = rowsOf(table("31<br>28<br>4 days"));
    expect(rows[0]!.target).toEqual(["31", "28", "4 days"]);
    expect(rows[0]!.targets).toEqual(["31", "28", "4 days"]);
    expect(rows[1]!.target).toEqual(["77%"]);
  });

  it("stay one cell on the first measure when the counts differ, and the row is warned", () => {
    const layout = markdownTextToLayout(table("31<br>28"));
    const { objectives } = readTables(layout, findSections(layout));
    expect(objectives[0]!.extra?.target).toEqual(["31 28"]);
    expect(checkRows(layout, objectives).map((w) => w.code)).toContain("TABLE_VALUE_COUNT");
  });
});

describe("a spanning objective row numbered in its bold first cell", () => {
  it("is the objective of the sub-rows under it, without its number, not a section heading", () => {
    const rows = rowsOf(
      [
        "## Part 1. Programme objectives",
        "",
        "### 1.1 Results for 2020",
        "",
        "| Expected results | Performance measures | Target |",
        "|---|---|---|",
        "| **1. To reinforce national capacities for disaster preparedness** | | |",
        "| Joint needs assessments completed | Percentage of teams deployed within 48 hours | 91 per cent |",
        "| **2. To support the humanitarian country teams** | | |",
        "| Contingency plans updated | Percentage of response plans with feedback mechanisms | 61 per cent |",
        "|  | Number of situation reports issued | 299 |",
        "",
        "## Part 2. Managerial objectives",
      ].join("\n"),
    );
    expect(rows.map((r) => [r.objective, r.accomplishments, r.target])).toEqual([
      ["To reinforce national capacities for disaster preparedness", ["Joint needs assessments completed"], ["91 per cent"]],
      ["To support the humanitarian country teams", ["Contingency plans updated"], ["61 per cent", "299"]],
    ]);
  });

  it("is no objective when the bold numbered cell is not an objective's opening", () => {
    const rows = rowsOf(
      [
        "| Objective | Expected accomplishments | Performance measures |",
        "|---|---|---|",
        "| To improve the timeliness of documents | • Documents issued on time | • 90% of documents issued on time |",
        "| **3. Challenges** | | |",
      ].join("\n"),
    );
    expect(rows.map((r) => r.objective)).toEqual(["To improve the timeliness of documents"]);
  });
});

describe("letter markers A., B. <br>-joined in one cell", () => {
  it("are markers when the pieces run A., B. in order", () => {
    const rows = rowsOf(
      [
        "| Objective | Expected accomplishments | Performance measures |",
        "|---|---|---|",
        "| To apply the policy on flexible working arrangements | A. Budget implemented within the approved resources<br>B. Workplace survey results acted upon | 1. 94% of appraisals completed |",
      ].join("\n"),
    );
    expect(rows[0]!.accomplishments).toEqual(["Budget implemented within the approved resources", "Workplace survey results acted upon"]);
  });

  it("stay text when the letters do not run from A in order", () => {
    const rows = rowsOf(
      [
        "| Objective | Expected accomplishments | Performance measures |",
        "|---|---|---|",
        "| To apply the policy on flexible working arrangements | B. Budget implemented<br>D. Survey results acted upon | 1. 94% of appraisals completed |",
      ].join("\n"),
    );
    expect(rows[0]!.accomplishments).toEqual(["B. Budget implemented", "D. Survey results acted upon"]);
  });
});
