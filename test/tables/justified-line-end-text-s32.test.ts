/**
 * pdftotext -layout text of justified table cells (session 32, h-typ; corpus20 d20-003 typst.txt):
 * a justified line is stretched to its cell's right edge, so its last word can stand alone as a
 * run a few characters short of the next column ("areas     within   the", "and     Nigeria,    in")
 * on a grid line where the next column is empty. The shift rule (a run a little left of the next
 * column's edge opens it) gave that word to the next column. `lineEndLeftOfCellAbove` keeps it
 * with its own cell when the next column's text on the grid line above opens right of it (a
 * cell's lines share its left edge). Fails without the change ("the" and "in" read into the
 * accomplishments, the objective losing them).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const firstTable = [
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
  "areas     within   the",
  "approved resources",
  "To assist the parties (a) Meetings of the Mixed        (a) Pillar         contracts",
  "in the delineation        Commission held.                 completed     on    time",
  "of   the    maritime                                       (target: 78%).",
  "boundary",
].join("\n");

const fiveColumns = [
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "OBJECTIVE                EXPECTED                 KEY PERFORMANCE            BASELINE     TARGET",
  "                         ACCOMPLISHMENT           INDICATOR",
  "",
  "To    support     the    1) Reports               Boundary        pillars    57 (2006)    58",
  "demarcation        of       of the follow-up      emplaced",
  "the land boundary           committee issued",
  "between Cameroon",
  "                         2) Boundary pillars      Sessions of the Mixed      1 (2013)     3",
  "and     Nigeria,    in",
  "                            emplaced and          Commission",
  "cooperation with the",
  "                            verified",
  "parties concerned                                 Average time to settle     78 days      Not more than 59 days",
  "                                                  a disagreement in the",
  "                                                  field",
  "",
  "To    support  the       1) Maritime boundary     Kilometres        of       830 (2011)   At least 861",
  "demarcation     of          charts agreed by      boundary assessed",
  "the land boundary           the parties",
  "                                                  Average time to settle     48 days      36 days",
  "between Cameroon",
  "                                                  a disagreement in the",
  "and Nigeria in the",
  "                                                  field",
  "current period",
].join("\n");

describe("a justified cell line's last word short of the next column", () => {
  it("stays in its cell when the next column opens right of it above (three columns)", () => {
    const rows = textRows(firstTable);
    expect(rows[1]?.objective).toBe("To protect the rights of the populations living in the affected areas within the approved resources");
    expect(rows[1]?.accomplishments).toEqual(["Boundary pillars emplaced and verified."]);
  });
  it("stays in its cell when the next column opens right of it above (five columns)", () => {
    const rows = textRows(fiveColumns);
    expect(rows[0]?.objective).toBe("To support the demarcation of the land boundary between Cameroon and Nigeria, in cooperation with the parties concerned");
    expect(rows[0]?.accomplishments).toEqual(["Reports of the follow-up committee issued", "Boundary pillars emplaced and verified"]);
  });
});
