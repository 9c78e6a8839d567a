/**
 * Session 44 (h-mid44), layout text (`pdftotext -layout`): the centring fit of a vertically centred
 * table measures its rows in the lines each column stacks (`stackedLineYs`, asked by
 * `groupCentredRows` through `fitPlaces` in tables/geometry), not in pdftotext's grid lines. A
 * centred cell's baselines lie half a line off its neighbours', so pdftotext gives some of its lines
 * a grid line of their own between another column's lines ("To plan official travel" / "early enough
 * to obtain" / "economy fares", each alone or beside one measure line, with the outcome's "a)
 * Expenditure kept" / "within the allotment" interleaved): counted in grid lines that row is taller
 * than it is, and its middle lower, and the fit gave the row above's last sub-row ("Budget
 * implementation 68% ≥ 90%") to it. pdfmake's print of a managerial table with `verticalAlignment:
 * middle` and rowSpan objectives (corpus19 val19f v19-014, the table as printed); both tests fail
 * without the rule (checked: `fitPlaces` returning the grid's places, run, restored).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentRows, textRows } from "../support/table-rows.js";

const here = dirname(fileURLToPath(import.meta.url));

const CENTRED = [
  "II. Managing resources",
  "Objectives                Expected                    Performance               Baseline           Target",
  "                          accomplishments             measures",
  "                                                      Audit recommendations     56%                ≥ 66%",
  "                          a) Harassment               closed within the year",
  "                             prevention course",
  "                             completed by all staff   Evaluations completed     90%                ≥ 98%",
  "To reach equal                                        by the deadline",
  "representation of",
  "women and men among                                   Staff who completed the   73%                85%",
  "the staff of the Office   b) Gender balance           harassment prevention",
  "                             reached at the           course",
  "                             Professional level       Tickets bought 16 days    68%                71 per cent",
  "                                                      or more before travel",
  "To ensure that every      a) Expenditure kept         Evaluations completed     84%                ≥ 91%",
  "staff member has a           within the allotment     by the deadline",
  "performance plan and",
  "an evaluation",
  "                                                      Audit recommendations     77%                ≥ 99%",
  "                          a) Gender balance           closed within the year",
  "To fill vacant posts         reached at the",
  "                             Professional level       Evaluations completed     74%                97 per cent",
  "within the recruitment                                by the deadline",
  "timelines of the",
  "Organization                                          Women among               37%                46%",
  "                          b) Expenditure kept         Professional staff",
  "                             within the allotment",
  "                                                      Budget implementation     68%                ≥ 90%",
  "                                                      Staff who completed the   63%                ≥ 81%",
  "To plan official travel                               harassment prevention",
  "                          a) Expenditure kept         course",
  "early enough to obtain",
  "                             within the allotment",
  "economy fares                                         Tickets bought 16 days    50%                65 per cent",
  "                                                      or more before travel"
].join("\n");

const POSTS = "To fill vacant posts within the recruitment timelines of the Organization";
const TRAVEL = "To plan official travel early enough to obtain economy fares";

describe("the centring fit counts the lines each column stacks, not the grid's (stackedLineYs)", () => {
  it("keeps the row above's last sub-row with its objective", () => {
    const rows = textRows(CENTRED);
    expect(rows.map((r) => r.objective)).toEqual([
      "To reach equal representation of women and men among the staff of the Office",
      "To ensure that every staff member has a performance plan and an evaluation",
      POSTS,
      TRAVEL,
    ]);
    expect(rows[2]!.accomplishments).toEqual(["Gender balance reached at the Professional level", "Expenditure kept within the allotment"]);
    expect(rows[2]!.measures).toEqual(["Audit recommendations closed within the year", "Evaluations completed by the deadline", "Women among Professional staff", "Budget implementation"]);
    expect(rows[3]!.accomplishments).toEqual(["Expenditure kept within the allotment"]);
    expect(rows[3]!.measures).toEqual(["Staff who completed the harassment prevention course", "Tickets bought 16 days or more before travel"]);
  });

  it("reads val19f v19-014 so", async () => {
    const rows = await documentRows(join(here, "../corpus19/val19f/v19-014.pdfmake.txt"));
    expect(rows.find((r) => r.objective === POSTS)?.measures).toEqual(["Audit recommendations closed within the year", "Evaluations completed by the deadline", "Women among Professional staff", "Budget implementation"]);
    expect(rows.find((r) => r.objective === TRAVEL)?.measures).toEqual(["Staff who completed the harassment prevention course", "Tickets bought 16 days or more before travel"]);
  });
});
