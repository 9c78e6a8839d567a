/**
 * Rows cut by a page break above a footnote (corpus7 tune7b t7b-013, LibreOffice's PDF of a Word
 * file, 10 pt). Coordinates as pdf.js reads them (points, y down).
 *
 * 1. A table without an Objective column whose `TARGET (2017)` label carries a raised footnote
 *    mark ("1", 5.8 pt, 3.9 pt above the label's baseline), its footnote at the page foot; the next
 *    page repeats the header without the mark. Read as a column of its own, the mark made the two
 *    headers differ: the repeated one opened a new table, whose objective was the footnote above it
 *    and whose only row was the cut row's rest.
 * 2. A borderless table whose objectives are centred over their sub-rows: the page's last row is
 *    cut by the break, and the next page's first objective ("To reduce …") is centred over three
 *    sub-rows, the first above its band. LibreOffice sets 16.7 pt between sub-rows at an 11.6 pt
 *    leading (under the 1.45-leading band gap): the cut row's rest and the next row's first
 *    sub-row were one band, given whole to the cut row.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { isRaisedMarkAfter } from "../../src/tables/header.js";
import { pdfLineMaker } from "../support/pdf-lines.js";

const mk1 = pdfLineMaker(1, 10);
const mk2 = pdfLineMaker(2, 10);
const mk3 = pdfLineMaker(3, 10);
const mk4 = pdfLineMaker(4, 10);
/** The line with segment `at` set as a raised mark: smaller and above the line's baseline. */
function raised(line: Line, at: number, y: number, fontSize: number): Line {
  return { ...line, segments: line.segments.map((s, i) => (i === at ? { ...s, y, fontSize } : s)) };
}
const page = (number: number, lines: Line[]) => ({ number, width: 842, height: 595, lines, rules: [], removed: [] });
const texts = (layout: Layout) => readTables(layout, findSections(layout)).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text), o.extra]);

describe("a header label's raised footnote mark, its footnote at the page foot", () => {
  const header = raised(mk1(41, 462.9, [["EXPECTED RESULTS", 114.7, 111.66, true], ["INDICATORS OF ACHIEVEMENT", 342.3, 172.14, true], ["TARGET (2017)", 583.1, 84.52, true], ["1", 667.7, 3.69], ["BASELINE", 703.1, 54.61, true]]), 3, 459, 5.8);
  const footnote = raised(mk1(47, 533, [["1", 60.1, 3.69], ["Baselines are those of 2016; targets refer to 31 December 2017.", 63.8, 324.6]]), 0, 529.1, 5.8);
  const layout: Layout = {
    format: "pdf",
    text: "",
    pages: [
      page(1, [
        mk1(39, 443.2, [["Objective 4: To make financial reporting to Member States timelier.", 60.1, 382.34, true]]),
        header,
        mk1(43, 478.5, [["Staff from unrepresented Member States", 64.1, 205.76], ["Capital projects on budget", 285.1, 132.5], ["76%", 616.2, 22.19], ["66%", 719.3, 22.19]]),
        mk1(44, 490.2, [["appointed.", 64.1, 53.63]]),
        mk1(45, 498.2, [["Energy use per square metre", 285.1, 146.45], ["78 kWh", 608.3, 37.89], ["90 kWh", 711.5, 37.89]]),
        footnote,
      ]),
      page(2, [
        mk2(52, 72.3, [["EXPECTED RESULTS", 114.7, 111.66, true], ["INDICATORS OF ACHIEVEMENT", 342.3, 172.14, true], ["TARGET (2017)", 585, 84.52, true], ["BASELINE", 703.1, 54.61, true]]),
        mk2(54, 88, [["Recruitment completed within the target", 64.1, 204.83], ["Unrepresented Member States", 285.1, 153.7], ["17", 620.9, 12.66], ["19", 724.1, 12.66]]),
        mk2(55, 99.6, [["time.", 64.1, 25.75]]),
        mk2(56, 108.6, [["Audit opinions without qualification", 285.1, 176.66], ["21", 620.9, 12.66], ["6", 727.3, 6.36]]),
      ]),
    ],
  };

  it("is the label's, so the header repeated without it continues the table and the cut row", () => {
    expect(texts(layout)).toEqual([
      [
        "To make financial reporting to Member States timelier.",
        ["Staff from unrepresented Member States appointed.", "Recruitment completed within the target time."],
        ["Capital projects on budget", "Energy use per square metre", "Unrepresented Member States", "Audit opinions without qualification"],
        { target: ["76%", "78 kWh", "17", "21"], baseline: ["66%", "90 kWh", "19", "6"] },
      ],
    ]);
  });

  it("is a mark only when smaller, raised and right after its word", () => {
    const [, , label, mark] = header.segments;
    expect(isRaisedMarkAfter(mark!, label!)).toBe(true);
    // Same size, or on the baseline, or a column's width away: a cell of its own ("1" in a Target column).
    expect(isRaisedMarkAfter({ ...mark!, fontSize: 10 }, label!)).toBe(false);
    expect(isRaisedMarkAfter({ ...mark!, y: 462.9 }, label!)).toBe(false);
    expect(isRaisedMarkAfter({ ...mark!, x: 690 }, label!)).toBe(false);
    expect(isRaisedMarkAfter({ ...mark!, text: "ab" }, label!)).toBe(false);
  });
});

describe("a later page's first objective centred over sub-rows, the first above its band", () => {
  const layout: Layout = {
    format: "pdf",
    text: "",
    pages: [
      page(2, [
        mk2(58, 141.9, [["Performance", 468.3, 72.14, true], ["Risks and", 671.6, 54.12, true]]),
        mk2(59, 147.7, [["Objective", 116.8, 53.25, true], ["Outcome", 284.8, 50.36, true]]),
        mk2(60, 153.6, [["Measure", 480.2, 48.25, true], ["Mitigations", 666.9, 63.6, true]]),
        mk2(62, 169.2, [["a)", 400.3, 10], ["Average recruitment time reduced to", 417.3, 186.85]]),
        mk2(63, 180.9, [["71 days.", 417.3, 42.66]]),
        mk2(64, 193.5, [["a)", 233.7, 10], ["Unqualified audit opinions", 250.7, 130.58], ["b)", 400.3, 10.2], ["Enterprise system deployed at 61", 417.3, 169.04], ["• Vendor protests delay", 622.4, 127.44]]),
        mk2(65, 205.2, [["on the financial", 250.7, 77.4], ["offices away from Headquarters by", 417.3, 175.79], ["awards; clear evaluation", 639.4, 122.93]]),
        mk2(66, 216.8, [["statements.", 250.7, 59.84], ["September 2017.", 417.3, 87], ["criteria", 639.4, 35.39]]),
        mk2(67, 229.5, [["c)", 400.3, 9.39], ["Energy use per square metre reduced", 417.3, 190.5]]),
        mk2(68, 241.1, [["by 60 per cent against 2016.", 417.3, 144.77]]),
        mk2(70, 257.8, [["a)", 400.3, 10], ["Average recruitment time reduced to", 417.3, 186.85]]),
        mk2(71, 269.4, [["31 days.", 417.3, 42.66]]),
        mk2(72, 276.7, [["To close the accounts of the", 64.1, 141.23]]),
        mk2(73, 282.1, [["a)", 233.7, 10], ["Energy consumption at", 250.7, 116.24], ["b)", 400.3, 10.2], ["Unqualified opinions on all 59 sets of", 417.3, 184.65], ["• Hiring freeze imposed;", 622.4, 130.47]]),
        mk2(74, 288.4, [["Organization without audit", 64.1, 133.41]]),
        mk2(75, 293.7, [["Headquarters reduced.", 250.7, 115.69], ["financial statements.", 417.3, 105.19], ["priority posts identified", 639.4, 116.24]]),
        mk2(76, 300, [["qualifications", 64.1, 66.54]]),
        mk2(77, 306.4, [["c)", 400.3, 9.39], ["Energy use per square metre reduced", 417.3, 190.5]]),
        mk2(78, 318, [["by 17 per cent against 2016.", 417.3, 144.77]]),
        mk2(80, 334.7, [["a)", 400.3, 10], ["Cases before the contracts committee", 417.3, 191.8]]),
        mk2(81, 346.3, [["reviewed within 70 working days.", 417.3, 167.81]]),
        mk2(82, 359, [["a)", 233.7, 10], ["Enterprise resource", 250.7, 98.19], ["b)", 400.3, 10.2], ["Enterprise system deployed at 88", 417.3, 169.04]]),
        mk2(83, 364.8, [["• Liquidity shortfall; cash", 622.4, 133.42]]),
        mk2(84, 370.6, [["planning system in use at", 250.7, 129.01], ["offices away from Headquarters by", 417.3, 175.79]]),
        mk2(85, 376.5, [["conservation measures", 639.4, 116.73]]),
        mk2(86, 382.3, [["all duty stations.", 250.7, 83.3], ["March 2017.", 417.3, 62.42]]),
        mk2(87, 394.9, [["c)", 400.3, 9.39], ["Average recruitment time reduced to", 417.3, 186.85]]),
        mk2(88, 406.6, [["53 days.", 417.3, 42.66]]),
        mk2(90, 423.2, [["To deliver the enterprise", 64.1, 123.55], ["a)", 233.7, 10], ["Procurement cases", 250.7, 95.83], ["a)", 400.3, 10], ["25 appointments of nationals of", 417.3, 159.6], ["• Hiring freeze imposed;", 622.4, 130.47]]),
        mk2(91, 434.9, [["resource planning system to all", 64.1, 157.54], ["reviewed by the committee", 250.7, 137.84], ["unrepresented Member States.", 417.3, 155.87], ["priority posts identified", 639.4, 116.24]]),
        mk2(92, 446.5, [["duty stations", 64.1, 65.26], ["on contracts without delay.", 250.7, 136.66], ["b)", 400.3, 10.2], ["Average recruitment time reduced to", 417.3, 186.85]]),
        mk2(93, 459.2, [["57 days.", 417.3, 42.66]]),
        mk2(94, 471.8, [["c)", 400.3, 9.39], ["Cases before the contracts committee", 417.3, 191.8]]),
        mk2(95, 483.5, [["reviewed within 64 working days.", 417.3, 167.81]]),
      ]),
      page(3, [
        mk3(100, 72.3, [["Performance", 468.3, 72.14, true], ["Risks and", 671.6, 54.12, true]]),
        mk3(101, 78.1, [["Objective", 116.8, 53.25, true], ["Outcome", 284.8, 50.36, true]]),
        mk3(102, 84, [["Measure", 480.2, 48.25, true], ["Mitigations", 666.9, 63.6, true]]),
        mk3(104, 99.6, [["a)", 400.3, 10], ["57 appointments of nationals of", 417.3, 159.6]]),
        mk3(105, 111.3, [["unrepresented Member States.", 417.3, 155.87]]),
        mk3(106, 123.9, [["b)", 400.3, 10.2], ["Quarterly financial reports issued", 417.3, 167]]),
        mk3(107, 129.7, [["a)", 233.7, 10], ["Capital projects completed", 250.7, 134.42], ["• Hiring freeze imposed;", 622.4, 130.47]]),
        mk3(108, 135.6, [["within 5 days of the quarter end.", 417.3, 164.48]]),
        mk3(109, 141.4, [["within approved resources.", 250.7, 136.07], ["priority posts identified", 639.4, 116.24]]),
        mk3(110, 148.2, [["c)", 400.3, 9.39], ["Enterprise system deployed at 62", 417.3, 169.04]]),
        mk3(111, 159.9, [["offices away from Headquarters by", 417.3, 175.79]]),
        mk3(112, 171.5, [["June 2017.", 417.3, 53.52]]),
        mk3(114, 188.2, [["a)", 400.3, 10], ["Capital expenditure within 31 per cent", 417.3, 193.08]]),
        mk3(115, 199.8, [["of the approved budget.", 417.3, 121.58]]),
        mk3(116, 212.5, [["b)", 400.3, 10.2], ["Energy use per square metre reduced", 417.3, 190.5]]),
        mk3(117, 218.3, [["a)", 233.7, 10], ["Recruitment completed", 250.7, 118.04], ["• Liquidity shortfall; cash", 622.4, 133.42]]),
        mk3(118, 224.1, [["by 60 per cent against 2016.", 417.3, 144.77]]),
        mk3(119, 229.9, [["within the target time.", 250.7, 112.47], ["conservation measures", 639.4, 116.73]]),
        mk3(120, 236.8, [["c)", 400.3, 9.39], ["Enterprise system deployed at 33", 417.3, 169.04]]),
        mk3(121, 248.4, [["offices away from Headquarters by", 417.3, 175.79]]),
        mk3(122, 260.1, [["September 2017.", 417.3, 87]]),
        mk3(124, 277.8, [["To reduce the carbon footprint", 64.1, 153.5], ["a)", 233.7, 10], ["Enterprise resource", 250.7, 98.19], ["• Vendor protests delay", 622.4, 127.44]]),
        mk3(125, 283.6, [["a)", 400.3, 10], ["Quarterly financial reports issued", 417.3, 167]]),
        mk3(126, 289.4, [["of Headquarters facilities", 64.1, 125.8], ["planning system in use at", 250.7, 129.01], ["awards; clear evaluation", 639.4, 122.93]]),
        mk3(127, 295.2, [["within 42 days of the quarter end.", 417.3, 170.88]]),
        mk3(128, 301.1, [["all duty stations.", 250.7, 83.3], ["criteria", 639.4, 35.39]]),
        mk3(130, 317.8, [["a)", 400.3, 10], ["Energy use per square metre reduced", 417.3, 190.5]]),
        mk3(131, 329.4, [["by 47 per cent against 2016.", 417.3, 144.77]]),
        mk3(132, 336.2, [["a)", 233.7, 10], ["Unqualified audit opinions", 250.7, 130.58]]),
        mk3(133, 342.1, [["b)", 400.3, 10.2], ["Cases before the contracts committee", 417.3, 191.8], ["• Hiring freeze imposed;", 622.4, 130.47]]),
        mk3(134, 347.9, [["on the financial", 250.7, 77.4]]),
        mk3(135, 353.7, [["reviewed within 64 working days.", 417.3, 167.81], ["priority posts identified", 639.4, 116.24]]),
        mk3(136, 359.5, [["statements.", 250.7, 59.84]]),
        mk3(137, 366.4, [["c)", 400.3, 9.39], ["Capital expenditure within 74 per cent", 417.3, 193.08]]),
        mk3(138, 378, [["of the approved budget.", 417.3, 121.58]]),
      ]),
      page(4, [mk4(150, 100, [["C. CHALLENGES", 60, 90, true]])]),
    ],
  };

  it("gives the sub-rows above the padding gap to the cut row, the rest to the centred row", () => {
    const rows = texts(layout).map(([objective, accomplishments]) => [objective, accomplishments]);
    expect(rows).toEqual([
      ["To close the accounts of the Organization without audit qualifications", ["Unqualified audit opinions on the financial statements.", "Energy consumption at Headquarters reduced.", "Enterprise resource planning system in use at all duty stations."]],
      ["To deliver the enterprise resource planning system to all duty stations", ["Procurement cases reviewed by the committee on contracts without delay.", "Capital projects completed within approved resources."]],
      ["To reduce the carbon footprint of Headquarters facilities", ["Recruitment completed within the target time.", "Enterprise resource planning system in use at all duty stations.", "Unqualified audit opinions on the financial statements."]],
    ]);
  });
});
