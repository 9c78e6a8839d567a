/**
 * Session 46 (h-rows46), layout text (`pdftotext -layout`): a table whose every objective opens its
 * row's cells in every column on its own line, with rows packed without a blank line between them,
 * is top-aligned (`rowsOpenTogether`, src/tables/rowOpenings.ts): the centring vote of its bands is
 * not asked. corpus9 val9d v9d-024's second table (the document as committed): the second objective has the rows
 * above it in every column, which voted the table centred, and the first row's last two measures
 * went to the second row. A numbered item that goes on with a list ("2.") opens no cell
 * (`continuesList`): a centred row's objective beside its cell's second item (corpus8 dev8b d8b-004)
 * keeps its table centred; so does a table of one list column beside the objectives (corpus18 val18h
 * v18-024, `MIN_COLUMNS`). The layout test fails without the rule (checked: the call in
 * `objectivesCentred` removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { continuesList, opensCell, rowsOpenTogether } from "../../src/tables/rowOpenings.js";
import type { TableLine } from "../../src/tables/columns.js";
import { documentRows } from "../support/table-rows.js";

const V9D_024 = "test/corpus9/val9d/v9d-024.txt";

const line = (n: number, cells: string[]): TableLine => ({ page: 1, line: n, y: n * 12, cells, lostGlyphs: cells.map(() => false) });

describe("rows that open together in every column (rowsOpenTogether)", () => {
  it("reads val9d v9d-024's first row with its three measures (the document as committed)", async () => {
    const rows = (await documentRows(V9D_024)).filter((r) => /^To (raise awareness|advocate for the protection)/.test(r.objective));
    expect(rows.map((r) => r.objective)).toEqual([
      "To raise awareness of the consequences of conflict for children",
      "To advocate for the protection of schools and hospitals from attack",
    ]);
    expect(rows[0]!.measures).toEqual(["Country reports submitted on schedule", "Children released from armed groups", "Missions with dedicated child protection advisers"]);
    expect(rows[1]!.measures).toEqual(["Days to verify reported violations", "Children released from armed groups", "Country reports submitted on schedule", "Missions with dedicated child protection advisers"]);
  });

  it("takes packed rows whose objectives open every column for top-aligned", () => {
    const band = [
      line(1, ["To raise awareness of the", "Country reports submitted", "64"]),
      line(2, ["consequences of conflict", "", ""]),
      line(3, ["", "Children released from armed groups", "10"]),
      line(4, ["To advocate for the", "Days to verify violations", "29"]),
      line(5, ["", "Missions with advisers", "12"]),
    ];
    expect(rowsOpenTogether([band], 0)).toBe(true);
  });

  it("does not where an objective's line holds a list's second item or an empty column", () => {
    const listGoesOn = [
      line(1, ["", "", "1. 89% of new web pages"]),
      line(2, ["To strengthen the crisis", "(i) Misinformation answered", "2. 90% increase in followers"]),
      line(3, ["To develop the network", "(i) Wider audiences", "1. 15 organizations"]),
    ];
    expect(rowsOpenTogether([listGoesOn], 0)).toBe(false);
    const empty = [line(1, ["To raise awareness", "", "64"]), line(2, ["To advocate", "Days", "29"])];
    expect(rowsOpenTogether([empty], 0)).toBe(false);
  });

  it("does not beside one list column alone (val18h v18-024's centred bullets)", () => {
    const twoColumns = [
      line(1, ["To support the peace process between", "• Briefings to intergovernmental bodies: 8"]),
      line(2, ["armed organizations", "• Visits to the region conducted (target: 3)"]),
      line(3, ["", "• Briefings to intergovernmental bodies: 8"]),
      line(4, ["To engage the Association of Southeast", "• Visits to the region conducted: 9"]),
    ];
    expect(rowsOpenTogether([twoColumns], 0)).toBe(false);
  });

  it("does not where a band after a blank line opens with another column's item (a centred row's upper half)", () => {
    const first = [line(1, ["To strengthen the electoral", "Peacebuilding projects approved", "a. 100 per cent"]), line(2, ["provided to Member States", "countries.", "scheduled"])];
    const second = [line(4, ["", "Briefings delivered as", ""]), line(5, ["", "scheduled.", ""]), line(6, ["To ensure coherent guidance", "Peacebuilding projects approved", "a. Standby experts"])];
    expect(rowsOpenTogether([first, second], 0)).toBe(false);
  });

  it("reads list numbers past a list's first as its continuation", () => {
    expect(continuesList("2. 90% increase")).toBe(true);
    expect(continuesList("(ii) Web content")).toBe(true);
    expect(continuesList("(i) Wider audiences")).toBe(false);
    expect(continuesList("a) Briefings")).toBe(false);
    expect(continuesList("• Workplace survey")).toBe(false);
    expect(opensCell("2. 90% increase")).toBe(false);
    expect(opensCell("Country reports")).toBe(true);
    expect(opensCell("advisers")).toBe(false);
  });
});
