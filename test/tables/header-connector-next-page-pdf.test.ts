/**
 * A PDF header row cut by a page break inside a wrapped label: LibreOffice prints "OUTCOME  RISKS
 * PERFORMANCE" at the page foot and "AND" / "MEASURES" / "MITIGATIONS" (staggered) at the next
 * page's top (corpus7 t7-001 docx.pdf, a Word table whose header row may split). The joining word
 * "AND" alone under "RISKS" goes on that label; it had ended the header, which was lost, and the
 * table was read under the header of the table above it, with that table's column borders: every
 * measure of the first table lost its first words to the accomplishments.
 * Coordinates as pdf.js reads them.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { detectHeader } from "../../src/tables/header.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const p1 = pdfLineMaker(1, 10);
const p2 = pdfLineMaker(2, 10);

const page1: Line[] = [
  p1(1, 255, [["Expected", 193, 44, true], ["Performance", 546, 61, true]]),
  p1(2, 266.5, [["results", 199, 33, true], ["measures", 553, 47, true]]),
  p1(3, 288.5, [["Objective: To use conference facilities efficiently", 70, 231, true]]),
  p1(4, 310.5, [["\uF0A7 Pre-session documents issued six weeks before", 73, 230], ["• Utilization of conference services at 20 per cent.", 383, 230]]),
  p1(5, 322.1, [["consideration.", 90, 62], ["• 59 per cent of pre-session documents issued on time.", 383, 254]]),
  p1(6, 358.5, [["\uF0A7 Conference services utilized at the benchmark rate.", 73, 245], ["• Print runs reduced by 55 per cent against 2005.", 383, 227]]),
  p1(7, 503.6, [["Objective: To raise the quality of translation through terminology databases.", 60, 363, true]]),
  p1(8, 523.6, [["OUTCOME", 143, 51, true], ["RISKS", 370, 31, true], ["PERFORMANCE", 599, 78, true]]),
];
const page2: Line[] = [
  p2(9, 72.9, [["AND", 374, 22, true]]),
  p2(10, 78.7, [["MEASURES", 610, 57, true]]),
  p2(11, 84.4, [["MITIGATIONS", 352, 66, true]]),
  p2(12, 102.4, [["• Terminology entries added to the shared", 66, 194]]),
  p2(13, 113.3, [["database.", 81, 44], ["• Late submission by author departments;", 286, 195], ["Utilization of conference services at 75 per cent.", 503, 230]]),
  p2(14, 125.9, [["• Captioning and accessible formats offered", 66, 201], ["slotting system enforced", 303, 108], ["Print runs reduced by 25 per cent against 2005.", 503, 227]]),
  p2(15, 137.9, [["for meetings.", 81, 58]]),
];
// The first table's grid; the second table's top row (its header) ends page 1 with borders of its own.
const rules = [
  ...[240.35, 273.85, 295.85, 343.85, 379.35, 401.35, 472.45, 510.95, 528.95].map((y) => ({ x1: 60, y1: y, x2: 782, y2: y })),
  { x1: 60.3, y1: 240.1, x2: 60.3, y2: 472.7 },
  { x1: 369.7, y1: 240.6, x2: 369.7, y2: 472.2 },
  { x1: 782.2, y1: 240.1, x2: 782.2, y2: 472.7 },
  { x1: 60.3, y1: 510.7, x2: 60.3, y2: 529.2 },
  { x1: 276.8, y1: 511.2, x2: 276.8, y2: 528.7 },
  { x1: 493.4, y1: 511.2, x2: 493.4, y2: 528.7 },
  { x1: 782.2, y1: 510.7, x2: 782.2, y2: 529.2 },
];
const layout: Layout = {
  format: "pdf",
  text: "",
  pages: [
    { number: 1, width: 842, height: 595, lines: page1, rules, removed: [] },
    { number: 2, width: 842, height: 595, lines: page2, rules: [], removed: [] },
  ],
};

describe("a PDF header row cut by a page break after a label's first word", () => {
  it("takes the joining word at the next page's top and reads the label whole", () => {
    const all = [...page1, ...page2];
    const header = detectHeader(all, 7);
    expect(header?.columns.map((c) => [c.header, c.role])).toEqual([
      ["OUTCOME", "accomplishments"],
      ["RISKS AND MITIGATIONS", "risks"],
      ["PERFORMANCE MEASURES", "measures"],
    ]);
  });

  it("reads the table above under its own borders", () => {
    const rows = readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)]);
    expect(rows[0]).toEqual([
      "To use conference facilities efficiently",
      ["Pre-session documents issued six weeks before consideration.", "Conference services utilized at the benchmark rate."],
      ["Utilization of conference services at 20 per cent.", "59 per cent of pre-session documents issued on time.", "Print runs reduced by 55 per cent against 2005."],
    ]);
    expect(rows[1]?.[0]).toBe("To raise the quality of translation through terminology databases.");
  });

  it("leaves 'and' alone at a page top that lies under no label piece", () => {
    const all = [...page1, p2(9, 72.9, [["AND", 150, 22, true]]), ...page2.slice(1)];
    expect(detectHeader(all, 7)?.columns.map((c) => c.header) ?? []).not.toContain("RISKS AND MITIGATIONS");
  });
});
