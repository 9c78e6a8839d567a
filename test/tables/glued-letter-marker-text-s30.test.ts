/**
 * pdftotext -layout text (session 30, h-t11): a justified accomplishment line run one space into
 * the measure column's lower-case letter marker ("implemented    within   their b. Budget …",
 * corpus11 d11-013 txt). `gluedMarkerOpenings` reads "a." / "b." inside a run as a marker where
 * the table's lines open runs with that numbering, and `runBeforeGluedMarker` gives the words before
 * it back to the accomplishment. Fails without them: "their" (or "Oversight") is read into the
 * measure, and the measure after the marker into the risks.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { gluedMarkerOpenings } from "../../src/tables/columns.js";
import { textToLayout } from "../../src/extract/text.js";

// d11-013's managerial table (page 2): four columns, accomplishments numbered "13.1", measures
// and risks lettered "a." / "b."; justified accomplishment lines stretched to their cell's edge.
const table = [
  "Objectives                      Expected Results                 Key Performance Indicators     Risks and Mitigations",
  "13. To reach gender parity at   13.1 Women appointed to senior a. 98% of staff completing       a. Heavy workload of",
  "all levels of the staff           posts                            mandatory courses               managers; reminders",
  "                                13.2 Staff from unrepresented  b. 99% of performance           b. Late release of funds",
  "                                  Member States recruited          appraisals completed",
  "14. To reduce the time taken    14.1           Oversight a. 81% of staff completing        a. Late release of funds;",
  "to fill vacant posts              recommendations                  mandatory courses                monthly monitoring of",
  "                                  implemented    within   their b. Budget implementation rate       expenditure",
  "                                  deadlines                        of 94%",
  "                                14.2 Staff from unrepresented",
  "                                  Member States recruited",
  "15. To deliver documents to     15.1 Staff from unrepresented  a. 6 staff recruited from        a. Hiring freeze;",
  "the legislative bodies by the     Member States recruited          unrepresented Member             redeployment of existing",
  "slotted date                    15.2 Performance appraisals      States                           posts",
  "                                  finalized in the cycle        b. Budget implementation rate    b. Late release of funds",
].join("\n");

describe("a lower-case letter marker glued inside a run at the measure column's edge", () => {
  it("opens the measure there and leaves the words before it to the accomplishment", () => {
    const row = textRows(table).find((o) => o.objective === "To reduce the time taken to fill vacant posts");
    expect(row?.accomplishments).toEqual(["Oversight recommendations implemented within their deadlines", "Staff from unrepresented Member States recruited"]);
    expect(row?.measures).toEqual(["81% of staff completing mandatory courses", "Budget implementation rate of 94%"]);
  });

  it("is a marker only where the table's lines open runs with that numbering", () => {
    const lines = (t: string) => textToLayout(t).pages.flatMap((p) => p.lines);
    const withEdge = lines(table);
    const glued = withEdge.find((l) => l.text.includes("their b."))!;
    expect(gluedMarkerOpenings(glued, withEdge).map((w) => w.text)).toEqual(["b."]);
    // No column of lettered runs beside it: the letter is no marker.
    const alone = lines(["Objectives                      Expected Results", "To deliver documents            implemented    within   their b. Budget implementation"].join("\n"));
    expect(gluedMarkerOpenings(alone[1]!, alone)).toEqual([]);
  });
});
