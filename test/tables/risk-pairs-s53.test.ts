/**
 * Session 53 (h-items53), layout text (`pdftotext -layout`): a Risks column whose items are each a risk
 * and its mitigation parted by a semicolon, typed one under the other with no marker and no full stop
 * (`riskPairOpens`). "Visa delays for participants; request letters early" / "Security incidents at
 * venues; coordinate with the" read as one item: the line above ends on a word of its own and the line
 * opens a sentence, but "Security" is printed inside a sentence too ("Department of Safety and
 * Security"), so the name guard (`capitalisedInside`) kept the line in the item above (corpus14 val14h
 * v14h-003's page, cut down; the same join in v14g-003, v14j-003, and "… arrangements in advance" /
 * "States not replying to requests; …" in v14k-014, v14l-014, v14p-014, v14g-014, v14j-019, v14p-019,
 * v14o-019). The item above has had its semicolon; the line holds one of its own: a second risk and
 * its mitigation. The row test fails without the rule (checked: the branch removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { riskPairOpens } from "../../src/tables/riskPairs.js";
import { textRowsWithValues } from "../support/table-rows.js";

const SPORT = [
  "",
  "A. PROGRAMME OBJECTIVES",
  "My office will deliver the following results in 2009.",
  "Expected accomplishments                                     Risks and mitigations                                  Performance measures",
  "Objective 1. To promote the International Day of Sport for Development and Peace among Member States in Africa",
  "Community programmes for women and girls in sport            Sponsors withdrawing support for the camps;            - Meetings of the Group of Friends convened: 4",
  "                                                             diversify sponsorship",
  "",
  "",
  "Objective 2. To support host cities of major sporting events in leaving a social legacy in countries in transition",
  "",
  "",
  "Federations signing memorandums of understanding with        Visa delays for participants; request letters early    - 46% of community programmes led by women",
  "the Office                                                   Low visibility of the International Day; work with",
  "Young leaders trained at the youth leadership camps          national committees",
  "",
  "",
  "",
  "Objective 3. To support host cities of major sporting events in leaving a social legacy through regional partners",
  "",
  "",
  "Community programmes for women and girls in sport            Sponsors withdrawing support for the camps;            - 68% of community programmes led by women",
  "Young leaders trained at the youth leadership camps          diversify sponsorship                                  - Meetings of the Group of Friends convened: 4",
  "                                                             Federations' commitments not followed up; agree",
  "                                                             annual reviews",
  "",
  "",
  "Objective 4. To open youth leadership camps to participants from post-conflict countries in Latin America and the Caribbean",
  "",
  "",
  "Federations signing memorandums of understanding with        Federations' commitments not followed up; agree        - Memorandums of understanding with federations: 8",
  "the Office                                                   annual reviews                                         - Good practice case studies published: 14",
  "Entities referring to sport in their country programmes                                                             - 78% of camp participants from post-conflict countries",
  "Community programmes for women and girls in sport",
  "",
  "",
  "",
  "Objective 5. To document good practice in the use of sport for social inclusion in Latin America and the Caribbean",
  "",
  "Young leaders trained at the youth leadership camps          Visa delays for participants; request letters early    - Meetings of the Group of Friends convened: 4",
  "                                                             Security incidents at venues; coordinate with the",
  "                                                             Department of Safety and Security",
].join("\n");

describe("a risk and its mitigation under an item that has had its semicolon opens an item (riskPairOpens)", () => {
  it("parts two risks when the second opens on a name printed inside a sentence too (v14h-003)", () => {
    const row = textRowsWithValues(SPORT).find((r) => r.objective.includes("To document good practice"));
    expect(row?.extra.risksAndMitigations).toEqual([
      "Visa delays for participants; request letters early",
      "Security incidents at venues; coordinate with the Department of Safety and Security",
    ]);
  });
  it("keeps a wrapped mitigation and a risk's own wrap in their items", () => {
    const row = textRowsWithValues(SPORT).find((r) => r.objective.includes("To promote the International Day"));
    expect(row?.extra.risksAndMitigations).toEqual(["Sponsors withdrawing support for the camps; diversify sponsorship"]);
  });
  it("asks for the semicolon above, a line ending on a word of its own and a semicolon on the line", () => {
    expect(riskPairOpens("Caseload peaks; extend the period as the resolution allows", "resolution allows", "States not replying to requests; follow up")).toBe(true);
    // No semicolon yet above: the risk is still being stated.
    expect(riskPairOpens("Sponsors withdrawing support for", "Sponsors withdrawing support for", "Member States; diversify")).toBe(false);
    // The line above leads on: the name is the mitigation's.
    expect(riskPairOpens("Security incidents at venues; coordinate with the", "coordinate with the", "Department of Safety; and")).toBe(false);
    // No semicolon on the line: a wrap, not a risk of its own.
    expect(riskPairOpens("Visa delays; request letters early", "request letters early", "Department of Safety and Security")).toBe(false);
  });
});
