import { describe, expect, it } from "vitest";
import { removeFurniture } from "../../src/extract/furniture.js";
import { textToLayout } from "../../src/extract/text.js";
import type { Layout, Line, Segment } from "../../src/model/layout.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";
import { assignColumns } from "../../src/tables/columns.js";
import type { TableLine } from "../../src/tables/columns.js";
import { detectHeader } from "../../src/tables/header.js";
import { groupRowsIntoBlocks, rowBoundariesFromRules } from "../../src/tables/rows.js";

const HEADER = "Objective\tExpected accomplishment\tPerformance measure";
const rows = (text: string) => {
  // As the text extractor hands it on: running headers and footers removed.
  const layout = removeFurniture(textToLayout(text), { reflow: false });
  return readTables(layout, findSections(layout));
};
const cells = (r: ReturnType<typeof rows>) =>
  r.objectives.map((o) => ({ objective: o.objective, accomplishments: o.accomplishments, measures: o.measures.map((m) => m.text) }));

describe("detectHeader", () => {
  const first = (text: string) => {
    const layout = textToLayout(text);
    return detectHeader(layout.pages[0]?.lines ?? [], 0, layout.text);
  };
  it("reads singular, plural and (s) headers with extra columns", () => {
    expect(first(HEADER)?.columns.map((c) => c.key)).toEqual(["objective", "accomplishments", "measures"]);
    expect(first("Objectives\tExpected accomplishments\tPerformance measures\tRisks and mitigations")?.columns.map((c) => c.key)).toEqual([
      "objective", "accomplishments", "measures", "risksAndMitigations",
    ]);
    expect(first("OBJECTIVE(S)      EXPECTED ACCOMPLISHMENT(S)    PERFORMANCE MEASURES / INDICATORS")?.columns.map((c) => c.x)).toEqual([0, 90, 240]);
  });
  it("reads a header wrapped over two lines", () => {
    const h = first("Objective     Expected           Performance\n              accomplishments    measures / indicators");
    expect(h?.lineCount).toBe(2);
    expect(h?.columns.map((c) => [c.key, c.x])).toEqual([["objective", 0], ["accomplishments", 70], ["measures", 165]]);
  });
  it("reads a header whose narrow cells wrap every word, even inside a word", () => {
    const h = first(
      [
        "              EXPECTED                                RISKS",
        "                                    Performance",
        "Objectives    ACCOMPLISHMENT                          AND",
        "                                    indicators",
        "              S                                       MITIGATIONS",
      ].join("\n"),
    );
    expect(h?.lineCount).toBe(5);
    expect(h?.columns.map((c) => c.key)).toEqual(["objective", "accomplishments", "measures", "risksAndMitigations"]);
  });
  it("rejoins a label word hyphenated at a header cell's line end, keeping a compound apart", () => {
    // f1-008 of test/corpus4: LibreOffice and Chromium hyphenate "ACCOMPL-" / "ISHMENT" and
    // "MITIG-" / "ATIONS" in narrow header cells; the pieces made no label or an extra column.
    const h = first(
      [
        "OBJECTIVE     EXPECTED ACCOMPL-     RISKS AND MITIG-     KEY PERFORMANCE     SELF-",
        "                   ISHMENT               ATIONS              INDICATOR       ASSESSMENT",
      ].join("\n"),
    );
    expect(h?.lineCount).toBe(2);
    expect(h?.columns.map((c) => c.key)).toEqual(["objective", "accomplishments", "risksAndMitigations", "measures", "selfAssessment"]);
    expect(h?.columns.map((c) => c.header)).toEqual(["OBJECTIVE", "EXPECTED ACCOMPLISHMENT", "RISKS AND MITIGATIONS", "KEY PERFORMANCE INDICATOR", "SELF- ASSESSMENT"]);
  });
  it("rejoins a word inside a label hyphenated at the line end (Indicator of Achie- / vement)", () => {
    // dev-036 of test/corpus through WeasyPrint: the soft hyphen of "Achie\u00advement" breaks the
    // measure label; the header was not found and the table's rows went to another table.
    const h = first(
      [
        "Objective                         Indicator of Achie-     Target     Baseline",
        "                                  vement",
      ].join("\n"),
    );
    expect(h?.lineCount).toBe(2);
    expect(h?.columns.map((c) => [c.key, c.header])).toEqual([["objective", "Objective"], ["measures", "Indicator of Achievement"], ["target", "Target"], ["baseline", "Baseline"]]);
  });
  it("rejoins the qualifier word of a label hyphenated at a header cell's line end", () => {
    // g1-012 of test/corpus5: LibreOffice hyphenates "INDICATORS OF ACHIE-" / "VEMENT"; the tail
    // word is no label head ("achievement" only qualifies "indicators"), so no header was found
    // and the whole table was lost.
    const h = first(
      [
        "OBJECTIVES     EXPECTED ACCOMPLISHMENTS     INDICATORS OF ACHIE-     BASELINES     TARGETS",
        "                                                VEMENT",
      ].join("\n"),
    );
    expect(h?.lineCount).toBe(2);
    expect(h?.columns.map((c) => c.key)).toEqual(["objective", "accomplishments", "measures", "baseline", "target"]);
    expect(h?.columns[2]?.header).toBe("INDICATORS OF ACHIEVEMENT");
  });
  it("does not take prose that names the columns for a header", () => {
    expect(first("The following are the main objectives, expected accomplishments, and associated performance measures applicable to these mandates:")).toBeNull();
  });
});

describe("assignColumns", () => {
  it("splits a segment that straddles an anchor at a word boundary (columns one space apart)", () => {
    const layout = textToLayout(
      ["Objective                   Expected accomplishment       Performance measure", "To ensure the timely, cost- Publications are produced and • 90% of flagship"].join("\n"),
    );
    const lines = layout.pages[0]?.lines ?? [];
    const header = detectHeader(lines, 0, layout.text);
    const data = lines[1];
    if (!header || !data) throw new Error("fixture");
    expect(data.segments).toHaveLength(1); // one glued segment, as pdftotext prints it
    expect(assignColumns(data, header.columns).cells).toEqual(["To ensure the timely, cost-", "Publications are produced and", "• 90% of flagship"]);
  });
});

describe("assignColumns: a PDF cell's last word up against the next column", () => {
  it("stays in its own cell when it ends short of the next column's edge (d7-026 html.pdf)", () => {
    const seg = (text: string, x: number, width: number, bold = false) => ({ text, x, width, y: 459.7, fontSize: 11.9, page: 3, line: 80, start: 0, end: 0, ...(bold ? { bold } : {}) });
    const headerLine: Line = { page: 3, line: 60, y: 300, text: "Expected accomplishments\tPerformance measures\tRisks and mitigations", start: 0, end: 0, segments: [seg("Expected accomplishments", 65.9, 130, true), seg("Performance measures", 229.9, 110, true), seg("Risks and mitigations", 406.7, 110, true)] };
    const header = detectHeader([headerLine], 0);
    if (!header) throw new Error("fixture");
    // The measure's wrapped line ends on "a" at 405.7, a point short of the Risks column (406.7);
    // "year." follows on the cell's next line. Nothing else is on the line.
    const line: Line = { page: 3, line: 80, y: 459.7, text: "provided to the Council 17 times a", start: 0, end: 0, segments: [seg("provided to the Council 17 times a", 241.7, 164)] };
    expect(assignColumns(line, header.columns).cells).toEqual(["", "provided to the Council 17 times a", ""]);
  });
});

describe("assignColumns: hanging markers", () => {
  it("gives a list number hung left of a column's edge to the text after it", () => {
    const layout = textToLayout(
      ["Objectives              Expected accomplishments       Key performance indicators", "                                                    4.  Requests for electoral assistance"].join("\n"),
    );
    const lines = layout.pages[0]?.lines ?? [];
    const header = detectHeader(lines, 0, layout.text);
    const data = lines[1];
    if (!header || !data) throw new Error("fixture");
    // The measures column starts at its label, right of the hung "1.".
    const unit = (header.columns[1]?.x ?? 0) / 24; // "Expected" starts at character 24
    const columns = header.columns.map((c, i) => (i === 2 ? { ...c, x: 56 * unit } : c));
    // A line holding only a measure: no text before the number to carry it over the edge.
    expect(assignColumns(data, columns).cells).toEqual(["", "", "4. Requests for electoral assistance"]);
  });
});

describe("groupRowsIntoBlocks (seed hard cases)", () => {
  it("cells wrapped over 3-5 lines at different heights make one row each", () => {
    const text = [
      HEADER,
      "To effectively evaluate all\tEstablishment of self-\tIntegrated Monitoring and",
      "programmes and\tevaluation capacity, and\tDocumentation Information",
      "subprogrammes on a\tdata collection procedures\tSystem (IMDIS) fully updated",
      "regular basis in accordance\tworking effectively.\twith end of year performance",
      "with para. 20 of\t\tdata.",
      "A/RES/58/269.\t\t• Self evaluation plans",
      "\t\timplemented.",
      "To submit in a timely\tTimely submission of\t90% of documents submitted by",
      "manner documents for\tdocuments to conference\tslot date.",
      "consideration by the\tmanagement.\t",
      "governing bodies.\t\t",
    ].join("\n");
    expect(cells(rows(text))).toEqual([
      {
        objective: "To effectively evaluate all programmes and subprogrammes on a regular basis in accordance with para. 20 of A/RES/58/269.",
        accomplishments: ["Establishment of self-evaluation capacity, and data collection procedures working effectively."],
        measures: ["Integrated Monitoring and Documentation Information System (IMDIS) fully updated with end of year performance data.", "Self evaluation plans implemented."],
      },
      {
        objective: "To submit in a timely manner documents for consideration by the governing bodies.",
        accomplishments: ["Timely submission of documents to conference management."],
        measures: ["90% of documents submitted by slot date."],
      },
    ]);
  });

  it("an objective without a full stop still ends when the next starts 'To …'", () => {
    const text = [
      HEADER,
      "To provide sound and\tAll budgetary submissions\tDeadlines are met.",
      "mandates of the Department\tcomply with instructions.\t",
      "To achieve expected\tUtilization of approved\tEstimated non-post expenditures",
      "accomplishments\tresources to the fullest\tare within 2% deviation.",
    ].join("\n");
    expect(cells(rows(text)).map((r) => r.objective)).toEqual(["To provide sound and mandates of the Department", "To achieve expected accomplishments"]);
  });

  it("an accomplishment identical to its measure stays in both columns, '_' dropped", () => {
    const text = [
      HEADER,
      "To achieve 100%\t100% PAS Compliance.\t100% PAS Compliance.",
      "compliance with the\t\t_",
      "Performance Appraisal\t\t",
      "System (PAS).\t\t",
    ].join("\n");
    expect(cells(rows(text))).toEqual([
      { objective: "To achieve 100% compliance with the Performance Appraisal System (PAS).", accomplishments: ["100% PAS Compliance."], measures: ["100% PAS Compliance."] },
    ]);
  });

  it("inline lost-glyph bullets in a one-line cell become items; a rule line '--' is dropped", () => {
    const text = [
      HEADER,
      "To strengthen the management of peace operations.\t Improved resource management. Strengthened measures for protection. Greater impact of partners. \t• Approval by Member States of initiatives.",
      "--\t---\t---",
    ].join("\n");
    expect(cells(rows(text))).toEqual([
      {
        objective: "To strengthen the management of peace operations.",
        accomplishments: ["Improved resource management.", "Strengthened measures for protection.", "Greater impact of partners."],
        measures: ["Approval by Member States of initiatives."],
      },
    ]);
  });

  it("a header repeated mid-section is skipped and numbering continues in the section", () => {
    const text = [
      "B. MANAGEMENT OBJECTIVES",
      "",
      "1. Conduct",
      "",
      HEADER,
      "To ensure that staff declare\tAll staff file.\t100% compliance.",
      "",
      HEADER,
      "To respond in a timely\tCompliance with para. 32\tAll written explanations by",
      "manner to staff appeals.\tof the resolution.\tmanagers are submitted.",
      "",
      "C. CHALLENGES AND CONSTRAINTS",
      "",
      "- Continued strong and unified political support from the Security Council.",
    ].join("\n");
    const r = rows(text);
    expect(r.objectives.map((o) => [o.id, o.objective])).toEqual([
      ["B.1-1", "To ensure that staff declare"],
      ["B.1-2", "To respond in a timely manner to staff appeals."],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("a capitalised objective beside new items in every column at a page top is a new row, though nothing above ended a sentence", () => {
    const text = [
      HEADER,
      "To improve the delivery of\tDemonstrated continuity of\t• Time taken to respond",
      "mandated programmes\toperations.\tto queries (days)",
      "\f" + HEADER,
      "Timely and efficient delivery\tMeasurable progress in the\t• Proportion of projects",
      "of programmes\tquality of documentation.\tclosed financially",
    ].join("\n");
    expect(cells(rows(text)).map((r) => r.objective)).toEqual(["To improve the delivery of mandated programmes", "Timely and efficient delivery of programmes"]);
  });

  it("a row continues across a page break with a running header and a repeated header", () => {
    const run = "Office of Legal Affairs                       Compact 2011";
    const text = [
      run,
      "Objective           Expected accomplishment    Performance measure",
      "To promote the      • Increased use of the     • 10% increase in",
      "wider understanding Library by Member States.  visits.",
      "of international",
      "law.",
      "                      Page 1 of 2",
      "\f" + run,
      "Objective           Expected accomplishment    Performance measure",
      "                    • Regional courses held.   • Two courses held.",
      "To register         • Treaties registered.     • 90% registered on",
      "treaties.                                      time.",
    ].join("\n");
    const r = rows(text);
    expect(cells(r)).toEqual([
      {
        objective: "To promote the wider understanding of international law.",
        accomplishments: ["Increased use of the Library by Member States.", "Regional courses held."],
        measures: ["10% increase in visits.", "Two courses held."],
      },
      { objective: "To register treaties.", accomplishments: ["Treaties registered."], measures: ["90% registered on time."] },
    ]);
    expect(r.objectives[0]?.provenance.pages).toEqual([1, 2]);
    expect(r.objectives[0]?.id).toBe("T1-1");
  });

  it("prose after the table ends it", () => {
    const text = [
      "Objective           Expected accomplishment    Performance measure",
      "To promote law.     • Increased use.           • 10% increase.",
      "",
      "Achievement of the objectives contained in this Compact is subject to adequate resources being available.",
    ].join("\n");
    expect(cells(rows(text))).toEqual([{ objective: "To promote law.", accomplishments: ["Increased use."], measures: ["10% increase."] }]);
  });
});

/** A synthetic PDF-like layout: positioned segments in points and ruling lines. */
function pdfLayout(rowsText: Array<[number, string, string, string]>, rules: Array<{ x1: number; y1: number; x2: number; y2: number }>): Layout {
  const xs = [72, 250, 420];
  let lineNo = 0;
  const lines: Line[] = rowsText.map(([y, ...cellsText]) => {
    lineNo++;
    const segments: Segment[] = cellsText
      .map((t, i) => ({ t, x: xs[i] ?? 0 }))
      .filter(({ t }) => t)
      .map(({ t, x }) => ({ text: t, x, y, width: t.length * 5, fontSize: 10, page: 1, line: lineNo, start: 0, end: 0 }));
    return { page: 1, line: lineNo, y, text: cellsText.join("   "), start: 0, end: 0, segments };
  });
  return { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules, removed: [] }] };
}

describe("row boundaries from ruling lines", () => {
  it("keeps rules that span the table, merging cell-by-cell borders", () => {
    const page = {
      rules: [
        { x1: 70, y1: 100, x2: 560, y2: 100 }, // full-width border
        { x1: 70, y1: 150, x2: 248, y2: 150 }, // cell borders drawn per cell at one y
        { x1: 248, y1: 150.5, x2: 418, y2: 150.5 },
        { x1: 418, y1: 150, x2: 560, y2: 150 },
        { x1: 300, y1: 170, x2: 360, y2: 170 }, // an underline, not a row border
        { x1: 248, y1: 90, x2: 248, y2: 300 }, // vertical column rule
      ],
    };
    expect(rowBoundariesFromRules(page, 70, 560)).toEqual([100, 150]);
  });

  it("prefers ruling lines over text cues for row starts", () => {
    // Text cues alone would glue the second objective onto the first (no full stop, no "To").
    const layout = pdfLayout(
      [
        [90, "Objective", "Expected accomplishment", "Performance measure"],
        [110, "Strengthened oversight of", "Audits completed", "90% of audits"],
        [122, "field missions", "", "completed"],
        [140, "Improved staff welfare", "Welfare plan adopted", "Plan adopted by June"],
      ],
      [
        { x1: 70, y1: 100, x2: 560, y2: 100 },
        { x1: 70, y1: 132, x2: 560, y2: 132 },
      ],
    );
    const r = readTables(layout, []);
    expect(r.objectives.map((o) => o.objective)).toEqual(["Strengthened oversight of field missions", "Improved staff welfare"]);
    // Without rules, the cell padding above "Improved staff welfare" (18 pt against a 12 pt leading)
    // still separates the rows; with the rows set at the leading, nothing does.
    const noRules = readTables({ ...layout, pages: layout.pages.map((p) => ({ ...p, rules: [] })) }, []);
    expect(noRules.objectives.map((o) => o.objective)).toEqual(["Strengthened oversight of field missions", "Improved staff welfare"]);
    const tight = pdfLayout(
      [
        [90, "Objective", "Expected accomplishment", "Performance measure"],
        [110, "Strengthened oversight of", "Audits completed", "90% of audits"],
        [122, "field missions", "", "completed"],
        [134, "Improved staff welfare", "Welfare plan adopted", "Plan adopted by June"],
      ],
      [],
    );
    expect(readTables(tight, []).objectives).toHaveLength(1);
  });

  it("groupRowsIntoBlocks takes explicit boundaries per page", () => {
    const tl = (y: number, objective: string) => ({ page: 1, line: y, y, cells: [objective, "", ""], lostGlyphs: [false, false, false] });
    const lines = [tl(10, "Alpha"), tl(20, "beta"), tl(30, "Gamma")];
    expect(groupRowsIntoBlocks(lines, new Map([[1, [25]]])).map((b) => b.lines.length)).toEqual([2, 1]);
    expect(groupRowsIntoBlocks(lines, new Map([[1, [15, 25]]])).map((b) => b.lines.length)).toEqual([1, 1, 1]);
  });

  it("reads a page whose only rule closes the table as one cell: a centred objective in it starts a new row", () => {
    const at = (page: number, y: number, cells: string[]) => ({ page, line: page * 100 + y, y, cells, lostGlyphs: [false, false, false] });
    const lines = [
      at(1, 10, ["To strengthen follow-up.", "a) Recommendations taken up", "Profiles updated"]),
      at(1, 20, ["", "", "Workshops rated useful"]),
      // Page 2: the next row's measures at the top, its objective centred lower; no rule between.
      at(2, 10, ["", "", "88% of missions conducted"]),
      at(2, 20, ["To support the capacity of", "a) Member States adopting", "Positive feedback"]),
      at(2, 30, ["member States.", "", "Advisory missions conducted"]),
    ];
    // Page 1 has a boundary between its lines; page 2 only its closing rule (no entry).
    expect(groupRowsIntoBlocks(lines, new Map([[1, [5]]])).map((b) => b.lines.map((l) => l.line))).toEqual([[110, 120], [210, 220, 230]]);
  });
});

describe("column anchors and table ends in space-aligned text", () => {
  it("finds a column's real left edge when its header is centred", () => {
    const text = [
      "   Objective                 Expected accomplishment        Performance measure",
      "To raise awareness of   Increased media coverage of    20% more outlets use",
      "climate change.         climate change.                UN content.",
    ].join("\n");
    expect(cells(rows(text))).toEqual([
      { objective: "To raise awareness of climate change.", accomplishments: ["Increased media coverage of climate change."], measures: ["20% more outlets use UN content."] },
    ]);
  });

  it("a long table line glued by single spaces is not prose", () => {
    const text = [
      "Objective                   Expected accomplishment       Performance measure",
      "To ensure the timely, cost- Publications are produced and • 90% of flagship publications issued on",
      "effective production.       distributed.                  the scheduled date.",
    ].join("\n");
    expect(cells(rows(text))).toEqual([
      {
        objective: "To ensure the timely, cost-effective production.",
        accomplishments: ["Publications are produced and distributed."],
        measures: ["90% of flagship publications issued on the scheduled date."],
      },
    ]);
  });
});

describe("warnings", () => {
  it("flags a row that starts while another column still runs on in lower case", () => {
    const text = [
      HEADER,
      "To improve the reports.\tTimely reports on the\t90% on time.",
      "To reduce delays.\tprogramme of work\tDelays below 5%.",
    ].join("\n");
    const r = rows(text);
    expect(r.objectives).toHaveLength(2);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([["TABLE_ROW_AMBIGUOUS", 3]]);
  });
});

describe("PDF runs close to centred headers", () => {
  it("a row whose cells are under 3 characters apart is not prose when its runs start at column edges", () => {
    // Measured on a LibreOffice PDF (pdf.js runs): centred header cells, 12 pt text, narrow gutters.
    const seg = (text: string, x: number, width: number, y: number, line: number): Segment => ({ text, x, y, width, fontSize: 12, page: 1, line, start: 0, end: 0 });
    const mk = (line: number, y: number, segments: Segment[]): Line => ({ page: 1, line, y, text: segments.map((s) => s.text).join("\t"), start: 0, end: 0, segments });
    const lines = [
      mk(1, 100, [seg("Objective", 102, 52, 100, 1), seg("Expected accomplishment", 217, 136, 100, 1), seg("Performance measure", 409, 112, 100, 1)]),
      mk(2, 130, [seg("To respond in a timely", 59.8, 136.19, 130, 2), seg("Compliance with para. 32 of", 213.6, 172.14, 130, 2), seg("All written explanations", 402.6, 145.37, 130, 2)]),
      mk(3, 144, [seg("manner.", 59.8, 44, 144, 3), seg("the resolution.", 213.6, 90, 144, 3), seg("are submitted.", 402.6, 80, 144, 3)]),
    ];
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] };
    expect(readTables(layout, []).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)])).toEqual([
      ["To respond in a timely manner.", ["Compliance with para. 32 of the resolution."], ["All written explanations are submitted."]],
    ]);
  });
});

describe("objectives without 'To' or a full stop", () => {
  it("a capitalised objective starts a row when every other column opens a new item on that line", () => {
    const text = [
      HEADER,
      "Enhanced accountability\tSenior managers report\t• 100% of compacts",
      "of senior managers\ton results.\tsigned by March.",
      "Improved gender balance\tMore women appointed\t• 50% of selections",
      "in the Professional\tat senior levels.\tare women.",
      "categories\t\t",
      // A capitalised continuation of the objective while only one other column starts an item: same row.
      "United Nations\t\t• No gaps in reporting.",
    ].join("\n");
    expect(cells(rows(text))).toEqual([
      { objective: "Enhanced accountability of senior managers", accomplishments: ["Senior managers report on results."], measures: ["100% of compacts signed by March."] },
      {
        objective: "Improved gender balance in the Professional categories United Nations",
        accomplishments: ["More women appointed at senior levels."],
        measures: ["50% of selections are women.", "No gaps in reporting."],
      },
    ]);
  });
});

describe("a header row cut by a page break", () => {
  it("reads the labels at the next page's top as the rest of the header (WeasyPrint breaks inside a row)", () => {
    // dev-014 of test/corpus through WeasyPrint: the one-line header cells end page 1, the
    // two-line "KEY PERFORMANCE" / "INDICATOR" cell opens page 2 (its running header removed).
    const seg = (text: string, x: number, y: number, page: number, line: number): Segment => ({ text, x, y, width: text.length * 4.4, fontSize: 8, page, line, start: 0, end: 0 });
    const mk = (page: number, line: number, y: number, segments: Array<[string, number]>): Line => ({
      page, line, y, text: segments.map(([t]) => t).join("\t"), start: 0, end: 0, segments: segments.map(([t, x]) => seg(t, x, y, page, line)),
    });
    const page1 = [
      mk(1, 1, 760, [["B. SPECIAL INITIATIVES", 45]]),
      mk(1, 2, 781, [["OBJECTIVE", 47], ["BASELINE", 442], ["TARGET", 489]]),
    ];
    const page2 = [
      mk(2, 3, 58, [["KEY PERFORMANCE", 285]]),
      mk(2, 4, 67, [["INDICATOR", 285]]),
      mk(2, 5, 82, [["To improve knowledge management and the sharing of lessons", 54], ["a) Number of advisory missions undertaken", 285], ["28 (2018)", 442], ["44", 489]]),
      mk(2, 6, 91, [["learned and report on progress in a transparent manner", 54]]),
      mk(2, 7, 99, [["a) Time needed to process a request for advice", 285], ["120 days", 442], ["90 days", 489]]),
    ];
    const layout: Layout = {
      format: "pdf", text: "",
      pages: [{ number: 1, width: 595, height: 842, lines: page1, rules: [], removed: [] }, { number: 2, width: 595, height: 842, lines: page2, rules: [], removed: [] }],
    };
    const all = [...page1, ...page2];
    expect(detectHeader(all, 1)?.columns.map((c) => [c.key, c.header])).toEqual([
      ["objective", "OBJECTIVE"], ["measures", "KEY PERFORMANCE INDICATOR"], ["baseline", "BASELINE"], ["target", "TARGET"],
    ]);
    const r = readTables(layout, findSections(layout));
    expect(r.objectives.map((o) => [o.objective, o.measures.map((m) => m.text), o.extra?.["baseline"], o.extra?.["target"]])).toEqual([
      [
        "To improve knowledge management and the sharing of lessons learned and report on progress in a transparent manner",
        ["Number of advisory missions undertaken", "Time needed to process a request for advice"],
        ["28 (2018)", "120 days"], ["44", "90 days"],
      ],
    ]);
  });
  it("does not join a complete header at a page foot to the repeated header at the next page's top", () => {
    const seg = (text: string, x: number, y: number, page: number, line: number): Segment => ({ text, x, y, width: text.length * 4.4, fontSize: 8, page, line, start: 0, end: 0 });
    const mk = (page: number, line: number, y: number, segments: Array<[string, number]>): Line => ({
      page, line, y, text: segments.map(([t]) => t).join("\t"), start: 0, end: 0, segments: segments.map(([t, x]) => seg(t, x, y, page, line)),
    });
    const all = [
      mk(1, 1, 781, [["OBJECTIVE", 47], ["PERFORMANCE INDICATORS", 285], ["TARGET", 489]]),
      mk(2, 2, 58, [["OBJECTIVE", 47], ["PERFORMANCE INDICATORS", 285], ["TARGET", 489]]),
    ];
    expect(detectHeader(all, 0)?.lineCount).toBe(1);
  });
});

describe("column edges of a table layout printed in many small parts", () => {
  it("finds a hung bullet's edge from every part under the same header positions, not from a two-line part alone", () => {
    // One header per objective (Word: "EXPECTED RESULT | PERFORMANCE INDICATOR" centred), measures
    // bulleted with the bullet hung at 270 and the text at 288. A part of two lines has one segment
    // starting at each; ties went to the right edge, and the bullet's first word ("At") was estimated
    // left of 288 and went to the accomplishment.
    const seg = (text: string, x: number, width: number, y: number, line: number): Segment => ({ text, x, y, width, fontSize: 9, page: 1, line, start: 0, end: 0 });
    const mk = (line: number, y: number, segments: Segment[]): Line => ({ page: 1, line, y, text: segments.map((s) => s.text).join("\t"), start: 0, end: 0, segments });
    const header = (line: number, y: number) => mk(line, y, [seg("EXPECTED RESULT", 117.1, 87.1, y, line), seg("PERFORMANCE INDICATOR", 323.5, 125.6, y, line)]);
    const lines = [
      mk(1, 80, [seg("1.", 72.1, 6.7, 80, 1), seg("To reduce the environmental footprint of the Department’s operations.", 90.1, 272, 80, 1)]),
      header(2, 99),
      mk(3, 115, [seg("Lower greenhouse gas emissions from travel and", 72.1, 176.2, 115, 3), seg("\uF0B7 At least 85% of meetings held with remote participation", 270, 219.6, 115, 3)]),
      mk(4, 125, [seg("facilities.", 72.1, 33.2, 125, 4), seg("options.", 288, 28.7, 125, 4)]),
      mk(5, 170, [seg("2.", 72.1, 6.7, 170, 5), seg("To achieve gender parity among staff at all levels in the Department", 90.1, 260.4, 170, 5)]),
      header(6, 189),
      mk(7, 205, [seg("Increased representation of women at the P-5", 72.1, 162.7, 205, 7), seg("\uF0B7 Increase in the selection of female candidates from 38% in", 270, 228.8, 205, 7)]),
      mk(8, 215, [seg("level and above.", 72.1, 58.6, 215, 8), seg("2021 to 46% in 2022", 288, 75.5, 215, 8)]),
      mk(9, 233, [seg("Gender-responsive recruitment practices applied.", 72.1, 176.6, 233, 9), seg("\uF0B7 Every selection panel includes at least one woman", 270, 198.8, 233, 9)]),
    ];
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] };
    expect(readTables(layout, []).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)])).toEqual([
      ["To reduce the environmental footprint of the Department’s operations.", ["Lower greenhouse gas emissions from travel and facilities."], ["At least 85% of meetings held with remote participation options."]],
      [
        "To achieve gender parity among staff at all levels in the Department",
        ["Increased representation of women at the P-5 level and above.", "Gender-responsive recruitment practices applied."],
        ["Increase in the selection of female candidates from 38% in 2021 to 46% in 2022", "Every selection panel includes at least one woman"],
      ],
    ]);
  });
});

describe("unmarked items cut by a PDF page break", () => {
  const seg = (text: string, x: number, y: number, page: number, line: number): Segment => ({ text, x, y, width: text.length * 4.6, fontSize: 10, page, line, start: 0, end: 0 });
  const mk = (page: number, line: number, y: number, cells: Array<[number, string]>): Line => ({ page, line, y, text: cells.map((c) => c[1]).join("\t"), start: 0, end: 0, segments: cells.map(([x, t]) => seg(t, x, y, page, line)) });
  const pageOf = (number: number, lines: Line[]) => ({ number, width: 612, height: 792, lines, rules: [], removed: [] });
  it("starts an item at the new page's capital unless the line before the break stops on a word that leads on", () => {
    const layout: Layout = {
      format: "pdf",
      text: "",
      pages: [
        pageOf(1, [
          mk(1, 1, 600, [[58, "Objective"], [204, "Expected accomplishment"], [350, "Indicator of achievement"]]),
          mk(1, 2, 630, [[58, "To support sustainable"], [204, "City resilience action plans"], [350, "84% of national urban policies"]]),
          mk(1, 3, 641.6, [[58, "urbanization."], [204, "adopted"], [350, "adopted as reported to the"]]),
        ]),
        pageOf(2, [
          mk(2, 4, 67, [[350, "Secretary-General"]]),
          mk(2, 5, 100, [[58, "To enhance basic urban"], [204, "Urban indicators reported"], [350, "93% of resilience plans adopted"]]),
          mk(2, 6, 111.6, [[58, "services."], [204, "by partner cities"]]),
        ]),
        pageOf(3, [
          mk(3, 7, 67, [[350, "Partner cities reporting urban"]]),
          mk(3, 8, 78.6, [[350, "indicators within 7 working days"]]),
        ]),
      ],
    };
    expect(readTables(layout, []).objectives.map((o) => o.measures.map((m) => m.text))).toEqual([
      ["84% of national urban policies adopted as reported to the Secretary-General"],
      ["93% of resilience plans adopted", "Partner cities reporting urban indicators within 7 working days"],
    ]);
  });
});

describe("a numbered objective heading in one PDF run across the table", () => {
  it("is the next objective, not a row split into cells ('2. To reinforce …' above a repeated header)", () => {
    const seg = (text: string, x: number, y: number, line: number): Segment => ({ text, x, y, width: text.length * 4.4, fontSize: 9, page: 1, line, start: 0, end: 0 });
    const mk = (line: number, y: number, cells: Array<[number, string]>): Line => ({ page: 1, line, y, text: cells.map((c) => c[1]).join("\t"), start: 0, end: 0, segments: cells.map(([x, t]) => seg(t, x, y, line)) });
    const header = (line: number, y: number) => mk(line, y, [[76, "Expected accomplishment"], [216, "Indicators of achievement"], [418, "Risks and mitigations"]]);
    const lines = [
      mk(1, 80, [[72, "1. To promote the delivery of mandated reports to intergovernmental bodies."]]),
      header(2, 100),
      mk(3, 120, [[76, "Increased follow-up to decisions."], [217, "• At least 30 agreements signed."], [418, "Delays in recruitment."]]),
      mk(4, 150, [[72, "2. To reinforce the implementation of the Programme of Action on small arms and light"]]),
      mk(5, 162, [[72, "weapons in accordance with the relevant General Assembly mandates."]]),
      header(6, 180),
      mk(7, 200, [[76, "Enhanced quality of assistance."], [217, "• 80% of documents processed."], [418, "Competing priorities."]]),
    ];
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 612, height: 792, lines, rules: [], removed: [] }] };
    expect(readTables(layout, []).objectives.map((o) => [o.objective, o.accomplishments, o.extra["risksAndMitigations"]])).toEqual([
      ["To promote the delivery of mandated reports to intergovernmental bodies.", ["Increased follow-up to decisions."], ["Delays in recruitment."]],
      ["To reinforce the implementation of the Programme of Action on small arms and light weapons in accordance with the relevant General Assembly mandates.", ["Enhanced quality of assistance."], ["Competing priorities."]],
    ]);
  });
});

describe("a row under a repeated header, after the rest of a cut cell", () => {
  it("is cells where the table's earlier rows had cells, not prose that ends the table (fresh5 g2-010, Chromium)", () => {
    // Two columns under centred labels; the new page's first row runs wide (past 1¾ column spans),
    // and the new part held only a cut measure's last word and a spanning objective: its own lines
    // showed no cell starts, so the row was read as prose and the rest of the table lost.
    const seg = (text: string, x: number, width: number, y: number, page: number, line: number): Segment => ({ text, x, y, width, fontSize: 9, page, line, start: 0, end: 0 });
    const mk = (page: number, line: number, y: number, cells: Array<[number, number, string]>): Line => ({ page, line, y, text: cells.map((c) => c[2]).join("\t"), start: 0, end: 0, segments: cells.map(([x, w, t]) => seg(t, x, w, y, page, line)) });
    const header = (page: number, line: number, y: number) => mk(page, line, y, [[113, 143, "EXPECTED ACCOMPLISHMENTS"], [324, 124, "PERFORMANCE MEASURES"]]);
    const layout: Layout = {
      format: "pdf",
      text: "",
      pages: [
        {
          number: 1, width: 612, height: 792, rules: [], removed: [],
          lines: [
            header(1, 1, 516.8),
            mk(1, 2, 531, [[100, 370, "Objective: To improve the environmental footprint of field missions through renewable"]]),
            mk(1, 3, 542.3, [[100, 136, "energy and waste management."]]),
            mk(1, 4, 557.3, [[104, 160, "▪ Faster delivery of goods and services"], [277, 201, "• All camps connected to wastewater treatment, as"]]),
            mk(1, 5, 567.8, [[114, 71, "to client missions."], [291, 137, "reported to the Secretary-General."]]),
            mk(1, 6, 672.8, [[100, 395, "Objective: To support the reliability of information and communications technology services"]]),
            mk(1, 7, 684, [[100, 45, "in the field"]]),
            mk(1, 8, 698.3, [[104, 153, "▪ Timely reimbursement of troop- and"], [277, 196, "• Support plans agreed with CNMC by May 2016."]]),
            mk(1, 9, 709.5, [[114, 115, "police-contributing countries."], [277, 208, "• Requisitions processed within the service standard"]]),
            mk(1, 10, 720, [[291, 158, "within 14 working days in"]]),
          ],
        },
        {
          number: 2, width: 612, height: 792, rules: [], removed: [],
          lines: [
            header(2, 11, 100.5),
            mk(2, 12, 113.3, [[291, 23, "2016."]]),
            mk(2, 13, 130.5, [[100, 346, "Objective: To enhance the timeliness of supply chain delivery to field operations."]]),
            mk(2, 14, 145.5, [[104, 164, "▪ Reduced reliance on diesel generation"], [277, 208, "• 95% of camps connected to wastewater treatment."]]),
            mk(2, 15, 156.8, [[114, 72, "in mission camps."]]),
          ],
        },
      ],
    };
    expect(readTables(layout, []).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)])).toEqual([
      ["To improve the environmental footprint of field missions through renewable energy and waste management.", ["Faster delivery of goods and services to client missions."], ["All camps connected to wastewater treatment, as reported to the Secretary-General."]],
      ["To support the reliability of information and communications technology services in the field", ["Timely reimbursement of troop- and police-contributing countries."], ["Support plans agreed with CNMC by May 2016.", "Requisitions processed within the service standard within 14 working days in 2016."]],
      ["To enhance the timeliness of supply chain delivery to field operations.", ["Reduced reliance on diesel generation in mission camps."], ["95% of camps connected to wastewater treatment."]],
    ]);
  });
});

describe("a row after a spanning objective that did not end with a full stop", () => {
  it("is cells when its runs start where the table's cells start, though the gap between them is narrow (fresh5 g1-005, Chromium)", () => {
    // The accomplishment runs to 8 pt short of the measure column; the line read as prose, so as
    // the spanning objective's next line ("… set by the General" / "Assembly" / "More consistent …").
    const seg = (text: string, x: number, width: number, y: number, line: number): Segment => ({ text, x, y, width, fontSize: 9, page: 1, line, start: 0, end: 0 });
    const mk = (line: number, y: number, cells: Array<[number, number, string]>): Line => ({ page: 1, line, y, text: cells.map((c) => c[2]).join("\t"), start: 0, end: 0, segments: cells.map(([x, w, t]) => seg(t, x, w, y, line)) });
    const lines = [
      mk(1, 100, [[190, 48, "Outcomes"], [520, 126, "Indicators of achievement"]]),
      mk(2, 120, [[55, 447, "Objective: Results-focused management of cooperation with Geneva-based international organizations."]]),
      mk(3, 140, [[55, 188, "Improved staff engagement and motivation."], [380, 216, "a) Clean audit opinion on the financial statements."]]),
      mk(4, 152, [[380, 265, "b) At least 94% of performance appraisals completed on time."]]),
      mk(5, 180, [[55, 727, "Objective: To support the use of evaluation findings in programme planning, and report on progress in a transparent manner, in line with the priorities set by the General"]]),
      mk(6, 190.5, [[55, 41, "Assembly"]]),
      mk(7, 210, [[55, 317, "More consistent implementation of audit recommendations within existing"], [380, 388, "a) Proportion of performance appraisals completed on time increased to 83% by the end of"]]),
      mk(8, 220.5, [[55, 44, "resources."], [380, 24, "2009."]]),
    ];
    const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 842, height: 595, lines, rules: [], removed: [] }] };
    expect(readTables(layout, []).objectives.map((o) => [o.objective, o.accomplishments, o.measures.map((m) => m.text)])).toEqual([
      ["Results-focused management of cooperation with Geneva-based international organizations.", ["Improved staff engagement and motivation."], ["Clean audit opinion on the financial statements.", "At least 94% of performance appraisals completed on time."]],
      [
        "To support the use of evaluation findings in programme planning, and report on progress in a transparent manner, in line with the priorities set by the General Assembly",
        ["More consistent implementation of audit recommendations within existing resources."],
        ["Proportion of performance appraisals completed on time increased to 83% by the end of 2009."],
      ],
    ]);
  });
});

describe("an objective cut by a page break under a repeated header", () => {
  it("goes on with a capital word that did not fit on the full line before the break (fresh5 g1-009, Chromium)", () => {
    // "… expressed by Member" / (page break, header) / "States in the relevant …": every other
    // cell opens a new item on the new page, which made a new row; the objective's last line was
    // full, so "States" is its wrap.
    const tl = (page: number, y: number, cells: string[], fill: Array<[number, number] | null>): TableLine => ({
      page, line: page * 100 + y, y, cells, lostGlyphs: cells.map(() => false),
      fill: fill.map((f) => (f ? { right: f[0], firstWord: f[1], y } : null)),
    });
    const lines = [
      tl(2, 507.8, ["To ensure the effectiveness of the economic", "• Continued improvement in the capacity of", "□ Clean audit opinion."], [[221, 22], [401, 60], [500, 30]]),
      tl(2, 516.8, ["integration of Caribbean economies taking into", "Member States to implement agreed", ""], [[230, 50], [376, 40], null]),
      tl(2, 525.8, ["account the recommendations of the oversight", "commitments.", ""], [[229, 40], [292, 60], null]),
      tl(2, 534.8, ["bodies and the views expressed by Member", "", ""], [[221, 27], null, null]),
      tl(3, 75, ["States in the relevant intergovernmental", "• Demonstrated representation of", "□ Reduction in the time taken."], [[205, 28], [364, 70], [500, 40]]),
      tl(3, 84, ["bodies.", "unrepresented Member States among staff.", ""], [[82, 27], [403, 70], null]),
      tl(3, 120, ["Greater coherence in the statistical basis.", "Better quality of advisory services.", "□ Annual report shared."], [[200, 40], [390, 30], [500, 30]]),
    ];
    const rows = [
      ["2:507.8", "2:516.8", "2:525.8", "2:534.8", "3:75", "3:84"],
      ["3:120"],
    ];
    const ys = (boundaries: Map<number, number[]>) => groupRowsIntoBlocks(lines, boundaries, false, 9, false, 232).map((b) => b.lines.map((l) => `${l.page}:${l.y}`));
    expect(ys(new Map())).toEqual(rows);
    // Ruled: the rule under the row on the new page, none above its first line.
    expect(ys(new Map([[2, [500]], [3, [100]]]))).toEqual(rows);
  });
  it("but an objective that ended higher up, other cells' sub-rows below it, is finished (dev-010 of test/corpus, Chromium)", () => {
    const tl = (page: number, y: number, cells: string[], fill: Array<[number, number] | null>): TableLine => ({
      page, line: page * 100 + y, y, cells, lostGlyphs: cells.map(() => false),
      fill: fill.map((f) => (f ? { right: f[0], firstWord: f[1], y } : null)),
    });
    const lines = [
      tl(1, 500, ["To improve the delivery of mandated", "Demonstrated continuity of", "o Time taken to respond to written queries"], [[215, 30], [380, 70], [560, 25]]),
      tl(1, 510, ["programmes within approved resources", "operations.", "from delegations (days)"], [[228, 60], [320, 50], [520, 20]]),
      tl(1, 530, ["", "", "o Percentage of reports submitted to the"], [null, null, [555, 60]]),
      tl(1, 540, ["", "", "General Assembly by the slot date"], [null, null, [540, 40]]),
      tl(2, 80, ["Timely and efficient delivery of", "Measurable progress in the quality of", "o Proportion of projects closed"], [[200, 30], [390, 60], [530, 45]]),
      tl(2, 90, ["transparent manner.", "documentation.", "12 months of completion"], [[150, 60], [330, 70], [520, 12]]),
    ];
    expect(groupRowsIntoBlocks(lines, new Map(), false, 10, false, 232).map((b) => b.lines.map((l) => `${l.page}:${l.y}`))).toEqual([
      ["1:500", "1:510", "1:530", "1:540"],
      ["2:80", "2:90"],
    ]);
  });
});

describe("a ruled table's end at drawn signature lines (d2-005's scan)", () => {
  // Page 1: a ruled table to its foot. Page 2: no border, two signature lines drawn as rules (as a
  // scan shows typed "______" lines) with the signatories' names and titles under them.
  const seg = (text: string, x: number, y: number, page: number, line: number): Segment => ({ text, x, y, width: text.length * 5, fontSize: 9, page, line, start: 0, end: 0 });
  const ln = (page: number, line: number, y: number, segments: Segment[]): Line => ({ page, line, y, text: segments.map((s) => s.text).join("\t"), start: 0, end: 0, segments });
  const layout = (signatureRules: boolean): Layout => ({
    format: "pdf",
    text: "",
    pages: [
      {
        number: 1, width: 595, height: 842, removed: [],
        lines: [
          ln(1, 1, 90, [seg("Objective", 75, 90, 1, 1), seg("Expected accomplishment", 252, 90, 1, 1), seg("Performance measure", 422, 90, 1, 1)]),
          ln(1, 2, 112, [seg("To achieve gender parity", 75, 112, 1, 2), seg("Parity reached", 252, 112, 1, 2), seg("Share of women", 422, 112, 1, 2)]),
          ln(1, 3, 123, [seg("at all levels", 75, 123, 1, 3), seg("among candidates", 422, 123, 1, 3)]),
        ],
        rules: [
          { x1: 70, y1: 80, x2: 560, y2: 80 }, { x1: 70, y1: 100, x2: 560, y2: 100 }, { x1: 70, y1: 790, x2: 560, y2: 790 },
          { x1: 70, y1: 80, x2: 70, y2: 790 }, { x1: 248, y1: 80, x2: 248, y2: 790 }, { x1: 418, y1: 80, x2: 418, y2: 790 }, { x1: 560, y1: 80, x2: 560, y2: 790 },
        ],
      },
      {
        number: 2, width: 595, height: 842, removed: [],
        lines: [
          ln(2, 1, 128.2, [seg("Svetlana Morozova", 80.1, 128.2, 2, 1), seg("Ban Ki-moon", 298.9, 128.2, 2, 1)]),
          ln(2, 2, 140, [seg("Under-Secretary-General for Field Support", 80.1, 140, 2, 2), seg("Secretary-General", 298.9, 140, 2, 2)]),
          ln(2, 3, 158, [seg("28 March 2010", 298.9, 158, 2, 3)]),
        ],
        rules: signatureRules ? [{ x1: 79.92, y1: 114.66, x2: 217.08, y2: 114.66 }, { x1: 299.16, y1: 114.66, x2: 435.96, y2: 114.66 }] : [],
      },
    ],
  });
  const measures = (l: Layout) => readTables(l, []).objectives.map((o) => [o.objective, o.measures.map((m) => m.text)]);

  it("ends the table at names under short rules on a page without the table's border", () => {
    expect(measures(layout(true))).toEqual([["To achieve gender parity at all levels", ["Share of women among candidates"]]]);
  });

  it("without the rules the page says nothing, and the names are read as a row of their own (as before)", () => {
    expect(measures(layout(false))).toEqual([
      ["To achieve gender parity at all levels", ["Share of women among candidates"]],
      ["Svetlana Morozova Under-Secretary-General for Field Support", []],
    ]);
  });
});

describe("unmarked measures told apart by their centred values (d2-002's scan)", () => {
  // Page 3 of d2-002-lo-200.pdf as OCR measured it (points): measures without markers or full
  // stops, each with a Baseline and a Target cell centred on it; the gap above "Unliquidated …"
  // (15.12 pt) falls 0.02 pt under the padding limit (1.45 × the 10.44 pt leading).
  const row = (y: number, cells: Array<[number, number, string]>, line: number): Line => {
    const segments: Segment[] = cells.map(([x, width, text]) => ({ text, x, y, width, fontSize: 8.5, page: 1, line, start: 0, end: 0 }));
    return { page: 1, line, y, text: cells.map((c) => c[2]).join("\t"), start: 0, end: 0, segments };
  };
  const lines: Array<[number, Array<[number, number, string]>]> = [
    [160, [[90, 45, "Objective"], [210.8, 80, "Performance measure"], [365.3, 36, "Baseline"], [437.6, 26, "Target"]]],
    [197.64, [[210.8, 110.5, "Budget implementation rate"], [365.3, 18.7, "91%"], [437.6, 18.7, "95%"]]],
    [202.68, [[89.9, 81.7, "To manage financial"]]],
    [212.76, [[90.2, 97.5, "resources efficiently and"], [210.8, 115.9, "Unliquidated obligations as a"]]],
    [218.16, [[365.3, 18.7, "12%"], [437.6, 14, "6%"]]],
    [223.2, [[90.2, 88.9, "in compliance with the"], [210.5, 82.7, "share of expenditure"]]],
    [233.64, [[90.2, 103.6, "Financial Regulations and"]]],
    [238.68, [[210.8, 128.1, "Percentage of budget proposals"]]],
    [243.72, [[90.2, 25.5, "Rules."], [365.3, 18.7, "85%"], [438, 23.3, "100%"]]],
    [249.12, [[210.5, 103.6, "submitted by the deadline"]]],
  ];
  const layout: Layout = { format: "pdf", text: "", pages: [{ number: 1, width: 595, height: 842, rules: [], removed: [], lines: lines.map(([y, cells], i) => row(y, cells, i + 1)) }] };

  it("starts a measure where a second value cell opens right below its first line", () => {
    const r = readTables(layout, []);
    expect(r.objectives.map((o) => [o.objective, o.measures.map((m) => m.text)])).toEqual([
      ["To manage financial resources efficiently and in compliance with the Financial Regulations and Rules.", ["Budget implementation rate", "Unliquidated obligations as a share of expenditure", "Percentage of budget proposals submitted by the deadline"]],
    ]);
  });
});
