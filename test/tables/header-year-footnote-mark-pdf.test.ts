/**
 * A value label that wraps its year onto a second line, a footnote mark raised after the year
 * ("Target" / "(2021)¹", the note at the page foot saying what the years are), in a narrow header
 * cell (corpus7 tune7c t7c-011, Word compact printed by LibreOffice and by Chromium). Chromium's
 * print keeps "Baseline" whole: the year line is "(2021)" and the mark, and the mark had kept it
 * from being read as the labels' year line. LibreOffice's print also breaks "Baseline" inside its
 * cell ("Baselin" / "e"), the tail beside the year: that line was no tail line and no year line.
 * Either way the line became the first row's target ("(2021) 1 27") and, in LibreOffice's print,
 * the baselines were lost with the unknown column "Baselin". Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { pdfLineMaker, type Cell } from "../support/pdf-lines.js";

/** A line whose last run is a footnote mark raised `raise` pt, set at `size` pt. */
const withMark = (line: Line, mark: Cell, raise: number, size: number): Line => {
  const [text, x, width] = mark;
  const seg = { ...line.segments[0]!, text, x, width, y: line.y - raise, fontSize: size };
  return { ...line, text: `${line.text}\t${text}`, segments: [...line.segments, seg] };
};

const rows = (lines: Line[]) => {
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: 2, width: 595, height: 842, lines, rules: [], removed: [] }] };
  return readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => [m.text, m.baseline ?? null, m.target ?? null])]);
};

const want = [
  [
    "To make financial reporting to Member States timelier.",
    ["Unqualified audit opinions on the financial statements."],
    [
      ["Audit opinions without qualification", "19", "27"],
      ["Energy use per square metre", "89 kWh", "78 kWh"],
    ],
  ],
];

describe("a value label's year and raised footnote mark on the header's second line (PDF)", () => {
  it("Chromium's print: the year line with its mark is the header's", () => {
    const mk = pdfLineMaker(2, 13.2);
    const lines = [
      mk(87, 70.5, [["Objective: To make financial reporting to Member States timelier.", 78.6, 371, true]]),
      mk(89, 104.3, [["Expected results", 78.6, 92.5, true], ["Performance measure", 206.4, 123.9, true], ["Baseline", 379.1, 46.9, true], ["Target", 435.5, 36.9, true]]),
      withMark(mk(90, 119.3, [["(2021)", 435.5, 35.2, true]]), ["1", 470.7, 3.1], 3, 6.3),
      mk(92, 158.3, [["Unqualified audit", 78.6, 92.7], ["Audit opinions without", 206.4, 122.4], ["19", 379.1, 13.2], ["27", 435.5, 13.2]]),
      mk(93, 173.3, [["opinions on the", 78.6, 81.4], ["qualification", 206.4, 66.7]]),
      mk(94, 188.3, [["financial statements.", 78.6, 108.5]]),
      mk(96, 209.3, [["Energy use per square metre", 206.4, 150], ["89 kWh", 379.1, 42.2], ["78 kWh", 435.5, 42.1]]),
    ];
    expect(rows(lines)).toEqual(want);
  });

  it("LibreOffice's print: a broken label's tail beside the year completes the header", () => {
    const mk = pdfLineMaker(2, 9);
    const lines = [
      mk(80, 132.5, [["Objective: To make financial reporting to Member States timelier.", 72.1, 333.6, true]]),
      mk(82, 150.8, [["Expected results", 87.7, 83.7, true], ["Performance measure", 208, 111.1, true], ["Baselin", 348.3, 37.5, true], ["Target", 404, 33.4, true]]),
      withMark(mk(83, 161.4, [["e", 364.2, 5.7, true], ["(2021)", 402.3, 33.5, true]]), ["1", 435.9, 3.3], 3.6, 5.2),
      mk(85, 177.3, [["Unqualified audit", 77.5, 79.3], ["Audit opinions without", 192.4, 103.5], ["19", 361.3, 11.4], ["27", 415, 11.4]]),
      mk(86, 187.8, [["opinions on the", 77.5, 70.2], ["qualification", 192.4, 56.7]]),
      mk(87, 198.3, [["financial statements.", 77.5, 95.2]]),
      mk(88, 207.7, [["Energy use per square metre", 192.4, 133.5], ["89 kWh", 349.7, 34.8], ["78 kWh", 403.3, 34.8]]),
    ];
    const header = detectHeader(lines, 1);
    expect(header?.lineCount).toBe(2);
    expect(header?.columns.map((c) => c.role)).toEqual(["accomplishments", "measures", "baseline", "target"]);
    expect(rows(lines)).toEqual(want);
  });
});
