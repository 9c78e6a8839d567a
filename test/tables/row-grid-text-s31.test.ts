/**
 * pdftotext -layout text (session 31, h-txa): two cues read from the text's own grid.
 * - `cellGoesOnPastRowLine`: the first column's cell of an objective's first row, right under the
 *   spanning objective and with its other cells centred a line below, goes on in lower case past
 *   that row line, which an objective's wrap never does (corpus11 d11-010 txt). Fails without it:
 *   "Entities operating on the new" is read into the objective.
 * - `rowShiftedLeft`: a row whose measure column pdftotext set ten characters left of the header's
 *   (corpus11 d11-012 txt, "Percentage of oversight recom‐" at 55 under "Performance measures" at
 *   65). Fails without it: "Percentage" and "mendations" are read into the accomplishment.
 */
import { describe, expect, it } from "vitest";
import { textRows, textRowsWithValues } from "../support/table-rows.js";

const centredRow = [
  "   Outcome                                         Key performance indicator                       Target",
  "   1. To improve the physical security and accessibility of Headquarters premises",
  "   Entities operating on the new",
  "                                                   Percentage of disputes resolved informally      64%",
  "   enterprise system",
  "   2. To strengthen the informal resolution of workplace disputes",
  "                                                   Average number of days to fill a vacant post    183 days",
  "   Energy use at Headquarters reduced              Percentage of budget documents submitted on",
  "                                                                                                   80%",
  "                                                   time",
  "   Budget documents submitted in time              Percentage of procurement cases completed",
  "                                                                                                   93%",
  "   for the Advisory Committee                      within timelines",
].join("\n");

const shiftedRow = [
  "Objectives                    Expected results                   Performance measures                    Target",
  "",
  "To act on the recommenda‐ • Oversight recommendations Percentage of staff completing                     84 per cent",
  "tions of the oversight bodies implemented within their mandatory courses",
  "in good time                  deadlines",
  "                                                       Percentage of oversight recom‐                    75 per cent",
  "                                                       mendations implemented on time",
  "To keep the evaluations of    • Documents submitted within Average number of days to fill a              143 days",
  "staff performance current        the slotted dates         vacancy",
  "                                                                 Percentage of staff completing          94 per cent",
  "                                                                 mandatory courses",
  "To manage the approved        • Mandatory courses com‐           Percentage of women at the P-5          33 per cent",
  "budget with full and timely      pleted by all staff             level and above",
  "implementation",
  "                                                                 Percentage of oversight recom‐          95 per cent",
  "                                                                 mendations implemented on time",
].join("\n");

describe("layout text: the row's own grid", () => {
  it("reads a first cell that goes on past its row's centred line as the row's, not the objective's", () => {
    const rows = textRows(centredRow);
    expect(rows[0]).toEqual({
      objective: "To improve the physical security and accessibility of Headquarters premises",
      accomplishments: ["Entities operating on the new enterprise system"],
      measures: ["Percentage of disputes resolved informally"],
    });
    expect(rows[1]?.accomplishments).toEqual(["Energy use at Headquarters reduced", "Budget documents submitted in time for the Advisory Committee"]);
  });

  it("opens a measure column where a row's lines share a run start left of the header's edge", () => {
    // The table reader leaves line-end hyphens to the normalizer: "recom‐ mendations" here.
    const row = textRowsWithValues(shiftedRow).find((o) => o.objective.startsWith("To act on"));
    expect(row?.accomplishments).toEqual(["Oversight recommendations implemented within their deadlines"]);
    expect(row?.measures).toEqual(["Percentage of staff completing mandatory courses", "Percentage of oversight recom‐ mendations implemented on time"]);
    expect(row?.targets).toEqual(["84 per cent", "75 per cent"]);
  });
});
