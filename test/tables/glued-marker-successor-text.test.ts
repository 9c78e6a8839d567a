/**
 * pdftotext -layout text (session 26, h-jtxt): a table's first body line glued one space across
 * the column edge, its marker's successor standing under it (`succeeds` in gluedMarkerOpenings,
 * src/tables/columns.ts). Fails without the rule: the glued line reads as prose and ends the table.
 */
import { describe, expect, it } from "vitest";
import { textRows } from "../support/table-rows.js";
import { gluedMarkerOpenings } from "../../src/tables/columns.js";
import { textToLayout } from "../../src/extract/text.js";

// A two-column managerial table (corpus18 d18-016 jspdf.txt's shape): the first objective's line
// fills its column, so "(a)" stands one space after it; "(b)" opens a run at the same place below,
// and the page breaks after it (no second "(a)"/"(b)" line on the page to go by).
const glued = [
  "Objectives                          Indicators of achievement",
  "To manage financial resources in (a) Women among staff at the P-5 level and above:",
  "line with the approved budget    ≥ 47%.",
  "                                 (b) Air tickets purchased 16 days before travel: 68",
  "                                 per cent.",
  "\f                                    (c) Staff who completed all mandatory courses: 75%.",
  "To implement the                    (a) Budget implementation rate (target: 91%).",
  "recommendations of the              (b) Average days to fill a vacancy (target: 120",
  "oversight bodies                    days).",
].join("\n");

describe("a glued list marker whose successor opens a run at its place below", () => {
  it("reads the table's first body line as a row, not prose ending the table", () => {
    const out = textRows(glued);
    expect(out.map((o) => o.objective)).toEqual([
      "To manage financial resources in line with the approved budget",
      "To implement the recommendations of the oversight bodies",
    ]);
    expect(out[0]?.measures).toEqual([
      "Women among staff at the P-5 level and above: ≥ 47%.",
      "Air tickets purchased 16 days before travel: 68 per cent.",
      "Staff who completed all mandatory courses: 75%.",
    ]);
  });

  it("finds the marker with one line of its successor, not with one line of the same marker", () => {
    const lines = (t: string) => textToLayout(t).pages.flatMap((p) => p.lines);
    const withSuccessor = lines(["To manage financial resources in (a) Women among staff:", "line with the approved budget    ≥ 47%.", "                                 (b) Air tickets purchased."].join("\n"));
    expect(gluedMarkerOpenings(withSuccessor[0]!, withSuccessor.slice(1)).map((w) => w.text)).toEqual(["(a)"]);
    const sameMarker = lines(["To manage financial resources in (a) Women among staff:", "line with the approved budget    ≥ 47%.", "                                 (a) Air tickets purchased."].join("\n"));
    expect(gluedMarkerOpenings(sameMarker[0]!, sameMarker.slice(1))).toEqual([]);
  });
});

describe("two wrapped header labels whose second lines run together one space apart", () => {
  // corpus18 d18-002 jspdf.txt's shape: capitalised labels wrapped over two lines, "OBJECTIVE"
  // centred between them, "ACCOMPLISHMENT" ending one space before "MEASURE".
  const header = (second: string) =>
    [
      "                                EXPECTED       PERFORMANCE",
      "OBJECTIVE",
      `                                ${second}`,
      "To support the parties in       Donor pledges  • Briefings to the",
      "resuming negotiations           recorded.        Council delivered: 13.",
      "To mobilize donor support       Fuel supply to • Pledges disbursed",
      "                                Gaza increased.  within 30 days: 70%.",
    ].join("\n");

  it("reads each stacked label as its own column", () => {
    const out = textRows(header("ACCOMPLISHMENT MEASURE"));
    expect(out.map((o) => o.objective)).toEqual(["To support the parties in resuming negotiations", "To mobilize donor support"]);
    expect(out[1]?.accomplishments).toEqual(["Fuel supply to Gaza increased."]);
    expect(out[1]?.measures).toEqual(["Pledges disbursed within 30 days: 70%."]);
  });
});
