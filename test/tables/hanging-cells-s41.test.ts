/**
 * Session 41 (h-tex41), corpus13's TeX prints.
 *
 * 1. `cellsHangFromOneLine` (tables/geometry, asked by `objectivesCentred`): TeX's list cells in
 *    `p{}` columns open a line under the objective's first line, so an objective of four lines sits
 *    beside a two-line accomplishment that looks centred in it. The measure beside it opens on the
 *    same line and ends on another: no centred row sets two cells so, and the table is read
 *    top-aligned — each objective takes the sub-rows under it, not those above (val13e v13e-007's
 *    managerial table; main d5685048 gave "Recruitment completed …" to the next objective).
 * 2. `lowerLineCut` (tables/header): a six-column header whose second line glues
 *    "accomplishment achievement" by one space, "achievement" a character left of "Indicator of"
 *    above it (pdftotext's grid): cut there, the header reads and the table is found (v13e-004:
 *    the managerial table lost on main).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, textRows, textRowsWithValues } from "../support/table-rows.js";

const here = dirname(fileURLToPath(import.meta.url));

const HANGING = [
  "II. Managerial objectives",
  "",
  "   Objective                      Outcome                          Indicator of Achievement",
  "   To implement accepted",
  "   oversight                       a) Performance documents         ▷ 69% of staff who completed",
  "   recommendations without            finalized by the deadline       the information security",
  "   delay                                                              course",
  "",
  "",
  "                                   a) Recruitment completed         ▷ 70% of staff with a completed",
  "                                      within the target               performance document",
  "                                      number of days                ▷ Days from the posting of a",
  "                                                                      vacancy to the selection: 162",
  "",
  "   To complete the",
  "   performance appraisal of        a) Oversight                     ▷ 87% of the allotment spent by",
  "   every staff member on              recommendations closed          the end of the period",
  "   time                               in the period",
  "",
  "",
  "                                   a) Travel booked in              ▷ 51% of tickets bought 16 days",
  "                                      advance of the deadline         or more before travel",
  "",
  "   To reach parity between",
  "   women and men among             a) More women appointed          ▷ 31% of tickets bought 16 days",
  "   staff at every level               at the senior levels            or more before travel",
].join("\n");

const SIX = [
  "B. MANAGING RESOURCES",
  "",
  "    Objective         Expected        Indicator of                   Baseline Target       Remarks",
  "                      accomplishment achievement",
  "    To recruit staff  Expenditure     Staff with a                   77         82         Board of",
  "    from              kept within the completed                                            Auditors and",
  "    unrepresented     allotment       performance                                          OIOS",
  "    and                               document",
  "    under-represented                 (percentage)",
  "    Member States",
  "    To manage the     Expenditure     Days from the                  198        196        Mandatory",
  "    financial         kept within the posting of a vacancy                                 course",
  "    resources of the  allotment       to the selection",
  "    Office in line                    (days)",
  "    with the",
  "    approved",
  "    budget",
  "                      Travel booked   Allotment spent by             85         86         Umoja data",
  "                      in advance of   the end of the",
  "                      the deadline    period (percentage)",
].join("\n");

describe("cells hanging from one line under the objective's first are a top-aligned row's (cellsHangFromOneLine)", () => {
  it("gives each objective the sub-rows under it", () => {
    const rows = textRows(HANGING);
    expect(rows.map((r) => r.accomplishments)).toEqual([
      ["Performance documents finalized by the deadline", "Recruitment completed within the target number of days"],
      ["Oversight recommendations closed in the period", "Travel booked in advance of the deadline"],
      ["More women appointed at the senior levels"],
    ]);
    expect(rows[0]!.measures).toEqual([
      "69% of staff who completed the information security course",
      "70% of staff with a completed performance document",
      "Days from the posting of a vacancy to the selection: 162",
    ]);
  });

  // The TeX print (v13e-007.tex.pdf) is read so too (the PDF branch of the vote); not asked here to keep the file fast.
  it("reads v13e-007's managerial table so", async () => {
    for (const file of ["v13e-007.txt"]) {
      const rows = await documentRows(join(here, "../corpus13/val13e", file));
      const row = rows.find((r) => r.objective === "To implement accepted oversight recommendations without delay");
      expect(row?.accomplishments, file).toEqual(["Performance documents finalized by the deadline", "Recruitment completed within the target number of days"]);
      const last = rows.find((r) => r.objective === "To recruit staff from unrepresented and under-represented Member States");
      expect(last?.accomplishments, file).toEqual(["Staff trained in information security", "More women appointed at the senior levels", "Performance documents finalized by the deadline"]);
    }
  });
});

describe("a header word glued one space on, a character left of its cell's edge, opens that cell (lowerLineCut)", () => {
  it("reads the six-column table under 'accomplishment achievement'", () => {
    const rows = textRowsWithValues(SIX);
    expect(rows.map((r) => r.objective)).toEqual([
      "To recruit staff from unrepresented and under-represented Member States",
      "To manage the financial resources of the Office in line with the approved budget",
    ]);
    expect(rows[1]!.accomplishments).toEqual(["Expenditure kept within the allotment", "Travel booked in advance of the deadline"]);
    expect(rows[0]!.baselines).toEqual(["77"]);
    expect(rows[0]!.targets).toEqual(["82"]);
  });
});
