/**
 * A narrow Target cell typed one value per line, one value wrapping its unit ("38 per" / "cent",
 * "112" / "days"), beside measures of three lines each (corpus12 groff.pdf d12-014, d12-016: troff's
 * `T{ … T}` Target cells): every value line sits beside the first measure, nearness gave it
 * "38 per cent 8" and the second measure nothing. A line in lower case that reads as no value, right
 * under a value, is that value's wrapped unit: the cell reads as two values, as many as the measures,
 * and they pair in order. (session 21, h-groff3)
 * Coordinates as pdf.js reads them (points, y down).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const make = pdfLineMaker(1, 10);
const layoutOf = (values: readonly string[]): Layout => {
  const v = (k: number): Array<[string, number, number]> => (values[k] ? [[values[k]!, 520, 30]] : []);
  const lines: Line[] = [
    make(10, 100, [["Objective", 60, 45, true], ["Expected accomplishment", 200, 115, true], ["Performance measures", 350, 105, true], ["Target", 520, 30, true]]),
    make(11, 120, [["To counter hate", 60, 80], ["Religious leaders", 200, 90], ["– Country teams", 350, 100], ...v(0)]),
    make(12, 132, [["speech that may", 60, 80], ["engaged in action", 200, 90], ["briefed on the", 358, 100], ...v(1)]),
    make(13, 144, [["incite violence", 60, 80], ["plans against", 200, 90], ["framework of analysis", 358, 100], ...v(2)]),
    make(14, 156, [["against protected", 60, 80], ["incitement", 200, 60], ["– National action", 350, 100], ...v(3)]),
    make(15, 168, [["groups", 60, 40], ["plans on hate speech", 358, 100]]),
    make(16, 180, [["adopted", 358, 40]]),
  ];
  return { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] };
};

describe("a Target cell whose values wrap their units beside wrapping measures", () => {
  it("reads a lower-case line under a value as its unit and pairs the values in order", () => {
    const row = readTables(layoutOf(["38 per", "cent", "8"]), []).objectives[0]!;
    expect(row.measures.map((m) => [m.text, m.target])).toEqual([
      ["Country teams briefed on the framework of analysis", "38 per cent"],
      ["National action plans on hate speech adopted", "8"],
    ]);
  });

  it("leaves a cell of more values than measures as nearness reads it", () => {
    // Three values for two measures: no pairing in order; nearness keeps its reading.
    const row = readTables(layoutOf(["38 per", "cent", "8", "9"]), []).objectives[0]!;
    expect(row.measures.map((m) => m.target)).toEqual(["38 per cent 8", "9"]);
  });
});
