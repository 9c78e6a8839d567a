/**
 * A vertically centred Word table (LibreOffice PDF, test/corpus7 d7-014) whose row is cut by a
 * page break: the part before the break prints the objective at its top, which looks like a
 * top-aligned row; the table's other rows are centred.
 */
import { describe, expect, it } from "vitest";
import type { TableLine } from "../../src/tables/columns.js";
import { groupCentredRows, objectivesCentred } from "../../src/tables/geometry.js";

/**
 * Objective | Expected result | Performance measures | Target, as pdf.js reads d7-014 (Calibri
 * 10 pt): the line's y and each cell's own baseline (`fill`: a line joins cells whose baselines
 * differ by up to the merge tolerance).
 */
const tl = (page: number, y: number, cells: [string, string, string, string], ys: Array<number | null>): TableLine => ({
  page,
  line: Math.round(y),
  y,
  cells,
  lostGlyphs: [false, false, false, false],
  fill: ys.map((cy) => (cy === null ? null : { right: 0, firstWord: 0, y: cy })),
});
const LEADING = 12.1;
const lines = [
  tl(2, 640.8, ["To reduce the", "Greenhouse gas", "Evaluations completed on time", "65%"], [642.8, 640.8, 640.8, 640.8]),
  tl(2, 652.9, ["environmental impact of", "emissions from travel", "", ""], [654.9, 652.9, null, null]),
  tl(2, 662.9, ["official travel.", "reduced.", "Women at P-5 and above", "56%"], [667.0, 665.0, 662.9, 662.9]),
  tl(2, 685.1, ["To ensure that staff", "Oversight", "Tickets purchased 16 days in", ""], [685.1, 685.1, 685.1, null]),
  tl(2, 691.1, ["", "", "", "74%"], [null, null, null, 691.1]),
  tl(2, 697.2, ["complete the mandatory", "recommendations", "advance", ""], [697.2, 697.2, 697.2, null]),
  tl(2, 709.3, ["training courses.", "implemented on time.", "", ""], [709.3, 709.3, null, null]),
  tl(2, 717.3, ["", "", "Evaluations completed on time", "78%"], [null, null, 717.3, 717.3]),
  tl(3, 100.1, ["", "Gender parity reached", "", ""], [null, 100.1, null, null]),
  tl(3, 106.1, ["", "", "Budget implementation rate", "44%"], [null, null, 106.1, 106.1]),
  tl(3, 112.2, ["", "among senior staff.", "", ""], [null, 112.2, null, null]),
  tl(3, 132.3, ["", "Oversight", "Women at P-5 and above", "50%"], [null, 136.3, 132.3, 132.3]),
  tl(3, 148.4, ["", "recommendations", "Tickets purchased 16 days in", ""], [null, 148.4, 152.4, null]),
  tl(3, 158.4, ["To complete performance", "implemented on time.", "", "43%"], [160.4, 160.5, null, 158.4]),
  tl(3, 164.5, ["", "", "advance", ""], [null, null, 164.5, null]),
  tl(3, 172.5, ["evaluations for all staff on", "", "", ""], [172.5, null, null, null]),
  tl(3, 184.6, ["time.", "Greenhouse gas", "", ""], [184.6, 184.6, null, null]),
  tl(3, 196.7, ["", "emissions from travel", "Evaluations completed on time", "73%"], [null, 196.7, 196.7, 196.7]),
  tl(3, 208.8, ["", "reduced.", "", ""], [null, 208.8, null, null]),
  tl(3, 228.9, ["", "", "Women at P-5 and above", "57%"], [null, null, 228.9, 228.9]),
  tl(3, 234.9, ["To spend the approved", "Mandatory training", "", ""], [234.9, 238.9, null, null]),
  tl(3, 247.0, ["budget in line with the", "completed by staff.", "Recommendations implemented", ""], [247.0, 251.0, 249.0, null]),
  tl(3, 255.0, ["work plan.", "", "", "68%"], [259.1, null, null, 255.0]),
  tl(3, 261.1, ["", "", "on time", ""], [null, null, 261.1, null]),
];

describe("a centred table with a row cut by a page break", () => {
  it("is read as centred: the cut row's objective at the top of its part is no top-aligned row", () => {
    expect(objectivesCentred(lines, 0, LEADING)).toBe(true);
  });

  it("keeps the cut row's rest with it and the next row's upper half with the next objective", () => {
    const rows = groupCentredRows(lines, 0, LEADING).map((b) => b.lines.map((l) => `${l.page}:${l.line}`));
    expect(rows).toEqual([
      ["2:641", "2:653", "2:663"],
      ["2:685", "2:691", "2:697", "2:709", "2:717", "3:100", "3:106", "3:112"],
      ["3:132", "3:148", "3:158", "3:165", "3:173", "3:185", "3:197", "3:209"],
      ["3:229", "3:235", "3:247", "3:255", "3:261"],
    ]);
  });
});
