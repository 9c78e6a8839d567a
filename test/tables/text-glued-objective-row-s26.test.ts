/**
 * pdftotext -layout text (session 26, h-txta; corpus13 dev13 txt): a spanning objective's first
 * row printed with its cells glued one space apart on a grid of its own. The rule
 * (`gluedRowUnderObjective`, src/tables/gluedObjectiveRow.ts) is what these tests check; the
 * table-level test fails without it (the glued row read as the objective's wrapped line).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";
import { gluedRowUnderObjective } from "../../src/tables/gluedObjectiveRow.js";
import { shiftedPageAnchors } from "../../src/tables/shiftedPage.js";
import { textToLayout } from "../../src/extract/text.js";
import type { ColumnDef } from "../../src/tables/columns.js";
import type { Line } from "../../src/model/layout.js";

const pad = (cells: readonly string[], widths: readonly number[]) => cells.map((c, i) => (i + 1 < cells.length ? c.padEnd(widths[i]!) : c)).join("").trimEnd();
const W = [3, 38, 47];
const row = (a: string, m = "", t = "") => pad(["", a, m, t], W);

describe("an objective's first row glued one space apart under it", () => {
  const text = [
    "I. Programme objectives",
    row("EXPECTED", "PERFORMANCE MEASURES", "TARGET"),
    row("ACCOMPLISHMENTS"),
    "   Objective: To coordinate the senior victims’ rights officers in field missions in the regions",
    row("Victims informed of the progress of", "Victims referred to assistance within 72 hours", "79"),
    row("their cases", "(percentage)"),
    "   Objective: To hold the system accountable for a victim-centred approach with partner entities",
    // The row's first line: every cell one space after the one before (the line is as wide as the table).
    "   Paternity claims brought forward with Victims referred to assistance within 72 hours 88",
    row("the support of the Office", "(percentage)"),
    row("", "Missions with a senior victims’ rights officer"),
    row("", "(number)"),
    "   Objective: To make sure that every victim receives assistance in the regions",
    row("Victims referred to assistance within", "Paternity claims with a DNA test completed", "40"),
    row("the agreed time", "(number)"),
  ].join("\n");

  it("reads the glued line as the row, not the objective's wrap (d13-011, d13-012)", () => {
    const out = textRowsWithValues(text);
    expect(out.map((o) => o.objective)).toEqual([
      "To coordinate the senior victims’ rights officers in field missions in the regions",
      "To hold the system accountable for a victim-centred approach with partner entities",
      "To make sure that every victim receives assistance in the regions",
    ]);
    expect(out[1]?.accomplishments).toEqual(["Paternity claims brought forward with the support of the Office"]);
    expect(out[1]?.measures).toEqual(["Victims referred to assistance within 72 hours (percentage)", "Missions with a senior victims’ rights officer (number)"]);
  });
});

describe("gluedRowUnderObjective", () => {
  const line = (text: string): Line => {
    const l = textToLayout(text).pages[0]?.lines.find((x) => x.segments.length > 0);
    if (!l) throw new Error("no line");
    return l;
  };
  // Column edges on the 5-point character grid of text input: characters 3, 41 and 91.
  const columns = [
    { key: "accomplishments", role: "accomplishments", header: "EXPECTED ACCOMPLISHMENTS", x: 15, column: undefined },
    { key: "measures", role: "measures", header: "PERFORMANCE MEASURES", x: 205, column: undefined },
    { key: "target", role: "target", header: "TARGET", x: 455, column: undefined },
  ] satisfies ColumnDef[];

  it("holds where a capital opens at a body column's edge and a figure ends in the value column", () => {
    expect(gluedRowUnderObjective(line("   Paternity claims brought forward with Victims referred to assistance within 72 hours 88"), columns)).toBe(true);
  });
  it("not for an objective's wrapped line, however long (no figure at the value column)", () => {
    expect(gluedRowUnderObjective(line("   and the Office of the Victims’ Rights Advocate with partner entities across the regions"), columns)).toBe(false);
  });
  it("not for a wrap ending on a year short of the value column", () => {
    expect(gluedRowUnderObjective(line("   of peacekeeping operations with Member States by 2030"), columns)).toBe(false);
  });
  it("not where no capital opens at a column edge one space after a word", () => {
    expect(gluedRowUnderObjective(line("   in the regions and with regional organizations in cooperation with the partners in 2030"), columns)).toBe(false);
  });
  it("not for a line of several runs (its cells already apart)", () => {
    expect(gluedRowUnderObjective(line(row("Victims informed of the progress of", "Victims referred to assistance within 72 hours", "79")), columns)).toBe(false);
  });
});

describe("shiftedPageAnchors: a page showing only a row's last columns, on a grid of its own", () => {
  const lines = (text: string): Line[] => textToLayout(text).pages[0]?.lines.filter((l) => l.segments.length > 0) ?? [];
  // The part's edges (5-point characters): objective 0, accomplishments 22, measures 40, baseline 67, target 75, remarks 92.
  const columns = (["objective", "accomplishments", "measures", "baseline", "target", "risks"] as const).map((role, k) => ({ key: role, role, header: role, x: [0, 22, 40, 67, 75, 92][k]! * 5, column: undefined })) satisfies ColumnDef[];
  const at = (cells: ReadonlyArray<readonly [number, string]>) => cells.reduce((s, [x, t]) => s.padEnd(x) + t, "");
  // The rest of a row after a page break: its measures, baselines, targets and remarks, every
  // column a few characters right of the header page's (d13-013).
  const page = [
    at([[27, "Statements of"], [49, "Budget reports"], [77, "73"], [89, "78"], [100, "Shared with"]]),
    at([[27, "programme budget"], [49, "submitted to the"], [100, "the Board of"]]),
    at([[27, "implications"], [49, "Advisory Committee"], [100, "Auditors"]]),
    at([[49, "Audit"], [77, "85"], [89, "87"], [100, "Depends on"]]),
    at([[49, "recommendations"], [100, "timely input"]]),
  ].join("\n");

  it("reads the page's edges for the columns that go on, the empty first column keeping its own", () => {
    expect(shiftedPageAnchors(columns, lines(page))?.map((c) => c.x / 5)).toEqual([0, 27, 49, 77, 89, 100]);
  });
  it("not when something opens left of the first edge (the first column is not empty)", () => {
    const withObjective = [at([[0, "To explain the"], [27, "Claims of"], [49, "Contributing"], [77, "76"], [89, "86"], [100, "Subject to"]]), page].join("\n");
    expect(shiftedPageAnchors(columns, lines(withObjective))).toBeNull();
  });
  it("not when the page did not move", () => {
    const edges = shiftedPageAnchors(columns, lines(at([[22, "Statements of"], [40, "Budget reports"], [67, "73"], [75, "78"], [92, "Shared"]]) + "\n" + at([[22, "programme"], [40, "submitted"], [92, "the Board"]]) + "\n" + at([[40, "Audit"], [67, "85"], [75, "87"], [92, "Depends"]])));
    expect(edges).toBeNull();
  });
});

describe("a measure closed by its bracketed unit, a two-word name opening the next (unitClosesLine)", () => {
  const w = [40, 42];
  const row = (a: string, m = "", t = "") => pad([a, m, t], w);
  const text = [
    "I. Programme objectives",
    row("EXPECTED ACCOMPLISHMENTS", "PERFORMANCE MEASURES", "TARGET"),
    "Objective 2: To mobilize regional organizations behind the prevention of violence",
    row("Country visits followed by a plan", "Child-friendly versions of reports", "6"),
    row("of action agreed with the Government", "issued (number)"),
    row("", "Regional organizations with a plan on", "4"),
    row("", "violence against children (number)"),
    row("", "Member States with a legal ban on"),
    row("", "corporal punishment in all settings"),
    row("", "(number)"),
  ].join("\n");

  it("opens the next measure at the name (d13-003)", () => {
    expect(textRowsWithValues(text)[0]?.measures).toEqual([
      "Child-friendly versions of reports issued (number)",
      "Regional organizations with a plan on violence against children (number)",
      "Member States with a legal ban on corporal punishment in all settings (number)",
    ]);
  });
});
