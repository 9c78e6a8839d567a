/**
 * Two tables' edges in a Chromium print (corpus8 d8e-018 html.pdf, hand-written HTML, 9 pt table
 * text under 10 pt captions and headings, A4; coordinates as pdf.js reads them, points, y down).
 *
 * - The next table's caption "Table 2. Objectives, expected accomplishments and performance
 *   measures", centred on the page's text block (63–533) over a table of three columns, opens page 2
 *   under a five-column table whose last row ended at the foot of page 1. The caption is wider than
 *   four fifths of the narrower table under it (captionAbove leaves it), and read as the rest of the
 *   row the page break cut, its words went into that row's cells. No cell's line covers the white
 *   space between two cells of the table above: it is no line of that table (captionAcrossCells).
 * - "9. To foster …", a numbered objective heading (bold, 10 pt, over 9 pt cells) above a table that
 *   prints one header per objective, stands near the page foot with its table, a section heading
 *   and one line of prose under it. Set apart in size and run across the columns, it was read as a
 *   page-foot footnote numbered "9. " (FOOTNOTE_NUMBERED_START), and its table skipped with it. A
 *   footnote is set smaller than the table, and no footnote opens "9. To …" (numberedNoteInPdf).
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const page = (number: number, lines: Line[]) => ({ number, width: 595, height: 842, removed: [], rules: [], lines });

function layout(): Layout {
  const t1 = pdfLineMaker(1, 9);
  const p1 = pdfLineMaker(1, 10);
  const t2 = pdfLineMaker(2, 9);
  const p2 = pdfLineMaker(2, 10);
  const s2 = pdfLineMaker(2, 10.5);
  const p3 = pdfLineMaker(3, 10);
  return {
    format: "pdf",
    text: "",
    pages: [
      page(1, [
        p1(19, 294, [["I will deliver the following results in 2024.", 63, 171.6]]),
        t1(20, 304.5, []),
        t1(21, 315, [["INDICATORS OF ACHIEVEMENT", 283.1, 141.9, true]]),
        t1(22, 322.1, []),
        t1(23, 329.3, [["OBJECTIVES", 74.2, 57, true], ["OUTCOMES", 155.9, 52.5, true], ["BASELINE", 388.5, 45.5, true], ["TARGET", 444, 37.3, true]]),
        t1(24, 336.8, [["INDICATOR", 276.8, 51.7, true]]),
        t1(25, 342.8, [["2023", 402.3, 18, true], ["2024", 453.6, 18, true]]),
        t1(26, 351, []),
        t1(27, 359.3, [["To strengthen the", 68, 62.4], ["Graduation", 147.5, 40.5], ["Average days to publish flagship data", 226.8, 135.1], ["48 days", 388.5, 27.8], ["39 days", 444, 27.8]]),
        t1(28, 370.5, [["capacity of", 68, 39.7], ["strategies prepared", 147.5, 67.7], ["tables", 226.8, 21]]),
        t1(29, 381.8, [["member States to", 68, 62.5], ["by least developed", 147.5, 67]]),
        t1(30, 391.5, [["design inclusive", 68, 58.2], ["countries", 147.5, 33], ["Countries reporting Goal indicators", 226.8, 127.7], ["13", 388.5, 9], ["15", 444, 9]]),
        t1(31, 402.8, [["fiscal policies", 68, 49.7], ["disaggregated by sex", 226.8, 75.5]]),
        t1(32, 412.9, []),
        t1(51, 603.8, [["To advance the", 68, 54.3], ["Digital economy", 147.5, 60.2], ["Countries with energy efficiency targets", 226.8, 144], ["9", 388.5, 4.5], ["12", 444, 9]]),
        t1(52, 615, [["transition to", 68, 43.3], ["strategies endorsed", 147.5, 68.7]]),
        t1(53, 622.5, [["sustainable energy", 68, 66.6], ["by Governments", 147.5, 59.7], ["Countries with integrated national", 226.8, 122.7], ["3", 388.5, 4.5], ["6", 444, 4.5]]),
        t1(54, 633.8, [["in the region", 68, 45.5], ["financing frameworks", 226.8, 79.2]]),
        t1(55, 642.8, []),
        t1(59, 681, [["Countries reporting Goal indicators", 226.8, 127.7], ["14", 388.5, 9], ["17", 444, 9]]),
        t1(60, 692.3, [["disaggregated by sex", 226.8, 75.5]]),
      ]),
      page(2, [
        p2(61, 66, [["Table 2. Objectives, expected accomplishments and performance measures", 145.2, 305.9, true]]),
        t2(62, 76.5, []),
        t2(63, 87, [["OBJECTIVE", 87.6, 52, true], ["EXPECTED RESULT", 171.5, 86.4, true], ["INDICATOR OF ACHIEVEMENT", 307.3, 136.8, true]]),
        t2(64, 95.6, []),
        t2(65, 104.3, [["5. To improve water", 68, 72.7], ["• Fiscal policy", 172.5, 56.9], ["Tax revenue tools applied by 58 revenue", 284.3, 145.8]]),
        t2(66, 115.5, [["resource management in", 68, 88], ["proposals adopted by", 183.1, 76.5], ["administrations.", 284.3, 57.7]]),
        t2(67, 126.8, [["countries facing scarcity.", 68, 89.6], ["ministries of finance.", 183.1, 76.2], ["25 trade facilitation measures reported as", 284.3, 148.2]]),
        t2(68, 139.5, [["implemented.", 284.3, 49.2]]),
        t2(97, 427.5, []),
        p2(98, 441.8, [["8. To strengthen the productive capacity of least developed countries", 63, 290.6, true]]),
        t2(99, 452.3, []),
        t2(100, 462.8, [["Performance", 316.1, 50, true]]),
        t2(101, 468, [["Outcomes", 110.2, 38.5, true]]),
        t2(102, 474, [["Measures", 322.6, 36.8, true]]),
        t2(103, 482.3, []),
        t2(104, 490.5, [["• National statistical systems", 71.3, 108.7], ["• 32 basin agreements supported by the commission.", 204.8, 193.8]]),
        t2(105, 501.8, [["producing disaggregated data.", 82, 108.2], ["• 18 national statistical offices applying the new classification.", 204.8, 229.4]]),
        t2(106, 508.5, []),
        t2(111, 551.3, [["• Digital economy strategies", 71.3, 107.2]]),
        t2(112, 562.5, [["endorsed by Governments.", 82, 96.7]]),
        t2(113, 576.8, []),
        p2(114, 591, [["9. To foster innovation policies and digital economy strategies", 63, 261.1, true]]),
        t2(115, 601.5, []),
        t2(116, 612, [["Performance", 316.1, 50, true]]),
        t2(117, 617.3, [["Outcomes", 110.2, 38.5, true]]),
        t2(118, 623.3, [["Measures", 322.6, 36.8, true]]),
        t2(119, 631.5, []),
        t2(120, 639.8, [["• Tax administrations applying", 71.3, 115.6], ["• 34 trade facilitation measures reported as implemented.", 204.8, 209.8]]),
        t2(121, 651, [["improved compliance tools.", 82, 100.2], ["• 83% of flagship publications downloaded more than 1,000 times.", 204.8, 245.1]]),
        t2(122, 657.8, []),
        t2(123, 664.5, [["• Digital economy strategies", 71.3, 107.2]]),
        t2(124, 675.8, [["endorsed by Governments.", 82, 96.7]]),
        t2(125, 691.5, []),
        s2(126, 707.3, [["B. MANAGING RESOURCES", 63, 139.7, true]]),
        t2(127, 716.3, []),
        p2(128, 725.3, [["The managerial objectives below apply to every senior manager of the Secretariat.", 63, 329.2]]),
      ]),
      page(3, [p3(129, 66, [["Signed for the year ahead by the Secretary-General and the High Representative.", 63, 340]])]),
    ],
  };
}

const rows = () =>
  readTables(layout(), findSections(layout())).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text), o.extra?.["baseline"] ?? null]);

describe("a Chromium print: a caption over a narrower table at a page top, a numbered objective heading near a page foot", () => {
  it("keeps the caption out of the last row above it, and reads the heading's table", () => {
    expect(rows()).toEqual([
      ["To strengthen the capacity of member States to design inclusive fiscal policies", ["Graduation strategies prepared by least developed countries"], ["Average days to publish flagship data tables", "Countries reporting Goal indicators disaggregated by sex"], ["48 days", "13"]],
      ["To advance the transition to sustainable energy in the region", ["Digital economy strategies endorsed by Governments"], ["Countries with energy efficiency targets", "Countries with integrated national financing frameworks", "Countries reporting Goal indicators disaggregated by sex"], ["9", "3", "14"]],
      ["To improve water resource management in countries facing scarcity.", ["Fiscal policy proposals adopted by ministries of finance."], ["Tax revenue tools applied by 58 revenue administrations.", "25 trade facilitation measures reported as implemented."], null],
      ["To strengthen the productive capacity of least developed countries", ["National statistical systems producing disaggregated data.", "Digital economy strategies endorsed by Governments."], ["32 basin agreements supported by the commission.", "18 national statistical offices applying the new classification."], null],
      ["To foster innovation policies and digital economy strategies", ["Tax administrations applying improved compliance tools.", "Digital economy strategies endorsed by Governments."], ["34 trade facilitation measures reported as implemented.", "83% of flagship publications downloaded more than 1,000 times."], null],
    ]);
  });
});
