/**
 * A Remarks column right of Baseline | Target (corpus13 `wide6`): one remark per measure sub-row,
 * with no marker and no full stop. Unruled sub-rows (TeX booktabs, borderless) give no break, so
 * the remarks read as one item; a ruled sub-row's break (or Markdown's `<br>`) is one too.
 */
import { describe, expect, it } from "vitest";
import { blockToObjective } from "../../src/tables/index.js";
import type { ColumnDef, TableLine } from "../../src/tables/columns.js";

const columns: ColumnDef[] = [
  { key: "objective", role: "objective", header: "Objective", x: 50, column: undefined },
  { key: "measures", role: "measures", header: "Performance measure", x: 180, column: undefined },
  { key: "baseline", role: "baseline", header: "Baseline", x: 330, column: undefined },
  { key: "target", role: "target", header: "Target", x: 380, column: undefined },
  { key: "remarks", role: "extra", header: "Remarks", x: 430, column: undefined },
];
const line = (n: number, cells: [string, string, string, string, string]): TableLine => ({
  page: 2,
  line: n,
  y: 100 + 12 * n,
  cells,
  lostGlyphs: cells.map(() => false),
  fill: cells.map((c, i) => (c.trim() ? { right: columns[i]!.x + c.length * 6, firstWord: 30, y: 100 + 12 * n } : null)),
});
// d13-003 tex.pdf (booktabs): three measure sub-rows, each remark on its measure's first line.
const lines = [
  line(0, ["To consolidate data on", "Countries with a national", "12", "15", "In partnership with"]),
  line(1, ["violence against children", "data system (number)", "", "", "UNICEF"]),
  line(2, ["", "Reports issued on time", "80", "90", "Covers all regions"]),
  line(3, ["", "(percentage)", "", "", ""]),
  line(4, ["", "Surveys completed", "3", "5", "Data from the annual"]),
  line(5, ["", "(number)", "", "", "survey of Member States"]),
];
const measureStarts = new Set([0, 2, 4]);

describe("Remarks, one per measure sub-row", () => {
  it("split where each measure starts when no rule parts the sub-rows", () => {
    const breaks = [new Set<number>(), measureStarts];
    const row = blockToObjective({ ambiguous: null, lines }, columns, breaks);
    expect(row?.measures.map((m) => m.text)).toEqual(["Countries with a national data system (number)", "Reports issued on time (percentage)", "Surveys completed (number)"]);
    expect(row?.extra.remarks).toEqual(["In partnership with UNICEF", "Covers all regions", "Data from the annual survey of Member States"]);
  });

  it("split at the column's own sub-row breaks (ruled sub-rows)", () => {
    // The second measure has no remark: not one per measure; the rule above row 4 parts the column.
    const twoRemarks = lines.map((l) => (l.line === 2 ? { ...l, cells: [...l.cells.slice(0, 4), ""] } : l));
    const breaks = [new Set<number>(), measureStarts, new Set<number>(), new Set<number>(), new Set([4])];
    const row = blockToObjective({ ambiguous: null, lines: twoRemarks }, columns, breaks);
    expect(row?.extra.remarks).toEqual(["In partnership with UNICEF", "Data from the annual survey of Member States"]);
  });

  it("a marked list in the column stays a list (no split by measure)", () => {
    const listed = lines.map((l) => (l.line === 0 ? { ...l, cells: [...l.cells.slice(0, 4), "• In partnership with"] as typeof l.cells } : l));
    const row = blockToObjective({ ambiguous: null, lines: listed }, columns, [new Set<number>(), measureStarts]);
    expect(row?.extra.remarks).toEqual(["In partnership with UNICEF Covers all regions Data from the annual survey of Member States"]);
  });
});
