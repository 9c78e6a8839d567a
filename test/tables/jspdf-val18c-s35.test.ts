/**
 * Row losses of session 35 (h-v18c) on corpus18's third validation draw (test/corpus18/val18c,
 * committed), jsPDF's export and its layout text (`pdftotext -layout`):
 *
 * - a cell's last line "(target: 4 days)." one wrap step under its measure, the next table's whole
 *   header 30 pt below: no header piece (`cellLineOverHeader`, header.ts); read as one, a column
 *   "target4Days" cut the Outcome column and the row above lost the line (v18-008, 5 rows);
 * - a measure's wrapped tail `date: "e 90%.` (jsPDF's garbled ≥) at the page foot: no signature
 *   date (`VALUE_AFTER_LABEL`, tables/index.ts; v18-020);
 * - a measure's figure "8" alone as the page's last line, one wrap step under its measure: no page
 *   number (`wrapsRunAbove`, tables/index.ts; v18-024);
 * - "2. Other mandates" after a numbered list that reached "2." already: the next section's
 *   heading, not the list's next item (`continuesCellNumbering`, tables/index.ts; v18-010 text).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, type DocumentRow } from "../support/table-rows.js";

type Row = DocumentRow;
const rowsOf = (name: string): Promise<Row[]> => documentRows(join(dirname(fileURLToPath(import.meta.url)), "..", "corpus18", "val18c", name));
const row = (rows: Row[], opening: string): Row | undefined => rows.find((r) => r.objective.startsWith(opening));

describe("a cell's last line over the next table's header set apart below it (v18-008)", () => {
  for (const name of ["v18-008.jspdf.pdf", "v18-008.jspdf.txt"]) {
    it(`keeps "(target: 4 days)." in its cell and the Outcome column whole (${name})`, async () => {
      const rows = await rowsOf(name);
      expect(row(rows, "To engage the Association")?.measures).toEqual([
        "Meetings with ASEAN representatives: ≥ 11.",
        "Consultations that included women participants: ≥ 38%.",
        "Average time to issue a public statement after a major incident (target: 4 days).",
      ]);
      expect(row(rows, "To support the national")?.accomplishments).toEqual([
        "Joint engagement with the ASEAN Special Envoy maintained",
        "Briefings provided to the General Assembly and the Security Council",
        "Humanitarian access negotiated for United Nations agencies",
      ]);
    }, 180_000);
  }
});

describe("a measure's last line at the page foot (v18-020, v18-024 jspdf.pdf)", () => {
  it('keeps `date: "e 90%.` as the measure\'s tail, not a signature date', async () => {
    const rows = await rowsOf("v18-020.jspdf.pdf");
    const r = row(rows, "To support confidence-building measures, including family visits across the berm in");
    expect(r?.measures.at(-1)).toBe('Reports submitted by the requested date: "e 90%.');
  }, 180_000);
  it('keeps the figure "8" under its measure, not a page number', async () => {
    const rows = await rowsOf("v18-024.jspdf.pdf");
    const r = rows.find((x) => x.objective.startsWith("To support the national") && x.measures.includes('Meetings with ASEAN representatives: "e 4'));
    expect(r?.measures.at(-1)).toBe("Briefings to intergovernmental bodies: 8");
  }, 180_000);
});

describe("a numbered heading after a list that has passed its number (v18-010 jspdf.txt)", () => {
  it('reads "2. Other mandates" as no item of the "1.", "2." list above', async () => {
    const rows = await rowsOf("v18-010.jspdf.txt");
    expect(row(rows, "To regulate and coordinate")?.accomplishments).toEqual([
      "Reports of the Commission submitted to the General Assembly",
      "Local salary surveys completed under the revised methodology",
    ]);
  }, 180_000);
});
