/**
 * Plain text (session 24, h-txtfn; corpus15 d15-003 txt): a measure column of one-line items
 * whose only wraps fall at a name ("Selections of candidates from unrepresented" / "Member
 * States"): no line of it opens in lower case, so the column reads as one that never wraps
 * (`unwrappedColumns`) and every line as an item. The Target cell beside the line above, and none
 * beside the line, says the line is that measure's next one.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const LINES = [
  "   No.                          Objective                                   Expected result                            Indicator of achievement                     Target",
  "2.1         To ensure that all staff complete the mandatory            Recruitment completed from job      Reduction in air travel emissions                10 per cent",
  "            training courses                                           opening to selection within 120",
  "                                                                       days                                Staff who completed all mandatory training      ≥ 77%",
  "                                                                                                           Selections of candidates from unrepresented      ≥8",
  "                                                                                                           Member States",
  "2.2         To reach gender parity at all levels of the                Performance documents               Staff who completed all mandatory training      At least 92%",
  "            Office's staff                                             completed in the electronic system",
  "                                                                       Women appointed to a larger share Selections of candidates from unrepresented        5",
  "                                                                       of posts at the P-5 level and above Member States",
  "",
  "",
  "2.3         To fill vacant posts within the timelines set by           Budget implementation monitored     Women among staff at the P-5 level and above    51 per cent",
  "            the human resources framework                              monthly by the executive office",
  "                                                                                                           Reduction in air travel emissions                21 per cent",
  "\fOIM — Senior Manager’s Compact 2023",
  "",
  "   No.                            Objective                                      Expected result                          Indicator of achievement                     Target",
  "2.4           To improve the geographical diversity of the                Budget implementation monitored      Budget implementation rate                     At least 93%",
  "              Office's workforce                                          monthly by the executive office",
  "                                                                          Candidates from unrepresented",
  "                                                                          Member States shortlisted",
  "",
  "",
  "2.5           To make the Office's premises and meetings                  Air travel reduced through virtual   Meetings held in accessible venues             70 per cent",
  "              accessible to persons with disabilities                     meetings",
  "                                                                                                               Budget implementation rate                     92%",
  "                                                                                                               Selections of candidates from unrepresented    ≥7",
  "                                                                                                               Member States",
  "2.6           To use delegated authority in line with the                 Performance documents                Average days from job opening to selection     99",
  "              accountability framework                                    completed in the electronic system",
  "                                                                          Budget implementation monitored      Selections of candidates from unrepresented    At least 7",
  "                                                                          monthly by the executive office      Member States",
  "                                                                                                               Women among staff at the P-5 level and above   At least 37%",
];

describe("a wrapped measure under a line with a Target beside it (plain text)", () => {
  it("joins the wrapped line to its measure when no value stands beside it", () => {
    const rows = textRows(LINES.join("\n"));
    expect(rows.map((r) => r.measures)).toEqual([
      ["Reduction in air travel emissions", "Staff who completed all mandatory training", "Selections of candidates from unrepresented Member States"],
      // Left: pdftotext glued the accomplishment one space before this measure ("… a larger share Selections of …"), and the line's cells moved.
      ["Staff who completed all mandatory training", "Selections of candidates from unrepresented", "Member States"],
      ["Women among staff at the P-5 level and above", "Reduction in air travel emissions"],
      ["Budget implementation rate"],
      ["Meetings held in accessible venues", "Budget implementation rate", "Selections of candidates from unrepresented Member States"],
      ["Average days from job opening to selection", "Selections of candidates from unrepresented Member States", "Women among staff at the P-5 level and above"],
    ]);
  });

  it("keeps a measure without a value of its own as an item (a phrase, not a name's rest: corpus13 d13-014)", () => {
    const rows = textRows(OWN_ITEMS.join("\n"));
    expect(rows.map((r) => r.measures)).toEqual([
      ["Reduction in electricity use against the 2010 baseline", "Solicitations completed within the planned lead time"],
      ["Facilities work orders closed within five working days", "Solicitations completed within the planned lead time", "Linear metres of mission records accessioned", "Tickets purchased at least 16 days before travel"],
      ["Vendors registered from developing countries"],
      ["Tickets purchased at least 16 days before travel", "Linear metres of mission records accessioned", "Vendors registered from developing countries"],
    ]);
  });
});

const OWN_ITEMS = [
  "",
  "       EXPECTED ACCOMPLISHMENTS                          INDICATORS OF ACHIEVEMENT                              TARGET",
  "                                                         Reduction in electricity use against the 2010 baseline 19%",
  "                                                         Solicitations completed within the planned lead time",
  "       To provide the travel, mail and transport services that delegates and staff rely on across the Secretariat",
  "       Tickets issued at the lowest available fare       Facilities work orders closed within five working days 98%",
  "                                                         Solicitations completed within the planned lead time",
  "       Lower electricity consumption at Headquarters     Linear metres of mission records accessioned           1,127",
  "                                                         Tickets purchased at least 16 days before travel",
  "       To move the archives and records of the Organization into managed storage across the Secretariat",
  "       Tickets issued at the lowest available fare       Vendors registered from developing countries           1,986",
  "       To provide the travel, mail and transport services that delegates and staff rely on in field missions",
  "       Lower electricity consumption at Headquarters     Tickets purchased at least 16 days before travel       56%",
  "                                                         Linear metres of mission records accessioned",
  "                                                         Vendors registered from developing countries           1,317",
];
