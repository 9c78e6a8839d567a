/**
 * pdftotext -layout text of tables whose cells are all centred vertically (jsPDF autoTable
 * `valign: middle`; corpus18 val18b), and of rowspan tables whose sub-rows open each cell on the
 * sub-row's top line with only the objective centred over them (Typst; corpus20 val20, val20c).
 * Session 38, h-centre2: `cellCentresSpread` and `cellsCentredOnPage` (src/tables/geometry.ts,
 * `groupCentredRows`). When a page's rows, as the centring fit first reads them, vote that their
 * cells share one middle rather than one top line, the fit is run again with each row's cells'
 * middles counted; a short item at a row boundary then goes with the row it is centred in. A page
 * whose rows vote top-aligned (sub-rows) is read as before.
 * The centred expectations fail without the spread; the Typst sub-row ones fail with the spread on
 * every page (session 37's h-centre rule, dropped for them), the pdfmake one with a vote that only
 * compared the cells' first lines with their middles.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows } from "../support/table-rows.js";

const file = (corpus: string, split: string, name: string) => join(__dirname, "..", corpus, split, name);

describe("cells centred on one middle: a short item at a row boundary stays in its row", () => {
  it("reads the committed val18b v18-012: 'Job evaluation standards …' and 'Participants trained: 200.' centred in the first row", async () => {
    // The first row's lines end with "promulgated to organizations." beside "Participants trained:
    // 200."; the second row's cells are centred below them, its first item "Place-to-place surveys".
    const rows = await documentRows(file("corpus18", "val18b", "v18-012.jspdf.txt"));
    const first = rows.find((r) => r.objective.startsWith("To review the post adjustment classification"));
    const second = rows.find((r) => r.objective.startsWith("To review the hardship"));
    expect(first?.accomplishments).toEqual(["Training provided to the human resources focal points of organizations.", "Job evaluation standards promulgated to organizations."]);
    expect(first?.measures.at(-1)).toBe("Participants trained: 200.");
    expect(second?.accomplishments[0]).toBe("Place-to-place surveys completed on schedule.");
  });
  it("reads the committed val18b v18-007 (a measure centred in the row below its objective's last line)", async () => {
    const rows = await documentRows(file("corpus18", "val18b", "v18-007.jspdf.txt"));
    const row = rows.find((r) => r.objective.startsWith("To strengthen the management of records"));
    expect(row?.measures[0]).toMatch(/^Budget implementation rate: .*99%$/);
    const above = rows.find((r) => r.objective.startsWith("To meet the targets of the human resources"));
    expect(above?.measures).toHaveLength(1);
  });
});

describe("rowspan sub-rows opening on one top line: the spread stays off (cellsCentredOnPage)", () => {
  it("keeps val20 v20-002's sub-rows with their objectives", async () => {
    const rows = await documentRows(file("corpus20", "val20", "v20-002.typst.txt"));
    const row = rows.find((r) => r.objective.startsWith("To complete the performance appraisals"));
    expect(row?.accomplishments).toEqual(["Recruitments completed within the timeline", "Mandatory courses completed", "Budget implemented as approved"]);
    const next = rows.find((r) => r.objective.startsWith("To reduce the environmental footprint"));
    expect(next?.accomplishments).toEqual(["Recruitments completed within the timeline", "Oversight recommendations implemented"]);
  });
  it("keeps val20 v20-023's measure sub-row with the row it opens", async () => {
    const rows = await documentRows(file("corpus20", "val20", "v20-023.typst.txt"));
    const row = rows.find((r) => r.objective.startsWith("To promote confidence-building"));
    expect(row?.measures[0]).toBe("Sessions of the Mixed Commission");
  });
  it("keeps val19c v19-014's 'Budget implementation.' sub-row with the row below (pdfmake, an accomplishment centred over its sub-rows)", async () => {
    // The accomplishment's middle agrees with the measures' stack when the row takes the sub-row,
    // but the measure and its baseline open on one line and end on different ones: sub-rows.
    const rows = await documentRows(file("corpus19", "val19c", "v19-014.pdfmake.txt"));
    const row = rows.find((r) => r.objective.startsWith("To reach equal representation"));
    expect(row?.measures[0]).toBe("Budget implementation.");
  });
});
