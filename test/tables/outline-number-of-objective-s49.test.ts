/**
 * Session 49 (h-c11-49), layout text (`pdftotext -layout`): an accomplishment's outline number
 * ("3.1") glued after the objective's words on the objective's first line, under the number that
 * line opens with ("3."), opens the accomplishments column (`numbersUnderItsObjective`, read by
 * `gluedMarkerOpenings` inside a run and by `runEndMarkerOpenings` at a run's end). Word numbers a
 * row's accomplishments under its objective's number, and no objective's sentence names its own
 * sub-number; session 47's reading of the same number (OUTLINE_SUB_NUMBER) also asks the item's
 * wrapped lines to hang at its text, which pdftotext's grid shifts by a character (v11k-006) or
 * breaks with another column's line (v11m-007). Pages from corpus11 val11k v11k-006 and val11h
 * v11h-007 as committed; both tests fail without the rule (checked: `numbersUnderItsObjective`
 * made to return false, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

const GLUED_IN_RUN = [
  "1.1 Programme objectives",
  "",
  " OBJECTIVES                EXPECTED                    KEY                        RISKS",
  "                           ACCOMPLISHMENTS             PERFORMANCE INDI‐          AND MITIGATIONS",
  "                                                       CATORS",
  "",
  " 3. To reduce the release 3.1 Post-crisis environ‐     1. 7,969 hectares under    1. Limited national",
  " of hazardous chemicals      mental assessments           restoration with pro‐      data; partnerships",
  " and waste to the envi‐      completed on request         gramme support             with statistical of‐",
  " ronment                                                                             fices",
  "",
  " 4. To strengthen envi‐    4.1 Decisions of the gov‐   1. 9,664 monthly users of 1. Volatile earmarked",
  " ronmental governance         erning bodies imple‐        the environmental         funding; diversified",
  " at the national and re‐      mented on time              data platform             donor base",
  " gional levels                                                                   2. Delays in national",
  "                                                                                    approval of projects",
].join("\n");

const AT_RUN_END = [
  "1.1 Programme objectives",
  "",
  "Objective                     Expected Accomplishment            Key Performance Indicator     Risks and Mitigations",
  "9. To reduce the release of   9.1 Post-crisis environmental      (a) 7,969 hectares under         (a) Limited national data;",
  "hazardous chemicals             assessments completed on           restoration                      partnerships with",
  "                                request                                                             statistical offices",
  "",
  "                              10.1 Environmental data",
  "                                platforms used by Member",
  "                                States",
  "                                                             (a) 37 countries with",
  "10. To increase the uptake of 10.2  Global environment                                         (a) Delays in national",
  "                                                                adaptation plans supported",
  "clean energy in urban           outlook issued and presented                                      approval of projects; early",
  "                                                             (b) 35 cities with low-emission",
  "transport                       to the Assembly                                                   engagement of ministries",
  "                                                                transport policies",
  "                              10.3 Countries integrate",
  "                                adaptation into their",
  "                                development plans",
].join("\n");

describe("an outline number under its line's objective number opens the accomplishments (numbersUnderItsObjective)", () => {
  it("reads v11k-006's objective 3 without its first accomplishment glued inside the run", () => {
    const rows = textRows(GLUED_IN_RUN);
    // (Plain text read without the document's word list keeps the hyphen pieces "envi‐ ronment".)
    expect(rows.map((r) => r.objective.replace(/‐ /g, ""))).toEqual([
      "To reduce the release of hazardous chemicals and waste to the environment",
      "To strengthen environmental governance at the national and regional levels",
    ]);
    expect(rows[0]?.accomplishments.map((a) => a.replace(/‐ /g, ""))).toEqual(["Post-crisis environmental assessments completed on request"]);
  });

  it("reads v11h-007's objective 10 without the number that ends its run", () => {
    const row = textRows(AT_RUN_END).find((r) => r.objective.startsWith("To increase"));
    expect(row?.objective).toBe("To increase the uptake of clean energy in urban transport");
    expect(row?.accomplishments).toEqual([
      "Environmental data platforms used by Member States",
      "Global environment outlook issued and presented to the Assembly",
      "Countries integrate adaptation into their development plans",
    ]);
  });
});
