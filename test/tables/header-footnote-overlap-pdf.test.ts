/**
 * A page's last footnote read in one window with the next page's table header (corpus7 t7b-001
 * docx.pdf, Word): the raised mark "1" (60.1 pt, 3.9 pt wide) stands right before its note's text
 * (64.0 pt). A lone short piece counts an average character's width (5.4 pt), so the mark reaches
 * 1.5 pt into the note: two pieces of one line overlapping, whose shared edge no other line of the
 * window shows. That is no word run past its narrow cell into the next (TeX's overfull box, where a
 * piece of the line below opens at the same edge): read as one, the header's columns stay the
 * header line's own.
 */
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/model/layout.js";
import { detectHeader } from "../../src/tables/header.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

describe("a footnote's mark just before its text, in a window with a header", () => {
  const page2 = pdfLineMaker(2, 12);
  const page3 = pdfLineMaker(3, 12);
  const lines: Line[] = [
    page2(65, 532.8, [["1", 60.1, 3.89], ["Baselines are those of 2007; targets refer to 31 December 2008.", 64.0, 341.72]]),
    page3(70, 88.6, [["Objective", 141.6, 53.92, true], ["Outcomes", 355.9, 58.62, true], ["Performance measure", 574.9, 125.9, true]]),
    page3(72, 108.9, [["a)", 502.5, 10.68], ["62 countries submitting their national reports on", 519.5, 252.49]]),
    page3(74, 130.6, [["a)", 285.9, 10.68], ["Chemical management", 302.9, 123.26]]),
    page3(75, 137.5, [["Objective 5: To mainstream", 66.4, 146.52], ["b)", 502.5, 10.68], ["3 hectares of ecosystems under restoration.", 519.5, 233.14]]),
    page3(77, 152.3, [["sustainable consumption and", 66.4, 155.26], ["c)", 502.5, 10], ["Sustainable procurement policies adopted by 92", 519.5, 255.8]]),
  ];

  it("reads no header from the note, whose words would open Baseline and Target columns", () => {
    // Mark and note as two cells made "Baselines are those" (64 pt) and "targets refer" value
    // columns of a five-column header, and the page's objective column lost its words.
    expect(detectHeader(lines, 0)).toBeNull();
    expect(detectHeader(lines, 1)?.columns.map((c) => [c.role, c.header, c.x])).toEqual([
      ["objective", "Objective", 141.6],
      ["accomplishments", "Outcomes", 355.9],
      ["measures", "Performance measure", 574.9],
    ]);
  });
});
