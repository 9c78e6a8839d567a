/**
 * Session 27 (h-pdf19): borderless tables as a web application's "Export to PDF" draws them
 * (jsPDF + jspdf-autotable, corpus18 jspdf.pdf), on minimal hand-made geometry.
 */
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/model/layout.js";
import { assignColumns, type TableLine } from "../../src/tables/columns.js";
import { detectHeader } from "../../src/tables/header.js";
import { groupCentredRows, objectivesCentred } from "../../src/tables/geometry.js";

describe("assignColumns (PDF): a number ending a cell's sentence one space before the next column", () => {
  const seg = (text: string, x: number, width: number, bold = false) => ({ text, x, width, y: 178.5, fontSize: 9, page: 1, line: 20, start: 0, end: 0, ...(bold ? { bold } : {}) });
  const headerLine: Line = {
    page: 1, line: 10, y: 162.15, text: "Objectives\tPerformance measures\tExpected accomplishments\tRisks and mitigations", start: 0, end: 0,
    segments: [seg("Objectives", 31, 40.5, true), seg("Performance measures", 160, 88.2, true), seg("Expected accomplishments", 300, 103.7, true), seg("Risks and mitigations", 451, 83, true)],
  };
  const header = detectHeader([headerLine], 0);
  if (!header) throw new Error("fixture");
  const line = (segments: ReturnType<typeof seg>[]): Line => ({ page: 1, line: 20, y: 178.5, text: segments.map((s) => s.text).join("\t"), start: 0, end: 0, segments });

  it("keeps '17.' with its measure when the next cell opens with a bullet (corpus18 d18-007)", () => {
    // jspdf-autotable's plain theme, fixed widths: the measure ends at 295.1, the next column's
    // text opens at 300 — 4.9 pt, one space and a bit; "17." had been read as a marker hung before "•".
    const l = line([seg("To review the hardship", 31, 83.2), seg("• Local salary surveys completed: 17.", 160, 135.1), seg("• Post adjustment multipliers", 300, 103.9), seg("• Data from partners are", 451, 86.6)]);
    expect(assignColumns(l, header.columns).cells).toEqual(["To review the hardship", "• Local salary surveys completed: 17.", "• Post adjustment multipliers", "• Data from partners are"]);
  });
  it("keeps '23.' with its measure when the next cell's wrapped line opens in lower case", () => {
    const l = line([seg("conditions of service of staff in", 31, 112.2), seg("• Local salary surveys completed: 23.", 160, 135.1), seg("issued.", 300, 24.8)]);
    expect(assignColumns(l, header.columns).cells).toEqual(["conditions of service of staff in", "• Local salary surveys completed: 23.", "issued.", ""]);
  });
  it("still hangs a list number glued to the text before it on the next cell when its item opens with a capital (corpus8 d8e-010 rtf.pdf)", () => {
    // An RTF list's "1." hung left of the next column, one space after the cell's last word (one
    // segment), its item "Network …" 5 pt further on: the same geometry as "17." above.
    const l = line([seg("To deliver timely supply", 31, 83.2), seg("• Local salary surveys completed 1.", 160, 135.1), seg("Network and satellite services", 300, 110)]);
    expect(assignColumns(l, header.columns).cells).toEqual(["To deliver timely supply", "• Local salary surveys completed", "1. Network and satellite services", ""]);
  });
  it("still hangs a list number set apart from the text before it (its own segment) on the next cell", () => {
    const l = line([seg("To review the hardship", 31, 83.2), seg("4.", 290, 7), seg("Post adjustment multipliers", 300, 103.9)]);
    expect(assignColumns(l, header.columns).cells).toEqual(["To review the hardship", "", "4. Post adjustment multipliers", ""]);
  });
});

/** A positioned table line: y = the baseline in points, cells [objective, accomplishments, measures]. */
const tl = (y: number, cells: string[]): TableLine => ({ page: 1, line: Math.round(y), y, cells, lostGlyphs: cells.map(() => false) });
const LEADING = 12.65;

// corpus18 d18-008 (jspdf-autotable, plain theme, valign middle): objectives rowspanned over
// accomplishment sub-rows, every cell centred in its (sub-)row; 12.65 pt leading, 24.65 pt between
// sub-rows and rows alike. The second row's first sub-row (395.60) lies between two gaps.
const CENTRED: TableLine[] = [
  tl(233.75, ["To conduct outreach and claim intake in the", "", ""]),
  tl(246.4, ["affected governorates, in close consultation with", "(a) Supporting documents digitized and archived.", "Outreach sessions held (target: 108)."]),
  tl(259.05, ["partners", "", ""]),
  tl(283.7, ["To record claims for damage caused by the", "", "Outreach sessions held (target: 28)."]),
  tl(290.03, ["", "(a) Claim intake completed in new communities.", ""]),
  tl(296.35, ["construction of the Wall in the biennium", "", "Claim forms collected: 8,145."]),
  tl(321.0, ["", "", "Claims with complete supporting documents: 89%."]),
  tl(327.33, ["", "(a) Claims reviewed and recommended by the Board.", ""]),
  tl(333.33, ["To inform affected communities of the claim", "", "Claims reviewed by the Board: 4,836."]),
  tl(345.98, ["process and its requirements, in close consultation", "", ""]),
  tl(358.3, ["with partners", "", "Average time to register a claim (target: 33 days)."]),
  tl(364.63, ["", "(b) Quality assurance of registered claims carried out.", ""]),
  tl(370.95, ["", "", "Communities in which claim intake was completed: 63."]),
  tl(395.6, ["", "(a) Claim forms collected and registered.", "Average time to register a claim after intake: 20."]),
  tl(420.25, ["To maintain the digital registry of claims and", "(b) Quality assurance of registered claims carried out.", "Outreach sessions held (target: 54)."]),
  tl(432.9, ["supporting documents", "", ""]),
  tl(444.9, ["", "", "Claims with complete supporting documents: 74 per cent."]),
  tl(451.23, ["", "(c) Claim intake completed in new communities.", ""]),
  tl(457.55, ["", "", "Communities in which claim intake was completed: 29."]),
];

describe("objectivesCentred (PDF): a cell set on the very middle of an objective that fills its band", () => {
  it("reads the table as centred, and the lone sub-row between two gaps goes to the row centred on it", () => {
    expect(objectivesCentred(CENTRED, 0, LEADING, true)).toBe(true);
    const rows = groupCentredRows(CENTRED, 0, LEADING, true).map((r) => r.lines.map((l) => l.y));
    expect(rows).toEqual([
      [233.75, 246.4, 259.05],
      [283.7, 290.03, 296.35],
      [321.0, 327.33, 333.33, 345.98, 358.3, 364.63, 370.95],
      [395.6, 420.25, 432.9, 444.9, 451.23, 457.55],
    ]);
  });
  it("takes no vote from a shorter cell opened lower beside the objective but off its middle (paragraph spacing)", () => {
    // The same first two rows, top-aligned but for a one-line accomplishment opened 3 pt lower
    // by its own space before (a third of the way down a two-line objective, not its middle);
    // the last row votes top-aligned (its objective opens its band, text below it).
    const lines = [
      tl(283.7, ["To record claims for damage caused by the", "", "Outreach sessions held (target: 28)."]),
      tl(286.7, ["", "(a) Claim intake completed in new communities.", ""]),
      tl(296.35, ["construction of the Wall in the biennium", "", "Claim forms collected: 8,145."]),
      tl(321.0, ["To maintain the digital registry", "(a) Claim forms collected.", "Outreach sessions held (target: 54)."]),
      tl(333.65, ["", "", "Claims with complete supporting documents."]),
    ];
    expect(objectivesCentred(lines, 0, LEADING, true)).toBe(false);
  });
});
