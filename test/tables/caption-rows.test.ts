/**
 * A caption row spanning the whole table above its header labels ("Performance framework, 2015":
 * one gridSpan cell, centred, repeated with the header at each page top) is table furniture: never
 * a cell, never an objective (corpus7 class 2, feature `header-super`).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/index.js";
import { textToLayout } from "../../src/extract/text.js";
import { findSections } from "../../src/compact/sections.js";
import { readTables } from "../../src/tables/index.js";

const rows = (text: string) => {
  const layout = textToLayout(text);
  return readTables(layout, findSections(layout)).objectives.map((o) => ({
    objective: o.objective,
    accomplishments: o.accomplishments,
    measures: o.measures.map((m) => m.text),
    risks: o.extra?.["risksAndMitigations"] ?? [],
  }));
};

/** pdftotext -layout of a Word table with a caption row, cut by a page break (after d7-004). */
const CAPTIONED = [
  "II. Managerial objectives",
  "",
  "                                              Performance framework, 2015",
  "               Expected                             Risks and                         Performance",
  "            Accomplishments                        Mitigations                          Measure",
  "Objective: To reduce the environmental impact of official travel",
  "   Mandatory training completed by        •   Competing priorities of managers;     Training completed by 92 per cent",
  "   staff                                      monthly dashboard reviews             of staff",
  "                                          •   Late recruitment; succession planning 28 per cent of staff completing",
  "                                                                                    mandatory courses",
  "",
  "",
  "                                              Page 3 of 5",
  "\f" + "                                              Performance framework, 2015",
  "               Expected                             Risks and                         Performance",
  "            Accomplishments                        Mitigations                          Measure",
  "Objective: To implement the recommendations of oversight bodies within their deadlines",
  "   Budget implemented as planned          •   Budget cuts during the year;          8 per cent of staff completing",
  "                                              prioritized work plan                 mandatory courses",
].join("\n");

describe("a caption row spanning the table above its labels (plain text)", () => {
  it("is neither an objective, nor a cell, nor glued to the row the page break cut", () => {
    const got = rows(CAPTIONED);
    expect(got.map((r) => r.objective)).toEqual([
      "To reduce the environmental impact of official travel",
      "To implement the recommendations of oversight bodies within their deadlines",
    ]);
    expect(got[0]?.risks).toEqual(["Competing priorities of managers; monthly dashboard reviews", "Late recruitment; succession planning"]);
    expect(got[0]?.accomplishments).toEqual(["Mandatory training completed by staff"]);
    expect(JSON.stringify(got)).not.toMatch(/Performance framework/);
  });
});

describe("a centred objective heading wrapped onto a second line right above the header", () => {
  it("is the objective, not a caption: the second line is centred under the first with no gap (corpus2 d2-015)", () => {
    const text = [
      "         To enhance peacebuilding support through the Peacebuilding",
      "                Fund in countries emerging from conflict.",
      "   EXPECTED                    RISKS                     PERFORMANCE",
      "   ACCOMPLISHMENTS                                       MEASURES",
      "   Increased funding for      • Donor fatigue           • 20 countries supported",
      "   peacebuilding                                          by the Fund",
    ].join("\n");
    expect(rows(text).map((r) => r.objective)).toEqual(["To enhance peacebuilding support through the Peacebuilding Fund in countries emerging from conflict."]);
  });
});

describe("a caption row set at the table's left edge (Chromium's print of the Word table), repeated over the header", () => {
  it("is told from the objective heading above by standing, word for word, over each header (after d7-003 html.pdf)", () => {
    const text = [
      "Objective 1: To help countries integrate climate risk into infrastructure planning.",
      "",
      "Performance framework, 2009",
      "",
      "Outcome                          Risks and                       Key performance",
      "                                 mitigations                     indicators",
      "",
      "• National statistical offices   Limited data availability in    • Paperless trade measures adopted",
      "  producing indicators to        member States; technical          by 80 countries.",
      "  international standards.       cooperation.",
      "• Infrastructure plans screened  Political transitions delay     • 84 member States reporting on",
      "  for climate risk.              reforms; engagement with          additional Goal indicators.",
      "\f" + "Performance framework, 2009",
      "",
      "Outcome                          Risks and                       Key performance",
      "                                 mitigations                     indicators",
      "",
      "                                 new authorities.",
      "",
      "Objective 2: To deepen South-South cooperation on financing for development.",
      "",
      "Performance framework, 2009",
      "",
      "Outcome                          Risks and                       Key performance",
      "                                 mitigations                     indicators",
      "",
      "• Forecasts cited in             Limited data availability in    • Infrastructure plans of 20",
      "  intergovernmental              member States.                    countries screened for climate risk.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual([
      "To help countries integrate climate risk into infrastructure planning.",
      "To deepen South-South cooperation on financing for development.",
    ]);
    expect(got[0]?.accomplishments).toEqual(["National statistical offices producing indicators to international standards.", "Infrastructure plans screened for climate risk."]);
    expect(JSON.stringify(got)).not.toMatch(/Performance framework/);
  });
});

describe("a caption row the page break parted from its header", () => {
  it("is the last line of the page before, however many blank lines end that page (d7-030 txt)", async () => {
    // "Performance framework, 2006" ends page 2, three blank lines and the footer under it; the
    // repeated labels open page 3. It was glued to the accomplishment cut by the page break.
    const file = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus7", "dev7", "d7-030.txt");
    const out = await extract(new Uint8Array(readFileSync(file)), { fileName: "d7-030.txt" });
    const objectives = out.kind === "compact" ? out.objectives : [];
    expect(objectives.length).toBeGreaterThan(5);
    expect(JSON.stringify(objectives)).not.toMatch(/Performance framework/);
  });
});

describe("a caption centred on the table's ruled frame, not on its labels (LibreOffice print of a Word table)", () => {
  it("is no measure of the row above: labels centred in cells of unequal widths are off the table's centre (d7-009)", async () => {
    const file = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus7", "dev7", "d7-009.docx.pdf");
    const out = await extract(new Uint8Array(readFileSync(file)), { fileName: "d7-009.docx.pdf" });
    const row = out.kind === "compact" ? out.objectives.find((o) => o.objective.startsWith("To reduce the environmental impact of official travel")) : undefined;
    expect(row?.measures.map((m) => m.text)).toEqual([
      "Women holding 75 per cent of posts at the P-5 level and above.",
      "Air travel emissions reduced by 48 per cent against 2014.",
      "Performance evaluations completed for 67 per cent of staff.",
      "Air travel emissions reduced by 65 per cent against 2014.",
      "Air travel emissions reduced by 72 per cent against 2014.",
    ]);
  });
});

describe("a caption row at the table's left edge, once, under the objective heading (Chromium's print)", () => {
  it("is not the objective: the labelled heading a paragraph above it is (after d7-009 html.pdf)", () => {
    const text = [
      "Objective: To reduce the environmental impact of official travel.",
      "",
      "Performance framework, 2015",
      "",
      "Expected                          Indicators of",
      "accomplishment                    achievement",
      "",
      "• Greenhouse gas emissions from   • Air travel emissions reduced by 48 per",
      "  travel reduced.                   cent against 2014.",
      "• Budget implemented as planned.  • Budget implementation rate of 86 per cent.",
    ].join("\n");
    const got = rows(text);
    expect(got.map((r) => r.objective)).toEqual(["To reduce the environmental impact of official travel."]);
    expect(got[0]?.accomplishments).toEqual(["Greenhouse gas emissions from travel reduced.", "Budget implemented as planned."]);
  });
});
