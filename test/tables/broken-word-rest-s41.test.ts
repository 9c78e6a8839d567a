/**
 * pdftotext -layout text of Typst tables (session 41, h-typ24; corpus20 draws, typst.txt). A word
 * broken at its line's end (Typst's soft hyphen, printed "-") goes on at the start of its cell's next
 * line, so where its rest stands tells which cell the broken word ends:
 * - `brokenWordRestBelowLeft` (src/tables/columns.ts): "against va­ post (target: 125 days)." with
 *   "va­" at the measure column's edge and "cant posts" under the objective's line: "va­" ends the
 *   objective's line and "post …" goes on with the measure (before, "va-" was the measure's and
 *   "post …" was pushed into the accomplishment);
 * - `hangingEdge` in `runTailUnderCellAbove`: "… mitigation: ported." under "a) Inter-agency networks
 *   sup­", the rest one space after the risk's line, right under the marked item's text (a marked
 *   item's lines hang under its text, not under its marker).
 * Each expectation fails without its rule.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRows } from "../support/table-rows.js";

const fileRows = (split: string, id: string) => documentRows(join(__dirname, "..", "corpus20", split, `${id}.typst.txt`));
/** Typst's soft hyphen at a line end, as `repairText` prints it (the extractor repairs before the reader; `textToLayout` does not). */
const SHY = "-";

/** v20e-010's managerial table (corpus20 val20e), its last two rows. */
const RESTS_BELOW_LEFT = [
  "B. MANAGERIAL OBJECTIVES",
  " Objective                  Key performance indicator        Expected accomplishment          Risks and mitigations",
  " To keep expenditure Budget implementation rate              Recruitments         completed Interlocutors change after a",
  ` within the approved bud${SHY} (target: 95%).                     within the timeline.           reshuffle; mitigation: early`,
  ` get of the Office        Appraisals completed on time:      Appraisals finalized on sched${SHY} contact with new officials.`,
  "                          99%.                               ule.",
  ` To reduce the time taken Average days to fill a vacant      Recruitments         completed Key posts fall vacant; mitiga${SHY}`,
  ` to recruit staff against va${SHY} post (target: 125 days).       within the timeline.           tion: a roster and temporary`,
  " cant posts                                                                                 assignments.",
  "",
  "C. CHALLENGES",
  "• Entities close their accounts at different dates.",
].join("\n");

describe("a broken word glued at the next column's edge ends the cell its rest goes on in (brokenWordRestBelowLeft)", () => {
  it("keeps 'va-' with the objective whose next line opens 'cant posts', and 'post (target: 125 days).' with the measure", () => {
    const rows = textRows(RESTS_BELOW_LEFT);
    const row = rows.find((r) => r.objective.startsWith("To reduce the time taken"));
    expect(row?.objective).toBe("To reduce the time taken to recruit staff against vacant posts");
    expect(row?.measures).toEqual(["Average days to fill a vacant post (target: 125 days)."]);
    expect(row?.accomplishments).toEqual(["Recruitments completed within the timeline."]);
  });
  it("reads v20e-010 as committed", async () => {
    const row = (await fileRows("val20e", "v20e-010")).find((r) => r.objective.startsWith("To reduce the time taken"));
    expect(row?.objective).toBe("To reduce the time taken to recruit staff against vacant posts");
    expect(row?.measures).toEqual(["Average days to fill a vacant post (target: 125 days)."]);
  });
  it("reads v20c-016's 'inte- taken before elections' over 'grated strategy for the Sahel'", async () => {
    const rows = await fileRows("val20c", "v20c-016");
    expect(rows.map((r) => r.objective)).toContain("To promote the implementation of the United Nations integrated strategy for the Sahel within the approved resources");
  });
});

describe("a marked item's broken word goes on under its text, glued to the cell on the left (hangingEdge)", () => {
  it("reads v20e-017's 'a) Inter-agency networks sup-' over '… mitigation: ported.' as 'supported.'", async () => {
    const row = (await fileRows("val20e", "v20e-017")).find((r) => r.objective.startsWith("To service the High-level Committee") && r.objective.includes("within the approved resources"));
    expect(row?.accomplishments).toEqual(["Inter-agency networks supported."]);
    expect(row?.extra["risksAndMitigations"]).toEqual(["Interlocutors change after a reshuffle; mitigation: early contact with new officials."]);
  });
  it("leaves an objective's word under the item's text when the rest stands further right ('… for the   curity Council', d20-001)", async () => {
    const rows = await fileRows("dev20", "d20-001");
    expect(rows.map((r) => r.objective)).toContain("To promote the implementation of the United Nations integrated strategy for the Sahel");
  });
});
