/**
 * Session 53 (h-items53), layout text (`pdftotext -layout`): the name guard of the words at a break,
 * asked of the break itself (`nameRunsOnFrom`). Unmarked outcomes with no full stop part where a line
 * ending on a plain word is followed by a line opening with a capitalised word then a lower-case one,
 * unless the capital may be a name running on (`capitalisedInside`: the document prints it after a
 * lower-case word somewhere — "the Office of Programme Planning"). So "Member States informed of
 * arrears and unpaid" / "assessments each month" / "Programme managers able to see …" read as one item
 * (corpus13 val13h v13h-013's first page, cut down; the same join in v13g-013, v13j-013, v13l-013,
 * v13m-013, and "… by the agreed date" / "Member States informed of", "… of the period" / "Women
 * among staff" in other designs). The document never prints "month Programme": the capital is no name
 * going on from that word. The row test fails without the rule (checked: `nameGuard` back to
 * `capitalisedInside` alone, run, restored).
 */
import { describe, expect, it } from "vitest";
import { nameRunsOnFrom } from "../../src/tables/nameGuard.js";
import { hyphenLexicon } from "../../src/tables/text.js";
import { textRows } from "../support/table-rows.js";

const OPPBA = [
  "                          SENIOR MANAGER’S COMPACT for 2016",
  "",
  "Thandiwe Oyelaran, Assistant Secretary-General, Controller, will strive to fulfil the goals of the Charter of the",
  "United Nations and the mandates entrusted to the Office of Programme Planning, Budget and Accounts. I",
  "commit to achieve the objectives detailed below.",
  "The work of the Office of Programme Planning, Budget and Accounts is set out in the proposed programme",
  "",
  "I. Programme objectives",
  "I will give special attention to delivering the following results in 2016.",
  "   OBJECTIVE                         OUTCOME                             PERFORMANCE MEASURE",
  "   To tie the allotment of",
  "   resources to the results              Budget fascicles issued to          o 87% of contributing countries’",
  "   promised in the programme             the Advisory Committee                claims certified within 90 days",
  "   budget across the Secretariat         by the agreed date                  o 75% of statements of programme",
  "                                         Member States informed of             budget implications issued 48",
  "                                         arrears and unpaid                    hours before the vote",
  "                                         assessments each month              o 82% of budget reports submitted",
  "                                         Allotments issued on the              to the Advisory Committee by",
  "                                         first working day of the              the slot date",
  "                                         budget period",
  "",
  "   To keep the accounts of the",
  "   Organization in a form that           Claims of contributing              o 8 months in which the cash",
  "   earns an unqualified audit            countries settled from                position report was published on",
  "   opinion with partner entities         available cash                        time",
  "                                         Member States informed of           o Working days between the",
  "                                         arrears and unpaid                    approval of the budget and the",
  "                                         assessments each month                issue of allotments: 14",
  "                                         Programme managers able             o 92% of statements of programme",
  "                                         to see their expenditure              budget implications issued 48",
  "                                         against allotments online             hours before the vote",
  "                                                                             o 88% of audit recommendations",
  "                                                                               on financial statements",
  "                                                                               implemented within one year",
].join("\n");

describe("a capital the document never prints after the line's last word is no name running on (nameRunsOnFrom)", () => {
  it("parts an outcome opening on a word printed inside a name elsewhere (v13h-013)", () => {
    const row = textRows(OPPBA).find((r) => r.objective.startsWith("To keep the accounts"));
    expect(row?.accomplishments).toEqual([
      "Claims of contributing countries settled from available cash",
      "Member States informed of arrears and unpaid assessments each month",
      "Programme managers able to see their expenditure against allotments online",
    ]);
  });
  it("keeps the guard where the document prints the word before the name, or the line ends on no lower-case word", () => {
    const lexicon = hyphenLexicon("The Office of Programme Planning and the budget. Funds for the Programme were spent.");
    const printedBefore = (w: string, n: string) => lexicon.printedBefore?.(w, n) ?? false;
    expect(nameRunsOnFrom("assessments each month", "Programme", printedBefore)).toBe(false);
    expect(nameRunsOnFrom("the Office of", "Programme", printedBefore)).toBe(true);
    expect(nameRunsOnFrom("Funds for the", "Programme", printedBefore)).toBe(true);
    expect(nameRunsOnFrom("claims certified (2015)", "Programme", printedBefore)).toBe(true);
    expect(nameRunsOnFrom("follow-", "Programme", printedBefore)).toBe(true);
  });
});
