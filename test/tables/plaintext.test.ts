import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

/** Rows of a plain-text (pdftotext -layout style) table. */
function rows(text: string) {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));
}

describe("plain-text tables: what the character grid shows", () => {
  it("a blank line inside a column starts an item, where neither a marker, a full stop nor a short line does", () => {
    // Measures printed with no markers and no full stops, one per sub-row; the padding between the
    // sub-rows is a blank line of the grid. "within the agreed deadlines" fills its line, so the
    // line-fill cue cannot see the item's end.
    const text = [
      "Objective                  Expected accomplishment      Performance measure",
      "",
      "To improve the quality     Better reports               Number of reports issued",
      "of reports.                                             within the agreed deadlines",
      "",
      "                                                        Percentage of reports rated",
      "                                                        useful by Member States",
      "To speed up recruitment.   Faster recruitment           Average days to fill a post",
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        objective: "To improve the quality of reports.",
        accomplishments: ["Better reports"],
        measures: ["Number of reports issued within the agreed deadlines", "Percentage of reports rated useful by Member States"],
      },
      { objective: "To speed up recruitment.", accomplishments: ["Faster recruitment"], measures: ["Average days to fill a post"] },
    ]);
  });
});
