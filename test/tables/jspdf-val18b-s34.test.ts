/**
 * Row losses of session 34 (h-v18) on corpus18's second validation draw (test/corpus18/val18b,
 * committed), layout text (`pdftotext -layout` of jsPDF's export):
 *
 * - a wrapped header whose lower line glues two cells' lines one space apart ("EXPECTED" and
 *   "RISKS AND" over "ACCOMPLISHMENTS MITIGATIONS"): the second word stands at the upper cell's
 *   left edge and goes on with its label, so the piece is cut there (`lowerLineCut`, header.ts);
 *   the managerial table was not read at all (v18-025, 5 rows);
 * - an objective wrapped short of its cell's edge onto a capital ("… Group of Friends on" /
 *   "Western Sahara") beside "(b)", the measures' list going on from "(a)": one row, not two
 *   (`numberingGoesOnBeside`, rows.ts; v18-019);
 * - a centred row cut by a page break whose list goes on at the next page's top ("3. Briefings …"
 *   after "1.", "2."), right above the next row's "1.": the cut row's rest (`numberedRestEnd`,
 *   geometry.ts; v18-007).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, type DocumentRow } from "../support/table-rows.js";

type Row = DocumentRow;
const rowsOf = (name: string): Promise<Row[]> => documentRows(join(dirname(fileURLToPath(import.meta.url)), "..", "corpus18", "val18b", name));
const row = (rows: Row[], opening: string): Row | undefined => rows.find((r) => r.objective.startsWith(opening));

describe("a wrapped header's lower line glued one space to the next cell's (v18-025 jspdf.txt)", () => {
  it("reads the managerial table under EXPECTED ACCOMPLISHMENTS | RISKS AND MITIGATIONS", async () => {
    const rows = await rowsOf("v18-025.jspdf.txt");
    expect(rows).toHaveLength(13);
    const r = row(rows, "To improve the timeliness");
    expect(r?.objective).toBe("To improve the timeliness of recruitment to vacant posts");
    expect(r?.accomplishments).toEqual(["Gender parity advanced at the senior levels.", "Oversight recommendations closed."]);
    expect(r?.measures).toEqual(["Average days to fill a vacancy (target: 142 days).", "Staff who completed all mandatory courses: 76%."]);
    expect(r?.extra["risksAndMitigations"]).toEqual([
      "Data from partners are incomplete; mitigation: joint validation workshops.",
      "Funding from donors arrives late; mitigation: priorities agreed with the budget office.",
    ]);
  }, 180_000);
});

describe("an objective's wrap beside a list going on (v18-019 jspdf.txt)", () => {
  it("keeps 'Western Sahara' in the objective and (b), (c) in its row", async () => {
    const rows = await rowsOf("v18-019.jspdf.txt");
    const r = row(rows, "To engage the members");
    expect(r?.objective).toBe("To engage the members of the Group of Friends on Western Sahara");
    expect(r?.measures).toEqual([
      "Participants in family visits: ≥ 1,914.",
      "Reports submitted by the requested date: 90 per cent.",
      "Average time to respond to a communication from a party: 10.",
    ]);
    expect(row(rows, "Western Sahara")).toBeUndefined();
  }, 180_000);
});

describe("a list numbered on at the next page's top (v18-007 jspdf.txt)", () => {
  it("keeps '3.' with the row the break cut, not with the centred row below", async () => {
    const rows = await rowsOf("v18-007.jspdf.txt");
    expect(row(rows, "To support the peace process")?.measures).toEqual([
      'Consultations that included women participants: "e 35%',
      'Consultations with stakeholders held: "e 21',
      "Briefings to intergovernmental bodies (target: 4)",
    ]);
    expect(row(rows, "To advocate for unimpeded")?.measures[0]).toBe('Visits to the region conducted: "e 2');
  }, 180_000);
});
