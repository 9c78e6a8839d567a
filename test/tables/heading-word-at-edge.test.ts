/**
 * `pdftotext -layout`: an objective heading between two tables, printed across the table above
 * (one run from its left edge), one of whose words happens to open exactly where that table's
 * second column starts. That used to read as a first-column cell glued by one space to a cell of
 * the second column (a row of the table above). The table's wrapped first-column cells tell the
 * column's width ("To improve the security of women" did not take "personnel"): the heading's words
 * left of the edge are longer than any line the column can hold, so the line is the next table's
 * objective heading.
 */
import { describe, expect, it } from "vitest";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const TEXT = [
  ...FRAME_2008,
  "                Objectives                        Performance measures",
  " To improve the security of women                 Number of premises assessed against the",
  " personnel                                        standards.",
  "                                                  Percentage of duty stations with current risk",
  "                                                  assessments.",
  " To modernize the tracking of personnel in        Number of crisis management exercises held.",
  " the field                                        Number of premises assessed.",
  "",
  // "critical" opens at column 50, where the measures start.
  "To improve the psychosocial support offered after critical incidents",
  "",
  "                      Expected                             Performance",
  "                   Accomplishments                           Measures",
  " Security risk assessments current in all duty   99% of security plans reviewed",
  " stations",
  "",
].join("\n");

describe("an objective heading with a word at the second column's edge", () => {
  it("is the next table's objective, not a glued row of the table above", async () => {
    const out = await extractCompact(TEXT);
    expect(out.objectives.map((o) => o.objective)).toEqual([
      "To improve the security of women personnel",
      "To modernize the tracking of personnel in the field",
      "To improve the psychosocial support offered after critical incidents",
    ]);
    expect(out.objectives[2]?.accomplishments).toEqual(["Security risk assessments current in all duty stations"]);
    expect(out.objectives[2]?.measures.map((m) => m.text)).toEqual(["99% of security plans reviewed"]);
  });
});
