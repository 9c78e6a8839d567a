/**
 * pdftotext -layout text of a top-aligned table whose first row the page break cuts (session 42,
 * h-wm42; corpus19 val19g v19-016, pdfmake.txt). The next page's band opens with that row's rest in
 * the other columns (its objective ended above the break; "used by all …" and "implemented." go on with
 * their sentences), then a sub-row with a blank accomplishment ("Recommendations accepted."), then the
 * next rows, each of whose last sub-row leaves the accomplishment blank too. pdftotext keeps no cell
 * padding, so the rest and the rows under it share one band; `objectivesCentred`'s `shorterCellInside`
 * vote (a cell that opens below the band's top and ends above its foot is centred) took those
 * sub-rows for centred cells and gave each one to the objective below it. The vote is not cast where
 * the band opens with a cut row's rest (`cutRowAbove`). The expectations fail without it.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRows } from "../support/table-rows.js";

/** Two pages of one table: row 1 cut by the break, two rows under its rest (v19-016, shortened). */
const CUT_ROW_REST = [
  "2. Other mandates",
  "Objective                        Expected accomplishment      Performance measure                      Baseline       Target",
  "To support the Inspectors in     Peer review of the Unit      Average time to issue a report after     84 days        70 days",
  "carrying out system-wide         completed.                   its review.",
  "evaluations, inspections and",
  "investigations in the biennium   Web-based tracking system    Accepted recommendations                 42%            55%",
  "",
  "                                                                                                                       1",
  "\f",
  " Objective                         Expected accomplishment           Performance measure                      Baseline       Target",
  "                                   used by all participating         implemented.",
  "                                   organizations.",
  "                                                                     Recommendations accepted.                82%            89%",
  " To deliver the programme of       Consultations held with the       Accepted recommendations                 48%            50%",
  " work approved by the Unit on      Chief Executives Board.           implemented.",
  " schedule within existing",
  " resources                         Projects of the programme of      Participating organizations reporting    18             23",
  "                                   work completed.                   through the system.",
  "                                                                     Recommendations accepted.                45%            59%",
  " To improve the follow-up of the   Peer review of the Unit           Recommendations accepted.                75%            At least 86%",
  " recommendations of the Unit       completed.",
  "",
  "",
  "C. CHALLENGES",
  "1. Participating organizations consider reports at different times.",
].join("\n");

describe("a band opening with a cut row's rest casts no centred vote (objectivesCentred, cutRowAbove)", () => {
  it("keeps each row's last sub-row, whose accomplishment is blank, with its own row", () => {
    const rows = textRows(CUT_ROW_REST);
    const first = rows.find((r) => r.objective.startsWith("To support the Inspectors"));
    expect(first?.measures).toEqual(["Average time to issue a report after its review.", "Accepted recommendations implemented.", "Recommendations accepted."]);
    const second = rows.find((r) => r.objective.startsWith("To deliver the programme"));
    expect(second?.measures).toEqual(["Accepted recommendations implemented.", "Participating organizations reporting through the system.", "Recommendations accepted."]);
    const third = rows.find((r) => r.objective.startsWith("To improve the follow-up"));
    expect(third?.measures).toEqual(["Recommendations accepted."]);
  });
  it("reads v19-016 (corpus19 val19g) as committed", async () => {
    const rows = await documentRows(join(__dirname, "..", "corpus19", "val19g", "v19-016.pdfmake.txt"));
    const row = rows.find((r) => r.objective.startsWith("To deliver the programme of work approved by the Unit on schedule within"));
    expect(row?.measures).toEqual(["Accepted recommendations implemented.", "Participating organizations reporting through the system.", "Recommendations accepted."]);
    expect(row?.extra.baseline).toEqual(["48%", "18", "45%"]);
  });
});
