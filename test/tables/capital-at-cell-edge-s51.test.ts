/**
 * Session 51 (h-items51), layout text (`pdftotext -layout`): a capital where a cell opens on the grid
 * is no name inside a sentence (`capitalisedInsideGridWords`). pdftotext sets a cell that fills its
 * column one space from the next column ("Senior victims’ rights officers in place Victims referred
 * to …"), and the document-wide list of words printed capitalised after a lower-case word
 * (`capitalisedInside`, the name guard of the words at a break) took "Victims" from there: two
 * unmarked accomplishments "… within the agreed time" / "Victims informed of …" were read as one
 * (corpus13 val13g v13g-017's pages, cut down; the same guard joined items in corpus13 v13h-013,
 * v13k-017, v13m-013 and corpus14 v14g-003, v14j-019 …). A capital the text prints inside a sentence
 * still guards ("… agreed with host" / "Governments and country teams"). The first test fails
 * without the rule (checked: `hyphenLexicon`'s `grid` off, run, restored).
 */
import { describe, expect, it } from "vitest";
import { capitalisedInsideGridWords, capitalisedInsideWords } from "../../src/tables/text.js";
import { textRows } from "../support/table-rows.js";

const PAGES = [
  "SECTION 1 : DELIVERING RESULTS",
  "A. ACHIEVING PROGRAMME OBJECTIVES",
  "I will give special attention to delivering the following results in 2019.",
  "   Expected accomplishment                  Performance measure                            Target",
  "   Objective 1: To help victims pursue paternity and child support claims in the regions",
  "   Senior victims’ rights officers in place Victims referred to assistance within 72       58%",
  "   in the missions with the most            hours",
  "   allegations",
  "                                            Victims informed of the outcome of their       51%",
  "                                            case",
  "   Objective 2: To coordinate the senior victims’ rights officers in field missions in the regions",
  "   A common protocol on assistance          Paternity claims with a DNA test completed 19",
  "   applied by all entities",
  "\f",
  "Objectives                     Expected accomplishments          Key performance indicators",
  "To help victims pursue         Paternity claims brought",
  "paternity and child support    forward with the support of       1. 83% of victims informed of the",
  "claims at Headquarters         the Office                           outcome of their case",
  "                               Victims informed of the           2. 80% of victims referred to",
  "                               progress of their cases              assistance within 72 hours",
  "",
  "To help victims pursue         Victims referred to assistance",
  "paternity and child support    within the agreed time            1. 75% of victims informed of the",
  "claims                         Victims informed of the              outcome of their case",
  "                               progress of their cases           2. 15 entities applying the",
  "                               Senior victims’ rights officers      assistance protocol",
  "                               in place in the missions with     3. 59% of victims referred to",
  "                               the most allegations                 assistance within 72 hours",
].join("\n");

describe("a capital where a cell opens on the grid is no name inside a sentence (capitalisedInsideGridWords)", () => {
  it("parts two unmarked accomplishments at a capital only ever printed one space after another column (v13g-017)", () => {
    const row = textRows(PAGES).find((r) => r.objective === "To help victims pursue paternity and child support claims");
    expect(row?.accomplishments).toEqual([
      "Victims referred to assistance within the agreed time",
      "Victims informed of the progress of their cases",
      "Senior victims’ rights officers in place in the missions with the most allegations",
    ]);
  });
  it("leaves out the capital at a neighbouring line's cell edge, keeps one inside a sentence", () => {
    const grid = ["Senior officers in place Victims referred to", "in the missions with     hours", "Plans agreed with host Governments and teams"].join("\n");
    expect([...capitalisedInsideWords(grid)].sort()).toEqual(["Governments", "Victims"]);
    expect([...capitalisedInsideGridWords(grid)]).toEqual(["Governments"]);
  });
});
