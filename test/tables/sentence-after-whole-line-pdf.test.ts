/**
 * Items printed without markers or full stops where the next item's first word would not have
 * fitted on the line above (session 23, h-xe2; corpus14 xe.pdf: XeLaTeX's `\raggedright` cells,
 * items as paragraphs with no space between them). The cell's edge cannot tell such a line from a
 * wrap; the words at the break do: the line above ends on a plain word or a figure, the line opens
 * a sentence ("Days to respond", "73% of appraisals"). A capitalised word the document prints
 * after a lower-case word elsewhere ("host Governments") may be a name running on, and a line
 * ending on a word that leads on ("… to the") went on. Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule } from "../../src/model/layout.js";
import { readTables } from "../../src/tables/index.js";
import { hyphenLexicon } from "../../src/tables/text.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const make = pdfLineMaker(1, 10);
// Runs a character 5 pt wide on average.
const cell = (text: string, x: number): [string, number, number] => [text, x, text.length * 5];
// Measures of 62 characters end at 560, five points short of the cell's edge (the rules end at
// 590 less the 5 pt the first column keeps from their left end): no next word fits after them.
const FULL = [
  "Share of Advisory Body deliverables issued on the set schedule",
  "Country requests answered by the regional team within the year",
  "Rate of consultations completed with all stakeholders in time",
  "Entities reporting results on joint work to the Committees and",
];
const layoutOf = (text: string, space = 0): Layout => {
  const lines: Line[] = [
    make(10, 100, [["Objective", 60, 45, true], ["Performance measures", 250, 100, true]]),
    make(11, 120, [cell("To strengthen the management of all", 60), cell(FULL[0]!, 250)]),
    make(12, 132, [cell("property and equipment in field", 60), cell("Days to respond to a country request: 44", 250)]),
    make(13, 144, [cell("missions", 60), cell(FULL[1]!, 250)]),
    // `space`: the table spaces its items (Word's space after a paragraph) from here on.
    make(14, 156 + space, [cell("73% of appraisals completed by the deadline", 250)]),
    make(15, 168 + space, [cell(FULL[2]!, 250)]),
    make(16, 180 + space, [cell("Governments reporting on targets: 52", 250)]),
    make(17, 192 + space, [cell(FULL[3]!, 250)]),
    make(18, 204 + space, [cell("Governments in writing", 250)]),
  ];
  const rules: Rule[] = [95, 110, 215 + space].map((y) => ({ x1: 55, y1: y, x2: 590, y2: y }));
  return { format: "pdf", text, pages: [{ number: 1, width: 612, height: 792, lines, rules, removed: [] }] };
};

describe("an item opening a sentence under a line the next word would not have fitted on (PDF)", () => {
  it("splits after a plain word or a figure before a capitalised word or a percentage, not before a name or after a word that leads on", () => {
    // "Governments" printed after a lower-case word ("host Governments"): a name, which may run on.
    const row = readTables(layoutOf("Plans agreed with host Governments"), []).objectives[0]!;
    expect(row.measures.map((m) => m.text)).toEqual([
      FULL[0],
      "Days to respond to a country request: 44",
      FULL[1],
      "73% of appraisals completed by the deadline",
      `${FULL[2]} Governments reporting on targets: 52`,
      `${FULL[3]} Governments in writing`,
    ]);
  });

  it("splits before a capitalised word the document never prints after a lower-case word", () => {
    const row = readTables(layoutOf(""), []).objectives[0]!;
    expect(row.measures.map((m) => m.text)).toContain("Governments reporting on targets: 52");
    // After "and" the line went on, whatever its capital.
    expect(row.measures.map((m) => m.text)).toContain(`${FULL[3]} Governments in writing`);
  });

  it("keeps lines one wrap step apart together where the table spaces its items elsewhere", () => {
    const row = readTables(layoutOf("", 4), []).objectives[0]!;
    expect(row.measures.map((m) => m.text)).toContain(`${FULL[0]} Days to respond to a country request: 44`);
  });
});

describe("the document's names (hyphenLexicon.capitalisedInside)", () => {
  it("does not count a capital after a lone 'o', a list marker", () => {
    expect(hyphenLexicon("o Prisons meeting minimum standards").capitalisedInside.has("Prisons")).toBe(false);
    expect(hyphenLexicon("x\no Prisons meeting").capitalisedInside.has("Prisons")).toBe(false);
    expect(hyphenLexicon("two Prisons meeting").capitalisedInside.has("Prisons")).toBe(true);
  });
});
