/**
 * Typst tables with justified, hyphenated header labels in `pdftotext -layout` text (corpus20
 * d20-010, d20-015 typst.txt, the soft hyphens as `repairText` leaves them before a space: "-").
 * A label's first line is stretched to its cell's width or broken inside a word, and pdftotext
 * prints the next cell one space on when that line fills its cell ("ACCOMPLISH- KEY PERFORMANCE
 * INDICATOR RISKS", "Expected accomplish- Risks and mitiga-"); the stretched gaps of one line come
 * out unequal on its character grid ("RISKS" 18 spaces "AND" 5 spaces "MITIGA-"). The header was
 * not read, and the table's rows were lost or read into the table above.
 */
import { describe, expect, it } from "vitest";
import { textToLayout } from "../../src/extract/text.js";
import { detectHeader } from "../../src/tables/header.js";

const headerOf = (text: string) => {
  const layout = textToLayout(text);
  const lines = layout.pages.flatMap((p) => p.lines);
  const header = detectHeader(lines, 0, layout.text);
  return header && { columns: header.columns.map((c) => [c.role, c.header, c.x / 5]), lineCount: header.lineCount };
};

describe("justified, hyphenated header labels in layout text", () => {
  it("cuts a run after a label word's line-end hyphen and where the next line shows a cell's edge (d20-010)", () => {
    const text = [
      "OBJECTIVE                     EXPECTED        ACCOMPLISH- KEY PERFORMANCE INDICATOR RISKS                  AND     MITIGA-",
      "                              MENT                                                  TIONS",
      "To    prepare    system-wide a) Common system strategies      1) Average time to issue the con- 1) Political tensions de-",
    ].join("\n");
    expect(headerOf(text)).toEqual({
      columns: [
        ["objective", "OBJECTIVE", 0],
        ["accomplishments", "EXPECTED ACCOMPLISHMENT", 30],
        ["measures", "KEY PERFORMANCE INDICATOR", 58],
        ["risks", "RISKS AND MITIGATIONS", 84],
      ],
      lineCount: 2,
    });
  });

  it("joins a justified label line whose gaps the grid printed unequal (d20-010 managerial table)", () => {
    const text = [
      "OBJECTIVE                  EXPECTED          ACCOM- INDICATOR          OF    ACHIEVE-",
      "                           PLISHMENT                MENT",
      "                          Mandatory courses com- Budget implementation rate:",
    ].join("\n");
    expect(headerOf(text)).toEqual({
      columns: [
        ["objective", "OBJECTIVE", 0],
        ["accomplishments", "EXPECTED ACCOMPLISHMENT", 27],
        ["measures", "INDICATOR OF ACHIEVEMENT", 52],
      ],
      lineCount: 2,
    });
  });

  it("reads a hyphenated label glued one space to the next label (d20-015)", () => {
    const text = [
      " Objectives             Indicators           of   Expected accomplish- Risks and mitiga-",
      "                        achievement               ments                tions",
      " To mobilize funding    1) Average time to set- Maritime     boundary 1) Security       con-",
    ].join("\n");
    expect(headerOf(text)?.columns).toEqual([
      ["objective", "Objectives", 1],
      ["measures", "Indicators of achievement", 24],
      ["accomplishments", "Expected accomplishments", 50],
      ["risks", "Risks and mitigations", 71],
    ]);
  });

  it("keeps a label wrapped at its own left edge whole (no inner word over the next line's piece)", () => {
    const text = [
      "OBJECTIVE          EXPECTED            KEY PERFORMANCE     BASELINE   TARGET",
      "                   ACCOMPLISHMENT      INDICATOR",
      "To publish the     Reports issued      Reports issued      12         20",
    ].join("\n");
    expect(headerOf(text)?.columns.map((c) => c[1])).toEqual(["OBJECTIVE", "EXPECTED ACCOMPLISHMENT", "KEY PERFORMANCE INDICATOR", "BASELINE", "TARGET"]);
  });
});
