/**
 * pdftotext -layout text of Typst tables set with `par(justify: true)` (session 44, h-just44; corpus20
 * val20h v20h-004, a tuning draw from session 44). A justified line in a narrow cell is stretched to
 * the cell's width, so its word gaps print as runs of spaces ("– Field     assessment", "– Key
 * posts    fall") and the text reader cut the line there as at a column gap: "assessment" was read
 * as the next column's (the risk began "assessment – Partners …") and the result lost it.
 * `joinJustifiedGaps` (src/extract/justifiedGaps.ts, text input): a one-word lower-case segment
 * where no cell of the lines around opens, after a one-word segment, in a cell that goes on right
 * below with a word longer than the line's stretch, joins the segment before it. Each expectation on a reading fails without the rule (it is called in readText; the
 * small layouts call it themselves).
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { textToLayout } from "../../src/extract/text.js";
import { joinJustifiedGaps } from "../../src/extract/justifiedGaps.js";
import { documentRows, tableRows } from "../support/table-rows.js";

/** v20h-004's first table, its first row (corpus20 val20h). */
const JUSTIFIED_CELLS = [
  "A. PROGRAMME OBJECTIVES",
  "1. Core mandate",
  " OBJECTIVE                  KEY                         EXPECTED ACCOMPLISHMENT",
  "                                                                      RISKS     AND",
  "                            PERFORMANCE                               MITIGATIONS",
  "                            INDICATOR",
  " To protect the rights of   \u2013 Sessions of the Mixed     \u2013 Field     assessment      \u2013 Partners submit data",
  " the populations living       Commission: \u2265 4             missions completed          late; mitigation: a",
  " in the affected areas in   \u2013 Average time to settle    \u2013 Maritime boundary           shared calendar with",
  " the current period           a disagreement in the       charts agreed by the        reminders",
  "                              field: 43                   parties                   \u2013 Key      posts    fall",
  "                            \u2013 Boundary        pillars                                 vacant; mitigation: a",
  "                              emplaced: \u2265 219                                         roster and temporary",
  "                                                                                      assignments",
  "",
  "B. CHALLENGES",
  "\u2022 Partners submit data late.",
].join("\n");

const segmentsOf = (text: string, lineText: string) => {
  const line = joinJustifiedGaps(textToLayout(text)).pages.flatMap((p) => p.lines).find((l) => l.text.includes(lineText));
  return line?.segments.map((s) => [s.x / 5, s.text.replace(/ +/g, " ")]);
};

describe("a justified line's stretched space is no column gap (joinJustifiedGaps)", () => {
  it("joins each stretched word to its cell's segment, at its printed place", () => {
    expect(segmentsOf(JUSTIFIED_CELLS, "Field     assessment")).toEqual([[1, "To protect the rights of"], [28, "\u2013 Sessions of the Mixed"], [56, "\u2013 Field assessment"], [84, "\u2013 Partners submit data"]]);
    expect(segmentsOf(JUSTIFIED_CELLS, "Key      posts")).toEqual([[30, "field: 43"], [58, "parties"], [84, "\u2013 Key posts fall"]]);
    expect(segmentsOf(JUSTIFIED_CELLS, "Boundary        pillars")).toEqual([[28, "\u2013 Boundary pillars"], [86, "vacant; mitigation: a"]]);
  });

  it("reads the stretched words in their own cells", () => {
    const rows = tableRows(joinJustifiedGaps(textToLayout(JUSTIFIED_CELLS)));
    expect(rows[0]?.accomplishments).toEqual(["Field assessment missions completed", "Maritime boundary charts agreed by the parties"]);
    expect(rows[0]?.measures).toEqual(["Sessions of the Mixed Commission: \u2265 4", "Average time to settle a disagreement in the field: 43", "Boundary pillars emplaced: \u2265 219"]);
  });

  it("keeps a cell that opens where the lines around open theirs, an item marker, and a word with nothing under it apart", () => {
    // "boundary" hangs under "a) Maritime"'s text, "i." opens an item: both at the starts their cells share.
    const hung = ["To monitor the im\u00ad   a) Maritime            i. Joint projects     i. Key posts fall", "plementation of         boundary               under way: \u2265 6        vacant; mitiga\u00ad", "the Greentree           charts agreed      ii. Average time          tion: a roster"].join("\n");
    expect(segmentsOf(hung, "plementation of")).toEqual([[0, "plementation of"], [24, "boundary"], [47, "under way: \u2265 6"], [69, "vacant; mitiga\u00ad"]]);
    expect(segmentsOf(hung, "To monitor")?.map((s) => s[1])).toEqual(["To monitor the im\u00ad", "a) Maritime", "i. Joint projects", "i. Key posts fall"]);
    // A run of words one space apart before a wide gap is no stretched line: a unit column's cell (corpus14 val14 v14-013).
    const units = ["  Memorandums of understanding       memorandums    8          at least 9", "  with federations", "  Meetings of the Group of Friends   meetings       7          at least 8"].join("\n");
    expect(segmentsOf(units, "Memorandums")?.map((s) => s[1])).toEqual(["Memorandums of understanding", "memorandums", "8", "at least 9"]);
    // A row's rest at a page's top, a blank line under it: some other cell's line, not a stretched one.
    expect(segmentsOf("\f\naffected populations           countries\n\nObjective                    Expected", "affected")).toEqual([[0, "affected populations"], [31, "countries"]]);
  });

  it("reads v20h-004 as committed: the first row's stretched \"assessment\" stays in its result, out of the risk", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus20", "val20h", "v20h-004.typst.txt"));
    const first = rows.find((r) => r.objective.startsWith("To protect the rights of the populations living in the affected areas"));
    expect(first?.accomplishments[0]).toBe("Field assessment missions completed");
    expect(first?.extra.risksAndMitigations?.[0]?.startsWith("Partners submit data late; mitigation:")).toBe(true);
  });
});
