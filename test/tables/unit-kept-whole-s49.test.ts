/**
 * Session 49 (h-edge49), layout text (`pdftotext -layout`): `unitKeptWhole` (src/tables/columns.ts).
 * The measure's line "Share of oversight recommendations implemented" comes within a space of the
 * Unit column, so pdftotext kept one space and printed the unit "per cent" four characters left of
 * where the column's "per cent" and "%" open on the lines above: "per" at 121, "cent" at 125, and the
 * column's edge cut between them ("implemented per" | "cent"). From corpus14 val14m v14m-011. The
 * first test fails without the rule (checked: its call in `assignColumns` removed, run, restored).
 */
import { describe, expect, it } from "vitest";
import { textRowsWithValues } from "../support/table-rows.js";

const CUT_UNIT = [
  "B. MANAGERIAL OBJECTIVES",
  "The results I commit to deliver in 2006 are set out in the table below.",
  "",
  "Objectives                         Expected results                       Indicators of achievement                          Unit           Baseline   Target",
  "To embed risk management in        Tickets purchased in advance of        Share of tickets purchased 16 days before travel   per cent       42%        47 per cent",
  "the Office's annual workplan       travel",
  "",
  "",
  "To implement the accepted          Selection decisions taken within       Share of the allotment spent by year end           %              89         >= 91%",
  "recommendations of oversight       the timeline",
  "bodies",
  "To manage the Office's budget so   Appraisals completed in the            Share of oversight recommendations implemented per cent           51         100 per cent",
  "that expenditure stays within the  performance management system",
  "approved allotment through",
  "regional partners",
  "",
  "",
  "                                                                          Days from vacancy announcement to selection        days           160        155 days or fewer",
].join("\n");

const row = (start: string) => textRowsWithValues(CUT_UNIT).find((r) => r.objective.startsWith(start));

describe("a two-word unit cut by the Unit column's edge (unitKeptWhole)", () => {
  it("gives 'per' to the Unit cell that 'cent' opens", () => {
    const r = row("To manage the Office's budget");
    expect(r?.measures).toEqual(["Share of oversight recommendations implemented", "Days from vacancy announcement to selection"]);
    expect(r?.extra.unit).toEqual(["per cent", "days"]);
    expect(r?.baselines).toEqual(["51", "160"]);
  });
  it("leaves a unit that opens its column whole ('per cent' at 109)", () => {
    const r = row("To embed risk management");
    expect(r?.measures).toEqual(["Share of tickets purchased 16 days before travel"]);
    expect(r?.extra.unit).toEqual(["per cent"]);
    expect(r?.targets).toEqual(["47 per cent"]);
  });
});
