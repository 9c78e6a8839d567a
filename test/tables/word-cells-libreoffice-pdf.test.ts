/**
 * Session 20 (h-c12d, corpus12 docx.pdf / txt): what LibreOffice prints of a Word table that the
 * lattice reading missed — an objective cell merged down its sub-rows (`vMerge`) printed without
 * its bottom border, a banded row of a built-in table style ("Light List") without its vertical
 * borders — and a note under the table ("ᵃ Excluding activities …") read as the last row's
 * objective. Coordinates as pdf.js reads them (points, y down), after d12-005, d12-015, d12-002.
 */
import { describe, expect, it } from "vitest";
import type { Layout, Line, Rule, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { withoutGluedNoteCall } from "../../src/tables/text.js";
import { pdfLineMaker } from "../support/pdf-lines.js";
import { FRAME_2008, extractCompact } from "../support/compact-text.js";

const read = (lines: Line[], rules: Rule[], width = 842, height = 595) => {
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: lines[0]!.page, width, height, lines, rules, removed: [] }] };
  return readTables(layout, findSections(layout)).objectives;
};
const h = (y: number, x1: number, x2: number): Rule => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Rule => ({ x1: x, y1, x2: x, y2 });

describe("an objective cell merged down its sub-rows, printed without its bottom border (d12-005)", () => {
  const mk = pdfLineMaker(4, 10);
  const header = mk(1, 242, [["Objective", 67.9, 41, true], ["Outcome", 261.5, 39, true], ["Indicator of achievement", 462.3, 106.6, true], ["Target", 699, 28.8, true]]);
  const body = (thirdLine: string | null) => [
    mk(2, 256.9, [["To spend the approved budget in line with", 67.9, 169], ["Accepted audit recommendations closed", 261.5, 161.8], ["➢ Tickets purchased 16 days in advance", 462.3, 165.2], ["84%", 699, 18.3]]),
    mk(3, 268.4, [["the planned results", 67.9, 74.9], ["Women appointed to senior posts", 261.5, 133.8], ["➢ Appointments from unrepresented States", 462.3, 190.5], ["52%", 699, 18.3]]),
    mk(4, 297.5, [...(thirdLine ? ([[thirdLine, 67.9, 120]] as Array<[string, number, number]>) : []), ["Candidates from unrepresented Member States", 261.5, 187.5], ["➢ Professional staff who are women", 462.3, 150], ["49%", 699, 18.3]]),
    mk(5, 309.1, [["selected", 261.5, 32.2]]),
    mk(6, 323.6, [["To comply with the advance booking policy", 67.9, 176.5], ["Candidates from unrepresented Member States", 261.5, 187.5], ["➢ Tickets purchased 16 days in advance", 462.3, 165.2], ["99%", 699, 18.3]]),
    mk(7, 335.2, [["for official travel", 67.9, 68.2], ["selected", 261.5, 32.2]]),
    mk(8, 349.7, [["Accepted audit recommendations closed", 261.5, 161.8], ["➢ Performance appraisals completed by 30 April", 462.3, 200.2], ["100%", 699, 23.3]]),
    mk(9, 403.9, [["To improve the geographical diversity of the", 67.9, 178.7], ["Women appointed to senior posts", 261.5, 133.8], ["➢ Oversight recommendations implemented", 462.3, 190], ["100%", 699, 23.3]]),
    mk(10, 415.5, [["workforce", 67.9, 41]]),
  ];
  const rules: Rule[] = [
    h(232.5, 61.9, 780.1), h(247, 62.9, 779.1),
    // Sub-row rules under the Outcome, Indicator and Target cells only: the objective cells are merged.
    h(261.6, 256, 779.1), h(287.7, 255.5, 779.1),
    // The objective's bottom border is missing: this rule crosses the other columns only.
    h(313.8, 255.5, 779.1), h(339.9, 255.5, 779.1),
    h(394.1, 62.9, 779.1), h(433.7, 61.9, 780.1),
    v(62.4, 232, 434.2), v(779.6, 232, 434.2), v(256, 246.5, 380), v(256, 393.6, 433.2),
    v(456.8, 246.5, 262.1), v(456.8, 287.2, 314.3), v(456.8, 339.4, 380), v(456.8, 393.6, 433.2),
    v(693.5, 246.5, 262.1), v(693.5, 287.2, 314.3), v(693.5, 339.4, 380), v(693.5, 393.6, 433.2),
  ];

  it("ends the row where the next objective opens level with the other cells' first lines", () => {
    const rows = read([header, ...body(null)], rules);
    expect(rows.map((o) => [o.objective, o.accomplishments.length, o.measures.map((m) => m.target)])).toEqual([
      ["To spend the approved budget in line with the planned results", 3, ["84%", "52%", "49%"]],
      ["To comply with the advance booking policy for official travel", 2, ["99%", "100%"]],
      ["To improve the geographical diversity of the workforce", 1, ["100%"]],
    ]);
  });

  it("keeps a sub-row rule inside one objective cell whose text runs on to the line above it", () => {
    // The objective's text reaches the sub-row's last line: no hole above the rule, one cell.
    const rows = read([header, ...body("and its results").map((l) => (l.line === 5 ? mk(5, 309.1, [["framework", 67.9, 40], ["selected", 261.5, 32.2]]) : l))], rules);
    expect(rows.map((o) => o.objective)).toEqual([
      "To spend the approved budget in line with the planned results and its results framework To comply with the advance booking policy for official travel",
      "To improve the geographical diversity of the workforce",
    ]);
  });
});

describe("a banded row printed without its vertical borders (d12-015, Word's Light List style)", () => {
  const mk = pdfLineMaker(1, 9.5);
  const lines = [
    mk(1, 368.4, [["No.", 67.9, 12.6, true], ["Objectives", 100.7, 39.4, true], ["Outcomes", 246.6, 38, true], ["Indicators of Achievement", 387.8, 97.3, true]]),
    mk(2, 382.3, [["1.1", 67.9, 10.8], ["To support the judges with efficient", 100.7, 120.4], ["1.", 246.6, 6.5], ["Staff represented by the Office of", 260.6, 114.2], ["o", 387.8, 4.3], ["90% of judgments published within", 401.8, 119.9]]),
    mk(3, 393.2, [["registry services", 100.7, 56.2], ["Staff Legal Assistance", 260.6, 77], ["14 days of issuance", 401.8, 68.8]]),
    mk(4, 406.1, [["o", 387.8, 4.3], ["57% of cases disposed of within", 401.8, 110.8]]),
    mk(5, 417, [["400 days", 401.8, 31.6]]),
    mk(6, 430.9, [["1.2", 67.9, 10.8], ["To publish the jurisprudence of the in-", 100.7, 130.4], ["1.", 246.6, 6.5], ["Judgments published in the case", 260.6, 113.4], ["o", 387.8, 4.3], ["88% of cases disposed of within", 401.8, 110.8]]),
    mk(7, 441.8, [["ternal justice system", 100.7, 70.5], ["law database", 260.6, 45.9], ["400 days", 401.8, 31.6]]),
    mk(8, 454.7, [["o", 387.8, 4.3], ["1,670 staff members given legal advice", 401.8, 123.9]]),
    mk(9, 527.1, [["1.3", 67.9, 10.8], ["To give staff access to qualified legal", 100.7, 127.2], ["1.", 246.6, 6.5], ["Registry filings processed without", 260.6, 115.6], ["o", 387.8, 4.3], ["79% of judgments published within", 401.8, 119.9]]),
    mk(10, 538, [["assistance in their appeals", 100.7, 91.7], ["delay", 260.6, 18.6], ["14 days of issuance", 401.8, 68.8]]),
  ];
  const rules: Rule[] = [
    h(359, 61.9, 533.5), h(372.9, 62.9, 532.5), h(421.5, 62.9, 532.5), h(517.7, 62.9, 532.5), h(590.1, 61.9, 533.5),
    v(62.4, 358.5, 590.6), v(533, 358.5, 590.6),
    // Row 1.1 and row 1.3 draw their inner borders; the banded row 1.2 between them draws none.
    v(95.2, 372.4, 422), v(241.1, 372.4, 422), v(382.3, 372.4, 422),
    v(95.2, 517.2, 589.6), v(241.1, 517.2, 589.6), v(382.3, 517.2, 589.6),
  ];

  it("reads the rule over the banded row as the row boundary it is", () => {
    const rows = read(lines, rules, 595, 842);
    expect(rows.map((o) => [o.objective, o.accomplishments, o.measures.length])).toEqual([
      ["To support the judges with efficient registry services", ["Staff represented by the Office of Staff Legal Assistance"], 2],
      ["To publish the jurisprudence of the internal justice system", ["Judgments published in the case law database"], 2],
      ["To give staff access to qualified legal assistance in their appeals", ["Registry filings processed without delay"], 1],
    ]);
  });

  it("still ends no row where the objective's border stops and another column's border goes on (Chromium's rowspan fragment)", () => {
    // The lines under the rule are a sub-row of the row above (no objective of their own), drawn
    // with the Outcomes/Indicators border but not the objective's left one: the rule ends a
    // fragment of the cell above, not a row (objective-cell-rule.test.ts, cell-fragment-border.test.ts).
    const subRow = lines.map((l) => (l.line === 6 || l.line === 7 ? { ...l, segments: l.segments.filter((s) => s.x > 240) } : l));
    const rows = read(subRow, [...rules, v(382.3, 421, 517.7)], 595, 842);
    expect(rows.map((o) => [o.objective, o.accomplishments.length])).toEqual([
      ["To support the judges with efficient registry services", 2],
      ["To give staff access to qualified legal assistance in their appeals", 1],
    ]);
  });
});

describe("a note under the table opening with a raised call (d12-002, d12-017)", () => {
  const mk = pdfLineMaker(1, 10.5);
  const seg = (text: string, x: number, width: number, y: number, fontSize: number, line: number): Segment => ({ text, x, y, width, fontSize, page: 1, line, start: 0, end: 0 });
  const table = [
    mk(1, 100, [["Objectives", 67.9, 50, true], ["Expected accomplishments", 253, 120, true], ["Performance measures", 399.2, 110, true]]),
    mk(2, 120, [["To deliver goods and services to field", 67.9, 170], ["Property records reconciled", 253, 130], ["6% of camp electricity generated", 399.2, 140]]),
    mk(3, 134, [["missions when they are needed", 67.9, 140], ["from renewable sources", 399.2, 100]]),
    mk(4, 160, [["To provide timely advice to entities", 67.9, 160], ["Medical evacuation standards met", 253, 140], ["91% of property items verified", 399.2, 130]]),
    mk(5, 174, [["exercising delegated authority", 67.9, 140]]),
  ];
  const next = [
    mk(9, 260, [["B. MANAGERIAL OBJECTIVES", 62.5, 150, true]]),
    mk(10, 280, [["The Department will manage its resources responsibly and report on them every year to the Secretary-General.", 62.5, 480]]),
  ];
  const objectives = (note: Line[]) => read([...table, ...note, ...next], [], 612, 792).map((o) => o.objective);
  const want = ["To deliver goods and services to field missions when they are needed", "To provide timely advice to entities exercising delegated authority"];

  it("is no part of the last row: the call beside its text", () => {
    const note: Line = { page: 1, line: 6, y: 198, text: "a\tExcluding activities funded from extrabudgetary resources.", start: 0, end: 0, segments: [seg("a", 62.5, 2.4, 194, 5.5, 6), seg("Excluding activities funded from extrabudgetary resources.", 66.9, 189.6, 198, 8, 6)] };
    expect(objectives([note])).toEqual(want);
  });

  it("is no part of the last row: the call raised onto a line of its own", () => {
    const call: Line = { page: 1, line: 6, y: 193.8, text: "a", start: 0, end: 0, segments: [seg("a", 62.5, 2.7, 193.8, 6.1, 6)] };
    const text: Line = { page: 1, line: 7, y: 198, text: "Excluding activities funded from extrabudgetary resources.", start: 0, end: 0, segments: [seg("Excluding activities funded from extrabudgetary resources.", 67.2, 189.6, 198, 8, 7)] };
    expect(objectives([call, text])).toEqual(want);
  });

  it("reads a line in the table's own size as the table's, call-like letter or not", () => {
    const wrapped: Line = { page: 1, line: 6, y: 188, text: "a\tnew framework", start: 0, end: 0, segments: [seg("a", 67.9, 5, 188, 10.5, 6), seg("new framework", 74, 60, 188, 10.5, 6)] };
    expect(objectives([wrapped])[1]).toBe("To provide timely advice to entities exercising delegated authority a new framework");
  });
});

describe("a note at a page foot whose second line wraps back to the call (LibreOffice, corpus4 f2-007)", () => {
  // "¹ The Department comprises …" / "General for Safety and Security." under a row the page cuts:
  // the note's second line starts at the call's edge, not under its text. Taken for prose, it ended
  // the table and lost the row's rest and every row on the next page.
  const p1 = pdfLineMaker(1, 9);
  const p2 = pdfLineMaker(2, 9);
  const seg = (text: string, x: number, width: number, y: number, fontSize: number, line: number): Segment => ({ text, x, y, width, fontSize, page: 1, line, start: 0, end: 0 });
  const page1 = [
    p1(1, 300, [["Objectives", 90.1, 50, true], ["Expected accomplishments", 242.2, 120, true], ["Performance measures", 436.9, 110, true]]),
    p1(2, 320, [["To enhance the security of personnel", 90.1, 150], ["Crisis plans tested.", 242.2, 90], ["Number of crisis exercises", 436.9, 110]]),
    p1(3, 340, [["To harmonize security policies across", 90.1, 150], ["Policies adopted by the", 242.2, 110], ["Percentage of clearances", 436.9, 110]]),
    { page: 1, line: 4, y: 692.5, text: "1\tThe Department comprises the offices at Headquarters and the offices away from Headquarters reporting to the Under-Secretary-", start: 0, end: 0, segments: [seg("1", 90.1, 2, 689, 4.1, 4), seg("The Department comprises the offices at Headquarters and the offices away from Headquarters reporting to the Under-Secretary-", 94.3, 420, 692.5, 7, 4)] },
    { page: 1, line: 5, y: 700.6, text: "General for Safety and Security.", start: 0, end: 0, segments: [seg("General for Safety and Security.", 90.1, 100, 700.6, 7, 5)] },
  ] as Line[];
  const page2 = [
    p2(1, 100, [["the field", 90.1, 40], ["Network.", 242.2, 40], ["processed on time", 436.9, 80]]),
    p2(2, 130, [["To promote the safety of premises", 90.1, 150], ["Premises secured.", 242.2, 80], ["Number of premises assessed", 436.9, 120]]),
  ];
  it("skips both note lines and reads the table on over the page break", () => {
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines: page1, rules: [], removed: [] }, { number: 2, width: 612, height: 792, lines: page2, rules: [], removed: [] }] };
    const rows = readTables(layout, findSections(layout)).objectives;
    expect(rows.map((o) => o.objective)).toEqual(["To enhance the security of personnel", "To harmonize security policies across the field", "To promote the safety of premises"]);
    expect(rows[1]!.measures.map((m) => m.text)).toEqual(["Percentage of clearances processed on time"]);
  });
});

describe("a note's call that pdftotext glued to the cell's last word (txt)", () => {
  it("drops a call glued to an English word, or set off by a space, and nothing else", () => {
    const calls = new Set(["a"]);
    expect(withoutGluedNoteCall("6% of camp electricity generated from renewable sourcesa", calls)).toBe("6% of camp electricity generated from renewable sources");
    expect(withoutGluedNoteCall("10 risk assessments transmitted to the Secretary-Generala", calls)).toBe("10 risk assessments transmitted to the Secretary-General");
    expect(withoutGluedNoteCall("Staff represented by the Office of Staff Legal Assistance a", calls)).toBe("Staff represented by the Office of Staff Legal Assistance");
    for (const kept of ["Countries reporting disaggregated data", "Staff in the mission area", "Items placed on the agenda", "Reports issued in Vienna"]) expect(withoutGluedNoteCall(kept, calls)).toBe(kept);
    expect(withoutGluedNoteCall("Contracts reduced to 45 days 2", new Set(["2"]))).toBe("Contracts reduced to 45 days 2");
    expect(withoutGluedNoteCall("Share of renewable sources1", new Set(["1"]))).toBe("Share of renewable sources");
  });

  it("reads the note under the table as no row, and drops its call from the items", async () => {
    const out = await extractCompact([
      ...FRAME_2008,
      "    No.       Objectives                                    Outcomes                               Key Performance Indicators",
      "    1.        To deliver goods and services to              (a) Property records reconciled        (i) 6% of camp electricity generated",
      "              field missions at the time and place              with physical verification             from renewable sourcesa",
      "              they are needed",
      "    2.        To provide timely advice to entities          (a) Medical evacuation standards       (i) 91% of property items physically",
      "              exercising delegated authority                    met in all missions                    verified during the year",
      "a",
      "    Excluding activities funded from extrabudgetary resources.",
      "",
      "",
      "B. MANAGERIAL OBJECTIVES",
      "",
      "The Department will manage its human and financial resources responsibly.",
      "",
    ].join("\n"));
    expect(out.objectives.map((o) => [o.objective, o.measures.map((m) => m.text)])).toEqual([
      ["To deliver goods and services to field missions at the time and place they are needed", ["6% of camp electricity generated from renewable sources"]],
      ["To provide timely advice to entities exercising delegated authority", ["91% of property items physically verified during the year"]],
    ]);
  });
});

describe("an unmarked item cut by a page break, in a column whose items end with full stops (d12-012)", () => {
  const p3 = pdfLineMaker(3, 10.5);
  const p4 = pdfLineMaker(4, 10.5);
  const head = (mk: typeof p3, line: number, y: number) => mk(line, y, [["NO.", 67.9, 15.3, true], ["OBJECTIVES", 100.7, 54.5, true], ["EXPECTED RESULTS", 246.6, 88.8, true], ["INDICATORS OF ACHIEVEMENT", 387.8, 132.8, true]]);
  const lines = (stop: string) => [
    head(p3, 1, 656.7),
    p3(2, 672.5, [["11.", 67.9, 12], ["To implement the", 100.7, 66.4], ["Tickets purchased at least 16", 246.6, 111.8], ["• 45% of Professional staff who", 387.8, 131.2]]),
    p3(3, 686.4, [["recommendations of the oversight", 100.7, 129.5], [`days before travel${stop}`, 246.6, 70.7], ["are women", 405.8, 42.5]]),
    p3(4, 700.2, [["bodies within the agreed time", 100.7, 111.8]]),
    p3(5, 716.1, [["12.", 67.9, 12], ["To improve the geographical", 100.7, 108.9], ["Accepted audit recommendations", 246.6, 127.6], ["• 85% of oversight", 387.8, 82]]),
    p3(6, 729.9, [["diversity of the workforce", 100.7, 95.1], [`closed${stop}`, 246.6, 27.3], ["recommendations implemented", 405.8, 120]]),
    p3(7, 743.8, [["Tickets purchased at least 16", 246.6, 111.8], ["by the due date", 405.8, 59.3]]),
    p3(8, 759.6, [[`days before travel${stop}`, 246.6, 70.7]]),
    p3(9, 775.5, [["13.", 67.9, 12], ["To complete the performance", 100.7, 112.3], ["Candidates from unrepresented", 246.6, 120.9], ["• 72% of oversight", 387.8, 82]]),
    head(p4, 10, 72.2),
    p4(11, 88.1, [["appraisals of all staff on time", 100.7, 108.9], [`Member States selected${stop}`, 246.6, 95.2], ["recommendations implemented", 405.8, 120]]),
    p4(12, 101.9, [["by the due date", 405.8, 59.3]]),
    p4(13, 173.3, [["14.", 67.9, 12], ["To comply with the advance", 100.7, 106.6], ["Accepted audit recommendations", 246.6, 127.6], ["• 93% of performance appraisals", 387.8, 137]]),
    p4(14, 187.1, [["booking policy for official travel", 100.7, 117], [`closed${stop}`, 246.6, 27.3], ["completed by 30 April", 405.8, 82.7]]),
    p4(15, 226.9, [["SECTION 2 : CHALLENGES", 62.5, 112.2, true]]),
  ];
  const accomplishments = (stop: string) => {
    const all = lines(stop);
    const layout: Layout = { format: "pdf", text: "", pages: [3, 4].map((n) => ({ number: n, width: 595, height: 842, lines: all.filter((l) => l.page === n), rules: [], removed: [] })) };
    return readTables(layout, findSections(layout)).objectives.map((o) => o.accomplishments);
  };

  it("goes on over the break where the line before it was full and stopped short of a full stop", () => {
    expect(accomplishments(".")[2]).toEqual(["Candidates from unrepresented Member States selected."]);
  });

  it("starts an item at the new page's capital in a column without full stops (as before)", () => {
    expect(accomplishments("")[2]).toEqual(["Candidates from unrepresented", "Member States selected"]);
  });
});

describe("a table ruled above and under its header and under its last row, a caption below it (d12-013)", () => {
  const mk = pdfLineMaker(2, 9.5);
  const header = (line: number, y: number) => mk(line, y, [["Objectives", 67.9, 42.7, true], ["Expected accomplishments", 243.3, 110, true], ["Performance measures", 400, 95, true]]);
  const lines = [
    header(1, 72.2),
    mk(2, 85.2, [["To provide efficient conference services", 67.9, 150], ["(a) Pre-session documents issued", 243.3, 130], ["(i) 100% of documents issued on time", 400, 140]]),
    mk(3, 98.1, [["at Headquarters", 67.9, 60], ["(b) Meetings serviced as planned", 243.3, 130]]),
    mk(4, 149.9, [["To manage the human and financial re-", 67.9, 149.3], ["(a) Building works completed", 243.3, 110], ["(i) 36% of workload handled", 400, 110]]),
    mk(5, 160.9, [["sources of the Office responsibly", 67.9, 140]]),
    mk(6, 214.7, [["(ii) 0 security incidents", 400, 100]]),
    mk(7, 273.7, [["Table 3", 62.5, 28.7]]),
    header(8, 297.3),
    mk(9, 311.2, [["To ensure a safe and accessible Vienna", 67.9, 150], ["(a) Common services costs shared", 243.3, 130], ["(i) 94% of meetings serviced", 400, 110]]),
    mk(10, 322.2, [["International Centre", 67.9, 80]]),
    mk(11, 370, [["B. MANAGERIAL OBJECTIVES", 62.5, 140, true]]),
  ];
  const rules: Rule[] = [h(62.9, 62.4, 549.7), h(76.8, 62.4, 549.7), h(219.3, 62.4, 549.7), h(287.9, 62.4, 549.7), h(301.9, 62.4, 549.7), h(340, 62.4, 549.7)];

  it("takes the rule under the table for its end, not a row boundary: the rows come from the cells", () => {
    expect(read(lines, rules, 612, 792).map((o) => o.objective)).toEqual([
      "To provide efficient conference services at Headquarters",
      "To manage the human and financial resources of the Office responsibly",
      "To ensure a safe and accessible Vienna International Centre",
    ]);
  });
});
