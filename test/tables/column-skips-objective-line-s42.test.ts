/**
 * pdftotext -layout text of Typst tables whose objectives are centred on their sub-rows (session 42,
 * h-typ42; corpus20 draws, typst.txt). `columnSkipsObjectiveLine` (src/tables/geometry.ts,
 * `objectivesCentred`): a later objective's first line leaves a column empty that has text on the
 * grid lines right above and right below — the column's lines sit half a line off the objective's,
 * which no top-aligned row shows (it opens every cell on its objective's first line). Before, the
 * tables were read top-aligned and each objective took the sub-row above its first line from the
 * row before. Each expectation fails without the rule.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRows } from "../support/table-rows.js";

const fileRows = (split: string, id: string) => documentRows(join(__dirname, "..", "corpus20", split, `${id}.typst.txt`));

/**
 * v20e-019's managerial table (corpus20 val20e): objectives and accomplishments centred on their
 * sub-rows, no blank line between rows. "To improve the geographical" shares its line with the
 * accomplishment "Appraisals finalized on schedule." (centred too) and sits between the sub-rows
 * "Average days to fill a vacant post. 69 days" and "Appraisals completed on time. 81%".
 */
const CENTRED_BETWEEN_SUB_ROWS = [
  "B. MANAGERIAL OBJECTIVES",
  "1. Human and financial resources",
  "Objectives                            Expected accomplishments            Key performance indicators            Baseline Target",
  "To publish the documents of the       Mandatory courses completed.        Budget implementation rate.           72%        ≥ 94%",
  "Office in all official languages on                                       Average days to fill a vacant post.   158 days   Not more than 138 days",
  "                                      Greenhouse gas emissions reduced.",
  "time                                                                      Appraisals completed on time.         68%        85%",
  "                                                                          Average days to fill a vacant post.   69 days    Not more than 65 days",
  "To improve the geographical           Appraisals finalized on schedule.",
  "                                                                          Appraisals completed on time.         81%        ≥ 91%",
  "diversity of the staff of the",
  "Office                                Greenhouse gas emissions reduced.   Staff from unrepresented Member       19%        ≥ 21%",
  "                                                                          States.",
  "                                                                          Budget implementation rate.           96%        97%",
  "To ensure that all staff complete     Oversight recommendations",
  "                                                                          Oversight recommendations             72%        ≥ 74%",
  "the mandatory courses on ethics       implemented.",
  "                                                                          implemented.",
  "and integrity",
  "                                      Budget implemented as approved.     Appraisals completed on time.         66%        At least 87%",
  "To reduce the time taken to           Greenhouse gas emissions reduced.   Budget implementation rate.           82%        98%",
  "recruit staff against vacant posts",
  "",
  "C. CHALLENGES",
  "• Insecurity in the north delays the field work.",
].join("\n");

describe("a later objective's first line between two lines of another column is centred (columnSkipsObjectiveLine)", () => {
  it("gives each objective the sub-rows centred on it, not the one above its first line", () => {
    const rows = textRows(CENTRED_BETWEEN_SUB_ROWS);
    expect(rows.map((r) => r.measures)).toEqual([
      ["Budget implementation rate.", "Average days to fill a vacant post.", "Appraisals completed on time."],
      ["Average days to fill a vacant post.", "Appraisals completed on time.", "Staff from unrepresented Member States."],
      ["Budget implementation rate.", "Oversight recommendations implemented.", "Appraisals completed on time."],
      ["Budget implementation rate."],
    ]);
    expect(rows[1]?.objective).toBe("To improve the geographical diversity of the staff of the Office");
    expect(rows[1]?.accomplishments).toEqual(["Appraisals finalized on schedule.", "Greenhouse gas emissions reduced."]);
  });
  it("reads v20e-019 as committed", async () => {
    const row = (await fileRows("val20e", "v20e-019")).find((r) => r.objective.startsWith("To improve the geographical"));
    expect(row?.measures).toEqual(["Average days to fill a vacant post.", "Appraisals completed on time.", "Staff from unrepresented Member States."]);
  });
  it("reads v20f-018's 'To prepare system-wide' between 'its high-level committees' and 'serviced.' as centred", async () => {
    const rows = await fileRows("val20f", "v20f-018");
    const first = rows.find((r) => r.objective.startsWith("To support the Board in coordinating"));
    const second = rows.find((r) => r.objective.startsWith("To prepare system-wide strategies"));
    expect(first?.accomplishments).toEqual(["Inter-agency networks supported."]);
    expect(second?.accomplishments).toEqual(["Sessions of the Board and its high-level committees serviced.", "Common system strategies adopted by the Board."]);
  });
});
