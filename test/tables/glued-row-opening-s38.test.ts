/**
 * A capitalised word glued to the cell on its left opens its own cell where the cell's next grid
 * line opens the column under it (session 38, h-glue2; `capitalOverRowOpening` in
 * src/tables/columns.ts). pdftotext -layout of a LibreOffice Calc print (test/corpus14 val14c
 * v14c-004, page 3): row (3) sits on a grid of its own, three characters left of the page's, so its
 * outcome's first line and its indicator's first line run together one space apart ("… acknowledged
 * and Cases completed during the year: 12"); "Cases" ends left of the page's edge (99), "completed"
 * starts on it. The indicator's next lines open at 96, under "Cases".
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const lines = [
  "NO.          OBJECTIVE                                   OUTCOME                                   KEY PERFORMANCE INDICATOR",
  "(1)          To give listed individuals and entities a   a) Petitioners informed of the outcome    Confidentiality arrangements in force: 19",
  "             fair and clear procedure to request         with reasons",
  "             delisting in countries in transition        b) Biannual reports issued to the Council",
  "",
  "",
  "(2)          To give listed individuals and entities a   a) Comprehensive reports submitted to     89% of comprehensive reports submitted on",
  "             fair and clear procedure to request         the Committee on time                     time",
  "             delisting across the United Nations         b) Delisting requests acknowledged and    Outreach briefings for counsel and civil society:",
  "             system                                      transmitted promptly                      10",
  "",
  "(3)          To complete the information-gathering    a) Delisting requests acknowledged and Cases completed during the year: 12",
  "             period of each case within the time set  transmitted promptly                      85% of petitioners informed of the reasons for",
  "             by the Council through regional partners b) States responding to requests for      the decision",
  "                                                      information within the deadline",
  "",
];

describe("a capitalised word over the place where its cell's next line opens (v14c-004)", () => {
  const out = textRowsWithValues(lines.join("\n"));
  it("opens the indicator with 'Cases' and leaves the outcome whole", () => {
    const row = out.find((r) => r.objective.startsWith("To complete the information-gathering"));
    expect(row?.accomplishments).toEqual(["Delisting requests acknowledged and transmitted promptly", "States responding to requests for information within the deadline"]);
    expect(row?.measures).toEqual(["Cases completed during the year: 12", "85% of petitioners informed of the reasons for the decision"]);
  });
  it("leaves the rows on the page's grid alone", () => {
    const row = out.find((r) => r.objective.startsWith("To give listed individuals and entities a fair and clear procedure to request delisting across"));
    expect(row?.accomplishments).toEqual(["Comprehensive reports submitted to the Committee on time", "Delisting requests acknowledged and transmitted promptly"]);
  });
});
