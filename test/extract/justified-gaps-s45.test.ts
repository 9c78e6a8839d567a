/**
 * Session 45 (h-just45): a justified line's stretched space after a run of several words, and the
 * column edges a table's lines share (src/extract/justifiedGaps.ts, `cellCrossesNoEdge`,
 * `repeatedLoneWordStarts`). Session 44's `joinJustifiedGaps` joined a stretched word only after a
 * one-word run (`oneWordRun`): a run of words one space apart before a wide gap could be a unit
 * column's cell ("Memorandums of understanding       memorandums"). The table-wide cue: a justified
 * line's words stay inside their cell, so no column edge the lines around share lies inside the run
 * or in its gap to the stretched word; a unit column's lone lower-case words, different words at one
 * place on three lines or more, are such an edge. The first two expectations fail without the rule
 * (corpus20 val20i v20i-022, a tuning draw from session 45: "Average time    to   answer   a 6 days"
 * read "to answer" as the baseline's).
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { textToLayout } from "../../src/extract/text.js";
import { joinJustifiedGaps } from "../../src/extract/justifiedGaps.js";
import { documentRows } from "../support/table-rows.js";

const segmentsOf = (text: string, lineText: string) => {
  const line = joinJustifiedGaps(textToLayout(text)).pages.flatMap((p) => p.lines).find((l) => l.text.includes(lineText));
  return line?.segments.map((s) => [s.x / 5, s.text.replace(/ +/g, " ")]);
};

/** v20i-022's third objective (corpus20 val20i): the measure "Average time to answer a hotline call" set justified. */
const STRETCHED_AFTER_RUN = [
  "Expected                        Indicators of achievement        Baseline     Target",
  "accomplishments",
  "OBJECTIVE 3: To promote the voluntary return of internally displaced persons and",
  "refugees",
  "\u25aa Incident Prevention and       Average time    to   answer   a 6 days        Not    more",
  "  Response Mechanism            hotline call                                  than 5 days",
  "  meetings convened             Informal consultations held      13           15",
  "                                Mechanism meetings convened 4 (2015)          At least 5",
].join("\n");

describe("a stretched space after a run of words inside one cell is no column gap (cellCrossesNoEdge)", () => {
  it("joins the stretched words to the run before them, at their printed places", () => {
    expect(segmentsOf(STRETCHED_AFTER_RUN, "Average time")).toEqual([[0, "\u25aa Incident Prevention and"], [32, "Average time to answer"], [62, "a 6 days"], [78, "Not more"]]);
  });

  it("reads v20i-022 as committed: the measure whole, the baseline without its words", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus20", "val20i", "v20i-022.typst.txt"));
    const third = rows.find((r) => r.objective.startsWith("To promote the voluntary return"));
    expect(third?.measures[0]).toBe("Average time to answer a hotline call");
    expect(third?.extra.baseline?.[0]).toBe("6 days");
  });

  it("keeps a run that holds a column edge of the lines around, and a unit column's words, apart", () => {
    // Cells glued by one space: "Recruitments" opens where the line below opens its cell (v20b-005).
    const glued = [
      " To purchase air tickets at least Recruitments completed within (a) Oversight  recommendations   (a) Interlocutors   change",
      " sixteen days before travel       the timeline                      implemented: 59%                 after a reshuffle; mit\u00ad",
    ].join("\n");
    expect(segmentsOf(glued, "To purchase")?.map((s) => s[1])).toEqual(["To purchase air tickets at least Recruitments completed within (a) Oversight", "recommendations", "(a) Interlocutors change"]);
    // A unit column: three different lone lower-case words at one place (corpus14's "memorandums", "meetings", "workshops").
    const units = [
      "  Memorandums of understanding       memorandums    8          at least 9",
      "  with federations",
      "  Meetings of the Group of Friends   meetings       7          at least 8",
      "  Workshops for coaches held         workshops      3          at least 4",
    ].join("\n");
    expect(segmentsOf(units, "Memorandums")?.map((s) => s[1])).toEqual(["Memorandums of understanding", "memorandums", "8", "at least 9"]);
    // A row's rest alone at a page's top: no line around opens a cell right of the word, so nothing tells its gap (corpus8 d8-011).
    const rest = ["\f", "                             (b) Feedback from               54 data sets published on the    diplomacy", "                                 affected people             common data platform.", "                                 reflected in response       7 response plans published on"].join("\n");
    expect(segmentsOf(rest, "54 data")?.map((s) => s[1])).toEqual(["(b) Feedback from", "54 data sets published on the", "diplomacy"]);
  });
});
