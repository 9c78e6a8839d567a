/**
 * pdftotext -layout text of Typst tables (session 40, h-typ23; corpus20 draws, typst.txt). Typst's
 * grid shifts from row to row, so a part's column edge is where its leftmost shifted row opens that
 * column, and a justified line of another row, its word gaps stretched, ends right of that edge:
 * - `tailRunsBeforeOpening` (src/tables/justifiedRuns.ts): the line's last lower-case words go back to
 *   their cell when the word after them opens the next column where the grid line above or below
 *   opens it, clear of the text on its left ("(i) Appraisals       finalized   on   Staff …" over
 *   "schedule   States"; "trained    and Average …" over "deployed.   mission.");
 * - `proseRunBeforeValue` (src/tables/columns.ts): a measure line's lower-case tail glued to its
 *   value goes back to the measure when the figure opens where the line above or below opens the
 *   value column, or the value cell opens on this line ("Recommendations   fully 37%",
 *   "Average time to   issue   a 31 days").
 * Each expectation fails without its rule.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRowsWithValues } from "../support/table-rows.js";

const fileRows = (split: string, id: string) => documentRows(join(__dirname, "..", "corpus20", split, `${id}.typst.txt`));

/** v20d-018's managerial table (corpus20 val20d): the third objective's rows open the measures five characters left of the others'. */
const SHIFTED_ROWS = [
  "SECTION 2 : MANAGING RESOURCES",
  "A. MANAGERIAL OBJECTIVES",
  " Expected result                       Performance measure                    Baseline        Target",
  " Objective: To improve the geographical diversity of the staff of the Office",
  " (i) Appraisals       finalized   on   Staff from unrepresented Member 8%                     At least 11%",
  "     schedule                          States",
  "                                       Budget implementation rate             88%             92%",
  " (ii) Oversight recommendations",
  "      implemented                      Oversight          recommendations     62%             At least 68%",
  "                                       implemented",
  " (iii) Recruitments        completed   Average days to fill a vacant post     176 days        132 days",
  "       within the timeline",
  " Objective: To implement the accepted recommendations of the oversight bodies",
  " (i) Budget        implemented    as   Staff from unrepresented Member 5%                     At least 6%",
  "     approved                          States",
  " Objective: To reduce the time taken to recruit staff against vacant posts",
  "                                  Staff from unrepresented Member 3%                          5 per cent",
  " (i) Staff from     unrepresented States",
  "     Member States recruited      Average days to fill a vacant post 169 days                 Not     more",
  "                                                                                              than 132 days",
  "SECTION 3 : CHALLENGES",
  "1. Data definitions differ across organizations.",
].join("\n");

describe("a justified line's last words right of a shifted part's edge end their cell (tailRunsBeforeOpening)", () => {
  it("keeps 'on' and 'as' in the results when the measure opens beside the next line's", () => {
    const rows = textRowsWithValues(SHIFTED_ROWS);
    expect(rows.map((r) => r.accomplishments[0])).toEqual(["Appraisals finalized on schedule", "Budget implemented as approved", "Staff from unrepresented Member States recruited"]);
    expect(rows[0]?.measures[0]).toBe("Staff from unrepresented Member States");
    expect(rows[1]?.measures).toEqual(["Staff from unrepresented Member States"]);
  });
  it("reads v20d-018 as committed: 'finalized   on   ahead' keeps 'on' in the outcome", async () => {
    const rows = await fileRows("val20d", "v20d-018");
    const row = rows.find((r) => r.objective.startsWith("To publish the documents of the Office"));
    expect(row?.accomplishments).toEqual(["Greenhouse gas emissions reduced", "Appraisals finalized on schedule"]);
    expect(row?.measures).toContain("Air tickets purchased sixteen days ahead");
  });
  it("gives v20d-003's 'and' glued to the measure back to 'Women mediators trained and deployed.'", async () => {
    const row = (await fileRows("val20d", "v20d-003")).find((r) => r.objective.startsWith("To support the good offices of the Special Representative"));
    expect(row?.accomplishments).toEqual(["Good offices missions undertaken before elections.", "Women mediators trained and deployed."]);
    expect(row?.measures).toEqual(["Good offices missions undertaken.", "Average time to deploy a good offices mission."]);
  });
});

describe("a measure's lower-case tail glued to its value at a shifted edge goes back to the measure (proseRunBeforeValue)", () => {
  it("reads v20c-010's 'Recommendations   fully 37%' and 'issue   a 18 days'", async () => {
    // The table's row, not the programme list's of the same objective above it.
    const row = (await fileRows("val20c", "v20c-010")).find((r) => r.objective.startsWith("To support the Panel of External Auditors") && r.measures.includes("Audit opinions issued"));
    expect(row?.measures).toEqual(["Audit opinions issued", "Reports issued by 31 July", "Recommendations fully implemented", "Average time to issue a management letter", "Entities audited"]);
  });
  it("reads v20-010's 'Average time to   issue   a 31 days' with the value alone", async () => {
    const rows = (await fileRows("val20", "v20-010")).filter((r) => r.objective.startsWith("To support the Panel of External Auditors"));
    expect(rows.flatMap((r) => r.measures)).toContain("Average time to issue a management letter");
  });
});
