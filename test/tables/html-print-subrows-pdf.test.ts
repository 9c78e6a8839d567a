/**
 * One-line accomplishments in row-span sub-rows, printed with no item marker by an HTML engine
 * (session 24, h-wk; corpus11 d11-012 wk.pdf: "Performance appraisals finalized in the cycle" /
 * "Mandatory courses completed by all staff" read as one accomplishment). Nothing in the words
 * parts them: the row boundary is in the geometry — the horizontal rule under each cell, and in a
 * borderless print the sub-row's padding, a gap wider than the font's line step.
 *
 * The layouts are small copies of wkhtmltopdf's: 7.5 pt text wrapping at 8.6 pt (in the table
 * above), objectives as spanning rows over an Accomplishment | Measure | Target table whose cells
 * are one line each, sub-rows 13.8 pt apart, and (ruled) each cell drawing its own bottom border,
 * which stops 3.7 pt short of the next column's text (2.6 pt padding + 1.1 pt border spacing).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule } from "../../src/model/layout.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const make = pdfLineMaker(1, 7.5);
// Runs a character 3.6 pt wide on average (7.5 pt Liberation Sans).
const cell = (text: string, x: number): [string, number, number] => [text, x, text.length * 3.6];
const row = (line: number, y: number, xs: readonly number[], texts: readonly string[]): Line => make(line, y, texts.flatMap((t, i) => (t ? [cell(t, xs[i]!)] : [])));
// Table one: Objective | Expected results | Performance measures (its cells wrap at 8.6 pt).
const A = [65, 190, 330] as const;
// Table two: Expected accomplishments | Performance measures | Target, objectives spanning the table.
const B = [65, 240, 465] as const;
const RIGHT = 553.7;

function layoutOf({ ruled, pitch, short = 3.7 }: { ruled: boolean; pitch: number; short?: number }): Layout {
  const lines: Line[] = [
    make(1, 60, [["Objectives", 65, 38, true], ["Expected results", 190, 60, true], ["Performance measures", 330, 83, true]]),
    row(2, 78, A, ["To act on the recommendations of", "• Oversight recommendations", "Percentage of staff completing"]),
    row(3, 86.6, A, ["the oversight bodies in good time", "implemented on time", "mandatory courses"]),
    row(4, 95.2, A, ["", "• Documents submitted within", "Percentage of oversight"]),
    row(5, 103.8, A, ["", "the slotted dates", "recommendations on time"]),
    make(6, 130, [["Expected accomplishments", 65, 99, true], ["Performance measures", 240, 83, true], ["Target", 465, 23, true]]),
    make(7, 144, [["14. To deliver documents to the legislative bodies by the slotted date", 65, 245, true]]),
  ];
  const y0 = 158;
  const ys = [y0, y0 + pitch, y0 + 2 * pitch, y0 + 3 * pitch];
  lines.push(
    row(8, ys[0]!, B, ["Workplace survey results acted upon", "Average number of days to fill a vacancy", "139 days"]),
    row(9, ys[1]!, B, ["", "Percentage of staff completing mandatory courses", "77 per cent"]),
    row(10, ys[2]!, B, ["Performance appraisals finalized in the cycle", "Budget implementation rate", "94 per cent"]),
    row(11, ys[3]!, B, ["Mandatory courses completed by all staff", "Number of staff recruited from unrepresented Member States", "12"]),
  );
  // Each cell's own bottom border: from 2.6 pt left of its text to `short` pt short of the next
  // column's text; the last column's to the table's right edge.
  const borders = (y: number, columns: readonly number[]): Rule[] => columns.map((i) => ({ x1: B[i]! - 2.6, y1: y, x2: i + 1 < B.length ? B[i + 1]! - short : RIGHT, y2: y }));
  const across = (y: number): Rule => ({ x1: 62, y1: y, x2: RIGHT, y2: y });
  const rules: Rule[] = ruled
    ? [
        across(66), across(112), across(136), across(150),
        ...borders(ys[1]! - pitch / 2, [1, 2]),
        ...borders(ys[2]! - pitch / 2, [0, 1, 2]),
        ...borders(ys[3]! - pitch / 2, [0, 1, 2]),
        across(ys[3]! + pitch / 2),
      ]
    : [];
  return { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules, removed: [] }] };
}

const accomplishmentsOf = (layout: Layout) => readTables(layout, []).objectives.map((o) => o.accomplishments);
const PARTED = ["Workplace survey results acted upon", "Performance appraisals finalized in the cycle", "Mandatory courses completed by all staff"];

describe("one-line unmarked sub-rows of an HTML print (PDF)", () => {
  it("parts them at each cell's bottom border, though it stops 3.7 pt short of the next column's text", () => {
    // 9 pt apart, within a wrapped line's step (8.6 pt) and its rounding: only the rules tell.
    const rows = accomplishmentsOf(layoutOf({ ruled: true, pitch: 9 }));
    expect(rows[1]).toEqual(PARTED);
    expect(rows[0]).toEqual(["Oversight recommendations implemented on time", "Documents submitted within the slotted dates"]);
  });

  // Session 40 (h-pdf13): the hole beside "Percentage of staff completing …" is two line steps
  // tall with the measure's line inside it, so it no longer marks the column as spacing its items
  // (`spacedColumns`), and the words at the break part the sub-rows ("… in the cycle" /
  // "Mandatory courses …") where the rules do not.
  it("does not take a rule stopping 10 pt short of the next column for the cell's border (the words at the break part them)", () => {
    expect(accomplishmentsOf(layoutOf({ ruled: true, pitch: 9, short: 10 }))[1]).toEqual(PARTED);
  });

  it("parts borderless sub-rows padded beyond the font's leading (13.8 pt apart; the font wraps at 8.6 pt in the table above)", () => {
    const rows = accomplishmentsOf(layoutOf({ ruled: false, pitch: 13.8 }));
    expect(rows[1]).toEqual(PARTED);
    expect(rows[0]).toEqual(["Oversight recommendations implemented on time", "Documents submitted within the slotted dates"]);
  });

  it("parts borderless sub-rows one wrap step apart by the words at the break only (nothing in the geometry parts them)", () => {
    expect(accomplishmentsOf(layoutOf({ ruled: false, pitch: 9 }))[1]).toEqual(PARTED);
  });
});
