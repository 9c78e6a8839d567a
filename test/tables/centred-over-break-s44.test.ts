/**
 * Session 44 (h-mid44), layout text (`pdftotext -layout`): a centred row cut by a page break whose
 * objective sits a line or more below the middle of its part on the page is cut over the break
 * (`centredOverBreak` in tables/geometry): pdfmake centres a rowSpan objective of
 * `verticalAlignment: middle` in the whole row, so the part above the break holds it low and the
 * row's rest opens the next page, above the next row ("Cholera treatment centres / operating 37 ≥ 45"
 * at the top of page 2). Without the rule that rest opened the row below, which then gave its own
 * last sub-row on down (corpus19 val19b v19-001, "2. Other mandates" as printed, the page break
 * kept and the page foot's number and running title left out); the test fails without the rule
 * (checked: the condition disabled, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const CUT = [
  "2. Other mandates",
  " Objectives                                         Outcomes                       Indicators of achievement      Baseline   Target",
  "                                                                                   Average time to approve a      100 days   Not more",
  "                                                    Pledges tracked and reported   project                                   than 89 days",
  "                                                    publicly",
  "                                                                                   Pledges disbursed              23%        25%",
  " To track the disbursement of pledges made at the",
  " International Donors’ Conference                                                  Investors attending the        652        862",
  "                                                    Aid management platform        investment forum",
  "                                                    used by ministries",
  "",
  "",
  "\f",
  "",
  "",
  "",
  "                                                                                      Cholera treatment centres       37       ≥ 45",
  "                                                                                      operating",
  "                                                                                      Cholera treatment centres       69       78",
  "To coordinate the response of the United Nations       Pledges tracked and reported   operating",
  "system to the cholera epidemic                         publicly                       Investors attending the         929      ≥ 953",
  "                                                                                      investment forum                (2010)",
  "                                                       Displaced persons relocated    Donor funding recorded in the   72%      ≥ 82%",
  "                                                       from camps to housing          aid management platform",
  "To support the Interim Haiti Recovery Commission",
  "                                                                                      Reconstruction projects         39       40",
  "in approving reconstruction projects within existing",
  "                                                       Aid management platform        approved                        (2016)",
  "resources",
  "                                                       used by ministries             Investors attending the         626      At least 701",
  "                                                                                      investment forum                (2006)"
].join("\n");

describe("a centred row's objective below the middle of its part above a page break: the row goes on over the break (centredOverBreak)", () => {
  it("gives the next page's first lines to the cut row", () => {
    const rows = textRowsWithValues(CUT);
    expect(rows.map((r) => r.objective)).toEqual([
      "To track the disbursement of pledges made at the International Donors’ Conference",
      "To coordinate the response of the United Nations system to the cholera epidemic",
      "To support the Interim Haiti Recovery Commission in approving reconstruction projects within existing resources",
    ]);
    expect(rows[0]!.measures).toEqual(["Average time to approve a project", "Pledges disbursed", "Investors attending the investment forum", "Cholera treatment centres operating"]);
    expect(rows[0]!.targets).toEqual(["Not more than 89 days", "25%", "862", "≥ 45"]);
    expect(rows[1]!.measures).toEqual(["Cholera treatment centres operating", "Investors attending the investment forum"]);
    expect(rows[1]!.accomplishments).toEqual(["Pledges tracked and reported publicly"]);
    expect(rows[2]!.accomplishments).toEqual(["Displaced persons relocated from camps to housing", "Aid management platform used by ministries"]);
    expect(rows[2]!.measures).toEqual(["Donor funding recorded in the aid management platform", "Reconstruction projects approved", "Investors attending the investment forum"]);
  });
});
