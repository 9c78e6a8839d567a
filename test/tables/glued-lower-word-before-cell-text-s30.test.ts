/**
 * pdftotext -layout text (session 30, h-glued): a cell's last word in lower case glued by one space
 * to the next cell's capitalised first word, on a row whose measure column opens three characters
 * right of the rows above ("• Bilateral consultations held in Field visits conducted  4  At least 5",
 * "in" under the "requested date" of the measure above; corpus18 d18-005 jspdf.txt). The values
 * opening beside the line ("4", "At least 5": a bound counts as a value opening) say the measure
 * opens here, so `gluedCellOpening` cuts before "Field", not before the item's first word after its
 * bullet, and `runTailUnderCellAbove` does not read "in Field …" as the measure above's wrap. Fails
 * without the change: "in" is read into the measures and "Field visits conducted" joins the measure above.
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const text = [
  "SECTION 1 : DELIVERING RESULTS",
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "EXPECTED RESULT                  KEY PERFORMANCE                    BASELINE       TARGET",
  "                                 INDICATOR",
  "Objective: To keep the Security Council informed of progress in the political process",
  "in the biennium",
  "• Family visit programme      Participants in family visits         1,538          1,622",
  "resumed under the auspices of",
  "UNHCR                         Reports submitted by the              86%            At least 97%",
  "                              requested date",
  "• Bilateral consultations held in Field visits conducted            4              At least 5",
  "the capitals of the region",
  "                                  Bilateral consultations held      8              At least 11",
  "• Field visits conducted to      Round-table meetings convened      1              2",
  "Laayoune, Dakhla and the",
  "Tindouf camps",
].join("\n");

describe("a lower-case word glued one space before the next cell's capital", () => {
  it("ends the cell on its left when values open beside the line", () => {
    const [row] = textRowsWithValues(text);
    expect(row?.accomplishments).toEqual(["Family visit programme resumed under the auspices of UNHCR", "Bilateral consultations held in the capitals of the region", "Field visits conducted to Laayoune, Dakhla and the Tindouf camps"]);
    expect(row?.measures).toEqual(["Participants in family visits", "Reports submitted by the requested date", "Field visits conducted", "Bilateral consultations held", "Round-table meetings convened"]);
    expect(row?.targets).toEqual(["1,622", "At least 97%", "At least 5", "At least 11", "2"]);
  });
});
