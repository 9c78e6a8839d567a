/**
 * Word's outline numbering in compacts (test/corpus11, issue 11): accomplishments numbered `3.1`,
 * `3.2` under objective 3, an objective heading labelled decimally (`1.5 To …`) above a table
 * without an Objective column, and items lettered `A.` `B.` in a cell. The numbers and letters are
 * markers; a sentence opening with a decimal value, a lone `A.` and a section heading
 * `1.2 Results for 2015` are not.
 */
import { describe, expect, it } from "vitest";
import { markdownTextToLayout } from "../../src/extract/markdown.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { cellsOpenWithLetterA, splitItems } from "../../src/tables/text.js";
import { stripMarker } from "../../src/vocab/markers.js";

const rowsOf = (md: string) => {
  const layout = markdownTextToLayout(md);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
};
const frags = (...texts: string[]) => texts.map((text, line) => ({ text, page: 1, line }));

describe("decimal outline numbers", () => {
  it("are markers before a capitalised word", () => {
    expect(stripMarker("3.1 Monitoring arrangements operational")).toEqual({ text: "Monitoring arrangements operational", bulleted: true });
    expect(stripMarker("12.3. Staff trained")).toEqual({ text: "Staff trained", bulleted: true });
  });

  it("stay in a sentence that opens with a decimal value", () => {
    expect(stripMarker("3.5 per cent of posts filled").text).toBe("3.5 per cent of posts filled");
    expect(stripMarker("2.1 million people reached").text).toBe("2.1 million people reached");
    expect(stripMarker("1.5 FTE redeployed").text).toBe("1.5 FTE redeployed");
  });

  it("are taken off each accomplishment of an outline-numbered cell (Markdown)", () => {
    const rows = rowsOf([
      "| Objective | Expected accomplishments | Performance measures |",
      "|---|---|---|",
      "| 3. To build national capacity to prosecute crimes | 3.1 Monitoring arrangements operational<br>3.2 Women protection advisers deployed | • 70% of priority countries mapped |",
    ].join("\n"));
    expect(rows).toEqual([
      { objective: "To build national capacity to prosecute crimes", accomplishments: ["Monitoring arrangements operational", "Women protection advisers deployed"], measures: ["70% of priority countries mapped"] },
    ]);
  });
});

describe("a decimal objective heading (`1.5 To …`)", () => {
  it("is the objective of the table under it, not a section heading", () => {
    const rows = rowsOf([
      "| Objective | Expected accomplishments | Performance measures |",
      "|---|---|---|",
      "| To end impunity for sexual violence | • Joint communiqués signed | • 73% of countries mapped |",
      "",
      "**1.5 To mobilize the United Nations system behind survivors**",
      "",
      "| Outcome | Indicator of Achievement |",
      "|---|---|",
      "| • Survivors reached with services | a. 5 joint frameworks signed |",
    ].join("\n"));
    expect(rows.map((r) => r.objective)).toEqual(["To end impunity for sexual violence", "To mobilize the United Nations system behind survivors"]);
    expect(rows[1]!.accomplishments).toEqual(["Survivors reached with services"]);
  });

  it("leaves a decimal section heading one (`1.2 Results for 2015`)", () => {
    const layout = markdownTextToLayout(["## Part 1. Programme objectives", "", "**1.2 Results for 2015**", "", "Some text."].join("\n"));
    const tables = readTables(layout, findSections(layout));
    expect(tables.objectives).toEqual([]);
    expect(stripMarker("Results for 2015").text).toBe("Results for 2015");
  });
});

describe("capital letter markers", () => {
  it("are markers in a cell whose lines run A., B., C.", () => {
    expect(splitItems(frags("A. Reports issued on time", "B. Staff trained in all missions", "C. Audit closed"))).toEqual([
      "Reports issued on time",
      "Staff trained in all missions",
      "Audit closed",
    ]);
  });

  it("stay text alone or out of order", () => {
    expect(splitItems(frags("A. Smith appointed as focal point"))).toEqual(["A. Smith appointed as focal point"]);
    expect(splitItems(frags("B. Reports issued.", "A. Staff trained."))).toEqual(["B. Reports issued.", "A. Staff trained."]);
  });
});

describe("a lone `A.` in a column that opens every cell with `A.` (session 19)", () => {
  const table = (...cells: string[]) =>
    rowsOf(["| Objective | Expected accomplishments | Performance measures |", "|---|---|---|", ...cells.map((c, k) => `| To reach objective number ${k + 1} | ${c} | • ${k + 10} reports issued |`)].join("\n"));

  it("is a marker: Word's A. numbering restarted in each cell, one item or more (corpus11 d11-003, d11-018)", () => {
    expect(table("A. Allegations of misconduct followed up without delay", "A. Transition plans agreed with the country team", "A. Mission concepts revised<br>B. Justice institutions functioning").map((r) => r.accomplishments)).toEqual([
      ["Allegations of misconduct followed up without delay"],
      ["Transition plans agreed with the country team"],
      ["Mission concepts revised", "Justice institutions functioning"],
    ]);
    expect(cellsOpenWithLetterA(["A. 96% of appraisals completed", undefined, "A. Budget implementation rate of 92%"])).toBe(true);
  });

  it("stays text when some cell of the column opens otherwise, or the column has one cell", () => {
    expect(table("A. Smith appointed as focal point", "Reports issued on time").map((r) => r.accomplishments)).toEqual([["A. Smith appointed as focal point"], ["Reports issued on time"]]);
    expect(table("A. Smith appointed as focal point").map((r) => r.accomplishments)).toEqual([["A. Smith appointed as focal point"]]);
    expect(cellsOpenWithLetterA(["A. and B. share the posts", "A. Smith appointed"])).toBe(false);
  });
});
