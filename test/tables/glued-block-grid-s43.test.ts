/**
 * pdftotext -layout text of a row block set on a grid of its own, its first line's two cells glued
 * by one space (session 43, h-gl43; corpus18 val18g v18-006 jspdf.txt, corpus11 val11f v11f-015
 * txt). `gluedAtBlockGrid` (src/tables/gluedBlockGrid.ts): a word of the one-run line, one space
 * after the word before it and opening with a capital, starts where the block's next lines open a
 * run after a column gap, a few characters left of the header's column edge — the block's own
 * column edge. Before, the line was read as prose (the table ended there and the rows under it were
 * lost) or as the wrap of the spanning objective above it. Each expectation fails without the rule.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";

/** v18-006's managerial table: the second row's measure column opens at 44, the header's at 51. */
const BLOCK_LEFT_OF_HEADER = [
  "SECTION 2 : MANAGING RESOURCES",
  "A. MANAGERIAL OBJECTIVES",
  "Objectives                                         Indicators of achievement",
  "To meet the targets of the human resources         Oversight recommendations implemented on time: 75 per cent.",
  "action plan                                        Women among staff at the P-5 level and above: 55%.",
  "To strengthen the management of records and Air tickets purchased 16 days before travel: 65%.",
  "information                                 Budget implementation rate: 92%.",
  "To achieve gender parity at all levels of the      Air tickets purchased 16 days before travel (target: 69%).",
  "Office                                             Women among staff at the P-5 level and above: 54%.",
  "To reduce the environmental footprint of the       Average days to fill a vacancy (target: 128 days).",
  "Office                                             Oversight recommendations implemented on time: 85%.",
  "",
  "",
  "SECTION 3 : CHALLENGES",
  "  1. The vacancy of the post of Personal Envoy interrupted the process.",
].join("\n");

/** v11f-015's table of spanning objectives: the row under "Objective 15" opens its measures at 32, the header at 35. */
const BLOCK_UNDER_SPANNING_OBJECTIVE = [
  " III. MANAGERIAL OBJECTIVES",
  "",
  " EXPECTED RESULTS                  PERFORMANCE MEASURES                         TARGET",
  " Objective 14: To act on the recommendations of the oversight bodies in good time",
  " Documents submitted within        Number of staff recruited from unrepre‐      6",
  " the slotted dates                 sented Member States",
  " Objective 15: To ensure that staff complete the mandatory training courses",
  " Workplace survey results acted Average number of days to fill a vacancy 121 days",
  " upon",
  "                                Percentage of women at the P-5 level 81 per cent",
  "                                and above",
  " Women appointed to senior         Percentage of oversight recommenda‐          81 per cent",
  " posts                             tions implemented on time",
].join("\n");

describe("a row block on a grid of its own, glued by one space (gluedAtBlockGrid)", () => {
  it("keeps the table going through the glued line and splits it at the block's column edge", () => {
    const rows = textRows(BLOCK_LEFT_OF_HEADER);
    expect(rows.map((r) => r.objective)).toEqual([
      "To meet the targets of the human resources action plan",
      "To strengthen the management of records and information",
      "To achieve gender parity at all levels of the Office",
      "To reduce the environmental footprint of the Office",
    ]);
    expect(rows[1]?.measures).toEqual(["Air tickets purchased 16 days before travel: 65%.", "Budget implementation rate: 92%."]);
  });

  it("does not read the glued row under a spanning objective as the objective's wrap", () => {
    const rows = textRows(BLOCK_UNDER_SPANNING_OBJECTIVE);
    expect(rows[1]?.objective).toBe("To ensure that staff complete the mandatory training courses");
    expect(rows[1]?.accomplishments[0]).toBe("Workplace survey results acted upon");
    expect(rows[1]?.measures[0]).toBe("Average number of days to fill a vacancy");
  });
});
