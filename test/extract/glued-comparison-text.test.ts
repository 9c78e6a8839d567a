import { describe, expect, it } from "vitest";
import { CHAR_WIDTH, spaceGluedComparisons, textToLayout } from "../../src/extract/text.js";

describe("text input: a comparison sign glued to its figure by pdftotext (session 29, h-t20)", () => {
  it("spaces \"≥4\" when the document prints the sign spaced elsewhere, and only then", () => {
    // corpus20 d20-001 typst.txt: "≥4", "≥9" beside "≥ 123", "≥ 11" in one Target column, all with
    // the same 2.5 pt gap in the PDF; pdftotext's grid lost the one before a one-digit figure.
    expect(spaceGluedComparisons("Units   3   ≥4\nPosts   120 (2014)   ≥ 123\nDays ≤2")).toBe("Units   3   ≥ 4\nPosts   120 (2014)   ≥ 123\nDays ≤ 2");
    // Never spaced in the document: as printed.
    expect(spaceGluedComparisons("Units   3   ≥4\nDays ≤2")).toBe("Units   3   ≥4\nDays ≤2");
  });

  it("keeps every cell at its printed column: the space put in takes no place on the grid", () => {
    const printed = ["Meetings held   ≥4     ≥ 12", "Reports issued  ≥ 7    ≥9"].join("\n");
    const layout = textToLayout(spaceGluedComparisons(printed), printed);
    const cells = layout.pages[0]!.lines.map((l) => l.segments.map((s) => [s.text, s.x / CHAR_WIDTH]));
    expect(cells).toEqual([
      [["Meetings held", 0], ["≥ 4", 16], ["≥ 12", 23]],
      [["Reports issued", 0], ["≥ 7", 16], ["≥ 9", 23]],
    ]);
  });
});
