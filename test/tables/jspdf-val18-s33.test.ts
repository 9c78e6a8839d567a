/**
 * Row losses of session 33 (h-v18) on corpus18's validation draw (test/corpus18/val18, committed):
 *
 * - a header repeated whole at the next page's top ("Objectives  Outcomes  Performance measures") is
 *   no cut header row's rest: the page's last cell line above it ("(target: 16 days)") had been
 *   read as the first part of a header cut by the break, became a column label, and every measure
 *   of the next page went under it (v18-017, jspdf.pdf and jspdf.txt alike);
 * - a spanning "Objective 3: …" row's next line, further below its last line than the objective's
 *   own wrap pitch, is the first sub-row's cell, not the objective's wrap (v18-018 jspdf.pdf,
 *   `valign: middle`: a two-line accomplishment's first line above its one-line measure);
 * - a number closing a bracket its own PDF segment opened ("… completed (target: 37)") is no list
 *   marker hung before the next column's wrapped line (v18-014 jspdf.pdf).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, type DocumentRow } from "../support/table-rows.js";

type Row = DocumentRow;
const rowsOf = (name: string): Promise<Row[]> => documentRows(join(dirname(fileURLToPath(import.meta.url)), "..", "corpus18", "val18", name));
const row = (rows: Row[], opening: string): Row | undefined => rows.find((r) => r.objective.startsWith(opening));

describe("a header repeated whole at the next page's top (v18-017)", () => {
  for (const rendering of ["jspdf.pdf", "jspdf.txt"])
    it(`keeps the next page's measures in the measure column (${rendering})`, async () => {
      const rows = await rowsOf(`v18-017.${rendering}`);
      expect(row(rows, "To prevent the escalation")?.measures.at(-1)).toBe("Average time to clear a humanitarian movement request (target: 16 days)");
      expect(row(rows, "To facilitate the entry")?.measures).toEqual(["Donor coordination meetings held: ≥ 19"]);
      expect(row(rows, "To strengthen the institutions")?.measures).toHaveLength(5);
      // No column labelled by the page's last cell line ("target16Days").
      expect(rows.flatMap((r) => Object.keys(r.extra)).filter((k) => /\d/.test(k))).toEqual([]);
    }, 180_000);
});

describe("a spanning objective's next line past its wrap pitch (v18-018 jspdf.pdf)", () => {
  it("is the first sub-row's accomplishment, not the objective's third line", async () => {
    const rows = await rowsOf("v18-018.jspdf.pdf");
    const r = row(rows, "To coordinate the humanitarian");
    expect(r?.objective).toBe("To coordinate the humanitarian and development assistance of the United Nations system in the Occupied Palestinian Territory");
    expect(r?.accomplishments[0]).toBe("Consultations held with the Middle East Quartet envoys.");
  }, 180_000);
});

describe("a number closing its own segment's bracket (v18-014 jspdf.pdf)", () => {
  it("ends the measure, and the risk's wrapped line stays in its item", async () => {
    const r = row(await rowsOf("v18-014.jspdf.pdf"), "To conduct outreach");
    expect(r?.measures).toEqual(["Outreach sessions held (target: 95)", "Communities in which claim intake was completed (target: 37)"]);
    expect(r?.extra["risksAndMitigations"]).toEqual([
      "Data from partners are incomplete; mitigation: joint validation workshops",
      "Competing crises divert the attention of Member States; mitigation: briefings timed to the Council's programme",
    ]);
  }, 180_000);
});
