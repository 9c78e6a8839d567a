/**
 * Viewer's copies (`mutool draw -F txt` of AbiWord's print; session 39, h-mu15).
 * (1) `blocksHoldOneCell` (tables/linearized): in a ruled grid every cell is a block of its own, so
 * a table whose list starts all follow a blank line has no cell beside a cell whose block goes on,
 * however short. Without it a managerial table of unmarked accomplishments (`More women appointed
 * at the senior levels` / `Performance documents finalized …`, one block) beside numbered measures
 * was read shifted by a cell (`A M | O`: the second accomplishment as the measure, the third as the
 * next objective), tied with the right reading (v13b-014 read it so on main 9359cc03).
 * (2) `itemGoesOnListAbove` takes numbered items in the objective column (`1. 77% of …` / `2. …`
 * read as an objective: v13b-007); it moved v13-014's tie to the shifted reading until (1) broke it.
 * Each `it` reads a committed draw document; the first two fail on main 9359cc03, the third with
 * (2) and without (1).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows } from "../support/table-rows.js";

const here = dirname(fileURLToPath(import.meta.url));
const rowsOf = (path: string) => documentRows(join(here, path));

describe("a ruled grid's blocks hold one cell each; a numbered list going on in one block is one cell", () => {
  it("reads v13b-014's managerial row whole (three unmarked accomplishments in one block, numbered measures)", async () => {
    const rows = await rowsOf("../corpus13/val13b/v13b-014.mu.txt");
    const row = rows.find((r) => r.objective === "To complete the performance appraisal of every staff member on time");
    expect(row?.accomplishments).toEqual([
      "Expenditure kept within the allotment",
      "Oversight recommendations closed in the period",
      "Recruitment completed within the target number of days",
    ]);
    expect(row?.measures).toHaveLength(6);
    const objectives = rows.map((r) => r.objective);
    expect(objectives).toContain("To recruit staff from unrepresented and under-represented Member States");
    expect(objectives).toContain("To reach parity between women and men among staff at every level");
  });

  it("reads v13b-007's numbered measures as one cell, no measure as an objective", async () => {
    const rows = await rowsOf("../corpus13/val13b/v13b-007.mu.txt");
    const row = rows.find((r) => r.objective === "To reach parity between women and men among staff at every level");
    expect(row?.accomplishments).toEqual([
      "Oversight recommendations closed in the period",
      "More women appointed at the senior levels",
      "Expenditure kept within the allotment",
    ]);
    expect(row?.measures.slice(0, 3)).toEqual([
      "49% of women among staff at the P-5 level and above",
      "95% of oversight recommendations implemented within the deadline",
      "84% of staff with a completed performance document",
    ]);
    expect(rows.some((r) => /^\d/.test(r.objective))).toBe(false);
    const objectives = rows.map((r) => r.objective);
    expect(objectives).toContain("To implement accepted oversight recommendations without delay");
    expect(objectives).toContain("To plan official travel early enough to buy economical fares");
  });

  it("keeps v13-014's managerial table unshifted (its tie, broken by the grid's blocks)", async () => {
    const rows = await rowsOf("../corpus13/val13/v13-014.mu.txt");
    const row = rows.find((r) => r.objective === "To complete the performance appraisal of every staff member on time");
    expect(row?.accomplishments).toEqual([
      "More women appointed at the senior levels",
      "Performance documents finalized by the deadline",
      "Expenditure kept within the allotment",
    ]);
    expect(row?.measures).toHaveLength(5);
    expect(rows.some((r) => r.objective === "Expenditure kept within the allotment")).toBe(false);
  });
});
