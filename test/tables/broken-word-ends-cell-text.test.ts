/**
 * pdftotext -layout of Typst's justified, hyphenated cells (corpus20 d20-015 typst.txt, the soft
 * hyphen as `repairText` leaves it before a space): a cell's line that ends in a broken word fills
 * its cell, and the next cell's line follows one space on in the same run ("1) Average time to
 * set- Maritime"). A word is broken only at its line's end, so the word after the hyphen opens
 * the next column's text.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { detectHeader } from "../../src/tables/header.js";
import { assignColumns } from "../../src/tables/columns.js";

const cellsOf = (text: string, at: number) => {
  const layout = textToLayout(text);
  const lines = layout.pages.flatMap((p) => p.lines);
  const header = detectHeader(lines, 0, layout.text);
  if (!header) throw new Error("no header");
  return assignColumns(lines[at]!, header.columns, layout.text, true).cells;
};

describe("a broken word inside a run ends its cell's line", () => {
  it("gives the words after the hyphen to the next column (d20-015)", () => {
    const text = [
      " Objectives             Indicators           of   Expected accomplish- Risks and mitiga-",
      "                        achievement               ments                tions",
      " To mobilize funding    1) Average time to set- Maritime     boundary 1) Security       con-",
    ].join("\n");
    const cells = cellsOf(text, 2);
    expect(cells[0]).toBe("To mobilize funding");
    expect(cells[1]).toBe("1) Average time to set-");
    expect(cells[2]).toMatch(/^Maritime boundary/);
  });

  it("keeps a hyphen that suspends a compound inside its sentence", () => {
    const text = [
      "Objective                                        Expected accomplishment     Performance measure",
      "To support pre- and post-deployment training     Staff trained               Courses held: 40",
    ].join("\n");
    expect(cellsOf(text, 1)).toEqual(["To support pre- and post-deployment training", "Staff trained", "Courses held: 40"]);
  });
});
