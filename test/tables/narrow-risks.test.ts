/**
 * A very narrow risks column (grid, 4 columns; LibreOffice's print of an RTF table, test/corpus8
 * d8c-021): the "-" marker alone on its line because the item's first word is wider than the room
 * after the marker's hanging indent, and that word broken inside without a hyphen
 * ("Extrabudgetar" / "y resources fall").
 */
import { describe, expect, it } from "vitest";
import { joinBrokenWord, joinCellLine, splitItems, splitPlacedItems, type Fragment } from "../../src/tables/text.js";
import { isLoneMarker } from "../../src/vocab/markers.js";

const frag = (text: string, fillsCell = false): Fragment => ({ text, page: 5, line: 0, fillsCell });

describe("a marker alone on its line in a narrow cell", () => {
  // d8c-021 page 5, the second objective's risks cell, line by line.
  const cell = [
    frag("- Competing"), frag("demands on"), frag("national"), frag("counterparts;", true), frag("regional"), frag("workshops"),
    frag("-"), frag("Extrabudgetar", true), frag("y resources fall"), frag("short; joint"), frag("resource"), frag("mobilization"),
  ];

  it("opens an item on the next line, and the broken word is joined (d8c-021 #14)", () => {
    expect(splitItems(cell)).toEqual([
      "Competing demands on national counterparts; regional workshops",
      "Extrabudgetary resources fall short; joint resource mobilization",
    ]);
  });

  it("places the item at the marker's line", () => {
    expect(splitPlacedItems(cell).map((i) => i.at)).toEqual([0, 6]);
  });

  it("alone at the cell's end is no item (a dash for 'none')", () => {
    expect(splitItems([frag("Staff turnover"), frag("-")])).toEqual(["Staff turnover"]);
    expect(splitItems([frag("-")])).toEqual([]);
  });

  it("before a line going on in lower case is a glyph set below its item's first line, not an item (dev-032 lo.pdf)", () => {
    const measures = [frag("➢ Reduction in the time needed."), frag("Proportion of staff members completing"), frag("➢"), frag("mandatory training increased to 85%.")];
    expect(splitItems(measures)).toEqual(["Reduction in the time needed.", "Proportion of staff members completing mandatory training increased to 85%."]);
  });

  it("is a single dash or bullet glyph, not a rule of several or a letter", () => {
    expect(["-", " – ", "•", "▪", "*"].map(isLoneMarker)).toEqual([true, true, true, true, true]);
    expect(["--", "---", "o", "- x", "1."].map(isLoneMarker)).toEqual([false, false, false, false, false]);
  });
});

describe("a word broken inside a narrow cell into a UN closed compound", () => {
  it("is joined though no general dictionary lists the whole (the Editorial Manual's closed spellings)", () => {
    expect(joinBrokenWord("Extrabudgetar", "y resources fall")).toBe("Extrabudgetary resources fall");
    expect(joinCellLine("risks: Extrabudgetar", "Extrabudgetar", "y resources fall")).toBe("risks: Extrabudgetary resources fall");
  });

  it("stays apart when the whole is no known word", () => {
    expect(joinBrokenWord("Kinshasar", "y resources")).toBeNull();
  });
});
