/**
 * pdftotext -layout text of a table whose justified cell lines all reach their column's edge
 * (session 31, h-t20c; corpus20 d20-003 typst.txt): each line's cells are glued one space apart,
 * so the accomplishments' and measures' "(a)" stand inside runs ("To   monitor     the (a) Joint
 * projects for the (a) Sessions …") and few lines open a run with them. `gluedBracketPeers` counts
 * the markers glued at the same place on the lines around as that column's edge;
 * `runHeadBeforeGluedMarker` gives the words of the marker's run before it back to the cell on the
 * left; `gluedMarkerLaterInRun` keeps them from being read as the wrap of the cell above. Fails
 * without the change (the objectives keep "(a) Boundary" / "the", the measures lose their items).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const page = [
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "Objectives              Expected                       Key          performance",
  "                        accomplishments                indicators",
  "To   monitor     the (a) Joint projects for the (a) Sessions of the Mixed",
  "implementation           affected    populations    Commission: 2.",
  "of the Greentree         launched.",
  "Agreement on the",
  "Bakassi peninsula",
  "To protect the rights (a) Boundary        pillars (a) Kilometres of boundary",
  "of the populations        emplaced and verified.      assessed (target: 845).",
  "living in the affected",
  "areas",
  "To assist the parties (a) Meetings of the Mixed        (a) Pillar         contracts",
  "in the delineation        Commission held.                 completed     on    time",
  "of   the    maritime                                       (target: 78%).",
  "boundary                                               (b) Kilometres of boundary",
  "                                                           assessed: 240.",
  "                        (b) Reports of the follow-up   (a) Average time to settle",
  "                            committee issued.              a disagreement in the",
  "                                                           field: 14.",
].join("\n");

describe("bracketed markers glued inside runs at a column's edge", () => {
  it("open the accomplishment and measure cells", () => {
    const rows = textRows(page);
    expect(rows.map((r) => r.objective)).toEqual([
      "To monitor the implementation of the Greentree Agreement on the Bakassi peninsula",
      "To protect the rights of the populations living in the affected areas",
      "To assist the parties in the delineation of the maritime boundary",
    ]);
    expect(rows[0]?.accomplishments).toEqual(["Joint projects for the affected populations launched."]);
    expect(rows[0]?.measures).toEqual(["Sessions of the Mixed Commission: 2."]);
    expect(rows[1]?.accomplishments).toEqual(["Boundary pillars emplaced and verified."]);
    expect(rows[1]?.measures).toEqual(["Kilometres of boundary assessed (target: 845)."]);
    expect(rows[2]?.accomplishments).toEqual(["Meetings of the Mixed Commission held.", "Reports of the follow-up committee issued."]);
    expect(rows[2]?.measures).toEqual(["Pillar contracts completed on time (target: 78%).", "Kilometres of boundary assessed: 240.", "Average time to settle a disagreement in the field: 14."]);
  });
});
