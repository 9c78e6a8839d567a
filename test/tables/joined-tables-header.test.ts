/**
 * Two tables printed back to back that the word processor joined (corpus15, issue 11): the first
 * table's repeated header row is printed at the next page's top over rows of the second table. The
 * rows are read in the second table's cells, not cut at the first table's column edges.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const rowsOf = (text: string) => {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, measures: o.measures.map((m) => m.text), target: o.extra?.target }));
};

const five = " No.              Objective                Expected accomplishment          Indicator of achievement            Target";
const page1 = [
  "1. Programme objectives",
  "",
  five,
  "1.1     To prepare the annual report               Informal briefings   Decision papers received          At least 57%",
  "        of the Secretary-General on                 to regional groups   complete at first submission",
  "        the work of the Organization                held as scheduled",
  "",
  "1.2     To manage the                              Official letters     Briefings to regional groups      66%",
  "        correspondence of the                       answered on time     of Member States",
  "        Secretary-General",
  "",
  "             Objective                      Expected accomplishment                     Indicator of achievement",
  "To strengthen the coherence of         Informal briefings to regional groups   Decision papers received complete at first",
  "messages delivered by the              held as scheduled.                      submission: 63 per cent.",
  "Secretary-General",
  "",
];
const page2 = [
  five,
  "To ensure that decisions of the     Speeches and statements cleared          Decision papers received complete at first",
  "Secretary-General are prepared      through a single review process.         submission (77%).",
  "on the basis of complete and",
  "timely analysis                                                              Departments contributing to the annual",
  "                                                                             report by the deadline: 75 per cent.",
  "",
  "",
  "To manage the correspondence of     Early warning notes escalated to the     Briefings to regional groups of Member",
  "the Secretary-General within        principals without delay.                States: 28.",
  "established deadlines",
  "",
];

describe("a joined table's repeated header", () => {
  it("does not cut the second table's rows at the first table's columns (text)", () => {
    const rows = rowsOf([...page1, `\f${page2[0]}`, ...page2.slice(1)].join("\n"));
    const last = rows.slice(-2);
    expect(last.map((r) => r.objective)).toEqual([
      "To ensure that decisions of the Secretary-General are prepared on the basis of complete and timely analysis",
      "To manage the correspondence of the Secretary-General within established deadlines",
    ]);
    expect(last.map((r) => r.measures)).toEqual([
      ["Decision papers received complete at first submission (77%).", "Departments contributing to the annual report by the deadline: 75 per cent."],
      ["Briefings to regional groups of Member States: 28."],
    ]);
    expect(last.map((r) => r.target)).toEqual([undefined, undefined]);
  });
});
