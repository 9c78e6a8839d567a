/**
 * pdftotext -layout text of Typst tables whose Target cells wrap (session 37, h-typ20; corpus20 draws
 * val20b and val20c, typst.txt), read from small layouts and the committed files.
 * `continuesValueCellAbove` (src/tables/columns.ts, asked by splitValueCellsLeft): a justified
 * Target cell's line cut in two runs by a stretched gap ("than       45") is that cell's wrapped
 * line when its first run opens where the column's text opened on the value line above; the
 * "than" went to the empty Baseline ("48 days than").
 * `besideInterleavedLine` (readValueCellOpenings) and the wrap step of
 * `valueTailsAboveTopAlignedValue` (src/tables/index.ts): a vertically centred objective prints its
 * lines between the value cells' lines, so a value cell's lines stand two grid lines apart; its
 * last line ("days") went to the next measure's value ("days 80%"), and a measure's wrapped line
 * beside the bound's figure ("Member States   21%") opened a measure of its own.
 * Each expectation fails without its change.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { documentRows, textRowsWithValues } from "../support/table-rows.js";

/** A committed draw document's rows as `extract` reads them (its Baseline and Target in `extra`). */
const fileRows = (split: string, id: string) => documentRows(join(__dirname, "..", "corpus20", split, `${id}.typst.txt`));

describe("a Target cell's justified wrapped line under its own text (continuesValueCellAbove)", () => {
  const table = [
    "2. Other mandates",
    "Expected accomplishments         Indicators of achievement          Baseline      Target",
    "OBJECTIVE 1: To improve the follow-up of the recommendations of the Board, in",
    "cooperation with the parties concerned",
    "• Recommendations followed       Average time to         issue   a 48 days        Not      more",
    "  up with audited entities       management letter                                than       45",
    "                                                                                  days",
    "                                 Recommendations             fully 44%            ≥ 54%",
    "                                 implemented",
    "OBJECTIVE 2: To coordinate the audits of the entities assigned to the members of",
    "the Board in the current period",
    "• Audit opinions issued by the   Recommendations             fully 49%            51%",
    "  statutory deadline             implemented",
    "                                 Entities audited                   19 (2009)     ≥ 24",
  ].join("\n");
  it("keeps the bound's 'than' in the Target, not the empty Baseline", () => {
    const first = textRowsWithValues(table).find((r) => r.objective?.startsWith("To improve the follow-up"));
    expect(first?.baselines).toEqual(["48 days", "44%"]);
    expect(first?.targets).toEqual(["Not more than 45 days", "≥ 54%"]);
  });
  it("reads v20c-010 as committed", async () => {
    const row = (await fileRows("val20c", "v20c-010")).find((r) => r.objective?.startsWith("To improve the follow-up"));
    expect(row?.extra.baseline).toEqual(["48 days", "44%"]);
    expect(row?.extra.target).toEqual(["Not more than 45 days", "≥ 54%"]);
  });
});

describe("value cells around a vertically centred objective's lines (besideInterleavedLine)", () => {
  it("keeps a bound's last line with its value, not the next measure's (v20c-018)", async () => {
    const row = (await fileRows("val20c", "v20c-018")).find((r) => r.objective?.startsWith("To promote common business operations"));
    expect(row?.measures).toEqual(["System-wide strategies adopted", "Average time to issue the conclusions of a session", "Member organizations reporting statistics", "Sessions serviced"]);
    expect(row?.extra.baseline).toEqual(["1", "20 days", "67%", "5"]);
    expect(row?.extra.target).toEqual(["2", "Not more than 15 days", "80%", "At least 6"]);
  });
  it("reads v20b-023's 'Not more' / 'than 24' / 'days' as one Target", async () => {
    const row = (await fileRows("val20b", "v20b-023")).find((r) => r.objective?.startsWith("To promote confidence-building measures"));
    expect(row?.extra.target).toEqual(["At least 7", "Not more than 24 days", "63 per cent"]);
  });
  it("keeps a measure's wrapped line beside its bound's figure in that measure (v20b-014)", async () => {
    const row = (await fileRows("val20b", "v20b-014")).find((r) => r.objective?.startsWith("To complete the performance appraisals"));
    expect(row?.measures).toEqual(["Oversight recommendations implemented", "Staff from unrepresented Member States", "Air tickets purchased sixteen days ahead"]);
    expect(row?.extra.target).toEqual(["52 per cent", "At least 21%", "74%"]);
  });
  const table = [
    "B. MANAGERIAL OBJECTIVES",
    " Objectives                 Outcomes                   Indicators of achievement       Baseline   Target",
    "                            ◦ Sessions of the Board     System-wide strategies adopted   1          2",
    " To promote common busi­      and its high-level com­",
    "                                                        Average time to issue the        20 days    Not more",
    " ness operations among the    mittees serviced",
    "                                                        conclusions of a session                    than  15",
    " the current period",
    "                                                                                                    days",
    "                            ◦ Inter-agency networks     Member organizations report­     67%        80%",
    "                              supported                 ing statistics",
  ].join("\n");
  it("reads a small layout's interleaved lines as one Target cell", () => {
    const row = textRowsWithValues(table).find((r) => r.objective?.startsWith("To promote common"));
    expect(row?.targets).toEqual(["2", "Not more than 15 days", "80%"]);
  });
});
