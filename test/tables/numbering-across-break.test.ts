import { describe, expect, it } from "vitest";
import { continuesNumbering, type RowBlock } from "../../src/tables/rows.js";
import type { TableLine } from "../../src/tables/columns.js";

// Session 24 (lead, after the merged gate): a ruled row with a blank objective cell at a page foot
// starts a new row on the next page (h-abw4, AbiWord's unmerged sub-rows) — not when the next page's
// cells go on with the block's numbering: that row was cut by the break and its centred objective
// printed on the new page (corpus5 g2-009 weasy.pdf: "(i)" at the foot, "(ii)" on the next page).
const line = (...cells: string[]) => ({ cells }) as unknown as TableLine;
const block = (...lines: TableLine[]) => ({ lines }) as unknown as RowBlock;

describe("continuesNumbering", () => {
  const foot = block(line("", "• Reduced backlog of individual", "(i) Positive feedback from 92% of clients"), line("", "communications.", "surveyed on the projects."));
  it("is true for the next number of the column's last numbered item", () => {
    expect(continuesNumbering(foot, line("To strengthen national institutions", "• Human rights analysis", "(ii) Country visits supported"), 2)).toBe(true);
    expect(continuesNumbering(block(line("", "", "2. Reports issued")), line("To …", "", "3. Visits"), 2)).toBe(true);
  });
  it("is false for a list that starts again, skips a number, or a glyph bullet", () => {
    expect(continuesNumbering(foot, line("To strengthen national institutions", "• Human rights analysis", "(i) Country visits supported"), 2)).toBe(false);
    expect(continuesNumbering(foot, line("To …", "", "(iii) Country visits"), 2)).toBe(false);
    expect(continuesNumbering(foot, line("To …", "• Human rights analysis", ""), 1)).toBe(false);
    expect(continuesNumbering(block(line("", "", "Reports issued")), line("To …", "", "(ii) Visits"), 2)).toBe(false);
  });
});
