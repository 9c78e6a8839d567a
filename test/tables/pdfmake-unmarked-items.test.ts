/**
 * Unmarked items in a PDF cell, packed without paragraph spacing, where the next item's first word
 * would not have fitted on the line above (session 35, h-v19b; corpus19 pdfmake prints). The words
 * at the break tell (`opensSentenceAfterWholeLine`), and two shapes had kept them from telling:
 * - a line ending on a closed bracket ("… (target: 90%)") ends on a word of its own (v19-011);
 * - a narrow column's line of one word ("Counterparts" / "reassigned early") opens its sentence
 *   over the wrap (val19 v19-004);
 * Coordinates as pdf.js reads them; a character 5 pt wide.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule } from "../../src/model/layout.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const make = pdfLineMaker(1, 10);
const cell = (text: string, x: number): [string, number, number] => [text, x, text.length * 5];
type Row = [y: number, cells: Array<[text: string, x: number]>];

/** A ruled table: its header at y 100, rules across it at 95 and 110 (and `ruleYs`) from x 55 to `right`. */
function table(header: Array<[string, number]>, rows: Row[], right: number, extraRules: Rule[] = []): Layout {
  const lines: Line[] = [make(1, 100, header.map(([t, x]) => [t, x, t.length * 5, true])), ...rows.map(([y, cells], k) => make(k + 2, y, cells.map(([t, x]) => cell(t, x))))];
  const last = rows[rows.length - 1]![0] + 8;
  const rules: Rule[] = [...[95, 110, last].map((y) => ({ x1: 55, y1: y, x2: right, y2: y })), ...extraRules];
  return { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules, removed: [] }] };
}
const measures = (layout: Layout) => readTables(layout, []).objectives.map((o) => o.measures.map((m) => m.text));

describe("unmarked items the line-fill test cannot part (PDF)", () => {
  it("parts after a target closed in brackets", () => {
    // The cell's edge is 585 (rules to 590, the first column's text 5 pt in): no line below had
    // room for the next first word.
    const out = measures(table([["Objective", 60], ["Performance measures", 250]], [
      [120, [["To strengthen the management of all", 60], ["Evaluations completed by the deadline in the set (target: 90%)", 250]]],
      [132, [["property and equipment", 60], ["Women among Professional staff reporting in the set period: 48", 250]]],
    ], 590));
    expect(out).toEqual([["Evaluations completed by the deadline in the set (target: 90%)", "Women among Professional staff reporting in the set period: 48"]]);
  });

  it("reads a one-word line's sentence over the wrap in a narrow column", () => {
    // Measures 105 pt wide (edge 355): "Counterparts reassigned" did not fit on one line.
    const out = measures(table([["Objective", 60], ["Performance measures", 250]], [
      [120, [["To strengthen the management", 60], ["Tickets bought early", 250]]],
      [132, [["of all property and equipment", 60], ["Counterparts", 250]]],
      [144, [["reassigned early", 250]]],
    ], 360));
    expect(out).toEqual([["Tickets bought early", "Counterparts reassigned early"]]);
  });
});
