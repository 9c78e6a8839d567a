/**
 * A word too wide for its narrow cell, broken inside by the layout engine without a hyphen
 * ("recommendatio" / "ns implemented", "intergovern" / "mental"): LibreOffice's print of Word
 * tables (test/corpus7 d7-009, d7-011, d7-030).
 */
import { describe, expect, it } from "vitest";
import { blockToObjective } from "../../src/tables/index.js";
import type { ColumnDef, TableLine } from "../../src/tables/columns.js";
import { joinBrokenWord, splitItems } from "../../src/tables/text.js";

const columns: ColumnDef[] = [
  { key: "objective", role: "objective", header: "Objectives", x: 62, column: undefined },
  { key: "accomplishments", role: "accomplishments", header: "Expected accomplishments", x: 196, column: undefined },
  { key: "measures", role: "measures", header: "Performance measures", x: 309, column: undefined },
];
/** Helvetica-like 10 pt text: about 6.5 pt a character. */
const CHAR = 6.5;
/** One line of the row: each cell's text with where it ends (its x plus 6.5 pt a character). */
const line = (n: number, cells: [string, string, string]): TableLine => ({
  page: 4,
  line: n,
  y: 100 + 13 * n,
  cells,
  lostGlyphs: [false, false, false],
  fill: cells.map((c, i) => {
    const first = c.trim().split(/\s+/)[0] ?? "";
    return c.trim() ? { right: columns[i]!.x + c.length * CHAR, firstWord: first.length * CHAR, y: 100 + 13 * n } : null;
  }),
});

describe("a word broken inside a narrow cell (no hyphen)", () => {
  // d7-011 page 4: the accomplishment column is 14 characters wide; "recommendations" is 15.
  const block = {
    ambiguous: null,
    lines: [
      line(0, ["To implement the", "Oversight", "27 per cent of staff"]),
      line(1, ["recommendations", "recommendatio", "completing mandatory"]),
      line(2, ["of oversight bodies", "ns implemented", "courses."]),
      line(3, ["within their", "on time.", ""]),
      line(4, ["deadlines.", "Gender parity", "Budget implementation"]),
      line(5, ["", "reached among", "rate of 85 per cent."]),
    ],
  };

  it("is one word again when the head filled the cell and head + tail is a word (d7-011)", () => {
    const row = blockToObjective(block, columns);
    expect(row?.accomplishments).toEqual(["Oversight recommendations implemented on time.", "Gender parity reached among"]);
    expect(row?.objective).toBe("To implement the recommendations of oversight bodies within their deadlines.");
  });

  it("a head short of the column's widest line is still joined when it stands alone on its line (the text cue, joinCellLine)", () => {
    // "recommendatio" now ends 4 characters short of "ns implemented …" (the widest line): the
    // geometry says no broken word, but a line holding only a non-word whose tail spells a word is one.
    const wide = { ...block, lines: block.lines.map((l) => (l.line === 2 ? line(2, ["of oversight bodies", "ns implemented now", "courses."]) : l)) };
    expect(blockToObjective(wide, columns)?.accomplishments[0]).toBe("Oversight recommendations implemented now on time.");
  });

  it("joins only a head and tail that spell a word and are not two words of their own", () => {
    expect(joinBrokenWord("forecasts cited in intergovern", "mental deliberations")).toBe("forecasts cited in intergovernmental deliberations");
    expect(joinBrokenWord("budget statements disaggregate", "d by sex.")).toBe("budget statements disaggregated by sex.");
    expect(joinBrokenWord("Developmen", "t plans")).toBe("Development plans");
    // Ordinary wraps: no word, or two words of their own.
    expect(joinBrokenWord("performance", "evaluations completed")).toBeNull();
    expect(joinBrokenWord("a break", "down of costs")).toBeNull();
    expect(joinBrokenWord("over", "time")).toBeNull();
    // Not a tail: a capital, a number, a hyphenated word.
    expect(joinBrokenWord("recommendatio", "Ns")).toBeNull();
    expect(joinBrokenWord("infrastructur", "e-learning")).toBeNull();
  });

  it("joins a whole word and a suffix the word list also holds as a word (session 18, h-vtxt)", () => {
    // corpus7 t7c-010: "implement" / "ed as planned" in a very narrow Outcome cell.
    expect(joinBrokenWord("b) Budget implement", "ed as planned")).toBe("b) Budget implemented as planned");
    expect(joinBrokenWord("Staff develop", "ment plans")).toBe("Staff development plans");
    // Two words of their own still wrap normally.
    expect(joinBrokenWord("a break", "down of costs")).toBeNull();
    expect(joinBrokenWord("in", "to the system")).toBeNull();
  });

  it("joins an inflection's ending that word lists carry as a word ('implement' / 'ed as planned', corpus7 t7c-010)", () => {
    expect(joinBrokenWord("Budget implement", "ed as planned")).toBe("Budget implemented as planned");
    expect(joinBrokenWord("Oversight recommendations implement", "ed on time")).toBe("Oversight recommendations implemented on time");
    expect(joinBrokenWord("report", "ing on time")).toBe("reporting on time");
    // A tail that is a word of a sentence still wraps normally.
    expect(joinBrokenWord("a break", "down of costs")).toBeNull();
    expect(splitItems([{ text: "a) Budget", page: 2, line: 1 }, { text: "implement", page: 2, line: 2, fillsCell: true }, { text: "ed as", page: 2, line: 3 }, { text: "planned", page: 2, line: 4 }])).toEqual(["Budget implemented as planned"]);
  });

  it("joins a head that ends a longer line only when it filled its cell", () => {
    expect(splitItems([{ text: "cited in intergovern", page: 1, line: 1 }, { text: "mental deliberations", page: 1, line: 2 }])).toEqual(["cited in intergovern mental deliberations"]);
    expect(splitItems([{ text: "cited in intergovern", page: 1, line: 1, fillsCell: true }, { text: "mental deliberations", page: 1, line: 2 }])).toEqual(["cited in intergovernmental deliberations"]);
  });
});

describe("a full stop wrapped onto a line of its own", () => {
  it("ends the item above instead of being dropped as a rule glyph (d7-009 'deliberations' / '.')", () => {
    const frags = ["a) Forecasts", "cited in", "intergovern", "mental", "deliberations", ".", "b) National statistical", "offices."].map((text, line) => ({ text, page: 2, line, fillsCell: text === "intergovern" }));
    expect(splitItems(frags)).toEqual(["Forecasts cited in intergovernmental deliberations.", "National statistical offices."]);
  });
});
