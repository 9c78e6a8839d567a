/**
 * A watermark stamped diagonally across the page ("DRAFT", "CONFIDENTIAL"; session 27, h-wm):
 * large text drawn off the page's axes is page furniture, left out before lines are built, with
 * one PDF_WATERMARK_REMOVED warning per document. corpus19's pdfmake drafts carry one; its letters
 * were read into the cells and lines they cross. Text turned 90° (a margin note) and diagonal text
 * of the body's size stay. Hand-made PDFs (scripts/hostile/pdfs.mjs), Helvetica.
 */
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/index.js";
import { watermarkRuns } from "../../src/extract/pdf.js";
import { offAxisDegrees } from "../../src/extract/pdf/glyphs.js";
import type { GlyphRun } from "../../src/extract/pdf/lines.js";
import { pagesPdf, textContent } from "../../scripts/hostile/pdfs.mjs";

const body = ["1. To plan official travel early enough", "2. To implement the budget within the allotment", "3. To complete the mandatory training courses", "4. To increase the number of companies reporting", "5. To reach equal representation of women", "6. To support the Inspectors in their work", "7. To close audit recommendations on time", "8. To hold consultations with the Board"];
const other = ["A. Reports and notes issued to the Committee", "B. Recommendations accepted by the Secretariat", "C. Sessions of the dialogue held in the year", "D. Pledges disbursed to the projects", "E. Tickets purchased two weeks ahead", "F. Evaluations completed by the deadline", "G. Women among the Professional staff", "H. Audit recommendations closed within the year"];
/** Page n's body (pages alike would be read as running headers and footers). */
const bodyOf = (n: number) => (n === 1 ? body : other);
const bodyText = (n: number) => bodyOf(n).join("\n");
/** Page n's body, 11 pt at x 72 from y 560 down, with `extra` drawn after it. */
const page = (n: number, extra: string) => textContent(bodyOf(n), { top: 560, leading: 20 }) + extra;
/** "DRAFT" at 45° through the body, by the CTM (pdfkit/pdfmake: rotate, then text). */
const draftByCtm = "q 0.7071 0.7071 -0.7071 0.7071 120 330 cm BT /F1 110 Tf 0 0 Td (DRAFT) Tj ET Q\n";
/** "CONFIDENTIAL" at 30° through the body, by the text matrix. */
const confidentialByTm = "BT /F1 60 Tf 0.866 0.5 -0.5 0.866 80 380 Tm (CONFIDENTIAL) Tj ET\n";
const read = async (pages: string[]) => extractDoc(new Uint8Array(pagesPdf(pages)));

describe("a diagonal watermark in a PDF", () => {
  it("is left out of the text, once warned for the document (count, first page)", async () => {
    const doc = await read([page(1, draftByCtm), page(2, draftByCtm)]);
    expect(doc.layout.text).toBe(`${bodyText(1)}\n\f${bodyText(2)}`);
    expect(doc.warnings.filter((w) => w.code === "PDF_WATERMARK_REMOVED")).toEqual([
      { code: "PDF_WATERMARK_REMOVED", message: '10 character(s) of large text drawn diagonally across 2 page(s) ("DRAFT" on page 1) were read as a watermark and left out', page: 1, line: null },
    ]);
    expect(doc.status).toBe("success");
  });

  it("is left out when the text matrix turns it, and names the first page that has one", async () => {
    const doc = await read([page(1, ""), page(2, confidentialByTm)]);
    expect(doc.layout.text).toBe(`${bodyText(1)}\n\f${bodyText(2)}`);
    const w = doc.warnings.filter((x) => x.code === "PDF_WATERMARK_REMOVED");
    expect(w.map((x) => [x.page, x.message.slice(0, 12)])).toEqual([[2, "12 character"]]);
  });

  it("keeps text turned 90° (a margin note) and diagonal text of the body's size, with no warning", async () => {
    const margin = "q 0 1 -1 0 40 200 cm BT /F1 11 Tf 0 0 Td (Margin note) Tj ET Q\n";
    const label = "BT /F1 11 Tf 0.7071 0.7071 -0.7071 0.7071 420 120 Tm (Axis label) Tj ET\n";
    const doc = await read([page(1, margin + label)]);
    // (Their letters are read as the reader reads turned text, not as words: all of them stay.)
    const letters = (t: string) => [...t.replace(/\s+/g, "")].sort().join("");
    expect(letters(doc.layout.text)).toBe(letters(bodyText(1) + "Margin note" + "Axis label"));
    expect(doc.warnings.map((w) => w.code)).not.toContain("PDF_WATERMARK_REMOVED");
  });
});

describe("watermarkRuns", () => {
  const run = (text: string, fontSize: number, tilted = false): GlyphRun => ({ text, x: 0, baseline: 0, width: 10, fontSize, bold: false, ...(tilted ? { tilted } : {}) });

  it("takes tilted runs at least twice the body's size, and nothing when there is no upright body", () => {
    const runs = [run("Objectives of the office", 10), run("Indicators", 10), run("D", 120, true), run("R", 120, true), run("Heading", 16), run("x", 12, true)];
    const w = watermarkRuns(runs)!;
    expect([...w.runs].map((r) => r.text)).toEqual(["D", "R"]);
    expect([w.chars, w.text]).toEqual([2, "DR"]);
    expect(watermarkRuns([run("D", 120, true)])).toBeNull();
    expect(watermarkRuns([run("Body", 10), run("Big", 100)])).toBeNull();
  });

  it("measures a baseline's angle off the nearest axis", () => {
    expect(offAxisDegrees(1, 0)).toBe(0);
    expect(offAxisDegrees(0, -1)).toBe(0);
    expect(offAxisDegrees(-1, 0)).toBe(0);
    expect(offAxisDegrees(1, 1)).toBeCloseTo(45);
    expect(offAxisDegrees(0.866, -0.5)).toBeCloseTo(30);
    expect(offAxisDegrees(Math.cos(0.03), Math.sin(0.03))).toBeLessThan(2);
  });
});
